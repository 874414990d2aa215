/*
** test_search.c — the query compiler (user query → FTS5 expression) and
** the search functions on a small :memory: corpus: translations, clean
** errors with positions, and a long list of awkward inputs that must each
** give results or a clean error, never an SQL error or a crash.
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
#include "query/search.h"

/* Compile q and return the expression (static buffer) or "!" + message. */
static const char *compile(const char *q)
{
    static char out[4096];
    dz_buf b = { 0 };
    search_error e;
    if (search_compile(q, strlen(q), &b, &e) == 0)
        snprintf(out, sizeof out, "%s", b.data);
    else
        snprintf(out, sizeof out, "!%s", e.msg);
    dz_buf_free(&b);
    return out;
}

static void test_compile_words(void **state)
{
    (void)state;
    assert_string_equal(compile("sanctions"), "\"sanctions\"");
    assert_string_equal(compile("  Sanctions\t"), "\"Sanctions\"");
    assert_string_equal(compile("oil prices"), "(\"oil\" AND \"prices\")");
    assert_string_equal(compile("oil AND prices"), "(\"oil\" AND \"prices\")");
    assert_string_equal(compile("oil && prices"), "(\"oil\" AND \"prices\")");
    assert_string_equal(compile("oil OR gas"), "(\"oil\" OR \"gas\")");
    assert_string_equal(compile("oil | gas"), "(\"oil\" OR \"gas\")");
    assert_string_equal(compile("oil and gas"), "(\"oil\" AND \"and\" AND \"gas\")");
    assert_string_equal(compile("oil NOT gas"), "(\"oil\" NOT \"gas\")");
    assert_string_equal(compile("oil -gas -coal"), "(\"oil\" NOT \"gas\" NOT \"coal\")");
    assert_string_equal(compile("-gas oil"), "(\"oil\" NOT \"gas\")");
    assert_string_equal(compile("+oil"), "\"oil\"");
    assert_string_equal(compile("a OR b c"), "(\"a\" OR (\"b\" AND \"c\"))");
    assert_string_equal(compile("(a OR b) c"), "((\"a\" OR \"b\") AND \"c\")");
    assert_string_equal(compile("a -(b OR c)"), "(\"a\" NOT ((\"b\" OR \"c\")))");
    assert_string_equal(compile("a a A"), "\"a\"");     /* repeats dropped */
}

static void test_compile_phrases(void **state)
{
    (void)state;
    assert_string_equal(compile("\"illusion of stability\""), "\"illusion of stability\"");
    assert_string_equal(compile("\xe2\x80\x9cillusion of stability\xe2\x80\x9d"),
                        "\"illusion of stability\"");
    assert_string_equal(compile("\"unbalanced quote"), "\"unbalanced quote\"");
    assert_string_equal(compile("a -\"b c\""), "(\"a\" NOT \"b c\")");
    assert_string_equal(compile("\"oil pri\"*"), "\"oil pri\" *");
    assert_string_equal(compile("U.S.-China"), "\"U.S.-China\"");
    assert_string_equal(compile("Xi's"), "\"Xi's\"");
    assert_string_equal(compile("\"\" x"), "\"x\"");
    /* a quote inside a word ends it; quotes are doubled inside phrases */
    assert_string_equal(compile("ab\"cd\""), "(\"ab\" AND \"cd\")");
    assert_string_equal(compile("\xc2\xab" "Putin" "\xc2\xbb"), "\"Putin\"");
}

