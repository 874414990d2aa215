/*
** pg.h — the PostgreSQL backend of the store (pg.c). store.c hands every
** call to these when the store was opened on a postgresql:// URI
** (s->pg set); the functions mirror store.h's and keep its contracts
** (DOSSIER_ codes, the message in the owner's buffer, writes inside
** store_begin/store_commit). Query SQL written for SQLite reaches the
** server through pg_cursor_new, which translates its dialect (pg.c).
*/
#ifndef DOSSIER_PG_H
#define DOSSIER_PG_H

#include <stdint.h>
#include <stddef.h>
#include "dossier.h"
#include "analysis/analysis.h"
#include "analysis/entities.h"

/* A connection to a corpus on a server, owned by the store (s->pg). */
struct dz_pg;

#define PG_SCHEMA_VERSION 4

/* Whether path names a PostgreSQL corpus (postgresql:// or postgres://). */
int pg_is_uri(const char *path);

/* Connect to uri and make or migrate the schema; *out is set even on
** failure (close it with pg_close). Messages go to errmsg (errlen bytes,
** the store's owner's buffer) from then on. */
int pg_open(struct dz_pg **out, const char *uri, char *errmsg, size_t errlen);
void pg_close(struct dz_pg *s);
int pg_begin(struct dz_pg *s);
int pg_commit(struct dz_pg *s);
int pg_flush(struct dz_pg *s);
int pg_rollback(struct dz_pg *s);
int pg_page_add(struct dz_pg *s, const char *path, const char *url,
                const char *format, const char *hash, int64_t *id);
int pg_article_insert(struct dz_pg *s, int64_t page, int seq,
                      const dossier_article *a, const char *hash, int64_t *id);
/* Claim the content hashes of items[0..n) (skip[i] 0) in one statement
** and queue the new articles (store_articles_insert's contract). */
int pg_articles_insert(struct dz_pg *s, int64_t page, int seq,
                       const dossier_article *items, int n, const char *skip,
                       const char (*hashes)[33], int64_t *ids, int *rcs);
int pg_article_text(struct dz_pg *s, int64_t id, char **body, size_t *len,
                    char published[11]);
int pg_save_analysis(struct dz_pg *s, int64_t id, const dz_analysis *a);
/* Index a person's surname key (store_entity_added). */
int pg_surname_add(struct dz_pg *s, int64_t id, const char *key);
/* Delete article id and its rows, and its page when it holds no other
** article; *found 1 when it existed. Inside the caller's transaction. */
int pg_article_delete(struct dz_pg *s, int64_t id, int *found);
/* Delete the entities no article mentions and the user did not define,
** and their surname rows. */
int pg_orphans_delete(struct dz_pg *s);
int pg_load_user_lexicon(struct dz_pg *s, dz_lexicon *lx);
int pg_latest_date(struct dz_pg *s, char out[11]);
/* Cancel the statement running on the server (from a signal handler:
** PQcancel is async-signal-safe). */
void pg_interrupt(struct dz_pg *s);

/* Set a server setting of the session (lock_timeout, statement_timeout:
** milliseconds; default_transaction_read_only: 0 or 1). */
int pg_setting(struct dz_pg *s, const char *name, int64_t value);

/* ---- cursors over a server's results ------------------------------------ */
typedef struct pg_cursor pg_cursor;
/* A cursor over sql (SQLite's dialect, translated); readonly: the user's
** SQL, run in a read-only transaction. NULL with the message set. */
pg_cursor *pg_cursor_new(struct dz_pg *s, const char *sql, int readonly);
int pg_cursor_nparams(pg_cursor *c);
/* Bind parameter i to text (NULL: SQL NULL); integer: it was a number. */
int pg_cursor_bind(pg_cursor *c, int i, const char *text, int integer);
int pg_cursor_step(pg_cursor *c);
int pg_cursor_ncols(pg_cursor *c);
const char *pg_cursor_name(pg_cursor *c, int i);
int pg_cursor_type(pg_cursor *c, int i);
int64_t pg_cursor_int(pg_cursor *c, int i);
double pg_cursor_double(pg_cursor *c, int i);
const char *pg_cursor_text(pg_cursor *c, int i, size_t *len);
void pg_cursor_free(pg_cursor *c);

/* For the tests: SQLite's dialect as this backend sends it (caller frees),
** and the highest parameter number it names in *nparams. */
char *pg_translate(const char *sql, int *nparams);

#endif
