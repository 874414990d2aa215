/*
** entity_query.c — entity queries and the user's entity edits, over the
** entities / aliases / mentions tables (schema in store.c). Queries return
** cursors; edits run in one transaction each and drop the cached lexicon so
** the next analysis sees them.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "query/entity_query.h"
#include "analysis/entities.h"
#include "store/store.h"
#include "query/sql.h"
#include "analysis/text.h"

/* Parameters shared by the queries: ?1 type, ?2 since, ?3 until, ?4 kind,
** ?5 limit (-1 none), ?6 entity id. ART_FILTER marks where filtered()
** puts the article filter: a plain range on articles.published when a
** period is asked for (so the planner starts from its index; "?2 IS NULL
** OR published >= ?2" made it scan every mention), else no date test. */
#define ART_FILTER " @ART_FILTER@ "
#define ART_DATED " ar.published BETWEEN ?2 AND ?3 AND (?4 IS NULL OR ar.kind = ?4) "
#define ART_UNDATED " (?2 IS NULL AND ?3 IS NULL) AND (?4 IS NULL OR ar.kind = ?4) "

/* Push ?1 type, ?2 since, ?3 until, ?4 kind, ?5 limit (-1 none) from f
** (NULL: no filter), as the queries below name them. */
static void push_filter(dz_sql *q, const dz_entity_filter *f)
{
    static const dz_entity_filter none = { 0 };
    int dated;
    if (!f)
        f = &none;
    dated = f->since[0] || f->until[0];
    sql_text(q, f->type && *f->type ? f->type : NULL);
    sql_text(q, dated ? (f->since[0] ? f->since : "0000-00-00") : NULL);
    sql_text(q, dated ? (f->until[0] ? f->until : "9999-12-31") : NULL);
    sql_text(q, f->kind && *f->kind ? f->kind : NULL);
    sql_int(q, f->limit > 0 ? f->limit : -1);
}

/* A cursor over sql with the filter and ?6 the entity id bound, the
** article filter (dated or not) in place of its marker; NULL with the
** message set. */
static dz_cursor *filtered(dossier *d, const char *sql,
                           const dz_entity_filter *f, int64_t id)
{
    dz_sql q = { 0 };
    const char *mark = strstr(sql, ART_FILTER);
    if (f && f->type && *f->type && dz_entity_type_parse(f->type) == DZ_ENT_NONE) {
        dz_error(d, DOSSIER_MISUSE, "unknown entity type '%s' (person, country,"
                 " organization, place, other)", f->type);
        return NULL;
    }
    push_filter(&q, f);
    sql_int(&q, id);
    if (mark) {
        int dated = f && (f->since[0] || f->until[0]);
        sql_add(&q, "%.*s%s%s", (int)(mark - sql), sql,
                dated ? ART_DATED : ART_UNDATED, mark + strlen(ART_FILTER));
    } else {
        sql_add(&q, "%s", sql);
    }
    return sql_cursor(d, &q);
}

/* entities_top reads whole months from the entity_months summary (schema
** v4 in store.c, kept by store_save_analysis and triggers) and counts the
** mentions themselves only for the days at either end of the period that
** do not fill a month. The
** sums equal the counts over the mentions, since an article lies in one
** month: its mentions and its one article per entity fall in exactly one
** part. Three forms:
**  - one whole month (the common question): the month's rows, one per
**    entity, no grouping. The limit-th best count is found first (a
**    scan of the month with a sort bounded by the limit), then only the
**    entities reaching it are joined to their names and sorted (all ties
**    on that count come, so names order them as the full sort would);
**  - any other period spanning a whole month, or no period (every month
**    and the undated articles): the parts summed per entity;
**  - less than a whole month: the mentions are counted.
** The kind filter picks the summary's per-kind columns (article = all
** less teaser and link). Parameters: ?1 type, ?4 kind, ?5 limit, ?2 ?3
** the first days' range, ?6 ?7 the last days' range (empty ranges when
** the period starts or ends on a month's edge), ?8 ?9 the first and last
** whole month 'YYYY-MM', ?10 1 to add undated articles. */
#define KIND_MENTIONS \
    "CASE WHEN ?4 IS NULL THEN t.mentions WHEN ?4 = 'teaser' THEN" \
    " t.teaser_mentions WHEN ?4 = 'link' THEN t.link_mentions ELSE" \
    " t.mentions - t.teaser_mentions - t.link_mentions END"
