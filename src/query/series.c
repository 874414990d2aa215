/*
** series.c — counts per day, week or month (see series.h).
**
** Every series is made in two steps: the database gives rows that each
** fall inside one bucket (per day, per whole month from the entity_months
** summary, or per bucket already grouped in SQL), then fold() adds each
** row to its bucket. Counts of distinct articles add up across rows because
** an article has one publication date, so it lies in one row; the actions'
** distinct articles and events are grouped per bucket in SQL instead, as an
** article can report actions of several days.
*/
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "query/series.h"
#include "query/search.h"
#include "query/search_pg.h"
#include "query/entity_query.h"
#include "analysis/actions.h"
#include "analysis/text.h"
#include "store/store.h"
#include "query/sql.h"

/* A row from the database: the counts of one day or bucket, and the first
** and last dates it covers (to find an open period's ends). */
typedef struct srow {
    char lo[11], hi[11];
    int64_t count, articles, events;
} srow;

typedef struct srows {
    srow *r;
    int n, cap;
} srows;

static const char *const unit_names[] = { "day", "week", "month" };

int series_unit_parse(const char *s, dz_series_unit *u)
{
    int i;
    for (i = 0; i < 3; i++)
        if (s && strcmp(s, unit_names[i]) == 0) {
            *u = (dz_series_unit)i;
            return 0;
        }
    return -1;
}

const char *series_unit_name(dz_series_unit u)
{
    return (unsigned)u < 3 ? unit_names[u] : "day";
}

void series_free(dz_series *s)
{
    free(s->b);
    s->b = NULL;
    s->n = s->cap = 0;
}

/* Day number of an ISO date (negative before 1970); NODAY when it is
** not one. */
#define NODAY LONG_MIN
static long day_number(const char *s)
{
    int y, m, dd;
    if (!s || dz_date_parse(s, &y, &m, &dd) != 0)
        return NODAY;
    return dz_date_to_days(y, m, dd);
}

/* The bucket of unit u holding day number t: its first day number. */
static long bucket_start(dz_series_unit u, long t)
{
    int y, m, dd;
    if (u == DZ_SERIES_DAY)
        return t;
    dz_days_to_date(t, &y, &m, &dd);
    if (u == DZ_SERIES_WEEK)
        return t - dz_date_weekday(y, m, dd);
    return dz_date_to_days(y, m, 1);
}

/* The first day number of the bucket after the one starting at t. */
static long bucket_next(dz_series_unit u, long t)
{
    int y, m, dd;
    if (u == DZ_SERIES_DAY)
        return t + 1;
    if (u == DZ_SERIES_WEEK)
        return t + 7;
    dz_days_to_date(t, &y, &m, &dd);
    dz_date_add_months(&y, &m, &dd, 1);
    return dz_date_to_days(y, m, 1);
}

/* Index of the bucket holding day t in a series starting at day t0 (the
** first bucket's own start). */
static long bucket_index(dz_series_unit u, long t0, long t)
{
    int y0, m0, y, m, dd;
    if (u == DZ_SERIES_DAY)
        return t - t0;
    if (u == DZ_SERIES_WEEK)
        return (t - t0) / 7;
    dz_days_to_date(t0, &y0, &m0, &dd);
    dz_days_to_date(t, &y, &m, &dd);
    return (long)(y - y0) * 12 + (m - m0);
}

static void format_day(char out[11], long t)
{
    int y, m, dd;
    dz_days_to_date(t, &y, &m, &dd);
    dz_date_format(out, y, m, dd);
}

/* Append a row; -1 with the message set when memory runs out. */
static int push_row(dossier *d, srows *rs, const char *lo, const char *hi,
                    int64_t count, int64_t articles, int64_t events)
{
    srow *r;
    if (DZ_VEC_PUSH(rs->r, rs->n, rs->cap) != 0)
        return dz_error(d, DOSSIER_NOMEM, "out of memory"), -1;
    r = &rs->r[rs->n++];
    snprintf(r->lo, sizeof r->lo, "%s", lo ? lo : "");
    snprintf(r->hi, sizeof r->hi, "%s", hi ? hi : r->lo);
    r->count = count;
    r->articles = articles;
    r->events = events;
    return 0;
}

