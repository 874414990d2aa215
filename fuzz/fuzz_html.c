/* fuzz_html — main-article extraction from HTML (html_parse), raw bytes
** as read from a file: its own charset handling runs too. */
#include "fuzz.h"
#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    char *s = fuzz_cstr(data, n), err[256];
    dz_doclist l;
    if (!s)
        return 0;
    memset(&l, 0, sizeof l);
    html_parse(s, n, &l, err, sizeof err);
    doclist_free(&l);
    free(s);
    return 0;
}
