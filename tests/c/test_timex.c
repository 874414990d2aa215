/*
** test_timex.c — time expressions: finding them in small sentences and
** resolving them against a fixed publication date, timex_resolve for
** single expressions, and bad input (invalid UTF-8, NUL bytes, empty,
** huge text).
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
#include "analysis/timex.h"

/* Run timex_find on text with date; the analysis is the caller's to free. */
static void run(dz_analysis *a, const char *text, const char *date)
{
    dz_analysis_init(a, text, strlen(text), date);
    assert_int_equal(timex_find(a), 0);
}

/* The timex whose surface text is exactly surface, or fail. */
static const dz_timex *find(const dz_analysis *a, const char *surface)
{
    int i;
    size_t n = strlen(surface);
    for (i = 0; i < a->ntimexes; i++) {
        const dz_timex *x = &a->timexes[i];
        if ((size_t)(x->end - x->start) == n && !memcmp(a->text + x->start, surface, n))
            return x;
    }
    for (i = 0; i < a->ntimexes; i++)
        print_message("  found '%.*s' = %s\n", a->timexes[i].end - a->timexes[i].start,
                      a->text + a->timexes[i].start,
                      a->timexes[i].value ? a->timexes[i].value : "-");
    fail_msg("no timex '%s' in: %s", surface, a->text);
    return NULL;
}

/* Check one expression in one sentence: value, range, precision. */
static void check(const char *text, const char *date, const char *surface,
                  const char *value, const char *begin, const char *end,
                  dz_precision prec)
{
    dz_analysis a;
    const dz_timex *x;
    run(&a, text, date);
    x = find(&a, surface);
    assert_non_null(x->value);
    assert_string_equal(x->value, value);
    assert_string_equal(x->begin, begin);
    assert_string_equal(x->end_date, end);
    assert_int_equal(x->precision, prec);
    assert_int_equal(x->sentence, -1);
    dz_analysis_free(&a);
}

#define PUB "2024-04-23"   /* a Tuesday, ISO week 17 */

static void test_lexicon_sorted(void **state)
{
    (void)state;
    assert_true(timex_lexicon_sorted());
}

static void test_full_dates(void **state)
{
    (void)state;
    check("Blinken met Xi in Beijing, China, June 19, 2023.", PUB,
          "June 19, 2023", "2023-06-19", "2023-06-19", "2023-06-19", DZ_PREC_DAY);
    check("The treaty was signed on 19 June 2023 in Geneva.", PUB,
          "19 June 2023", "2023-06-19", "2023-06-19", "2023-06-19", DZ_PREC_DAY);
    check("Shares fell on Oct. 23, 1989, in heavy trading.", PUB,
          "Oct. 23, 1989", "1989-10-23", "1989-10-23", "1989-10-23", DZ_PREC_DAY);
    check("The file is dated 2024-04-02.", PUB,
          "2024-04-02", "2024-04-02", "2024-04-02", "2024-04-02", DZ_PREC_DAY);
    check("Prices rose in July 1997 and kept rising.", PUB,
          "July 1997", "1997-07", "1997-07-01", "1997-07-31", DZ_PREC_MONTH);
    check("Growth slowed in 1998.", PUB,
          "1998", "1998", "1998-01-01", "1998-12-31", DZ_PREC_YEAR);
    check("Inflation was high in the 1990s.", PUB,
          "the 1990s", "199", "1990-01-01", "1999-12-31", DZ_PREC_YEAR);
}

