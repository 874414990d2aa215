/*
** dossier.c — the handle: open/close, errors, the "as of" date, date
** expressions for since/until, the lexicon, and the public article calls.
*/
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "core/core.h"
#include "store/store.h"
#include "store/pg.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/ner.h"
#include "base/xml.h"

const char *dossier_version(void)
{
    return DOSSIER_VERSION;
}

int dz_error(dossier *d, int rc, const char *fmt, ...)
{
    va_list ap;
    if (!d)
        return rc;
    va_start(ap, fmt);
    vsnprintf(d->errmsg, sizeof d->errmsg, fmt, ap);
    va_end(ap);
    return rc;
}

int dz_sqlite_error(dossier *d, const char *what)
{
    return store_sqlite_error(&d->store, what);
}

int dossier_open(const char *path, dossier **out)
{
    dossier *d = calloc(1, sizeof *d);
    int rc;
    *out = d;
    if (!d)
        return DOSSIER_NOMEM;
    d->threads = -1;
    d->store.errmsg = d->errmsg;
    d->store.interrupted = &d->interrupted;
    if (!path || !*path)
        return dz_error(d, DOSSIER_MISUSE, "no database path given");
    rc = store_open(&d->store, path);
    if (rc != DOSSIER_OK)
        store_close(&d->store);
    return rc;
}

void dossier_close(dossier *d)
{
    if (!d)
        return;
    store_close(&d->store);
    if (d->lexicon)
        lexicon_free(d->lexicon);
    free(d->ner_model);
    free(d);
}

const char *dossier_errmsg(dossier *d)
{
    if (!d)
        return "out of memory";
    return d->errmsg[0] ? d->errmsg : "no error";
}

void dossier_interrupt(dossier *d)
{
    if (!d)
        return;
    d->interrupted = 1;
    if (d->store.db)
        sqlite3_interrupt(d->store.db);
    if (d->store.pg)
        pg_interrupt(d->store.pg);
}

int dossier_set_option(dossier *d, const char *key, const char *value)
{
    if (!d || !key)
        return dz_error(d, DOSSIER_MISUSE, "no option named");
    if (strcmp(key, "threads") == 0) {
        char *end;
        long n;
        if (!value || !*value) {
            d->threads = -1;
            return DOSSIER_OK;
        }
        n = strtol(value, &end, 10);
        if (*end || n < 0 || n > 1024)
            return dz_error(d, DOSSIER_MISUSE,
                            "threads must be a number from 0 to 1024, not '%s'",
                            value);
        d->threads = (int)n;
        return DOSSIER_OK;
    }
    if (strcmp(key, "ner_model") == 0) {
        char *copy = NULL;
        if (value && *value && !(copy = dz_strdup(value)))
            return dz_error(d, DOSSIER_NOMEM, "out of memory");
        free(d->ner_model);
        d->ner_model = copy;
        dz_lexicon_reset(d);            /* the next analysis loads it */
        d->model_state = 0;
        return DOSSIER_OK;
    }
    if (strcmp(key, "libxml2") == 0) {
        if (dz_xml_set_library(value ? value : "") != 0)
            return dz_error(d, DOSSIER_MISUSE, "libxml2: file name too long");
        return DOSSIER_OK;
    }
    if (strcmp(key, "busy_timeout") == 0) {
        char *end;
        long ms = value ? strtol(value, &end, 10) : -1;
        if (!value || !*value || *end || ms < 0 || ms > INT_MAX)
            return dz_error(d, DOSSIER_MISUSE,
                            "busy_timeout must be milliseconds, not '%s'",
                            value ? value : "");
        return dossier_set_busy_timeout(d, (int)ms);
    }
    return dz_error(d, DOSSIER_MISUSE, "unknown option '%s' (threads, "
                    "ner_model, libxml2, busy_timeout)", key);
}

void dossier_free(void *p)
{
    free(p);
}

/* ---- as-of date and date expressions ------------------------------------ */

