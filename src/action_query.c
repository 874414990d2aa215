/*
** action_query.c — reading stored actions back: actions_query builds one
** SELECT from a filter, with every value bound as a parameter (names are
** folded and matched through the aliases table, never spliced into SQL).
*/
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "actions.h"
#include "text.h"
#include "entities.h"

/* The longest date range actions_find stores (days). Queries bound the
** start date by it so the date index scans one period, not all history. */
#define ACTIONS_MAX_SPAN_DAYS 400

static const char *const modality_names[] = {
    "asserted", "planned", "reported", "negated", "hypothetical"
};

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

dz_cursor *actions_query(dossier *d, const dz_action_filter *f)
{
    dz_buf sql = { 0 };
    dz_cursor *c = NULL;
    char *actor_key = NULL, *target_key = NULL;
    char *actor_name = NULL, *target_name = NULL;
    char lower_since[11] = "";
    const char *verb = NULL;
    int i, p = 1;

    if (f->modality) {
        for (i = 0; i < 5; i++)
            if (strcmp(f->modality, modality_names[i]) == 0)
                break;
        if (i == 5) {
            dz_error(d, DOSSIER_MISUSE, "unknown modality '%s' (asserted, "
                     "planned, reported, negated or hypothetical)", f->modality);
            return NULL;
        }
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
        dz_days_to_date(dz_date_to_days(y, m, dd) - ACTIONS_MAX_SPAN_DAYS,
                        &y, &m, &dd);
        dz_date_format(lower_since, y, m, dd);
    }
    if ((f->actor && !(actor_key = alias_key(f->actor))) ||
        (f->target && !(target_key = alias_key(f->target)))) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    if (f->actor)
        actor_name = canonical_name(d, f->actor);
    if (f->target)
        target_name = canonical_name(d, f->target);
    if (f->verb) {
        verb = actions_lemma(f->verb, NULL);
        if (!verb)
            verb = f->verb;
    }

    /* the category name: a CASE over bound names, cheaper than a join */
    dz_buf_puts(&sql, "SELECT x.date_start AS date, x.date_end AS date_end,"
                      " ea.name AS actor, x.verb AS verb, CASE x.category");
    for (i = 1; i <= 20; i++)
        dz_buf_puts(&sql, " WHEN ? THEN ?");
    dz_buf_puts(&sql,
        " END AS category,"
        " et.name AS target, x.object AS object, x.modality AS modality,"
        " x.evidence AS text, x.article AS article, x.category AS code,"
        " x.date_source AS date_source, x.precision AS precision, x.id AS id"
        " FROM actions x"
        " LEFT JOIN entities ea ON ea.id = x.actor"
        " LEFT JOIN entities et ON et.id = x.target"
        " WHERE 1");
    if (f->until[0])
        dz_buf_puts(&sql, " AND x.date_start <= ?");
    if (f->since[0])
        dz_buf_puts(&sql, " AND x.date_start >= ? AND x.date_end >= ?");
    if (actor_key)
        dz_buf_puts(&sql, " AND x.actor IN (SELECT entity FROM aliases WHERE"
                          " key = ? UNION SELECT id FROM entities WHERE code = ? OR name = ?)");
    if (target_key)
        dz_buf_puts(&sql, " AND x.target IN (SELECT entity FROM aliases WHERE"
                          " key = ? UNION SELECT id FROM entities WHERE code = ?"
                          " OR name = ?)");
    if (verb)
        dz_buf_puts(&sql, " AND x.verb = ?");
    if (f->category)
        dz_buf_puts(&sql, " AND x.category = ?");
    if (f->modality)
        dz_buf_puts(&sql, " AND x.modality = ?");
    if (f->article > 0)
        dz_buf_puts(&sql, " AND x.article = ?");
    dz_buf_puts(&sql, " ORDER BY x.date_start, x.date_end, x.id LIMIT ?");
    if (!sql.data) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    if (!(c = dz_cursor_new(d, sql.data)))
        goto done;
    for (i = 1; i <= 20; i++) {
        dz_cursor_bind_int(c, p++, i);
        dz_cursor_bind_text(c, p++, dz_cameo_name(i));
    }
    if (f->until[0])
        dz_cursor_bind_text(c, p++, f->until);
    if (f->since[0]) {
        dz_cursor_bind_text(c, p++, lower_since);
        dz_cursor_bind_text(c, p++, f->since);
    }
    if (actor_key) {
        dz_cursor_bind_text(c, p++, actor_key);
        dz_cursor_bind_text(c, p++, f->actor);
        if (actor_name)
            dz_cursor_bind_text(c, p, actor_name);
        else
            dz_cursor_bind_null(c, p);
        p++;
    }
    if (target_key) {
        dz_cursor_bind_text(c, p++, target_key);
        dz_cursor_bind_text(c, p++, f->target);
        if (target_name)
            dz_cursor_bind_text(c, p, target_name);
        else
            dz_cursor_bind_null(c, p);
        p++;
    }
    if (verb)
        dz_cursor_bind_text(c, p++, verb);
    if (f->category)
        dz_cursor_bind_int(c, p++, f->category);
    if (f->modality)
        dz_cursor_bind_text(c, p++, f->modality);
    if (f->article > 0)
        dz_cursor_bind_int(c, p++, f->article);
    dz_cursor_bind_int(c, p, f->limit > 0 ? f->limit : -1);
done:
    dz_buf_free(&sql);
    free(actor_key);
    free(target_key);
    free(actor_name);
    free(target_name);
    return c;
}
