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
#include "analysis/story.h"
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
** them. The short branch tests the long one's complement (never NULL). */
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
/* The actor of action x is named in its sentence, in its evidence or
** before it (the subject of verbs in a row: "The United States has
** advanced legislation ..., prepared sanctions ..."); a mention after
** the evidence is someone else's ("The administration has said ...,
** the House ..."). A group ("creditor banks") has no mentions: the
** action coder names it from the words of the sentence. */
#define NAMED \
    "(x.actor IS NOT NULL AND (EXISTS (SELECT 1 FROM mentions m WHERE" \
    " m.entity = x.actor AND m.article = x.article AND" \
    " m.sentence = x.sentence AND (x.ev_end <= x.ev_start OR" \
    " m.end <= x.ev_end)) OR EXISTS (SELECT 1 FROM entities g" \
    " WHERE g.id = x.actor AND g.type = 'group')))"
#define SPANS " AND x.date_end > x.date_start"
/* The span in days: SQLite subtracts the stored day numbers (schema v10,
** the predicate of its actions_long); PostgreSQL, whose dates are text,
** keeps its index's julianday form. */
#define LONG_SPAN STORE_LONG_SPAN("x.")
#define LONG_SPAN_PG "coalesce(julianday(x.date_end) - julianday(x.date_start), 1e9)"
#define SHORT_SPAN_DAYS 31

/* Parameter numbers, pushed in this order whatever the filter holds (a
** value not given binds NULL): 1..40 the category numbers and names, then
** these. The SQL text names them. */
enum { P_UNTIL = 41, P_SINCE, P_LOWER, P_LOWER_SHORT, P_ACTOR, P_TARGET = 48,
       P_VERB = 51, P_CATEGORY, P_MODALITY, P_ARTICLE, P_LIMIT, P_PUBLISHED };

/* The date as days - n, formatted into out (date already checked). */
static void days_before(const char *date, int n, char out[11])
{
    int y, m, dd;
    dz_date_parse(date, &y, &m, &dd);
    dz_days_to_date(dz_date_to_days(y, m, dd) - n, &y, &m, &dd);
    dz_date_format(out, y, m, dd);
}

static void plain_statement_sql(dz_sql *sql, int raw);

/* Append the filters other than the period's overlap (the same in every
** branch): names, verb, category, modality, article, the whole range in
** the period (f->within), the actor named in the evidence or not
** (f->named), and the stories kept (story_ids: the political
** articles' ids as "1,2,3", NULL when stories are not judged). */
static void other_filters(dz_sql *sql, const dz_action_filter *f, int actor,
                          int target, int verb, const char *story_ids)
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
        sql_add(sql, " AND x.modality = dz_code('modality', ?53)");
    if (f->article > 0)
        sql_add(sql, " AND x.article = ?54");
    if (f->published_until[0])      /* one lookup by id per action */
        sql_add(sql, " AND coalesce((SELECT substr(p.published, 1, 10) FROM"
                     " articles p WHERE p.id = x.article), '') <= ?56");
    if (f->within && f->since[0]) {
        /* begun in the period, or begun before it with the larger part of
        ** its range inside ("in the last month" seen from the period's
        ** end, not from its first day) */
        const char *end = "coalesce(x.date_end, x.date_start)";
        sql_add(sql, " AND (x.date_start >= dz_day(?42) OR 2 * (julianday(dz_date(");
        if (f->until[0])
            sql_add(sql, "CASE WHEN %s < dz_day(?41) THEN %s ELSE dz_day(?41) END",
                    end, end);
        else
            sql_add(sql, "%s", end);
        sql_add(sql, ")) - julianday(?42) + 1) > julianday(dz_date(%s)) -"
                     " julianday(dz_date(x.date_start)) + 1)", end);
    }
    if (f->within && (f->since[0] || f->until[0])) {
        /* an act dated by its article's date but whose evidence holds a
        ** time outside the period ("announced at a similar press
        ** conference last year") is recalled, not of the period; a plain
        ** statement keeps its date (a time in what is said dates the
        ** content, not the saying) */
        sql_add(sql, " AND (x.date_source <> dz_code('date_source', 'article') OR ");
        plain_statement_sql(sql, 1);
        sql_add(sql, " OR NOT EXISTS (SELECT 1 FROM timexes t WHERE"
                     " t.article = x.article AND x.ev_end > x.ev_start AND"
                     " t.start >= x.ev_start AND t.end <= x.ev_end AND (");
        if (f->since[0])
            sql_add(sql, "t.date_end < dz_day(?42)%s", f->until[0] ? " OR " : "");
        if (f->until[0])
            sql_add(sql, "t.date_start > dz_day(?41)");
        sql_add(sql, ")))");
    }
    if (f->named > 0)
        sql_add(sql, " AND " NAMED);
    else if (f->named < 0)
        sql_add(sql, " AND NOT " NAMED);
    if (story_ids && f->stories == DZ_STORIES_POLITICAL)
        sql_add(sql, " AND x.article IN (%s)", story_ids);
    if (story_ids && f->stories == DZ_STORIES_BUSINESS)
        sql_add(sql, " AND x.article NOT IN (%s)", story_ids);
}

