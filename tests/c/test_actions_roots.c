/*
** test_actions_roots.c — the root an act is coded with, where the verb
** alone misleads: a CAMEO pattern that holds only with its qualifier
** ("MAKE PROGRESS (ON &CEASEFIRE)"), a strike by arms, a sit-in, a
** walkout, a particle that undoes the verb ("strike out"), words to the
** press; each on a real Reuters 1987 sentence from stories outside the
** events dev set (reuters-events-dev).
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

/* "Iraqi warplanes also struck Iran's offshore oilfields": a strike by
** arms is force (CAMEO 190), not a labour strike (an Iraqi communique
** story of March 23); "The UAW struck at three GM factories on
** Thursday" stays a strike (a Detroit story of March 26); "voters would strike out the names of those they did not support"
** deletes names, no strike (a Soviet elections story of March 29). */
static void test_strike(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "BAGHDAD, March 23 - Iraqi warplanes also struck Iran's offshore oilfields at "
            "Nowruz, Cyrus and Ardeshir in northern gulf, some 80 km (50 miles) west of "
            "Kharg island, today's communique said.", "1987-03-23");
    x = find(&a, "strike", "Iraq");
    assert_int_equal(x->category, 19);
    dz_analysis_free(&a);
    run(&a, "DETROIT, March 26 - The UAW struck at three GM factories on Thursday.",
        "1987-03-26");
    x = find(&a, "strike", "UAW");
    assert_int_equal(x->category, 14);
    dz_analysis_free(&a);
    run(&a, "MOSCOW, March 29 - The official agency said the selected districts would "
            "have a slate of several candidates, and voters would strike out the names "
            "of those they did not support.", "1987-03-29");
    assert_int_equal(count(&a, "strike"), 0);
    dz_analysis_free(&a);
}

/* "The farmers traded stones for tear gas and rubber pellets and occupied
** local government buildings in Saragossa": farmers occupying buildings
** sit in, a protest (14), not a military occupation (a Spanish farmers
** story of March 2). */
static void test_sit_in(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "MADRID, March 2 - The farmers traded stones for tear gas and rubber pellets "
            "and occupied local government buildings in Saragossa.", "1987-03-02");
    x = find(&a, "occupy", "Spanish farmers");
    assert_int_equal(x->category, 14);
    dz_analysis_free(&a);
}

/* "nearly 7,000 workers walked out on Monday following a pay dispute": a
** strike (a Chittagong port story of March 11). Walking out of talks is
** leaving them (CAMEO 164); the second sentence is constructed. */
static void test_walk_out(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "CHITTAGONG, Bangladesh, March 11 - Cargo handling remains halted at "
            "Bangladesh's Chittagong port since nearly 7,000 workers walked out on "
            "Monday following a pay dispute, the Port Workers Association said today.",
        "1987-03-11");
    x = find(&a, "walk", "Bangladeshi workers");
    assert_int_equal(x->category, 14);
    dz_analysis_free(&a);
    run(&a, "The Iranian delegation walked out of the talks with Iraq.", "1987-03-11");
    x = find(&a, "walk", "Iran");
    assert_int_equal(x->category, 16);
    dz_analysis_free(&a);
}

/* "Mikulic was speaking to West German journalists in an interview": words
** to the press are a statement to no one, no talks with West Germany (a
** Yugoslav debt story of March 22; his title from its first paragraph); "he will meet with reporters this
** afternoon" is a press conference (a UAW story of March 4). */
static void test_press(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "BELGRADE, March 22 - Prime Minister Branko Mikulic was speaking to West "
            "German journalists in an interview published yesterday by the Tanjug news "
            "agency.", "1987-03-22");
    x = find(&a, "speak", "Branko Mikulic");
    assert_int_equal(x->category, 1);
    assert_string_equal(target(&a, x), "");
    dz_analysis_free(&a);
    run(&a, "DETROIT, March 4 - United Auto Workers vice president Marc Stepp said he "
            "will meet with reporters this afternoon on the union's negotiations with "
            "American Motors Corp.", "1987-03-04");
    x = find(&a, "meet", "Marc Stepp");
    assert_int_equal(x->category, 1);
    dz_analysis_free(&a);
}

/* "SAS said it was postponing a decision on a 10-billion crown order for
** 12 McDonnell Douglas MD-11 airliners": putting off one's own decision is
** no step back from McDonnell Douglas (an SAS story of March 20); the
** saying stays. */
static void test_put_off_own_decision(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "STOCKHOLM, March 20 - SAS <Scandinavian Airline Systems> said it was "
            "postponing a decision on a 10-billion crown order for 12 McDonnell Douglas "
            "<MD N> MD-11 airliners following what it said was an aggressive counter-bid "
            "from Airbus Industrie.", "1987-03-20");
    assert_int_equal(count(&a, "postpone"), 0);
    assert_true(count(&a, "say") > 0);
    dz_analysis_free(&a);
}

/* "a 120 pct increase in the consumer price for refined maize meal, a
** Zambian staple, led to food riots": CAMEO's "HEAD TO" (030, travel)
** shares its block with LEAD, but a preposition is no object and is the
** verb's own; causing something is no intent to cooperate (a Zambian
** maize price story of April 8). "United Technologies Corp said it joined
** with two other companies to form a partnership": "HUDDLE WITH" (046)
** is no meeting for JOIN (a United Technologies story of April 13). */
static void test_preposition_pattern(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "LUSAKA, April 8 - Last December, a 120 pct increase in the consumer price "
            "for refined maize meal, a Zambian staple, led to food riots in which at "
            "least 15 people died.", "1987-04-08");
    assert_int_equal(count(&a, "lead"), 0);
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, April 13 - United Technologies Corp said it joined with two "
            "other companies to form a partnership in proposing a defense system for the "
            "U.S. Army.", "1987-04-13");
    assert_int_equal(count(&a, "join"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_qualified_pattern),
        cmocka_unit_test(test_strike),
        cmocka_unit_test(test_sit_in),
        cmocka_unit_test(test_walk_out),
        cmocka_unit_test(test_press),
        cmocka_unit_test(test_put_off_own_decision),
        cmocka_unit_test(test_preposition_pattern),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
