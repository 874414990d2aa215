/*
** test_query_periods.c — entities_top and actions_query over periods give
** exactly what counting the rows themselves gives. The entity_months
** summary (schema v4) stays equal to the mentions it sums after adds,
** merges, reanalysis, article deletion, date and kind changes, entity
** deletion and migration; entities_top matches the plain count over the
** mentions, and actions_query the plain overlap test, on random periods
** and filters over a generated corpus. A search restricted to a period
** (which FTS5 walks month by month, schema v6) returns the top of the
** exhaustive ranking of every match, and its scores are those of FTS5's
** own bm25 over an index of the text columns alone.
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
#include "core/core.h"
#include "store/store.h"
#include "query/entity_query.h"
#include "analysis/actions.h"
#include "query/action_query.h"
#include "query/search.h"
#include "testdb.h"

static const char *const names[] = {
    "United States", "Russia", "China", "Japan", "France", "Germany",
    "Israel", "Egypt", "India", "Pakistan", "Turkey", "Syria", "Brazil",
    "Argentina", "Canada", "Venezuela", "Ukraine", "Angela Merkel",
    "Emmanuel Macron", "Joe Biden", "Xi Jinping", "Vladimir Putin",
};
static const char *const verbs[] = {
    "criticized", "met", "accused", "praised", "condemned", "sanctioned",
    "attacked", "signed an agreement with", "called", "will meet",
};
static const char *const whens[] = {
    "last year", "next month", "on Tuesday", "in March", "in 2019",
    "last summer", "this year", "last month", "last week", "in the spring",
    "in the third quarter", "yesterday", "in 2017", "next year",
    "in the first half of the year", "in the winter", "",
};
#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

static uint64_t rng = 88172645463325252ULL;

/* xorshift64: a fixed sequence, so failures repeat */
static int rnd(int n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (int)(rng % (uint64_t)n);
}

/* A random date in years lo..hi, often the first or last of a month. */
static void rnd_date(char out[11], int lo, int hi, int edge_bias)
{
    int y = lo + rnd(hi - lo + 1), m = 1 + rnd(12), r = rnd(10), dd;
    int last = dz_days_in_month(y, m);
    if (r < edge_bias)
        dd = 1;
    else if (r < 2 * edge_bias)
        dd = last;
    else
        dd = 1 + rnd(last);
    dz_date_format(out, y, m, dd);
}

/* Add n generated articles: random dates (some undated), kinds, and
** sentences naming entities and their actions at various times. */
static void add_corpus(dossier *d, int n, int first)
{
    static const char *const kinds[] = { "article", "article", "article",
                                         "teaser", "link" };
    int i, j;
    for (i = 0; i < n; i++) {
        char title[32], date[11], body[2048];
        size_t len = 0;
        dossier_article a = { 0 };
        int ns = 1 + rnd(5);
        snprintf(title, sizeof title, "Article %d", first + i);
        rnd_date(date, 2018, 2021, 2);
        body[0] = 0;
        for (j = 0; j < ns; j++) {
            const char *w = whens[rnd(N(whens))];
            len += (size_t)snprintf(body + len, sizeof body - len, "%s %s %s%s%s. ",
                                    names[rnd(N(names))], verbs[rnd(N(verbs))],
                                    names[rnd(N(names))], *w ? " " : "", w);
        }
        a.title = title;
        a.body = body;
        a.published = rnd(12) ? date : NULL;
        a.kind = kinds[rnd(N(kinds))];
        assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    }
}

static int64_t count(dossier *d, const char *sql)
{
    dz_cursor *c = dz_sql_readonly(&d->store, sql);
    int64_t v;
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    v = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return v;
}

