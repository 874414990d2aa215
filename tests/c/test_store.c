/*
** test_store.c — the store and the handle: schema, articles, dedupe,
** foreign and corrupt files, read-only SQL, cursors, dates.
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
#include "query/action_query.h"
#include "query/entity_query.h"
#include "query/network.h"
#include "testdb.h"


static dossier *open_memory(void)
{
    dossier *d = NULL;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    return d;
}

static void test_schema_version(void **state)
{
    dossier *d = open_memory();
    dz_cursor *c = dz_sql_readonly(&d->store, "SELECT value FROM meta WHERE key='schema_version'");
    (void)state;
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(atoi(dz_cursor_text(c, 0, NULL)), STORE_SCHEMA_VERSION);
    dz_cursor_free(c);
    dossier_close(d);
}

static void test_add_and_dedupe(void **state)
{
    dossier *d = open_memory();
    dossier_article a = { 0 };
    int64_t id1 = 0, id2 = 0;
    (void)state;
    a.title = "Talks resume";
    a.body = "Negotiators met again on Tuesday.";
    a.published = "2024-03-05";
    assert_int_equal(dossier_article_add(d, &a, &id1), DOSSIER_OK);
    assert_true(id1 > 0);
    assert_int_equal(dossier_article_add(d, &a, &id2), DOSSIER_DUPLICATE);
    assert_int_equal(id1, id2);
    assert_int_equal(dossier_article_count(d), 1);
    /* a different body is a different article */
    a.body = "Negotiators met again on Wednesday.";
    assert_int_equal(dossier_article_add(d, &a, &id2), DOSSIER_OK);
    assert_int_not_equal(id1, id2);
    assert_int_equal(dossier_article_count(d), 2);
    dossier_close(d);
}

static void test_bad_articles(void **state)
{
    dossier *d = open_memory();
    dossier_article a = { 0 };
    (void)state;
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_MISUSE);
    a.title = "x";
    a.published = "2024-13-01";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_MISUSE);
    assert_non_null(strstr(dossier_errmsg(d), "ISO date"));
    a.published = NULL;
    a.kind = "rumour";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_MISUSE);
    assert_int_equal(dossier_article_count(d), 0);   /* nothing half-written */
    dossier_close(d);
}

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

static void test_random_bytes_file(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    unsigned char junk[8192];
    dossier *d = NULL;
    size_t i;
    int fd = mkstemp(path);
    (void)state;
    assert_true(fd >= 0);
    close(fd);
    srand(7);
    for (i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)rand();
    write_file(path, junk, sizeof junk);
    assert_int_not_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_non_null(strstr(dossier_errmsg(d), "not a database"));
    dossier_close(d);
    unlink(path);
}

static void test_foreign_database(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    sqlite3 *db;
    dossier *d = NULL;
    int fd = mkstemp(path);
    (void)state;
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(dossier_open(path, &d), DOSSIER_CORRUPT);
    assert_non_null(strstr(dossier_errmsg(d), "not a dossier database"));
    dossier_close(d);
    /* the foreign table is untouched */
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "SELECT x FROM t", NULL, NULL, NULL), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(db, "SELECT * FROM articles", NULL, NULL, NULL),
                         SQLITE_OK);
    sqlite3_close(db);
    unlink(path);
}

static void test_reopen_keeps_data(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    dossier *d = NULL;
    dossier_article a = { 0 };
    char wal[64], shm[64];
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    a.title = "Kept";
    a.body = "across a reopen";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(dossier_article_count(d), 1);
    dossier_close(d);
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    unlink(path);
    unlink(wal);
    unlink(shm);
}

static void test_sql_readonly(void **state)
{
    dossier *d = open_memory();
    dz_cursor *c;
    (void)state;
    assert_null(dz_sql_readonly(&d->store, "DELETE FROM articles"));
    assert_non_null(strstr(dossier_errmsg(d), "read-only"));
    assert_null(dz_sql_readonly(&d->store, "SELECT 1; DROP TABLE articles"));
    assert_null(dz_sql_readonly(&d->store, "SELEC nonsense"));
    c = dz_sql_readonly(&d->store, "SELECT ?1 + 1 AS n");
    assert_non_null(c);
    dz_cursor_bind_int(c, 1, 41);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_string_equal(dz_cursor_name(c, 0), "n");
    assert_int_equal(dz_cursor_int(c, 0), 42);
    assert_int_equal(dz_cursor_step(c), 0);
    dz_cursor_free(c);
    dossier_close(d);
}

static void test_dates(void **state)
{
    dossier *d = open_memory();
    char out[11], b[11], e[11];
    int y, m, dd;
    (void)state;
    assert_int_equal(dossier_set_asof(d, "2024-04-23"), DOSSIER_OK);
    assert_string_equal(dossier_asof(d), "2024-04-23");
    assert_int_equal(dz_resolve_date(d, "30 days", 0, out), 0);
    assert_string_equal(out, "2024-03-24");
    assert_int_equal(dz_resolve_date(d, "1 month", 0, out), 0);
    assert_string_equal(out, "2024-03-23");
    assert_int_equal(dz_resolve_date(d, "2 weeks", 0, out), 0);
    assert_string_equal(out, "2024-04-09");
    assert_int_equal(dz_resolve_date(d, "2024", 1, out), 0);
    assert_string_equal(out, "2024-12-31");
    assert_int_equal(dz_resolve_date(d, "2024-02", 1, out), 0);
    assert_string_equal(out, "2024-02-29");
    assert_int_equal(dz_resolve_date(d, "soonish", 0, out), -1);
    assert_int_equal(dz_date_range(d, "2023-06", NULL, b, e), 0);
    assert_string_equal(b, "2023-06-01");
    assert_string_equal(e, "2023-06-30");
    assert_int_not_equal(dossier_set_asof(d, "April"), DOSSIER_OK);
    assert_int_equal(dz_date_parse("2024-02-30", &y, &m, &dd), -1);
    assert_int_equal(dz_date_weekday(2024, 4, 23), 1);   /* a Tuesday */
    dz_days_to_date(dz_date_to_days(2000, 2, 29) + 366, &y, &m, &dd);
    assert_int_equal(y, 2001);
    assert_int_equal(m, 3);
    assert_int_equal(dd, 1);
    dossier_close(d);
}

static void test_asof_latest(void **state)
{
    dossier *d = open_memory();
    dossier_article a = { 0 };
    (void)state;
    assert_int_equal(dossier_set_asof(d, "latest"), DOSSIER_NOTFOUND);
    a.title = "old";
    a.body = "x";
    a.published = "2020-01-02";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    a.title = "new";
    a.published = "2021-05-06";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    assert_int_equal(dossier_set_asof(d, "latest"), DOSSIER_OK);
    assert_string_equal(dossier_asof(d), "2021-05-06");
    dossier_close(d);
}

static void test_utf8(void **state)
{
    char out[4];
    int len;
    (void)state;
    assert_true(dz_utf8_valid("Erdo\xc4\x9f" "an", 8));
    assert_false(dz_utf8_valid("bad \xc3(", 6));
    assert_false(dz_utf8_valid("nul\0inside", 10));
    assert_false(dz_utf8_valid("\xed\xa0\x80", 3));      /* a surrogate */
    assert_int_equal(dz_utf8_decode((const unsigned char *)"\xff", 1, &len), 0xfffd);
    assert_int_equal(len, 1);
    assert_int_equal(dz_utf8_encode(0x11f, out), 2);
    assert_memory_equal(out, "\xc4\x9f", 2);
}

