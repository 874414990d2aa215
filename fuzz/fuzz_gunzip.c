/* fuzz_gunzip — gzip members, truncated or corrupt, through the reader's
** gunzip (ingest_gunzip), then the UTF-8 repair of what came out. */
#include "fuzz.h"
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    dz_buf out = { 0 };
    char err[256];
    ingest_gunzip(data, n, &out, err, sizeof err);
    dz_buf_free(&out);
    return 0;
}
