/*
** test_actions_speakers.c — who speaks when a firm or state stands beside
** a person. "said Bear Stearns analyst Monroe Greenstein": the person
** after the firm and a title speaks, not the firm. "said Taiwan's trade
** surplus is expected to exceed ...": a name's possessive, a noun and a
** verb after "said" are what was said, not an inverted speaker. "Whittaker
** Corp chairman and chief executive officer Joseph Alibrandi said",
** "Uruguay's Foreign Minister and Cartagena group chairman Enrique Iglesias said":
** the firm is the person's title, not a second speaker. Real Reuters 1987
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

/* The number of actions with this verb by this actor. */
static int by(const dz_analysis *a, const char *verb, const char *who)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += !strcmp(a->actions[i].verb, verb) && !strcmp(actor(a, &a->actions[i]), who);
    return n;
}

/* reut2-015, NEWID 15563. */
static void test_inverted_titled_person(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "\"Sales look soft because of the Easter shift, but underlying business "
            "is better than the numbers indicate,\" said Bear Stearns analyst Monroe "
            "Greenstein.", "1987-04-09");
    find(&a, "say", "Monroe Greenstein");
    assert_int_equal(by(&a, "say", "Bear Stearns"), 0);
    dz_analysis_free(&a);
}

/* reut2-017, NEWID 17168. */
static void test_inverted_possessive_content(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "A central bank official, who declined to be named, said Taiwan's trade "
            "surplus is expected to exceed 5.5 billion U.S. Dlrs in the first four "
            "months of 1987, against 4.25 billion a year ago.", "1987-04-28");
    if (by(&a, "say", "Taiwan"))
        dump(&a);
    assert_int_equal(by(&a, "say", "Taiwan"), 0);
    dz_analysis_free(&a);
}

/* reut2-017, NEWID 17439; reut2-017, NEWID 17243. */
static void test_titled_bodies(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "Whittaker Corp chairman and chief executive officer Joseph Alibrandi said "
            "the company expects to report operating profits in fiscal 1987 that exceed "
            "1986 results of 41.5 mln dlrs.", "1987-06-01");
    find(&a, "say", "Joseph Alibrandi");
    assert_int_equal(by(&a, "say", "Whittaker"), 0);
    dz_analysis_free(&a);
    run(&a, "Uruguay's Foreign Minister and Cartagena group chairman Enrique Iglesias "
            "said Citicorp's decision could discourage new lending.", "1987-04-28");
    find(&a, "say", "Enrique Iglesias");
    assert_int_equal(by(&a, "say", "Uruguay"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inverted_titled_person),
        cmocka_unit_test(test_inverted_possessive_content),
        cmocka_unit_test(test_titled_bodies),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