/* The entity that article id's mention with this surface was saved as
** ("" when none). */
static void mention_name(dossier *d, int64_t id, const char *surface,
                         char *out, size_t cap)
{
    sqlite3_stmt *st;
    out[0] = 0;
    assert_int_equal(sqlite3_prepare_v2(d->store.db, "SELECT e.name FROM mentions m"
        " JOIN entities e ON e.id = m.entity JOIN articles a ON a.id = m.article"
        " WHERE m.article = ? AND CAST(substr(CAST(a.body AS BLOB), m.start + 1,"
        " m.end - m.start) AS TEXT) = ?", -1, &st, NULL), SQLITE_OK);
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, surface, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        snprintf(out, cap, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

static int64_t add_text(dossier *d, const char *body)
{
    dossier_article a = { 0 };
    int64_t id = 0;
    a.title = "Talks";
    a.body = body;
    a.published = "2024-03-01";
    assert_int_equal(dossier_article_add(d, &a, &id), DOSSIER_OK);
    return id;
}

/* A surname alone resolves to the person of the corpus it names, the one
** mentioned most when there are several. */
static void test_short_names(void **state)
{
    dossier *d = open_memory();
    char name[128];
    int64_t id;
    (void)state;
    add_text(d, "Foreign Minister Oskar Lindqvist met officials in Paris.");
    id = add_text(d, "Mr. Lindqvist said the talks would go on.");
    mention_name(d, id, "Lindqvist", name, sizeof name);
    assert_string_equal(name, "Oskar Lindqvist");
    /* capitals in the text name the same person */
    id = add_text(d, "Mr. LINDQVIST said the talks went well.");
    mention_name(d, id, "LINDQVIST", name, sizeof name);
    assert_string_equal(name, "Oskar Lindqvist");
    add_text(d, "Minister Anna Vasquez spoke in Rome on Monday. "
                "Anna Vasquez left on Tuesday.");
    add_text(d, "Senator Luis Vasquez arrived in Madrid on Monday.");
    id = add_text(d, "Mr. Vasquez said the deal was close.");
    mention_name(d, id, "Vasquez", name, sizeof name);
    assert_string_equal(name, "Anna Vasquez");
    /* unknown surnames stay as they are */
    id = add_text(d, "Mr. Okonkwo said the deal was close.");
    mention_name(d, id, "Okonkwo", name, sizeof name);
    assert_string_equal(name, "Okonkwo");
    dossier_close(d);
}

/* Inside one transaction (one input file), a person met in a later
** article answers the short names of the articles after it. */
static void test_short_names_one_input(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX.jsonl";
    dossier *d = open_memory();
    dossier_ingest_stats st = { 0 };
    char name[128];
    FILE *f;
    int fd = mkstemps(path, 6);
    (void)state;
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    fputs("{\"title\":\"a\",\"date\":\"2024-03-01\",\"body\":\"Mr. "
          "Lindqvist said the talks would go on.\"}\n"
          "{\"title\":\"b\",\"date\":\"2024-03-02\",\"body\":\"Foreign "
          "Minister Oskar Lindqvist met officials in Paris.\"}\n"
          "{\"title\":\"c\",\"date\":\"2024-03-03\",\"body\":\"Mr. "
          "Lindqvist said the talks went well.\"}\n", f);
    fclose(f);
    assert_int_equal(dossier_ingest(d, path, NULL, &st), DOSSIER_OK);
    unlink(path);
    assert_int_equal(st.articles_added, 3);
    mention_name(d, 1, "Lindqvist", name, sizeof name);
    assert_string_equal(name, "Lindqvist");
    mention_name(d, 3, "Lindqvist", name, sizeof name);
    assert_string_equal(name, "Oskar Lindqvist");
    dossier_close(d);
}

/* The rows of a query as "a|b|c" lines, one per row, into out. */
static void sql_lines(dossier *d, const char *sql, char *out, size_t cap)
{
    sqlite3_stmt *st;
    size_t n = 0;
    out[0] = 0;
    assert_int_equal(sqlite3_prepare_v2(d->store.db, sql, -1, &st, NULL), SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int k;
        for (k = 0; k < sqlite3_column_count(st) && n < cap; k++) {
            const char *v = (const char *)sqlite3_column_text(st, k);
            n += (size_t)snprintf(out + n, cap - n, "%s%s", k ? "|" : "",
                                  v ? v : "NULL");
        }
        if (n < cap)
            n += (size_t)snprintf(out + n, cap - n, "\n");
    }
    sqlite3_finalize(st);
}

/* One input file is one transaction, whose mentions and actions are kept
** and written at its end in entity and date order (store.c). What is
** stored must not depend on it: actions take their ids in the order their
** articles were saved, not the order of writing; a short name counts the
** mentions of the articles before it that are not written yet; and
** reanalysing gives the same rows again. */
static void test_rows_kept_until_commit(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX.jsonl";
    dossier *d = open_memory();
    dossier_ingest_stats st = { 0 };
    char name[128], before[4096], after[4096];
    FILE *f;
    int fd = mkstemps(path, 6);
    (void)state;
    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    /* the actions' dates run backwards, so date order is not save order */
    fputs("{\"title\":\"a\",\"date\":\"2024-03-05\",\"body\":\"Senator Luis "
          "Vasquez arrived in Madrid on Monday. Iran accused Iraq of "
          "attacking its ships on March 1, 2024.\"}\n"
          "{\"title\":\"b\",\"date\":\"2024-03-03\",\"body\":\"Minister Anna "
          "Vasquez spoke in Rome on Monday. Anna Vasquez left on Tuesday. "
          "Anna Vasquez met Pope Francis. Iraq accused Iran of shelling "
          "Basra on January 3, 2024.\"}\n"
          "{\"title\":\"c\",\"date\":\"2024-03-04\",\"body\":\"Mr. Vasquez "
          "said the deal was close. Syria condemned Israel on February 2, "
          "2024.\"}\n", f);
    fclose(f);
    assert_int_equal(dossier_ingest(d, path, NULL, &st), DOSSIER_OK);
    unlink(path);
    assert_int_equal(st.articles_added, 3);
    /* Luis Vasquez came first (the lower id); Anna Vasquez has more
    ** mentions, none of them written yet when article 3 was saved */
    mention_name(d, 3, "Vasquez", name, sizeof name);
    assert_string_equal(name, "Anna Vasquez");
    sql_lines(d, "SELECT id, article, verb FROM actions ORDER BY id",
              before, sizeof before);
    assert_string_equal(before,
        "1|1|arrive\n2|1|accuse\n3|2|speak\n4|2|meet\n5|2|accuse\n"
        "6|3|say\n7|3|condemn\n");
    /* the index by date holds every row */
    sql_lines(d, "SELECT count(*) FROM actions INDEXED BY actions_date"
                 " WHERE date_start > 0", after, sizeof after);
    assert_string_equal(after, "7\n");
    sql_lines(d, "SELECT article, verb, date_start, actor, target FROM actions"
                 " ORDER BY article, id", before, sizeof before);
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    sql_lines(d, "SELECT article, verb, date_start, actor, target FROM actions"
                 " ORDER BY article, id", after, sizeof after);
    assert_string_equal(after, before);
    mention_name(d, 3, "Vasquez", name, sizeof name);
    assert_string_equal(name, "Anna Vasquez");
    dossier_close(d);
}

/* A version 2 database gets its surname index filled when opened. */
static void test_migrate_surnames(void **state)
{
    char path[] = "/tmp/dossier-test-XXXXXX";
    char wal[64], shm[64], name[128];
    dossier *d = NULL;
    dz_cursor *c;
    int64_t id;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    add_text(d, "Foreign Minister Oskar Lindqvist met officials in Paris.");
    assert_int_equal(sqlite3_exec(d->store.db, "DROP TABLE surnames;"
                                  "PRAGMA user_version=2", NULL, NULL, NULL),
                     SQLITE_OK);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    c = dz_sql_readonly(&d->store, "SELECT (SELECT count(*) FROM surnames),"
                           " (SELECT user_version FROM pragma_user_version)");
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_int_equal(dz_cursor_int(c, 0), 1);
    assert_int_equal(dz_cursor_int(c, 1), STORE_SCHEMA_VERSION);
    dz_cursor_free(c);
    id = add_text(d, "Mr. Lindqvist said the talks would go on.");
    mention_name(d, id, "Lindqvist", name, sizeof name);
    assert_string_equal(name, "Oskar Lindqvist");
    dossier_close(d);
    snprintf(wal, sizeof wal, "%s-wal", path);
    snprintf(shm, sizeof shm, "%s-shm", path);
    unlink(path);
    unlink(wal);
    unlink(shm);
}

/* Every row of c as text, one line a row (c is freed). */
static char *dump_cursor(dz_cursor *c)
{
    dz_buf b = { 0 };
    int i, rc;
    assert_non_null(c);
    while ((rc = dz_cursor_step(c)) == 1) {
        for (i = 0; i < dz_cursor_ncols(c); i++) {
            const char *t = dz_cursor_text(c, i, NULL);
            dz_buf_puts(&b, dz_cursor_name(c, i));
            dz_buf_puts(&b, "=");
            dz_buf_puts(&b, t ? t : "(null)");
            dz_buf_puts(&b, "|");
        }
        dz_buf_puts(&b, "\n");
    }
    assert_int_equal(rc, 0);
    dz_cursor_free(c);
    dz_buf_puts(&b, "");
    return dz_buf_detach(&b);
}

/* The answers that read text cut out of the articles (schema v6): every
** action with its evidence, as actions and as events, and the mentions
** and aliases of the entity named name. */
static char *dump_texts(dossier *d, const char *name)
{
    dz_action_filter af;
    dz_entity_filter ef;
    int64_t id = 0;
    char *parts[4], *all;
    size_t n = 0;
    int i;
    memset(&af, 0, sizeof af);
    memset(&ef, 0, sizeof ef);
    assert_int_equal(entities_resolve(d, name, &id), DOSSIER_OK);
    assert_true(id > 0);
    parts[0] = dump_cursor(actions_query(d, &af));
    parts[1] = dump_cursor(actions_events(d, &af));
    parts[2] = dump_cursor(entities_mentions(d, id, &ef));
    parts[3] = dump_cursor(entities_aliases(d, id));
    for (i = 0; i < 4; i++)
        n += strlen(parts[i]) + 2;
    all = calloc(1, n + 1);
    assert_non_null(all);
    for (i = 0; i < 4; i++) {
        strcat(all, parts[i]);
        strcat(all, "#\n");
        free(parts[i]);
    }
    return all;
}

static int count_of(dossier *d, const char *sql)
{
    dz_cursor *c = dz_sql_readonly(&d->store, sql);
    int n;
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    n = (int)dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return n;
}

/* Back to the articles table of versions 1 to 7 (the body a plain TEXT
** column) with the full-text view and triggers of version 6, the text
** unpacked; the entity_months triggers, which name articles, are dropped
** for the rebuild (migration 8 makes them again). */
static const char articles_v7_sql[] =
    "PRAGMA foreign_keys=OFF;"
    "DROP TRIGGER IF EXISTS mentions_em_ad; DROP TRIGGER IF EXISTS mentions_em_au;"
    "DROP TRIGGER IF EXISTS articles_em_bd; DROP TRIGGER IF EXISTS articles_em_au;"
    "DROP VIEW articles_fts_content;"
    "CREATE TABLE articles7(id INTEGER PRIMARY KEY,"
    " page INTEGER REFERENCES pages(id) ON DELETE SET NULL,"
    " seq INTEGER NOT NULL DEFAULT 0,"
    " kind TEXT NOT NULL DEFAULT 'article'"
    "  CHECK (kind IN ('article','teaser','link')),"
    " title TEXT, dek TEXT, section TEXT, region TEXT, byline TEXT,"
    " published TEXT, date_source TEXT NOT NULL DEFAULT 'unknown',"
    " url TEXT, source TEXT,"
    " body TEXT NOT NULL DEFAULT '', captions TEXT, meta TEXT,"
    " partial INTEGER NOT NULL DEFAULT 0,"
    " hash TEXT NOT NULL UNIQUE,"
    " added TEXT NOT NULL DEFAULT (datetime('now')));"
    "INSERT INTO articles7 SELECT id, page, seq, kind, title, dek, section,"
    " region, byline, published, date_source, url, source, body, captions,"
    " meta, partial, hash, added FROM articles;"
    "DROP TABLE articles; ALTER TABLE articles7 RENAME TO articles;"
    "CREATE INDEX articles_published ON articles(published);"
    "CREATE INDEX articles_kind ON articles(kind, published);"
    "CREATE INDEX articles_page ON articles(page);"
    "CREATE VIEW articles_fts_content AS SELECT id, title, dek, body,"
    " CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
    " THEN 'm' || substr(published, 1, 4) || substr(published, 6, 2)"
    " WHEN published IS NOT NULL THEN 'mx' END AS period FROM articles;"
#define V7_PERIOD(P) " CASE WHEN " P " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'" \
    " THEN 'm' || substr(" P ", 1, 4) || substr(" P ", 6, 2)" \
    " WHEN " P " IS NOT NULL THEN 'mx' END"
    "CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)"
    " VALUES ('delete', old.id, old.title, old.dek, old.body," V7_PERIOD("old.published") ");"
    " END;"
    "CREATE TRIGGER articles_au AFTER UPDATE OF title, dek, body, published"
    " ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, dek, body, period)"
    " VALUES ('delete', old.id, old.title, old.dek, old.body," V7_PERIOD("old.published") ");"
    " INSERT INTO articles_fts(rowid, title, dek, body, period)"
    " VALUES (new.id, new.title, new.dek, new.body," V7_PERIOD("new.published") ");"
    " END;"
    "PRAGMA foreign_keys=ON;";
#undef V7_PERIOD

/* Back to sentences, mentions and timexes of versions 1 to 8 (rowid
** tables with an id, and their indexes on article; sentences numbered
** from 101 across the corpus, with a foreign key on the article),
** mentions and timexes numbered in the order of their keys.
** The entity_months triggers are made again as stand-ins that name the
** old id column, as those of version 8 did (migration 9 must drop them
** around its rebuild, and makes the real ones again). */
/* A time expression's type and precision as text again (schema 10 stores
** them as codes: their place in store.c's timex_types and precisions). */
#define TIMEX_TYPE_TEXT \
    "CASE type WHEN 0 THEN 'DATE' WHEN 1 THEN 'TIME' WHEN 2 THEN 'DURATION'" \
    " WHEN 3 THEN 'SET' ELSE type END"
#define PRECISION_TEXT \
    "CASE precision WHEN 0 THEN 'day' WHEN 1 THEN 'week' WHEN 2 THEN 'month'" \
    " WHEN 3 THEN 'season' WHEN 4 THEN 'year' WHEN 5 THEN 'vague'" \
    " ELSE precision END"

/* The triggers of version 11 back to those of version 10, first of every
** step back to an older layout: a table rebuilt (dropped, then a new one
** renamed) must not be named by a trigger that older versions lacked. */
#define ANALYSIS_V11_UNDO \
    "DROP TRIGGER IF EXISTS entities_ad;" \
    "DROP TRIGGER IF EXISTS articles_em_bd;" \
    "CREATE TRIGGER articles_em_bd BEFORE DELETE ON articles BEGIN" \
    " DELETE FROM mentions WHERE article = old.id;" \
    " DELETE FROM sentences WHERE id BETWEEN old.id * 65536" \
    " AND old.id * 65536 + 65535; END;"

static const char analysis_v8_sql[] =
    ANALYSIS_V11_UNDO
    "PRAGMA foreign_keys=OFF;"
    "DROP TRIGGER mentions_em_ad; DROP TRIGGER mentions_em_au;"
    "DROP TRIGGER articles_em_bd; DROP TRIGGER articles_em_au;"
    "CREATE TABLE sentences8(id INTEGER PRIMARY KEY,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " paragraph INTEGER NOT NULL DEFAULT 0);"
    "INSERT INTO sentences8 SELECT 100 + row_number() OVER (ORDER BY id),"
    " article, seq, start, end, paragraph FROM sentences;"
    "UPDATE mentions SET sentence = (SELECT n.id FROM sentences o JOIN"
    " sentences8 n ON n.article = o.article AND n.seq = o.seq"
    " WHERE o.id = mentions.sentence);"
    "UPDATE timexes SET sentence = (SELECT n.id FROM sentences o JOIN"
    " sentences8 n ON n.article = o.article AND n.seq = o.seq"
    " WHERE o.id = timexes.sentence);"
    "UPDATE actions SET sentence = (SELECT n.id FROM sentences o JOIN"
    " sentences8 n ON n.article = o.article AND n.seq = o.seq"
    " WHERE o.id = actions.sentence);"
    "DROP TABLE sentences; ALTER TABLE sentences8 RENAME TO sentences;"
    "CREATE INDEX sentences_article ON sentences(article, seq);"
    "CREATE TABLE mentions8(id INTEGER PRIMARY KEY,"
    " entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "INSERT INTO mentions8(entity, article, sentence, start, end)"
    " SELECT entity, article, sentence, start, end FROM mentions"
    " ORDER BY article, seq;"
    "DROP TABLE mentions; ALTER TABLE mentions8 RENAME TO mentions;"
    "CREATE INDEX mentions_entity ON mentions(entity, article);"
    "CREATE INDEX mentions_article ON mentions(article);"
    "CREATE TABLE timexes8(id INTEGER PRIMARY KEY,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL,"
    " type TEXT, value TEXT, date_start TEXT, date_end TEXT, precision TEXT);"
    "INSERT INTO timexes8(article, sentence, start, end, type, value,"
    " date_start, date_end, precision) SELECT article, sentence, start, end,"
    " " TIMEX_TYPE_TEXT ", value, dz_date(date_start), dz_date(date_end),"
    " " PRECISION_TEXT " FROM timexes ORDER BY article, seq;"
    "DROP TABLE timexes; ALTER TABLE timexes8 RENAME TO timexes;"
    "CREATE INDEX timexes_article ON timexes(article);"
    "CREATE TRIGGER mentions_em_ad AFTER DELETE ON mentions BEGIN"
    " SELECT old.id; END;"
    "CREATE TRIGGER mentions_em_au AFTER UPDATE OF entity, article ON mentions"
    " BEGIN SELECT 1 FROM mentions o WHERE o.id <> new.id; END;"
    "CREATE TRIGGER articles_em_bd BEFORE DELETE ON articles BEGIN"
    " DELETE FROM mentions WHERE article = old.id; END;"
    "CREATE TRIGGER articles_em_au AFTER UPDATE OF published, kind ON articles"
    " BEGIN SELECT id FROM mentions WHERE article = old.id; END;"
    "PRAGMA foreign_keys=ON;";

/* The rows of actions, the dates read through dz_date (schema 10 stores
** day numbers): equal before and after a migration. */
#define ACTION_ROWS \
    "SELECT id, article, actor, verb, category, target, dz_date(date_start)," \
    " dz_date(date_end), dz_label('precision', precision)," \
    " dz_label('date_source', date_source), dz_label('modality', modality)," \
    " ev_start, ev_end" \
    " FROM actions ORDER BY id"

/* The rows of mentions and of timexes, in key order, without the key
** (numbered again by a migration): equal before and after one. */
#define MENTION_ROWS \
    "SELECT m.article, m.entity, s.article AS sa, s.seq AS ss, m.start, m.end" \
    " FROM mentions m LEFT JOIN sentences s ON s.id = m.sentence" \
    " ORDER BY m.article, m.seq"
#define TIMEX_ROWS \
    "SELECT t.article, s.article AS sa, s.seq AS ss, t.start, t.end," \
    " " TIMEX_TYPE_TEXT " AS type, value, dz_date(date_start) AS date_start," \
    " dz_date(date_end) AS date_end, " PRECISION_TEXT " AS precision" \
    " FROM timexes t" \
    " LEFT JOIN sentences s ON s.id = t.sentence ORDER BY t.article, t.seq"
#define SENTENCE_ROWS \
    "SELECT article, seq, start, end, paragraph FROM sentences" \
    " ORDER BY article, seq"
#define ACTION_SENTENCES \
    "SELECT x.id, s.article AS sa, s.seq AS ss FROM actions x" \
    " LEFT JOIN sentences s ON s.id = x.sentence ORDER BY x.id"

/* A version 5 database (evidence, surfaces and time-expression texts
** stored as text; the sentence columns of actions and timexes cascading,
** with their indexes) is migrated when opened, and every answer that read
** the stored text reads the same from the offsets. Non-ASCII text before
** the spans checks that the offsets count bytes. */
static void test_migrate_v5(void **state)
{
    static const char *const texts[] = {
        "Président Recep Tayyip Erdoğan criticised Greece on Friday, officials "
        "in Ankara said. Erdoğan accused Athens of provoking Turkey.",
        "The United States imposed sanctions on Iran on Tuesday. Iran "
        "condemned the sanctions and threatened to retaliate against Washington.",
        "Russia accused Ukraine of shelling the plant on Monday. Ukraine "
        "denied the charge and asked the United Nations to investigate.",
        "Turkey's foreign minister met his Greek counterpart in Athens on "
        "Wednesday. Greece and Turkey agreed to resume talks.",
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *before, *after;
    dossier *d = NULL;
    size_t i;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        add_text(d, texts[i]);
    before = dump_texts(d, "Turkey");
    assert_non_null(strstr(before, "text=Erdoğan accused Athens"));
    assert_non_null(strstr(before, "surface=Turkey"));
    /* back to the layout of version 5, its text filled from the offsets */
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v8_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db,
        "ALTER TABLE mentions ADD COLUMN surface TEXT;"
        "UPDATE mentions SET surface = (SELECT CAST(substr(CAST(a.body AS BLOB),"
        " mentions.start + 1, mentions.end - mentions.start) AS TEXT)"
        " FROM articles a WHERE a.id = mentions.article);"
        "ALTER TABLE timexes ADD COLUMN text TEXT;"
        "UPDATE timexes SET text = (SELECT CAST(substr(CAST(a.body AS BLOB),"
        " timexes.start + 1, timexes.end - timexes.start) AS TEXT)"
        " FROM articles a WHERE a.id = timexes.article);"
        "CREATE TABLE actions5(id INTEGER PRIMARY KEY,"
        " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
        " sentence INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
        " actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
        " verb TEXT NOT NULL, category INTEGER,"
        " target INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
        " object TEXT, date_start TEXT, date_end TEXT, precision TEXT,"
        " date_source TEXT, modality TEXT NOT NULL DEFAULT 'asserted',"
        " evidence TEXT);"
        "INSERT INTO actions5 SELECT id, article, sentence, actor, verb,"
        " category, target, coalesce(object, (SELECT CAST(substr(CAST(a.body"
        " AS BLOB), x.ob_start + 1, x.ob_end - x.ob_start) AS TEXT) FROM articles"
        " a WHERE a.id = x.article)), dz_date(date_start), dz_date(date_end),"
        " dz_label('precision', precision), dz_label('date_source', date_source),"
        " dz_label('modality', modality), (SELECT CAST(substr(CAST(a.body AS BLOB),"
        " x.ev_start + 1, x.ev_end - x.ev_start) AS TEXT) FROM articles a"
        " WHERE a.id = x.article) FROM actions x;"
        "DROP TABLE actions; ALTER TABLE actions5 RENAME TO actions;"
        "CREATE INDEX actions_date ON actions(date_start, date_end);"
        "CREATE INDEX actions_actor ON actions(actor, date_start);"
        "CREATE INDEX actions_article ON actions(article);"
        "CREATE INDEX actions_sentence ON actions(sentence);"
        "CREATE INDEX timexes_sentence ON timexes(sentence);"
        "CREATE INDEX timexes_date ON timexes(date_start, date_end);"
        "PRAGMA user_version=5", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db, articles_v7_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_true(count_of(d, "SELECT count(*) FROM actions WHERE evidence"
                            " LIKE 'Erdoğan accused%'") == 1);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count_of(d, "SELECT count(*) FROM pragma_table_info('actions')"
                                 " WHERE name IN ('evidence', 'ev_start', 'ev_end',"
                                 " 'ob_start', 'ob_end')"), 4);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions WHERE object IS NOT NULL"), 0);
    assert_true(count_of(d, "SELECT count(*) FROM actions WHERE ob_end > ob_start") > 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM pragma_table_info('mentions')"
                                 " WHERE name = 'surface'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM pragma_table_info('timexes')"
                                 " WHERE name = 'text'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('actions_sentence', 'timexes_sentence',"
                                 " 'timexes_date')"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('actions_date', 'actions_actor', 'actions_target',"
                                 " 'actions_category', 'actions_article',"
                                 " 'actions_span', 'actions_long')"), 7);
    /* version 9: timexes keyed by (article, seq), without an index of its own */
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " name = 'timexes_article'"), 0);
    after = dump_texts(d, "Turkey");
    assert_string_equal(after, before);
    free(after);
    /* and a new article is saved in the new layout beside the old ones */
    add_text(d, "Greece accused Turkey of violating its airspace on Thursday.");
    after = dump_texts(d, "Turkey");
    assert_non_null(strstr(after, "text=Greece accused Turkey"));
    free(after);
    free(before);
    dossier_close(d);
    remove_db(path);
}