/* Step c to the end, one row per result: columns 0 lo, 1 hi, 2 count,
** 3 articles, 4 events (those present). Frees c. */
static int read_rows(dossier *d, dz_cursor *c, srows *rs)
{
    int rc, nc;
    if (!c)
        return -1;
    nc = dz_cursor_ncols(c);
    while ((rc = dz_cursor_step(c)) == 1) {
        const char *lo = dz_cursor_text(c, 0, NULL);
        const char *hi = dz_cursor_text(c, 1, NULL);
        if (!lo)
            continue;
        if (push_row(d, rs, lo, hi, dz_cursor_int(c, 2),
                     nc > 3 ? dz_cursor_int(c, 3) : 0,
                     nc > 4 ? dz_cursor_int(c, 4) : 0) != 0) {
            rc = -1;
            break;
        }
    }
    dz_cursor_free(c);
    return rc < 0 ? -1 : 0;
}

/* Make the buckets of out for the period o asks for, or for the rows'
** dates where o leaves an end open. Returns a DOSSIER_ code. */
static int make_buckets(dossier *d, const dz_series_opts *o, const srows *rs,
                        dz_series *out)
{
    long lo = day_number(o->since), hi = day_number(o->until), t, nb;
    int i;
    out->unit = o->unit;
    out->since[0] = out->until[0] = 0;
    out->n = 0;
    if (lo == NODAY || hi == NODAY) {
        long rlo = NODAY, rhi = NODAY;
        for (i = 0; i < rs->n; i++) {
            long a = day_number(rs->r[i].lo), b = day_number(rs->r[i].hi);
            if (a != NODAY && (rlo == NODAY || a < rlo))
                rlo = a;
            if (b != NODAY && b > rhi)
                rhi = b;
        }
        if (lo == NODAY)
            lo = rlo;
        if (hi == NODAY)
            hi = rhi;
    }
    if (lo == NODAY || hi == NODAY || hi < lo)
        return 0;                       /* nothing dated: an empty series */
    t = bucket_start(o->unit, lo);
    nb = bucket_index(o->unit, t, hi) + 1;
    if (nb > SERIES_MAX_BUCKETS)
        return dz_error(d, DOSSIER_MISUSE, "series: %ld %ss is too many"
                        " buckets (at most %d); choose a longer unit or a"
                        " shorter period", nb, unit_names[o->unit],
                        SERIES_MAX_BUCKETS);
    if (!(out->b = calloc((size_t)nb, sizeof *out->b)))
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    out->cap = out->n = (int)nb;
    for (i = 0; i < out->n; i++) {
        long next = bucket_next(o->unit, t);
        dz_series_bucket *b = &out->b[i];
        format_day(b->start, t < lo ? lo : t);
        format_day(b->end, next - 1 > hi ? hi : next - 1);
        b->total = -1;
        t = next;
    }
    format_day(out->since, lo);
    format_day(out->until, hi);
    return 0;
}

/* Add each row to the bucket holding its first date (rows outside the
** period are dropped). */
static void fold(dz_series *s, const srows *rs)
{
    long t0, lo, hi;
    int i;
    if (s->n == 0)
        return;
    lo = day_number(s->since);
    hi = day_number(s->until);
    t0 = bucket_start(s->unit, lo);
    for (i = 0; i < rs->n; i++) {
        long t = day_number(rs->r[i].lo), k;
        if (t == NODAY) {
            /* a whole month from the summary: 'YYYY-MM' */
            char day[11];
            snprintf(day, sizeof day, "%.7s-01", rs->r[i].lo);
            t = day_number(day);
        }
        if (t < lo || t > hi)
            continue;
        k = bucket_index(s->unit, t0, t);
        if (k < 0 || k >= s->n)
            continue;
        s->b[k].count += rs->r[i].count;
        s->b[k].articles += rs->r[i].articles;
        s->b[k].events += rs->r[i].events;
    }
}

