/*
** test_actions_report.c — rules found by judging rows of the "last month"
** report on the Reuters corpus, each on a real Reuters 1987 sentence from
** stories outside the events dev set (reuters-events-dev): a verb that is
** one only before its particle ("ruled out").
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
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/actions.h"

#include "actions_fixture.h"

/* "has ruled out any increase in government borrowing": ruling out is a
** rejection, and the verb after "and" is the same subject's (reut2-011,
** an Irish budget story of March 27); "In a 21-page ruling" is no verb
** (reut2-004, a North lawsuit story of March 13), nor is "ruling" before
** a party's name (reut2-002, an Argentine debt story of March 6). */
static void test_rule_out(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "DUBLIN, March 27 - Prime Minister Charles Haughey promised on the election "
            "trail to get Ireland out of the debt trap.\n\nFor his crucial first budget, "
            "Haughey has ruled out any increase in the level of government borrowing and "
            "forecast \"widespread cutbacks with severe restrictions right across the "
            "board.\"", "1987-03-27");
    x = find(&a, "rule", "Charles Haughey");
    assert_int_equal(x->category, 12);
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    find(&a, "forecast", "Charles Haughey");
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 13 - In a 21-page ruling, Judge Barrington Parker threw out "
            "North's suit challenging the constitutionality of the law.", "1987-03-13");
    assert_int_equal(count(&a, "rule"), 0);
    dz_analysis_free(&a);
    run(&a, "BUENOS AIRES, March 6 - \"The negotiations are not going to prosper if (the "
            "creditor banks) do not change the counter-proposal put to Argentina, as it is a "
            "Swiss cheese full of holes,\" ruling Radical Party Deputy Raul Baglini said.",
        "1987-03-06");
    assert_int_equal(count(&a, "rule"), 0);
    assert_int_equal(count(&a, "say"), 1);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rule_out),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
