/*
** bench_search.c — the baseline for the search benchmark: the same FTS5
** statement search.query runs (search_query_sql, top 10, rank order),
** prepared once and stepped through the sqlite3 C API directly, reading
** every column of every row. Prints queries per second (CPU time, like
** bench/queries.lua) on stdout; scripts/bench divides the Lua figure by it.
**
**   bench_search DB QUERIES_FILE [--compare]
**
** --compare also prints to stderr the same query with the ranking done
** outside the FTS5 subquery (ORDER BY bm25() over a join), to show why the
** core ranks inside FTS5.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sqlite3.h>
#include "query/search.h"
#include "store/store.h"

#define MAX_QUERIES 256

static double cpu_now(void)
{
    return (double)clock() / CLOCKS_PER_SEC;
}

/* Run every query in exprs through st until secs of CPU time have passed;
** returns queries per second. */
static double run(sqlite3_stmt *st, char **exprs, int n, double secs, int marks)
{
    double t0 = cpu_now(), t;
    long done = 0;
    int i, j;
    do {
        for (i = 0; i < n; i++) {
            sqlite3_bind_text(st, 1, exprs[i], -1, SQLITE_STATIC);
            if (marks) {
                sqlite3_bind_text(st, 2, SEARCH_MARK_OPEN, -1, SQLITE_STATIC);
                sqlite3_bind_text(st, 3, SEARCH_MARK_CLOSE, -1, SQLITE_STATIC);
                sqlite3_bind_int64(st, 4, 10);
                sqlite3_bind_int64(st, 5, 0);
            }
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
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    char *exprs[MAX_QUERIES], line[1024];
    int n = 0, i, compare = argc > 3 && strcmp(argv[3], "--compare") == 0;
    search_opts o;
    dz_sql sql = { 0 };
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
        {   /* bound as the MATCH argument, as search.query binds it */
            dz_buf m = { 0 };
            if (search_match_arg(b.data, 0, &m) != 0) {
                fprintf(stderr, "bench_search: out of memory\n");
                return 1;
            }
            dz_buf_free(&b);
            exprs[n++] = dz_buf_detach(&m);
        }
    }
    fclose(f);
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "bench_search: %s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    /* the ranking function the store's search queries use */
    if (store_fts_functions(db) != 0) {
        fprintf(stderr, "bench_search: cannot register dz_bm25\n");
        return 1;
    }
    memset(&o, 0, sizeof o);
    o.f.limit = 10;
    search_query_sql(&o, "", &sql);
    if (sql.failed ||
        sqlite3_prepare_v2(db, sql.text.data, -1, &st, NULL) != SQLITE_OK) {
        fprintf(stderr, "bench_search: %s\n", sqlite3_errmsg(db));
        return 1;
    }
    printf("%.1f\n", run(st, exprs, n, 2.0, 1));
    sqlite3_finalize(st);
    if (compare) {
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
                    run(st, exprs, n, 2.0, 1));
            sqlite3_finalize(st);
        }
    }
    sql_free(&sql);
    for (i = 0; i < n; i++)
        free(exprs[i]);
    sqlite3_close(db);
    return 0;
}
