/*
** store.h — what store.c offers: the SQLite database behind a corpus.
** Schema (versioned in the meta table, migrated on open), WAL, foreign
** keys, busy timeout, a cache of prepared statements, articles with their
** FTS5 index kept in step by triggers, content-hash dedupe, and saving one
** article's analysis. Every write here runs inside a transaction that the
** caller opens with store_begin and ends with store_commit / store_rollback.
*/
#ifndef DOSSIER_STORE_H
#define DOSSIER_STORE_H

#include <signal.h>
#include <sqlite3.h>
#include "dossier.h"
#include "base/util.h"
#include "analysis/analysis.h"
#include "analysis/entities.h"

/* Room for one error message, here and in the handle that owns the store. */
#define DZ_ERRMSG_MAX 512

/* A corpus's database. The handle (core/) embeds one and gives it its
** message buffer and interrupt flag; everything else is the store's own. */
/* Analysis rows are written by statements of the four tables that insert
** 1 << (0 .. STORE_ROWS_SIZES-1) rows; one row for now (store.c says
** why). */
#define STORE_ROWS_TABLES 4
#define STORE_ROWS_SIZES 1

typedef struct dz_store {
    sqlite3 *db;
    char *errmsg;                 /* the owner's, DZ_ERRMSG_MAX bytes */
    volatile sig_atomic_t *interrupted;   /* the owner's Ctrl-C flag */
    struct dz_stmt_cache *stmts;
    int64_t *fts_pending;         /* articles to index at commit */
    int nfts_pending, capfts_pending;
    struct dz_namecache *names;   /* entity lookups while saving */
    struct dz_em *em;             /* entity_months additions to write at
                                     commit (store.c) */
    sqlite3_stmt *rows[STORE_ROWS_TABLES][STORE_ROWS_SIZES];
                                  /* INSERTs of 1, 2, 4, ... rows (store.c) */
    int readonly;                 /* writes refused (a sandbox) */
    struct dz_pg *pg;             /* set: the corpus is on a PostgreSQL
                                     server (store/pg.c), db is NULL */
} dz_store;

