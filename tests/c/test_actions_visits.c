/*
** test_actions_visits.c — meetings named by nouns: a visit still to come,
** with its visitor as the noun's owner, is a planned meeting (04); a visit
** named with no sign it is to come is background and no act; negotiations
** opened or conducted are meetings. Real Reuters 1987 sentences from
** stories outside the events dev set (reuters-events-dev).
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

/* "after Prime Minister Yasuhiro Nakasone's scheduled visit to Washington
** on April 29" (reut2-016, a Tokyo stocks story of April 13): planned,
** dated by its own time; "Thatcher left Bonn ... ahead of her visit to
** Moscow next week" (reut2-008, a Bonn story of March 24): "her" is
** Thatcher, the time after the story's day says it is to come. */
static void test_planned_visit(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "TOKYO, April 13 - The Nomura broker said he expects the rate cut in May or "
            "June, after Prime Minister Yasuhiro Nakasone's scheduled visit to Washington "
            "on April 29.", "1987-04-13");
    x = find(&a, "visit", "Yasuhiro Nakasone");
    assert_int_equal(x->category, 4);
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    assert_string_equal(target(&a, x), "United States");
    assert_string_equal(x->begin, "1987-04-29");
    dz_analysis_free(&a);
    run(&a, "BONN, March 24 - Prime Minister Margaret Thatcher left Bonn early yesterday "
            "evening after talks with Chancellor Helmut Kohl ahead of her visit to Moscow "
            "next week.", "1987-03-24");
    x = find(&a, "visit", "Margaret Thatcher");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    assert_string_equal(target(&a, x), "Soviet Union");
    dz_analysis_free(&a);
}

/* "Howe's main mission in Washington was to brief Shultz on Prime
** Minister Margaret Thatcher's visit to the Soviet Union last week"
** (reut2-015, a London story of April 9): a visit told as done, named by a
** noun, is background, no act of its own. */
static void test_past_visit(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "LONDON, April 9 - Howe's main mission in Washington was to brief Shultz on "
            "Prime Minister Margaret Thatcher's visit to the Soviet Union last week.",
        "1987-04-09");
    assert_int_equal(count(&a, "visit"), 0);
    dz_analysis_free(&a);
}

/* A visit named as the subject of a judgement is what the judgement says:
** "was under consideration" is no visit made (Reuters 1987). */
static void test_visit_under_consideration(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "MOSCOW, March 2 - A senior Soviet official said a visit to Moscow "
            "by U.S. Secretary of State George Shultz for arms discussions was "
            "under consideration.", "1987-03-02");
    x = find(&a, "visit", "George Shultz");
    assert_string_equal(target(&a, x), "Soviet Union");
    assert_int_equal(x->modality, DZ_MOD_HYPOTHETICAL);
    dz_analysis_free(&a);
}

/* "Brazilian authorities have opened negotiations already with
** commercial banks" (reut2-004, a Washington story of March 13): a
** meeting (04); "Lyng said he would not be conducting formal negotiations
** next month with Japan" (reut2-004, a Washington story of March 12,
** after its first sentence): a meeting refused (12). */
static void test_negotiations_opened(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 13 - Ortiz Mena also said that Brazilian authorities have "
            "opened negotiations already with commercial banks.", "1987-03-13");
    x = find(&a, "open", "Brazil");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "commercial banks");
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 12 - U.S. Agriculture Secretary Richard Lyng said he will "
            "ask Japan to offer a share of its rice market to U.S. exporters when he visits "
            "that country next month.\n    Lyng said he would not be conducting formal "
            "negotiations next month with Japan over their beef and citrus quotas.",
        "1987-03-12");
    x = find(&a, "conduct", "Richard Lyng");
    assert_int_equal(x->category, 12);
    assert_string_equal(target(&a, x), "Japan");
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_planned_visit),
        cmocka_unit_test(test_past_visit),
        cmocka_unit_test(test_negotiations_opened),
        cmocka_unit_test(test_visit_under_consideration),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
