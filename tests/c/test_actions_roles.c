/*
** test_actions_roles.c — speakers named by a role, not a name, each on a
** real Reuters 1987 sentence from stories outside the events dev set
** (reuters-events-dev): "a company spokesman said" is the firm of the
** story; "a government spokesman" or "a Finance Ministry spokesman" the
** state of the dateline or of the story; "the spokesman" after them the
** same body; "the utility" or "the airline" that says something the firm.
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

/* The first action whose verb is this, by anyone, or NULL. */
static const dz_action *said_by(const dz_analysis *a, const char *verb, const char *who)
{
    int i;
    for (i = 0; i < a->nactions; i++)
        if (!strcmp(a->actions[i].verb, verb) && !strcmp(actor(a, &a->actions[i]), who))
            return &a->actions[i];
    return NULL;
}

/* "..., a company spokesman said" is the firm of the story (reut2-000,
** "AMR <AMR> TO HOLD PRESS CONFERENCE THIS MORNING"), never the name before the comma
** ("barley to Greece ..., a company spokesman said", reut2-013, "SESOSTRIS
** SELLS 18,000 TONNES BARLEY TO GREECE"). */
static void test_company_spokesman(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "DALLAS/FORT WORTH, Texas, March 3 - AMR Corp will hold a press conference "
            "this morning in New York at 0900 EST, a company spokesman said.", "1987-03-03");
    x = find(&a, "say", "AMR");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);

    run(&a, "MADRID, April 7 - Sesostris, the Spanish subsidiary of the international "
            "grain trader Dreyfus, sold 18,000 tonnes of barley to Greece for delivery from "
            "Mediterranean ports from April 14 to 30, a company spokesman said.",
            "1987-04-07");
    assert_null(said_by(&a, "say", "Greece"));
    dz_analysis_free(&a);
}

/* "a finance ministry spokesman said" and "a government spokesman said"
** speak for the state of the dateline (reut2-013, "S. KOREA ATTEMPTS TO
** COOL OVER-HEATED STOCK MARKET"; reut2-004, "TAIWAN TO RELAX IMPORT CURBS
** ON MORE GOODS"). */
static void test_state_spokesman(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "SEOUL, April 3 - South Korea will press institutional investors to sell "
            "shares they are holding and oblige them to buy monetary stabilisation bonds if "
            "they want to make further stock investments, a finance ministry spokesman "
            "said.", "1987-04-03");
    find(&a, "say", "South Korea");
    dz_analysis_free(&a);

    run(&a, "TAIPEI, March 12 - Taiwan will relax import controls on more foreign goods, "
            "a government spokesman said today.\n"
            "    The move was to allow greater access to Taiwan markets by overseas trading "
            "partners, especially the United States, an official of the Council for "
            "Economic Planning and Development said.", "1987-03-12");
    find(&a, "say", "Taiwan");
    dz_analysis_free(&a);
}

/* The number of actions with this verb by this actor. */
static int count_by(const dz_analysis *a, const char *verb, const char *who)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += !strcmp(a->actions[i].verb, verb) && !strcmp(actor(a, &a->actions[i]), who);
    return n;
}

/* "The spokesman said" is the body the last spokesman spoke for: "a
** finance ministry spokesman said ... The spokesman said" is South
** Korea's, not the last person named (reut2-013, "S. KOREA ATTEMPTS TO COOL OVER-HEATED STOCK MARKET").
** So is the "He said" right after the spokesman (note_voice). */
static void test_the_spokesman(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "SEOUL, April 3 - South Korea will press institutional investors to sell "
            "shares they are holding and oblige them to buy monetary stabilisation bonds if "
            "they want to make further stock investments, a finance ministry spokesman "
            "said.\n"
            "    He said Finance Minister Chung In-yong, Bank of Korea Governor Park "
            "Sung-sang and officials of the Securities Supervisory Board agreed that the "
            "stock market was over-heated and decided to take measures to cool it down.\n"
            "    The spokesman said industrial firms with bank loans worth 50 billion won or "
            "more should either issue convertible bonds or offer new shares in order to "
            "raise funds to help repay their loans.", "1987-04-03");
    assert_int_equal(count_by(&a, "say", "Park Sung-sang"), 0);
    assert_int_equal(count_by(&a, "say", "South Korea"), 3);
    dz_analysis_free(&a);
}

/* "The utility said" is the firm of the story, as "the company" is
** (reut2-010, "CONSUMERS POWER <CMS> TO RESTART NUCLEAR PLANT"). */
static void test_the_utility(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "JACKSON, Mich., March 27 - Consumers Power Co said it intends to restart the "
            "the Palisades Nuclear Plant within the next several days.\n"
            "    Consumers Power said it shut the plant down last May 19 because of problems "
            "with a regulating steam valve.\n"
            "    The utility said the problem has been corrected and Region III of the "
            "Nuclear Regulatory Commission gave it the go-ahead to restart the plant.",
            "1987-03-27");
    /* the first sentence and the last ("consumers" in the second is a group) */
    assert_int_equal(count_by(&a, "say", "Consumers Power"), 2);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_company_spokesman),
        cmocka_unit_test(test_state_spokesman),
        cmocka_unit_test(test_the_spokesman),
        cmocka_unit_test(test_the_utility),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