static void test_compile_operators(void **state)
{
    (void)state;
    assert_string_equal(compile("merg*"), "\"merg\" *");
    assert_string_equal(compile("merg**"), "\"merg\" *");
    assert_string_equal(compile("a NEAR b"), "NEAR(\"a\" \"b\", 10)");
    assert_string_equal(compile("a NEAR/3 b"), "NEAR(\"a\" \"b\", 3)");
    assert_string_equal(compile("a NEAR/3 b NEAR/7 c"), "NEAR(\"a\" \"b\" \"c\", 7)");
    assert_string_equal(compile("NEAR(a \"b c\", 4)"), "NEAR(\"a\" \"b c\", 4)");
    assert_string_equal(compile("NEAR(a b)"), "NEAR(\"a\" \"b\", 10)");
    assert_string_equal(compile("NEAR(a)"), "\"a\"");
    assert_string_equal(compile("title:BRICS"), "title : \"BRICS\"");
    assert_string_equal(compile("TITLE:brics"), "title : \"brics\"");
    assert_string_equal(compile("title:\"a b\""), "title : \"a b\"");
    assert_string_equal(compile("title:(a OR b)"), "title : ((\"a\" OR \"b\"))");
    assert_string_equal(compile("title: a"), "title : \"a\"");
    assert_string_equal(compile("body:a NEAR b"), "body : NEAR(\"a\" \"b\", 10)");
    assert_string_equal(compile("x -title:a"), "(\"x\" NOT (title : \"a\"))");
    assert_string_equal(compile("foo:bar"), "\"foo:bar\"");
    assert_string_equal(compile("near"), "\"near\"");
}

/* Errors say what and where: character positions, not bytes. */
static void test_compile_errors(void **state)
{
    dz_buf b = { 0 };
    search_error e;
    (void)state;
    assert_string_equal(compile("AND"), "!AND needs something on its left (at character 1)");
    assert_string_equal(compile("a AND"), "!AND needs something on its right (at character 3)");
    assert_string_equal(compile("a OR"), "!OR needs something on its right (at character 3)");
    assert_string_equal(compile("OR a"), "!OR needs something on its left (at character 1)");
    assert_string_equal(compile("a NOT"), "!NOT needs something after it (at character 3)");
    assert_string_equal(compile("a)"), "!unmatched ')' (at character 2)");
    assert_string_equal(compile("\xc3\xa9t\xc3\xa9 )"), "!unmatched ')' (at character 5)");
    assert_string_equal(compile("a NEAR"), "!NEAR needs a word or phrase on its right (at character 3)");
    assert_string_equal(compile("a NEAR (b)"), "!NEAR needs a word or phrase on its right (at character 3)");
    assert_true(strstr(compile("-a"), "only words to exclude (at character 1)") != NULL);
    assert_true(strstr(compile("x OR -a"), "only words to exclude (at character 6)") != NULL);
    assert_string_equal(compile(""), "!nothing to search for: the query has no words");
    assert_string_equal(compile("* - ... ()"), "!nothing to search for: the query has no words");
    assert_string_equal(compile("NEAR(a, x)"), "!NEAR( , N): N must be a number of words (at character 7)");
    assert_string_equal(compile("NEAR(a (b))"), "!NEAR( ) takes only words, phrases and \", N\" (at character 8)");
    assert_int_equal(search_compile("ab\xff", 3, &b, &e), -1);
    assert_string_equal(e.msg, "the query is not valid UTF-8 (at character 3)");
    assert_int_equal(e.pos, 2);
    assert_int_equal(e.col, 3);
    assert_int_equal(b.len, 0);
    /* NUL bytes are spaces */
    assert_int_equal(search_compile("a\0b", 3, &b, &e), 0);
    assert_string_equal(b.data, "(\"a\" AND \"b\")");
    dz_buf_free(&b);
    /* NULL query */
    assert_int_equal(search_compile(NULL, 5, &b, &e), -1);
    dz_buf_free(&b);
}

static void test_compile_limits(void **state)
{
    char *q = malloc(200000);
    dz_buf b = { 0 };
    search_error e;
    size_t i, n;
    (void)state;
    assert_non_null(q);
    /* nesting */
    for (n = 0; n < 100; n++)
        q[n] = '(';
    q[n++] = 'a';
    assert_int_equal(search_compile(q, n, &b, &e), -1);
    assert_non_null(strstr(e.msg, "too many nested parentheses"));
    for (n = 0; n < SEARCH_MAX_DEPTH; n++)
        q[n] = '(';
    q[n++] = 'a';
    assert_int_equal(search_compile(q, n, &b, &e), 0);
    dz_buf_free(&b);
    /* many distinct words: over the cap is a clean error */
    for (n = 0, i = 0; i < SEARCH_MAX_TERMS + 10; i++)
        n += (size_t)sprintf(q + n, "w%zu ", i);
    assert_int_equal(search_compile(q, n, &b, &e), -1);
    assert_non_null(strstr(e.msg, "query too long"));
    dz_buf_free(&b);
    /* one word of many dotted parts is as many words to the tokenizer (a
    ** fuzzer's: the engine spent seconds on its phrase of thousands) */
    for (n = 0, i = 0; i < SEARCH_MAX_TERMS + 10; i++)
        n += (size_t)sprintf(q + n, "ab.");
    assert_int_equal(search_compile(q, n, &b, &e), -1);
    assert_non_null(strstr(e.msg, "query too long"));
    dz_buf_free(&b);
    n = (size_t)sprintf(q, "u.s.-china talks");
    assert_int_equal(search_compile(q, n, &b, &e), 0);
    dz_buf_free(&b);
    free(q);
}

