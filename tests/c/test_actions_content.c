/*
** test_actions_content.c — what an act's words commit to: a warning that
** something will meet the speaker's response is a threat; an agreement to
** meet is an intent to meet (CAMEO 036); "has no plans to" or "no
** intention of" disowns an act, a refusal when it refuses to yield; a
** light verb with "no" before its object makes no act ("made no appeal"). Real
** Reuters 1987 sentences from stories outside the events dev set
** (reuters-events-dev).
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

/* "warned the United States that any interference in the region would
** meet a strong response from Tehran" (a Washington story of March 23):
** a threat (13) aimed at the one warned, not a statement. */
static void test_warned_of_response(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 23 - Iran on Sunday denied as baseless reports that it "
            "intended to threaten shipping in the gulf and warned the United States that "
            "any interference in the region would meet a strong response from Tehran, "
            "Tehran Radio said.", "1987-03-23");
    x = find(&a, "warn", "Iran");
    assert_int_equal(x->category, 13);
    assert_string_equal(target(&a, x), "United States");
    dz_analysis_free(&a);
}

/* "Lyng warned Japan that the failure to remove a longstanding import
** quota on Japanese beef might spark a protectionist response in the
** United States" (a Washington story of April 2): a threat to Japan; a
** warning that a bill "could lead to retaliation against U.S. firms"
** (a Washington story of March 26) stays a statement of what others may
** do. */
static void test_warned_of_spark(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, April 2 - U.S. Agriculture Secretary Richard Lyng warned Japan "
            "that the failure to remove a longstanding import quota on Japanese beef might "
            "spark a protectionist response in the United States.", "1987-04-02");
    x = find(&a, "warn", "Richard Lyng");
    assert_int_equal(x->category, 13);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 26 - Federal Reserve Board chairman Paul Volcker said he "
            "opposes legislation to deny primary dealer status to firms from countries that "
            "do not grant U.S. firms equal access to their government debt markets.\n\n"
            "In a letter to House Banking Committee chairman Fernand St. Germain, Volcker "
            "warned that it could lead to retaliation against U.S. firms already operating "
            "in other countries.", "1987-03-26");
    x = find(&a, "warn", "Paul Volcker");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);
}

/* "Moscow has agreed to discuss the problems of Afghanistan and Kampuchea
** in its talks with Peking" (a Peking story of April 3): the agreement
** to talk is an intent (03) made now, not a meeting still to come. */
static void test_agreed_to_discuss(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "PEKING, April 3 - After years of refusal, Moscow has agreed to discuss the "
            "problems of Afghanistan and Kampuchea in its talks with Peking on normalising "
            "relations, Chinese Vice-Foreign Minister Qian Qichen said.", "1987-04-03");
    x = find(&a, "discuss", "Soviet Union");
    assert_int_equal(x->category, 3);
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    dz_analysis_free(&a);
}

/* "he has no intention of calling off the sanctions" (a Washington story
** of April 1) and "it has no plans to bow to pressure" (a Tokyo story of
** April 1): refusals to yield (12); "it has no intention of seeking
** control of the company" (a Washington story of March 4) is no act. */
static void test_no_plans_to_yield(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, April 1 - President Reagan's move to impose stiff tariffs on "
            "Japanese goods stems from deep U.S. frustration over Japan's trade policy, and "
            "he has no intention of calling off the sanctions, trade analysts said.",
        "1987-04-01");
    x = find(&a, "call", "Ronald Reagan");
    assert_int_equal(x->category, 12);
    dz_analysis_free(&a);
    run(&a, "TOKYO, April 1 - Japan has reiterated it has no plans to bow to pressure to "
            "give foreign telecommunications companies a major role in a planned new firm.",
        "1987-04-01");
    x = find(&a, "bow", "Japan");
    assert_int_equal(x->category, 12);
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 4 - It has also said it has no intention of seeking "
            "control of the company.", "1987-03-04");
    assert_int_equal(count(&a, "seek"), 0);
    dz_analysis_free(&a);
    /* "Japan has no plans to take new emergency measures to support the
    ** dollar" (a Tokyo story of April 24): a light verb refuses no one */
    run(&a, "TOKYO, April 24 - Finance Minister Kiichi Miyazawa said Japan has no plans "
            "to take new emergency measures to support the dollar, other than foreign "
            "exchange intervention.", "1987-04-24");
    assert_int_equal(count(&a, "take"), 0);
    dz_analysis_free(&a);
}

/* "there are indications Seoul may bow to U.S. pressure and allow some
** imports soon" (a Washington story of March 4): a possible concession
** (08) to the United States. */
static void test_bow_to_pressure(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 4 - South Korea has banned beef imports but there are "
            "indications Seoul may bow to U.S. pressure and allow some imports soon, "
            "industry officials said.", "1987-03-04");
    x = find(&a, "bow", "South Korea");
    assert_int_equal(x->category, 8);
    assert_string_equal(target(&a, x), "United States");
    dz_analysis_free(&a);
}

/* "Brazil had made no appeal for bridging loans from the BIS or central
** banks" (a Basle story of March 9): a light verb's act with "no" before
** its object is one not made (negated), not an appeal. */
static void test_made_no_appeal(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "BASLE, Switzerland, March 9 - But there was no sense of urgency, they said, "
            "and Brazil had made no appeal for bridging loans from the BIS or central "
            "banks.", "1987-03-09");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "make")) {
            assert_int_equal(a.actions[i].category, 2);
            assert_int_equal(a.actions[i].modality, DZ_MOD_NEGATED);
            n++;
        }
    assert_true(n >= 1);
    dz_analysis_free(&a);
    /* "It gave no financial details of the transaction" (a Brussels story
    ** of March 20): the head "details" is no aid, whatever "financial" is */
    run(&a, "BRUSSELS, March 20 - Generale de Banque SA <GENB.BR> and <Heller Overseas "
            "Corp> of Chicago have each taken 50 pct stakes in factoring company SA "
            "Belgo-Factors, Generale de Banque said in a statement.\n\nIt gave no "
            "financial details of the transaction.", "1987-03-20");
    assert_int_equal(count(&a, "give"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_warned_of_response),
        cmocka_unit_test(test_warned_of_spark),
        cmocka_unit_test(test_agreed_to_discuss),
        cmocka_unit_test(test_no_plans_to_yield),
        cmocka_unit_test(test_bow_to_pressure),
        cmocka_unit_test(test_made_no_appeal),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