/* Fill each bucket's total: the articles published in it (of kind). */
static int fill_totals(dossier *d, const dz_series_opts *o, dz_series *s)
{
    srows rs = { 0 };
    dz_cursor *c;
    long t0;
    int i, rc = 0;
    if (s->n == 0)
        return 0;
    c = dz_cursor_new(&d->store, "SELECT published, published, count(*) FROM articles"
                         " WHERE published BETWEEN ?1 AND ?2"
                         " AND (?3 IS NULL OR kind = ?3) GROUP BY published");
    if (c && (dz_cursor_bind_text(c, 1, s->since) ||
              dz_cursor_bind_text(c, 2, s->until) ||
              (o->kind ? dz_cursor_bind_text(c, 3, o->kind)
                       : dz_cursor_bind_null(c, 3)))) {
        dz_cursor_free(c);
        return dz_sqlite_error(d, "series totals");
    }
    if (read_rows(d, c, &rs) != 0) {
        free(rs.r);
        return DOSSIER_ERROR;
    }
    for (i = 0; i < s->n; i++)
        s->b[i].total = 0;
    t0 = bucket_start(s->unit, day_number(s->since));
    for (i = 0; i < rs.n; i++) {
        long t = day_number(rs.r[i].lo), k;
        if (t == NODAY)
            continue;
        k = bucket_index(s->unit, t0, t);
        if (k >= 0 && k < s->n)
            s->b[k].total += rs.r[i].count;
    }
    free(rs.r);
    return rc;
}

/* The shared end of every series: buckets, fold, totals; frees rs. */
static int finish(dossier *d, const dz_series_opts *o, srows *rs, dz_series *out)
{
    int rc = make_buckets(d, o, rs, out);
    if (rc == DOSSIER_OK) {
        fold(out, rs);
        if (o->totals)
            rc = fill_totals(d, o, out);
    }
    free(rs->r);
    rs->r = NULL;
    return rc;
}

/* Check the options shared by every series. */
static int check_opts(dossier *d, const dz_series_opts *o)
{
    if ((unsigned)o->unit > DZ_SERIES_MONTH)
        return dz_error(d, DOSSIER_MISUSE, "series: unknown unit");
    if ((o->since[0] && day_number(o->since) == NODAY) ||
        (o->until[0] && day_number(o->until) == NODAY))
        return dz_error(d, DOSSIER_MISUSE, "series: bad date");
    if (o->kind && strcmp(o->kind, "article") && strcmp(o->kind, "teaser") &&
        strcmp(o->kind, "link"))
        return dz_error(d, DOSSIER_MISUSE, "unknown article kind '%s' (article,"
                        " teaser or link)", o->kind);
    return DOSSIER_OK;
}

int series_scan_articles(dossier *d, int64_t id, const char *lo, const char *hi)
{
    /* the period's articles, then at most twice as many of id's mentions:
    ** both counts walk an index and stop early */
    dz_cursor *c = store_query(&d->store,
        "SELECT (SELECT count(*) FROM (SELECT 1 FROM mentions WHERE entity = ?1"
        " LIMIT 2 * (SELECT count(*) FROM articles WHERE published BETWEEN ?2 AND ?3)"
        " + 1) AS t) > 2 * (SELECT count(*) FROM articles WHERE published BETWEEN ?2 AND ?3)");
    int yes = 0;
    if (!c)
        return 0;
    if (dz_cursor_bind_int(c, 1, id) == 0 &&
        dz_cursor_bind_text(c, 2, lo && *lo ? lo : "0000-00-00") == 0 &&
        dz_cursor_bind_text(c, 3, hi && *hi ? hi : "9999-12-31") == 0 &&
        dz_cursor_step(c) == 1)
        yes = dz_cursor_int(c, 0) != 0;
    dz_cursor_free(c);
    return yes;
}