/* ---- the corpus --------------------------------------------------------- */

static dossier *corpus(void)
{
    static const struct { const char *kind, *title, *body, *date; } rows[] = {
        { "article", "Blinken goes to China to maintain the illusion of stability",
          "U.S. officials prepared sanctions to punish China's trade with Russia. "
          "The U.S.\xe2\x80\x93" "China relationship hit new lows.", "2024-04-22" },
        { "teaser", "Turkey's BRICS gambit is just what Russia ordered",
          "Turkish President Recep Tayyip Erdo\xc4\x9f" "an will attend in Kazan.", "2024-09-05" },
        { "article", "Sanctioned banks",
          "The bank was sanctioned last year; more sanctions followed.", "2023-01-10" },
        { "link", "Diplomacy Watch", "", "2024-06-14" },
    };
    dossier *d = NULL;
    size_t i;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        dossier_article a = { 0 };
        int64_t id;
        a.kind = rows[i].kind;
        a.title = rows[i].title;
        a.body = rows[i].body;
        a.published = rows[i].date;
        assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
        assert_int_equal(id, (int64_t)i + 1);
    }
    return d;
}

/* Run the query q (n bytes) through query, count and kwic; returns the
** number of query rows, or -1 after checking that the failure was a clean
** search error (the message starts with "search: " and is one line). */
static int run(dossier *d, const char *q, size_t n, int64_t *ids, int max)
{
    search_opts o;
    search_kwic k;
    dz_cursor *c;
    int rows = 0, rc;
    int64_t cnt;

    memset(&o, 0, sizeof o);
    memset(&k, 0, sizeof k);
    o.f.limit = 10;
    c = search_query(d, q, n, &o);
    if (!c) {
        const char *m = dossier_errmsg(d);
        assert_true(strncmp(m, "search: ", 8) == 0);
        assert_null(strchr(m, '\n'));
        assert_true(strlen(m) > 10);
        assert_int_equal(search_count(d, q, n, &o), -1);
        assert_int_equal(search_kwic_run(d, q, n, 20, &o.f, &k), -1);
        search_kwic_free(&k);
        return -1;
    }
    while ((rc = dz_cursor_step(c)) == 1) {
        size_t sn;
        assert_int_equal(dz_cursor_ncols(c), 6);
        assert_non_null(dz_cursor_text(c, 5, &sn));
        if (rows < max)
            ids[rows] = dz_cursor_int(c, 0);
        rows++;
    }
    if (rc != 0)
        fail_msg("query %.*s: %s", (int)(n > 60 ? 60 : n), q, dossier_errmsg(d));
    dz_cursor_free(c);
    cnt = search_count(d, q, n, &o);
    assert_int_equal(cnt, rows);
    assert_int_equal(search_kwic_run(d, q, n, 20, &o.f, &k), 0);
    search_kwic_free(&k);
    return rows;
}

static int hits(dossier *d, const char *q, int64_t *first)
{
    int64_t ids[16];
    int n = run(d, q, strlen(q), ids, 16);
    if (first)
        *first = n > 0 ? ids[0] : 0;
    return n;
}

