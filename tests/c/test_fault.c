/*
** test_fault.c — fault injection: SQLite's allocator is replaced by one
** that fails the Nth allocation (once, or from the Nth on), and opening a
** corpus, adding an article and running queries are tried for every N up
** to the number of allocations the call needs. Each call must either
** succeed or return an error code with a message; afterwards the database
** must pass integrity checks and hold each article whole or not at all.
** Leaks on the error paths show up under the ASan build of the suite.
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
#include "dossier_lua.h"
#include "store/store.h"
#include "query/entity_query.h"
#include "testdb.h"

/* ---- the failing allocator ---------------------------------------------- */

static sqlite3_mem_methods real_mem;
static long fault_count;     /* allocations seen since arming */
static long fault_at;        /* fail the allocation with this number; 0: never */
static int fault_sticky;     /* keep failing after the first failure */
static long fault_fired;     /* failures injected since arming */

static int should_fail(void)
{
    if (!fault_at)
        return 0;
    fault_count++;
    if (fault_count == fault_at || (fault_sticky && fault_count > fault_at)) {
        fault_fired++;
        return 1;
    }
    return 0;
}

static void *fault_malloc(int n)
{
    return should_fail() ? NULL : real_mem.xMalloc(n);
}

static void *fault_realloc(void *p, int n)
{
    return should_fail() ? NULL : real_mem.xRealloc(p, n);
}

static void fault_free(void *p) { real_mem.xFree(p); }
static int fault_size(void *p) { return real_mem.xSize(p); }
static int fault_roundup(int n) { return real_mem.xRoundup(n); }
static int fault_init(void *p) { return real_mem.xInit(p); }
static void fault_shutdown(void *p) { real_mem.xShutdown(p); }

/* Arm the allocator to fail allocation n (n = 0 only counts). */
static void arm(long n, int sticky)
{
    fault_count = 0;
    fault_fired = 0;
    fault_at = n;
    fault_sticky = sticky;
}

/* Disarm and return the number of allocations counted since arming. */
static long disarm(void)
{
    long n = fault_count;
    fault_at = 0;
    return n;
}

/* Count the allocations f makes when nothing fails. */
#define COUNT_ALLOCS(out, call) do { \
        fault_at = -1; fault_count = 0; fault_sticky = 0; \
        call; \
        (out) = disarm(); \
        if (getenv("FAULT_VERBOSE")) \
            fprintf(stderr, "%s: %ld allocations\n", __func__, (out)); \
    } while (0)

static int install_allocator(void)
{
    static sqlite3_mem_methods m;
    sqlite3_shutdown();
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &real_mem) != SQLITE_OK)
        return -1;
    m = real_mem;
    m.xMalloc = fault_malloc;
    m.xRealloc = fault_realloc;
    m.xFree = fault_free;
    m.xSize = fault_size;
    m.xRoundup = fault_roundup;
    m.xInit = fault_init;
    m.xShutdown = fault_shutdown;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &m) != SQLITE_OK)
        return -1;
    /* no lookaside: every small allocation goes through our allocator */
    if (sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) != SQLITE_OK)
        return -1;
    return sqlite3_initialize() == SQLITE_OK ? 0 : -1;
}

/* ---- helpers ------------------------------------------------------------ */

static char tmpdir[64];

static void make_path(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}