/* Per-day mentions of an entity between lo and hi (ISO dates), found from
** the period's articles or from the entity's mentions, whichever is fewer
** (series_scan_articles). */
static int entity_days(dossier *d, int64_t id, const char *lo, const char *hi,
                       const char *kind, srows *rs)
{
    dz_cursor *c = dz_cursor_new(&d->store, series_scan_articles(d, id, lo, hi)
        ? "SELECT ar.published, ar.published, count(*), count(DISTINCT m.article)"
          " FROM articles ar CROSS JOIN mentions m ON m.entity = ?1 AND m.article = ar.id"
          " WHERE ar.published BETWEEN ?2 AND ?3"
          " AND (?4 IS NULL OR ar.kind = ?4) GROUP BY ar.published"
        : "SELECT ar.published, ar.published, count(*), count(DISTINCT m.article)"
          " FROM mentions m JOIN articles ar ON ar.id = m.article"
          " WHERE m.entity = ?1 AND ar.published BETWEEN ?2 AND ?3"
          " AND (?4 IS NULL OR ar.kind = ?4) GROUP BY ar.published");
    if (c && (dz_cursor_bind_int(c, 1, id) || dz_cursor_bind_text(c, 2, lo) ||
              dz_cursor_bind_text(c, 3, hi) ||
              (kind ? dz_cursor_bind_text(c, 4, kind) : dz_cursor_bind_null(c, 4)))) {
        dz_cursor_free(c);
        return dz_sqlite_error(d, "series"), -1;
    }
    return read_rows(d, c, rs);
}

/* The summary's counts for kind (see entity_query.c's KIND_ columns). */
#define KIND_COUNTS(P) \
    "CASE WHEN ?3 IS NULL THEN " P "s WHEN ?3 = 'teaser' THEN teaser_" P "s" \
    " WHEN ?3 = 'link' THEN link_" P "s ELSE " P "s - teaser_" P "s - link_" P "s END"

/* Whole months first..last ('YYYY-MM') of entity id from entity_months:
** one seek per month on its (month, entity) key. */
static int entity_months_rows(dossier *d, int64_t id, int y0, int m0, int y1,
                              int m1, const char *kind, srows *rs)
{
    static const char sql[] =
        "SELECT " KIND_COUNTS("mention") ", " KIND_COUNTS("article")
        " FROM entity_months WHERE month = ?1 AND entity = ?2";
    int y = y0, m = m0;
    while (y * 12 + m <= y1 * 12 + m1) {
        char month[16];
        int rc;
        dz_cursor *c = store_query(&d->store, sql);
        if (!c)
            return -1;
        snprintf(month, sizeof month, "%04d-%02d", y, m);
        if (dz_cursor_bind_text(c, 1, month) || dz_cursor_bind_int(c, 2, id) ||
            (kind ? dz_cursor_bind_text(c, 3, kind) : dz_cursor_bind_null(c, 3))) {
            dz_cursor_free(c);
            return dz_error(d, DOSSIER_NOMEM, "out of memory"), -1;
        }
        rc = dz_cursor_step(c);
        if (rc == 1 && dz_cursor_int(c, 0) > 0) {
            char lo[11], hi[11];
            dz_date_format(lo, y, m, 1);
            dz_date_format(hi, y, m, dz_days_in_month(y, m));
            if (push_row(d, rs, lo, hi, dz_cursor_int(c, 0),
                         dz_cursor_int(c, 1), 0) != 0) {
                dz_cursor_free(c);
                return -1;
            }
        }
        dz_cursor_free(c);
        if (rc < 0)
            return -1;
        if (++m > 12)
            m = 1, y++;
    }
    return 0;
}
#undef KIND_COUNTS

