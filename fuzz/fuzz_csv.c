/* fuzz_csv — CSV with a header row (csv_parse), and format detection. */
#include "fuzz.h"
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    size_t len;
    char *s = fuzz_clean_utf8(data, n, &len), err[256];
    dz_doclist l;
    if (!s)
        return 0;
    memset(&l, 0, sizeof l);
    csv_parse(s, len, &l, err, sizeof err);
    doclist_free(&l);
    (void)ingest_detect(s, len, "input.csv");
    free(s);
    return 0;
}
