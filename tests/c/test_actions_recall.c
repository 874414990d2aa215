/*
** test_actions_recall.c — rules that find acts the coder used to miss,
** each on a real Reuters 1987 sentence from stories outside the events dev
** set (reuters-events-dev): an act noun owned by "his", "its" or "their";
** a time between a relative pronoun and its verb; a decision, plan or
** offer to act; what is expressed; what is turned down; talks of a pair
** joined by a hyphen; "the two sides"; a title before the one addressed;
** a visit to a place by someone.
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

/* "Howard said his talks with Japanese officials would ...": the talks are
** the speaker's (reut2-013, NEWID 13034); "Iran announced that its major
** offensive against Iraq had ended" is Iran's offensive (reut2-000, NEWID
** 107). Loans someone holds are no act ("their loans to Brazil",
** reut2-016, NEWID 16426). */
static void test_pronoun_owner(void **state)
{
    dz_analysis a;
    const dz_action *x;
    int i;
    (void)state;
    run(&a, "LONDON, April 3 - The U.K. Government hopes for a breakthrough on the "
            "deadlock with Japan over trade policies during next week's visit to Tokyo "
            "by Corporate Affairs Minister Michael Howard, political sources said.\n"
            "    Howard said his talks with Japanese officials would also include ways "
            "of jointly combating financial fraud in global markets.", "1987-04-03");
    x = find(&a, "talk", "Michael Howard");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);

    run(&a, "NICOSIA, Feb 26 - Iran announced tonight that its major offensive against "
            "Iraq in the Gulf war had ended after dealing savage blows against the "
            "Baghdad government.", "1987-02-26");
    x = find(&a, "offensive", "Iran");
    assert_int_equal(x->category, 19);
    assert_string_equal(target(&a, x), "Iraq");
    dz_analysis_free(&a);

    run(&a, "NEW YORK, April 13 - U.S. banks will have to set aside more reserves "
            "against their loans to Brazil if the debt crisis drags on, analysts said.",
            "1987-04-13");
    for (i = 0; i < a.nactions; i++)
        assert_int_not_equal(a.actions[i].category, 7);
    assert_int_equal(count(&a, "loans"), 0);
    dz_analysis_free(&a);
}

/* "Brazil, which two weeks ago suspended debt payments to private banks,
** should deal with its creditors": the time says when; the relative
** pronoun's antecedent acts (reut2-001, NEWID 1357). */
static void test_relative_time(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 3 - The U.S. is sticking for the moment to its policy "
            "that Brazil, which two weeks ago suspended debt payments to private banks, "
            "should deal with its creditors and not with governments, U.S. officials "
            "said.", "1987-03-03");
    x = find(&a, "suspend", "Brazil");
    assert_int_equal(x->category, 16);
    assert_string_equal(target(&a, x), "private banks");
    assert_string_equal(x->begin, "1987-02-16");
    dz_analysis_free(&a);
}

/* "President Reagan's decision to impose tariffs on Japanese electronic
** goods" is Reagan's act on Japan (reut2-010, NEWID 10996); "Italy's
** willingness to support his efforts in trying to resolve Brazil's ...
** debt problems" an intent (reut2-002, NEWID 2545); in "The CBT plans to
** offer futures on U.S. Treasury notes" "plans" is the verb of its own
** predicate, no noun, and the Treasury no target (reut2-016, NEWID
** 16756). */
static void test_noun_infinitive(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "NEW YORK, March 30 - Stocks fell early. He said over the weekend, investors "
            "pondered President Reagan's decision to impose tariffs on Japanese electronic "
            "goods and some concluded the step could signal the beginning of a trade war.",
            "1987-03-30");
    x = find(&a, "impose", "Ronald Reagan");
    assert_int_equal(x->category, 16);
    assert_string_equal(target(&a, x), "Japan");
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    dz_analysis_free(&a);

    run(&a, "ROME, March 5 - Italian Treasury Minister Giovanni Goria met Brazilian Finance "
            "Minister Dilson Funaro today and expressed Italy's willingness to support his "
            "efforts in trying to resolve Brazil's pressing debt problems.", "1987-03-05");
    x = find(&a, "support", "Italy");
    assert_int_equal(x->category, 3);
    dz_analysis_free(&a);

    run(&a, "CHICAGO, April 17 - The CBT plans to offer futures on U.S. Treasury notes and "
            "bonds, and options on those futures, from 1800 to 2100 hrs Chicago time on "
            "Mondays to Thursdays.", "1987-04-17");
    x = find(&a, "offer", "Chicago Board of Trade");
    assert_int_equal(count(&a, "offer"), 1);
    assert_int_equal(x->target, -1);    /* no offer to the Treasury */
    dz_analysis_free(&a);
}

