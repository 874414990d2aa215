/*
** test_ingest.c — the ingest driver on a scratch folder: recursive walk
** with a symlink loop, metadata in order of trust (input, sidecar, option,
** text, unknown), dedupe on re-run, gzip, and every bad input (NUL bytes,
** invalid UTF-8, Latin-1, empty, oversized) reported per file while the
** batch goes on.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <zlib.h>
#include <cmocka.h>
#include "core/core.h"
#include "ingest/ingest.h"

static char dir[256];

static void write_file(const char *name, const char *data, size_t n)
{
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "wb");
    assert_non_null(f);
    if (n)
        assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

/* write a string literal (which may hold NUL bytes) */
#define WRITE(name, lit) write_file(name, lit, sizeof(lit) - 1)

static void write_gz(const char *name, const char *data)
{
    char path[512];
    gzFile g;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    g = gzopen(path, "wb");
    assert_non_null(g);
    assert_int_equal(gzwrite(g, data, (unsigned)strlen(data)), (int)strlen(data));
    gzclose(g);
}

static int rm_rf(const char *p)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", p);
    return system(cmd);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/dossier_test_ingest_XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    rm_rf(dir);
    return 0;
}

static char *query_text(dossier *d, const char *sql)
{
    dz_cursor *c = dz_sql_readonly(&d->store, sql);
    char *r = NULL;
    assert_non_null(c);
    if (dz_cursor_step(c) == 1 && dz_cursor_text(c, 0, NULL))
        r = dz_strdup(dz_cursor_text(c, 0, NULL));
    dz_cursor_free(c);
    return r;
}

static int64_t query_int(dossier *d, const char *sql)
{
    dz_cursor *c = dz_sql_readonly(&d->store, sql);
    int64_t v = -1;
    assert_non_null(c);
    if (dz_cursor_step(c) == 1)
        v = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return v;
}

static void expect_text(dossier *d, const char *sql, const char *want)
{
    char *got = query_text(d, sql);
    if (!want)
        assert_null(got);
    else
        assert_string_equal(got ? got : "(null)", want);
    free(got);
}

/* on_file callback: count calls and remember failures */
typedef struct seen {
    int calls, failures;
    char failed[8][256];
} seen;

static void on_file(void *ctx, const char *path, int rc, const char *message,
                    const dossier_ingest_stats *so_far)
{
    seen *s = ctx;
    s->calls++;
    assert_true(so_far->files >= s->calls);
    if (rc != DOSSIER_OK) {
        assert_non_null(message);
        if (s->failures < 8)
            snprintf(s->failed[s->failures], 256, "%s: %s", strrchr(path, '/') + 1, message);
        s->failures++;
    }
}

static const char *failure_of(seen *s, const char *name)
{
    int i;
    for (i = 0; i < s->failures && i < 8; i++)
        if (!strncmp(s->failed[i], name, strlen(name)) && s->failed[i][strlen(name)] == ':')
            return s->failed[i] + strlen(name) + 2;
    return NULL;
}

