/*
** core.h — the inside of a dossier handle, and the contracts between the
** core modules. Each section says what one file offers. Nothing here
** includes Lua.
*/
#ifndef DOSSIER_CORE_H
#define DOSSIER_CORE_H

#include <signal.h>
#include "dossier.h"
#include "base/util.h"
#include "analysis/analysis.h"
#include "store/store.h"

#if defined(__GNUC__)
#  define DZ_HIDDEN __attribute__((visibility("hidden")))
#else
#  define DZ_HIDDEN
#endif

/* ---- the handle (dossier.c) ------------------------------------------------ */
struct dossier {
    dz_store store;           /* the database (store/); its messages and
                                 interrupt flag are the handle's */
    char errmsg[DZ_ERRMSG_MAX];
    char asof[11];            /* "" means today */
    char today[11];
    volatile sig_atomic_t interrupted;
    dz_lexicon *lexicon;      /* loaded lazily by dz_lexicon_get */
    int model_state;          /* name tagger: 0 not tried, 1 loaded,
                                 -1 refused (rules only; see model_reason) */
    char model_reason[256];   /* why the tagger is off, "" when loaded */
    int threads;              /* analysis workers, -1 automatic (options) */
    char *ner_model;          /* tagger model file, "none", or NULL for the
                                 built-in one (options; owned) */
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

/* The period of a query from its options, each NULL when not given:
** since / until (as dz_resolve_date), or period (as dz_date_range: "last
** month", "2024-03", "30 days"). A period given only its start ends at
** the as-of date, so nothing after "now" is counted; one given only its
** end is open at the start. begin / end "" when open. 0, or -1 with the
** message set (both forms at once, a bad date, an end before the start). */
int dz_resolve_period(dossier *d, const char *since, const char *until,
                      const char *period, char begin[11], char end[11]);

/* The range an expression denotes, counted from base (asof when NULL):
** "2024-04" → the month, "30 days" → 30 days back to base, "last month"
** → the calendar month before base. 0, or -1 with the message set. */
int dz_date_range(dossier *d, const char *expr, const char *base,
                  char begin[11], char end[11]);

/* ---- the pipeline (pipeline.c) ---------------------------------------------
** Insert, analyse, save in order: the one path by which articles and their
** analyses reach the store, for ingest, dossier_article_add and
** dossier_reanalyze. Analysis runs on the worker pool (analysis/analyze.h)
** while this thread saves the finished ones in order. */

/* Insert the n articles (page may be 0; their page sequence numbers start
** at seq) and save the analysis of each new one, inside the caller's
** transaction. ids (may be NULL) receives each article's id (the stored
** one for a duplicate); *added and *dups (may be NULL) count. Articles with
** neither title nor body are skipped. Stops at the first error or an
** interrupt. */
int pipeline_add(dossier *d, int64_t page, int seq, const dossier_article *items,
                 int n, int64_t *ids, int64_t *added, int64_t *dups);

/* pipeline_add in two halves, so that the caller can work meanwhile (an
** ingest parses the next batch while the workers analyse this one).
** pipeline_begin inserts the articles and queues the new ones; the workers
** may analyse them all before pipeline_end. *out is the batch (NULL when
** nothing was queued or on error); items must stay valid until the batch
** ends. pipeline_end saves its analyses in order and frees it, also on
** error (NULL: nothing to do); pipeline_cancel frees it without saving.
** Nothing else may write to the store between the two. */
typedef struct dz_batch dz_batch;
int pipeline_begin(dossier *d, int64_t page, int seq,
                   const dossier_article *items, int n, int64_t *dups,
                   dz_batch **out);
int pipeline_end(dossier *d, dz_batch *b, int64_t *added);
void pipeline_cancel(dz_batch *b);

/* Analyse the stored articles ids[0..n) again and save their analyses
** (replacing earlier ones), inside the caller's transaction. */
int pipeline_reanalyze(dossier *d, const int64_t *ids, int n);

/* Run fn(d, arg) inside one transaction: committed when fn returns
** DOSSIER_OK, rolled back otherwise (keeping fn's message). */
int pipeline_txn(dossier *d, int (*fn)(dossier *d, void *arg), void *arg);

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