/* The co-occurrence network around the entity named name, one line per
** node and per edge. Caller frees. */
static char *dump_network(dossier *d, const char *name)
{
    dz_network_opts o;
    dz_network n;
    dz_buf b = { 0 };
    int64_t id = 0;
    int i;
    memset(&o, 0, sizeof o);
    memset(&n, 0, sizeof n);
    o.min = 1;
    o.limit = 20;
    assert_int_equal(entities_resolve(d, name, &id), DOSSIER_OK);
    assert_int_equal(network_around(d, id, &o, &n), DOSSIER_OK);
    for (i = 0; i < n.nnodes; i++)
        dz_buf_printf(&b, "node %s %lld\n", n.nodes[i].name,
                      (long long)n.nodes[i].weight);
    for (i = 0; i < n.nedges; i++)
        dz_buf_printf(&b, "edge %d %d %d %lld\n", n.edges[i].a, n.edges[i].b,
                      n.edges[i].kind, (long long)n.edges[i].weight);
    network_free(&n);
    dz_buf_puts(&b, "");
    return dz_buf_detach(&b);
}

/* entity_months as text, row by row, and the same sums made again from
** the mentions (as migration 4 does): equal when store.c kept it exact. */
static void check_entity_months(dossier *d)
{
    char *kept = dump_cursor(dz_sql_readonly(&d->store,
        "SELECT * FROM entity_months ORDER BY month, entity"));
    char *made = dump_cursor(dz_sql_readonly(&d->store,
        "SELECT month, entity, sum(n) AS mentions, count(*) AS articles,"
        " sum(n * (kind = 'teaser')) AS teaser_mentions,"
        " sum(kind = 'teaser') AS teaser_articles,"
        " sum(n * (kind = 'link')) AS link_mentions,"
        " sum(kind = 'link') AS link_articles"
        " FROM (SELECT substr(a.published, 1, 7) AS month, a.kind AS kind,"
        " m.entity AS entity, count(*) AS n FROM articles a"
        " JOIN mentions m ON m.article = a.id WHERE a.published IS NOT NULL"
        " GROUP BY m.article, m.entity) GROUP BY month, entity"
        " ORDER BY month, entity"));
    assert_true(strlen(kept) > 0);
    assert_string_equal(kept, made);
    free(kept);
    free(made);
}

