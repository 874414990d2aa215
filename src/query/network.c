/*
** network.c — the network around one entity (see network.h): three
** queries, each starting from an index on the centre (mentions_entity,
** actions_actor / actions_target), so the cost follows the centre's own
** mentions in the period, not the corpus.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "query/network.h"
#include "query/sql.h"
#include "query/series.h"

int network_quad(int category)
{
    if (category >= 1 && category <= 5)
        return 1;
    if (category >= 6 && category <= 9)
        return 2;
    if (category >= 10 && category <= 14)
        return 3;
    if (category >= 15 && category <= 20)
        return 4;
    return 0;
}

const char *network_quad_name(int quad)
{
    static const char *const names[] = {
        "co-occurrence", "verbal cooperation", "material cooperation",
        "verbal conflict", "material conflict"
    };
    return quad >= 0 && quad <= 4 ? names[quad] : names[0];
}

void network_free(dz_network *n)
{
    free(n->nodes);
    free(n->edges);
    dz_arena_free(&n->arena);
    memset(n, 0, sizeof *n);
}

/* The index of node id, or -1. */
static int find_node(const dz_network *n, int64_t id)
{
    int i;
    for (i = 0; i < n->nnodes; i++)
        if (n->nodes[i].id == id)
            return i;
    return -1;
}

/* Append a node (strings copied into the arena); its index, or -1 with
** the message set. */
static int add_node(dossier *d, dz_network *n, int64_t id, const char *name,
                    const char *type, int64_t weight)
{
    dz_net_node *x;
    if (DZ_VEC_PUSH(n->nodes, n->nnodes, n->capnodes) != 0)
        goto nomem;
    x = &n->nodes[n->nnodes];
    memset(x, 0, sizeof *x);
    x->id = id;
    x->weight = weight;
    if (!(x->name = dz_arena_strdup(&n->arena, name ? name : "")) ||
        !(x->type = dz_arena_strdup(&n->arena, type ? type : "")))
        goto nomem;
    return n->nnodes++;
nomem:
    dz_error(d, DOSSIER_NOMEM, "out of memory");
    return -1;
}

/* Append an edge between nodes a and b (verb copied into the arena). */
static int add_edge(dossier *d, dz_network *n, int a, int b, int kind,
                    int quad, int64_t weight, const char *verb)
{
    dz_net_edge *e;
    if (DZ_VEC_PUSH(n->edges, n->nedges, n->capedges) != 0)
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    e = &n->edges[n->nedges++];
    e->a = a;
    e->b = b;
    e->kind = kind;
    e->quad = quad;
    e->weight = weight;
    e->verb = NULL;
    if (verb && !(e->verb = dz_arena_strdup(&n->arena, verb)))
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    return DOSSIER_OK;
}

/* Bind the period (?2, ?3): open ends as the first and last dates. Without
** a period the query (see query()) has no date test to bind. */
static int bind_period(dz_cursor *c, const dz_network_opts *o)
{
    if (!o->since[0] && !o->until[0])
        return 0;
    return dz_cursor_bind_text(c, 2, o->since[0] ? o->since : "0000-00-00") ||
           dz_cursor_bind_text(c, 3, o->until[0] ? o->until : "9999-12-31");
}