#define KIND_ARTICLES \
    "CASE WHEN ?4 IS NULL THEN t.articles WHEN ?4 = 'teaser' THEN" \
    " t.teaser_articles WHEN ?4 = 'link' THEN t.link_articles ELSE" \
    " t.articles - t.teaser_articles - t.link_articles END"
#define ONE_MONTH(M, A, JOIN, TYPE) \
    "SELECT e.name AS name, e.type AS type, " M " AS mentions, " A " AS articles" \
    " FROM entity_months t JOIN entities e ON e.id = t.entity" \
    " WHERE t.month = ?8" TYPE " AND " M " >= coalesce((SELECT " M \
    "  FROM entity_months t" JOIN " WHERE t.month = ?8 AND " M " > 0" TYPE \
    "  ORDER BY " M " DESC, " A " DESC LIMIT 1 OFFSET ?5 - 1), 1)" \
    " ORDER BY mentions DESC, articles DESC, e.name, e.type LIMIT ?5"
#define TYPE_JOIN " JOIN entities e ON e.id = t.entity"
#define TYPE_TEST " AND e.type = ?1"
static const char *const sql_top_month[2][2] = {
    { ONE_MONTH("t.mentions", "t.articles", "", ""),
      ONE_MONTH("t.mentions", "t.articles", TYPE_JOIN, TYPE_TEST) },
    { ONE_MONTH(KIND_MENTIONS, KIND_ARTICLES, "", ""),
      ONE_MONTH(KIND_MENTIONS, KIND_ARTICLES, TYPE_JOIN, TYPE_TEST) },
};
#define EDGE(LO, HI) \
    " SELECT m.entity AS entity, count(*) AS n, count(DISTINCT m.article) AS na" \
    " FROM articles ar JOIN mentions m ON m.article = ar.id" \
    " WHERE ar.published BETWEEN " LO " AND " HI \
    " AND (?4 IS NULL OR ar.kind = ?4) GROUP BY m.entity"
static const char sql_top_months[] =
    "SELECT e.name AS name, e.type AS type, sum(t.n) AS mentions,"
    " sum(t.na) AS articles FROM ("
    " SELECT entity, " KIND_MENTIONS " AS n, " KIND_ARTICLES " AS na"
    " FROM entity_months t WHERE month BETWEEN ?8 AND ?9 AND " KIND_MENTIONS " > 0"
    " UNION ALL" EDGE("?2", "?3") " UNION ALL" EDGE("?6", "?7")
    " UNION ALL SELECT m.entity, count(*), count(DISTINCT m.article)"
    " FROM articles ar JOIN mentions m ON m.article = ar.id"
    " WHERE ?10 AND ar.published IS NULL AND (?4 IS NULL OR ar.kind = ?4)"
    " GROUP BY m.entity"
    ") t JOIN entities e ON e.id = t.entity WHERE (?1 IS NULL OR e.type = ?1)"
    " GROUP BY t.entity, e.id ORDER BY mentions DESC, articles DESC, e.name, e.type"
    " LIMIT ?5";
#undef KIND_MENTIONS
#undef KIND_ARTICLES
#undef ONE_MONTH
#undef TYPE_JOIN
#undef TYPE_TEST
#undef EDGE

