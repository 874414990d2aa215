/*
** series.h — what series.c offers: counts per day, week or month for an
** entity (mentions and distinct articles), for actions (actions reported
** and distinct events) and for a search (matching articles), optionally
** with the number of articles published in each bucket so that callers can
** normalise. Computed from the summaries and indexes (entity_months for
** whole months), never by handing every row to the caller.
*/
#ifndef DOSSIER_SERIES_H
#define DOSSIER_SERIES_H

#include "core/core.h"
#include "query/action_query.h"

typedef enum dz_series_unit {
    DZ_SERIES_DAY, DZ_SERIES_WEEK, DZ_SERIES_MONTH
} dz_series_unit;

/* One bucket: [start, end] are its first and last day (a week starts on
** Monday), clipped to the series' period. */
typedef struct dz_series_bucket {
    char start[11], end[11];
    int64_t count;     /* entity: mentions; actions: actions (reports);
                          search: matching articles */
    int64_t articles;  /* distinct articles behind count */
    int64_t events;    /* actions: distinct events (actor, verb, target,
                          day); 0 otherwise */
    int64_t total;     /* articles published in the bucket when asked for
                          (dz_series_opts.totals), else -1 */
} dz_series_bucket;

/* A series: buckets in date order, every bucket of the period present
** (zeros included). Zero-initialise; free with series_free. */
typedef struct dz_series {
    dz_series_unit unit;
    char since[11], until[11];   /* the period covered ("" when empty) */
    dz_series_bucket *b;
    int n, cap;
} dz_series;

typedef struct dz_series_opts {
    dz_series_unit unit;
    char since[11], until[11];   /* "": from the first / to the last dated
                                    record found */
    const char *kind;            /* article kind (entity, search) or NULL */
    int totals;                  /* also count the articles per bucket */
} dz_series_opts;

/* The most buckets one series may hold (about 270 years of days). */
#define SERIES_MAX_BUCKETS 100000

/* "day" / "week" / "month" -> *u; 0, or -1 for any other word. */
int series_unit_parse(const char *s, dz_series_unit *u);
const char *series_unit_name(dz_series_unit u);

/* Mentions of entity id per bucket, with the articles naming it; undated
** articles are left out. Returns a DOSSIER_ code (message in d); out is
** filled (and must be freed) either way. */
int series_entity(dossier *d, int64_t id, const dz_series_opts *o,
                  dz_series *out);

/* Actions matching f (actor, target, verb, category, modality; f's dates
** and limit are ignored: o gives the period) per bucket of their start
** date, with distinct events and articles. An open end of the period is
** the corpus's first or last publication date. */
int series_actions(dossier *d, const dz_action_filter *f,
                   const dz_series_opts *o, dz_series *out);

/* Articles matching the search query q (n bytes, the language of
** search.h) per bucket of their publication date. */
int series_search(dossier *d, const char *q, size_t n,
                  const dz_series_opts *o, dz_series *out);

void series_free(dz_series *s);

/* Which way to find the mentions of entity id in the articles published
** from lo to hi (ISO dates): 1 when walking the period's articles (a seek
** per article on mentions_entity) is cheaper than walking every mention
** of id, because id is named more often than the period has articles;
** 0 otherwise (and on any error, which the query itself will report). */
int series_scan_articles(dossier *d, int64_t id, const char *lo, const char *hi);

#endif