/* The first (last) publication date of an article naming id, for open
** ends: the summary gives the first (last) month, then that month's
** articles are walked in date order until one names id. lo/hi are ""
** when id is never named in a dated article. 0, or -1 (message set). */
static int entity_range(dossier *d, int64_t id, char lo[11], char hi[11])
{
    static const char *const sql[2] = {
        "SELECT ar.published FROM articles ar WHERE ar.published BETWEEN"
        " (SELECT min(month) FROM entity_months WHERE entity = ?1) || '-01'"
        " AND (SELECT min(month) FROM entity_months WHERE entity = ?1) || '-31'"
        " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ?1"
        " AND m.article = ar.id) ORDER BY ar.published LIMIT 1",
        "SELECT ar.published FROM articles ar WHERE ar.published BETWEEN"
        " (SELECT max(month) FROM entity_months WHERE entity = ?1) || '-01'"
        " AND (SELECT max(month) FROM entity_months WHERE entity = ?1) || '-31'"
        " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity = ?1"
        " AND m.article = ar.id) ORDER BY ar.published DESC LIMIT 1",
    };
    char *out[2] = { lo, hi };
    int i;
    for (i = 0; i < 2; i++) {
        dz_cursor *c = store_query(&d->store, sql[i]);
        int rc;
        out[i][0] = 0;
        if (!c)
            return -1;
        if (dz_cursor_bind_int(c, 1, id) != 0) {
            dz_cursor_free(c);
            return dz_error(d, DOSSIER_NOMEM, "out of memory"), -1;
        }
        rc = dz_cursor_step(c);
        if (rc == 1 && dz_cursor_text(c, 0, NULL))
            snprintf(out[i], 11, "%.10s", dz_cursor_text(c, 0, NULL));
        dz_cursor_free(c);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Months are read from entity_months when the unit is a month: the whole
** months inside the period from the summary, the days at either end that
** do not fill a month from the mentions (as entities_top does). Days and
** weeks count the mentions of the period. */
int series_entity(dossier *d, int64_t id, const dz_series_opts *o,
                  dz_series *out)
{
    dz_series_opts p = *o;
    srows rs = { 0 };
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = check_opts(d, o)))
        return rc;
    if (!p.since[0] || !p.until[0]) {
        char lo[11], hi[11];
        if (entity_range(d, id, lo, hi) != 0)
            return DOSSIER_ERROR;
        if (!p.since[0])
            memcpy(p.since, lo, 11);
        if (!p.until[0])
            memcpy(p.until, hi, 11);
        if (!p.since[0] || !p.until[0])
            return finish(d, &p, &rs, out);     /* never mentioned */
    }
    if (day_number(p.until) < day_number(p.since))
        return finish(d, &p, &rs, out);
    if (p.unit == DZ_SERIES_MONTH) {
        int y0, m0, d0, y1, m1, d1;
        dz_date_parse(p.since, &y0, &m0, &d0);
        dz_date_parse(p.until, &y1, &m1, &d1);
        if (y0 * 12 + m0 == y1 * 12 + m1 &&
            (d0 > 1 || d1 < dz_days_in_month(y1, m1))) {
            /* inside one month */
            rc = entity_days(d, id, p.since, p.until, p.kind, &rs);
        } else {
            char head_end[11], tail_start[11];
            rc = 0;
            if (d0 > 1) {
                dz_date_format(head_end, y0, m0, dz_days_in_month(y0, m0));
                rc = entity_days(d, id, p.since, head_end, p.kind, &rs);
                if (++m0 > 12)
                    m0 = 1, y0++;
            }
            if (!rc && d1 < dz_days_in_month(y1, m1)) {
                dz_date_format(tail_start, y1, m1, 1);
                rc = entity_days(d, id, tail_start, p.until, p.kind, &rs);
                if (--m1 < 1)
                    m1 = 12, y1--;
            }
            if (!rc)
                rc = entity_months_rows(d, id, y0, m0, y1, m1, p.kind, &rs);
        }
    } else {
        rc = entity_days(d, id, p.since, p.until, p.kind, &rs);
    }
    if (rc != 0) {
        free(rs.r);
        return DOSSIER_ERROR;
    }
    return finish(d, &p, &rs, out);
}

/* A key of the bucket holding x.date_start, in SQL, per unit (fold()
** places each row by its first date): the day (as stored: a day number,
** store.c schema_v10); the week as the Julian day number over 7 (day
** numbers divisible by 7 are Mondays; julianday of a date is n + 0.5, so
** the sum is a whole number and the cast exact on both engines); the
** month. dz_date gives the stored date's text. */
static const char *const action_bucket[] = {
    "x.date_start",
    "CAST(julianday(dz_date(x.date_start)) + 0.5 AS INTEGER) / 7",
    "substr(dz_date(x.date_start), 1, 7)",
};

