/*
** test_actions_verbs.c — acts the coder sees but coded without their
** actor or target, each on a real Reuters 1987 sentence from stories
** outside the events dev set (reuters-events-dev): what is stopped
** ("stopped sending its copper exports"), the agents of a passive ("was
** opposed by the U.S. Commerce Department and the U.S. Defense
** Department"), not a firm's trade told in the passive, and the state
** whose measure is rejected ("rejected its OPEC quota").
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

/* "Zambia has stopped sending its copper exports through South Africa":
** what is stopped decides, shipments stopped reduce relations (reut2-005,
** a Zambian copper story of March 17); "stopped some payments to private
** foreign banks" past a determiner (reut2-005, a Peruvian debt story of
** March 18); "the decline stopped", "stopped short of" are no act. */
static void test_stopped(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LUSAKA, March 17 - Zambia has stopped sending its copper exports through "
            "South Africa, the official Times of Zambia said.", "1987-03-17");
    x = find(&a, "stop", "Zambia");
    assert_int_equal(x->category, 16);
    assert_string_equal(target(&a, x), "South Africa");
    dz_analysis_free(&a);
    run(&a, "LIMA, March 18 - Trade credit lines were 880 mln dlrs in 1982, but fell in 1984 "
            "when Peru stopped some payments to private foreign banks.", "1987-03-18");
    x = find(&a, "stop", "Peru");
    assert_int_equal(x->category, 16);
    dz_analysis_free(&a);
    run(&a, "TOKYO, March 23 - Japan stopped short of endorsing the accusations, and the "
            "decline in chip prices stopped.", "1987-03-23");
    assert_int_equal(count(&a, "stop"), 0);
    dz_analysis_free(&a);
}

/* "The sale has been opposed by the U.S. Commerce Department and the U.S.
** Defense Department": a passive whose subject is no name still has its
** agents, each of them acts on what the subject names (reut2-004, a
** Schlumberger story of March 16); "the U.S. was supported by the U.K., the Netherlands, West
** Germany ...": every agent of the list (reut2-001, a coffee talks story
** of March 4); "would be required by U.S. Banking regulations" names no
** agent (reut2-007, a British banks story of March 26). */
static void test_passive_agents(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "NEW YORK, March 16 - The sale has been opposed by the U.S. Commerce Department "
            "and the U.S. Defense Department, in part on national security grounds.",
        "1987-03-16");
    x = find(&a, "oppose", "Commerce Department");
    assert_int_equal(x->category, 11);
    assert_string_equal(x->object, "The sale");     /* what is opposed, not "by ..." */
    find(&a, "oppose", "Defense Department");
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 4 - In London, the U.S. was supported by the U.K., the "
            "Netherlands, West Germany, Japan, Australia and New Zealand on the issue of "
            "objective criteria, U.S. officials said.", "1987-03-04");
    x = find(&a, "support", "Netherlands");
    assert_string_equal(target(&a, x), "United States");
    x = find(&a, "support", "New Zealand");
    assert_string_equal(target(&a, x), "United States");
    find(&a, "support", "United Kingdom");
    find(&a, "support", "Japan");
    dz_analysis_free(&a);
    run(&a, "LONDON, March 26 - This would be required by U.S. Banking regulations.",
        "1987-03-26");
    assert_int_equal(count(&a, "require"), 0);
    dz_analysis_free(&a);
}

/* "which is also being financed by the African Development Bank, Norway
** and Denmark": each funder aids (reut2-009, a Tanzanian project story of
** March 27); "The three mln dlr financing package was provided by Sanwa
** Business Credit Corp" is a firm's trade, no act (reut2-010, a
** Telecalc story of March 31). */
static void test_passive_funders(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "DAR ES SALAAM, March 27 - The World Bank is contributing 50 mln dlrs to the "
            "project, which is also being financed by the African Development Bank, Norway "
            "and Denmark.", "1987-03-27");
    x = find(&a, "finance", "Norway");
    assert_int_equal(x->category, 7);
    find(&a, "finance", "African Development Bank");
    find(&a, "finance", "Denmark");
    dz_analysis_free(&a);
    run(&a, "FRASER, Mich., March 31 - The three mln dlr financing package was provided by "
            "Sanwa Business Credit Corp, a subsidiary of <Sanwa Bank Ltd> of Japan, the "
            "company said.", "1987-03-31");
    assert_int_equal(count(&a, "provide"), 0);
    dz_analysis_free(&a);
}