/* entity_months equals the sums over the mentions, row for row. */
static void check_summary(dossier *d)
{
    static const char sums[] =
        "SELECT substr(a.published, 1, 7), m.entity, count(*),"
        " count(DISTINCT m.article), sum(a.kind = 'teaser'),"
        " count(DISTINCT CASE WHEN a.kind = 'teaser' THEN m.article END),"
        " sum(a.kind = 'link'),"
        " count(DISTINCT CASE WHEN a.kind = 'link' THEN m.article END)"
        " FROM mentions m JOIN articles a ON a.id = m.article"
        " WHERE a.published IS NOT NULL GROUP BY 1, 2";
    static const char table[] =
        "SELECT month, entity, mentions, articles, teaser_mentions,"
        " teaser_articles, link_mentions, link_articles FROM entity_months";
    char sql[2048];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT * FROM (%s EXCEPT %s)"
             " UNION ALL SELECT * FROM (%s EXCEPT %s))", sums, table, table, sums);
    assert_int_equal(count(d, sql), 0);
    assert_true(count(d, "SELECT count(*) FROM entity_months") > 0);
}

static void bind_opt(dz_cursor *c, int i, const char *s)
{
    if (s && *s)
        dz_cursor_bind_text(c, i, s);
    else
        dz_cursor_bind_null(c, i);
}

/* entities_top(f) gives the rows of the plain count over the mentions. */
static void check_top(dossier *d, const dz_entity_filter *f)
{
    dz_cursor *got = entities_top(d, f), *want = dz_sql_readonly(&d->store,
        "SELECT e.name, e.type, count(*), count(DISTINCT m.article)"
        " FROM mentions m JOIN entities e ON e.id = m.entity"
        " JOIN articles ar ON ar.id = m.article"
        " WHERE (?1 IS NULL OR e.type = ?1) AND ((?2 IS NULL AND ?3 IS NULL)"
        "  OR ar.published BETWEEN coalesce(?2, '0000-00-00')"
        "  AND coalesce(?3, '9999-12-31')) AND (?4 IS NULL OR ar.kind = ?4)"
        " GROUP BY e.id ORDER BY 3 DESC, 4 DESC, e.name, e.type LIMIT ?5");
    int rows = 0, a, b;
    assert_non_null(got);
    assert_non_null(want);
    bind_opt(want, 1, f->type);
    bind_opt(want, 2, f->since);
    bind_opt(want, 3, f->until);
    bind_opt(want, 4, f->kind);
    dz_cursor_bind_int(want, 5, f->limit > 0 ? f->limit : -1);
    for (;;) {
        a = dz_cursor_step(got);
        b = dz_cursor_step(want);
        if (a != b || a != 1)
            break;
        rows++;
        if (strcmp(dz_cursor_text(got, 0, NULL), dz_cursor_text(want, 0, NULL)) ||
            strcmp(dz_cursor_text(got, 1, NULL), dz_cursor_text(want, 1, NULL)) ||
            dz_cursor_int(got, 2) != dz_cursor_int(want, 2) ||
            dz_cursor_int(got, 3) != dz_cursor_int(want, 3))
            break;
    }
    if (a != b || a != 0)
        fail_msg("entities_top differs at row %d: since '%s' until '%s' kind %s"
                 " type %s limit %lld: %s %lld %lld / %s %lld %lld", rows + 1,
                 f->since, f->until, f->kind ? f->kind : "-",
                 f->type ? f->type : "-", (long long)f->limit,
                 a == 1 ? dz_cursor_text(got, 0, NULL) : "(end)",
                 (long long)(a == 1 ? dz_cursor_int(got, 2) : 0),
                 (long long)(a == 1 ? dz_cursor_int(got, 3) : 0),
                 b == 1 ? dz_cursor_text(want, 0, NULL) : "(end)",
                 (long long)(b == 1 ? dz_cursor_int(want, 2) : 0),
                 (long long)(b == 1 ? dz_cursor_int(want, 3) : 0));
    dz_cursor_free(got);
    dz_cursor_free(want);
}

/* A random date bound: open, or a date around the corpus's years. */
static void rnd_bound(char out[11])
{
    if (rnd(6) == 0)
        out[0] = 0;
    else
        rnd_date(out, 2017, 2022, 4);
}

