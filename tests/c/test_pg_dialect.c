/*
** test_pg_dialect.c — the PostgreSQL backend's translations, which need no
** server: query SQL in SQLite's dialect as pg_translate sends it (store/
** pg.c), and search expressions as search_pg_tsquery writes them
** (query/search_pg.c), from the SQL the query modules and search_compile
** really produce. cli.pg runs them against a server.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "store/pg.h"
#include "query/search.h"
#include "query/search_pg.h"

/* sql translated, compared with want; the highest parameter too. */
static void check_sql(const char *sql, const char *want, int want_n)
{
    int n = -1;
    char *got = pg_translate(sql, &n);
    assert_non_null(got);
    assert_string_equal(got, want);
    assert_int_equal(n, want_n);
    free(got);
}

static void test_parameters(void **state)
{
    (void)state;
    check_sql("SELECT id FROM entities WHERE name = ?1 AND type = ?2",
              "SELECT id FROM entities WHERE name = $1 AND type = $2", 2);
    /* bare ? are numbered in order */
    check_sql("INSERT INTO t VALUES (?,?,?)", "INSERT INTO t VALUES ($1,$2,$3)", 3);
    /* literals, quoted names and comments are left alone */
    check_sql("SELECT '?1 WHERE 1', \"a?b\" FROM t -- ?9\nWHERE x = ?3",
              "SELECT '?1 WHERE 1', \"a?b\" FROM t -- ?9\nWHERE x = $3", 3);
    check_sql("SELECT 'it''s ?1' || ?2", "SELECT 'it''s ?1' || $2", 2);
}

static void test_rules(void **state)
{
    (void)state;
    /* articles_list: WHERE 1 heads the filters; a negative limit is none */
    check_sql("SELECT id FROM articles a WHERE 1 AND a.kind = ?1 LIMIT ?2 OFFSET ?3",
              "SELECT id FROM articles a WHERE true AND a.kind = $1 LIMIT"
              " (CASE WHEN $2::bigint < 0 THEN NULL ELSE $2::bigint END) OFFSET $3", 3);
    /* WHERE 1 only as the whole condition's head */
    check_sql("SELECT 1 FROM t WHERE 10 > x", "SELECT 1 FROM t WHERE 10 > x", 0);
    check_sql("SELECT 1 FROM t WHERE 1.5 > x", "SELECT 1 FROM t WHERE 1.5 > x", 0);
    /* LIKE compares ASCII without case in SQLite */
    check_sql("SELECT name FROM e WHERE e.name LIKE '% ' || ?1",
              "SELECT name FROM e WHERE e.name ILIKE '% ' || $1", 1);
    check_sql("SELECT unlike FROM t", "SELECT unlike FROM t", 0);
    /* entities_mentions cuts the sentence by byte offsets */
    check_sql("SELECT CAST(substr(CAST(ar.body AS BLOB), s.start + 1, s.end - s.start)"
              "  AS TEXT) AS sentence, CAST(x AS TEXT) FROM t",
              "SELECT convert_from(substr(convert_to(ar.body , 'UTF8'), s.start + 1,"
              " s.end - s.start)  , 'UTF8') AS sentence, CAST(x AS TEXT) FROM t", 0);
    /* SQLite's CROSS JOIN ... ON keeps the order of a join: a JOIN there;
    ** a true cross join stays */
    check_sql("SELECT 1 FROM articles ar CROSS JOIN mentions m ON m.article = ar.id",
              "SELECT 1 FROM articles ar JOIN mentions m ON m.article = ar.id", 0);
    check_sql("SELECT 1 FROM me CROSS JOIN mentions ON x = y",
              "SELECT 1 FROM me JOIN mentions ON x = y", 0);
    check_sql("SELECT 1 FROM a CROSS JOIN b WHERE a.x = b.y",
              "SELECT 1 FROM a CROSS JOIN b WHERE a.x = b.y", 0);
    check_sql("SELECT 1 FROM a CROSS JOIN b c, d ON_x",
              "SELECT 1 FROM a CROSS JOIN b c, d ON_x", 0);
    /* a fixed LIMIT stays; NULL sorts first, as in SQLite */
    check_sql("SELECT id FROM t ORDER BY n DESC LIMIT 6",
              "SELECT id FROM t ORDER BY n DESC NULLS LAST LIMIT 6", 0);
    /* each item of each ORDER BY: in a window, a subquery, an aggregate's
    ** call, at the end; an item that says where NULL goes keeps it */
    check_sql("SELECT a FROM (SELECT row_number() OVER (PARTITION BY k"
              " ORDER BY b.d, b.id) AS rn FROM b ORDER BY min(x.d) DESC, y) x"
              " ORDER BY a, c ASC, e NULLS LAST",
              "SELECT a FROM (SELECT row_number() OVER (PARTITION BY k"
              " ORDER BY b.d NULLS FIRST, b.id NULLS FIRST) AS rn FROM b"
              " ORDER BY min(x.d) DESC NULLS LAST, y NULLS FIRST) x"
              " ORDER BY a NULLS FIRST, c ASC NULLS FIRST, e NULLS LAST", 0);
    check_sql("SELECT 1 FROM t ORDER BY a UNION ALL SELECT 2 ORDER BY 1; ",
              "SELECT 1 FROM t ORDER BY a NULLS FIRST UNION ALL SELECT 2"
              " ORDER BY 1 NULLS FIRST; ", 0);
    check_sql("SELECT 'ORDER BY' FROM t -- ORDER BY x\n",
              "SELECT 'ORDER BY' FROM t -- ORDER BY x\n", 0);
}