/* "Iraq rejected its OPEC quota": a rejection of a body's measure is
** aimed at the body named as its modifier (reut2-001, an OPEC output
** story of March 5); "Peru too has rejected an IMF program" (reut2-011,
** a debt story of April 2). */
static void test_owner_of_object(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LONDON, March 5 - Iraq rejected its OPEC quota of 1.466 mln bpd and produced "
            "1.75 mln bpd in February and early March, the figures showed.", "1987-03-05");
    x = find(&a, "reject", "Iraq");
    assert_int_equal(x->category, 12);
    assert_string_equal(target(&a, x), "OPEC");
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, April 2 - Peru too has rejected an IMF program, curbing debt "
            "repayments to 10 pct of exports.", "1987-04-02");
    x = find(&a, "reject", "Peru");
    assert_string_equal(target(&a, x), "IMF");
    dz_analysis_free(&a);
}

/* An order of a thing is no demand: a purchase ("ordered 180 military
** trucks ... from AM General") or a decision of one's own ("ordered a
** cutback in semiconductors production as a way to force prices up");
** an order to a party to act is ("ordered financial officials to
** quicken"), and what is ordered codes as a light verb's object does
** ("ordered 100 pct tariffs on ... Japanese goods"). Reuters stories
** outside the events dev set. */
static void test_thing_ordered(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "Pakistan ordered 180 military trucks and spare parts worth 18.5 mln dlrs "
            "from AM General, a unit of LTV's Missles and Electronics Group.", "1987-03-11");
    assert_int_equal(count(&a, "order"), 0);
    dz_analysis_free(&a);
    run(&a, "Japan yesterday, in an effort to ward off U.S. action, ordered a cutback in "
            "semiconductors production as a way to force prices up and end the dumping.",
            "1987-03-24");
    assert_int_equal(count(&a, "order"), 0);
    dz_analysis_free(&a);
    run(&a, "Taiwan's Premier Yu Kuo-Hua ordered financial officials to quicken the pace "
            "of relaxing foreign exchange controls.", "1987-03-28");
    assert_int_equal(find(&a, "order", "Yu Kuo-Hua")->category, 10);
    dz_analysis_free(&a);
    run(&a, "President Reagan ordered 100 pct tariffs on 300 mln dlrs worth of Japanese "
            "goods.", "1987-04-17");
    assert_int_equal(find(&a, "order", "Ronald Reagan")->category, 16);
    dz_analysis_free(&a);
}

/* Putting off one's own business is no step back from anyone: "The Senate
** Banking Committee has postponed until March 10 its meeting" (reut2-000,
** a bank bill story of March 4) is no act; postponing talks with a party
** would be (CAMEO 161). */
static void test_put_off_own(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "WASHINGTON, March 4 - The Senate Banking Committee has postponed until "
            "March 10 its meeting scheduled for tomorrow to act on a bank regulation bill.",
            "1987-03-04");
    assert_int_equal(count(&a, "postpone"), 0);
    dz_analysis_free(&a);
    /* a constructed counter-case */
    run(&a, "Iran postponed talks with Iraq on the exchange of prisoners.", "1987-03-04");
    assert_string_equal(target(&a, find(&a, "postpone", "Iran")), "Iraq");
    dz_analysis_free(&a);
}

/* "voiced Reagan administration opposition to it" (as "reaffirmed U.S.
** backing for"): the name before the stance voiced holds it, the
** speaker's side, and is no target (reut2-010, a farm story of March
** 25). */
static void test_stance_holder(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 25 - U.S. Agriculture Secretary Richard Lyng said "
            "he believes proposed legislation calling for mandatory acreage "
            "reductions has little support in Congress and voiced Reagan "
            "administration opposition to it.", "1987-03-25");
    x = find(&a, "voice", "Richard Lyng");
    assert_int_equal(x->category, 12);
    assert_string_equal(target(&a, x), "");
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stopped),
        cmocka_unit_test(test_passive_agents),
        cmocka_unit_test(test_passive_funders),
        cmocka_unit_test(test_owner_of_object),
        cmocka_unit_test(test_stance_holder),
        cmocka_unit_test(test_thing_ordered),
        cmocka_unit_test(test_put_off_own),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
