/*
** bench_insert.c — the baseline for the ingest benchmark: read the same
** JSON lines files and do only the bare SQLite work — insert each article
** and its FTS5 row (same tokenizer as dossier) in one transaction per file.
** Prints "FILE ARTICLES BYTES SECONDS" for every file on stderr and
** "ARTICLES BYTES SECONDS" in all on stdout.
**
** usage: bench_insert DB FILE...
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include <sqlite3.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        fprintf(stderr, "bench_insert: %s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
    return rc;
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    sqlite3_stmt *ins, *fts;
    long articles = 0, bytes = 0;
    double t0;
    int i;

    if (argc < 3) {
        fprintf(stderr, "usage: bench_insert DB FILE...\n");
        return 2;
    }
    remove(argv[1]);
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) {
        fprintf(stderr, "bench_insert: cannot open %s\n", argv[1]);
        return 1;
    }
    check(db, sqlite3_exec(db,
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        "CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, published TEXT,"
        " url TEXT, body TEXT, hash TEXT UNIQUE);"
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,"
        " content='articles', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2');",
        NULL, NULL, NULL), "schema");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO articles(title, published, url,"
                                     " body, hash) VALUES (?,?,?,?,?)", -1, &ins, NULL),
          "prepare");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO articles_fts(rowid, title, body)"
                                     " VALUES (?,?,?)", -1, &fts, NULL), "prepare");
    t0 = now();
    for (i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "r");
        char *line = NULL;
        size_t cap = 0;
        ssize_t n;
        long file_articles = articles, file_bytes = bytes;
        double file_t0 = now();
        if (!f) {
            perror(argv[i]);
            return 1;
        }
        check(db, sqlite3_exec(db, "BEGIN", NULL, NULL, NULL), "begin");
        while ((n = getline(&line, &cap, f)) > 0) {
            json_error_t err;
            json_t *o = json_loadb(line, (size_t)n, 0, &err);
            const char *title, *body, *pub, *url;
            char hash[32];
            if (!o)
                continue;
            bytes += n;
            title = json_string_value(json_object_get(o, "title"));
            body = json_string_value(json_object_get(o, "body"));
            pub = json_string_value(json_object_get(o, "published"));
            url = json_string_value(json_object_get(o, "url"));
            snprintf(hash, sizeof hash, "%ld", articles);
            sqlite3_bind_text(ins, 1, title, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 2, pub, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 3, url, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 4, body, -1, SQLITE_STATIC);
            sqlite3_bind_text(ins, 5, hash, -1, SQLITE_STATIC);
            check(db, sqlite3_step(ins), "insert");
            sqlite3_reset(ins);
            sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
            sqlite3_bind_text(fts, 2, title, -1, SQLITE_STATIC);
            sqlite3_bind_text(fts, 3, body, -1, SQLITE_STATIC);
            check(db, sqlite3_step(fts), "fts insert");
            sqlite3_reset(fts);
            json_decref(o);
            articles++;
        }
        check(db, sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), "commit");
        free(line);
        fclose(f);
        fprintf(stderr, "%s %ld %ld %.6f\n", argv[i], articles - file_articles,
                bytes - file_bytes, now() - file_t0);
    }
    printf("%ld %ld %.6f\n", articles, bytes, now() - t0);
    sqlite3_finalize(ins);
    sqlite3_finalize(fts);
    sqlite3_close(db);
    return 0;
}
