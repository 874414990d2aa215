/*
** test_actions_reference.c — subjects of acts that are not names: an
** adverb between a pronoun and its verb ("He also promised"), "the
** company" as the firm of the story, "the government" as the story's
** state when its paragraph names none, "he" as the one who spoke last,
** "they said" as the unnamed group that spoke before. Sentences from Reuters-21578
** stories outside the events dev set.
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

/* "He also promised": the adverb is the predicate's, "he" the premier. */
static void test_adverb_after_pronoun(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "PEKING, March 25 - China must cut excess demand and capital investment in "
            "the face of budget and foreign exchange deficits but will press ahead with "
            "wide-ranging economic reforms in 1987, Premier Zhao Ziyang told parliament.\n"
            "    Zhao said China must also expand the market for capital goods such as "
            "rolled steel, coal, cement and timber.\n"
            "    He also promised a continuation of the labour contract system under "
            "which all firms hire workers for a fixed period.", "1987-03-25");
    x = find(&a, "promise", "Zhao Ziyang");
    assert_int_equal(x->category, 3);
    dz_analysis_free(&a);
}

/* "The company said": the firm the story is about (it has a ticker and
** acted last), not the buyer or the unit named after it. */
static void test_company_subject(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "WINSTON-SALEM, N.C., March 6 - RJR Nabisco Inc said it will redeem all 1.2 "
            "billion dlrs of its 11.20 pct notes due August 1, 1997 on April Six, using "
            "the proceeds from the sale of its Heublein Inc subsidiary to Grand "
            "Metropolitan PLC.\n"
            "    The company said it completed the previously-announced sale of "
            "Heublein, for 1.2 billion dlrs in cash, today.", "1987-03-06");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "say")) {
            assert_string_equal(actor(&a, &a.actions[i]), "RJR Nabisco");
            n++;
        }
    assert_int_equal(n, 2);
    dz_analysis_free(&a);

    /* two firms, each named once, neither acting before: no one wins */
    run(&a, "NEW YORK, March 6 - Shares of Heublein Inc and Grand Metropolitan PLC "
            "rose sharply.\n"
            "    The company said it completed the sale.", "1987-03-06");
    assert_int_equal(count(&a, "say"), 0);
    dz_analysis_free(&a);
}

/* "The company, which just reported a loss": a relative clause's
** definite antecedent; the one firm of the sentence before (Intel), not
** the firm named most often in the story so far (IBM). */
static void test_company_relative(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a,
            "The most advanced memory chip described by a U.S. company was "
            "International Business Machine Corp's <IBM> four mln bit chip, and IBM "
            "only manufactures chips for its own internal use, not for the open "
            "market.\n"
            "    The problem with memory chips is that they are all based on the same, "
            "well known design standards, so they are easy to copy and inexpensive to "
            "manufacture. Because such large Japanese conglomerates as Sony Corp <SNE>,"
            " NEC Corp, <NIPNY> Matushita and Mitsui have their own enormous consumer "
            "and electronics product lines, they also have a guaranteeed internal "
            "market for their chips, so they can produce huge amounts at a very low "
            "cost per unit.\n"
            "    Customized chips, however, are designed for a specific customer, "
            "manufactured in small quantities and expensive relative to standard chips."
            " Computer markets are increasingly looking to customized chips because "
            "they are difficult to copy, thus making the final product harder to clone "
            "as well.\n"
            "    Intel Corp <INTC>, the leading manufacturer of the microprocessors "
            "that form the brains of most computers, alerted the industry to its "
            "intention to switch to customized chips last fall.\n"
            "    The company, which just reported a loss for 1986, said it will spend "
            "75 mln dlrs over the next three years to turn itself into a leading "
            "manufacturer of custom and semi-custom chips.", "1987-03-02");
    find(&a, "say", "Intel");
    find(&a, "report", "Intel");
    dz_analysis_free(&a);
}

/* "Healy said Roger Smith had been hinting ... He said the plan": "he"
** is the one who spoke in the sentence before, not the latest person
** named. */
static void test_previous_speaker(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "NEW YORK, March 3 - Wall Street analysts said the GM buyback will boost "
            "the shares in the near term but some had reservations about the long "
            "term effects of the plan.\n"
            "    \"They're trying to soothe irate shareholders irriated by the buyout of "
            "Ross Perot,\" said analyst David Healy of Drexel Burnham Lambert Inc.\n"
            "    Healy said General Motors chairman Roger Smith had been hinting at a "
            "buyback program in meetings with institutional investors. He said the "
            "plan, which could cost more than five billion dlrs over four years, was "
            "similar in size to Ford Motor Co's <F> repurchase program but smaller on "
            "a percentage basis than that of Chrysler Corp <C>.", "1987-03-03");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "say")) {
            assert_string_not_equal(actor(&a, &a.actions[i]), "Roger Smith");
            n += !strcmp(actor(&a, &a.actions[i]), "David Healy");
        }
    assert_int_equal(n, 2);     /* "Healy said", "He said" */
    dz_analysis_free(&a);
}

/* "..., dealers said. The central bank bought ..., they said": "they"
** is the dealers again, not the Bank of Japan. */
static void test_they_the_group(void **state)
{
    dz_analysis a;
    int i;
    (void)state;
    run(&a, "TOKYO, April 21 - The Bank of Japan intervened in the market to try to "
            "accelerate the dollar's rise after heavy dollar buying by institutional "
            "investors, dealers said.\n"
            "    The central bank bought a moderate amount of dollars at around 142.10 "
            "yen, they said.", "1987-04-21");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "say"))
            assert_string_not_equal(actor(&a, &a.actions[i]), "Bank of Japan");
    dz_analysis_free(&a);
}

/* "The government last week froze prices": the story's state, named
** twice before, when the paragraph names no state. */
static void test_story_government(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "BUENOS AIRES, March 4 - Argentina's Idustry and Foreign Trade Secretary "
            "announced the lifting until December 1989 of import taxes on capital goods "
            "not produced in the country.\n"
            "    Roberto Lavagna in a news conference also said Argentina would create a "
            "special programme for promoting industry and was studying a system of "
            "temporary, automatic and generalised admission of goods from neighbouring "
            "Brazil.\n"
            "    Lavagna said the measures were in line with an adjustment in economic "
            "policy to stall a new upsurge in inflation. The government last week froze "
            "prices and wages and devalued the Austral six pct against the dollar.",
            "1987-03-04");
    x = find(&a, "freeze", "Argentina");
    assert_int_equal(x->category, 16);
    dz_analysis_free(&a);

    /* Argentina and Brazil named once each: no state wins */
    run(&a, "BUENOS AIRES, March 4 - Roberto Lavagna said Argentina was studying the "
            "admission of goods from neighbouring Brazil.\n"
            "    Lavagna said the measures were in line with an adjustment in economic "
            "policy. The government last week froze prices and wages.", "1987-03-04");
    assert_int_equal(count(&a, "freeze"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adverb_after_pronoun),
        cmocka_unit_test(test_company_subject),
        cmocka_unit_test(test_company_relative),
        cmocka_unit_test(test_previous_speaker),
        cmocka_unit_test(test_they_the_group),
        cmocka_unit_test(test_story_government),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
