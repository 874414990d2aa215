/*
** test_story.c — the story judgement (analysis/story.c): political or
** business copy, from real Reuters stories of 1987; the words behind a
** judgement; tickers; words cut at the list's length; empty input.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "analysis/story.h"

static dz_story judge(const char *title, const char *body)
{
    dz_story st;
    assert_int_equal(story_judge(title, title ? strlen(title) : 0, body,
                                 body ? strlen(body) : 0, &st), 0);
    return st;
}

/* A war story and a diplomatic one are political; an earnings or a
** takeover story is business copy. */
static void test_political_and_business(void **state)
{
    dz_story st;
    (void)state;
    st = judge("CHAD SAYS IT KILLED 384 LIBYANS IN BATTLE",
               "Chadian troops killed 384 Libyans and captured 48 in fighting "
               "near the key Libyan air base of Ouadi Doum in northern Chad, a "
               "Chadian government statement said.");
    assert_true(st.is_political);
    assert_int_equal(st.political, 4);     /* killed 2, troops, government */
    assert_int_equal(st.business, 0);
    st = judge("BRITISH MINISTER SAYS HE WARNED TOKYO OF SANCTIONS",
               "A British minister said he had given the Japanese government a "
               "clear warning of sanctions against Japanese companies if Tokyo "
               "did not allow more access to its internal markets.");
    assert_true(st.is_political);          /* minister 2, government,
                                              sanctions 2 vs companies */
    assert_int_equal(st.business, 1);
    st = judge("NEWS CORP <NWS> STARTS HARPER/ROW <HPR> BID",
               "News Corp Ltd of Australia said it has started its previously "
               "announced tender offer for all shares of Harper and Row "
               "Publishers Inc at 65 dlrs per share.");
    assert_false(st.is_political);
    assert_int_equal(st.political, 0);
    assert_int_equal(st.business, 8);      /* corp 2, 2 tickers, ltd,
                                              tender, shares, inc */
}

/* One political word is not enough; political words outweighed by
** business words (less than 60%) are business copy. */
static void test_threshold(void **state)
{
    dz_story st;
    (void)state;
    st = judge(NULL, "The government said imports rose.");
    assert_int_equal(st.political, 1);
    assert_false(st.is_political);
    st = judge(NULL, "The government and the minister said the company "
                     "and its shareholders agreed.");
    assert_int_equal(st.political, 2);
    assert_int_equal(st.business, 2);
    assert_false(st.is_political);
    st = judge(NULL, "The government and the minister said the company agreed.");
    assert_true(st.is_political);          /* 2 of 3 */
}

typedef struct seen {
    char text[512];
} seen;

static void collect(const char *w, int political, int count, void *ud)
{
    seen *s = ud;
    size_t n = strlen(s->text);
    snprintf(s->text + n, sizeof s->text - n, "%s%s%c%d", n ? " " : "", w,
             political ? '+' : '-', count);
}

/* The words behind a judgement, in order of first use, with their counts;
** case, a possessive and a hyphenated word; a lone '<' is no ticker. */
static void test_words(void **state)
{
    seen s = { "" };
    const char *t = "Troops of the Government's army attacked; Co-operative "
                    "Bancorp <COBK.O> shares < 5 pct; TROOPS";
    (void)state;
    assert_int_equal(story_words(NULL, 0, t, strlen(t), collect, &s), 0);
    assert_string_equal(s.text, "troops+2 army+1 attacked+1 <ticker>-1 shares-1");
}

/* Nothing to read: no cue words, business (not political). */
static void test_empty(void **state)
{
    dz_story st;
    (void)state;
    st = judge(NULL, NULL);
    assert_int_equal(st.political + st.business, 0);
    assert_false(st.is_political);
    st = judge("", "12345 -- ... <>");
    assert_int_equal(st.political + st.business, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_political_and_business),
        cmocka_unit_test(test_threshold),
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