static void test_matching(void **state)
{
    dossier *d = corpus();
    int64_t first;
    (void)state;
    assert_int_equal(hits(d, "sanctions", &first), 2);
    assert_int_equal(first, 3);                      /* the title match ranks first */
    assert_int_equal(hits(d, "sanction", NULL), 2);
    assert_int_equal(hits(d, "SANCTIONED", NULL), 2);
    assert_int_equal(hits(d, "Erdogan", &first), 1);
    assert_int_equal(first, 2);
    assert_int_equal(hits(d, "\"illusion of stability\"", &first), 1);
    assert_int_equal(first, 1);
    assert_int_equal(hits(d, "title:BRICS", &first), 1);
    assert_int_equal(first, 2);
    assert_int_equal(hits(d, "title:Kazan", NULL), 0);
    assert_int_equal(hits(d, "U.S.-China", NULL), 1);
    assert_int_equal(hits(d, "Russia -Turkey", &first), 1);
    assert_int_equal(first, 1);
    assert_int_equal(hits(d, "sanc*", NULL), 2);
    assert_int_equal(hits(d, "bank NEAR/2 sanctioned", NULL), 1);
    assert_int_equal(hits(d, "Kazan OR Diplomacy", NULL), 2);
    assert_int_equal(hits(d, "AND", NULL), -1);
    assert_int_equal(hits(d, "Erdoğan Kazan", NULL), 1);
    dossier_close(d);
}

/* The month tokens of the index's period column ("m202404") are never
** matched by a search, with the column filter or without it, and the
** filter is left off only for queries that cannot match them. */
static void test_period_tokens(void **state)
{
    static const struct { const char *q; int kept; } cases[] = {
        { "sanctions", 0 }, { "\"trade war\" OR Mexico", 0 },
        { "Kazan -Turkey", 0 }, { "title:BRICS", 0 },
        { "m202404", 1 }, { "mx", 1 }, { "m2024*", 1 }, { "m*", 1 },
        { "MX", 1 }, { "trade m2", 1 }, { "\xc3\xa9t\xc3\xa9", 1 },
    };
    dossier *d = corpus();
    size_t i;
    (void)state;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dz_buf expr = { 0 }, m = { 0 };
        search_error e;
        assert_int_equal(search_compile(cases[i].q, strlen(cases[i].q), &expr, &e), 0);
        assert_int_equal(search_match_arg(expr.data, 0, &m), 0);
        assert_int_equal(strncmp(m.data, "{title dek body} : (", 20) == 0, cases[i].kept);
        dz_buf_free(&m);
        assert_int_equal(search_match_arg(expr.data, 1, &m), 0);   /* raw */
        assert_int_equal(strncmp(m.data, "{title dek body} : (", 20), 0);
        dz_buf_free(&m);
        dz_buf_free(&expr);
    }
    /* every article has a month token; none is found by it */
    assert_int_equal(hits(d, "m202404", NULL), 0);
    assert_int_equal(hits(d, "m2024*", NULL), 0);
    assert_int_equal(hits(d, "sanctions OR m202404", NULL), 2);
    dossier_close(d);
}

static void test_filters_and_order(void **state)
{
    dossier *d = corpus();
    search_opts o;
    dz_cursor *c;
    (void)state;
    memset(&o, 0, sizeof o);
    strcpy(o.f.since, "2024-01-01");
    assert_int_equal(search_count(d, "Russia OR sanctions", 19, &o), 2);
    o.f.kind = "teaser";
    assert_int_equal(search_count(d, "Russia OR sanctions", 19, &o), 1);
    memset(&o, 0, sizeof o);
    strcpy(o.f.until, "2024-04-22");
    assert_int_equal(search_count(d, "Russia OR sanctions", 19, &o), 2);
    /* newest first, with snippets and custom marks */
    memset(&o, 0, sizeof o);
    o.f.newest_first = 1;
    o.mark_open = "<";
    o.mark_close = ">";
    c = search_query(d, "Russia OR sanctions", 19, &o);
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(dz_cursor_int(c, 0), 2);
    assert_non_null(strstr(dz_cursor_text(c, 5, NULL), "<Russia>"));
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(dz_cursor_int(c, 0), 1);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(dz_cursor_int(c, 0), 3);
    assert_int_equal(dz_cursor_step(c), 0);
    dz_cursor_free(c);
    /* rank order: default marks are STX / ETX */
    memset(&o, 0, sizeof o);
    c = search_query(d, "Kazan", 5, &o);
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_non_null(strstr(dz_cursor_text(c, 5, NULL), "\002Kazan\003"));
    assert_true(dz_cursor_double(c, 4) > 0);
    dz_cursor_free(c);
    /* raw FTS5 */
    c = search_raw(d, "title : brics", &o);
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(dz_cursor_int(c, 0), 2);
    dz_cursor_free(c);
    c = search_raw(d, "\"unbalanced", &o);
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), -1);
    dz_cursor_free(c);
    assert_null(search_raw(d, "", &o));
    dossier_close(d);
}