/* Build a query from tmpl into a cursor, with its markers replaced:
**   @CENTRE@   FROM ... WHERE of the centre's mentions m in the period's
**              articles ar: walking the period's articles with a seek per
**              article on mentions_entity when the centre is named more
**              often than the period has articles, else walking the
**              centre's mentions; no article test without a period;
**   @ACTDATE@  the period test of an action x;
**   @IDS@      ids, a list of numbers ("12,31,7": ours, not the user's).
** A plain range test (never "?2 IS NULL OR ...") lets the planner use the
** date indexes. NULL with the message set. */
static dz_cursor *query(dossier *d, const char *tmpl, int64_t id,
                        const dz_network_opts *o, const char *ids)
{
    int dated = o->since[0] || o->until[0];
    const char *centre = !dated ? "mentions m WHERE m.entity = ?1"
        : series_scan_articles(d, id, o->since, o->until)
        ? "articles ar CROSS JOIN mentions m ON m.entity = ?1 AND m.article = ar.id"
          " WHERE ar.published BETWEEN ?2 AND ?3"
        : "mentions m JOIN articles ar ON ar.id = m.article WHERE m.entity = ?1"
          " AND ar.published BETWEEN ?2 AND ?3";
    const char *actdate = dated ? "x.date_start BETWEEN dz_day(?2) AND dz_day(?3)"
                                : "1 = 1";
    dz_sql q = { 0 };
    const char *p = tmpl, *at;
    /* the markers are filled through the SQL builder, whose failures are
    ** sticky: a query is never run with a clause missing */
    while ((at = strchr(p, '@'))) {
        sql_add(&q, "%.*s", (int)(at - p), p);
        if (strncmp(at, "@CENTRE@", 8) == 0)
            sql_add(&q, "%s", centre), p = at + 8;
        else if (strncmp(at, "@ACTDATE@", 9) == 0)
            sql_add(&q, "%s", actdate), p = at + 9;
        else if (strncmp(at, "@IDS@", 5) == 0 && ids)
            sql_add(&q, "%s", ids), p = at + 5;
        else
            sql_add(&q, "@"), p = at + 1;
    }
    sql_add(&q, "%s", p);
    return sql_cursor(d, &q);      /* the caller binds the values */
}

/* the centre's sentences in the period, with their articles: mentions
** are found by article (mentions_article), then sentence */
#define CENTRE_SENTENCES \
    "me AS MATERIALIZED (SELECT DISTINCT m.article AS article," \
    " m.sentence AS sentence FROM @CENTRE@ AND m.sentence IS NOT NULL)"

/* The centre and its strongest neighbours, joined by co-occurrence edges. */
static int neighbours(dossier *d, int64_t id, const dz_network_opts *o,
                      dz_network *n)
{
    dz_cursor *c;
    int rc;
    c = query(d,
        "WITH " CENTRE_SENTENCES
        " SELECT 0, e.name, e.type, (SELECT count(*) FROM me) FROM entities e"
        " WHERE e.id = ?1"
        " UNION ALL SELECT * FROM (SELECT e.id, e.name, e.type,"
        " count(DISTINCT m.sentence) AS n"
        " FROM me CROSS JOIN mentions m ON m.article = me.article"
        " AND m.sentence = me.sentence"
        " JOIN entities e ON e.id = m.entity"
        " WHERE m.entity <> ?1 AND (?4 IS NULL OR e.type = ?4)"
        " GROUP BY e.id HAVING count(DISTINCT m.sentence) >= ?5"
        " ORDER BY n DESC, e.name, e.type LIMIT ?6) AS t",
        id, o, NULL);
    if (!c)
        return DOSSIER_ERROR;
    if (dz_cursor_bind_int(c, 1, id) || bind_period(c, o) ||
        (o->type ? dz_cursor_bind_text(c, 4, o->type) : dz_cursor_bind_null(c, 4)) ||
        dz_cursor_bind_int(c, 5, o->min) || dz_cursor_bind_int(c, 6, o->limit)) {
        dz_cursor_free(c);
        return dz_sqlite_error(d, "network");
    }
    while ((rc = dz_cursor_step(c)) == 1) {
        int64_t eid = dz_cursor_int(c, 0);
        int k = add_node(d, n, eid ? eid : id, dz_cursor_text(c, 1, NULL),
                         dz_cursor_text(c, 2, NULL), dz_cursor_int(c, 3));
        if (k < 0) {
            dz_cursor_free(c);
            return DOSSIER_NOMEM;
        }
        if (!eid)
            n->nodes[k].center = 1;
        else if (add_edge(d, n, 0, k, DZ_EDGE_COOCCUR, 0, n->nodes[k].weight, NULL)) {
            dz_cursor_free(c);
            return DOSSIER_NOMEM;
        }
    }
    dz_cursor_free(c);
    if (rc < 0)
        return DOSSIER_ERROR;
    if (n->nnodes == 0)
        return dz_error(d, DOSSIER_NOTFOUND, "network: no entity with id %lld",
                        (long long)id);
    return DOSSIER_OK;
}