/* Split [since, until] (either may be "", an open end) into whole months
** lo..hi ('YYYY-MM') and the days before lo (*head, two dates or "") and
** after hi (*tail). Returns 0, or -1 when a date is not a valid ISO date
** or no whole month lies inside. */
static int split_months(const char *since, const char *until, char lo[16],
                        char hi[16], char head[2][11], char tail[2][11])
{
    int y, m, dd, ly, lm, hy, hm;
    head[0][0] = head[1][0] = tail[0][0] = tail[1][0] = 0;
    if (!since[0]) {
        ly = 0, lm = 1;
    } else {
        if (dz_date_parse(since, &y, &m, &dd) != 0)
            return -1;
        ly = y, lm = m;
        if (dd > 1) {
            snprintf(head[0], 11, "%s", since);
            dz_date_format(head[1], y, m, dz_days_in_month(y, m));
            if (++lm > 12)
                lm = 1, ly++;
        }
    }
    if (!until[0]) {
        hy = 9999, hm = 12;
    } else {
        if (dz_date_parse(until, &y, &m, &dd) != 0)
            return -1;
        hy = y, hm = m;
        if (dd < dz_days_in_month(y, m)) {
            dz_date_format(tail[0], y, m, 1);
            snprintf(tail[1], 11, "%s", until);
            if (--hm < 1)
                hm = 12, hy--;
        }
    }
    if (ly * 12 + lm > hy * 12 + hm || ly > 9999 || hy < 0)
        return -1;
    snprintf(lo, 16, "%04d-%02d", ly, lm);
    snprintf(hi, 16, "%04d-%02d", hy, hm);
    return 0;
}

/* Push a date range, or an empty one when r is "". */
static void push_range(dz_sql *q, char r[2][11])
{
    sql_text(q, r[0][0] ? r[0] : "1");
    sql_text(q, r[0][0] ? r[1] : "0");
}

dz_cursor *entities_top(dossier *d, const dz_entity_filter *f)
{
    char lo[16], hi[16], head[2][11], tail[2][11];
    const char *sql = sql_top_months;
    dz_sql q = { 0 };
    int dated = f && (f->since[0] || f->until[0]);
    int kinded = f && f->kind && *f->kind;

    if (f && f->type && *f->type && dz_entity_type_parse(f->type) == DZ_ENT_NONE) {
        dz_error(d, DOSSIER_MISUSE, "unknown entity type '%s' (person, country,"
                 " organization, place, other)", f->type);
        return NULL;
    }
    if ((dated && split_months(f->since, f->until, lo, hi, head, tail) != 0) ||
        (kinded && strcmp(f->kind, "article") && strcmp(f->kind, "teaser") &&
         strcmp(f->kind, "link")))
        /* less than a month, odd dates or an unknown kind: count mentions */
        return filtered(d,
            "SELECT e.name AS name, e.type AS type, count(*) AS mentions,"
            " count(DISTINCT m.article) AS articles"
            " FROM mentions m JOIN entities e ON e.id = m.entity"
            " JOIN articles ar ON ar.id = m.article"
            " WHERE (?1 IS NULL OR e.type = ?1) AND" ART_FILTER
            " GROUP BY e.id ORDER BY mentions DESC, articles DESC, e.name, e.type"
            " LIMIT ?5", f, 0);
    if (!dated) {
        /* every month, and the articles without a date */
        snprintf(lo, sizeof lo, "%s", "");
        snprintf(hi, sizeof hi, "%s", "9999-99");
        head[0][0] = tail[0][0] = 0;
    } else if (!strcmp(lo, hi) && !head[0][0] && !tail[0][0] && f->limit > 0) {
        sql = sql_top_month[kinded][f->type && *f->type];
    }
    /* ?1 type, ?2 ?3 the first days, ?4 kind, ?5 limit, ?6 ?7 the last
    ** days, ?8 ?9 the whole months, ?10 undated too (the one-month form
    ** names only ?1, ?4, ?5 and ?8) */
    sql_text(&q, f && f->type && *f->type ? f->type : NULL);
    push_range(&q, head);
    sql_text(&q, kinded ? f->kind : NULL);
    sql_int(&q, f && f->limit > 0 ? f->limit : -1);
    push_range(&q, tail);
    sql_text(&q, lo);
    sql_text(&q, hi);
    sql_int(&q, !dated);
    sql_add(&q, "%s", sql);
    return sql_cursor(d, &q);
}

