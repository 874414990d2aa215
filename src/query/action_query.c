/*
** action_query.c — reading stored actions back: actions_query builds one
** SELECT from a filter, with every value bound as a parameter (names are
** folded and matched through the aliases table, never spliced into SQL).
*/
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "analysis/actions.h"
#include "query/action_query.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "query/entity_query.h"
#include "store/store.h"
#include "query/sql.h"

/* The longest date range actions_find stores (days). Queries bound the
** start date by it so the date index scans one period, not all history. */
#define ACTIONS_MAX_SPAN_DAYS 400

/* Fold a name into the aliases' key form; caller frees. NULL on no memory. */
static char *alias_key(const char *s)
{
    size_t n;
    return text_fold(s, strlen(s), &n);
}

/* The canonical name the recogniser gives s when s is one whole mention
** ("U.S." -> "United States", "Beijing" -> "China"); malloc'd, or NULL
** when s names no known entity or memory ran out. */
static char *canonical_name(dossier *d, const char *s)
{
    dz_lexicon *lx = dz_lexicon_get(d);
    dz_analysis a;
    char *out = NULL;
    size_t n = strlen(s);
    if (!lx || n == 0 || n > 200)
        return NULL;
    dz_analysis_init(&a, s, n, NULL);
    if (text_split(&a) == 0 && entities_find(lx, &a) == 0 && a.nmentions == 1 &&
        a.mentions[0].name)
        out = dz_strdup(a.mentions[0].name);
    dz_analysis_free(&a);
    return out;
}

/* The name an actor or target given in a query stands for: the stored
** entity entities_resolve picks (a short name is the person the corpus
** names most by it: "Baker" -> "James Baker"), else canonical_name. NULL
** with *bad set (and the handle's message) when a short name is
** ambiguous; NULL alone when nothing is known. */
static char *query_name(dossier *d, const char *s, int *bad)
{
    int64_t id = 0;
    char *out = NULL;
    if (entities_resolve(d, s, &id) != DOSSIER_OK) {
        *bad = 1;
        return NULL;
    }
    if (id) {
        dz_cursor *st = store_query(&d->store, "SELECT name FROM entities WHERE id = ?");
        if (st) {
            dz_cursor_bind_int(st, 1, id);
            if (dz_cursor_step(st) == 1)
                out = dz_strdup(dz_cursor_text(st, 0, NULL));
            dz_cursor_free(st);
        }
    }
    return out ? out : canonical_name(d, s);
}

/* The expressions of the partial indexes actions_span and actions_long
** (schema v4 in store.c), repeated word for word so the planner can use
** them. SHORT is LONG's complement (its value is never NULL). */
/* An action's evidence, cut out of its article's text by the byte offsets
** the store keeps (schema v6), NULL when it has none. X names the row. */
#define EVIDENCE(X) \
    "(CASE WHEN " X ".ev_end > " X ".ev_start THEN (SELECT" \
    " CAST(substr(CAST(b.body AS BLOB), " X ".ev_start + 1," \
    " " X ".ev_end - " X ".ev_start) AS TEXT) FROM articles b" \
    " WHERE b.id = " X ".article) END)"
/* An action's object: its text when the store kept it, else cut out of
** the article like the evidence (NULL when it has none). */
#define OBJECT(X) \
    "coalesce(" X ".object, CASE WHEN " X ".ob_end > " X ".ob_start THEN" \
    " (SELECT CAST(substr(CAST(b.body AS BLOB), " X ".ob_start + 1," \
    " " X ".ob_end - " X ".ob_start) AS TEXT) FROM articles b" \
    " WHERE b.id = " X ".article) END)"
#define SPANS " AND x.date_end > x.date_start"
#define LONG_SPAN "coalesce(julianday(x.date_end) - julianday(x.date_start), 1e9)"
#define LONG " AND " LONG_SPAN " > 31"
#define SHORT " AND " LONG_SPAN " <= 31"
#define SHORT_SPAN_DAYS 31