static void random_tops(dossier *d, int n)
{
    static const char *const kinds[] = { NULL, NULL, NULL, "article", "teaser",
                                         "link", "page" };
    static const char *const types[] = { NULL, NULL, "person", "country" };
    static const int64_t limits[] = { 0, 1, 3, 10, 10, 1000 };
    int i;
    for (i = 0; i < n; i++) {
        dz_entity_filter f = { 0 };
        rnd_bound(f.since);
        rnd_bound(f.until);
        if (f.since[0] && f.until[0] && rnd(3) == 0) {
            /* exactly one month, as the benchmark asks */
            int y, m, dd;
            dz_date_parse(f.since, &y, &m, &dd);
            dz_date_format(f.since, y, m, 1);
            dz_date_format(f.until, y, m, dz_days_in_month(y, m));
        }
        f.kind = kinds[rnd(N(kinds))];
        f.type = types[rnd(N(types))];
        f.limit = limits[rnd(N(limits))];
        check_top(d, &f);
    }
}

/* actions_query(f) gives the rows of the query without its dates, kept
** when they overlap [since, until] (and begin at most 400 days before
** since), cut at the limit: what the single date-index query gave. */
static void check_actions(dossier *d, const dz_action_filter *f)
{
    dz_action_filter all = *f;
    dz_cursor *got, *want;
    char lower[11] = "";
    int rows = 0, a;
    all.since[0] = all.until[0] = 0;
    all.limit = 0;
    if (f->since[0]) {
        int y, m, dd;
        assert_int_equal(dz_date_parse(f->since, &y, &m, &dd), 0);
        dz_days_to_date(dz_date_to_days(y, m, dd) - 400, &y, &m, &dd);
        dz_date_format(lower, y, m, dd);
    }
    got = actions_query(d, f);
    want = actions_query(d, &all);
    assert_non_null(got);
    assert_non_null(want);
    while ((a = dz_cursor_step(got)) == 1) {
        int b;
        while ((b = dz_cursor_step(want)) == 1) {
            const char *ds = dz_cursor_text(want, 0, NULL);
            const char *de = dz_cursor_text(want, 1, NULL);
            if ((!f->until[0] || (ds && strcmp(ds, f->until) <= 0)) &&
                (!f->since[0] || (ds && de && strcmp(ds, lower) >= 0 &&
                                  strcmp(de, f->since) >= 0)))
                break;
        }
        rows++;
        if (b != 1 || dz_cursor_int(got, 13) != dz_cursor_int(want, 13))
            fail_msg("actions_query differs at row %d: since '%s' until '%s'"
                     " limit %lld: id %lld, want %lld", rows, f->since,
                     f->until, (long long)f->limit, (long long)dz_cursor_int(got, 13),
                     (long long)(b == 1 ? dz_cursor_int(want, 13) : -1));
    }
    assert_int_equal(a, 0);
    if (f->limit <= 0 || rows < f->limit) {
        /* nothing more matched */
        int b;
        while ((b = dz_cursor_step(want)) == 1) {
            const char *ds = dz_cursor_text(want, 0, NULL);
            const char *de = dz_cursor_text(want, 1, NULL);
            assert_false((!f->until[0] || (ds && strcmp(ds, f->until) <= 0)) &&
                         (!f->since[0] || (ds && de && strcmp(ds, lower) >= 0 &&
                                           strcmp(de, f->since) >= 0)));
        }
    }
    dz_cursor_free(got);
    dz_cursor_free(want);
}

static void random_actions(dossier *d, int n, int64_t narticles)
{
    static const char *const verbs_[] = { NULL, NULL, NULL, "meet", "criticize" };
    static const char *const mods[] = { NULL, NULL, NULL, "asserted", "planned" };
    static const char *const actors[] = { NULL, NULL, NULL, "Russia", "Joe Biden" };
    static const int64_t limits[] = { 0, 1, 5, 100, 100 };
    int i;
    for (i = 0; i < n; i++) {
        dz_action_filter f = { 0 };
        rnd_bound(f.since);
        rnd_bound(f.until);
        f.verb = verbs_[rnd(N(verbs_))];
        f.modality = mods[rnd(N(mods))];
        f.actor = actors[rnd(N(actors))];
        f.category = rnd(4) ? 0 : 1 + rnd(20);
        f.article = rnd(8) ? 0 : 1 + rnd((int)narticles);
        f.limit = limits[rnd(N(limits))];
        check_actions(d, &f);
    }
}