dz_cursor *entities_get(dossier *d, int64_t id)
{
    dz_cursor *c = dz_cursor_new(&d->store,
        "SELECT id, name, type, code, user_defined FROM entities WHERE id = ?");
    if (c && dz_cursor_bind_int(c, 1, id) != 0) {
        dz_cursor_free(c);
        return NULL;
    }
    return c;
}

dz_cursor *entities_aliases(dossier *d, int64_t id)
{
    /* stored aliases and every way the corpus has named it (a mention's
    ** surface is cut out of its article: offsets are bytes) */
    dz_cursor *c = dz_cursor_new(&d->store,
        "SELECT alias FROM (SELECT alias FROM aliases WHERE entity = ?1"
        "  UNION SELECT CAST(substr(CAST(ar.body AS BLOB), m.start + 1,"
        "   m.end - m.start) AS TEXT) FROM mentions m"
        "   JOIN articles ar ON ar.id = m.article WHERE m.entity = ?1) AS x"
        " WHERE alias != (SELECT name FROM entities WHERE id = ?1)"
        " ORDER BY alias");
    if (c && dz_cursor_bind_int(c, 1, id) != 0) {
        dz_cursor_free(c);
        return NULL;
    }
    return c;
}

dz_cursor *entities_mentions(dossier *d, int64_t id, const dz_entity_filter *f)
{
    /* offsets are bytes: cut the sentence out of the body as a blob */
    return filtered(d,
        "SELECT m.article AS article, ar.published AS published,"
        " ar.title AS title, CAST(substr(CAST(ar.body AS BLOB), m.start + 1,"
        "  m.end - m.start) AS TEXT) AS surface,"
        " CAST(substr(CAST(ar.body AS BLOB), s.start + 1, s.end - s.start)"
        "  AS TEXT) AS sentence, m.start AS start, m.end AS end"
        " FROM mentions m JOIN articles ar ON ar.id = m.article"
        " LEFT JOIN sentences s ON s.id = m.sentence"
        " WHERE m.entity = ?6 AND (?1 IS NULL OR ?1 = ?1) AND" ART_FILTER
        " ORDER BY ar.published, m.article, m.start LIMIT ?5", f, id);
}

/* The co-occurrence query of entities_cooccur up to its ORDER BY: the
** entities named in the articles that name entity ?6, with how many of
** its sentences and articles they share. */
#define COOCCUR_SQL \
    "WITH me AS (SELECT DISTINCT m.article, m.sentence FROM mentions m" \
    "  JOIN articles ar ON ar.id = m.article WHERE m.entity = ?6 AND" \
    ART_FILTER ")" \
    " SELECT e.name AS name, e.type AS type," \
    " count(DISTINCT CASE WHEN m.sentence IN (SELECT sentence FROM me)" \
    "  THEN m.sentence END) AS sentences," \
    " count(DISTINCT m.article) AS articles" \
    " FROM mentions m JOIN entities e ON e.id = m.entity" \
    " WHERE m.article IN (SELECT article FROM me) AND m.entity != ?6" \
    " AND (?1 IS NULL OR e.type = ?1)" \
    " GROUP BY e.id"

dz_cursor *entities_cooccur(dossier *d, int64_t id, const dz_entity_filter *f)
{
    if (f && f->by_article)
        return filtered(d, COOCCUR_SQL
            " ORDER BY articles DESC, sentences DESC, e.name, e.type LIMIT ?5",
            f, id);
    return filtered(d, COOCCUR_SQL
        " ORDER BY sentences DESC, articles DESC, e.name, e.type LIMIT ?5",
        f, id);
}

