/* fuzz_timex — time expressions (timex_find) over raw text, with and
** without a publication date to resolve against. */
#include "fuzz.h"
#include "analysis/analysis.h"
#include "analysis/timex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    char *s = fuzz_cstr(data, n);
    dz_analysis a;
    if (!s)
        return 0;
    dz_analysis_init(&a, s, n, n % 2 ? "2024-04-23" : NULL);
    timex_find(&a);
    dz_analysis_free(&a);
    free(s);
    return 0;
}