static void test_partial_dates(void **state)
{
    (void)state;
    /* past tense: the last September 4 on or before the date */
    check("On September 4, Kommersant reported the request.", "2024-09-06",
          "September 4", "2024-09-04", "2024-09-04", "2024-09-04", DZ_PREC_DAY);
    check("On September 4, Kommersant reported the request.", "2024-04-23",
          "September 4", "2023-09-04", "2023-09-04", "2023-09-04", DZ_PREC_DAY);
    /* future tense: the next one; a range of days */
    check("The event will be held in Kazan on October 22-24.", "2024-09-06",
          "October 22-24", "2024-10-22", "2024-10-22", "2024-10-24", DZ_PREC_DAY);
    /* a month in a past-tense sentence: last November */
    check("Xi travelled to California for the summit in November.", PUB,
          "November", "2023-11", "2023-11-01", "2023-11-30", DZ_PREC_MONTH);
    check("The summit will take place in November.", PUB,
          "November", "2024-11", "2024-11-01", "2024-11-30", DZ_PREC_MONTH);
    /* early / late narrow the range; the TIMEX3 value stays the year */
    check("Relations hit new lows in late 2022 and early 2023.", PUB,
          "late 2022", "2022", "2022-09-01", "2022-12-31", DZ_PREC_YEAR);
    check("Relations hit new lows in late 2022 and early 2023.", PUB,
          "early 2023", "2023", "2023-01-01", "2023-04-30", DZ_PREC_YEAR);
    /* "May" the verb is not a month; "May" the month is */
    {
        dz_analysis a;
        run(&a, "Officials may meet again.", PUB);
        assert_int_equal(a.ntimexes, 0);
        dz_analysis_free(&a);
    }
    check("Officials met in May 2021.", PUB,
          "May 2021", "2021-05", "2021-05-01", "2021-05-31", DZ_PREC_MONTH);
}

static void test_relative_periods(void **state)
{
    (void)state;
    check("Last year, Blinken made the trip to China.", PUB,
          "Last year", "2023", "2023-01-01", "2023-12-31", DZ_PREC_YEAR);
    check("This year, a new round of exchanges began.", PUB,
          "This year", "2024", "2024-01-01", "2024-12-31", DZ_PREC_YEAR);
    check("They risk another spiral next year.", PUB,
          "next year", "2025", "2025-01-01", "2025-12-31", DZ_PREC_YEAR);
    check("Exports fell last month.", PUB,
          "last month", "2024-03", "2024-03-01", "2024-03-31", DZ_PREC_MONTH);
    check("In the last month alone, officials attacked China's trade.", PUB,
          "the last month", "2024-03", "2024-03-23", "2024-04-23", DZ_PREC_MONTH);
    check("Blinken is set to travel to Beijing this week.", PUB,
          "this week", "2024-W17", "2024-04-22", "2024-04-28", DZ_PREC_WEEK);
    check("The talks stalled last week.", PUB,
          "last week", "2024-W16", "2024-04-15", "2024-04-21", DZ_PREC_WEEK);
    check("Shares rose in the third quarter.", PUB,
          "the third quarter", "2023-Q3", "2023-07-01", "2023-09-30", DZ_PREC_SEASON);
    check("The BRICS summit is this fall.", "2024-09-06",
          "this fall", "2024-FA", "2024-09-01", "2024-11-30", DZ_PREC_SEASON);
    check("This past weekend was calm.", PUB,
          "This past weekend", "2024-W16-WE", "2024-04-20", "2024-04-21", DZ_PREC_WEEK);
    /* "this weekend" told in the past on a weekday is the one just gone
    ** (reut2-000, a Spanish farm protest story of Monday March 2, 1987);
    ** in the future it is the coming one */
    check("Spanish farmers blocked roads and staged protest rallies this weekend.",
          "1987-03-02", "this weekend", "1987-W09-WE", "1987-02-28", "1987-03-01",
          DZ_PREC_WEEK);
    check("Farmers will stage more rallies this weekend.", "1987-03-02",
          "this weekend", "1987-W10-WE", "1987-03-07", "1987-03-08", DZ_PREC_WEEK);
    check("Troops withdrew last fall.", PUB,
          "last fall", "2023-FA", "2023-09-01", "2023-11-30", DZ_PREC_SEASON);
}

/* "later in the week", "earlier in the month": the part of the story's own
** week or month, as "later this week" (Reuters stories of 1987, outside
** the events dev set); not the year, which a story often tells of a past
** year. */
static void test_in_the_week(void **state)
{
    (void)state;
    check("Nakasone would take it with him when he visits Washington later in the month.",
          "1987-04-17", "later in the month", "1987-04", "1987-04-21", "1987-04-30",
          DZ_PREC_MONTH);
    check("Hodel announced the leasing program earlier in the week.", "1987-04-29",
          "earlier in the week", "1987-W18", "1987-04-27", "1987-04-28", DZ_PREC_WEEK);
}

