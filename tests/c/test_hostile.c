/*
** test_hostile.c — reproductions from the attack report (issue 16) that
** live below the Lua layer: each was a crash, an over-read or a silent
** loss; run under ASan+UBSan too.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "analysis/analysis.h"
#include "analysis/timex.h"
#include "ingest/ingest.h"

/* A text of exactly n tokens whose last is a modifier ("early", "late",
** "mid") read the token after it, one past the token buffer when n is its
** capacity (256, 512, ...). Every length around the growth points. */
static void test_timex_modifier_at_end(void **state)
{
    static const char *mods[] = { "early", "late", "mid", "Early", "the early" };
    size_t m;
    int n;
    (void)state;
    for (m = 0; m < sizeof mods / sizeof mods[0]; m++) {
        for (n = 250; n <= 1030; n++) {
            dz_analysis a;
            size_t len = 0, cap;
            char *text;
            int i;
            if (n > 258 && n < 506)
                n = 506;                                /* around 512 */
            if (n > 514 && n < 1018)
                n = 1018;                               /* around 1024 */
            cap = (size_t)n * 5 + 16;
            text = malloc(cap);
            assert_non_null(text);
            for (i = 0; i < n - 1; i++) {
                memcpy(text + len, "word ", 5);
                len += 5;
            }
            len += (size_t)snprintf(text + len, cap - len, "%s", mods[m]);
            dz_analysis_init(&a, text, len, "2024-04-23");
            assert_int_equal(timex_find(&a), 0);
            dz_analysis_free(&a);
            free(text);
        }
    }
}

/* The JSON lines counter was an int: after 2.2 G lines the message read
** "line -2094967294" (and UBSan stopped the run). The counter is 64-bit
** now; a message past INT_MAX names the real line. */
static void test_jsonl_line_past_int_max(void **state)
{
    dz_doclist l;
    char err[256];
    int64_t line = (int64_t)2200000000LL;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(jsonl_parse_line("{oops", 5, line, &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "line 2200000000:"));
    assert_int_equal(jsonl_parse_line("[1]", 3, line + 1, &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "line 2200000001:"));
    assert_int_equal(jsonl_parse_line("   ", 3, line + 2, &l, err, sizeof err), 1);
    assert_int_equal(jsonl_parse_line("{\"title\":\"t\",\"body\":\"b\"}", 27,
                                      line + 3, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 1);
    doclist_free(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_timex_modifier_at_end),
        cmocka_unit_test(test_jsonl_line_past_int_max),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