static void exec_ok(dossier *d, const char *sql)
{
    char *msg = NULL;
    int rc = sqlite3_exec(d->store.db, sql, NULL, NULL, &msg);
    if (rc != SQLITE_OK)
        fail_msg("%s: %s", sql, msg ? msg : "?");
}

/* dz_bm25 over the corpus's index equals FTS5's bm25 over an index of
** the three text columns alone (the index before the period column), to
** the last bit, for every match of each word. */
static void check_bm25(dossier *d)
{
    static const char *const words[] = { "Russia", "criticized", "met",
                                         "Article", "year", "Biden" };
    int i, rows = 0;
    assert_int_equal(sqlite3_exec(d->store.db,
        "CREATE VIRTUAL TABLE ref_fts USING fts5(title, dek, body,"
        " content='articles', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2');"
        "INSERT INTO ref_fts(ref_fts) VALUES ('rebuild')",
        NULL, NULL, NULL), SQLITE_OK);
    for (i = 0; i < N(words); i++) {
        sqlite3_stmt *st;
        assert_int_equal(sqlite3_prepare_v2(d->store.db,
            "SELECT r.id, r.s, f.s FROM"
            " (SELECT rowid AS id, bm25(ref_fts, 10.0, 3.0, 1.0) AS s"
            "  FROM ref_fts WHERE ref_fts MATCH ?1) r JOIN"
            " (SELECT rowid AS id, dz_bm25(articles_fts, 10.0, 3.0, 1.0) AS s"
            "  FROM articles_fts WHERE articles_fts MATCH"
            "  '{title dek body} : (' || ?1 || ')') f ON f.id = r.id",
            -1, &st, NULL), SQLITE_OK);
        sqlite3_bind_text(st, 1, words[i], -1, SQLITE_STATIC);
        while (sqlite3_step(st) == SQLITE_ROW) {
            assert_true(sqlite3_column_double(st, 1) == sqlite3_column_double(st, 2));
            rows++;
        }
        sqlite3_finalize(st);
    }
    assert_true(rows > 100);
    assert_int_equal(sqlite3_exec(d->store.db, "DROP TABLE ref_fts",
                                  NULL, NULL, NULL), SQLITE_OK);
}

