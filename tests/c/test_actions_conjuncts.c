/*
** test_actions_conjuncts.c — subjects joined by "and" and what a clause
** after a comma names, each rule on a real Reuters 1987 sentence from
** stories outside the events dev set (reuters-events-dev): a second
** subject named by its role and then by its name in apposition ("X and
** the head of Y, Z, met") acts too, in a main clause and in a reported
** one; the agent of a passive participle after a comma ("..., made by
** Vickers Plc") is no target of the clause's act, but the host of a
** meeting ("the talks, convened by the ICCO") still is; a time that opens
** the clause before a title and a name ("last November President Yoweri
** Museveni ordered") is no part of the subject, and a month after "in"
** opening a clause is a time though a name follows it ("In January
** Secretary of State George Shultz told").
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

/* "Chinese vice-foreign minister Zhou Nan and the EC's external relations
** commissioner, Willy De Clercq, signed the accord" (reut2-011, PEKING,
** March 31): both sign, with each other. */
static void test_role_conjunct(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "PEKING, March 31 - China and the European Community (EC) signed an agreement on "
            "the establishment of an EC office here.\n\n"
            "Chinese vice-foreign minister Zhou Nan and the EC's external relations "
            "commissioner, Willy De Clercq, signed the accord.", "1987-03-31");
    x = find(&a, "sign", "Zhou Nan");
    assert_string_equal(target(&a, x), "Willy De Clercq");
    dz_analysis_free(&a);
}

/* "Peruvian central bank president Leonel Figueroa and the head of Bank
** of Mexico, Miguel Mancera Aguayo, met in Mexico City yesterday"
** (reut2-017, LIMA, April 24): the two met, as the story tells it and as
** a speaker's report ("Huayta added that ...", the story's speaker put
** before it). */
static void test_role_conjunct_reported(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LIMA, April 24 - Peruvian central bank president Leonel Figueroa and the head "
            "of Bank of Mexico, Miguel Mancera Aguayo, met in Mexico City yesterday to "
            "coordinate actions aimed at consolidating the upward trend in the price of "
            "silver.", "1987-04-24");
    x = find(&a, "meet", "Leonel Figueroa");
    assert_string_equal(target(&a, x), "Miguel Mancera Aguayo");
    assert_string_equal(x->begin, "1987-04-23");
    dz_analysis_free(&a);
    run(&a, "LIMA, April 24 - Huayta added that Peruvian central bank president Leonel "
            "Figueroa and the head of Bank of Mexico, Miguel Mancera Aguayo, met in Mexico "
            "City yesterday to coordinate actions aimed at consolidating the upward trend in "
            "the price of silver.", "1987-04-24");
    x = find(&a, "meet", "Leonel Figueroa");
    assert_string_equal(target(&a, x), "Miguel Mancera Aguayo");
    dz_analysis_free(&a);
}

/* "Britain was expected to offer the Upholder submarine, made by Vickers
** Plc <VICK.L> and designed mainly for NATO" (reut2-006, RIYADH, March
** 19): Vickers makes the submarine; it is not offered anything. "would
** attend the opening of the talks, convened by the International Cocoa
** Organization (ICCO)" (reut2-005, ABIDJAN, March 15): the body that
** holds the talks is met there. */
static void test_passive_after_comma(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "RIYADH, March 19 - It said Britain was expected to offer the Upholder "
            "submarine, made by Vickers Plc <VICK.L> and designed mainly for NATO.",
        "1987-03-19");
    x = find(&a, "offer", "United Kingdom");
    assert_string_equal(target(&a, x), "");
    dz_analysis_free(&a);
    run(&a, "ABIDJAN, March 15 - The official told Reuters that Ivorian Agriculture Minister "
            "Denis Bra Kanon would attend the opening of the talks, convened by the "
            "International Cocoa Organization (ICCO), in London on Monday.", "1987-03-15");
    x = find(&a, "attend", "Denis Bra Kanon");
    assert_string_equal(target(&a, x), "International Cocoa Organization");
    dz_analysis_free(&a);
}

/* "... and last November President Yoweri Museveni ordered all coffee
** shipments to be carried by rail" (reut2-004, NAIROBI, March 13): the
** president orders, in November 1986. */
static void test_time_before_title(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "NAIROBI, March 13 - Coffee accounts for about 95 pct of Uganda's export "
            "earnings and last November President Yoweri Museveni ordered all coffee "
            "shipments to be carried by rail in order to avoid the higher costs of road "
            "haulage.", "1987-03-13");
    x = find(&a, "order", "Yoweri Museveni");
    assert_string_equal(x->begin, "1986-11-01");
    dz_analysis_free(&a);
}

/* "In January Secretary of State George Shultz told the Senate Foreign
** Relations Committee there would be ..." (reut2-013, WASHINGTON, April
** 5): Shultz speaks, in January; inside a clause a month before a name is
** a noun's ("the four pct drop in January U.S. factory orders", reut2-001,
** CHICAGO, March 4). */
static void test_month_before_name(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, April 5 - In January Secretary of State George Shultz told the "
            "Senate Foreign Relations Committee there would be \"no more transfers of "
            "U.S.-origin military equipment to Iran, either directly or through third "
            "parties.\"", "1987-04-05");
    x = find(&a, "tell", "George Shultz");
    assert_string_equal(x->begin, "1987-01-01");
    dz_analysis_free(&a);
    run(&a, "CHICAGO, March 4 - \"The market is paying more attention to the weakened "
            "state of the economy right now,\" said Refco analyst Mike Connery. Connery said "
            "the four pct drop in January U.S. factory orders reinforced sentiment that first "
            "quarter economic growth will be slow.", "1987-03-04");
    x = find(&a, "say", "Mike Connery");
    assert_int_equal(x->sentence, 1);
    assert_string_equal(x->begin, "1987-03-04");
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_conjunct),
        cmocka_unit_test(test_role_conjunct_reported),
        cmocka_unit_test(test_passive_after_comma),
        cmocka_unit_test(test_time_before_title),
        cmocka_unit_test(test_month_before_name),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