static void test_deictic_and_weekdays(void **state)
{
    (void)state;
    check("The minister resigned yesterday.", PUB,
          "yesterday", "2024-04-22", "2024-04-22", "2024-04-22", DZ_PREC_DAY);
    check("The minister resigns today.", PUB,
          "today", "2024-04-23", "2024-04-23", "2024-04-23", DZ_PREC_DAY);
    check("They will vote tomorrow.", PUB,
          "tomorrow", "2024-04-24", "2024-04-24", "2024-04-24", DZ_PREC_DAY);
    /* past sentence: the previous Thursday; future: the next one */
    check("Putin said on Thursday that he was open to talks.", PUB,
          "Thursday", "2024-04-18", "2024-04-18", "2024-04-18", DZ_PREC_DAY);
    check("Putin will speak on Thursday in Moscow.", PUB,
          "Thursday", "2024-04-25", "2024-04-25", "2024-04-25", DZ_PREC_DAY);
    /* wire copy writes a weekday in lower case after "on" (Reuters 1987) */
    check("Peru stopped selling its refined silver and state-marketed ore on "
          "tuesday.", "1987-04-24",
          "tuesday", "1987-04-21", "1987-04-21", "1987-04-21", DZ_PREC_DAY);
    check("The army attacked last Friday.", PUB,
          "last Friday", "2024-04-19", "2024-04-19", "2024-04-19", DZ_PREC_DAY);
    check("Yellen made her trip to China several weeks ago.", PUB,
          "several weeks ago", "PAST_REF", "2024-03-12", "2024-04-09", DZ_PREC_VAGUE);
    check("Two weeks ago the talks collapsed.", PUB,
          "Two weeks ago", "2024-W15", "2024-04-08", "2024-04-14", DZ_PREC_WEEK);
    check("Talks are now proceeding well.", PUB,
          "now", "PRESENT_REF", "2024-04-23", "2024-04-23", DZ_PREC_VAGUE);
}

static void test_holidays(void **state)
{
    dz_analysis a;
    (void)state;
    check("Sales slumped before Christmas.", PUB,
          "Christmas", "2023-12-25", "2023-12-25", "2023-12-25", DZ_PREC_DAY);
    check("They will meet on Thanksgiving Day.", PUB,
          "Thanksgiving Day", "2024-11-28", "2024-11-28", "2024-11-28", DZ_PREC_DAY);
    check("The party on New Year's Eve 1999 was wild.", PUB,
          "New Year's Eve 1999", "1999-12-31", "1999-12-31", "1999-12-31", DZ_PREC_DAY);
    check("Easter 2024 fell early.", PUB,
          "Easter 2024", "2024-03-31", "2024-03-31", "2024-03-31", DZ_PREC_DAY);
    check("Stocks boomed in the nineties.", PUB,
          "the nineties", "199", "1990-01-01", "1999-12-31", DZ_PREC_YEAR);
    run(&a, "Easter Island is far from the Christmas tree.", PUB);
    assert_int_equal(a.ntimexes, 0);
    dz_analysis_free(&a);
}

static void test_durations_and_sets(void **state)
{
    dz_analysis a;
    const dz_timex *x;
    (void)state;
    run(&a, "The ceasefire lasted two weeks, after a five-year war. "
            "Prices rose 5% a year. Trains leave daily. He is 52 years old.", PUB);
    x = find(&a, "two weeks");
    assert_string_equal(x->type, "DURATION");
    assert_string_equal(x->value, "P2W");
    assert_string_equal(x->begin, "");
    x = find(&a, "five-year");
    assert_string_equal(x->value, "P5Y");
    x = find(&a, "a year");
    assert_string_equal(x->type, "SET");
    x = find(&a, "daily");
    assert_string_equal(x->type, "SET");
    assert_string_equal(x->value, "P1D");
    assert_int_equal(a.ntimexes, 4);       /* not "52 years old" */
    dz_analysis_free(&a);

    run(&a, "They meet twice a year.", PUB);
    x = find(&a, "twice a year");
    assert_string_equal(x->type, "SET");
    assert_string_equal(x->value, "P1Y");
    dz_analysis_free(&a);

    run(&a, "Over the past 20 years, trade doubled.", PUB);
    x = find(&a, "the past 20 years");
    assert_string_equal(x->value, "P20Y");
    assert_string_equal(x->begin, "2004-04-23");
    assert_string_equal(x->end_date, PUB);
    dz_analysis_free(&a);
}

