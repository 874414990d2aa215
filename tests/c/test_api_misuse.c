/*
** test_api_misuse.c — the public C API (include/dossier.h) called the
** wrong way by an embedder: NULL strings and records, bad dates, invalid
** UTF-8 and huge fields, Lua code that errors or returns odd values.
** Every call returns a code with a message; none crashes or prints.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "dossier_lua.h"

/* Fill buf (n bytes + NUL) with copies of s. */
static void fill(char *buf, size_t n, const char *s)
{
    size_t k = strlen(s), i;
    for (i = 0; i + k <= n; i += k)
        memcpy(buf + i, s, k);
    buf[i] = 0;
}

static dossier *open_memory(void)
{
    dossier *d = NULL;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    return d;
}

static void assert_error(dossier *d, int rc, int expected)
{
    assert_int_equal(rc, expected);
    assert_true(strlen(dossier_errmsg(d)) > 0);
    assert_string_not_equal(dossier_errmsg(d), "no error");
}

static void test_open_close(void **state)
{
    dossier *d = NULL;
    (void)state;
    assert_error(d, dossier_open(NULL, &d), DOSSIER_MISUSE);
    assert_non_null(d);
    dossier_close(d);
    d = NULL;
    assert_error(d, dossier_open("", &d), DOSSIER_MISUSE);
    dossier_close(d);
    d = NULL;
    assert_int_not_equal(dossier_open("/nonexistent-dir/x.db", &d), DOSSIER_OK);
    assert_non_null(strstr(dossier_errmsg(d), "nonexistent"));
    dossier_close(d);
    dossier_close(NULL);
    dossier_free(NULL);
    assert_non_null(dossier_errmsg(NULL));
    dossier_interrupt(NULL);
    assert_non_null(dossier_version());
}

static void test_articles(void **state)
{
    dossier *d = open_memory();
    dossier_article a;
    char *big;
    int64_t id = -5;
    (void)state;

    assert_error(d, dossier_article_add(d, NULL, &id), DOSSIER_MISUSE);
    memset(&a, 0, sizeof a);
    assert_error(d, dossier_article_add(d, &a, &id), DOSSIER_MISUSE);
    a.title = "";
    a.body = "";
    assert_error(d, dossier_article_add(d, &a, &id), DOSSIER_MISUSE);
    a.title = "Kind";
    a.kind = "editorial";
    assert_error(d, dossier_article_add(d, &a, &id), DOSSIER_MISUSE);
    a.kind = NULL;
    a.published = "2024-02-30";
    assert_error(d, dossier_article_add(d, &a, &id), DOSSIER_MISUSE);
    a.published = "yesterday";
    assert_error(d, dossier_article_add(d, &a, &id), DOSSIER_MISUSE);
    a.published = NULL;
    assert_int_equal(dossier_article_count(d), 0);

    /* odd but valid: invalid UTF-8, control bytes, a bad meta JSON */
    a.title = "\xff\xfe broken \xc3";
    a.body = "China\x01 and \x1b[31mJapan\xe2\x82 met.";
    a.meta = "{not json";
    a.date_source = "whatever";
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    assert_true(id > 0);
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_DUPLICATE);

    /* a 1 MB body of one repeated sentence, and a 4 MB word */
    big = malloc(4 << 20 | 1);
    assert_non_null(big);
    fill(big, 1 << 20, "Russia and Ukraine exchanged prisoners in Istanbul. ");
    memset(&a, 0, sizeof a);
    a.title = "Big";
    a.body = big;
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    memset(big, 'x', 4 << 20);
    big[4 << 20] = 0;
    a.title = "Long word";
    /* over the per-article limit: refused alone, with a message */
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_TOOBIG);
    assert_non_null(strstr(dossier_errmsg(d), "limit for one article"));
    big[DOSSIER_MAX_ARTICLE_BYTES] = 0;
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    free(big);
    assert_int_equal(dossier_article_count(d), 3);
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    dossier_close(d);
}

/* Many short sentences: analysis must stay linear in the number of
** sentences (actions.c once rescanned every mention and time expression
** for each sentence: 2 MB of "China. " took two minutes). */
static void test_many_sentences(void **state)
{
    dossier *d;
    dossier_article a;
    char *big;
    (void)state;
    d = open_memory();
    big = malloc(1 << 20 | 1);
    assert_non_null(big);
    fill(big, 1 << 20, "China. ");
    memset(&a, 0, sizeof a);
    a.title = "Many sentences";
    a.body = big;
    alarm(90);                  /* linear work takes seconds even under ASan */
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    alarm(0);
    free(big);
    dossier_close(d);
}

