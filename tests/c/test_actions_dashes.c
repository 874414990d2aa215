/*
** test_actions_dashes.c — a parenthetical set off by dashes between a
** named subject and its verb is no subject and no boundary: the names
** before it act. A real Reuters 1987 sentence from a story outside the
** events dev set (reuters-events-dev).
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

/* "The United States, West Germany, Japan, France, Great Britain and
** Canada -- G-6 -- agreed in Paris in late February to stabilise major
** currencies around current levels" (reut2-010, an Abu Dhabi story of
** March 28): each state agreed (06); before, the dash ended the search
** for a subject and nothing was coded. */
static void test_dash_parenthetical(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "ABU DHABI, March 28 - The United States, West Germany, Japan, France, Great "
            "Britain and Canada -- G-6 -- agreed in Paris in late February to stabilise "
            "major currencies around current levels.", "1987-03-28");
    x = find(&a, "agree", "Canada");
    assert_int_equal(x->category, 6);
    find(&a, "agree", "United States");
    find(&a, "agree", "Japan");
    assert_int_equal(count(&a, "agree"), 6);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_parenthetical),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
