/*
** test_actions_roots.c — the root an act is coded with, where the verb
** alone misleads: a CAMEO pattern that holds only with its qualifier
** ("MAKE PROGRESS (ON &CEASEFIRE)"), each on a real Reuters 1987 sentence
** from stories outside the events dev set (reuters-events-dev).
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

/* "Talks between France and Iran ... have made progress": CAMEO codes
** making progress only "on a ceasefire" (014); progress in talks, or "no
** progress in over 12 hours of negotiations", is no statement (a Paris
** story on the Shah's loan of March 13; an EC dairy talks story of March
** 3). Likewise "expects a moderate increase in profits" (CAMEO's
** "expect an increase in air strikes" is 012): no event (a Dutch
** insurer's results story of April 9). What is said is still said. */
static void test_qualified_pattern(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "PARIS, March 13 - Talks between France and Iran on the repayment of a one "
            "billion dlr loan by the late Shah have made progress, Roland Dumas, head of "
            "a parliamentary Foreign Affairs Committee said.", "1987-03-13");
    assert_int_equal(count(&a, "make"), 0);
    find(&a, "say", "Roland Dumas");
    dz_analysis_free(&a);
    run(&a, "BRUSSELS, March 3 - European Community (EC) farm ministers early today "
            "abandoned talks aimed at saving an agreement on cutting excessive milk "
            "production after making no progress in over 12 hours of negotiations.",
        "1987-03-03");
    assert_int_equal(count(&a, "make"), 0);
    dz_analysis_free(&a);
    run(&a, "AMSTERDAM, April 9 - AEGON NV said it expected a moderate increase in "
            "profits for 1987.", "1987-04-09");
    assert_int_equal(count(&a, "expect"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_qualified_pattern),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