static void test_kwic(void **state)
{
    dossier *d = corpus();
    dz_article_filter f;
    search_kwic k;
    (void)state;
    memset(&f, 0, sizeof f);
    memset(&k, 0, sizeof k);
    assert_int_equal(search_kwic_run(d, "sanctions", 9, 12, &f, &k), 0);
    assert_int_equal(k.n, 3);
    assert_int_equal(k.lines[0].id, 1);
    assert_string_equal(k.lines[0].left, "ls prepared ");
    assert_string_equal(k.lines[0].match, "sanctions");
    assert_string_equal(k.lines[0].right, " to punish C");
    assert_string_equal(k.lines[1].left, "he bank was ");
    assert_string_equal(k.lines[1].match, "sanctioned");
    assert_string_equal(k.lines[2].match, "sanctions");
    assert_string_equal(k.lines[2].right, " followed.");
    search_kwic_free(&k);
    /* phrases and accents; a limit */
    assert_int_equal(search_kwic_run(d, "\"tayyip erdogan\"", 16, 5, &f, &k), 0);
    assert_int_equal(k.n, 1);
    assert_string_equal(k.lines[0].match, "Tayyip Erdo\xc4\x9f" "an");
    assert_string_equal(k.lines[0].left, "ecep ");
    assert_string_equal(k.lines[0].right, " will");
    search_kwic_free(&k);
    f.limit = 1;
    assert_int_equal(search_kwic_run(d, "sanctions", 9, 12, &f, &k), 0);
    assert_int_equal(k.n, 1);
    search_kwic_free(&k);
    dossier_close(d);
}

/* ---- awkward inputs ------------------------------------------------------ */