static void test_metadata_and_dedupe(void **state)
{
    dossier *d = NULL;
    dossier_ingest_opts o;
    dossier_ingest_stats st;
    char sub[300], loop[400];
    (void)state;
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    snprintf(loop, sizeof loop, "%s/sub/loop", dir);
    assert_int_equal(symlink(dir, loop), 0);          /* a symlink loop */

    /* sidecar date beats the option; option beats nothing */
    WRITE("a.txt", "Alpha title here now\n\nThe first paragraph of alpha is here, long enough.\n\n"
               "The second paragraph of alpha is also here, long enough.\n");
    WRITE("a.json", "{\"published\": \"2024-04-23\", \"url\": \"https://x.org/a\", "
               "\"source\": \"X\", \"retrieved\": \"2024-09\"}");
    WRITE("sub/b.txt", "Beta title here now\n\nThe first paragraph of beta is here, long enough.\n\n"
               "The second paragraph of beta is also here, long enough.\n");
    /* a date stated at the top of the text */
    WRITE("sub/c.txt", "Gamma title here now\nPublished 5 May 2023\n\nThe first paragraph of "
               "gamma is here, long enough.\n\nThe second paragraph of gamma is also here.\n");
    WRITE("sub/c.txt.json", "{\"source\": \"Side\"}");   /* the other sidecar name */
    /* an array beside d.jsonl is data of its own, not d.jsonl's sidecar */
    WRITE("sub/d.json", "[{\"title\": \"Theta\", \"body\": \"Theta body.\"}]");
    /* the input's own date wins over the option */
    WRITE("sub/d.jsonl", "{\"title\":\"Delta\",\"body\":\"Delta body text.\",\"date\":\"2022-01-02\"}\n"
               "{\"title\":\"Epsilon\",\"body\":\"Epsilon body text.\"}\n"
          "{\"title\":\"Eta\",\"body\":\"LONDON, April 23, 2024 (Reuters) - Eta body. In 2019 it began.\"}\n");
    write_gz("sub/e.txt.gz", "Zeta title in a gzip file\n\nThe first paragraph of zeta is here, "
             "long enough.\n\nThe second paragraph of zeta is here, long enough.\n");

    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    memset(&o, 0, sizeof o);
    o.date = "2024-01-01";
    assert_int_equal(dossier_ingest(d, dir, &o, &st), DOSSIER_OK);
    assert_int_equal(st.files, 6);    /* a.json and c.txt.json are sidecars, not inputs */
    assert_int_equal(st.files_failed, 0);
    assert_int_equal(st.articles_added, 8);
    assert_int_equal(st.duplicates, 0);
    assert_true(st.bytes_total > 0 && st.bytes == st.bytes_total);

    expect_text(d, "SELECT published || ' ' || date_source || ' ' || url || ' ' || source || ' ' || meta "
                "FROM articles WHERE title='Alpha title here now'",
                "2024-04-23 sidecar https://x.org/a X {\"retrieved\":\"2024-09\"}");
    expect_text(d, "SELECT published || ' ' || date_source FROM articles WHERE title='Beta title here now'",
                "2024-01-01 option");
    expect_text(d, "SELECT published || ' ' || date_source FROM articles WHERE title='Delta'",
                "2022-01-02 meta");
    expect_text(d, "SELECT published || ' ' || date_source FROM articles WHERE title='Epsilon'",
                "2024-01-01 option");
    expect_text(d, "SELECT body FROM articles WHERE title='Zeta title in a gzip file'",
                "The first paragraph of zeta is here, long enough.\n\n"
                "The second paragraph of zeta is here, long enough.");
    expect_text(d, "SELECT count(*) FROM pages", "6");
    expect_text(d, "SELECT date_source FROM articles WHERE title='Theta'", "option");

    /* without the option, the date in the text is used, else unknown */
    {
        dossier *d2 = NULL;
        assert_int_equal(dossier_open(":memory:", &d2), DOSSIER_OK);
        assert_int_equal(dossier_ingest(d2, sub, NULL, &st), DOSSIER_OK);
        expect_text(d2, "SELECT published || ' ' || date_source || ' ' || source FROM articles "
                    "WHERE title='Gamma title here now'", "2023-05-05 inferred Side");
        expect_text(d2, "SELECT date_source FROM articles WHERE title='Beta title here now'", "unknown");
        /* a dateline gives the date; a year later in the text does not */
        expect_text(d2, "SELECT published || ' ' || date_source FROM articles WHERE title='Eta'",
                    "2024-04-23 inferred");
        expect_text(d2, "SELECT date_source FROM articles WHERE title='Epsilon'", "unknown");
        expect_text(d2, "SELECT published FROM articles WHERE title='Beta title here now'", NULL);
        dossier_close(d2);
    }

    /* the same ingest again adds nothing, not even page records */
    assert_int_equal(dossier_ingest(d, dir, &o, &st), DOSSIER_OK);
    assert_int_equal(st.files, 6);
    assert_int_equal(st.articles_added, 0);
    assert_int_equal(st.duplicates, 8);
    assert_int_equal(dossier_article_count(d), 8);
    expect_text(d, "SELECT count(*) FROM pages", "6");

    /* bad options are misuse */
    o.date = "someday";
    assert_int_equal(dossier_ingest(d, dir, &o, &st), DOSSIER_MISUSE);
    assert_non_null(strstr(dossier_errmsg(d), "not a date"));
    o.date = NULL;
    o.format = "pdf";
    assert_int_equal(dossier_ingest(d, dir, &o, &st), DOSSIER_MISUSE);
    assert_non_null(strstr(dossier_errmsg(d), "unknown format"));
    assert_int_equal(dossier_ingest(d, "/nonexistent/path", NULL, &st), DOSSIER_IO);
    assert_int_equal(st.files_failed, 1);
    dossier_close(d);
    rm_rf(sub);
    {
        char p[300];
        snprintf(p, sizeof p, "%s/a.txt", dir);
        unlink(p);
        snprintf(p, sizeof p, "%s/a.json", dir);
        unlink(p);
    }
}

