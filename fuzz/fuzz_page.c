/* fuzz_page — the plain-text page splitter (page_parse_text). */
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
    page_parse_text(s, len, &l, err, sizeof err);
    doclist_free(&l);
    free(s);
    return 0;
}