dz_cursor *entities_pairs(dossier *d, const dz_entity_filter *f)
{
    if (f && f->by_article)
        return filtered(d,
            "WITH em AS (SELECT DISTINCT m.entity, m.article FROM mentions m"
            "  JOIN articles ar ON ar.id = m.article"
            "  JOIN entities e ON e.id = m.entity"
            "  WHERE (?1 IS NULL OR e.type = ?1) AND" ART_FILTER ")"
            " SELECT ea.name AS a, ea.type AS a_type, eb.name AS b,"
            " eb.type AS b_type, count(*) AS articles"
            " FROM em x JOIN em y ON y.article = x.article AND y.entity > x.entity"
            " JOIN entities ea ON ea.id = x.entity JOIN entities eb ON eb.id = y.entity"
            " GROUP BY ea.id, eb.id ORDER BY articles DESC, a, a_type, b, b_type LIMIT ?5",
            f, 0);
    return filtered(d,
        "WITH sm AS (SELECT DISTINCT m.entity, m.sentence, m.article FROM mentions m"
        "  JOIN articles ar ON ar.id = m.article"
        "  JOIN entities e ON e.id = m.entity"
        "  WHERE m.sentence IS NOT NULL AND (?1 IS NULL OR e.type = ?1) AND"
        ART_FILTER ")"
        " SELECT ea.name AS a, ea.type AS a_type, eb.name AS b,"
        " eb.type AS b_type, count(*) AS sentences,"
        " count(DISTINCT x.article) AS articles"
        " FROM sm x JOIN sm y ON y.sentence = x.sentence AND y.entity > x.entity"
        " JOIN entities ea ON ea.id = x.entity JOIN entities eb ON eb.id = y.entity"
        " GROUP BY ea.id, eb.id ORDER BY sentences DESC, articles DESC, a, a_type, b,"
        " b_type"
        " LIMIT ?5", f, 0);
}

/* The most mentioned entity for a query with one text parameter. */
static int pick_entity(dossier *d, const char *sql, const char *arg, int64_t *id)
{
    dz_cursor *c = store_query(&d->store, sql);
    int rc;
    if (!c)
        return DOSSIER_ERROR;
    dz_cursor_bind_text(c, 1, arg);
    rc = dz_cursor_step(c);
    if (rc == 1)
        *id = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return rc < 0 ? DOSSIER_ERROR : DOSSIER_OK;
}

/* Candidates whose mentions fall short of this share of the best one's do
** not make a short name ambiguous: "Baker" in 1987 news is James Baker
** (273 mentions), not the Baker of a few stories. */
#define SHORT_NAME_DOMINANCE 3

/* A one-word name that is the surname of stored persons ("Baker"): the
** person the corpus names most when it is named at least
** SHORT_NAME_DOMINANCE times as often as the next; otherwise
** DOSSIER_NOTFOUND with the candidates listed in the message. *id is left 0
** when no person has that surname, or when none is named more than floor
** times (an entity of that very name is named as often). */
static int resolve_surname(dossier *d, const char *name, int64_t floor,
                           int64_t *id)
{
    dz_cursor *st;
    dz_buf list = { 0 };
    char *key;
    size_t klen;
    int rc = DOSSIER_OK, n = 0, step;
    int64_t best = 0, top = 0, second = 0;

    if (strchr(name, ' ') || !(key = text_fold(name, strlen(name), &klen)))
        return DOSSIER_OK;
    st = store_query(&d->store,
        "SELECT e.id, e.name, (SELECT count(*) FROM mentions m WHERE"
        " m.entity = e.id) AS n FROM surnames s JOIN entities e ON"
        " e.id = s.entity WHERE s.key = ?1 AND e.type = 'person'"
        " ORDER BY n DESC, e.id LIMIT 6");
    if (!st) {
        free(key);
        return DOSSIER_ERROR;
    }
    dz_cursor_bind_text(st, 1, key);
    while ((step = dz_cursor_step(st)) == 1) {
        int64_t cnt = dz_cursor_int(st, 2);
        if (n == 0)
            best = dz_cursor_int(st, 0), top = cnt;
        else if (n == 1)
            second = cnt;
        if (n < 5)
            dz_buf_printf(&list, "%s%s (%lld)", n ? ", " : "",
                          dz_cursor_text(st, 1, NULL), (long long)cnt);
        n++;
    }
    dz_cursor_free(st);
    free(key);
    (void)klen;
    if (step != 0)
        rc = DOSSIER_ERROR;
    else if (top <= floor)
        ;
    else if (n == 1 || (n > 1 && top > 0 && top >= second * SHORT_NAME_DOMINANCE))
        *id = best;
    else if (n > 1)
        rc = dz_error(d, DOSSIER_NOTFOUND, "'%s' may be %s%s: give the full name",
                      name, list.data ? list.data : "", n > 5 ? ", ..." : "");
    dz_buf_free(&list);
    return rc;
}