static void today(char out[11])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    dz_date_format(out, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

const char *dossier_asof(dossier *d)
{
    if (d->asof[0])
        return d->asof;
    today(d->today);
    return d->today;
}

int dossier_set_asof(dossier *d, const char *date)
{
    int y, m, dd;
    char out[11];
    if (!date || !*date) {
        d->asof[0] = 0;
        return DOSSIER_OK;
    }
    if (strcmp(date, "latest") == 0) {
        if (!d->store.db && !d->store.pg)
            return dz_error(d, DOSSIER_MISUSE, "no corpus open");
        if (store_latest_date(&d->store, out) != DOSSIER_OK)
            return DOSSIER_ERROR;
        if (!out[0])
            return dz_error(d, DOSSIER_NOTFOUND,
                            "--as-of latest: the corpus has no dated article");
        memcpy(d->asof, out, 11);
        return DOSSIER_OK;
    }
    if (strcmp(date, "today") == 0) {
        d->asof[0] = 0;
        return DOSSIER_OK;
    }
    if (dz_date_parse(date, &y, &m, &dd) != 0)
        return dz_error(d, DOSSIER_MISUSE,
                        "as-of date must be YYYY-MM-DD or 'latest', not '%s'",
                        date);
    memcpy(d->asof, date, 11);
    return DOSSIER_OK;
}

/* Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" into the first or last day. */
static int partial_iso(const char *s, int is_until, char out[11])
{
    int y, m = 1, dd = 1, n = (int)strlen(s), i;
    for (i = 0; i < n; i++)
        if (!(isdigit((unsigned char)s[i]) || (s[i] == '-' && (i == 4 || i == 7))))
            return -1;
    if (n == 10)
        return dz_date_parse(s, &y, &m, &dd) == 0 ? (memcpy(out, s, 11), 0) : -1;
    if (n != 4 && n != 7)
        return -1;
    y = atoi(s);
    if (n == 7) {
        m = atoi(s + 5);
        if (m < 1 || m > 12)
            return -1;
    }
    if (is_until) {
        if (n == 4)
            m = 12;
        dd = dz_days_in_month(y, m);
    }
    dz_date_format(out, y, m, dd);
    return 0;
}

/* "N unit" counted back from base: 30 days, 2 weeks, 1 month, 3 years. */
static int duration_back(const char *s, const char *base, char out[11])
{
    char unit[16];
    long n;
    int y, m, dd, used = 0;
    if (sscanf(s, "%ld %15[a-z]%n", &n, unit, &used) != 2 || s[used] || n < 0 ||
        n > 100000)
        return -1;
    if (dz_date_parse(base, &y, &m, &dd) != 0)
        return -1;
    if (!strncmp(unit, "day", 3)) {
        dz_days_to_date(dz_date_to_days(y, m, dd) - n, &y, &m, &dd);
    } else if (!strncmp(unit, "week", 4)) {
        dz_days_to_date(dz_date_to_days(y, m, dd) - 7 * n, &y, &m, &dd);
    } else if (!strncmp(unit, "month", 5)) {
        dz_date_add_months(&y, &m, &dd, (int)-n);
    } else if (!strncmp(unit, "year", 4)) {
        dz_date_add_months(&y, &m, &dd, (int)(-12 * n));
    } else {
        return -1;
    }
    dz_date_format(out, y, m, dd);
    return 0;
}

int dz_resolve_date(dossier *d, const char *expr, int is_until, char out[11])
{
    const char *base = dossier_asof(d);
    char lower[64], b[11], e[11];
    size_t i, n = strlen(expr);
    if (n == 0 || n >= sizeof lower)
        return dz_error(d, DOSSIER_MISUSE, "bad date '%s'", expr), -1;
    for (i = 0; i <= n; i++)
        lower[i] = (char)tolower((unsigned char)expr[i]);
    if (partial_iso(lower, is_until, out) == 0)
        return 0;
    if (duration_back(lower, base, out) == 0)
        return 0;
    if (strcmp(lower, "today") == 0 || strcmp(lower, "now") == 0) {
        memcpy(out, base, 11);
        return 0;
    }
    if (timex_resolve(lower, base, b, e) == 0 && b[0] && e[0]) {
        memcpy(out, is_until ? e : b, 11);
        return 0;
    }
    dz_error(d, DOSSIER_MISUSE,
             "bad date '%s': use YYYY-MM-DD, YYYY-MM, YYYY, or a duration "
             "such as '30 days', '2 weeks', '1 month'", expr);
    return -1;
}

int dz_date_range(dossier *d, const char *expr, const char *base,
                  char begin[11], char end[11])
{
    char lower[64];
    size_t i, n = strlen(expr);
    int y, m, dd;
    if (!base)
        base = dossier_asof(d);
    if (dz_date_parse(base, &y, &m, &dd) != 0)
        return dz_error(d, DOSSIER_MISUSE, "bad base date '%s'", base), -1;
    if (n == 0 || n >= sizeof lower)
        return dz_error(d, DOSSIER_MISUSE, "bad date '%s'", expr), -1;
    for (i = 0; i <= n; i++)
        lower[i] = (char)tolower((unsigned char)expr[i]);
    if (partial_iso(lower, 0, begin) == 0) {
        partial_iso(lower, 1, end);
        return 0;
    }
    if (duration_back(lower, base, begin) == 0) {
        memcpy(end, base, 11);
        return 0;
    }
    if (timex_resolve(lower, base, begin, end) == 0 && begin[0] && end[0])
        return 0;
    dz_error(d, DOSSIER_MISUSE,
             "bad date '%s': use YYYY-MM-DD, YYYY-MM, YYYY, a duration such "
             "as '30 days', or an expression such as 'last month'", expr);
    return -1;
}

/* Prefix the message with the option it is about; returns -1. */
static int period_error(dossier *d, const char *option)
{
    char msg[DZ_ERRMSG_MAX];
    snprintf(msg, sizeof msg, "%s", d->errmsg);
    dz_error(d, DOSSIER_MISUSE, "%s: %s", option, msg);
    return -1;
}

int dz_resolve_period(dossier *d, const char *since, const char *until,
                      const char *period, char begin[11], char end[11])
{
    begin[0] = end[0] = '\0';
    if (period && *period) {
        if ((since && *since) || (until && *until)) {
            dz_error(d, DOSSIER_MISUSE,
                     "give a period or since/until, not both");
            return -1;
        }
        if (dz_date_range(d, period, NULL, begin, end) != 0)
            return period_error(d, "period");
        return 0;
    }
    if (since && *since && dz_resolve_date(d, since, 0, begin) != 0)
        return period_error(d, "since");
    if (until && *until) {
        if (dz_resolve_date(d, until, 1, end) != 0)
            return period_error(d, "until");
    } else if (begin[0]) {
        /* a period that gives only its start ends at the as-of date */
        memcpy(end, dossier_asof(d), 11);
    }
    return 0;      /* an end before the start is an empty period */
}

/* ---- lexicon --------------------------------------------------------------*/

dz_lexicon *dz_lexicon_get(dossier *d)
{
    if (d->lexicon)
        return d->lexicon;
    d->lexicon = lexicon_new();
    if (!d->lexicon) {
        dz_error(d, DOSSIER_NOMEM, "out of memory loading the lexicon");
        return NULL;
    }
    if (store_load_user_lexicon(&d->store, d->lexicon) != 0) {
        dz_sqlite_error(d, "cannot load user entities");
        lexicon_free(d->lexicon);
        d->lexicon = NULL;
        return NULL;
    }
    /* the learned tagger: the built-in model, or the file named by the
    ** ner_model option ("none" turns it off). When it does not load, names
    ** come from the gazetteers and rules alone and the reason is kept for
    ** the user (dz_lexicon_model). */
    {
        char err[sizeof d->model_reason];
        const char *path = d->ner_model;
        dz_ner_model *m = NULL;
        err[0] = '\0';
        if (path && *path && strcmp(path, "none") == 0)
            snprintf(err, sizeof err, "name tagger turned off (ner_model none)");
        else if (path && *path)
            m = ner_load(path, err, sizeof err);
        else
            m = ner_load_builtin(err, sizeof err);
        if (m) {
            lexicon_set_model(d->lexicon, m);
            d->model_state = 1;
            d->model_reason[0] = '\0';
        } else {
            d->model_state = -1;
            snprintf(d->model_reason, sizeof d->model_reason, "%s",
                     err[0] ? err : "name model did not load");
        }
    }
    return d->lexicon;
}

int dz_lexicon_model(dossier *d, const char **reason)
{
    if (!dz_lexicon_get(d))
        return -1;
    if (reason)
        *reason = d->model_reason;
    return d->model_state == 1;
}

void dz_lexicon_reset(dossier *d)
{
    if (d->lexicon)
        lexicon_free(d->lexicon);
    d->lexicon = NULL;
}

/* ---- articles -------------------------------------------------------------*/

/* One article for dossier_article_add: its record and where its id goes. */
typedef struct one_article {
    const dossier_article *a;
    int64_t id;
} one_article;

static int add_one(dossier *d, void *arg)
{
    one_article *o = arg;
    int64_t added = 0, dups = 0;
    int rc = pipeline_add(d, 0, 0, o->a, 1, &o->id, &added, &dups);
    if (rc == DOSSIER_OK && dups)
        rc = DOSSIER_DUPLICATE;
    return rc;
}

int dossier_article_add(dossier *d, const dossier_article *a, int64_t *id)
{
    one_article o;
    int rc;
    if (!a)
        return dz_error(d, DOSSIER_MISUSE, "no article given");
    if ((!a->title || !*a->title) && (!a->body || !*a->body))
        return dz_error(d, DOSSIER_MISUSE, "an article needs a title or a body");
    if (a->body && strlen(a->body) > DOSSIER_MAX_ARTICLE_BYTES)
        return dz_error(d, DOSSIER_TOOBIG, "the body is %.1f MB, over the %.1f MB "
                        "limit for one article: not stored (split it)",
                        strlen(a->body) / 1048576.0,
                        DOSSIER_MAX_ARTICLE_BYTES / 1048576.0);
    d->interrupted = 0;
    o.a = a;
    o.id = 0;
    rc = pipeline_txn(d, add_one, &o);
    if (id)
        *id = o.id;
    return rc;
}

int dossier_article_delete(dossier *d, const int64_t *ids, int n, int64_t *deleted)
{
    sqlite3_stmt *del, *page;
    int64_t count = 0;
    int i, rc;
    if (deleted)
        *deleted = 0;
    if (!d)
        return DOSSIER_MISUSE;
    if (n < 0 || (n > 0 && !ids))
        return dz_error(d, DOSSIER_MISUSE, "delete: no article ids given");
    if ((rc = store_begin(&d->store)) != DOSSIER_OK)
        return rc;
    /* the foreign keys cascade to sentences, mentions, timexes and actions;
    ** triggers keep the search index and entity_months in step */
    del = d->store.pg ? NULL
        : store_stmt(&d->store, "DELETE FROM articles WHERE id=? RETURNING page");
    for (i = 0; i < n && rc == DOSSIER_OK; i++) {
        int64_t pid = 0;
        int step;
        if (d->store.pg) {      /* no cascades there: pg.c deletes each row */
            int found = 0;
            rc = pg_article_delete(d->store.pg, ids[i], &found);
            count += found;
            continue;
        }
        if (!del) {
            rc = DOSSIER_ERROR;
            break;
        }
        sqlite3_reset(del);
        sqlite3_bind_int64(del, 1, ids[i]);
        step = sqlite3_step(del);
        if (step == SQLITE_ROW) {
            count++;
            pid = sqlite3_column_type(del, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(del, 0);
            step = sqlite3_step(del);
        }
        if (step != SQLITE_DONE) {
            rc = dz_sqlite_error(d, "delete");
            break;
        }
        sqlite3_reset(del);
        if (pid) {
            /* the page goes when it holds no article any more, so the same
            ** file can be ingested again */
            page = store_stmt(&d->store, "DELETE FROM pages WHERE id=? AND NOT EXISTS"
                                 " (SELECT 1 FROM articles WHERE page=?)");
            if (!page) {
                rc = DOSSIER_ERROR;
                break;
            }
            sqlite3_bind_int64(page, 1, pid);
            sqlite3_bind_int64(page, 2, pid);
            if (sqlite3_step(page) != SQLITE_DONE)
                rc = dz_sqlite_error(d, "delete");
            sqlite3_reset(page);
        }
    }
    if (del)
        sqlite3_reset(del);
    if (rc == DOSSIER_OK && count > 0)
        rc = store_orphans_delete(&d->store);
    if (rc == DOSSIER_OK)
        rc = store_commit(&d->store);
    if (rc != DOSSIER_OK) {
        char msg[sizeof d->errmsg];
        memcpy(msg, d->errmsg, sizeof msg);
        store_rollback(&d->store);
        memcpy(d->errmsg, msg, sizeof msg);
        return rc;
    }
    if (count > 0)
        dz_lexicon_reset(d);        /* entities may have gone */
    if (deleted)
        *deleted = count;
    return DOSSIER_OK;
}

int64_t dossier_article_count(dossier *d)
{
    sqlite3_stmt *st;
    int64_t n = -1;
    if (d->store.pg) {
        dz_cursor *c = dz_cursor_new(&d->store, "SELECT count(*) FROM articles");
        if (c && dz_cursor_step(c) == 1)
            n = dz_cursor_int(c, 0);
        dz_cursor_free(c);
        return n;
    }
    st = store_stmt(&d->store, "SELECT count(*) FROM articles");
    if (!st)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    else
        dz_sqlite_error(d, "count");
    sqlite3_reset(st);
    return n;
}

/* A batch of stored articles for dossier_reanalyze. */
typedef struct id_batch {
    const int64_t *ids;
    int n;
} id_batch;

static int reanalyze_batch(dossier *d, void *arg)
{
    id_batch *b = arg;
    if (d->interrupted)
        return dz_error(d, DOSSIER_INTERRUPTED, "interrupted");
    return pipeline_reanalyze(d, b->ids, b->n);
}

int dossier_set_busy_timeout(dossier *d, int ms)
{
    if (d && d->store.pg)
        return pg_setting(d->store.pg, "lock_timeout", ms);
    if (!d || !d->store.db)
        return DOSSIER_MISUSE;
    if (ms < 0)
        return dz_error(d, DOSSIER_MISUSE, "busy timeout: %d ms is negative", ms);
    sqlite3_busy_timeout(d->store.db, ms);
    return DOSSIER_OK;
}

int dossier_set_readonly(dossier *d, int on)
{
    if (d && d->store.pg) {
        d->store.readonly = on != 0;
        return pg_setting(d->store.pg, "default_transaction_read_only", on != 0);
    }
    if (!d || !d->store.db)
        return DOSSIER_MISUSE;
    if (sqlite3_exec(d->store.db, on ? "PRAGMA query_only=1" : "PRAGMA query_only=0",
                     NULL, NULL, NULL) != SQLITE_OK)
        return dz_sqlite_error(d, "read-only");
    d->store.readonly = on != 0;
    return DOSSIER_OK;
}

static double monotonic_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* SQLite's progress handler: stop a statement past the deadline. */
static int past_deadline(void *ctx)
{
    dossier *d = ctx;
    return d->deadline > 0 && monotonic_seconds() > d->deadline;
}

int dossier_set_deadline(dossier *d, double seconds)
{
    if (d && d->store.pg && seconds >= 0)   /* the server stops the statement */
        return pg_setting(d->store.pg, "statement_timeout", (int64_t)(seconds * 1000));
    if (!d || !d->store.db)
        return DOSSIER_MISUSE;
    if (!(seconds >= 0))
        return dz_error(d, DOSSIER_MISUSE, "deadline: not a number of seconds");
    if (seconds == 0) {
        d->deadline = 0;
        sqlite3_progress_handler(d->store.db, 0, NULL, NULL);
    } else {
        d->deadline = monotonic_seconds() + seconds;
        sqlite3_progress_handler(d->store.db, 10000, past_deadline, d);
    }
    return DOSSIER_OK;
}

int dossier_reanalyze(dossier *d)
{
    return dossier_reanalyze_progress(d, NULL, NULL);
}

int dossier_reanalyze_progress(dossier *d,
    void (*progress)(void *ctx, int64_t done, int64_t total), void *ctx)
{
    int64_t *ids = NULL;
    int n = 0, cap = 0, i, rc = DOSSIER_OK;

    dz_cursor *c;

    dz_lexicon_reset(d);
    d->interrupted = 0;
    c = store_query(&d->store, "SELECT id FROM articles ORDER BY id");
    if (!c)
        return DOSSIER_ERROR;
    while (dz_cursor_step(c) == 1) {
        if (DZ_VEC_PUSH(ids, n, cap) != 0) {
            dz_cursor_free(c);
            free(ids);
            return dz_error(d, DOSSIER_NOMEM, "out of memory");
        }
        ids[n++] = dz_cursor_int(c, 0);
    }
    dz_cursor_free(c);
    /* One transaction per batch of articles keeps a killed run consistent
    ** (each article's analysis is whole) without a commit per article. */
    for (i = 0; i < n && rc == DOSSIER_OK; i += 256) {
        id_batch b;
        b.ids = ids + i;
        b.n = n - i < 256 ? n - i : 256;
        rc = pipeline_txn(d, reanalyze_batch, &b);
        if (rc == DOSSIER_OK && progress)
            progress(ctx, i + b.n, n);
    }
    /* entities that lost every mention and every action */
    if (rc == DOSSIER_OK)
        rc = store_orphans_delete(&d->store);
    free(ids);
    return rc;
}