/* A version 6 database (a mention's sentence a foreign key, with its index
** mentions_sentence, and mentions_article on the article alone) is
** migrated when opened: mentions is rebuilt with the same rows (keyed by
** article and seq since version 9), the sentence and article indexes go,
** mentions_entity stays, the entity_months triggers are made again and
** still work, and the
** network reads the same. */
static void test_migrate_v6(void **state)
{
    static const char *const texts[] = {
        "Turkey and Greece agreed on Friday to resume talks in Athens, "
        "officials in Ankara said. Greece welcomed the offer from Turkey.",
        "Greece accused Turkey of violating its airspace on Thursday. "
        "The United Nations urged Turkey and Greece to talk.",
        "Iran and Turkey signed a gas deal in Ankara on Monday.",
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *before, *after, *net_before, *net_after, *rows_before, *rows_after;
    dossier *d = NULL;
    size_t i;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        add_text(d, texts[i]);
    check_entity_months(d);
    before = dump_texts(d, "Turkey");
    net_before = dump_network(d, "Turkey");
    assert_non_null(strstr(net_before, "node Greece"));
    rows_before = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    /* back to the layout of version 6 */
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v8_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db,
        "DROP TRIGGER mentions_em_ad; DROP TRIGGER mentions_em_au;"
        "DROP TRIGGER articles_em_bd; DROP TRIGGER articles_em_au;"
        "CREATE TABLE mentions6(id INTEGER PRIMARY KEY,"
        " entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
        " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
        " sentence INTEGER REFERENCES sentences(id) ON DELETE CASCADE,"
        " start INTEGER NOT NULL, end INTEGER NOT NULL);"
        "INSERT INTO mentions6 SELECT id, entity, article, sentence, start, end"
        " FROM mentions;"
        "DROP TABLE mentions; ALTER TABLE mentions6 RENAME TO mentions;"
        "CREATE INDEX mentions_entity ON mentions(entity, article);"
        "CREATE INDEX mentions_article ON mentions(article);"
        "CREATE INDEX mentions_sentence ON mentions(sentence);"
        "PRAGMA user_version=6", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db, articles_v7_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(count_of(d, "SELECT count(*) FROM"
                                 " pragma_foreign_key_list('mentions')"
                                 " WHERE \"from\" = 'sentence'"), 1);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count_of(d, "SELECT count(*) FROM"
                                 " pragma_foreign_key_list('mentions')"
                                 " WHERE \"from\" = 'sentence'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema"
                                 " WHERE name = 'mentions_sentence'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " name IN ('mentions_article', 'mentions_entity')"), 1);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " type = 'trigger' AND name IN ('mentions_em_ad',"
                                 " 'mentions_em_au', 'articles_em_bd',"
                                 " 'articles_em_au')"), 4);
    rows_after = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    assert_string_equal(rows_after, rows_before);
    after = dump_texts(d, "Turkey");
    assert_string_equal(after, before);
    net_after = dump_network(d, "Turkey");
    assert_string_equal(net_after, net_before);
    check_entity_months(d);
    /* the triggers work again: a reanalysis and a deletion keep it exact */
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    check_entity_months(d);
    {
        int64_t one = 1, n = 0;
        assert_int_equal(dossier_article_delete(d, &one, 1, &n), DOSSIER_OK);
        assert_int_equal(n, 1);
    }
    check_entity_months(d);
    add_text(d, "Greece and Turkey met again in Athens on Saturday.");
    check_entity_months(d);
    free(before);
    free(after);
    free(net_before);
    free(net_after);
    free(rows_before);
    free(rows_after);
    dossier_close(d);
    remove_db(path);
}


/* The articles with their texts, and a search's hits with their
** highlighted text (read by FTS5 through articles_fts_content). Caller
** frees. */
static char *dump_articles(dossier *d)
{
    char *a = dump_cursor(dz_sql_readonly(&d->store,
        "SELECT id, page, seq, kind, title, dek, published, url, body, hash,"
        " added FROM articles ORDER BY id"));
    char *f = dump_cursor(dz_sql_readonly(&d->store,
        "SELECT rowid, highlight(articles_fts, 2, '[', ']') AS h FROM articles_fts"
        " WHERE articles_fts MATCH 'turkey OR athens' ORDER BY rowid"));
    dz_buf b = { 0 };
    dz_buf_printf(&b, "%s\n--\n%s", a, f);
    free(a);
    free(f);
    return dz_buf_detach(&b);
}

/* A version 7 database (the article text in a plain body column) is
** migrated when opened: articles is rebuilt with the same rows and ids,
** the text packed in text_z and body generated from it; every text,
** mention, search hit, network and entity_months reads the same, the
** full-text index passes its integrity check, and the triggers hold after
** a reanalysis, a deletion and an addition. */
static void test_migrate_v7(void **state)
{
    static const char *const texts[] = {
        "Turkey and Greece agreed on Friday to resume talks in Athens, "
        "officials in Ankara said. Greece welcomed the offer from Turkey.",
        "Greece accused Turkey of violating its airspace on Thursday. "
        "The United Nations urged Turkey and Greece to talk.",
        "Iran and Turkey signed a gas deal in Ankara on Monday.",
        "Turkey's foreign minister met his Greek counterpart in Athens on "
        "Wednesday. Greece and Turkey agreed to resume talks on the disputed "
        "islands, and the two ministers said the talks would begin in March. "
        "The foreign minister of Greece said Athens wanted the talks to cover "
        "the airspace and the continental shelf, and Turkey said it would "
        "bring its own list of questions to the talks in Ankara.",
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *arts_before, *arts_after, *before, *after, *net_before, *net_after,
         *rows_before, *rows_after;
    dossier *d = NULL;
    size_t i;
    int npacked, fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        add_text(d, texts[i]);
    /* new articles: long texts packed, short ones kept as text */
    npacked = count_of(d, "SELECT count(*) FROM articles WHERE typeof(text_z) = 'blob'");
    assert_true(npacked >= 1);
    assert_int_equal(count_of(d, "SELECT count(*) FROM articles"
                                 " WHERE length(body) < 64 AND typeof(text_z) = 'blob'"), 0);
    check_entity_months(d);
    arts_before = dump_articles(d);
    assert_non_null(strstr(arts_before, "the continental shelf"));
    assert_non_null(strstr(arts_before, "[Athens]"));
    before = dump_texts(d, "Turkey");
    net_before = dump_network(d, "Turkey");
    assert_non_null(strstr(net_before, "node Greece"));
    rows_before = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v8_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db, articles_v7_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db, "PRAGMA user_version=7",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(count_of(d, "SELECT count(*) FROM pragma_table_info('articles')"
                                 " WHERE name = 'text_z'"), 0);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count_of(d, "SELECT count(*) FROM articles"
                                 " WHERE typeof(text_z) = 'blob'"), npacked);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('articles_published', 'articles_kind',"
                                 " 'articles_page', 'articles_fts_content',"
                                 " 'articles_ad', 'articles_au', 'mentions_em_ad',"
                                 " 'mentions_em_au', 'articles_em_bd',"
                                 " 'articles_em_au')"), 10);
    assert_int_equal(sqlite3_exec(d->store.db, "INSERT INTO articles_fts(articles_fts)"
                                  " VALUES('integrity-check')", NULL, NULL, NULL),
                     SQLITE_OK);
    arts_after = dump_articles(d);
    assert_string_equal(arts_after, arts_before);
    rows_after = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    assert_string_equal(rows_after, rows_before);
    after = dump_texts(d, "Turkey");
    assert_string_equal(after, before);
    net_after = dump_network(d, "Turkey");
    assert_string_equal(net_after, net_before);
    check_entity_months(d);
    /* the triggers work again: a reanalysis and a deletion keep it exact */
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    check_entity_months(d);
    {
        int64_t four = 4, n = 0;
        assert_int_equal(dossier_article_delete(d, &four, 1, &n), DOSSIER_OK);
        assert_int_equal(n, 1);
    }
    check_entity_months(d);
    assert_int_equal(count_of(d, "SELECT count(*) FROM articles_fts"
                                 " WHERE articles_fts MATCH 'continental'"), 0);
    add_text(d, "Greece and Turkey met again in Athens on Saturday.");
    check_entity_months(d);
    assert_int_equal(count_of(d, "SELECT count(*) FROM articles_fts"
                                 " WHERE articles_fts MATCH 'saturday'"), 1);
    assert_int_equal(sqlite3_exec(d->store.db, "INSERT INTO articles_fts(articles_fts)"
                                  " VALUES('integrity-check')", NULL, NULL, NULL),
                     SQLITE_OK);
    free(arts_before);
    free(arts_after);
    free(before);
    free(after);
    free(net_before);
    free(net_after);
    free(rows_before);
    free(rows_after);
    dossier_close(d);
    remove_db(path);
}