/* The canonical name the recogniser gives name when it reads it as text,
** when the whole of it is one name ("U.S. Agriculture Department": the
** Department of Agriculture, as in an article); NULL otherwise. The
** result is copied into *out (the caller frees it). */
static const char *name_as_in_text(const dz_lexicon *lx, const char *name,
                                   dz_buf *out)
{
    dz_analysis an;
    size_t n = strlen(name), a = 0, b = n;
    const char *canon = NULL;
    while (a < b && (name[a] == ' ' || name[a] == '\t'))
        a++;
    while (b > a && (name[b - 1] == ' ' || name[b - 1] == '\t'))
        b--;
    if (a == b || n > 200)
        return NULL;
    dz_analysis_init(&an, name, n, NULL);
    if (text_split(&an) == 0 && entities_find(lx, &an) == 0 && an.nmentions > 0) {
        /* the last name reaches the end; before it only the country
        ** that names an organisation's state ("U.S." in "U.S. Agriculture
        ** Department", which the text gives as two mentions) */
        const dz_mention *m = &an.mentions[an.nmentions - 1];
        int ok = m->form == DZ_FORM_NAME && !m->short_form && m->name &&
                 (size_t)m->end >= b;
        if (ok && an.nmentions == 2)
            ok = m->type == DZ_ENT_ORGANIZATION &&
                 an.mentions[0].type == DZ_ENT_COUNTRY &&
                 (size_t)an.mentions[0].start <= a &&
                 an.mentions[0].end <= m->start;
        else if (ok)
            ok = an.nmentions == 1 && (size_t)m->start <= a;
        if (ok && dz_buf_puts(out, m->name) == 0)
            canon = out->data;
    }
    dz_analysis_free(&an);
    return canon;
}

int entities_resolve(dossier *d, const char *name, int64_t *id)
{
    char *key;
    size_t klen;
    int rc;

    *id = 0;
    if (!name || !*name)
        return dz_error(d, DOSSIER_MISUSE, "empty entity name");
    /* the user's own names first */
    rc = pick_entity(d,
        "SELECT e.id FROM entities e WHERE e.name = ?1 AND e.user_defined = 1"
        " LIMIT 1", name, id);
    if (rc || *id)
        return rc;
    if (!(key = text_fold(name, strlen(name), &klen)))
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    rc = pick_entity(d,
        "SELECT a.entity FROM aliases a WHERE a.key = ?1 AND a.user_defined = 1"
        " LIMIT 1", key, id);
    if (rc || *id) {
        free(key);
        return rc;
    }
    {
        /* a name the lexicon knows stands for its canonical entity, as
        ** in text ("U.S.", "UK", "USSR", "REUTER") */
        dz_lexicon *lx = dz_lexicon_get(d);
        const char *canon;
        dz_buf canon_buf = { 0 };
        if (!lx) {
            free(key);
            return DOSSIER_ERROR;
        }
        canon = lexicon_lookup(lx, name, NULL);
        if (!canon)
            canon = name_as_in_text(lx, name, &canon_buf);
        if (canon && strcmp(canon, name) != 0) {
            rc = pick_entity(d,
                "SELECT e.id FROM entities e WHERE e.name = ?1 ORDER BY"
                " (SELECT count(*) FROM mentions m WHERE m.entity = e.id) DESC"
                " LIMIT 1", canon, id);
            if (rc || *id) {
                free(key);
                dz_buf_free(&canon_buf);
                return rc;
            }
        }
        dz_buf_free(&canon_buf);
    }
    {
        /* the entity of that name or alias named most, unless a person of
        ** that surname is named more ("Baker": James Baker) */
        dz_cursor *st = store_query(&d->store,
            "SELECT id, n FROM (SELECT e.id AS id, (SELECT count(*) FROM"
            " mentions m WHERE m.entity = e.id) AS n FROM entities e WHERE"
            " e.name = ?1 UNION ALL SELECT a.entity, (SELECT count(*) FROM"
            " mentions m WHERE m.entity = a.entity) FROM aliases a WHERE"
            " a.key = ?2) AS c ORDER BY n DESC LIMIT 1");
        int64_t n = -1, sid = 0;
        if (!st) {
            free(key);
            return DOSSIER_ERROR;
        }
        dz_cursor_bind_text(st, 1, name);
        dz_cursor_bind_text(st, 2, key);
        rc = dz_cursor_step(st);
        if (rc == 1)
            *id = dz_cursor_int(st, 0), n = dz_cursor_int(st, 1);
        dz_cursor_free(st);
        free(key);
        if (rc < 0)
            return DOSSIER_ERROR;
        rc = resolve_surname(d, name, n, &sid);
        if (rc == DOSSIER_OK && sid)
            *id = sid;
        else if (rc != DOSSIER_OK)
            *id = 0;
        return rc;
    }
}