/* An action's evidence cut from its article looked up by id (the
** EVIDENCE of action_query.c) goes through dz_cut and its month; any
** other cut stays a cut by bytes. */
static void test_cut_by_id(void **state)
{
    (void)state;
    check_sql("SELECT (CASE WHEN x.ev_end > x.ev_start THEN (SELECT"
              " CAST(substr(CAST(b.body AS BLOB), x.ev_start + 1,"
              " x.ev_end - x.ev_start) AS TEXT) FROM articles b"
              " WHERE b.id = x.article) END) FROM actions x",
              "SELECT (CASE WHEN x.ev_end > x.ev_start THEN"
              " dz_cut(x.article, x.ev_start + 1, x.ev_end - x.ev_start)"
              " END) FROM actions x", 0);
    check_sql("SELECT (SELECT CAST(substr(CAST(b.body AS BLOB), ?1, 4)"
              " AS TEXT) FROM articles b WHERE b.id = ?2)",
              "SELECT (SELECT convert_from(substr(convert_to(b.body , 'UTF8'),"
              " $1, 4) , 'UTF8') FROM articles b WHERE b.id = $2)", 2);
}

/* The query compiled by search_compile, then as a tsquery. */
static void check_search(const char *query, const char *want)
{
    dz_buf expr = { 0 };
    search_error e;
    char *got;
    assert_int_equal(search_compile(query, strlen(query), &expr, &e), 0);
    got = search_pg_tsquery(expr.data);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(got);
    dz_buf_free(&expr);
}

static void test_search(void **state)
{
    (void)state;
    check_search("sanctions", "('sanctions')");
    check_search("\"illusion of stability\"",
                 "('illusion' <-> 'of' <-> 'stability')");
    check_search("oil OR gas", "(('oil') | ('gas'))");
    check_search("oil -gas", "(('oil') & !('gas'))");
    check_search("merg*", "('merg':*)");
    check_search("title:BRICS", "('BRICS':A)");
    check_search("body:(oil OR gas)", "((('oil':C) | ('gas':C)))");
    /* a quote inside a word is doubled, not an end (the server's parser
    ** splits the word as it splits the text) */
    check_search("Xi's", "('Xi''s')");
    /* NEAR/5: at most 5 words between, either way round: the exact
    ** distances 1..6 each way; of three phrases, all of them */
    check_search("Biden NEAR/5 Xi",
                 "(('Biden') <1> ('Xi') | ('Xi') <1> ('Biden') | ('Biden') <2> ('Xi') | ("
                 "'Xi') <2> ('Biden') | ('Biden') <3> ('Xi') | ('Xi') <3> ('Biden') | ('Biden') <4> ('Xi') | ('Xi') <4> ('Biden') | ('Biden') <5> ('Xi') | ('Xi') <5> ('Biden') | ('Biden') <6> ('Xi') | ('Xi') <6> ('Biden'))");
    check_search("NEAR(Biden Xi Putin)", "(('Biden') & ('Xi') & ('Putin'))");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parameters),
        cmocka_unit_test(test_rules),
        cmocka_unit_test(test_cut_by_id),
        cmocka_unit_test(test_search),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