static void test_no_publication_date(void **state)
{
    dz_analysis a;
    const dz_timex *x;
    (void)state;
    run(&a, "Last year, on June 19, 2023, they met; they meet again on Thursday.", "");
    x = find(&a, "June 19, 2023");
    assert_string_equal(x->begin, "2023-06-19");
    assert_int_equal(x->relative, 0);
    x = find(&a, "Last year");
    assert_string_equal(x->begin, "");
    assert_string_equal(x->end_date, "");
    assert_int_equal(x->relative, 1);
    x = find(&a, "Thursday");
    assert_string_equal(x->begin, "");
    dz_analysis_free(&a);

    /* a malformed date counts as none */
    run(&a, "They met last year.", "2024-13-45");
    x = find(&a, "last year");
    assert_string_equal(x->begin, "");
    dz_analysis_free(&a);
}

static void test_sentences(void **state)
{
    dz_analysis a;
    const char *text = "They met yesterday. They meet again next week.";
    (void)state;
    dz_analysis_init(&a, text, strlen(text), PUB);
    /* two sentences as text_split would give them */
    assert_int_equal(DZ_VEC_PUSH(a.sentences, a.nsentences, a.capsentences), 0);
    a.sentences[a.nsentences++] = (dz_sentence){ 0, 19, 0, 0, 0 };
    assert_int_equal(DZ_VEC_PUSH(a.sentences, a.nsentences, a.capsentences), 0);
    a.sentences[a.nsentences++] = (dz_sentence){ 20, 46, 0, 0, 0 };
    assert_int_equal(timex_find(&a), 0);
    assert_int_equal(a.ntimexes, 2);
    assert_int_equal(a.timexes[0].sentence, 0);
    assert_int_equal(a.timexes[1].sentence, 1);
    assert_string_equal(a.timexes[1].value, "2024-W18");
    dz_analysis_free(&a);
}

/* With text_split's sentences, tense is read inside the expression's own
** sentence even where the raw text has no full stop. */
static void test_sentence_tense(void **state)
{
    dz_analysis a;
    const char *text = "Talks will resume\nThursday was calm";
    (void)state;
    run(&a, text, PUB);                  /* raw: "will" on the left wins */
    assert_string_equal(find(&a, "Thursday")->value, "2024-04-25");
    dz_analysis_free(&a);
    dz_analysis_init(&a, text, strlen(text), PUB);
    assert_int_equal(DZ_VEC_PUSH(a.sentences, a.nsentences, a.capsentences), 0);
    a.sentences[a.nsentences++] = (dz_sentence){ 0, 17, 0, 0, 0 };
    assert_int_equal(DZ_VEC_PUSH(a.sentences, a.nsentences, a.capsentences), 0);
    a.sentences[a.nsentences++] = (dz_sentence){ 18, 35, 0, 0, 0 };
    assert_int_equal(timex_find(&a), 0);
    assert_string_equal(find(&a, "Thursday")->value, "2024-04-18");
    assert_int_equal(find(&a, "Thursday")->sentence, 1);
    dz_analysis_free(&a);
}