static const char *const awkward[] = {
    "", " ", "\t\n", "*", "**", "* *", "-", "--", "+", "-+", "+-", "\"", "\"\"", "\"\"\"",
    "'", "''", "(", ")", "()", "(()", "())", ")(", "((((", "))))", ":", "::", "title:",
    "title::", ":title", "title:)", "title:(", "title:\"", "-title:", "title:-", "title:*",
    "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR()", "NEAR(,)", "NEAR(,5)", "NEAR(a,",
    "NEAR(a, )", "NEAR(a b, -1)", "NEAR(a b, 99999999999)", "NEAR/", "NEAR/x", "NEAR/5",
    "a NEAR/5", "NEAR/5 a", "a NEAR NEAR b", "a NEAR/0 b", "AND AND", "OR OR", "NOT NOT",
    "a AND OR b", "a OR AND b", "a NOT NOT b", "a NOT -b", "-a -b", "NOT a", "(NOT a)",
    "a (NOT b)", "a OR (NOT b)", "a (OR) b", "a () b", "a (()) b", "(a", "a)", "((a)",
    "(a))", "\"a", "a\"", "\"a\"\"b\"", "\"a\" \"b", "a*b", "*a", "a**", "\"a b\"*", "\"*\"",
    "-\"a b\"", "-(a)", "-(-a)", "+(a)", "a -", "a +", "a - b", "a + b", "a & b", "a | b",
    "a || b", "a && b", "|", "||", "&&", "a|", "|a", "^", "^a", "a^", "$", "\\", "\\\"",
    "a\\", "`", "~", "~a", "a~", "!", "!a", "?", "a?", "#", "#a", "@a", "%", "%a%", "'a'",
    "a'", "'a", "Xi's", "Xi\xe2\x80\x99s", "U.S.-China", "U.S.", "...", "a...b", "a/b",
    "a//b", "http://example.com/a?b=c&d=e#f", "a@b.c", "$100", "3.5%", "2024-04-22",
    "10:30", "title:10:30", "body:a:b", "dek:(a OR b)", "DEK:x", "Title:X", "titles:x",
    "{title}: a", "{title body}: a", "title : a", "a:", ":a", "a : b", "^title", "\"a\" * b",
    "a * b", "* a", "a *", "\"a\" OR", "OR \"a\"", "(a OR b", "a OR (b", "a OR b)",
    "\"unbalanced", "unbalanced\"", "\xe2\x80\x9c", "\xe2\x80\x9c" "a", "a\xe2\x80\x9d",
    "\xc2\xab", "\xc2\xbb" "a", "\xe2\x80\x9e" "a\xe2\x80\x9c", "\xe2\x80\x94", "a\xe2\x80\x94" "b",
    "\xe2\x80\xa6", "\xc2\xa0", "a\xc2\xa0" "b", "\xe3\x80\x80", "\xef\xbb\xbf" "a",
    "\xe2\x80\x8b" "a", "\xf0\x9f\x98\x80", "a\xf0\x9f\x98\x80" "b", "\xe4\xb8\xad\xe5\x9b\xbd",
    "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
    "Erdo\xc4\x9f" "an", "e\xcc\x81", "\xcc\x81", "\xcc\x81\xcc\x81", "\xef\xbf\xbd",
    "\xee\x80\x80", "\x7f", "\x01", "a\x02" "b\x03", "\x1b[31m", "a\rb", "a\fb\vc",
    "SELECT * FROM articles", "'; DROP TABLE articles; --", "\" OR 1=1 --", "a\" OR \"b",
    "rank MATCH 'x'", "articles_fts", "bm25(", "NEAR(\"a\" \"b\", 2) OR c", "^\"a\"",
    "{a b}", "col:", "*:*", "\"title:x\"", "-title:(a OR b) c", "title:(a -b)",
    "title:(body:a)", "title:NEAR(a b)", "title:\"a\"*", "(a OR b) NEAR c", "a NEAR (b)",
    "a NEAR \"b c\" NEAR d", "NEAR(a NEAR b)", "NEAR(a OR b)", "NEAR(\"a\"", "NEAR(title:a)",
    "NEAR(-a b)", "NEAR( a  b ,  3 )", "near(a b)", "and or not", "And Or Not",
    "AND a", "a AND", "OR a", "a OR", "a NOT", "NOT", "-AND", "-OR", "title:AND", "\"AND\"",
    "\"OR\" \"NOT\"", "a AND -b", "(a) (b) (c)", "((a OR b) (c OR d)) -e",
    "sanctions", "Sanctions", "SANCTIONS", "sanction*", "\"sanctions\"", "Erdogan",
    "Russia -Turkey", "title:BRICS", "\"illusion of stability\"", "Kazan OR Diplomacy",
};

