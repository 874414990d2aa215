/*
** test_actions_means.c — an act told with the means it is done with: in
** "will use the summit to press for", "used them to attack", "ready to use
** military force to protect" the to-infinitive is the act and "use" only
** its means; "use" with no such purpose is no act. Real Reuters 1987
** sentences from stories outside the events dev set (reuters-events-dev).
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

/* "President Reagan said he will use the annual economic summit ... to
** press for economic expansion by West Germany and Japan" (a Washington
** story of June 1): a demand (10) still to come, made of both. */
static void test_use_to_press(void **state)
{
    dz_analysis a;
    const dz_action *x;
    int i, japan = 0;
    (void)state;
    run(&a, "WASHINGTON, June 1 - President Reagan said he will use the annual economic "
            "summit of major industrialized countries to press for economic expansion by "
            "West Germany and Japan.", "1987-06-01");
    x = find(&a, "press", "Ronald Reagan");
    assert_int_equal(x->category, 10);
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    for (i = 0; i < a.nactions; i++)
        japan += !strcmp(a.actions[i].verb, "press") &&
                 !strcmp(target(&a, &a.actions[i]), "Japan");
    assert_int_equal(japan, 1);
    assert_int_equal(count(&a, "use"), 0);
    dz_analysis_free(&a);
}

/* "we know that the Iranians used them several times to attack ships
** belonging to Arab states in the Gulf" (a Bahrain story of March
** 29): the attack (19) is the Iranians' act. */
static void test_used_to_attack(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "BAHRAIN, March 29 - \"They briefed me with their details and we know that the "
            "Iranians used them several times to attack ships belonging to Arab states in "
            "the Gulf, sailing in the waterway,\" he said.", "1987-03-29");
    x = find(&a, "attack", "Iran");
    assert_int_equal(x->category, 19);
    dz_analysis_free(&a);
}

/* "while President Reagan is ready to use military force to protect Kuwait
** tankers in the Gulf" (a Washington story of June 1): the
** intent is to protect (03), with the tankers as its target. */
static void test_ready_to_use_force(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, June 1 - Rep. Mike Synar said today that while President Reagan is "
            "ready to use military force to protect Kuwait tankers in the Gulf, the United "
            "States is ill-prepared at home to deal with a new energy crisis.", "1987-06-01");
    x = find(&a, "protect", "Ronald Reagan");
    assert_int_equal(x->category, 3);
    assert_int_equal(count(&a, "use"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_use_to_press),
        cmocka_unit_test(test_used_to_attack),
        cmocka_unit_test(test_ready_to_use_force),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