/* Parameter numbers, pushed in this order whatever the filter holds (a
** value not given binds NULL): 1..40 the category numbers and names, then
** these. The SQL text names them. */
enum { P_UNTIL = 41, P_SINCE, P_LOWER, P_LOWER_SHORT, P_ACTOR, P_TARGET = 48,
       P_VERB = 51, P_CATEGORY, P_MODALITY, P_ARTICLE, P_LIMIT };

/* The date as days - n, formatted into out (date already checked). */
static void days_before(const char *date, int n, char out[11])
{
    int y, m, dd;
    dz_date_parse(date, &y, &m, &dd);
    dz_days_to_date(dz_date_to_days(y, m, dd) - n, &y, &m, &dd);
    dz_date_format(out, y, m, dd);
}

/* Append the filters other than dates (the same in every branch). */
static void other_filters(dz_sql *sql, const dz_action_filter *f, int actor,
                          int target, int verb)
{
    if (actor)
        sql_add(sql, " AND x.actor IN (SELECT entity FROM aliases WHERE"
                         " key = ?45 UNION SELECT id FROM entities WHERE"
                         " code = ?46 OR name = ?47)");
    if (target)
        sql_add(sql, " AND x.target IN (SELECT entity FROM aliases WHERE"
                         " key = ?48 UNION SELECT id FROM entities WHERE"
                         " code = ?49 OR name = ?50)");
    if (verb)
        sql_add(sql, " AND x.verb = ?51");
    if (f->category)
        sql_add(sql, " AND x.category = ?52");
    if (f->modality)
        sql_add(sql, " AND x.modality = ?53");
    if (f->article > 0)
        sql_add(sql, " AND x.article = ?54");
}

/* With a start date, an action matches when it overlaps [since, until]:
** date_start <= until and date_end >= since (and, since no stored action
** spans more than ACTIONS_MAX_SPAN_DAYS, date_start >= since - that). One
** scan of the date index from since - 400 days walked a year of actions
** to find the few that began before since. Instead three branches, merged
** in date order by SQLite (each one is read in index order, and the LIMIT
** stops the merge):
**   1. actions starting in [since, until];
**   2. actions starting in [since - 31 days, since) and spanning at most
**      31 days (read from actions_span: those ending after they start);
**   3. actions starting in [since - 400 days, since) and spanning more
**      than 31 days (actions_long).
** Their union is the old single query's result (the bounds in 2 hold
** because a span of at most 31 days that reaches since began at most 31
** days before it), sorted the same way. */
static dz_cursor *query(dossier *d, const dz_action_filter *f, int events);

dz_cursor *actions_query(dossier *d, const dz_action_filter *f)
{
    return query(d, f, 0);
}

dz_cursor *actions_events(dossier *d, const dz_action_filter *f)
{
    return query(d, f, 1);
}

/* The SQL test for a plain statement (actions_plain_statement): category
** 01, no target, a verb of neutral saying. The verbs are our own
** constants, spliced as literals. */
static void plain_statement_sql(dz_sql *sql)
{
    int i, n;
    const char *const *v = actions_plain_verbs(&n);
    sql_add(sql, "(x.code = 1 AND x.target_id IS NULL AND x.verb IN (");
    for (i = 0; i < n; i++)
        sql_add(sql, "%s'%s'", i ? "," : "", v[i]);
    sql_add(sql, "))");
}