static void test_asof(void **state)
{
    dossier *d = open_memory();
    (void)state;
    assert_error(d, dossier_set_asof(d, "2024-13-01"), DOSSIER_MISUSE);
    assert_error(d, dossier_set_asof(d, "soon"), DOSSIER_MISUSE);
    assert_error(d, dossier_set_asof(d, "2024-04-23 and more"), DOSSIER_MISUSE);
    assert_int_equal(dossier_set_asof(d, "latest") == DOSSIER_OK, 0); /* no dated article */
    assert_int_equal(dossier_set_asof(d, "2024-04-23"), DOSSIER_OK);
    assert_string_equal(dossier_asof(d), "2024-04-23");
    assert_int_equal(dossier_set_asof(d, NULL), DOSSIER_OK);
    assert_int_equal(strlen(dossier_asof(d)), 10);
    dossier_close(d);
}

static void test_eval(void **state)
{
    dossier *d = open_memory();
    char *out = (char *)1;
    (void)state;
    assert_error(d, dossier_eval(d, NULL, &out), DOSSIER_MISUSE);
    assert_null(out);
    assert_error(d, dossier_eval(d, "error('boom')", &out), DOSSIER_ERROR);
    assert_non_null(strstr(dossier_errmsg(d), "boom"));
    assert_error(d, dossier_eval(d, "error({})", &out), DOSSIER_ERROR);
    assert_error(d, dossier_eval(d, "local x = = 1", &out), DOSSIER_ERROR);
    assert_error(d, dossier_eval(d, "\x1bLua\x54\x00garbage", &out), DOSSIER_ERROR);
    assert_error(d, dossier_eval(d, "local t = {} t[1] = t return t", &out), DOSSIER_ERROR);
    assert_error(d, dossier_eval(d, "debug.setmetatable(0, {__tostring = "
                                    "function() error('x') end}) return 1", &out),
                 DOSSIER_ERROR);
    /* a table converts to JSON without calling its __tostring */
    assert_int_equal(dossier_eval(d, "return setmetatable({}, {__tostring = "
                                     "function() error('x') end})", &out), DOSSIER_OK);
    assert_string_equal(out, "{}\n");
    dossier_free(out);
    assert_int_equal(dossier_eval(d, "return nil", &out), DOSSIER_OK);
    assert_null(out);
    assert_int_equal(dossier_eval(d, "return 'a\\0b'", &out), DOSSIER_OK);
    assert_non_null(out);
    dossier_free(out);
    assert_int_equal(dossier_eval(d, "return 0/0", &out), DOSSIER_OK);
    dossier_free(out);
    assert_int_equal(dossier_eval(d, "return {1, 'x', {y = true}}", &out), DOSSIER_OK);
    assert_string_equal(out, "[1,\"x\",{\"y\":true}]\n");
    dossier_free(out);
    /* the corpus handed in is not closed by a script that closes it */
    assert_int_equal(dossier_eval(d, "dossier.corpus:close()", &out), DOSSIER_OK);
    assert_int_equal(dossier_eval(d, "return articles.count()", &out), DOSSIER_OK);
    assert_string_equal(out, "0");
    dossier_free(out);
    dossier_close(d);
}

static void test_ingest(void **state)
{
    dossier *d = open_memory();
    dossier_ingest_stats st;
    dossier_ingest_opts o;
    (void)state;
    memset(&o, 0, sizeof o);
    assert_int_not_equal(dossier_ingest(d, "/nonexistent/x.txt", NULL, NULL), DOSSIER_OK);
    assert_true(strlen(dossier_errmsg(d)) > 0);
    o.format = "no-such-format";
    assert_int_not_equal(dossier_ingest(d, "/dev/null", &o, &st), DOSSIER_OK);
    o.format = NULL;
    o.date = "not a date";
    assert_int_not_equal(dossier_ingest(d, "/dev/null", &o, &st), DOSSIER_OK);
    assert_int_equal(dossier_article_count(d), 0);
    dossier_close(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_close),
        cmocka_unit_test(test_articles),
        cmocka_unit_test(test_many_sentences),
        cmocka_unit_test(test_asof),
        cmocka_unit_test(test_eval),
        cmocka_unit_test(test_ingest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
