/*
** bench_search.c — the baseline for the search benchmark: the core's own
** ranked search (search_query: top 10, rank order; a conjunction walked
** phrase by phrase by store_fts_best, other shapes by the phrase counts,
** then the FTS5 statement) called from C, reading every column of every
** row.
** Prints queries per second (CPU time, like bench/queries.lua) on stdout;
** scripts/bench divides the Lua figure by it, so the ratio is what the Lua
** binding costs.
**
**   bench_search DB QUERIES_FILE [--compare]
**
** --compare also prints to stderr the same queries with the ranking done
** outside FTS5 (ORDER BY bm25() over a join), to show why the core ranks
** inside FTS5.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sqlite3.h>
#include "dossier.h"
#include "query/search.h"
#include "store/store.h"

#define MAX_QUERIES 256

static double cpu_now(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* Run every query through the core's search until secs of CPU time have
** passed; returns queries per second. */
static double run_core(dossier *d, char **queries, int n, double secs)
{
    double t0 = cpu_now(), t;
    long done = 0;
    int i, j;
    search_opts o;
    memset(&o, 0, sizeof o);
    o.f.limit = 10;
    do {
        for (i = 0; i < n; i++) {
            dz_cursor *c = search_query(d, queries[i], strlen(queries[i]), &o);
            while (c && dz_cursor_step(c) == 1)
                for (j = 0; j < dz_cursor_ncols(c); j++)
                    (void)dz_cursor_text(c, j, NULL);
            dz_cursor_free(c);
            done++;
        }
        t = cpu_now() - t0;
    } while (t < secs);
    return (double)done / t;
}

/* The same for the statement st over the FTS5 expressions exprs. */
static double run(sqlite3_stmt *st, char **exprs, int n, double secs)
{
    double t0 = cpu_now(), t;
    long done = 0;
    int i, j;
    do {
        for (i = 0; i < n; i++) {
            sqlite3_bind_text(st, 1, exprs[i], -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 2, SEARCH_MARK_OPEN, -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, SEARCH_MARK_CLOSE, -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 4, 10);
            sqlite3_bind_int64(st, 5, 0);
            while (sqlite3_step(st) == SQLITE_ROW)
                for (j = 0; j < sqlite3_column_count(st); j++)
                    (void)sqlite3_column_text(st, j);
            sqlite3_reset(st);
            done++;
        }
        t = cpu_now() - t0;
    } while (t < secs);
    return (double)done / t;
}

int main(int argc, char **argv)
{
    dossier *d = NULL;
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    char *queries[MAX_QUERIES], *exprs[MAX_QUERIES], line[1024];
    int n = 0, i, compare = argc > 3 && strcmp(argv[3], "--compare") == 0;
    FILE *f;

    if (argc < 3) {
        fprintf(stderr, "usage: bench_search DB QUERIES_FILE [--compare]\n");
        return 2;
    }
    if (!(f = fopen(argv[2], "r"))) {
        perror(argv[2]);
        return 1;
    }
    while (n < MAX_QUERIES && fgets(line, sizeof line, f)) {
        dz_buf b = { 0 };
        search_error e;
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0])
            continue;
        if (search_compile(line, strlen(line), &b, &e) != 0) {
            fprintf(stderr, "bench_search: %s: %s\n", line, e.msg);
            continue;
        }
        exprs[n] = dz_buf_detach(&b);
        queries[n++] = strdup(line);
    }
    fclose(f);
    if (dossier_open(argv[1], &d) != DOSSIER_OK) {
        fprintf(stderr, "bench_search: %s: %s\n", argv[1], dossier_errmsg(d));
        dossier_close(d);
        return 1;
    }
    printf("%.1f\n", run_core(d, queries, n, 2.0));
    dossier_close(d);
    if (compare &&
        sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
        store_fts_functions(db) == 0) {
        /* rank outside FTS5: bm25() in a join ordered by SQLite */
        const char *naive =
            "SELECT a.id, a.title, a.published, a.kind,"
            " -bm25(articles_fts, 10.0, 3.0, 1.0) AS score,"
            " snippet(articles_fts, -1, ?2, ?3, '…', 16)"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ?1"
            " ORDER BY bm25(articles_fts, 10.0, 3.0, 1.0) LIMIT ?4 OFFSET ?5";
        if (sqlite3_prepare_v2(db, naive, -1, &st, NULL) == SQLITE_OK) {
            fprintf(stderr, "ranked outside FTS5: %.1f queries/s\n",
                    run(st, exprs, n, 2.0));
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(db);
    for (i = 0; i < n; i++) {
        free(exprs[i]);
        free(queries[i]);
    }
    return 0;
}