/* A version 8 database (mentions and timexes rowid tables with an id and
** an index on article, triggers naming the id) is migrated when opened:
** both tables are rebuilt WITHOUT ROWID, keyed by (article, seq), with the
** same rows in the same order; the article indexes go; every text,
** mention, time-dated action query, network and entity_months reads the
** same; the triggers hold after a merge, a reanalysis, a deletion and an
** addition. */
static void test_migrate_v8(void **state)
{
    static const char *const texts[] = {
        "Turkey and Greece agreed on Friday to resume talks in Athens, "
        "officials in Ankara said. Greece welcomed the offer from Turkey.",
        "Greece accused Turkey of violating its airspace on Thursday. "
        "The United Nations will urge Turkey and Greece on March 20 to talk.",
        "Iran and Turkey signed a gas deal in Ankara on Monday. Iran said "
        "last year that the pipeline would open in 2025.",
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *before, *after, *net_before, *net_after, *rows_before, *rows_after,
         *tx_before, *tx_after, *within_before, *within_after,
         *sent_before, *sent_after, *xs_before, *xs_after;
    dz_action_filter af;
    dossier *d = NULL;
    size_t i;
    int fd = mkstemp(path);
    (void)state;
    close(fd);
    unlink(path);
    memset(&af, 0, sizeof af);
    snprintf(af.since, sizeof af.since, "2024-03-01");
    snprintf(af.until, sizeof af.until, "2024-03-31");
    af.within = 1;
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        add_text(d, texts[i]);
    /* new rows: keyed, no rowid, no index on article */
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " name IN ('mentions', 'timexes')"
                                 " AND sql LIKE '%WITHOUT ROWID'"), 2);
    assert_true(count_of(d, "SELECT count(*) FROM timexes") >= 3);
    check_entity_months(d);
    before = dump_texts(d, "Turkey");
    net_before = dump_network(d, "Turkey");
    within_before = dump_cursor(actions_query(d, &af));
    assert_non_null(strstr(net_before, "node Greece"));
    rows_before = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    tx_before = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    assert_non_null(strstr(tx_before, "2024-03-20"));
    sent_before = dump_cursor(dz_sql_readonly(&d->store, SENTENCE_ROWS));
    xs_before = dump_cursor(dz_sql_readonly(&d->store, ACTION_SENTENCES));
    /* back to the layout of version 8 */
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v8_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_exec(d->store.db, "PRAGMA user_version=8",
                                  NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(count_of(d, "SELECT count(*) FROM pragma_table_info('mentions')"
                                 " WHERE name = 'id'"), 1);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " name IN ('mentions', 'timexes')"
                                 " AND sql LIKE '%WITHOUT ROWID'"), 2);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('mentions_article', 'timexes_article',"
                                 " 'sentences_article')"), 0);
    /* actions_target holds the actions with a target alone, and a query
    ** by target still reads it */
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " name = 'actions_target'"
                                 " AND sql LIKE '%WHERE target IS NOT NULL'"), 1);
    {
        char *plan = dump_cursor(dz_sql_readonly(&d->store, "EXPLAIN QUERY PLAN"
            " SELECT id FROM actions x WHERE x.target IN (SELECT entity FROM"
            " aliases WHERE key = 'turkey') ORDER BY x.date_start"));
        assert_non_null(strstr(plan, "actions_target"));
        free(plan);
    }
    /* sentences: ids in their article's range, no foreign key to cascade */
    assert_int_equal(count_of(d, "SELECT count(*) FROM sentences"
                                 " WHERE id <> article * 65536 + seq"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM"
                                 " pragma_foreign_key_list('sentences')"), 0);
    sent_after = dump_cursor(dz_sql_readonly(&d->store, SENTENCE_ROWS));
    assert_string_equal(sent_after, sent_before);
    xs_after = dump_cursor(dz_sql_readonly(&d->store, ACTION_SENTENCES));
    assert_string_equal(xs_after, xs_before);
    assert_non_null(strstr(xs_after, "sa=1"));
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('mentions_entity', 'mentions_em_ad',"
                                 " 'mentions_em_au', 'articles_em_bd',"
                                 " 'articles_em_au')"), 5);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " sql LIKE '%o.id <> new.id%'"), 0);
    rows_after = dump_cursor(dz_sql_readonly(&d->store, MENTION_ROWS));
    assert_string_equal(rows_after, rows_before);
    tx_after = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    assert_string_equal(tx_after, tx_before);
    after = dump_texts(d, "Turkey");
    assert_string_equal(after, before);
    net_after = dump_network(d, "Turkey");
    assert_string_equal(net_after, net_before);
    within_after = dump_cursor(actions_query(d, &af));
    assert_string_equal(within_after, within_before);
    check_entity_months(d);
    /* the triggers work again: moving mentions to another entity, a
    ** reanalysis, a deletion and an addition keep entity_months exact */
    assert_int_equal(sqlite3_exec(d->store.db, "UPDATE mentions SET entity ="
                                  " (SELECT id FROM entities WHERE name = 'Greece')"
                                  " WHERE entity = (SELECT id FROM entities"
                                  " WHERE name = 'Iran')", NULL, NULL, NULL),
                     SQLITE_OK);
    check_entity_months(d);
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    check_entity_months(d);
    {
        int64_t two = 2, n = 0;
        assert_int_equal(dossier_article_delete(d, &two, 1, &n), DOSSIER_OK);
        assert_int_equal(n, 1);
    }
    check_entity_months(d);
    assert_int_equal(count_of(d, "SELECT count(*) FROM mentions WHERE article = 2"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM timexes WHERE article = 2"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sentences WHERE article = 2"), 0);
    assert_true(count_of(d, "SELECT count(*) FROM sentences WHERE article = 3") > 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sentences"
                                 " WHERE id <> article * 65536 + seq"), 0);
    add_text(d, "Greece and Turkey met again in Athens on Saturday.");
    check_entity_months(d);
    free(before);
    free(after);
    free(net_before);
    free(net_after);
    free(rows_before);
    free(rows_after);
    free(tx_before);
    free(tx_after);
    free(within_before);
    free(within_after);
    free(sent_before);
    free(sent_after);
    free(xs_before);
    free(xs_after);
    dossier_close(d);
    remove_db(path);
}

