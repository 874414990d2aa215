/*
** core.h — the inside of a dossier handle, and the contracts between the
** core modules. Each section says what one file offers. Nothing here
** includes Lua.
*/
#ifndef DOSSIER_CORE_H
#define DOSSIER_CORE_H

#include <sqlite3.h>
#include <signal.h>
#include "dossier.h"
#include "base/util.h"
#include "analysis/analysis.h"

#if defined(__GNUC__)
#  define DZ_HIDDEN __attribute__((visibility("hidden")))
#else
#  define DZ_HIDDEN
#endif

typedef struct dz_lexicon dz_lexicon;   /* entities.c */

/* ---- the handle (dossier.c) ------------------------------------------------ */
struct dossier {
    sqlite3 *db;
    char errmsg[512];
    char asof[11];            /* "" means today */
    char today[11];
    volatile sig_atomic_t interrupted;
    dz_lexicon *lexicon;      /* loaded lazily by dz_lexicon_get */
    int model_state;          /* name tagger: 0 not tried, 1 loaded,
                                 -1 refused (rules only; see model_reason) */
    char model_reason[256];   /* why the tagger is off, "" when loaded */
    struct dz_stmt_cache *stmts;
    int64_t *fts_pending;     /* articles to index at commit (store.c) */
    int nfts_pending, capfts_pending;
    struct dz_namecache *names; /* entity lookups while saving (store.c) */
    int readonly;             /* dossier_set_readonly: writes refused */
    double deadline;          /* dossier_set_deadline: CLOCK_MONOTONIC
                                 seconds when queries stop; 0 none */
};

/* Set the handle's message (printf-style) and return rc. */
int dz_error(dossier *d, int rc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Copy SQLite's message into the handle, prefixed by what; returns the
** mapped dossier code (DOSSIER_INTERRUPTED for SQLITE_INTERRUPT, ...). */
int dz_sqlite_error(dossier *d, const char *what);

/* The corpus's lexicon (compiled-in gazetteers plus user definitions from
** the database), loaded on first use and dropped by dz_lexicon_reset after
** user edits. Owned by d. NULL on failure with the message set. */
dz_lexicon *dz_lexicon_get(dossier *d);
void dz_lexicon_reset(dossier *d);

/* Whether the learned name tagger is in use: loads the lexicon (and with it
** the built-in model) when not done yet. Returns 1 loaded, 0 rules only
** (gazetteers and rules; *reason says why, owned by d), -1 when the lexicon
** itself cannot load (message set). */
int dz_lexicon_model(dossier *d, const char **reason);

/* Resolve a since/until value: an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
** or a duration counted back from asof ("30 days", "2 weeks", "1 month",
** "1 year", "today", "yesterday"). For since, out is the first day; for
** until (is_until=1), the last day. Returns 0, or -1 with the message set. */
int dz_resolve_date(dossier *d, const char *expr, int is_until, char out[11]);

/* The range an expression denotes, counted from base (asof when NULL):
** "2024-04" → the month, "30 days" → 30 days back to base, "last month"
** → the calendar month before base. 0, or -1 with the message set. */
int dz_date_range(dossier *d, const char *expr, const char *base,
                  char begin[11], char end[11]);

/* ---- cursors (store.c) ----------------------------------------------------
** A cursor is a prepared query ready to step; query functions in the core
** return one so that callers (Lua bindings, C embedders) read rows without
** writing SQL. Column names are the record field names. */
typedef struct dz_cursor dz_cursor;
/* Step: 1 a row is ready, 0 done, -1 error (message in d). */
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
dz_cursor *dz_cursor_new(dossier *d, const char *sql);
int dz_cursor_bind_text(dz_cursor *c, int i, const char *s);
int dz_cursor_bind_int(dz_cursor *c, int i, int64_t v);
int dz_cursor_bind_double(dz_cursor *c, int i, double v);
int dz_cursor_bind_null(dz_cursor *c, int i);
sqlite3_stmt *dz_cursor_stmt(dz_cursor *c);
/* A cursor over one read-only SQL statement supplied by a user
** (dossier.sql): anything that writes, or more than one statement, is
** refused with a message. */
dz_cursor *dz_sql_readonly(dossier *d, const char *sql);

/* ---- article queries (articles.c) ------------------------------------------ */
typedef struct dz_article_filter {
    char since[11], until[11];   /* "" for open ends */
    const char *kind;            /* NULL for any */
    const char *section;
    int64_t limit, offset;       /* limit <= 0: no limit */
    int newest_first;
} dz_article_filter;

/* Articles matching f, newest first or by date, as records
** {id, kind, published, title, section, region, source}. */
dz_cursor *articles_list(dossier *d, const dz_article_filter *f);
/* Number of matching articles, or -1 with the message set. */
int64_t articles_count(dossier *d, const dz_article_filter *f);
/* The whole record of one article (every column). */
dz_cursor *articles_get(dossier *d, int64_t id);

#endif