/* "expressed opposition to the transaction" is a rejection (12), by the
** officials' state (reut2-006, NEWID 6719); "expressed doubts about a
** proposal" disapproval (11, reut2-002, NEWID 2701); "expressed optimism
** that" a plain statement. "Brazilian newspapers today hailed these
** agreements": the press is no state (reut2-005, NEWID 4953). */
static void test_express(void **state)
{
    dz_analysis a;
    const dz_action *x;
    int i;
    (void)state;
    run(&a, "TOKYO, March 18 - Futjitsu withdrew an offer to acquire some 80 pct of "
            "Fairchild, a semiconductor maker, after U.S. government officials expressed "
            "opposition to the transaction.", "1987-03-18");
    x = find(&a, "express", "United States");
    assert_int_equal(x->category, 12);
    dz_analysis_free(&a);

    run(&a, "WASHINGTON, March 6 - Treasury Secretary James Baker expressed doubts about a "
            "proposal to tax securities transactions as a solution to the budget deficit "
            "and said it could hurt financial markets. He expressed optimism that the "
            "deficit would fall.", "1987-03-06");
    x = find(&a, "express", "James Baker");
    assert_int_equal(x->category, 11);
    assert_int_equal(count(&a, "express"), 2);
    assert_true(actions_plain_statement("express", 1, 0));
    assert_false(actions_plain_statement("express", 11, 0));
    dz_analysis_free(&a);

    run(&a, "SAO PAULO, March 13 - Brazilian newspapers today hailed these agreements as a "
            "sign that the national strike could soon come to an end.", "1987-03-13");
    for (i = 0; i < a.nactions; i++)
        assert_true(a.actions[i].actor < 0 ||
                    strcmp(a.mentions[a.actions[i].actor].name, "Brazil") != 0);
    dz_analysis_free(&a);
}

/* "employers turned down union demands for shorter working hours": a
** rejection (reut2-011, NEWID 11840). */
static void test_turn_down(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "ROTTERDAM, April 1 - Lightning strikes hit the grain sector of the port of "
            "Rotterdam today after employers turned down union demands for shorter working "
            "hours in a new labour agreement, transport union FNV spokesman Bert Duim said.",
            "1987-04-01");
    x = find(&a, "turn", "employers");
    assert_int_equal(x->category, 12);
    dz_analysis_free(&a);
}

/* "the ongoing U.S.-Canada free trade talks" are a consultation between
** the two (reut2-002, NEWID 2727); "the next U.S.-Japan yen-dollar
** committee meeting" one planned (reut2-010, NEWID 10677). */
static void test_hyphen_pair(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 6 - \"This action is not helpful in the context of the "
            "ongoing U.S.-Canada free trade talks or in the new round of multilateral trade "
            "negotiations,\" Lyng said in a statement.", "1987-03-06");
    x = find(&a, "talk", "United States");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "Canada");
    assert_int_equal(x->modality, DZ_MOD_ASSERTED);
    dz_analysis_free(&a);

    run(&a, "TOKYO, March 30 - Relevant measures are likely to be announced at the next "
            "U.S.-Japan yen-dollar committee meeting on the deregulation of Tokyo's "
            "financial market, expected in May, they said.", "1987-03-30");
    x = find(&a, "talk", "United States");
    assert_string_equal(target(&a, x), "Japan");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    dz_analysis_free(&a);
}

/* "the two sides will meet again next Thursday": the two named before,
** Argentina's negotiator and its creditor banks (reut2-008, NEWID 8246). */
static void test_two_sides(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "MIAMI, March 23 - Argentina expects to reach agreement with its commercial "
            "bank creditors in the near future on a new financing package including 2.15 "
            "billion dlrs in new loans, Treasury Secretary Mario Brodersohn said.\n\n"
            "    Addressing Argentine businessman during the Inter-American Development "
            "Bank (IADB) meeting here, he said the two sides will meet again next Thursday "
            "in New York.", "1987-03-23");
    x = find(&a, "meet", "commercial bank creditors");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "Mario Brodersohn");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    assert_string_equal(x->begin, "1987-03-26");
    dz_analysis_free(&a);
}

/* "Andreotti told President Francesco Cossiga he was unable to ...": the
** one told is the person after his title (reut2-009, NEWID 9482). */
static void test_told_title(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "ROME, March 25 - Christian Democrat Giulio Andreotti told President Francesco "
            "Cossiga he was unable to reconstruct the five-party coalition after two weeks "
            "of negotiations, they said.", "1987-03-25");
    x = find(&a, "tell", "Giulio Andreotti");
    assert_string_equal(target(&a, x), "Francesco Cossiga");
    dz_analysis_free(&a);
}

/* "next week's visit to Tokyo by Corporate Affairs Minister Michael
** Howard" is Howard's visit to Japan, planned (reut2-013, NEWID 13034). */
static void test_visit_by(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LONDON, April 3 - The U.K. Government hopes for a breakthrough on the "
            "deadlock with Japan over trade policies during next week's visit to Tokyo "
            "by Corporate Affairs Minister Michael Howard, political sources said.",
            "1987-04-03");
    x = find(&a, "visit", "Michael Howard");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "Japan");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pronoun_owner),
        cmocka_unit_test(test_relative_time),
        cmocka_unit_test(test_noun_infinitive),
        cmocka_unit_test(test_express),
        cmocka_unit_test(test_turn_down),
        cmocka_unit_test(test_hyphen_pair),
        cmocka_unit_test(test_two_sides),
        cmocka_unit_test(test_told_title),
        cmocka_unit_test(test_visit_by),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
