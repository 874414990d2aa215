/*
** test_actions_announce.c — a measure of coercion announced against a
** party is the act, not a plain statement, each on a real Reuters 1987
** sentence from stories outside the events dev set (reuters-events-dev):
** sanctions or tariffs announced are a threat (13), their imposition or
** tariffs "effective" at once are imposed (16); lifting them, or a state's
** own tariffs aimed at no one, stay statements.
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

/* "Sweden announced its promised program of unilateral economic sanctions
** against South Africa" (reut2-004, a Swedish boycott story of March 12);
** "Washington last week announced an imposition of tariffs on Japanese
** electronic products" (reut2-012, a chip story of April 3): the
** announcement threatens (13), an imposition announced imposes (16). */
static void test_announced_measure(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "STOCKHOLM, March 12 - Sweden announced its promised program of unilateral "
            "economic sanctions against South Africa and gave firms an October deadline "
            "to cut trading links.", "1987-03-12");
    x = find(&a, "announce", "Sweden");
    assert_int_equal(x->category, 13);
    assert_string_equal(target(&a, x), "South Africa");
    dz_analysis_free(&a);
    run(&a, "TOKYO, April 3 - Washington last week announced an imposition of tariffs on "
            "Japanese electronic products in retaliation for what it sees as Tokyo's "
            "failure to abide by the pact.", "1987-04-03");
    x = find(&a, "announce", "United States");
    assert_int_equal(x->category, 16);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);
}

/* What is lifted, and tariffs aimed at no party, are no coercion: "the
** United States announced the lifting of sanctions against Poland" (after
** the lifting of sanctions on Poland told in reut2-001, written as an
** announcement here), "Brazil announced new import tariffs" (made up: a
** state's own tariffs on all imports) stay statements (01). */
static void test_announced_not_coercion(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, Feb 19 - The United States announced the lifting of sanctions "
            "against Poland.", "1987-02-19");
    x = find(&a, "announce", "United States");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);
    run(&a, "BRASILIA, March 2 - Brazil announced new import tariffs.", "1987-03-02");
    x = find(&a, "announce", "Brazil");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_announced_measure),
        cmocka_unit_test(test_announced_not_coercion),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
