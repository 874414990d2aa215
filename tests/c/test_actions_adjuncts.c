/*
** test_actions_adjuncts.c — a participle adjunct after a comma is one more
** act of the clause's subject when it appeals, disapproves, rejects,
** threatens, protests or fights ("..., calling on the United States to
** agree", "..., objecting to proposals"), and no act when it tells the
** first act's effect ("..., giving IBM licensing rights") or names
** ("..., calling it a last-minute attempt"). Real Reuters 1987 sentences
** from stories outside the events dev set (reuters-events-dev).
** And what is restated is the act again: "repeated the threat of
** sanctions" is a threat, "reaffirmed his opposition" a rejection, while
** "reiterated that ..." stays a statement. An intent told by "keen" or
** "determined" is the act, as "ready" and "willing" are. Displeasure
** told by "be" and an adjective ("not pleased with", "critical of") is a
** disapproval of the party named right after it. What is explained to
** a named party is a consultation with it.
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

/* reut2-012, NEWID 12646; reut2-001, NEWID 1462. */
static void test_adjunct_acts(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, April 2 - Moscow began its unilateral nuclear test moratorium "
            "in August 1985, calling on the United States to agree to a total ban on "
            "testing as the first step to nuclear disarmament.", "1987-04-02");
    x = find(&a, "call", "Soviet Union");
    assert_int_equal(x->category, 2);
    assert_string_equal(target(&a, x), "United States");
    dz_analysis_free(&a);

    run(&a, "CARACAS, March 4 - Bankers noted Citibank had held up an agreement with "
            "Chile, objecting to proposals for delayed interest payments.", "1987-03-04");
    x = find(&a, "object", "Citibank");
    assert_int_equal(x->category, 12);
    dz_analysis_free(&a);
}

/* The first act's effect or a name given is no act: reut2-002, NEWID 1121;
** reut2-003, NEWID 2785. */
static void test_adjunct_effects(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "PALO ALTO, Calif., March 3 - Adobe Systems Inc said it signed a contract "
            "with International Business Machines, giving IBM licensing rights to its "
            "PostScript page description language interpreter.", "1987-03-03");
    assert_int_equal(count(&a, "give"), 0);
    assert_int_equal(count(&a, "sign"), 1);
    dz_analysis_free(&a);

    run(&a, "NEW YORK, March 5 - USAir rejected the offer yesterday, calling it a "
            "last-minute attempt to interfere with its takeover of Piedmont Aviation "
            "Inc.", "1987-03-05");
    assert_int_equal(count(&a, "call"), 0);
    dz_analysis_free(&a);
}

/* reut2-015, NEWID 15230; reut2-011, NEWID 11408 and 11161. */
static void test_restated_acts(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LONDON, April 9 - Britain has threatened sanctions on Japanese finance "
            "houses in London if Japan does not open up its markets.\n    Michael "
            "Howard, the British minister for consumer and corporate affairs, repeated "
            "the threat of sanctions before leaving Tokyo yesterday at the end of a "
            "four-day visit.", "1987-04-09");
    x = find(&a, "repeat", "Michael Howard");
    assert_int_equal(x->category, 13);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);

    run(&a, "WASHINGTON, March 31 - President Reagan has reaffirmed his opposition to "
            "protectionism.\n    Treasury Secretary James Baker reiterated that the "
            "ministers at the Paris meeting agreed that their currencies were within "
            "ranges broadly consistent with underlying economic fundamentals.",
        "1987-03-31");
    x = find(&a, "reaffirm", "Ronald Reagan");
    assert_int_equal(x->category, 12);
    x = find(&a, "reiterate", "James Baker");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);
}

/* reut2-005, NEWID 5735; reut2-012, NEWID 12004. */
static void test_intent_adjectives(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "BRUSSELS, March 17 - But diplomats said the EC is keen to negotiate with "
            "Tokyo to solve the problem rather than embark on a costly and damaging "
            "trade war.", "1987-03-17");
    x = find(&a, "negotiate", "European Community");
    assert_int_equal(x->category, 3);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);

    run(&a, "WASHINGTON, April 1 - He said Treasury Secretary James Baker was "
            "determined to support the February 22 Paris agreement on stabilizing "
            "foreign exchange parities.", "1987-04-01");
    x = find(&a, "support", "James Baker");
    assert_int_equal(x->category, 3);
    dz_analysis_free(&a);
}

/* reut2-009, NEWID 8496; reut2-006, NEWID 6829. */
static void test_displeasure(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "OTTAWA, March 23 - Prime Minister Brian Mulroney told delegates to a North "
            "American wildlife conference that he has not been pleased with the U.S. "
            "administration's lack of speed in acting on the question.", "1987-03-23");
    x = find(&a, "not happy", "Brian Mulroney");
    assert_int_equal(x->category, 11);
    assert_string_equal(target(&a, x), "United States");
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    dz_analysis_free(&a);

    run(&a, "OTTAWA, March 19 - Environment Minister Tom McMillan said the Reagan "
            "announcement was a major step toward elimination of acid rain and that "
            "Canada was pleased with the U.S. decision.", "1987-03-19");
    assert_int_equal(count(&a, "not happy"), 0);
    assert_int_equal(count(&a, "disapprove"), 0);
    dz_analysis_free(&a);
}

/* reut2-016, NEWID 16587. */
static void test_explained_to(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "TOKYO, April 17 - LDP executive council chairman Shintaro Abe will explain "
            "the plan to U.S. Officials when he visits the U.S. On April 19.",
        "1987-04-17");
    x = find(&a, "explain", "Shintaro Abe");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "United States");
    dz_analysis_free(&a);
}

/* Every name of the list it is explained to is a party to the briefing
** (a constructed sentence on the pattern of the wire's lists); a
** title ending in "chief" or "director" leads to its person in a list
** of those met (reut2-000, NEWID 347). */
static void test_explained_to_list(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "Japan will be explaining its position to the United States, Canada and "
            "France before the summit.", "1987-04-17");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "explain"))
            n++;
    if (n != 3)
        dump(&a);
    assert_int_equal(n, 3);
    dz_analysis_free(&a);
    run(&a, "\"I'm quite optimistic about carrying out a serious and quick negotiation,\" "
            "Treasury Secretary Mario Brodersohn said on return from talks in New York with "
            "leading U.S. and world financial officials.\n\nBrodersohn held talks in New "
            "York with U.S. Treasury Secretary James Baker, Federal Reserve chief Paul "
            "Volcker and International Monetary Fund (IMF) head Michel Camdessus.",
        "1987-03-02");
    if (!find(&a, "hold", "Mario Brodersohn"))
        return;
    for (i = n = 0; i < a.nactions; i++)
        if (!strcmp(target(&a, &a.actions[i]), "Federal Reserve"))
            n++;
    assert_int_equal(n, 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_adjunct_acts),
        cmocka_unit_test(test_adjunct_effects),
        cmocka_unit_test(test_restated_acts),
        cmocka_unit_test(test_intent_adjectives),
        cmocka_unit_test(test_displeasure),
        cmocka_unit_test(test_explained_to),
        cmocka_unit_test(test_explained_to_list),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