/* Run a write through the cursor c (freed) to its end. */
static int step_done(dossier *d, dz_cursor *c, const char *what)
{
    int rc = dz_cursor_step(c);
    dz_cursor_free(c);
    (void)d;
    (void)what;
    return rc == 0 ? DOSSIER_OK : DOSSIER_ERROR;
}

/* Store alias for entity id as a user alias. */
static int put_alias(dossier *d, int64_t id, const char *alias)
{
    size_t klen;
    char *key = text_fold(alias, strlen(alias), &klen);
    dz_cursor *st;
    int rc;
    if (!key)
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    st = store_query(&d->store, "INSERT INTO aliases(alias, key, entity, user_defined)"
                       " VALUES (?,?,?,1) ON CONFLICT(key, entity)"
                       " DO UPDATE SET user_defined = 1, alias = excluded.alias");
    if (!st) {
        free(key);
        return DOSSIER_ERROR;
    }
    dz_cursor_bind_text(st, 1, alias);
    dz_cursor_bind_text(st, 2, key);
    dz_cursor_bind_int(st, 3, id);
    (void)klen;
    rc = step_done(d, st, "cannot save alias");
    free(key);
    return rc;
}

int entities_define(dossier *d, const char *name, const char *type,
                    const char *const *aliases, int n, int64_t *id)
{
    dz_cursor *st;
    int64_t eid = 0;
    int rc, i;

    if (!name || !*name)
        return dz_error(d, DOSSIER_MISUSE, "an entity needs a name");
    if (!type || dz_entity_type_parse(type) == DZ_ENT_NONE ||
        dz_entity_type_parse(type) == DZ_ENT_GROUP)
        return dz_error(d, DOSSIER_MISUSE, "unknown entity type '%s' (person,"
                        " country, organization, place, other; groups are"
                        " found by the action coder)", type ? type : "");
    if ((rc = store_begin(&d->store)))
        return rc;
    st = store_query(&d->store, "INSERT INTO entities(name, type, user_defined)"
                       " VALUES (?1, ?2, 1) ON CONFLICT(name, type)"
                       " DO UPDATE SET user_defined = 1");
    if (!st) {
        rc = DOSSIER_ERROR;
        goto fail;
    }
    dz_cursor_bind_text(st, 1, name);
    dz_cursor_bind_text(st, 2, type);
    if ((rc = step_done(d, st, "cannot define entity")))
        goto fail;
    st = store_query(&d->store, "SELECT id FROM entities WHERE name = ?1 AND type = ?2");
    if (!st) {
        rc = DOSSIER_ERROR;
        goto fail;
    }
    dz_cursor_bind_text(st, 1, name);
    dz_cursor_bind_text(st, 2, type);
    if (dz_cursor_step(st) == 1)
        eid = dz_cursor_int(st, 0);
    dz_cursor_free(st);
    if ((rc = store_entity_added(&d->store, eid, name, type)) ||
        (rc = put_alias(d, eid, name)))
        goto fail;
    for (i = 0; i < n; i++)
        if (aliases[i] && *aliases[i] && (rc = put_alias(d, eid, aliases[i])))
            goto fail;
    if ((rc = store_commit(&d->store)))
        goto fail;
    dz_lexicon_reset(d);
    if (id)
        *id = eid;
    return DOSSIER_OK;
fail:
    store_rollback(&d->store);
    return rc;
}