/* Fold a name into the aliases' key form; caller frees (NULL: no memory). */
static char *fold_key(const char *s)
{
    size_t n;
    return text_fold(s, strlen(s), &n);
}

/* The first and last publication dates of the corpus's articles ("" when
** none is dated), from the articles_published index. */
static int corpus_range(dossier *d, char lo[11], char hi[11])
{
    dz_cursor *c = store_query(&d->store, "SELECT min(published), max(published)"
                                  " FROM articles WHERE published IS NOT NULL");
    int rc;
    lo[0] = hi[0] = 0;
    if (!c)
        return DOSSIER_ERROR;
    rc = dz_cursor_step(c);
    if (rc == 1 && dz_cursor_text(c, 0, NULL)) {
        snprintf(lo, 11, "%.10s", dz_cursor_text(c, 0, NULL));
        snprintf(hi, 11, "%.10s", dz_cursor_text(c, 1, NULL));
    }
    dz_cursor_free(c);
    return rc >= 0 ? DOSSIER_OK : DOSSIER_ERROR;
}

/* An open end of the period is the corpus's first or last publication
** date, not the first or last action's: articles recall events of long
** ago ("in 1866") and plans for far ahead ("by 2100"), which would stretch
** a series over centuries of empty buckets. */
int series_actions(dossier *d, const dz_action_filter *f,
                   const dz_series_opts *opts, dz_series *out)
{
    dz_sql q = { 0 };
    dz_cursor *c;
    srows rs = { 0 };
    const char *verb = NULL;
    char *key[2] = { NULL, NULL };
    int64_t id[2] = { 0, 0 };
    int i;
    dz_series_opts period = *opts;
    const dz_series_opts *o = &period;
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = check_opts(d, o)))
        return rc;
    if (!period.since[0] || !period.until[0]) {
        char lo[11], hi[11];
        if ((rc = corpus_range(d, lo, hi)))
            return rc;
        if (!lo[0])
            return DOSSIER_OK;          /* nothing dated: no buckets */
        if (!period.since[0])
            memcpy(period.since, lo, 11);
        if (!period.until[0])
            memcpy(period.until, hi, 11);
    }
    if (f->category < 0 || f->category > 20)
        return dz_error(d, DOSSIER_MISUSE, "category must be a CAMEO root 1..20");
    if (f->modality) {
        int m;
        for (m = DZ_MOD_ASSERTED; m <= DZ_MOD_HYPOTHETICAL; m++)
            if (strcmp(f->modality, dz_modality_name((dz_modality)m)) == 0)
                break;
        if (m > DZ_MOD_HYPOTHETICAL)
            return dz_error(d, DOSSIER_MISUSE, "unknown modality '%s'", f->modality);
    }
    if (f->verb && !(verb = actions_lemma(f->verb, NULL)))
        verb = f->verb;
    /* the entities the names stand for: their aliases' keys and ids */
    for (i = 0; i < 2; i++) {
        const char *name = i ? f->target : f->actor;
        if (!name)
            continue;
        if (!(key[i] = fold_key(name))) {
            rc = dz_error(d, DOSSIER_NOMEM, "out of memory");
            goto done;
        }
        if ((rc = entities_resolve(d, name, &id[i])))
            goto done;
    }
    /* an event is one actor, verb and target on one day (DESIGN.md) */
    sql_add(&q,
        "SELECT dz_date(min(x.date_start)), dz_date(max(x.date_start)), count(*),"
        " count(DISTINCT x.article), count(DISTINCT coalesce(CAST(x.actor AS TEXT), '')"
        " || '|' || x.verb || '|' || coalesce(CAST(x.target AS TEXT), '') || '|'"
        " || x.date_start)"
        " FROM actions x WHERE x.date_start BETWEEN dz_day(?%d) AND dz_day(?%d)"
        " AND length(dz_date(x.date_start)) = 10",
        sql_text(&q, o->since[0] ? o->since : "0000-00-00"),
        sql_text(&q, o->until[0] ? o->until : "9999-12-31"));
    for (i = 0; i < 2; i++) {
        const char *name = i ? f->target : f->actor;
        int k, nm;
        if (!name)
            continue;
        k = sql_text(&q, key[i]);
        nm = sql_text(&q, name);
        sql_add(&q, " AND x.%s IN (SELECT entity FROM aliases WHERE key = ?%d"
                " UNION SELECT id FROM entities WHERE code = ?%d OR name = ?%d"
                " OR id = ?%d)", i ? "target" : "actor", k, nm, nm, sql_int(&q, id[i]));
    }
    if (verb)
        sql_add(&q, " AND x.verb = ?%d", sql_text(&q, verb));
    if (f->category)
        sql_add(&q, " AND x.category = ?%d", sql_int(&q, f->category));
    if (f->modality)
        sql_add(&q, " AND x.modality = dz_code('modality', ?%d)",
                sql_text(&q, f->modality));
    if (f->article > 0)
        sql_add(&q, " AND x.article = ?%d", sql_int(&q, f->article));
    sql_add(&q, " GROUP BY %s", action_bucket[o->unit]);
    c = sql_cursor(d, &q);
    if (!c || read_rows(d, c, &rs) != 0) {
        rc = DOSSIER_ERROR;
        goto done;
    }
    rc = finish(d, o, &rs, out);