/* Co-occurrence edges between neighbours: sentences naming both in the
** articles of the period that name the centre. */
static int between_neighbours(dossier *d, int64_t id, const dz_network_opts *o,
                              dz_network *n)
{
    dz_buf ids = { 0 };
    dz_cursor *c;
    int i, rc;
    if (n->nnodes < 3)
        return DOSSIER_OK;
    for (i = 1; i < n->nnodes; i++)
        dz_buf_printf(&ids, "%s%lld", i > 1 ? "," : "", (long long)n->nodes[i].id);
    if (!ids.data)
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    c = query(d,
        "WITH arts AS MATERIALIZED (SELECT DISTINCT m.article AS article"
        "  FROM @CENTRE@),"
        " sm AS MATERIALIZED (SELECT DISTINCT m.entity AS entity,"
        "  m.sentence AS sentence FROM arts CROSS JOIN mentions m"
        "  ON m.article = arts.article WHERE m.sentence IS NOT NULL"
        "  AND m.entity IN (@IDS@))"
        " SELECT x.entity, y.entity, count(*) AS n FROM sm x JOIN sm y"
        " ON y.sentence = x.sentence AND y.entity > x.entity"
        " GROUP BY x.entity, y.entity HAVING count(*) >= ?5"
        " ORDER BY n DESC, x.entity, y.entity", id, o, ids.data);
    if (c && (dz_cursor_bind_int(c, 1, id) || bind_period(c, o) ||
              dz_cursor_bind_int(c, 5, o->min))) {
        dz_cursor_free(c);
        c = NULL;
        dz_sqlite_error(d, "network");
    }
    dz_buf_free(&ids);
    if (!c)
        return DOSSIER_ERROR;
    while ((rc = dz_cursor_step(c)) == 1) {
        int a = find_node(n, dz_cursor_int(c, 0)), b = find_node(n, dz_cursor_int(c, 1));
        if (a > 0 && b > 0 &&
            add_edge(d, n, a, b, DZ_EDGE_COOCCUR, 0, dz_cursor_int(c, 2), NULL)) {
            dz_cursor_free(c);
            return DOSSIER_NOMEM;
        }
    }
    dz_cursor_free(c);
    return rc < 0 ? DOSSIER_ERROR : DOSSIER_OK;
}

/* Action edges: the period's actions with the centre as actor or target,
** summed per (actor, target, quad class); the verb kept is the one with
** most actions. Two branches, one per index (actions_actor and
** actions_target, each with the date range), as an OR of the two would
** read every action of the centre. The strongest o->limit edges of at least o->min actions
** are kept; their other ends become nodes when they are not yet. */
typedef struct aedge {
    int64_t actor, target, n, verb_n;
    int quad;
    const char *verb;            /* in the network's arena */
    const char *aname, *atype, *tname, *ttype;
} aedge;

static int cmp_aedge(const void *x, const void *y)
{
    const aedge *a = x, *b = y;
    if (a->n != b->n)
        return a->n > b->n ? -1 : 1;
    if (a->actor != b->actor)
        return a->actor < b->actor ? -1 : 1;
    if (a->target != b->target)
        return a->target < b->target ? -1 : 1;
    return a->quad - b->quad;
}

