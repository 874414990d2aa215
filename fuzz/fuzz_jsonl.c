/* fuzz_jsonl — JSON lines and one JSON document (jsonl_parse, json_parse). */
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
    jsonl_parse(s, len, &l, err, sizeof err);
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    json_parse(s, len, &l, err, sizeof err);
    doclist_free(&l);
    free(s);
    return 0;
}