/* Inputs that are not C strings: NULs, invalid UTF-8, long ones. */
static void test_awkward(void **state)
{
    dossier *d = corpus();
    int64_t ids[16];
    size_t i, n, ok = 0, errors = 0;
    char *big;
    static const char *const bytes[] = {
        "\xff", "\xfe\xff", "a\xff", "\xc3", "a\xc3", "\xc3(", "\xe2\x80", "\xe2\x28\xa1",
        "\xf0\x9f\x98", "\xf8\x88\x80\x80\x80", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80",
        "\xf4\x90\x80\x80", "\x80", "\xbf", "a\x80" "b", "\"\xff\"", "title:\xff",
        "NEAR(\xff)",
    };
    (void)state;

    for (i = 0; i < sizeof awkward / sizeof awkward[0]; i++) {
        int r = run(d, awkward[i], strlen(awkward[i]), ids, 16);
        r < 0 ? errors++ : ok++;
    }
    for (i = 0; i < sizeof bytes / sizeof bytes[0]; i++) {
        int r = run(d, bytes[i], strlen(bytes[i]), ids, 16);
        assert_int_equal(r, -1);
        assert_non_null(strstr(dossier_errmsg(d), "not valid UTF-8"));
        errors++;
    }
    /* NUL bytes inside */
    assert_int_equal(run(d, "Kazan\0Erdogan", 13, ids, 16), 1);
    assert_int_equal(run(d, "\0", 1, ids, 16), -1);
    assert_int_equal(run(d, "\"Kazan\0", 7, ids, 16), 1);
    assert_int_equal(run(d, "title:\0BRICS", 12, ids, 16), 1);
    /* every single byte, and every byte between two words */
    for (i = 1; i < 256; i++) {
        char q[8];
        int r;
        q[0] = (char)i;
        r = run(d, q, 1, ids, 16);
        assert_true(r == -1 || r >= 0);
        snprintf(q, sizeof q, "a%cb", (int)i);
        r = run(d, q, 3, ids, 16);
        r < 0 ? errors++ : ok++;
    }
    /* long inputs: 10 kB of text, of one word, of operators, of quotes */
    big = malloc(20001);
    assert_non_null(big);
    for (n = 0; n < 10000; n += 10)
        memcpy(big + n, "Russia is ", 10);
    assert_true(run(d, big, 10000, ids, 16) >= 0);
    memset(big, 'x', 10000);
    assert_int_equal(run(d, big, 10000, ids, 16), 0);
    for (n = 0; n + 4 <= 10000; n += 4)
        memcpy(big + n, "AND ", 4);
    assert_int_equal(run(d, big, 10000, ids, 16), -1);
    memset(big, '"', 10000);
    assert_int_equal(run(d, big, 10000, ids, 16), -1);
    memset(big, '(', 10000);
    assert_int_equal(run(d, big, 10000, ids, 16), -1);
    for (n = 0; n + 3 <= 10000; n += 3)
        memcpy(big + n, "a (", 3);
    assert_int_equal(run(d, big, n, ids, 16), -1);
    for (n = 0; n + 6 <= 20000; n += 6)
        memcpy(big + n, "-Kaz ", 6);
    big[n] = 0;
    assert_int_equal(run(d, big, n, ids, 16), -1);
    for (n = 0; n + 13 <= 20000; n += 13)
        memcpy(big + n, "Kazan NEAR/2 ", 13);
    memcpy(big + n, "Erdogan", 7);
    assert_true(run(d, big, n + 7, ids, 16) >= -1);
    free(big);
    print_message("awkward inputs: %zu with results, %zu clean errors\n", ok, errors);
    assert_true(ok + errors >= 200);
    dossier_close(d);
}

/* A deterministic fuzz: random strings over a query-ish alphabet. */
static void test_fuzz(void **state)
{
    static const char *const parts[] = {
        "a", "Russia", "sanctions", "Kazan", " ", " ", " ", "\"", "(", ")", "-", "+", "*",
        "AND", "OR", "NOT", "NEAR", "NEAR/2", "NEAR(", ",", "3", "title:", "body:", ":",
        "'", "\xe2\x80\x9c", "\xc3\xa9", "\0", "|", "&&", "\xff",
    };
    dossier *d = corpus();
    uint32_t seed = 12345;
    int64_t ids[16];
    int i, j;
    (void)state;
    for (i = 0; i < 3000; i++) {
        char q[256];
        size_t n = 0;
        int len;
        seed = seed * 1103515245u + 12345u;
        len = 1 + (int)((seed >> 16) % 12);
        for (j = 0; j < len; j++) {
            const char *p;
            size_t pl;
            seed = seed * 1103515245u + 12345u;
            p = parts[(seed >> 16) % (sizeof parts / sizeof parts[0])];
            pl = *p ? strlen(p) : 1;
            memcpy(q + n, p, pl);
            n += pl;
        }
        run(d, q, n, ids, 16);
    }
    dossier_close(d);
}