/* n random searches over random periods (open or closed, a few days to
** over three years) and kinds: the top ten of search_query are the top
** ten of the exhaustive ranking, which scores every match and filters
** the articles in SQL. Rows tied with the tenth may come in either order:
** the scores must be equal, and the ids above the tenth's score too.
** More than n / share of them must find rows. */
static void random_searches(dossier *d, int n, int share)
{
    int i, compared = 0, narrowed = 0;
    for (i = 0; i < n; i++) {
        search_opts o;
        dz_cursor *c;
        sqlite3_stmt *st;
        dz_buf expr = { 0 };
        search_error e;
        char q[128];
        int64_t ids[10], ref_ids[10];
        double scores[10], ref_scores[10];
        int k = 0, r = 0, j, y0, m0, dd, y1, m1;
        memset(&o, 0, sizeof o);
        switch (rnd(8)) {   /* the shapes of the query language: each
                            ** phrase's rows are counted for the ranking */
        case 0: case 1:
            snprintf(q, sizeof q, "%s", names[rnd(N(names))]);
            break;
        case 2:
            snprintf(q, sizeof q, "title:(%s OR criticized) met",
                     names[rnd(N(names))]);
            break;
        case 3:
            snprintf(q, sizeof q, "NEAR(%s met, 5) -body:condemned",
                     names[rnd(N(names))]);
            break;
        case 4:
            snprintf(q, sizeof q, "crit* \"%s\"", names[rnd(N(names))]);
            break;
        default:
            snprintf(q, sizeof q, "%s %s", names[rnd(N(names))],
                     rnd(2) ? "criticized" : "met OR praised");
        }
        if (rnd(6))
            rnd_date(o.f.since, 2018, 2021, 3);
        if (rnd(6)) {
            rnd_date(o.f.until, 2018, 2021, 3);
            if (o.f.since[0] && rnd(3)) {
                /* often a short period after since */
                dz_date_parse(o.f.since, &y0, &m0, &dd);
                if (rnd(2))     /* whole months, read by their tokens */
                    dz_date_format(o.f.since, y0, m0, 1);
                y1 = y0; m1 = m0 + rnd(3);
                if (m1 > 12) { m1 -= 12; y1++; }
                dz_date_format(o.f.until, y1, m1, dz_days_in_month(y1, m1));
            }
        }
        if (o.f.since[0] && o.f.until[0] && strcmp(o.f.since, o.f.until) <= 0 &&
            dz_date_parse(o.f.since, &y0, &m0, &dd) == 0 &&
            dz_date_parse(o.f.until, &y1, &m1, &dd) == 0 &&
            (y1 - y0) * 12 + m1 - m0 < 36)
            narrowed++;
        o.f.kind = rnd(4) ? NULL : "article";
        o.f.limit = 10;
        o.f.offset = rnd(3) ? 0 : 1 + rnd(6);     /* a later page */
        c = search_query(d, q, strlen(q), &o);
        assert_non_null(c);
        while (dz_cursor_step(c) == 1 && k < 10) {
            ids[k] = dz_cursor_int(c, 0);
            scores[k++] = dz_cursor_double(c, 4);
        }
        dz_cursor_free(c);
        assert_int_equal(search_compile(q, strlen(q), &expr, &e), 0);
        assert_int_equal(sqlite3_prepare_v2(d->store.db,
            "SELECT a.id, -dz_bm25(articles_fts, 10.0, 3.0, 1.0) AS score"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH '{title dek body} : (' || ?1 || ')'"
            " AND (?2 = '' OR a.published >= ?2) AND (?3 = '' OR a.published <= ?3)"
            " AND (?4 IS NULL OR a.kind = ?4)"
            " ORDER BY score DESC, a.id LIMIT -1 OFFSET ?5", -1, &st, NULL), SQLITE_OK);
        sqlite3_bind_text(st, 1, expr.data, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 5, o.f.offset);
        sqlite3_bind_text(st, 2, o.f.since, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, o.f.until, -1, SQLITE_STATIC);
        if (o.f.kind)
            sqlite3_bind_text(st, 4, o.f.kind, -1, SQLITE_STATIC);
        while (r < 10 && sqlite3_step(st) == SQLITE_ROW) {
            ref_ids[r] = sqlite3_column_int64(st, 0);
            ref_scores[r++] = sqlite3_column_double(st, 1);
        }
        sqlite3_finalize(st);
        dz_buf_free(&expr);
        assert_int_equal(k, r);
        for (j = 0; j < k; j++) {
            assert_true(scores[j] == ref_scores[j]);
            if (scores[j] > scores[k - 1])
                assert_true(ids[j] == ref_ids[j]);
        }
        compared += k > 0;
    }
    assert_true(compared > n / share);
    assert_true(narrowed > n / 10);
}