done:
    sql_free(&q);
    free(rs.r);
    free(key[0]);
    free(key[1]);
    return rc;
}

int series_search(dossier *d, const char *q, size_t n,
                  const dz_series_opts *o, dz_series *out)
{
    dz_buf expr = { 0 };
    search_error e;
    dz_cursor *c;
    srows rs = { 0 };
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = check_opts(d, o)))
        return rc;
    if (search_compile(q, n, &expr, &e) != 0) {
        dz_buf_free(&expr);
        return dz_error(d, DOSSIER_MISUSE, "search: %s (at character %zu)",
                        e.msg, e.col);
    }
    if (d->store.pg) {
        /* on a server the expression is a tsquery over the weighted
        ** text (search_pg.c); the rest is the same */
        char *ts = search_pg_tsquery(expr.data ? expr.data : "");
        dz_buf_free(&expr);
        if (!ts)
            return dz_error(d, DOSSIER_NOMEM, "out of memory");
        expr.data = ts;         /* freed below with the buffer */
        expr.len = expr.cap = strlen(ts) + 1;
        c = dz_cursor_new(&d->store,
            "SELECT ar.published, ar.published, count(*), count(*)"
            " FROM articles ar WHERE ar.tsv @@ to_tsquery('dossier', ?1)"
            " AND ar.published BETWEEN ?2 AND ?3"
            " AND (?4 IS NULL OR ar.kind = ?4) GROUP BY ar.published");
    } else {
        c = dz_cursor_new(&d->store,
            "SELECT ar.published, ar.published, count(*), count(*)"
            " FROM articles_fts JOIN articles ar ON ar.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ?1 AND ar.published BETWEEN ?2 AND ?3"
            " AND (?4 IS NULL OR ar.kind = ?4) GROUP BY ar.published");
    }
    if (c && (dz_cursor_bind_text(c, 1, expr.data ? expr.data : "") ||
              dz_cursor_bind_text(c, 2, o->since[0] ? o->since : "0000-00-00") ||
              dz_cursor_bind_text(c, 3, o->until[0] ? o->until : "9999-12-31") ||
              (o->kind ? dz_cursor_bind_text(c, 4, o->kind) : dz_cursor_bind_null(c, 4)))) {
        dz_cursor_free(c);
        c = NULL;
        dz_sqlite_error(d, "series");
    }
    dz_buf_free(&expr);
    if (!c || read_rows(d, c, &rs) != 0) {
        free(rs.r);
        return DOSSIER_ERROR;
    }
    return finish(d, o, &rs, out);
}