/* id of name, or DOSSIER_NOTFOUND with a message. */
static int must_resolve(dossier *d, const char *name, int64_t *id)
{
    int rc = entities_resolve(d, name, id);
    if (rc == DOSSIER_OK && !*id)
        rc = dz_error(d, DOSSIER_NOTFOUND, "no entity named '%s'", name);
    return rc;
}

int entities_alias(dossier *d, const char *alias, const char *canonical)
{
    int64_t id;
    int rc;
    if (!alias || !*alias)
        return dz_error(d, DOSSIER_MISUSE, "empty alias");
    if ((rc = must_resolve(d, canonical, &id)))
        return rc;
    if ((rc = store_begin(&d->store)))
        return rc;
    /* the entity becomes user-known so the alias loads with it */
    if ((rc = put_alias(d, id, alias)) || (rc = store_commit(&d->store))) {
        store_rollback(&d->store);
        return rc;
    }
    dz_lexicon_reset(d);
    return DOSSIER_OK;
}

int entities_merge(dossier *d, const char *keep, const char *drop)
{
    static const char *const moves[] = {
        "UPDATE mentions SET entity = ?1 WHERE entity = ?2",
        "UPDATE actions SET actor = ?1 WHERE actor = ?2",
        "UPDATE actions SET target = ?1 WHERE target = ?2",
        "INSERT INTO aliases(alias, key, entity, user_defined)"
        " SELECT alias, key, ?1, 1 FROM aliases WHERE entity = ?2"
        " ON CONFLICT DO NOTHING",
        "UPDATE aliases SET user_defined = 1 WHERE entity = ?1 AND key IN"
        " (SELECT key FROM aliases WHERE entity = ?2)",
        "DELETE FROM entities WHERE id = ?2",
    };
    int64_t k, x;
    int rc;
    size_t i;

    if ((rc = must_resolve(d, keep, &k)) || (rc = must_resolve(d, drop, &x)))
        return rc;
    if (k == x)
        return DOSSIER_OK;
    if ((rc = store_begin(&d->store)))
        return rc;
    for (i = 0; i < sizeof moves / sizeof moves[0]; i++) {
        dz_cursor *st = store_query(&d->store, moves[i]);
        if (!st) {
            rc = DOSSIER_ERROR;
            goto fail;
        }
        dz_cursor_bind_int(st, 1, k);
        dz_cursor_bind_int(st, 2, x);
        if ((rc = step_done(d, st, "cannot merge entities")))
            goto fail;
    }
    /* the dropped name now stands for keep in later analyses */
    if ((rc = put_alias(d, k, drop)) || (rc = store_commit(&d->store)))
        goto fail;
    dz_lexicon_reset(d);
    return DOSSIER_OK;
fail:
    store_rollback(&d->store);
    return rc;
}

int entities_extract(dossier *d, dz_analysis *a)
{
    dz_lexicon *lx = dz_lexicon_get(d);
    if (!lx)
        return DOSSIER_ERROR;
    if (text_split(a) != 0 || entities_find(lx, a) != 0)
        return dz_error(d, DOSSIER_NOMEM, "out of memory during analysis");
    return DOSSIER_OK;
}