/* Deep nesting of every kind, up to and past the limit: the FTS5 parser's
** stack must never overflow (that would be an SQL error, which run()
** refuses). */
static void test_nesting(void **state)
{
    static const char *const open[] = {
        "(", "(a ", "(-a ", "(a OR ", "title:(", "x -(", "(a -b ", "(x NEAR y OR ",
        "(a AND ", "body:(a OR ", "(\"a b\" OR -c ",
    };
    static const char *const close[] = { ")", " OR b)", " -c)", " z)", ") OR k" };
    dossier *d = corpus();
    uint32_t seed = 7;
    int64_t ids[16];
    int i, j, depth, errors = 0;
    (void)state;
    for (i = 0; i < 600; i++) {
        char q[2048];
        size_t n = 0;
        depth = 1 + i % (SEARCH_MAX_DEPTH + 2);
        for (j = 0; j < depth; j++) {
            seed = seed * 1103515245u + 12345u;
            n += (size_t)sprintf(q + n, "%s", open[(seed >> 16) % (sizeof open / sizeof open[0])]);
        }
        n += (size_t)sprintf(q + n, "Kazan");
        for (j = 0; j < depth; j++) {
            seed = seed * 1103515245u + 12345u;
            n += (size_t)sprintf(q + n, "%s", close[(seed >> 16) % (sizeof close / sizeof close[0])]);
        }
        if (run(d, q, n, ids, 16) < 0)
            errors++;
    }
    assert_true(errors < 600);
    dossier_close(d);
}

/* ---- SQLite allocation failures ----------------------------------------
** A wrapper allocator fails the Nth SQLite allocation after it is armed;
** every search function must then fail cleanly (or succeed) and leak
** nothing (checked under ASan). */
static sqlite3_mem_methods real_mem;
static long fault_countdown = -1;       /* < 0: disarmed */
static int fault_hit;

static void *fault_malloc(int n)
{
    if (fault_countdown >= 0 && fault_countdown-- == 0) {
        fault_hit = 1;
        return NULL;
    }
    return real_mem.xMalloc(n);
}

static void *fault_realloc(void *p, int n)
{
    if (fault_countdown >= 0 && fault_countdown-- == 0) {
        fault_hit = 1;
        return NULL;
    }
    return real_mem.xRealloc(p, n);
}

static void test_sqlite_oom(void **state)
{
    dossier *d = corpus();
    long n;
    int clean_runs = 0;
    (void)state;
    for (n = 0; n < 5000 && clean_runs < 2; n++) {
        search_opts o;
        search_kwic k;
        dz_cursor *c;
        int rc = 0;
        memset(&o, 0, sizeof o);
        memset(&k, 0, sizeof k);
        fault_hit = 0;
        fault_countdown = n;
        c = search_query(d, "sanctions OR Kazan", 18, &o);
        if (c) {
            while ((rc = dz_cursor_step(c)) == 1)
                ;
            dz_cursor_free(c);
        }
        (void)search_count(d, "Russia -Turkey", 14, &o);
        o.f.newest_first = 1;
        c = search_query(d, "\"tayyip erdogan\" OR sanc*", 25, &o);
        if (c) {
            while ((rc = dz_cursor_step(c)) == 1)
                ;
            dz_cursor_free(c);
        }
        (void)search_kwic_run(d, "sanctions", 9, 10, &o.f, &k);
        search_kwic_free(&k);
        fault_countdown = -1;
        if (!fault_hit)
            clean_runs++;
    }
    print_message("sqlite allocation failures: %ld points tried\n", n);
    assert_true(clean_runs >= 1);
    /* and the corpus still works */
    assert_int_equal(hits(d, "sanctions", NULL), 2);
    dossier_close(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compile_words),
        cmocka_unit_test(test_compile_phrases),
        cmocka_unit_test(test_compile_operators),
        cmocka_unit_test(test_compile_errors),
        cmocka_unit_test(test_compile_limits),
        cmocka_unit_test(test_matching),
        cmocka_unit_test(test_period_tokens),
        cmocka_unit_test(test_filters_and_order),
        cmocka_unit_test(test_kwic),
        cmocka_unit_test(test_awkward),
        cmocka_unit_test(test_fuzz),
        cmocka_unit_test(test_nesting),
        cmocka_unit_test(test_sqlite_oom),
    };
    sqlite3_mem_methods m;
    /* install the failing allocator before SQLite starts */
    sqlite3_shutdown();
    sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem);
    m = real_mem;
    m.xMalloc = fault_malloc;
    m.xRealloc = fault_realloc;
    sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
    sqlite3_initialize();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
