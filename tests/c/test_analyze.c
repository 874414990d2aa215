/*
** test_analyze.c — the analysis pool: with worker threads and without,
** every job gives the same analysis as the pipeline run directly, in
** order; a full pool refuses more; stopping early frees what is left.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "analysis/analyze.h"

#define NTEXTS 200

static char texts[NTEXTS][200];

static void make_texts(void)
{
    int i;
    for (i = 0; i < NTEXTS; i++)
        snprintf(texts[i], sizeof texts[i],
                 "Talks resumed on %d March. %s The envoy left on Friday%s",
                 1 + i % 28, i % 3 ? "They ended late." : "",
                 i % 5 ? ". He said more would follow in 2025." : ".");
}

/* Push every text, take the analyses back in order, and compare each
** with the pipeline run directly. */
static void run_pool(int threads)
{
    dz_analyzer *z;
    int i;
    make_texts();
    z = analyzer_start(NULL, NTEXTS, threads);
    assert_non_null(z);
    for (i = 0; i < NTEXTS; i++)
        assert_int_equal(analyzer_push(z, texts[i], strlen(texts[i]),
                                       "2024-03-01"), i);
    assert_int_equal(analyzer_push(z, "x", 1, NULL), -1);   /* full */
    for (i = 0; i < NTEXTS; i++) {
        dz_analysis direct, *an = analyzer_wait(z, i);
        int t;
        assert_non_null(an);
        dz_analysis_init(&direct, texts[i], strlen(texts[i]), "2024-03-01");
        assert_int_equal(analyze_text(NULL, &direct), 0);
        assert_ptr_equal(an->text, texts[i]);
        assert_int_equal(an->nsentences, direct.nsentences);
        assert_int_equal(an->ntokens, direct.ntokens);
        assert_int_equal(an->ntimexes, direct.ntimexes);
        for (t = 0; t < an->ntimexes; t++) {
            assert_int_equal(an->timexes[t].start, direct.timexes[t].start);
            assert_string_equal(an->timexes[t].value ? an->timexes[t].value : "",
                                direct.timexes[t].value ? direct.timexes[t].value : "");
        }
        dz_analysis_free(&direct);
        analyzer_release(z, i);
    }
    analyzer_stop(z);
}

static void test_no_threads(void **state) { (void)state; run_pool(0); }
static void test_one_thread(void **state) { (void)state; run_pool(1); }
static void test_four_threads(void **state) { (void)state; run_pool(4); }

/* Stopping with jobs queued, running and finished frees them all (the
** sanitizer run checks for leaks). */
static void test_stop_early(void **state)
{
    dz_analyzer *z;
    int i;
    (void)state;
    make_texts();
    z = analyzer_start(NULL, NTEXTS, 2);
    assert_non_null(z);
    for (i = 0; i < NTEXTS; i++)
        analyzer_push(z, texts[i], strlen(texts[i]), NULL);
    assert_non_null(analyzer_wait(z, 0));
    analyzer_release(z, 0);
    assert_non_null(analyzer_wait(z, 1));
    analyzer_stop(z);
    analyzer_stop(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_threads),
        cmocka_unit_test(test_one_thread),
        cmocka_unit_test(test_four_threads),
        cmocka_unit_test(test_stop_early),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
