/*
** test_actions_states.c — groups named by a common noun with no state
** ("farmers", "bankworkers", "police") tied to the state the story gives,
** and named with its adjective, each on a real Reuters 1987 sentence from
** stories outside the events dev set (reuters-events-dev): the state the
** story names most, a possessive over a number ("Brazil's 700,000
** bankworkers"), none for a group whose origin is told ("businessmen from
** around the world") or of no one state; a state's agent with no state
** found acts for no one a reader can name and its act is left out, as
** are the plain statements of business people with no state ("bankers
** said"). A U.S. body's act is not aimed at the United States.
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
#include "analysis/demonyms.h"

#include "actions_fixture.h"

/* The number of actions whose actor is who. */
static int acts_of(const dz_analysis *a, const char *who)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += !strcmp(actor(a, &a->actions[i]), who);
    return n;
}

/* Farmers in a story from Madrid about Spain are Spanish farmers, though
** the sentence names France (reut2-004, "SPANISH FARMERS BLOCK ROADS IN
** EC PROTEST"). */
static void test_story_state(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "MADRID, March 13 - Spanish farmers took their tractors to the roads today "
            "and blocked a border crossing with France in a protest against the Socialist "
            "government's EC policies, officials said.\n\n"
            "    Farmers blockaded the border crossing with France at La Junquera near "
            "Barcelona, refusing to allow lorries from other European countries to enter "
            "Spain.", "1987-03-13");
    x = find(&a, "blockade", "Spanish farmers");
    assert_int_equal(x->category, 14);
    assert_int_equal(acts_of(&a, "farmers"), 0);
    dz_analysis_free(&a);
}

/* "Brazil's 700,000 bankworkers" are Brazil's (reut2-008, "BRAZIL'S
** BANKWORKERS LAUNCH NATIONAL STRIKE"). */
static void test_possessor(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "SAO PAULO, March 24 - Most of Brazil's 700,000 bankworkers began an "
            "indefinite national strike, union leaders said, as the country's labour "
            "troubles showed no signs of easing.", "1987-03-24");
    find(&a, "begin", "Brazilian bankworkers");
    assert_int_equal(acts_of(&a, "bankworkers"), 0);
    dz_analysis_free(&a);
}

/* Police with no state the story names act for no one a reader can name
** (reut2-001, "CHAIRMAN OF KING WORLD <KWP> FACES CHARGES"); businessmen
** "from around the world" keep no state (reut2-010, "JAPAN ISOLATED, YEN
** RISES, WORLD FEELS CHEATED"). */
static void test_no_state(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "Miami, March 6 - King World distributes Wheel of Fortune, Jeopardy and the "
            "Oprah Winfrey Show.\n\n"
            "    Police said a taxi driver picked King up outside a night club.",
        "1987-03-06");
    assert_int_equal(acts_of(&a, "police"), 0);
    dz_analysis_free(&a);

    run(&a, "TOKYO, March 30 - Japan is becoming dangerously isolated again as the U.S. "
            "And Europe feel they have been cheated by Japanese promises to switch from "
            "export to domestic-led growth, officials and businessmen from around the "
            "world said.", "1987-03-30");
    assert_int_equal(acts_of(&a, "Japanese businessmen"), 0);
    dz_analysis_free(&a);
}

/* Bankers with no state who speak are unnamed sources, as analysts are
** (reut2-004, "TAIWAN CLAMPS NEW CONTROLS ON CURRENCY INFLOWS"). */
static void test_unnamed_business(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "TAIPEI, March 12 - The central bank now has to clear remittances exceeding "
            "one mln U.S. Dlrs earned from exports.\n\n"
            "    But bankers said they believed the new controls would be ineffective since "
            "businessmen could split up remittances into smaller units.", "1987-03-12");
    assert_int_equal(acts_of(&a, "bankers"), 0);
    dz_analysis_free(&a);
}

/* A U.S. body's act is not aimed at the United States (reut2-002, "U.S.
** TREASURY PROPOSES S.AFRICAN URANIUM IMPORTS"). */
static void test_own_body(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 6 - The Treasury also proposed allowing U.S.-origin goods "
            "to be imported temporarily from South African state-controlled organizations "
            "for repair or servicing in the United States.", "1987-03-06");
    x = find(&a, "propose", "Treasury");
    assert_string_not_equal(target(&a, x), "United States");
    dz_analysis_free(&a);
    assert_int_equal(us_body("Treasury"), 1);
    assert_int_equal(us_body("Congress"), 1);
    assert_int_equal(us_body("Bank of Japan"), 0);
}

/* A possessive's ending before a group is no part of its name
** (reut2-009, "PHILIPPINE DEBT TALKS PROCEED WITH NARROWER FOCUS"). */
static void test_possessive_ending(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "NEW YORK, March 26 - The latest round of talks between Philippine officials "
            "and the country's commercial bank creditors on the rescheduling of 9.4 billion "
            "dlrs worth of debt are still proceeding, but with a narrower focus, Philippine "
            "Finance Secretary Jaime Ongpin said.", "1987-03-26");
    assert_string_equal(target(&a, find(&a, "talk", "Philippines")), "commercial bank creditors");
    dz_analysis_free(&a);
}

/* The adjectives the names take: the wire's "U.S.", the hand-made list's
** before the generated one's, no plural, no noun for people. */
static void test_adjectives(void **state)
{
    (void)state;
    assert_string_equal(country_adjective("United States"), "U.S.");
    assert_string_equal(country_adjective("Brazil"), "Brazilian");
    assert_string_equal(country_adjective("Philippines"), "Philippine");
    assert_string_equal(country_adjective("South Africa"), "South African");
    assert_string_equal(country_adjective("New Zealand"), "New Zealand");
    assert_string_equal(country_adjective("Hong Kong"), "Hong Kong");
    assert_null(country_adjective("Atlantis"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_story_state),
        cmocka_unit_test(test_possessor),
        cmocka_unit_test(test_no_state),
        cmocka_unit_test(test_unnamed_business),
        cmocka_unit_test(test_own_body),
        cmocka_unit_test(test_possessive_ending),
        cmocka_unit_test(test_adjectives),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