/* The exhaustive ranking of the whole corpus for the FTS5 expression
** expr (search_compile's): rows limit .. offset into ids / scores;
** returns how many. */
static int exhaustive(dossier *d, const char *expr, int limit, int offset,
                      int64_t *ids, double *scores)
{
    sqlite3_stmt *st;
    dz_buf m = { 0 };
    int r = 0;
    assert_int_equal(search_match_arg(expr, 0, &m), 0);
    assert_int_equal(sqlite3_prepare_v2(d->store.db,
        "SELECT rowid, -dz_bm25(articles_fts, 10.0, 3.0, 1.0) AS score"
        " FROM articles_fts WHERE articles_fts MATCH ?1"
        " ORDER BY score DESC, rowid LIMIT ?2 OFFSET ?3", -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, m.data, -1, SQLITE_TRANSIENT);
    dz_buf_free(&m);
    sqlite3_bind_int(st, 2, limit);
    sqlite3_bind_int(st, 3, offset);
    while (sqlite3_step(st) == SQLITE_ROW) {
        ids[r] = sqlite3_column_int64(st, 0);
        scores[r++] = sqlite3_column_double(st, 1);
    }
    sqlite3_finalize(st);
    return r;
}

/* n random whole-corpus searches shaped as conjunctions (words, phrases,
** prefixes, exclusions, nested AND and NOT: what store_fts_best ranks by
** walking each phrase, and search_query hands it) and a few others: the
** rows, their order (ties by id) and their scores, to the last bit, are
** those of the exhaustive ranking by dz_bm25 with FTS5's own counts, for
** limits from 1 to 40 and later pages; store_fts_best alone gives the
** same for the conjunctions. */
static void random_best(dossier *d, int n)
{
    static const char *const words[] = {
        "criticized", "met", "praised", "crit*", "sanction*", "\"will meet\"",
        "China", "Russia", "\"Joe Biden\"", "article", "17", "1*", "last",
        "year", "Merkel", "nowhere", "Putin", "m*", "said",
    };
    static const char *const ops[] = { " ", " AND ", " -", " NOT " };
    int i, compared = 0, best = 0;
    for (i = 0; i < n; i++) {
        search_opts o;
        dz_cursor *c;
        dz_buf expr = { 0 };
        search_error e;
        char q[256];
        size_t len;
        int64_t ids[64], ref_ids[64];
        double scores[64], ref_scores[64];
        int k = 0, r, j, w, nw = 1 + rnd(4);
        len = (size_t)snprintf(q, sizeof q, "%s", words[rnd(N(words))]);
        for (w = 1; w < nw; w++) {
            int op = rnd(N(ops));
            int group = op < 2 && rnd(5) == 0;      /* "a (b -c)" */
            if (group)
                len += (size_t)snprintf(q + len, sizeof q - len, "%s(%s -%s)",
                                        ops[op], words[rnd(N(words))],
                                        words[rnd(N(words))]);
            else
                len += (size_t)snprintf(q + len, sizeof q - len, "%s%s",
                                        ops[op], words[rnd(N(words))]);
        }
        if (rnd(10) == 0)
            len += (size_t)snprintf(q + len, sizeof q - len, " OR %s",
                                    words[rnd(N(words))]);
        memset(&o, 0, sizeof o);
        o.f.limit = 1 + rnd(rnd(3) ? 10 : 40);
        o.f.offset = rnd(4) ? 0 : rnd(8);
        if (search_compile(q, len, &expr, &e) != 0) {
            dz_buf_free(&expr);     /* only exclusions left */
            continue;
        }
        c = search_query(d, q, len, &o);
        assert_non_null(c);
        while (dz_cursor_step(c) == 1) {
            assert_true(k < o.f.limit);
            ids[k] = dz_cursor_int(c, 0);
            scores[k++] = dz_cursor_double(c, 4);
        }
        dz_cursor_free(c);
        r = exhaustive(d, expr.data, o.f.limit, (int)o.f.offset, ref_ids, ref_scores);
        assert_int_equal(k, r);
        for (j = 0; j < k; j++) {
            if (ids[j] != ref_ids[j] || scores[j] != ref_scores[j])
                fail_msg("%s (limit %d offset %d) row %d: %lld %.17g, exhaustive"
                         " %lld %.17g", q, (int)o.f.limit, (int)o.f.offset, j,
                         (long long)ids[j], scores[j], (long long)ref_ids[j],
                         ref_scores[j]);
        }
        compared += k > 0;
        /* the conjunctions through store_fts_best itself: the top
        ** limit + offset rows */
        if (!strstr(q, " OR ") && !strstr(q, "m*")) {
            unsigned char neg[STORE_BEST_MAX_PHRASES];
            store_fts_hit h[64];
            dz_buf m = { 0 };
            int np = 0, top = (int)(o.f.limit + o.f.offset), got;
            const char *p;
            /* each quoted string is a phrase; excluded after "NOT " */
            for (p = expr.data; (p = strchr(p, '"')); np++) {
                neg[np] = p >= expr.data + 4 && strncmp(p - 4, "NOT ", 4) == 0;
                p = strchr(p + 1, '"') + 1;
            }
            assert_int_equal(dz_buf_printf(&m, "(%s)", expr.data), 0);
            got = store_fts_best(&d->store, m.data, np, neg,
                                 (const double[]){ 10.0, 3.0, 1.0 }, top, h);
            r = exhaustive(d, expr.data, top, 0, ref_ids, ref_scores);
            assert_int_equal(got, r);
            for (j = 0; j < got; j++) {
                assert_true(h[j].id == ref_ids[j]);
                assert_true(h[j].score == ref_scores[j]);
            }
            dz_buf_free(&m);
            best++;
        }
        dz_buf_free(&expr);
    }
    assert_true(compared > n / 3);
    assert_true(best > n / 2);
}

/* Searches with a prefix make their snippets in one walk over the top
** rows (search.c, snippets_walk_open): each row's snippet is the one a
** MATCH of that row alone makes, for the whole corpus, whole months, a
** period that is not, later pages and a kind. */
static void check_prefix_snippets(dossier *d)
{
    static const char *const qs[] = {
        "crit*", "m*", "sanction* China", "1* -Russia", "\"will meet\" Pu*",
    };
    static const char *const periods[][2] = {
        { "", "" }, { "2019-01-01", "2019-03-31" }, { "2018-05-04", "2020-02-11" },
    };
    sqlite3_stmt *st;
    int i, p, checked = 0;
    assert_int_equal(sqlite3_prepare_v2(d->store.db,
        "SELECT CASE WHEN instr(sb, ?2) > 0 THEN sb ELSE sa END FROM"
        " (SELECT snippet(articles_fts, 2, ?2, ?3, '…', 16) AS sb,"
        " snippet(articles_fts, -1, ?2, ?3, '…', 16) AS sa FROM articles_fts"
        " WHERE articles_fts MATCH ?1 AND rowid = ?4)", -1, &st, NULL), SQLITE_OK);
    for (i = 0; i < N(qs); i++) {
        for (p = 0; p < N(periods); p++) {
            search_opts o;
            dz_cursor *c;
            dz_buf expr = { 0 }, m = { 0 };
            search_error e;
            int k = 0;
            memset(&o, 0, sizeof o);
            snprintf(o.f.since, sizeof o.f.since, "%s", periods[p][0]);
            snprintf(o.f.until, sizeof o.f.until, "%s", periods[p][1]);
            o.f.limit = 10;
            o.f.offset = p == 2 ? 3 : 0;
            o.f.kind = p == 2 ? "article" : NULL;
            assert_int_equal(search_compile(qs[i], strlen(qs[i]), &expr, &e), 0);
            assert_int_equal(search_match_arg(expr.data, 0, &m), 0);
            c = search_query(d, qs[i], strlen(qs[i]), &o);
            assert_non_null(c);
            while (dz_cursor_step(c) == 1) {
                size_t n;
                const char *snip = dz_cursor_text(c, 5, &n);
                sqlite3_reset(st);
                sqlite3_bind_text(st, 1, m.data, -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(st, 2, SEARCH_MARK_OPEN, -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 3, SEARCH_MARK_CLOSE, -1, SQLITE_STATIC);
                sqlite3_bind_int64(st, 4, dz_cursor_int(c, 0));
                assert_int_equal(sqlite3_step(st), SQLITE_ROW);
                assert_non_null(snip);
                assert_string_equal(snip, (const char *)sqlite3_column_text(st, 0));
                k++;
            }
            dz_cursor_free(c);
            dz_buf_free(&expr);
            dz_buf_free(&m);
            checked += k;
        }
    }
    sqlite3_finalize(st);
    assert_true(checked > 50);
}

static void test_generated_corpus(void **state)
{
    dossier *d = NULL;
    (void)state;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    add_corpus(d, 240, 0);
    /* the corpus has what the queries must handle */
    assert_true(count(d, "SELECT count(*) FROM actions WHERE"
                         " julianday(date_end) - julianday(date_start) > 31") > 20);
    assert_true(count(d, "SELECT count(*) FROM actions WHERE julianday(date_end)"
                         " - julianday(date_start) BETWEEN 1 AND 31") > 20);
    assert_true(count(d, "SELECT count(*) FROM articles WHERE published IS NULL") > 5);
    assert_true(count(d, "SELECT count(*) FROM articles WHERE kind = 'teaser'") > 5);
    check_summary(d);
    random_tops(d, 400);
    random_actions(d, 400, 240);
    check_bm25(d);
    random_searches(d, 300, 2);
    random_best(d, 300);
    check_prefix_snippets(d);

    /* merge moves mentions to another entity */
    assert_int_equal(entities_merge(d, "Japan", "China"), DOSSIER_OK);
    assert_int_equal(entities_merge(d, "Joe Biden", "Vladimir Putin"), DOSSIER_OK);
    check_summary(d);
    random_tops(d, 100);

    /* reanalysis deletes and saves every analysis again */
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    check_summary(d);
    random_tops(d, 100);
    random_actions(d, 100, 240);

    /* deletions and edits through SQL, which no module does yet */
    exec_ok(d, "DELETE FROM articles WHERE id IN (3, 7, 11, 12, 13)");
    check_summary(d);
    exec_ok(d, "UPDATE articles SET published = '2019-02-03' WHERE id BETWEEN 20 AND 25");
    exec_ok(d, "UPDATE articles SET kind = CASE kind WHEN 'teaser' THEN 'link'"
               " ELSE 'teaser' END WHERE id BETWEEN 24 AND 40");
    exec_ok(d, "UPDATE articles SET published = NULL WHERE id BETWEEN 41 AND 45");
    check_summary(d);
    exec_ok(d, "UPDATE articles SET published = '2020-10-10' WHERE published IS NULL");
    check_summary(d);
    exec_ok(d, "DELETE FROM entities WHERE name = 'Germany'");
    check_summary(d);
    /* a mention is keyed by (article, seq): moved under new seqs */
    exec_ok(d, "UPDATE mentions SET article = 50, seq = seq + 100000"
               " WHERE article = 51");
    check_summary(d);
    random_tops(d, 200);
    random_actions(d, 100, 240);
    random_best(d, 100);
    /* the phrase counts kept by the earlier searches are stale now */
    random_searches(d, 150, 2);
    dossier_close(d);
}

/* A period search weighs each phrase by its count over the whole corpus,
** which the store keeps between searches (store_fts_count): after
** another connection adds articles, and after this one adds and deletes
** some, the next searches still rank and score as the exhaustive ranking
** over the corpus as it is. */
static void test_counts_follow_writes(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    dossier *d = NULL, *other = NULL;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    add_corpus(d, 240, 4000);
    random_searches(d, 120, 3);
    assert_int_equal(dossier_open(path, &other), DOSSIER_OK);
    add_corpus(other, 120, 5000);
    dossier_close(other);
    random_searches(d, 120, 3);
    add_corpus(d, 60, 6000);
    random_searches(d, 200, 3);
    exec_ok(d, "DELETE FROM articles WHERE id % 7 = 0");
    random_searches(d, 200, 3);
    dossier_close(d);
    remove_db(path);
}

static void test_migration_fills_summary(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    dossier *d = NULL;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    add_corpus(d, 60, 1000);
    /* back to version 3, with a summary that would be wrong */
    exec_ok(d, "DELETE FROM entity_months;"
               " DROP INDEX actions_long; PRAGMA user_version=3");
    add_corpus(d, 20, 2000);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count(d, "SELECT count(*) FROM sqlite_schema"
                              " WHERE name IN ('actions_long', 'actions_span',"
                              " 'entity_months', 'mentions_em_ad')"), 4);
    check_summary(d);
    random_tops(d, 50);
    add_corpus(d, 20, 3000);
    check_summary(d);
    dossier_close(d);
    remove_db(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_generated_corpus),
        cmocka_unit_test(test_migration_fills_summary),
        cmocka_unit_test(test_counts_follow_writes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