/* Set the message (printf-style) and return rc. */
int store_error(dz_store *s, int rc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Copy SQLite's message, prefixed by what; returns the mapped dossier code
** (DOSSIER_INTERRUPTED for SQLITE_INTERRUPT, DOSSIER_IO, ...). */
int store_sqlite_error(dz_store *s, const char *what);

#define STORE_SCHEMA_VERSION 7

/* Open or create the database at path into s->db (a postgresql:// URI:
** a corpus on a server, see store/pg.h), check that it is a
** dossier database (or empty), migrate it. Returns a DOSSIER_ code. */
int store_open(dz_store *s, const char *path);
void store_close(dz_store *s);
/* Register on db the functions the store's queries use: dz_bm25, the
** search ranking (FTS5's bm25 over the text columns of articles_fts, see
** store.c). store_open does it; a program that opens a corpus with SQLite
** itself calls it to run the same queries. 0 ok, -1 error. */
int store_fts_functions(sqlite3 *db);
/* Busy timeout of a new store, in milliseconds (10 minutes): one ingest of
** a large file holds the write lock for seconds, and a second ingest must
** wait for it, not lose its file. */
#define STORE_BUSY_TIMEOUT_MS 600000

/* A prepared statement for sql, cached on d (sql must be a string literal
** or otherwise outlive d). Reset and cleared of bindings; NULL on error. */
sqlite3_stmt *store_stmt(dz_store *s, const char *sql);

int store_begin(dz_store *s);          /* BEGIN IMMEDIATE */
int store_commit(dz_store *s);
int store_rollback(dz_store *s);       /* safe when no transaction is open */
/* Send the writes queued by the open transaction now (on a server, while
** the caller has other work under way, e.g. the analysis of the next
** batch); nothing to do on SQLite, which writes as it goes. */
int store_flush(dz_store *s);

/* Content hash of an article (hex, 32 chars + NUL): kind, title, body. */
void store_article_hash(const dossier_article *a, char out[33]);

/* Insert a page record (one input) and return its id in *id. */
int store_page_add(dz_store *s, const char *path, const char *url,
                   const char *format, const char *hash, int64_t *id);

/* Insert an article (no analysis). DOSSIER_DUPLICATE with *id set to the
** stored one when the content hash is known. page may be 0. Its full-text
** row is written by store_commit, so an article is searchable once its
** transaction commits. */
int store_article_insert(dz_store *s, int64_t page, int seq,
                         const dossier_article *a, int64_t *id);

/* Insert the articles items[0..n) whose skip[i] is 0, as store_article_insert
** each, in one go: rcs[i] is DOSSIER_OK (new, ids[i] its id) or
** DOSSIER_DUPLICATE (ids[i] the stored one; also the second of two equal
** items). On PostgreSQL the content hashes of the whole batch are claimed
** in one statement. Any other status is the batch's, message set. */
int store_articles_insert(dz_store *s, int64_t page, int seq,
                          const dossier_article *items, int n, const char *skip,
                          int64_t *ids, int *rcs);

/* The stored text and published date ("" unknown) of article id; *body
** is the caller's to free. DOSSIER_NOTFOUND when there is no such article. */
int store_article_text(dz_store *s, int64_t id, char **body, size_t *len,
                       char published[11]);

/* Save an analysis for article id; entities are found or created by
** (name, type), short forms resolved against the corpus. */
int store_save_analysis(dz_store *s, int64_t id, const dz_analysis *a);

/* A new entity was stored as id: index a person's surname so short names
** resolve to it (see resolve_short). Runs inside the caller's transaction. */
int store_entity_added(dz_store *s, int64_t id, const char *name,
                       const char *type);

/* Add the user's entity definitions and aliases stored in the corpus to
** lx. 0 ok, -1 error. */
int store_load_user_lexicon(dz_store *s, dz_lexicon *lx);

/* Newest published date in the corpus into out ("" when none). */
int store_latest_date(dz_store *s, char out[11]);

/* ---- cursors --------------------------------------------------------------
** A cursor is a prepared query ready to step; query functions in the core
** return one so that callers (Lua bindings, C embedders) read rows without
** writing SQL. Column names are the record field names. */
typedef struct dz_cursor dz_cursor;
/* Step: 1 a row is ready, 0 done, -1 error (message set). */
int dz_cursor_step(dz_cursor *c);
int dz_cursor_ncols(dz_cursor *c);
const char *dz_cursor_name(dz_cursor *c, int i);
int dz_cursor_type(dz_cursor *c, int i);      /* SQLITE_INTEGER, ... */
int64_t dz_cursor_int(dz_cursor *c, int i);
double dz_cursor_double(dz_cursor *c, int i);
const char *dz_cursor_text(dz_cursor *c, int i, size_t *len);
void dz_cursor_free(dz_cursor *c);
/* Make a cursor over sql with params bound in order (each a string, or
** NULL for SQL NULL; strings that look like integers are bound as text:
** use the typed binder for numbers). Owned by the caller. */
dz_cursor *dz_cursor_new(dz_store *s, const char *sql);
int dz_cursor_bind_text(dz_cursor *c, int i, const char *s);
int dz_cursor_bind_int(dz_cursor *c, int i, int64_t v);
int dz_cursor_bind_double(dz_cursor *c, int i, double v);
int dz_cursor_bind_null(dz_cursor *c, int i);
sqlite3_stmt *dz_cursor_stmt(dz_cursor *c);   /* NULL on PostgreSQL */
/* The highest parameter number the cursor's SQL names. */
int dz_cursor_nparams(dz_cursor *c);
/* A cursor over sql through the statement cache (store_stmt; sql must
** outlive the store, a string literal) on SQLite, a new statement on
** PostgreSQL: how the query modules run a fixed SQL text. dz_cursor_free
** resets the cached statement for its next use. NULL with the message
** set. */
dz_cursor *store_query(dz_store *s, const char *sql);
/* A cursor over one read-only SQL statement supplied by a user
** (dossier.sql): anything that writes, or more than one statement, is
** refused with a message. */
dz_cursor *dz_sql_readonly(dz_store *s, const char *sql);

#endif
