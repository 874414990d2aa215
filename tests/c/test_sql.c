/*
** test_sql.c — the query builder (query/sql.h): parameters numbered in the
** order pushed, and a failed step anywhere in building a query is never a
** query run without its filters. Each query module is built with the nth
** building step failing, for every n: the call must fail with "out of
** memory" and nothing else, or (once n is past the last step) return the
** same rows as with no fault.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "core/core.h"
#include "query/sql.h"
#include "query/search.h"
#include "query/action_query.h"
#include "query/entity_query.h"
#include "query/network.h"

static dossier *corpus(void)
{
    static const char *titles[] = { "Oil talks in Vienna", "Oil prices fall",
                                    "Grain exports rise" };
    static const char *dates[] = { "2024-01-10", "2024-02-10", "2024-02-20" };
    dossier *d = NULL;
    int i;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    for (i = 0; i < 3; i++) {
        dossier_article a;
        memset(&a, 0, sizeof a);
        a.title = titles[i];
        a.body = "Ministers met on Monday to talk about oil and grain. Japanese"
                 " officials met Chinese officials in Japan. Iran attacked Iraq"
                 " on Tuesday.";
        a.published = dates[i];
        assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    }
    return d;
}

static void test_numbering(void **state)
{
    dz_sql q = { 0 };
    dz_article_filter f;
    (void)state;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    f.kind = "article";
    assert_int_equal(sql_text(&q, "x"), 1);
    assert_int_equal(sql_int(&q, 5), 2);
    sql_add(&q, "SELECT 1 FROM articles a WHERE ?1 = ?2");
    sql_article_filter(&q, &f, "a");
    assert_string_equal(q.text.data, "SELECT 1 FROM articles a WHERE ?1 = ?2"
                        " AND a.published >= ?3 AND a.kind = ?4");
    assert_int_equal(q.nparams, 4);
    sql_free(&q);
}

/* Rows of a cursor, or -1 when there is none. */
static int rows(dz_cursor *c)
{
    int n = 0;
    if (!c)
        return -1;
    while (dz_cursor_step(c) == 1)
        n++;
    dz_cursor_free(c);
    return n;
}

/* Each query under test: returns its row count, or -1 on failure. */
static int q_articles_list(dossier *d)
{
    dz_article_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    strcpy(f.until, "2024-02-15");
    f.kind = "article";
    f.limit = 10;
    return rows(articles_list(d, &f));
}

static int q_articles_count(dossier *d)
{
    dz_article_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    return (int)articles_count(d, &f);
}

static int q_search(dossier *d)
{
    search_opts o;
    memset(&o, 0, sizeof o);
    strcpy(o.f.since, "2024-02-01");
    o.f.limit = 10;
    return rows(search_query(d, "oil", 3, &o));
}

static int q_search_newest(dossier *d)
{
    search_opts o;
    memset(&o, 0, sizeof o);
    strcpy(o.f.until, "2024-01-31");
    o.f.newest_first = 1;
    return rows(search_query(d, "oil", 3, &o));
}

static int q_search_count(dossier *d)
{
    search_opts o;
    memset(&o, 0, sizeof o);
    strcpy(o.f.since, "2024-02-01");
    return (int)search_count(d, "oil", 3, &o);
}

static int q_kwic(dossier *d)
{
    dz_article_filter f;
    search_kwic k;
    int rc, n;
    memset(&f, 0, sizeof f);
    memset(&k, 0, sizeof k);
    strcpy(f.since, "2024-02-01");
    rc = search_kwic_run(d, "oil", 3, 20, &f, &k);
    n = rc == 0 ? k.n : -1;
    search_kwic_free(&k);
    return n;
}

static int q_actions(dossier *d)
{
    dz_action_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    strcpy(f.until, "2024-02-28");
    f.actor = "Japan";
    f.verb = "met";
    f.limit = 10;
    return rows(actions_query(d, &f));
}

static int q_actions_all(dossier *d)
{
    dz_action_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.until, "2024-01-31");
    return rows(actions_query(d, &f));
}

static int q_events(dossier *d)
{
    dz_action_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-01-01");
    f.category = 4;
    return rows(actions_events(d, &f));
}

static int q_top_month(dossier *d)          /* one whole month */
{
    dz_entity_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    strcpy(f.until, "2024-02-29");
    f.type = "country";
    f.limit = 10;
    return rows(entities_top(d, &f));
}

static int q_top_months(dossier *d)         /* months and edge days */
{
    dz_entity_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-01-05");
    strcpy(f.until, "2024-02-29");
    f.type = "country";
    return rows(entities_top(d, &f));
}

