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

#include "core/core.h"
#include "analysis/analyze.h"

#define STORE_SCHEMA_VERSION 5

/* Open or create the database at path into d->db, check that it is a
** dossier database (or empty), migrate it. Returns a DOSSIER_ code. */
int store_open(dossier *d, const char *path);
void store_close(dossier *d);
/* The busy timeout a new handle starts with, in milliseconds:
** $DOSSIER_BUSY_TIMEOUT, else 10 minutes. */
int store_default_busy_timeout(void);

/* A prepared statement for sql, cached on d (sql must be a string literal
** or otherwise outlive d). Reset and cleared of bindings; NULL on error. */
sqlite3_stmt *store_stmt(dossier *d, const char *sql);

int store_begin(dossier *d);          /* BEGIN IMMEDIATE */
int store_commit(dossier *d);
int store_rollback(dossier *d);       /* safe when no transaction is open */

/* Content hash of an article (hex, 32 chars + NUL): kind, title, body. */
void store_article_hash(const dossier_article *a, char out[33]);

/* Insert a page record (one input) and return its id in *id. */
int store_page_add(dossier *d, const char *path, const char *url,
                   const char *format, const char *hash, int64_t *id);

/* Insert an article (no analysis). DOSSIER_DUPLICATE with *id set to the
** stored one when the content hash is known. page may be 0. Its full-text
** row is written by store_commit, so an article is searchable once its
** transaction commits. */
int store_article_insert(dossier *d, int64_t page, int seq,
                         const dossier_article *a, int64_t *id);

/* Analyse the stored article id and save its sentences, mentions, timexes
** and actions (replacing earlier ones). */
int store_article_analyze(dossier *d, int64_t id);

/* Save the analyses of the n jobs queued on z (job k is article ids[k]),
** in order, as the workers finish them; adds the count saved to *saved
** (may be NULL). Stops at the first error or an interrupt. */
int store_save_analyses(dossier *d, dz_analyzer *z, const int64_t *ids,
                        int n, int64_t *saved);

/* The same for n articles, analysed on worker threads (analyze.h) while
** this thread saves them in order. */
int store_articles_analyze(dossier *d, const int64_t *ids, int n);

/* Save an analysis for article id; entities are found or created by
** (name, type), short forms resolved against the corpus. */
int store_save_analysis(dossier *d, int64_t id, const dz_analysis *a);

/* A new entity was stored as id: index a person's surname so short names
** resolve to it (see resolve_short). Runs inside the caller's transaction. */
int store_entity_added(dossier *d, int64_t id, const char *name,
                       const char *type);

/* Add the user's entity definitions and aliases stored in the corpus to
** lx. 0 ok, -1 error. */
int store_load_user_lexicon(dossier *d, dz_lexicon *lx);

/* Newest published date in the corpus into out ("" when none). */
int store_latest_date(dossier *d, char out[11]);

#endif