static void test_resolve(void **state)
{
    char b[11], e[11];
    (void)state;
    assert_int_equal(timex_resolve("last month", PUB, b, e), 0);
    assert_string_equal(b, "2024-03-01");
    assert_string_equal(e, "2024-03-31");
    assert_int_equal(timex_resolve("2 weeks", PUB, b, e), 0);
    assert_string_equal(b, "2024-04-09");
    assert_string_equal(e, PUB);
    assert_int_equal(timex_resolve("30 days", PUB, b, e), 0);
    assert_string_equal(b, "2024-03-24");
    assert_int_equal(timex_resolve("this year", PUB, b, e), 0);
    assert_string_equal(b, "2024-01-01");
    assert_string_equal(e, "2024-12-31");
    assert_int_equal(timex_resolve("2024-04", PUB, b, e), 0);
    assert_string_equal(b, "2024-04-01");
    assert_string_equal(e, "2024-04-30");
    assert_int_equal(timex_resolve("in the last month", PUB, b, e), 0);
    assert_string_equal(b, "2024-03-23");
    assert_string_equal(e, PUB);
    assert_int_equal(timex_resolve("this week", PUB, b, e), 0);
    assert_string_equal(b, "2024-04-22");
    assert_string_equal(e, "2024-04-28");
    assert_int_equal(timex_resolve("yesterday", PUB, b, e), 0);
    assert_string_equal(b, "2024-04-22");
    assert_int_equal(timex_resolve("2024-Q2", NULL, b, e), 0);
    assert_string_equal(b, "2024-04-01");
    assert_string_equal(e, "2024-06-30");
    assert_int_equal(timex_resolve("2024-W17", NULL, b, e), 0);
    assert_string_equal(b, "2024-04-22");
    assert_string_equal(e, "2024-04-28");
    assert_int_equal(timex_resolve("Q3 2023", NULL, b, e), 0);
    assert_string_equal(b, "2023-07-01");
    assert_int_equal(timex_resolve("may 2023", NULL, b, e), 0);     /* lower case */
    assert_string_equal(b, "2023-05-01");
    assert_string_equal(e, "2023-05-31");
    assert_int_equal(timex_resolve("friday", PUB, b, e), 0);
    assert_string_equal(b, "2024-04-19");
    assert_int_equal(timex_resolve("June 19, 2023", NULL, b, e), 0);
    assert_string_equal(b, "2023-06-19");
    /* relative without a base, nonsense, trailing words, empty, NULL */
    assert_int_equal(timex_resolve("last month", "", b, e), -1);
    assert_string_equal(b, "");
    assert_int_equal(timex_resolve("banana", PUB, b, e), -1);
    assert_int_equal(timex_resolve("last month please", PUB, b, e), -1);
    assert_int_equal(timex_resolve("", PUB, b, e), -1);
    assert_int_equal(timex_resolve(NULL, PUB, b, e), -1);
    assert_int_equal(timex_resolve("\xff\xfe", PUB, b, e), -1);
}

static void test_bad_input(void **state)
{
    dz_analysis a;
    static const char bad[] = "Last year\xff\xfe\xc3 in \x80November 2023\0 and today\xe2\x80";
    char *huge;
    size_t n, i;
    const char *unit = "On June 19, 2023, and again last week, they met. \xe2\x80\x94 ";
    (void)state;
    /* empty */
    run(&a, "", PUB);
    assert_int_equal(a.ntimexes, 0);
    dz_analysis_free(&a);
    dz_analysis_init(&a, NULL, 0, PUB);
    assert_int_equal(timex_find(&a), 0);
    assert_int_equal(a.ntimexes, 0);
    dz_analysis_free(&a);
    /* invalid UTF-8, a NUL byte inside, a cut sequence at the end */
    dz_analysis_init(&a, bad, sizeof bad - 1, PUB);
    assert_int_equal(timex_find(&a), 0);
    assert_true(a.ntimexes >= 3);
    for (i = 0; i < (size_t)a.ntimexes; i++) {
        assert_true(a.timexes[i].start >= 0);
        assert_true((size_t)a.timexes[i].end <= sizeof bad - 1);
    }
    find(&a, "November 2023");
    dz_analysis_free(&a);
    /* huge: 4 MB of text, every expression found */
    n = strlen(unit);
    huge = malloc(n * 80000 + 1);
    assert_non_null(huge);
    for (i = 0; i < 80000; i++)
        memcpy(huge + i * n, unit, n);
    huge[n * 80000] = 0;
    dz_analysis_init(&a, huge, n * 80000, PUB);
    assert_int_equal(timex_find(&a), 0);
    assert_int_equal(a.ntimexes, 160000);
    assert_string_equal(a.timexes[159999].value, "2024-W16");
    dz_analysis_free(&a);
    free(huge);
    /* a single enormous word and a long run of digits */
    huge = malloc(1 << 20);
    assert_non_null(huge);
    memset(huge, 'a', 1 << 20);
    memset(huge + 1000, '9', 5000);
    dz_analysis_init(&a, huge, 1 << 20, PUB);
    assert_int_equal(timex_find(&a), 0);
    assert_int_equal(a.ntimexes, 0);
    dz_analysis_free(&a);
    free(huge);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_sorted),
        cmocka_unit_test(test_full_dates),
        cmocka_unit_test(test_partial_dates),
        cmocka_unit_test(test_relative_periods),
        cmocka_unit_test(test_in_the_week),
        cmocka_unit_test(test_deictic_and_weekdays),
        cmocka_unit_test(test_holidays),
        cmocka_unit_test(test_durations_and_sets),
        cmocka_unit_test(test_no_publication_date),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_sentence_tense),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
