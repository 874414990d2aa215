/*
** test_actions_nouns.c — acts named by a noun, each on a real Reuters 1987
** sentence from stories outside the events dev set (reuters-events-dev):
** a protest with its agent after "by" ("a walkout by nurses"), and a
** meeting whose parties follow "between" a few words after the noun
** ("Talks are underway between Zaire and the IMF").
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

/* The number of actions of CAMEO root code. */
static int count_root(const dz_analysis *a, int code)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += a->actions[i].category == code;
    return n;
}

/* "a walkout by nurses has virtually paralyzed hospitals": a protest (14)
** by the group after "by", with no target, and undated: the noun gives no
** time of its own (reut2-007, a Zambian strikes story of March 20). */
static void test_walkout_by(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "LUSAKA, Zambia, March 20 - A  teachers' strike has spread from Lusaka to the "
            "whole of Zambia, and a walkout by nurses has virtually paralyzed hospitals in "
            "the northern Copperbelt, the state-owned Zambia Daily Mail newspaper said today.",
        "1987-03-20");
    x = find(&a, "strike", "Zambian nurses");
    assert_int_equal(x->category, 14);
    assert_string_equal(target(&a, x), "");
    assert_string_equal(x->begin, "");
    dz_analysis_free(&a);
}

/* "a threatened strike by 55,000 oil industry employees" has not
** happened; "The strike by 40,000 seamen, now in its 13th day" has: one
** protest, by the seamen (reut2-003, a Brazilian strikes story of March
** 11). */
static void test_threatened_strike(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "SANTOS, BRAZIL, MARCH 11 - The state-oil company Petrobras requested the "
            "intervention because of a threatened strike by 55,000 oil industry employees.\n\n"
            "The strike by 40,000 seamen, now in its 13th day, represents a stern challenge "
            "to the government.", "1987-03-11");
    x = find(&a, "strike", "Brazilian seamen");
    assert_int_equal(x->category, 14);
    assert_int_equal(count_root(&a, 14), 1);
    dz_analysis_free(&a);
}

/* "Talks are underway between financially troubled Zaire and the
** International Monetary Fund": a consultation (04) between the two,
** dated like the sentence (reut2-006, a Zaire story of March 18). */
static void test_talks_underway_between(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "KINSHASA, March 18 - Talks are underway between financially troubled Zaire and "
            "the International Monetary Fund (IMF) aimed at rescuing the economy of the second "
            "largest nation in sub-Saharan Africa.", "1987-03-18");
    x = find(&a, "talk", "Zaire");
    assert_int_equal(x->category, 4);
    assert_string_equal(target(&a, x), "IMF");
    assert_string_equal(x->begin, "1987-03-18");
    dz_analysis_free(&a);
}

/* "the meetings scheduled next month in Washington between Reagan and
** Prime Minister Yasuhiro Nakasone": planned, dated next month (reut2-011,
** a tariffs story of March 30); "talks had been held in recent weeks
** between the South Africans and the banks": held before the story, on
** no day it gives (reut2-008, a debt accord story of March 24). */
static void test_meetings_scheduled_between(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "NEW YORK, March 30 - Yeutter said the meetings scheduled next month in "
            "Washington between Reagan and Prime Minister Yasuhiro Nakasone will include "
            "\"some difficult items on the agenda.\"", "1987-03-30");
    x = find(&a, "meet", "Ronald Reagan");
    assert_string_equal(target(&a, x), "Yasuhiro Nakasone");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    assert_string_equal(x->begin, "1987-04-01");
    dz_analysis_free(&a);

    run(&a, "LONDON, March 24 - Although talks had been held in recent weeks between the "
            "South Africans and the banks, the completion of the agreement on the repayments "
            "took many in the financial community by surprise.", "1987-03-24");
    x = find(&a, "talk", "South Africa");
    assert_string_equal(x->begin, "");
    dz_analysis_free(&a);
}

/* "between two state-owned Philippine banks and Soviet metal trading and
** equipment sales company Tsvetmetpromexport": the state's adjective
** before a body we do not know is not the state, so no talks with the
** Soviet Union (reut2-007, a Philippine mine story of March 19). */
static void test_between_state_adjective(void **state)
{
    dz_analysis a;
    int i;
    (void)state;
    run(&a, "MANILA, March 19 - Preliminary talks are on between two state-owned Philippine "
            "banks and Soviet metal trading and equipment sales company Tsvetmetpromexport "
            "on rescuing Nonoc Mining and Industrial Corp (NMIC) which operates the "
            "Philippines' only nickel refinery, a Soviet official said.", "1987-03-19");
    for (i = 0; i < a.nactions; i++)
        if (a.actions[i].category == 4)
            assert_string_not_equal(target(&a, &a.actions[i]), "Soviet Union");
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walkout_by),
        cmocka_unit_test(test_threatened_strike),
        cmocka_unit_test(test_talks_underway_between),
        cmocka_unit_test(test_meetings_scheduled_between),
        cmocka_unit_test(test_between_state_adjective),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