/* The actions query (events = 0), or the same actions grouped into events
** (events = 1): one row per (actor, category, target, first day), the
** same act reported by several sentences or articles, with its number of
** reports, of articles, the list of articles and of action ids (the raw
** actions stay reachable by id), the evidence and article of its first
** report, and whether it is a plain statement. */
static dz_cursor *query(dossier *d, const dz_action_filter *f, int events)
{
    dz_sql q = { 0 }, rest = { 0 }, body = { 0 };
    dz_cursor *c = NULL;
    char *actor_key = NULL, *target_key = NULL;
    char *actor_name = NULL, *target_name = NULL;
    char lower_since[11] = "", lower_short[11] = "";
    const char *verb = NULL;
    const char *until = f->until[0] ? " AND x.date_start <= ?41" : "";
    int i, bad = 0;

    if (f->modality && dz_modality_parse(f->modality) < 0) {
        dz_error(d, DOSSIER_MISUSE, "unknown modality '%s' (asserted, "
                 "planned, reported, negated or hypothetical)", f->modality);
        return NULL;
    }
    if (f->category < 0 || f->category > 20) {
        dz_error(d, DOSSIER_MISUSE, "category must be a CAMEO root 1..20");
        return NULL;
    }
    if (f->since[0]) {
        int y, m, dd;
        if (dz_date_parse(f->since, &y, &m, &dd) != 0) {
            dz_error(d, DOSSIER_MISUSE, "bad date '%s'", f->since);
            return NULL;
        }
        days_before(f->since, ACTIONS_MAX_SPAN_DAYS, lower_since);
        days_before(f->since, SHORT_SPAN_DAYS, lower_short);
    }
    if ((f->actor && !(actor_key = alias_key(f->actor))) ||
        (f->target && !(target_key = alias_key(f->target)))) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    if ((f->actor && !(actor_name = query_name(d, f->actor, &bad))) ||
        (f->target && !bad && !(target_name = query_name(d, f->target, &bad)))) {
        if (bad)
            goto done;              /* an ambiguous short name: the message
                                       lists the candidates */
    }
    if (f->verb) {
        verb = actions_lemma(f->verb, NULL);
        if (!verb)
            verb = f->verb;
    }

    /* the parameters, in the order of their numbers (P_*) */
    for (i = 1; i <= 20; i++) {     /* the category name: a CASE over bound */
        sql_int(&q, i);             /* names, cheaper than a join */
        sql_text(&q, dz_cameo_name(i));
    }
    sql_text(&q, f->until[0] ? f->until : NULL);
    sql_text(&q, f->since[0] ? f->since : NULL);
    sql_text(&q, f->since[0] ? lower_since : NULL);
    sql_text(&q, f->since[0] ? lower_short : NULL);
    sql_text(&q, actor_key);
    sql_text(&q, actor_key ? f->actor : NULL);
    sql_text(&q, actor_name);
    sql_text(&q, target_key);
    sql_text(&q, target_key ? f->target : NULL);
    sql_text(&q, target_name);
    sql_text(&q, verb);
    if (f->category)
        sql_int(&q, f->category);
    else
        sql_text(&q, NULL);
    sql_text(&q, f->modality);
    if (f->article > 0)
        sql_int(&q, f->article);
    else
        sql_text(&q, NULL);
    if (sql_int(&q, f->limit > 0 ? f->limit : -1) != P_LIMIT && !q.failed) {
        dz_error(d, DOSSIER_ERROR, "actions: parameters out of order");
        goto done;
    }

    other_filters(&rest, f, actor_key != NULL, target_key != NULL, verb != NULL);
    sql_add(&body, "SELECT x.date_start AS date, x.date_end AS date_end,"
                   " ea.name AS actor, x.verb AS verb, CASE x.category");
    for (i = 1; i <= 20; i++)
        sql_add(&body, " WHEN ?%d THEN ?%d", 2 * i - 1, 2 * i);
    sql_add(&body,
        " END AS category,"
        " et.name AS target, %s AS object, x.modality AS modality,"
        " %s AS text, x.article AS article, x.category AS code,"
        " x.date_source AS date_source, x.precision AS precision, x.id AS id",
        /* events: the texts of the row each event keeps, made after grouping */
        events ? "x.object" : OBJECT("x"), events ? "NULL" : EVIDENCE("x"));
    if (events)
        sql_add(&body, ", x.actor AS actor_id, x.target AS target_id,"
                       " x.ev_start AS ev_start, x.ev_end AS ev_end,"
                       " x.ob_start AS ob_start, x.ob_end AS ob_end");
    if (!f->since[0]) {
        sql_add(&body, " FROM actions x");
    } else {
        /* the three branches, each with every filter */
        sql_add(&body, " FROM (SELECT * FROM actions x WHERE"
                       " x.date_start >= ?42 AND x.date_end >= ?42%s", until);
        sql_add_text(&body, &rest);
        sql_add(&body, " UNION ALL SELECT * FROM actions x WHERE"
                       " x.date_start >= ?44 AND x.date_start < ?42"
                       " AND x.date_end >= ?42" SPANS SHORT "%s", until);
        sql_add_text(&body, &rest);
        sql_add(&body, " UNION ALL SELECT * FROM actions x WHERE"
                       " x.date_start >= ?43 AND x.date_start < ?42"
                       " AND x.date_end >= ?42" LONG "%s", until);
        sql_add_text(&body, &rest);
        sql_add(&body, events ? " ORDER BY date_start, date_end, id) x"
                              : " ORDER BY date_start, date_end, id LIMIT ?55) x");
    }
    sql_add(&body,
        " LEFT JOIN entities ea ON ea.id = x.actor"
        " LEFT JOIN entities et ON et.id = x.target"
        " WHERE 1");
    if (!f->since[0]) {
        sql_add(&body, "%s", until);
        sql_add_text(&body, &rest);
    }
    if (!events) {
        sql_add(&body, " ORDER BY x.date_start, x.date_end, x.id LIMIT ?55");
        sql_add_text(&q, &body);
    } else {
        /* group the actions into events; the row each event shows (its
        ** names, verb, text and article) is its first report in date
        ** order, numbered by a window so that the query is the same on
        ** both engines (SQLite's bare columns of a grouped query are not
        ** PostgreSQL's), and its texts are cut once it is chosen */
        sql_add(&q, "SELECT x.date AS date, x.date_end AS date_end,"
                    " x.actor AS actor, x.category AS category, x.code AS code,"
                    " x.target AS target, x.verb AS verb, " OBJECT("f") " AS object,"
                    " x.modality AS modality, " EVIDENCE("f") " AS text,"
                    " x.article AS article, x.reports AS reports,"
                    " x.articles AS articles, x.article_list AS article_list,"
                    " x.ids AS ids, ");
        plain_statement_sql(&q);
        sql_add(&q, " AS statement FROM (SELECT y.date AS date,"
                    " max(y.date_end) AS date_end, y.code AS code,"
                    " y.target_id AS target_id");
        {
            static const char *const first[] = { "actor", "category", "target",
                                                  "verb", "modality", "article" };
            size_t k;
            for (k = 0; k < sizeof first / sizeof first[0]; k++)
                sql_add(&q, ", max(CASE WHEN y.rn = 1 THEN y.%s END) AS %s",
                        first[k], first[k]);
        }
        sql_add(&q, ", max(CASE WHEN y.rn = 1 THEN y.id END) AS first,"
                    " min(y.id) AS min_id, count(*) AS reports,"
                    " count(DISTINCT y.article) AS articles,"
                    " group_concat(DISTINCT y.article) AS article_list,"
                    " group_concat(y.id) AS ids FROM (SELECT b.*, row_number() OVER"
                    " (PARTITION BY b.actor_id, b.code, b.target_id, b.date"
                    " ORDER BY b.date_end, b.id) AS rn FROM (");
        sql_add_text(&q, &body);
        sql_add(&q, ") b) y GROUP BY y.actor_id, y.code, y.target_id, y.date) x"
                    " JOIN actions f ON f.id = x.first"
                    " ORDER BY x.date, x.min_id LIMIT ?55");
    }
    c = sql_cursor(d, &q);
done:
    sql_free(&q);
    sql_free(&rest);
    sql_free(&body);
    free(actor_key);
    free(target_key);
    free(actor_name);
    free(target_name);
    return c;
}