/* Actions and time expressions of version 9: dates and labels as text
** (made from a version 10 file, to be migrated again). */
static const char analysis_v9_sql[] =
    ANALYSIS_V11_UNDO
    "PRAGMA foreign_keys=OFF;"
    "CREATE TABLE actions9(id INTEGER PRIMARY KEY,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence INTEGER,"
    " actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
    " verb TEXT NOT NULL, category INTEGER,"
    " target INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
    " object TEXT, date_start TEXT, date_end TEXT, precision TEXT,"
    " date_source TEXT, modality TEXT NOT NULL DEFAULT 'asserted',"
    " ev_start INTEGER, ev_end INTEGER, ob_start INTEGER, ob_end INTEGER);"
    "INSERT INTO actions9 SELECT id, article, sentence, actor, verb, category,"
    " target, object, dz_date(date_start), dz_date(date_end),"
    " dz_label('precision', precision), dz_label('date_source', date_source),"
    " dz_label('modality', modality), ev_start, ev_end, ob_start, ob_end"
    " FROM actions;"
    "DROP TABLE actions; ALTER TABLE actions9 RENAME TO actions;"
    "CREATE INDEX actions_date ON actions(date_start, date_end);"
    "CREATE INDEX actions_actor ON actions(actor, date_start);"
    "CREATE INDEX actions_category ON actions(category, date_start);"
    "CREATE INDEX actions_article ON actions(article);"
    "CREATE INDEX actions_span ON actions(date_start, date_end)"
    " WHERE date_end > date_start;"
    "CREATE INDEX actions_long ON actions(date_start, date_end)"
    " WHERE coalesce(julianday(date_end) - julianday(date_start), 1e9) > 31;"
    "CREATE INDEX actions_target ON actions(target, date_start)"
    " WHERE target IS NOT NULL;"
    "CREATE TABLE timexes9(article INTEGER NOT NULL REFERENCES articles(id)"
    " ON DELETE CASCADE, seq INTEGER NOT NULL, sentence INTEGER,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT, value TEXT,"
    " date_start TEXT, date_end TEXT, precision TEXT,"
    " PRIMARY KEY(article, seq)) WITHOUT ROWID;"
    "INSERT INTO timexes9 SELECT article, seq, sentence, start, end,"
    " " TIMEX_TYPE_TEXT ", value, dz_date(date_start), dz_date(date_end),"
    " " PRECISION_TEXT " FROM timexes;"
    "DROP TABLE timexes; ALTER TABLE timexes9 RENAME TO timexes;"
    "PRAGMA foreign_keys=ON; PRAGMA user_version=9;";

/* The actions of one period (since, until; within: the whole range in
** it), as text. */
static char *dump_period(dossier *d, const char *since, const char *until,
                         int within)
{
    dz_action_filter af;
    memset(&af, 0, sizeof af);
    snprintf(af.since, sizeof af.since, "%s", since);
    snprintf(af.until, sizeof af.until, "%s", until);
    af.within = within;
    return dump_cursor(actions_query(d, &af));
}

