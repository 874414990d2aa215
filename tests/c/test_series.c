/*
** test_series.c — series and networks from C (query/series.h,
** query/network.h): bucket sums equal plain counts, week buckets start on
** Monday, the CAMEO quad classes, the network's shape, and the actions
** series built with every building step failing (query/sql.h): a clean
** "out of memory", never a series with a filter missing.
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
#include "query/series.h"
#include "query/network.h"
#include "query/entity_query.h"

/* Twelve articles, one every five days from 2024-01-02. */
static dossier *corpus(void)
{
    static const char *bodies[] = {
        "China warned Japan over the islands. Japan criticized China.",
        "Russia and China signed a trade deal in Moscow.",
        "The United States sanctioned Russia.",
    };
    dossier *d = NULL;
    int i;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    for (i = 0; i < 12; i++) {
        dossier_article a;
        char date[11], title[32];
        int y, m, dd;
        dz_days_to_date(dz_date_to_days(2024, 1, 2) + 5 * i, &y, &m, &dd);
        dz_date_format(date, y, m, dd);
        snprintf(title, sizeof title, "Story %d", i);
        memset(&a, 0, sizeof a);
        a.title = title;
        a.body = bodies[i % 3];
        a.published = date;
        assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    }
    return d;
}

/* One integer from a query with up to two text parameters. */
static int64_t scalar(dossier *d, const char *sql, const char *a, const char *b)
{
    dz_cursor *c = dz_cursor_new(&d->store, sql);
    int64_t v = -1;
    assert_non_null(c);
    if (a)
        dz_cursor_bind_text(c, 1, a);
    if (b)
        dz_cursor_bind_text(c, 2, b);
    if (dz_cursor_step(c) == 1)
        v = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return v;
}

static void test_entity_weeks(void **state)
{
    dossier *d = corpus();
    dz_series_opts o;
    dz_series s = { 0 };
    int64_t id = 0;
    int i;
    (void)state;
    assert_int_equal(entities_resolve(d, "China", &id), DOSSIER_OK);
    assert_true(id > 0);
    memset(&o, 0, sizeof o);
    o.unit = DZ_SERIES_WEEK;
    strcpy(o.since, "2024-01-05");
    strcpy(o.until, "2024-02-20");
    o.totals = 1;
    assert_int_equal(series_entity(d, id, &o, &s), DOSSIER_OK);
    assert_string_equal(s.b[0].start, "2024-01-05");        /* clipped */
    assert_string_equal(s.b[s.n - 1].end, "2024-02-20");
    for (i = 0; i < s.n; i++) {
        int y, m, dd;
        char q[256];
        snprintf(q, sizeof q, "SELECT count(*) FROM mentions m JOIN articles a"
                 " ON a.id = m.article JOIN entities e ON e.id = m.entity"
                 " WHERE e.name = 'China' AND a.published BETWEEN ?1 AND ?2");
        assert_int_equal(s.b[i].count, scalar(d, q, s.b[i].start, s.b[i].end));
        assert_int_equal(s.b[i].total, scalar(d, "SELECT count(*) FROM articles"
                         " WHERE published BETWEEN ?1 AND ?2", s.b[i].start, s.b[i].end));
        dz_date_parse(s.b[i].start, &y, &m, &dd);
        if (i > 0)
            assert_int_equal(dz_date_weekday(y, m, dd), 0);   /* Monday */
    }
    series_free(&s);
    dossier_close(d);
}

static void test_units_and_quads(void **state)
{
    dz_series_unit u;
    (void)state;
    assert_int_equal(series_unit_parse("week", &u), 0);
    assert_int_equal(u, DZ_SERIES_WEEK);
    assert_int_equal(series_unit_parse("year", &u), -1);
    assert_int_equal(network_quad(1), 1);
    assert_int_equal(network_quad(5), 1);
    assert_int_equal(network_quad(6), 2);
    assert_int_equal(network_quad(9), 2);
    assert_int_equal(network_quad(10), 3);
    assert_int_equal(network_quad(14), 3);
    assert_int_equal(network_quad(15), 4);
    assert_int_equal(network_quad(20), 4);
    assert_int_equal(network_quad(0), 0);
    assert_int_equal(network_quad(21), 0);
    assert_string_equal(network_quad_name(4), "material conflict");
}

static void test_network(void **state)
{
    dossier *d = corpus();
    dz_network_opts o;
    dz_network n = { 0 };
    int64_t id = 0;
    int i, actions = 0;
    (void)state;
    assert_int_equal(entities_resolve(d, "China", &id), DOSSIER_OK);
    memset(&o, 0, sizeof o);
    o.actions = 1;
    assert_int_equal(network_around(d, id, &o, &n), DOSSIER_OK);
    assert_true(n.nnodes >= 3);
    assert_true(n.nodes[0].center && n.nodes[0].id == id);
    for (i = 0; i < n.nedges; i++) {
        assert_true(n.edges[i].a >= 0 && n.edges[i].a < n.nnodes);
        assert_true(n.edges[i].b >= 0 && n.edges[i].b < n.nnodes);
        assert_true(n.edges[i].weight >= 1);
        if (n.edges[i].kind == DZ_EDGE_ACTION) {
            actions++;
            assert_true(n.edges[i].quad >= 1 && n.edges[i].quad <= 4);
            assert_true(n.nodes[n.edges[i].a].id == id || n.nodes[n.edges[i].b].id == id);
        }
    }
    assert_true(actions >= 2);
    network_free(&n);
    o.type = "planet";
    assert_int_equal(network_around(d, id, &o, &n), DOSSIER_MISUSE);
    network_free(&n);
    dossier_close(d);
}

/* The actions series of China on Japan with the nth building step failing:
** "out of memory", or the very buckets made without a fault. */
static void test_actions_faults(void **state)
{
    dossier *d = corpus();
    dz_action_filter f;
    dz_series_opts o;
    dz_series want = { 0 };
    int n, failed = 0, i;
    (void)state;
    memset(&f, 0, sizeof f);
    memset(&o, 0, sizeof o);
    f.actor = "China";
    f.target = "Japan";
    f.verb = "warned";
    o.unit = DZ_SERIES_MONTH;
    assert_int_equal(series_actions(d, &f, &o, &want), DOSSIER_OK);
    assert_true(want.n >= 2);
    for (n = 1; n < 100; n++) {
        dz_series got = { 0 };
        int rc;
        sql_fail_after(n);
        rc = series_actions(d, &f, &o, &got);
        sql_fail_after(0);
        if (rc != DOSSIER_OK) {
            assert_string_equal(dossier_errmsg(d), "out of memory");
            failed++;
        } else {
            assert_int_equal(got.n, want.n);
            for (i = 0; i < got.n; i++) {
                assert_int_equal(got.b[i].count, want.b[i].count);
                assert_int_equal(got.b[i].events, want.b[i].events);
            }
        }
        series_free(&got);
        if (rc == DOSSIER_OK)
            break;
    }
    assert_true(failed > 3);
    {
        int64_t total = 0;
        for (i = 0; i < want.n; i++)
            total += want.b[i].count;
        /* one warning of Japan every 15 days, from the first article */
        assert_int_equal(total, 4);
    }
    series_free(&want);
    dossier_close(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entity_weeks),
        cmocka_unit_test(test_units_and_quads),
        cmocka_unit_test(test_network),
        cmocka_unit_test(test_actions_faults),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