/* One integer from a query run straight on the handle's connection. */
static int64_t query_int(dossier *d, const char *sql)
{
    sqlite3_stmt *st;
    int64_t v = -1;
    assert_int_equal(sqlite3_prepare_v2(d->store.db, sql, -1, &st, NULL), SQLITE_OK);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The database passes SQLite's and FTS5's integrity checks. */
static void assert_consistent(dossier *d)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(d->store.db, "PRAGMA integrity_check", -1,
                                        &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_exec(d->store.db, "INSERT INTO articles_fts(articles_fts)"
                                  " VALUES('integrity-check')", NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(query_int(d, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

/* An error code is one of ours and comes with a message. */
static void assert_clean_error(dossier *d, int rc)
{
    assert_true(rc > DOSSIER_OK && rc <= DOSSIER_DUPLICATE);
    assert_non_null(dossier_errmsg(d));
    assert_true(strlen(dossier_errmsg(d)) > 0);
    assert_string_not_equal(dossier_errmsg(d), "no error");
}

static const char body_text[] =
    "Antony Blinken met Wang Yi in Beijing on 23 April 2024. China warned the "
    "United States over Taiwan, and Japan said it would hold talks with the "
    "Philippines next month. Last week Russia attacked Ukraine.";

static void fill_article(dossier_article *a, char *title, size_t n, long i)
{
    memset(a, 0, sizeof *a);
    snprintf(title, n, "Talks in Beijing, part %ld", i);
    a->title = title;
    a->body = body_text;
    a->published = "2024-04-23";
    a->section = "Asia";
}

/* ---- tests -------------------------------------------------------------- */

/* dossier_open on a new file and on an existing one, failing each
** allocation in turn; a later open must work and find a sound database. */
static void test_open(void **state)
{
    char path[128];
    long total, n;
    int pass;
    (void)state;
    for (pass = 0; pass < 2; pass++) {
        int existing = pass == 1;
        dossier *d = NULL;
        make_path(path, sizeof path, "open.db");
        remove_db(path);
        if (existing) {
            assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
            dossier_close(d);
        }
        COUNT_ALLOCS(total, (dossier_open(path, &d), dossier_close(d)));
        assert_true(total > 10);
        /* every N up to 600 of them, then a stride (creating the schema
        ** takes thousands of allocations) */
        for (n = 1; n <= total + 5; n += total / 600 + 1) {
            int rc;
            if (!existing)
                remove_db(path);
            arm(n, 0);
            rc = dossier_open(path, &d);
            disarm();
            if (rc != DOSSIER_OK)
                assert_clean_error(d, rc);
            dossier_close(d);
            /* whatever happened, the file opens now and is sound */
            assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
            assert_consistent(d);
            assert_int_equal(dossier_article_count(d), 0);
            dossier_close(d);
        }
        /* failing from the Nth allocation on, for a few N */
        for (n = 1; n <= total; n += total / 16 + 1) {
            int rc;
            if (!existing)
                remove_db(path);
            arm(n, 1);
            rc = dossier_open(path, &d);
            disarm();
            if (rc != DOSSIER_OK)
                assert_clean_error(d, rc);
            dossier_close(d);
            assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
            assert_consistent(d);
            dossier_close(d);
        }
    }
    remove_db(path);
}

/* Add articles while failing each allocation in turn: each add stores the
** article with its whole analysis or nothing at all. */
static void run_add_faults(const char *path, int sticky)
{
    dossier *d = NULL;
    dossier_article a;
    char title[64];
    long total, n, i = 0;
    int64_t id;
    int ok = 0, failed = 0;

    remove_db(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    /* one article first: loads the lexicon and fills the statement cache */
    fill_article(&a, title, sizeof title, i++);
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    fill_article(&a, title, sizeof title, i++);
    COUNT_ALLOCS(total, assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK));
    assert_true(total > 10);
    for (n = 1; n <= total + 5; n += sticky ? total / 32 + 1 : 1) {
        int64_t before = dossier_article_count(d), after, mentions;
        int rc;
        fill_article(&a, title, sizeof title, i++);
        id = 0;
        arm(n, sticky);
        rc = dossier_article_add(d, &a, &id);
        disarm();
        after = dossier_article_count(d);
        mentions = query_int(d, "SELECT count(*) FROM mentions WHERE article ="
                                " (SELECT max(id) FROM articles)");
        if (rc == DOSSIER_OK) {
            ok++;
            assert_int_equal(after, before + 1);
            assert_true(id > 0);
        } else {
            failed++;
            assert_clean_error(d, rc);
            /* A COMMIT can be durable and still report out of memory (an
            ** allocation after the WAL write failed): the article is then
            ** there, whole. Only seen with every later allocation failing. */
            if (sticky)
                assert_true(after == before || after == before + 1);
            else
                assert_int_equal(after, before);
            ok += (int)(after - before);
        }
        /* the newest article, whichever it is, has its whole analysis */
        assert_true(mentions >= 4);
        assert_int_equal(query_int(d, "SELECT count(*) FROM articles a WHERE NOT"
                                      " EXISTS (SELECT 1 FROM sentences s WHERE"
                                      " s.article = a.id)"), 0);
        assert_int_equal(query_int(d, "SELECT count(*) FROM articles_fts"
                                      " WHERE articles_fts MATCH 'Blinken'"), after);
        /* no transaction left open (it would hold the write lock) */
        assert_true(sqlite3_get_autocommit(d->store.db) != 0);
    }
    assert_true(failed > 0);
    assert_consistent(d);
    /* the handle still works */
    fill_article(&a, title, sizeof title, i++);
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    dossier_close(d);
    /* and so does the file */
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_consistent(d);
    assert_int_equal(dossier_article_count(d), 3 + ok);
    dossier_close(d);
    remove_db(path);
}

static void test_add(void **state)
{
    char path[128];
    (void)state;
    make_path(path, sizeof path, "add.db");
    run_add_faults(path, 0);
    run_add_faults(path, 1);
}

/* Every query a binding makes, failing each allocation in turn: a NULL
** cursor or a -1 step comes with a message; nothing crashes. */
static int run_queries(dossier *d)
{
    dz_article_filter af;
    dz_entity_filter ef;
    dz_cursor *c;
    int64_t id = 0;
    int rc, errors = 0;
    char *out = NULL;

    memset(&af, 0, sizeof af);
    memset(&ef, 0, sizeof ef);
    if (articles_count(d, &af) < 0)
        errors++;
    if (dossier_article_count(d) < 0)
        errors++;
    c = articles_list(d, &af);
    if (!c)
        errors++;
    while (c && (rc = dz_cursor_step(c)) == 1)
        ;
    if (c && rc < 0)
        errors++;
    dz_cursor_free(c);
    c = articles_get(d, 1);
    if (!c || dz_cursor_step(c) < 0)
        errors++;
    dz_cursor_free(c);
    if (entities_resolve(d, "China", &id) != DOSSIER_OK)
        errors++;
    c = entities_top(d, &ef);
    while (c && (rc = dz_cursor_step(c)) == 1)
        ;
    if (!c || rc < 0)
        errors++;
    dz_cursor_free(c);
    if (id) {
        c = entities_cooccur(d, id, &ef);
        while (c && (rc = dz_cursor_step(c)) == 1)
            ;
        if (!c || rc < 0)
            errors++;
        dz_cursor_free(c);
        c = entities_mentions(d, id, &ef);
        while (c && (rc = dz_cursor_step(c)) == 1)
            ;
        if (!c || rc < 0)
            errors++;
        dz_cursor_free(c);
    }
    c = dz_sql_readonly(&d->store, "SELECT a.title, count(m.seq) FROM articles a JOIN"
                           " mentions m ON m.article = a.id GROUP BY a.id");
    while (c && (rc = dz_cursor_step(c)) == 1)
        ;
    if (!c || rc < 0)
        errors++;
    dz_cursor_free(c);
    /* the whole Lua path too (its own allocations are not failed) */
    if (dossier_eval(d, "return #articles.list{} + #entities.top{}", &out) != DOSSIER_OK)
        errors++;
    dossier_free(out);
    return errors;
}

static void test_queries(void **state)
{
    char path[128];
    dossier *d = NULL;
    dossier_article a;
    char title[64];
    long total, n, i;
    int64_t count;
    int errors = 0;
    (void)state;
    make_path(path, sizeof path, "query.db");
    remove_db(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < 3; i++) {
        fill_article(&a, title, sizeof title, i);
        assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    }
    count = dossier_article_count(d);
    assert_int_equal(run_queries(d), 0);
    COUNT_ALLOCS(total, assert_int_equal(run_queries(d), 0));
    assert_true(total > 10);
    for (n = 1; n <= total + 5; n++) {
        arm(n, 0);
        errors += run_queries(d);
        disarm();
        assert_int_equal(run_queries(d), 0);
    }
    for (n = 1; n <= total; n += total / 32 + 1) {
        arm(n, 1);
        errors += run_queries(d);
        disarm();
    }
    assert_true(errors > 0);
    assert_int_equal(dossier_article_count(d), count);
    assert_consistent(d);
    dossier_close(d);
    remove_db(path);
}

/* Entity edits (define, alias, merge) are writes too. */
static void test_entity_edits(void **state)
{
    char path[128];
    dossier *d = NULL;
    dossier_article a;
    char title[64];
    long total, n;
    int k = 0;
    (void)state;
    make_path(path, sizeof path, "edit.db");
    remove_db(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    fill_article(&a, title, sizeof title, 0);
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    {
        const char *al[] = { "Tony B" };
        COUNT_ALLOCS(total, assert_int_equal(entities_define(d, "Tony Blinken",
                     "person", al, 1, NULL), DOSSIER_OK));
    }
    assert_true(total > 5);
    for (n = 1; n <= total + 5; n++) {
        char name[64], alias[64];
        const char *al[1];
        int64_t before = query_int(d, "SELECT count(*) FROM entities"), after;
        int rc;
        snprintf(name, sizeof name, "Envoy Number %d", k);
        snprintf(alias, sizeof alias, "Envoy %d", k++);
        al[0] = alias;
        arm(n, 0);
        rc = entities_define(d, name, "person", al, 1, NULL);
        disarm();
        after = query_int(d, "SELECT count(*) FROM entities");
        if (rc != DOSSIER_OK) {
            assert_clean_error(d, rc);
            assert_int_equal(after, before);
        } else {
            assert_int_equal(after, before + 1);
        }
        arm(n, 0);
        rc = entities_alias(d, "Number Envoy", name);
        disarm();
        if (rc != DOSSIER_OK)
            assert_clean_error(d, rc);
        assert_true(sqlite3_get_autocommit(d->store.db) != 0);
    }
    assert_consistent(d);
    /* every alias points at an entity */
    assert_int_equal(query_int(d, "SELECT count(*) FROM aliases WHERE entity NOT IN"
                                  " (SELECT id FROM entities)"), 0);
    dossier_close(d);
    remove_db(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open),
        cmocka_unit_test(test_add),
        cmocka_unit_test(test_queries),
        cmocka_unit_test(test_entity_edits),
    };
    int rc;
    if (install_allocator() != 0) {
        fprintf(stderr, "cannot install the failing allocator\n");
        return 77;
    }
    snprintf(tmpdir, sizeof tmpdir, "%s/dossier-fault-XXXXXX",
             getenv("TMPDIR") && strlen(getenv("TMPDIR")) < 32 ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmpdir)) {
        perror("mkdtemp");
        return 1;
    }
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    rmdir(tmpdir);
    return rc;
}