static void test_bad_inputs(void **state)
{
    dossier *d = NULL;
    dossier_ingest_opts o;
    dossier_ingest_stats st;
    seen s;
    char path[300];
    FILE *f;
    (void)state;
    WRITE("1_binary.txt", "Title\0with NUL bytes\n");
    WRITE("2_empty.txt", "");
    WRITE("3_latin1.txt", "Caf\xe9 society returns\n\nThe caf\xe9 on the corner reopened on "
               "Monday after a long closure.\n");
    WRITE("4_broken.txt", "Broken bytes \xe2\x80\x94 here\n\nThis paragraph has a stray \xff byte "
               "and a valid \xe2\x80\x9cquote\xe2\x80\x9d in it.\n");
    WRITE("5_good.txt", "A good file title\n\nA good file has a paragraph that is long enough.\n");
    WRITE("6_bad.jsonl", "{\"title\": \"ok\"}\n{oops}\n");
    /* a 200 MB single-line text file: refused by size before it is read
    ** (text, then a sparse tail) */
    snprintf(path, sizeof path, "%s/7_huge.txt", dir);
    f = fopen(path, "wb");
    assert_non_null(f);
    {
        int k;
        for (k = 0; k < 1000; k++)
            fputs("word word ", f);
    }
    fflush(f);
    assert_int_equal(ftruncate(fileno(f), 200L << 20), 0);
    fclose(f);
    write_gz("8_bomb.txt.gz", "");   /* empty after gunzip */

    memset(&o, 0, sizeof o);
    memset(&s, 0, sizeof s);
    o.on_file = on_file;
    o.ctx = &s;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dossier_ingest(d, dir, &o, &st), DOSSIER_ERROR);
    assert_int_equal(s.calls, 8);
    assert_int_equal(st.files, 8);
    assert_int_equal(st.files_failed, 5);
    assert_int_equal(st.articles_added, 3);
    assert_int_equal(st.repaired_utf8, 2);
    assert_non_null(strstr(dossier_errmsg(d), "5 of 8 files failed"));
    assert_non_null(failure_of(&s, "1_binary.txt"));
    assert_non_null(strstr(failure_of(&s, "1_binary.txt"), "binary file"));
    assert_non_null(strstr(failure_of(&s, "2_empty.txt"), "empty file"));
    assert_non_null(strstr(failure_of(&s, "6_bad.jsonl"), "line 2: invalid JSON"));
    assert_non_null(strstr(failure_of(&s, "7_huge.txt"), "too large: 200.0 MB"));
    assert_non_null(strstr(failure_of(&s, "8_bomb.txt.gz"), "empty file"));
    /* Latin-1 converted, broken UTF-8 repaired */
    expect_text(d, "SELECT title FROM articles WHERE title LIKE 'Caf%'", "Caf\xc3\xa9 society returns");
    expect_text(d, "SELECT body FROM articles WHERE title LIKE 'Broken%'",
                "This paragraph has a stray \xef\xbf\xbd byte and a valid \xe2\x80\x9cquote\xe2\x80\x9d in it.");
    /* the failed JSON file left nothing behind */
    expect_text(d, "SELECT count(*) FROM articles WHERE title='ok'", "0");
    assert_int_equal(query_int(d, "SELECT count(*) FROM pages"), 3);
    dossier_close(d);
}

/* JSON lines stream in batches: many records, one transaction, a line
** over the limit refused, page-level options kept off the records. */
static void test_jsonl_stream(void **state)
{
    dossier *d = NULL;
    dossier_ingest_opts o;
    dossier_ingest_stats st;
    char path[300];
    FILE *f;
    int i;
    (void)state;
    snprintf(path, sizeof path, "%s/many.jsonl.gz", dir);
    {
        gzFile g = gzopen(path, "wb");
        assert_non_null(g);
        for (i = 0; i < 1000; i++)
            gzprintf(g, "{\"title\": \"Record %d\", \"body\": \"Body of record %d.\"}\n", i, i);
        gzprintf(g, "{\"title\": \"Caf\xe9\", \"body\": \"Latin-1 line.\"}");   /* no final LF */
        gzclose(g);
    }
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    memset(&o, 0, sizeof o);
    o.url = "https://example.org/one-page";
    o.date = "2020-02-02";
    assert_int_equal(dossier_ingest(d, path, &o, &st), DOSSIER_OK);
    assert_int_equal(st.articles_added, 1001);
    assert_int_equal(st.repaired_utf8, 1);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles WHERE url IS NOT NULL"), 0);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles WHERE date_source='option'"), 1001);
    assert_int_equal(query_int(d, "SELECT count(DISTINCT page) FROM articles"), 1);
    assert_int_equal(query_int(d, "SELECT max(seq) FROM articles"), 1000);
    expect_text(d, "SELECT body FROM articles WHERE title='Caf\xc3\xa9'", "Latin-1 line.");

    /* a single JSON line longer than the limit: refused, nothing stored */
    snprintf(path, sizeof path, "%s/long.jsonl", dir);
    f = fopen(path, "wb");
    assert_non_null(f);
    fputs("{\"title\": \"ok\"}\n{\"title\": \"long\", \"body\": \"", f);
    {
        char kb[1025];
        memset(kb, 'a', 1024);
        kb[1024] = 0;
        for (i = 0; i < (17 << 10); i++)   /* 17 MB on one line */
            fputs(kb, f);
    }
    fputs("\"}\n", f);
    fclose(f);
    assert_int_equal(dossier_ingest(d, path, NULL, &st), DOSSIER_ERROR);
    assert_int_equal(st.files_failed, 1);
    assert_non_null(strstr(dossier_errmsg(d), "line 2 is longer than 16 MB"));
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles WHERE title='ok'"), 0);
    dossier_close(d);
}