static int q_top_days(dossier *d)           /* less than a month */
{
    dz_entity_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-15");
    strcpy(f.until, "2024-02-25");
    f.type = "country";
    return rows(entities_top(d, &f));
}

static int q_mentions(dossier *d)
{
    dz_entity_filter f;
    int64_t id = 0;
    memset(&f, 0, sizeof f);
    strcpy(f.since, "2024-02-01");
    if (entities_resolve(d, "Japan", &id) != DOSSIER_OK || !id)
        return -2;
    return rows(entities_mentions(d, id, &f));
}

static int q_pairs(dossier *d)
{
    dz_entity_filter f;
    memset(&f, 0, sizeof f);
    strcpy(f.until, "2024-01-31");
    return rows(entities_pairs(d, &f));
}

static int q_network(dossier *d)            /* nodes + edges, or -1 */
{
    dz_network_opts o;
    dz_network n;
    int64_t id = 0;
    int rc;
    memset(&o, 0, sizeof o);
    memset(&n, 0, sizeof n);
    strcpy(o.since, "2024-02-01");
    strcpy(o.until, "2024-02-29");
    o.min = 1;
    o.limit = 10;
    o.actions = 1;
    if (entities_resolve(d, "Japan", &id) != DOSSIER_OK || !id)
        return -2;
    rc = network_around(d, id, &o, &n);
    rc = rc == DOSSIER_OK ? n.nnodes * 100 + n.nedges : -1;
    network_free(&n);
    return rc;
}

/* February's sentences naming Japan name China too: two nodes, one
** co-occurrence edge and one action edge (Japan met China). */
#define NETWORK_SHAPE (2 * 100 + 2)

/* Fail each building step of query in turn. */
static void fail_each_step(int (*query)(dossier *d), int expected)
{
    dossier *d = corpus();
    int n, got;
    sql_fail_after(0);
    assert_int_equal(query(d), expected);
    for (n = 1; n < 2000; n++) {
        sql_fail_after(n);
        got = query(d);
        if (got == expected) {          /* n is past the last step */
            sql_fail_after(0);
            break;
        }
        assert_int_equal(got, -1);
        assert_string_equal(dossier_errmsg(d), "out of memory");
    }
    assert_true(n > 1 && n < 2000);
    dossier_close(d);
}

static void test_fault_articles_list(void **s) { (void)s; fail_each_step(q_articles_list, 1); }
static void test_fault_articles_count(void **s) { (void)s; fail_each_step(q_articles_count, 2); }
static void test_fault_search(void **s) { (void)s; fail_each_step(q_search, 2); }
static void test_fault_search_newest(void **s) { (void)s; fail_each_step(q_search_newest, 1); }
static void test_fault_search_count(void **s) { (void)s; fail_each_step(q_search_count, 2); }
static void test_fault_kwic(void **s) { (void)s; fail_each_step(q_kwic, 2); }
/* a failure in the filters built apart (actor, verb, ...) must not run
** the query without them: it would return every action */
static void test_fault_actions(void **s) { (void)s; fail_each_step(q_actions, 2); }
static void test_fault_actions_all(void **s) { (void)s; fail_each_step(q_actions_all, 2); }
static void test_fault_events(void **s) { (void)s; fail_each_step(q_events, 3); }
static void test_fault_top_month(void **s) { (void)s; fail_each_step(q_top_month, 4); }
static void test_fault_top_months(void **s) { (void)s; fail_each_step(q_top_months, 4); }
static void test_fault_top_days(void **s) { (void)s; fail_each_step(q_top_days, 4); }
static void test_fault_mentions(void **s) { (void)s; fail_each_step(q_mentions, 4); }
static void test_fault_pairs(void **s) { (void)s; fail_each_step(q_pairs, 2); }
static void test_fault_network(void **s) { (void)s; fail_each_step(q_network, NETWORK_SHAPE); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_numbering),
        cmocka_unit_test(test_fault_articles_list),
        cmocka_unit_test(test_fault_articles_count),
        cmocka_unit_test(test_fault_search),
        cmocka_unit_test(test_fault_search_newest),
        cmocka_unit_test(test_fault_search_count),
        cmocka_unit_test(test_fault_kwic),
        cmocka_unit_test(test_fault_actions),
        cmocka_unit_test(test_fault_actions_all),
        cmocka_unit_test(test_fault_events),
        cmocka_unit_test(test_fault_top_month),
        cmocka_unit_test(test_fault_top_months),
        cmocka_unit_test(test_fault_top_days),
        cmocka_unit_test(test_fault_mentions),
        cmocka_unit_test(test_fault_pairs),
        cmocka_unit_test(test_fault_network),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