/* dz_day and dz_date, the stored form of a date and back (schema 10): a
** round trip over the centuries; dates sort as their day numbers; a bound
** that is no date ("0000-00-00", "2024-02-30", "9999-99-99") falls
** between the dates its text falls between; other values pass as they
** are. dz_code and dz_label, the same for labels. */
static void test_day_numbers(void **state)
{
    dossier *d = NULL;
    (void)state;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT dz_day('1970-01-01')"), 0);
    assert_int_equal(count_of(d, "SELECT dz_day('1970-01-02')"), 1);
    assert_int_equal(count_of(d, "SELECT dz_date(dz_day('1866-01-01'))"
                                 " = '1866-01-01'"), 1);
    assert_int_equal(count_of(d, "SELECT dz_date(dz_day('0000-01-01'))"
                                 " = '0000-01-01' AND dz_date(dz_day("
                                 "'9999-12-31')) = '9999-12-31'"), 1);
    assert_int_equal(count_of(d, "SELECT dz_date(dz_day('2024-02-29'))"
                                 " = '2024-02-29'"), 1);
    assert_int_equal(count_of(d, "SELECT dz_day('2023-12-31') < dz_day('2024-01-01')"
                                 " AND dz_day('2024-01-01') < dz_day('2024-01-02')"), 1);
    assert_int_equal(count_of(d, "SELECT dz_day('0000-00-00') < dz_day('0000-01-01')"
                                 " AND dz_day('2024-02-30') > dz_day('2024-02-29')"
                                 " AND dz_day('2024-02-30') < dz_day('2024-03-01')"
                                 " AND dz_day('2024-13-01') > dz_day('2024-12-31')"
                                 " AND dz_day('2024-13-01') < dz_day('2025-01-01')"
                                 " AND dz_day('9999-99-99') > dz_day('9999-12-31')"), 1);
    assert_int_equal(count_of(d, "SELECT dz_day('2024-01') = '2024-01'"
                                 " AND dz_day(NULL) IS NULL AND dz_date(NULL) IS NULL"
                                 " AND dz_date('x') = 'x' AND dz_day(7) = 7"
                                 " AND dz_date(99999999) = 99999999"), 1);
    /* labels: a code per name of each list, and back; others pass */
    assert_int_equal(count_of(d, "SELECT dz_code('modality', 'asserted') = 0"
                                 " AND dz_label('modality', dz_code('modality',"
                                 " 'hypothetical')) = 'hypothetical'"
                                 " AND dz_label('date_source', dz_code("
                                 "'date_source', 'relative')) = 'relative'"
                                 " AND dz_label('precision', dz_code('precision',"
                                 " 'vague')) = 'vague' AND dz_label('timex_type',"
                                 " dz_code('timex_type', 'SET')) = 'SET'"), 1);
    assert_int_equal(count_of(d, "SELECT dz_code('modality', 'perhaps') = 'perhaps'"
                                 " AND dz_label('modality', 99) = 99"
                                 " AND dz_label('nolist', 0) = 0"
                                 " AND dz_code('modality', NULL) IS NULL"), 1);
    dossier_close(d);
}

/* The foreign keys of version 10 put back on mentions, timexes and actions
** (their definitions as store.c wrote them), with the triggers of version
** 10. */
static const char analysis_v10_sql[] =
    "PRAGMA writable_schema=ON;"
    "UPDATE sqlite_schema SET sql = replace(sql, '  article INTEGER NOT NULL,',"
    " '  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,')"
    " WHERE name IN ('mentions', 'timexes', 'actions');"
    "UPDATE sqlite_schema SET sql = replace(sql, '  entity INTEGER NOT NULL,',"
    " '  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,')"
    " WHERE name = 'mentions';"
    "UPDATE sqlite_schema SET sql = replace(replace(sql, '  actor INTEGER,',"
    " '  actor INTEGER REFERENCES entities(id) ON DELETE SET NULL,'),"
    " '  target INTEGER,', '  target INTEGER REFERENCES entities(id)"
    " ON DELETE SET NULL,') WHERE name = 'actions';"
    "PRAGMA schema_version=1000;"
    "PRAGMA writable_schema=RESET;"
    ANALYSIS_V11_UNDO
    "DELETE FROM articles_fts_config WHERE k = 'hashsize';"
    "PRAGMA user_version=10;";

/* The foreign keys of the analysis tables, all three together. */
#define ANALYSIS_KEYS \
    "SELECT (SELECT count(*) FROM pragma_foreign_key_list('mentions'))" \
    " + (SELECT count(*) FROM pragma_foreign_key_list('timexes'))" \
    " + (SELECT count(*) FROM pragma_foreign_key_list('actions'))"

/* A version 10 database (foreign keys on mentions, timexes and actions; the
** full-text index's default 'hashsize') is migrated when opened: the keys
** go, the rows stay, the index keeps 8 MiB of new terms, and the
** cascades the keys gave are the triggers' now: an entity deleted takes
** its mentions (and their entity_months counts) and leaves its actions
** without that actor or target; an article deleted takes its time
** expressions and actions with its mentions and sentences. */
static void test_migrate_v10(void **state)
{
    static const char *const texts[] = {
        "Turkey and Greece agreed on Friday to resume talks in Athens, "
        "officials in Ankara said. Greece welcomed the offer from Turkey.",
        "Greece accused Turkey of violating its airspace last month. "
        "The United Nations will urge Turkey and Greece on March 20 to talk.",
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *before[2], *after;
    dossier *d = NULL;
    int64_t ids[2], deleted = 0, turkey;
    int fd = mkstemp(path), keys;
    size_t i;
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < 2; i++)
        ids[i] = add_text(d, texts[i]);
    assert_int_equal(count_of(d, ANALYSIS_KEYS), 0);
    before[0] = dump_cursor(dz_sql_readonly(&d->store, ACTION_ROWS));
    before[1] = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v10_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    keys = count_of(d, ANALYSIS_KEYS);
    assert_int_equal(keys, 6);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    assert_int_equal(count_of(d, ANALYSIS_KEYS), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE"
                                 " type = 'trigger' AND name = 'entities_ad'"), 1);
    /* the full-text index keeps 8 MiB of new terms before it writes */
    assert_int_equal(count_of(d, "SELECT v FROM articles_fts_config"
                                 " WHERE k = 'hashsize'"), 8388608);
    after = dump_cursor(dz_sql_readonly(&d->store, ACTION_ROWS));
    assert_string_equal(after, before[0]);
    free(after);
    after = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    assert_string_equal(after, before[1]);
    free(after);
    /* an entity deleted: its mentions and counts go, its acts stay */
    turkey = count_of(d, "SELECT id FROM entities WHERE name = 'Turkey'");
    assert_true(turkey > 0);
    assert_true(count_of(d, "SELECT count(*) FROM mentions m JOIN entities e"
                            " ON e.id = m.entity WHERE e.name = 'Turkey'") >= 4);
    assert_true(count_of(d, "SELECT count(*) FROM actions a JOIN entities e"
                            " ON e.id IN (a.actor, a.target)"
                            " WHERE e.name = 'Turkey'") >= 1);
    {
        int nact = count_of(d, "SELECT count(*) FROM actions");
        assert_int_equal(sqlite3_exec(d->store.db, "DELETE FROM entities"
                         " WHERE name = 'Turkey'", NULL, NULL, NULL), SQLITE_OK);
        assert_int_equal(count_of(d, "SELECT count(*) FROM actions"), nact);
    }
    {
        char sql[320];
        snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM mentions"
                 " WHERE entity = %lld) + (SELECT count(*) FROM actions"
                 " WHERE %lld IN (actor, target)) + (SELECT count(*) FROM"
                 " entity_months WHERE entity = %lld)", (long long)turkey,
                 (long long)turkey, (long long)turkey);
        assert_int_equal(count_of(d, sql), 0);
    }
    assert_true(count_of(d, "SELECT count(*) FROM mentions") > 0);
    /* an article deleted: every row of its analysis goes */
    assert_true(count_of(d, "SELECT count(*) FROM timexes WHERE article = 1"
                            " OR article = 2") > 0);
    assert_int_equal(dossier_article_delete(d, &ids[0], 1, &deleted), DOSSIER_OK);
    assert_int_equal(deleted, 1);
    {
        char sql[320];
        long long a = (long long)ids[0];
        snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM mentions WHERE"
                 " article = %lld) + (SELECT count(*) FROM timexes WHERE"
                 " article = %lld) + (SELECT count(*) FROM actions WHERE"
                 " article = %lld) + (SELECT count(*) FROM sentences WHERE"
                 " article = %lld)", a, a, a, a);
        assert_int_equal(count_of(d, sql), 0);
        a = (long long)ids[1];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM timexes WHERE"
                 " article = %lld", a);
        assert_true(count_of(d, sql) > 0);
    }
    free(before[0]);
    free(before[1]);
    dossier_close(d);
    unlink(path);
}