/* A JSON lines file of many batches (more than 4,096 articles, so that
** full-text rows written in chunks before the commit would be tested):
** every article is found in the full-text index, once, with its analysis;
** a bad line late in the file rolls the whole file back, index rows too. */
static void test_jsonl_chunks(void **state)
{
    dossier *d = NULL;
    dossier_ingest_stats st;
    char path[300];
    FILE *f;
    int i;
    (void)state;
    snprintf(path, sizeof path, "%s/chunks.jsonl", dir);
    f = fopen(path, "wb");
    assert_non_null(f);
    for (i = 0; i < 4700; i++)
        fprintf(f, "{\"title\": \"Record %d\", \"date\": \"1987-03-02\", "
                "\"body\": \"Ronald Reagan met Mikhail Gorbachev in Geneva "
                "on Monday. Item zq%dx.\"}\n", i, i);
    fclose(f);
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dossier_ingest(d, path, NULL, &st), DOSSIER_OK);
    assert_int_equal(st.articles_added, 4700);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles_fts"
                                  " WHERE articles_fts MATCH 'gorbachev'"), 4700);
    /* the first, a middle one of a chunk and the last, each once */
    assert_int_equal(query_int(d, "SELECT rowid FROM articles_fts"
                                  " WHERE articles_fts MATCH 'zq0x'"), 1);
    assert_int_equal(query_int(d, "SELECT rowid FROM articles_fts"
                                  " WHERE articles_fts MATCH 'zq3000x'"), 3001);
    assert_int_equal(query_int(d, "SELECT rowid FROM articles_fts"
                                  " WHERE articles_fts MATCH 'zq4699x'"), 4700);
    /* every article analysed: its three names at least */
    assert_int_equal(query_int(d, "SELECT count(DISTINCT article) FROM mentions"), 4700);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles a WHERE"
                                  " (SELECT count(*) FROM mentions m"
                                  " WHERE m.article = a.id) < 3"), 0);
    dossier_close(d);

    snprintf(path, sizeof path, "%s/late_bad.jsonl", dir);
    f = fopen(path, "wb");
    assert_non_null(f);
    for (i = 0; i < 4200; i++)
        fprintf(f, "{\"title\": \"Late %d\", \"body\": \"Body zl%dx.\"}\n", i, i);
    fputs("{oops}\n", f);
    fclose(f);
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dossier_ingest(d, path, NULL, &st), DOSSIER_ERROR);
    assert_int_equal(st.files_failed, 1);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles"), 0);
    assert_int_equal(query_int(d, "SELECT count(*) FROM articles_fts"
                                  " WHERE articles_fts MATCH 'body'"), 0);
    dossier_close(d);
}

static void test_read_file(void **state)
{
    dz_buf b = { 0 };
    int repaired = -1;
    char err[256], path[300];
    (void)state;
    write_gz("r.sgm.gz", "<DATE>26-FEB-1987</DATE>\nM\xfcller &lt;ABC>\n");
    snprintf(path, sizeof path, "%s/r.sgm.gz", dir);
    assert_int_equal(ingest_read_file(path, &b, &repaired, err, sizeof err), 0);
    assert_int_equal(repaired, 1);
    assert_string_equal(b.data, "<DATE>26-FEB-1987</DATE>\nM\xc3\xbcller &lt;ABC>\n");
    dz_buf_free(&b);
    snprintf(path, sizeof path, "%s/none", dir);
    assert_int_equal(ingest_read_file(path, &b, &repaired, err, sizeof err), -1);
    assert_non_null(strstr(err, "cannot read"));
    dz_buf_free(&b);
    /* a truncated gzip stream is an error, not a crash */
    {
        char full[300];
        FILE *f;
        char buf[64];
        size_t n;
        snprintf(full, sizeof full, "%s/r.sgm.gz", dir);
        f = fopen(full, "rb");
        n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        write_file("t.gz", buf, n - 10);
        snprintf(path, sizeof path, "%s/t.gz", dir);
        assert_int_equal(ingest_read_file(path, &b, &repaired, err, sizeof err), -1);
        assert_non_null(strstr(err, "gzip"));
        dz_buf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_metadata_and_dedupe, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bad_inputs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_stream, setup, teardown),
        cmocka_unit_test_setup_teardown(test_jsonl_chunks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_read_file, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