int actions_stories_parse(const char *s)
{
    if (!s)
        return -1;
    return !strcmp(s, "all") ? DZ_STORIES_ALL
         : !strcmp(s, "political") ? DZ_STORIES_POLITICAL
         : !strcmp(s, "business") ? DZ_STORIES_BUSINESS : -1;
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

/* ", 0|1 AS complete": 0 for an act whose root needs a named target and
** has none (actions_needs_target; a group's own meeting or demand is
** complete). The roots come from the analysis, written as numbers. */
static void complete_sql(dz_sql *sql)
{
    int code;
    sql_add(sql, ", CASE WHEN x.target IS NULL AND (x.category IN (0");
    for (code = 1; code <= 20; code++)
        if (actions_needs_target(code, DZ_ENT_ORGANIZATION))
            sql_add(sql, ",%d", code);
    sql_add(sql, ") OR (coalesce(ea.type, '') <> 'organization' AND x.category IN (0");
    for (code = 1; code <= 20; code++)
        if (actions_needs_target(code, DZ_ENT_PERSON) &&
            !actions_needs_target(code, DZ_ENT_ORGANIZATION)) {
            sql_add(sql, ",%d", code);
        }
    sql_add(sql, "))) THEN 0 ELSE 1 END AS complete");
}

/* The SQL test for a plain statement (actions_plain_statement): category
** 01, no target, a verb of neutral saying; or a target and a verb of
** saying to an audience (actions_audience_verbs). The verbs are our own
** constants, spliced as literals. raw: x is a row of the actions table
** (else of the query's body, with its column names). */
static void plain_statement_sql(dz_sql *sql, int raw)
{
    int i, n;
    const char *const *v = actions_plain_verbs(&n);
    sql_add(sql, raw ? "(x.category = 1 AND (x.target IS NULL AND x.verb IN ("
                     : "(x.code = 1 AND (x.target_id IS NULL AND x.verb IN (");
    for (i = 0; i < n; i++)
        sql_add(sql, "%s'%s'", i ? "," : "", v[i]);
    /* or said to an audience ("told Parliament"): plain with it too */
    v = actions_audience_verbs(&n);
    sql_add(sql, ") OR x.verb IN (");
    for (i = 0; i < n; i++)
        sql_add(sql, "%s'%s'", i ? "," : "", v[i]);
    sql_add(sql, ")))");
}

/* The values a query binds besides the filter's own, kept for building
** the same parameters twice (the story pass and the query itself). */
typedef struct qvals {
    const char *lower_since, *lower_short;
    const char *actor_key, *actor_name, *target_key, *target_name, *verb;
} qvals;

/* Push the parameters, in the order of their numbers (P_*); 0 ok, -1 when
** they are out of order (a bug) or building failed (q->failed). */
static int push_params(dz_sql *q, const dz_action_filter *f, const qvals *v)
{
    int i;
    for (i = 1; i <= 20; i++) {     /* the category name: a CASE over bound */
        sql_int(q, i);              /* names, cheaper than a join */
        sql_text(q, dz_cameo_name(i));
    }
    sql_text(q, f->until[0] ? f->until : NULL);
    sql_text(q, f->since[0] ? f->since : NULL);
    sql_text(q, f->since[0] ? v->lower_since : NULL);
    sql_text(q, f->since[0] ? v->lower_short : NULL);
    sql_text(q, v->actor_key);
    sql_text(q, v->actor_key ? f->actor : NULL);
    sql_text(q, v->actor_name);
    sql_text(q, v->target_key);
    sql_text(q, v->target_key ? f->target : NULL);
    sql_text(q, v->target_name);
    sql_text(q, v->verb);
    if (f->category)
        sql_int(q, f->category);
    else
        sql_text(q, NULL);
    sql_text(q, f->modality);
    if (f->article > 0)
        sql_int(q, f->article);
    else
        sql_text(q, NULL);
    if (sql_int(q, f->limit > 0 ? f->limit : -1) != P_LIMIT)
        return -1;
    if (sql_text(q, f->published_until[0] ? f->published_until : NULL)
        != P_PUBLISHED)
        return -1;
    return q->failed ? -1 : 0;
}

/* Append to body the SELECT of the matching actions (rest: the filters
** other than the period, from other_filters). events = 1 selects the
** columns the grouping needs and no limit; story_ids (the political
** articles, or NULL) adds the story column. */
static void actions_body(dz_sql *body, const dz_action_filter *f, int events,
                         const dz_sql *rest, const char *story_ids, int pg)
{
    const char *span = pg ? LONG_SPAN_PG : LONG_SPAN;
    const char *until = f->until[0] ? " AND x.date_start <= dz_day(?41)" : "";
    int i;
    sql_add(body, "SELECT dz_date(x.date_start) AS date,"
                  " dz_date(x.date_end) AS date_end,"
                  " ea.name AS actor, x.verb AS verb, CASE x.category");
    for (i = 1; i <= 20; i++)
        sql_add(body, " WHEN ?%d THEN ?%d", 2 * i - 1, 2 * i);
    sql_add(body,
        " END AS category,"
        " et.name AS target, %s AS object,"
        " dz_label('modality', x.modality) AS modality,"
        " %s AS text, x.article AS article, x.category AS code,"
        " dz_label('date_source', x.date_source) AS date_source,"
        " dz_label('precision', x.precision) AS precision, x.id AS id,"
        " CASE WHEN " NAMED " THEN 1 ELSE 0 END AS named",
        /* events: the texts of the row each event keeps, made after grouping */
        events ? "x.object" : OBJECT("x"), events ? "NULL" : EVIDENCE("x"));
    complete_sql(body);
    if (story_ids)
        sql_add(body, ", CASE WHEN x.article IN (%s) THEN 'political'"
                      " ELSE 'business' END AS story", story_ids);
    if (events)
        sql_add(body, ", x.actor AS actor_id, x.target AS target_id,"
                      " x.ev_start AS ev_start, x.ev_end AS ev_end,"
                      " x.ob_start AS ob_start, x.ob_end AS ob_end");
    if (!f->since[0]) {
        sql_add(body, " FROM actions x");
    } else {
        /* the three branches, each with every filter */
        sql_add(body, " FROM (SELECT * FROM actions x WHERE"
                      " x.date_start >= dz_day(?42) AND x.date_end >= dz_day(?42)%s",
                until);
        sql_add_text(body, rest);
        sql_add(body, " UNION ALL SELECT * FROM actions x WHERE"
                      " x.date_start >= dz_day(?44) AND x.date_start < dz_day(?42)"
                      " AND x.date_end >= dz_day(?42)" SPANS " AND %s <= 31%s",
                span, until);
        sql_add_text(body, rest);
        sql_add(body, " UNION ALL SELECT * FROM actions x WHERE"
                      " x.date_start >= dz_day(?43) AND x.date_start < dz_day(?42)"
                      " AND x.date_end >= dz_day(?42) AND %s > 31%s", span, until);
        sql_add_text(body, rest);
        sql_add(body, events ? " ORDER BY date_start, date_end, id) x"
                             : " ORDER BY date_start, date_end, id LIMIT ?55) x");
    }
    sql_add(body,
        " LEFT JOIN entities ea ON ea.id = x.actor"
        " LEFT JOIN entities et ON et.id = x.target"
        " WHERE 1");
    if (!f->since[0]) {
        sql_add(body, "%s", until);
        sql_add_text(body, rest);
    }
}

/* The story pass: judge every article that has an action matching f
** (stories aside) with story_judge, and return the political ones' ids
** as "1,2,3" ("0" when there is none; malloc'd), or NULL with d's message
** set. */
static char *political_articles(dossier *d, const dz_action_filter *f,
                                const qvals *v)
{
    dz_sql q = { 0 }, rest = { 0 }, body = { 0 };
    dz_buf ids = { 0 };
    dz_cursor *c;
    int step, bad = 0;
    if (push_params(&q, f, v) != 0 && !q.failed) {
        dz_error(d, DOSSIER_ERROR, "actions: parameters out of order");
        sql_free(&q);
        return NULL;
    }
    other_filters(&rest, f, v->actor_key != NULL, v->target_key != NULL,
                  v->verb != NULL, NULL);
    actions_body(&body, f, 1, &rest, NULL, d->store.pg != NULL);
    sql_add(&q, "SELECT a.id, a.title, a.body FROM articles a WHERE a.id IN"
                " (SELECT y.article FROM (");
    sql_add_text(&q, &body);
    sql_add(&q, ") y)");
    c = sql_cursor(d, &q);
    sql_free(&rest);
    sql_free(&body);
    if (!c)
        return NULL;
    while ((step = dz_cursor_step(c)) == 1) {
        size_t tl = 0, bl = 0;
        const char *t = dz_cursor_text(c, 1, &tl), *b = dz_cursor_text(c, 2, &bl);
        dz_story st;
        if (story_judge(t, t ? tl : 0, b, b ? bl : 0, &st) != 0 ||
            (st.is_political &&
             dz_buf_printf(&ids, "%s%lld", ids.len ? "," : "",
                           (long long)dz_cursor_int(c, 0)) != 0)) {
            bad = 1;
            break;
        }
    }
    dz_cursor_free(c);
    if (step < 0) {
        dz_buf_free(&ids);
        return NULL;
    }
    if (bad || (ids.len == 0 && dz_buf_puts(&ids, "0") != 0)) {
        dz_buf_free(&ids);
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    return dz_buf_detach(&ids);
}

/* The actions query (events = 0), or the same actions grouped into events
** (events = 1): one row per (actor, category, target, first day), the
** same act reported by several sentences or articles, with its number of
** reports, of articles, the list of articles and of action ids (the raw
** actions stay reachable by id), the evidence and article of its first
** report, and whether it is a plain statement. With f->stories, a first
** pass judges the stories (political_articles) and the query keeps or
** marks their actions. */
static dz_cursor *query(dossier *d, const dz_action_filter *f, int events)
{
    dz_sql q = { 0 }, rest = { 0 }, body = { 0 };
    dz_cursor *c = NULL;
    char *actor_key = NULL, *target_key = NULL;
    char *actor_name = NULL, *target_name = NULL, *story_ids = NULL;
    char lower_since[11] = "", lower_short[11] = "";
    const char *verb = NULL;
    qvals v;
    int bad = 0;

    if (f->modality && dz_modality_parse(f->modality) < 0) {
        dz_error(d, DOSSIER_MISUSE, "unknown modality '%s' (asserted, "
                 "planned, reported, negated or hypothetical)", f->modality);
        return NULL;
    }
    if (f->category < 0 || f->category > 20) {
        dz_error(d, DOSSIER_MISUSE, "category must be a CAMEO root 1..20");
        return NULL;
    }
    if (f->stories < DZ_STORIES_NONE || f->stories > DZ_STORIES_BUSINESS) {
        dz_error(d, DOSSIER_MISUSE, "stories must be all, political or business");
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
    v.lower_since = lower_since;
    v.lower_short = lower_short;
    v.actor_key = actor_key;
    v.actor_name = actor_name;
    v.target_key = target_key;
    v.target_name = target_name;
    v.verb = verb;
    if (f->stories != DZ_STORIES_NONE && !(story_ids = political_articles(d, f, &v)))
        goto done;

    if (push_params(&q, f, &v) != 0 && !q.failed) {
        dz_error(d, DOSSIER_ERROR, "actions: parameters out of order");
        goto done;
    }
    other_filters(&rest, f, actor_key != NULL, target_key != NULL, verb != NULL,
                  story_ids);
    actions_body(&body, f, events, &rest, story_ids, d->store.pg != NULL);
    if (!events) {
        sql_add(&body, " ORDER BY x.date_start, x.date_end, x.id LIMIT ?55");
        sql_add_text(&q, &body);
    } else {
        /* group the actions into events; the row each event shows (its
        ** names, verb, modality, how its date was known, text and article)
        ** is its first report in date order that tells the act as done,
        ** else its first report
        ** ("Iran said its forces had captured" does not make an act
        ** others tell as done merely reported), numbered by a window so
        ** that the query is the same on both engines (SQLite's bare
        ** columns of a grouped query are not PostgreSQL's), and its texts
        ** are cut once it is chosen */
        sql_add(&q, "SELECT x.date AS date, x.date_end AS date_end,"
                    " x.actor AS actor, x.category AS category, x.code AS code,"
                    " x.target AS target, x.verb AS verb, " OBJECT("f") " AS object,"
                    " x.modality AS modality, " EVIDENCE("f") " AS text,"
                    " x.date_source AS date_source,"
                    " x.article AS article, x.reports AS reports,"
                    " x.articles AS articles, x.article_list AS article_list,"
                    " x.ids AS ids, x.named AS named, x.complete AS complete, ");
        if (story_ids)
            sql_add(&q, "x.story AS story, ");
        plain_statement_sql(&q, 0);
        sql_add(&q, " AS statement FROM (SELECT y.date AS date,"
                    " max(y.date_end) AS date_end, y.code AS code,"
                    " y.target_id AS target_id,"
                    " CASE WHEN sum(y.named) > 0 THEN 1 ELSE 0 END AS named,"
                    " max(y.complete) AS complete");
        if (story_ids)
            sql_add(&q, ", CASE WHEN sum(CASE WHEN y.story = 'political' THEN 1"
                        " ELSE 0 END) > 0 THEN 'political' ELSE 'business'"
                        " END AS story");
        {
            static const char *const first[] = { "actor", "category", "target",
                                                  "verb", "modality", "article",
                                                  "date_source" };
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
                    " ORDER BY CASE WHEN b.modality = 'asserted'"
                    " THEN 0 ELSE 1 END, b.date_end, b.id) AS rn FROM (");
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
    free(story_ids);
    return c;
}

typedef struct word_lists {
    dz_buf *pol, *bus;
    int failed;
} word_lists;

static void add_word(const char *w, int political, int count, void *ud)
{
    word_lists *wl = ud;
    dz_buf *b = political ? wl->pol : wl->bus;
    if (b && dz_buf_printf(b, "%s%s %d", b->len ? ", " : "", w, count) != 0)
        wl->failed = 1;
}

int actions_story(dossier *d, int64_t article, const char *text, size_t n,
                  dz_story *out, dz_buf *pol, dz_buf *bus)
{
    dz_cursor *c = NULL;
    const char *title = NULL;
    size_t tl = 0;
    word_lists wl = { pol, bus, 0 };
    int rc = DOSSIER_OK;
    memset(out, 0, sizeof *out);
    if (!text) {
        c = store_query(&d->store, "SELECT title, body FROM articles WHERE id = ?");
        if (!c)
            return DOSSIER_ERROR;
        dz_cursor_bind_int(c, 1, article);
        switch (dz_cursor_step(c)) {
        case 1:
            title = dz_cursor_text(c, 0, &tl);
            text = dz_cursor_text(c, 1, &n);
            break;
        case 0:
            dz_cursor_free(c);
            return dz_error(d, DOSSIER_NOTFOUND, "no article %lld", (long long)article);
        default:
            dz_cursor_free(c);
            return DOSSIER_ERROR;
        }
        if (!title)
            tl = 0;
        if (!text)
            n = 0;
    }
    if (story_judge(title, tl, text, n, out) != 0 ||
        ((pol || bus) && (story_words(title, tl, text, n, add_word, &wl) != 0 ||
                          wl.failed)))
        rc = dz_error(d, DOSSIER_NOMEM, "out of memory");
    dz_cursor_free(c);
    return rc;
}