/* A version 9 database (dates, a time expression's type and precision as
** text) is migrated when opened: actions and timexes rebuilt with day
** numbers and codes, same ids and rows; every action query by period
** (the three branches, a whole range within a period, the time
** expressions that move an act out of it), the network and the texts
** read the same; the date indexes serve the same plans. */
static void test_migrate_v9(void **state)
{
    static const char *const texts[] = {
        "Turkey and Greece agreed on Friday to resume talks in Athens, "
        "officials in Ankara said. Greece welcomed the offer from Turkey.",
        "Greece accused Turkey of violating its airspace last month. "
        "The United Nations will urge Turkey and Greece on March 20 to talk.",
        "Iran and Turkey signed a gas deal in Ankara on Monday. Iran said "
        "last year that the pipeline would open in 2025.",
    };
    static const char *const periods[][2] = {
        { "2024-03-01", "2024-03-31" }, { "2024-03-20", "2024-03-20" },
        { "2024-01-01", "2024-12-31" }, { "2023-01-01", "2023-12-31" },
    };
    char path[] = "/tmp/dossier-test-XXXXXX";
    char *before[3 + 2 * 4], *after;
    dossier *d = NULL;
    size_t i;
    int fd = mkstemp(path), n = 0;
    (void)state;
    close(fd);
    unlink(path);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
        add_text(d, texts[i]);
    /* new rows: day numbers and codes */
    assert_true(count_of(d, "SELECT count(*) FROM actions"
                            " WHERE typeof(date_start) = 'integer'") >= 3);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions WHERE date_start"
                                 " IS NOT NULL AND typeof(date_start) <> 'integer'"), 0);
    assert_true(count_of(d, "SELECT count(*) FROM timexes"
                            " WHERE typeof(date_end) = 'integer'") >= 3);
    assert_int_equal(count_of(d, "SELECT count(*) FROM timexes"
                                 " WHERE typeof(type) <> 'integer'"
                                 " OR typeof(precision) <> 'integer'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions"
                                 " WHERE typeof(modality) <> 'integer'"
                                 " OR typeof(date_source) <> 'integer'"
                                 " OR typeof(precision) <> 'integer'"), 0);
    before[n++] = dump_cursor(dz_sql_readonly(&d->store, ACTION_ROWS));
    before[n++] = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    before[n++] = dump_network(d, "Turkey");
    for (i = 0; i < 4; i++) {
        before[n++] = dump_period(d, periods[i][0], periods[i][1], 0);
        before[n++] = dump_period(d, periods[i][0], periods[i][1], 1);
    }
    assert_non_null(strstr(before[0], "2024-03-20"));
    assert_non_null(strstr(before[1], "type=DATE"));
    assert_non_null(strstr(before[3], "2024-03-"));
    assert_non_null(strstr(before[3], "modality=asserted"));
    assert_non_null(strstr(before[3], "date_source=relative"));
    assert_null(strstr(before[3], "date_source=2"));
    assert_non_null(strstr(before[3], "precision=day"));
    /* back to the layout of version 9 */
    assert_int_equal(sqlite3_exec(d->store.db, analysis_v9_sql, NULL, NULL, NULL),
                     SQLITE_OK);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions"
                                 " WHERE typeof(date_start) = 'integer'"), 0);
    assert_true(count_of(d, "SELECT count(*) FROM timexes WHERE type = 'DATE'") > 0);
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT user_version FROM pragma_user_version"),
                     STORE_SCHEMA_VERSION);
    /* the pages of the old tables are given back when it closes */
    dossier_close(d);
    assert_int_equal(dossier_open(path, &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT freelist_count FROM pragma_freelist_count"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions WHERE date_start"
                                 " IS NOT NULL AND typeof(date_start) <> 'integer'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM timexes WHERE date_end"
                                 " IS NOT NULL AND typeof(date_end) <> 'integer'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM timexes"
                                 " WHERE typeof(type) <> 'integer'"), 0);
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions"
                                 " WHERE typeof(modality) <> 'integer'"
                                 " OR typeof(date_source) <> 'integer'"), 0);
    n = 0;
    after = dump_cursor(dz_sql_readonly(&d->store, ACTION_ROWS));
    assert_string_equal(after, before[n++]);
    free(after);
    after = dump_cursor(dz_sql_readonly(&d->store, TIMEX_ROWS));
    assert_string_equal(after, before[n++]);
    free(after);
    after = dump_network(d, "Turkey");
    assert_string_equal(after, before[n++]);
    free(after);
    for (i = 0; i < 4; i++) {
        after = dump_period(d, periods[i][0], periods[i][1], 0);
        assert_string_equal(after, before[n++]);
        free(after);
        after = dump_period(d, periods[i][0], periods[i][1], 1);
        assert_string_equal(after, before[n++]);
        free(after);
    }
    /* the indexes, all made again, serve the period's branches */
    assert_int_equal(count_of(d, "SELECT count(*) FROM sqlite_schema WHERE name IN"
                                 " ('actions_date', 'actions_actor', 'actions_category',"
                                 " 'actions_article', 'actions_span', 'actions_long',"
                                 " 'actions_target')"), 7);
    {
        char *plan = dump_cursor(dz_sql_readonly(&d->store, "EXPLAIN QUERY PLAN"
            " SELECT id FROM actions x WHERE x.date_start >= dz_day('2023-03-01')"
            " AND x.date_start < dz_day('2024-03-01')"
            " AND x.date_end >= dz_day('2024-03-01') AND "
            STORE_LONG_SPAN("x.") " > 31"));
        assert_non_null(strstr(plan, "actions_long"));
        free(plan);
        plan = dump_cursor(dz_sql_readonly(&d->store, "EXPLAIN QUERY PLAN"
            " SELECT id FROM actions x WHERE x.date_start >= dz_day('2024-03-01')"
            " AND x.date_start <= dz_day('2024-03-31') ORDER BY x.date_start"));
        assert_non_null(strstr(plan, "actions_date"));
        free(plan);
    }
    /* and new rows go in the new form */
    add_text(d, "Greece and Turkey met again in Athens on Saturday.");
    assert_int_equal(count_of(d, "SELECT count(*) FROM actions WHERE date_start"
                                 " IS NOT NULL AND typeof(date_start) <> 'integer'"), 0);
    for (i = 0; i < (size_t)n; i++)
        free(before[i]);
    dossier_close(d);
    remove_db(path);
}

/* dz_text and dz_pack, the functions articles.body is read by: a round
** trip gives the text back byte for byte, short text stays text, and a
** damaged value is an error, not a crash. */
static void test_textpack(void **state)
{
    dossier *d = NULL;
    (void)state;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(count_of(d, "SELECT typeof(dz_pack('short text')) = 'text'"), 1);
    assert_int_equal(count_of(d, "WITH t(x) AS (SELECT 'Erdoğan said on Friday ' ||"
                                 " 'that Turkey and Greece would resume talks. ' ||"
                                 " 'Greece said Turkey and Greece would resume talks.')"
                                 " SELECT typeof(dz_pack(x)) = 'blob'"
                                 " AND length(dz_pack(x)) < length(CAST(x AS BLOB))"
                                 " AND dz_text(dz_pack(x)) = x FROM t"), 1);
    assert_int_equal(count_of(d, "SELECT dz_text(NULL) IS NULL"), 1);
    assert_int_not_equal(sqlite3_exec(d->store.db, "SELECT dz_text(x'0102030405')",
                                      NULL, NULL, NULL), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(d->store.db, "SELECT dz_text("
                                      "substr(dz_pack(printf('%.200c', 'a')), 1, 9))",
                                      NULL, NULL, NULL), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(d->store.db, "SELECT dz_text(x'')",
                                      NULL, NULL, NULL), SQLITE_OK);
    dossier_close(d);
}

/* A corpus read with SQLite alone: without the extension the packed body
** cannot be read; with dossier_sqlite loaded it reads the text stored. */
static void test_sqlite_extension(void **state)
{
    const char *ext = getenv("DOSSIER_SQLITE_EXT");
    char path[] = "/tmp/dz_ext_XXXXXX", db_path[64];
    const char *body = "Iraq said its warplanes hit two ships in the Gulf "
                       "on Tuesday, and Iran said it would retaliate.";
    dossier *d = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    char *err = NULL;
    int fd;
    (void)state;
    if (!ext)
        skip();
    assert_true((fd = mkstemp(path)) >= 0);
    close(fd);
    unlink(path);
    snprintf(db_path, sizeof db_path, "%s.db", path);
    assert_int_equal(dossier_open(db_path, &d), DOSSIER_OK);
    assert_int_equal(dossier_article_add(d, &(dossier_article){.title = "Gulf",
                     .published = "1987-03-02", .body = body}, NULL), DOSSIER_OK);
    dossier_close(d);

    assert_int_equal(sqlite3_open(db_path, &db), SQLITE_OK);
    assert_int_not_equal(sqlite3_exec(db, "SELECT body FROM articles",   /* no dz_text */
                                      NULL, NULL, NULL), SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
    assert_int_equal(sqlite3_load_extension(db, ext, NULL, &err), SQLITE_OK);
    assert_null(err);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT typeof(text_z), body FROM articles",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "blob");
    assert_string_equal((const char *)sqlite3_column_text(st, 1), body);
    sqlite3_finalize(st);
    /* the dates and labels of schema 10 read back, and an article deleted
    ** (its actions leave actions_long, whose predicate needs dz_date) */
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT dz_date(dz_day('1987-03-02')),"
                                        " dz_label('modality', 2)", -1, &st, NULL),
                     SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "1987-03-02");
    assert_string_equal((const char *)sqlite3_column_text(st, 1), "reported");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_exec(db, "PRAGMA foreign_keys=ON;"
                                  " DELETE FROM articles", NULL, NULL, &err), SQLITE_OK);
    assert_null(err);
    sqlite3_close(db);
    unlink(db_path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_schema_version),
        cmocka_unit_test(test_add_and_dedupe),
        cmocka_unit_test(test_bad_articles),
        cmocka_unit_test(test_random_bytes_file),
        cmocka_unit_test(test_foreign_database),
        cmocka_unit_test(test_reopen_keeps_data),
        cmocka_unit_test(test_sql_readonly),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_asof_latest),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_short_names),
        cmocka_unit_test(test_short_names_one_input),
        cmocka_unit_test(test_rows_kept_until_commit),
        cmocka_unit_test(test_migrate_surnames),
        cmocka_unit_test(test_migrate_v5),
        cmocka_unit_test(test_migrate_v6),
        cmocka_unit_test(test_migrate_v7),
        cmocka_unit_test(test_migrate_v8),
        cmocka_unit_test(test_migrate_v9),
        cmocka_unit_test(test_migrate_v10),
        cmocka_unit_test(test_day_numbers),
        cmocka_unit_test(test_textpack),
        cmocka_unit_test(test_sqlite_extension),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