static int action_edges(dossier *d, int64_t id, const dz_network_opts *o,
                        dz_network *n)
{
    aedge *v = NULL;
    int nv = 0, cap = 0, i, rc;
    dz_cursor *c = query(d,
        "SELECT x.actor, x.target, x.category, x.verb, count(*),"
        " ea.name, ea.type, et.name, et.type FROM"
        " (SELECT actor, target, category, verb FROM actions x"
        "   WHERE x.actor = ?1 AND x.target <> ?1 AND @ACTDATE@"
        "  UNION ALL SELECT actor, target, category, verb FROM actions x"
        "   WHERE x.target = ?1 AND x.actor <> ?1 AND @ACTDATE@) x"
        " JOIN entities ea ON ea.id = x.actor JOIN entities et ON et.id = x.target"
        " WHERE x.category BETWEEN 1 AND 20"
        " GROUP BY x.actor, x.target, x.category, x.verb, ea.id, et.id"
        " ORDER BY x.actor, x.target, x.category, x.verb", id, o, NULL);
    if (!c)
        return DOSSIER_ERROR;
    if (dz_cursor_bind_int(c, 1, id) || bind_period(c, o)) {
        dz_cursor_free(c);
        return dz_sqlite_error(d, "network");
    }
    rc = DOSSIER_OK;
    while ((i = dz_cursor_step(c)) == 1) {
        int64_t actor = dz_cursor_int(c, 0), target = dz_cursor_int(c, 1);
        int quad = network_quad((int)dz_cursor_int(c, 2));
        int64_t k = dz_cursor_int(c, 4);
        const char *verb = dz_cursor_text(c, 3, NULL);
        int j;
        for (j = 0; j < nv; j++)
            if (v[j].actor == actor && v[j].target == target && v[j].quad == quad)
                break;
        if (j == nv) {
            if (DZ_VEC_PUSH(v, nv, cap) != 0) {
                rc = dz_error(d, DOSSIER_NOMEM, "out of memory");
                break;
            }
            memset(&v[nv], 0, sizeof v[nv]);
            v[nv].actor = actor;
            v[nv].target = target;
            v[nv].quad = quad;
            v[nv].aname = dz_arena_strdup(&n->arena, dz_cursor_text(c, 5, NULL));
            v[nv].atype = dz_arena_strdup(&n->arena, dz_cursor_text(c, 6, NULL));
            v[nv].tname = dz_arena_strdup(&n->arena, dz_cursor_text(c, 7, NULL));
            v[nv].ttype = dz_arena_strdup(&n->arena, dz_cursor_text(c, 8, NULL));
            nv++;
        }
        v[j].n += k;
        if (k > v[j].verb_n && verb) {
            v[j].verb_n = k;
            v[j].verb = dz_arena_strdup(&n->arena, verb);
        }
    }
    dz_cursor_free(c);
    if (i < 0 && rc == DOSSIER_OK)
        rc = DOSSIER_ERROR;
    if (rc == DOSSIER_OK && nv > 0) {
        int kept = 0;
        qsort(v, (size_t)nv, sizeof *v, cmp_aedge);
        for (i = 0; i < nv && kept < o->limit && rc == DOSSIER_OK; i++) {
            int a, b;
            if (v[i].n < o->min)
                break;
            a = find_node(n, v[i].actor);
            if (a < 0)
                a = add_node(d, n, v[i].actor, v[i].aname, v[i].atype, 0);
            b = find_node(n, v[i].target);
            if (b < 0 && a >= 0)
                b = add_node(d, n, v[i].target, v[i].tname, v[i].ttype, 0);
            if (a < 0 || b < 0)
                rc = DOSSIER_NOMEM;
            else
                rc = add_edge(d, n, a, b, DZ_EDGE_ACTION, v[i].quad, v[i].n, v[i].verb);
            kept++;
        }
    }
    free(v);
    return rc;
}
#undef CENTRE_SENTENCES

int network_around(dossier *d, int64_t id, const dz_network_opts *o,
                   dz_network *out)
{
    dz_network_opts p = *o;
    int rc;
    if (p.min < 1)
        p.min = 1;
    if (p.limit <= 0)
        p.limit = 25;
    if (p.type && *p.type && dz_entity_type_parse(p.type) == DZ_ENT_NONE)
        return dz_error(d, DOSSIER_MISUSE, "unknown entity type '%s' (person,"
                        " country, organization, place, other)", p.type);
    if (p.type && !*p.type)
        p.type = NULL;
    if ((rc = neighbours(d, id, &p, out)) ||
        (rc = between_neighbours(d, id, &p, out)))
        return rc;
    if (p.actions && (rc = action_edges(d, id, &p, out)))
        return rc;
    return DOSSIER_OK;
}
