/*
** l_pictures.c — entities.series, actions.series, search.series and
** entities.network: option checks, one core call (query/series.h,
** query/network.h), and the result as Lua tables. The core's result lives
** in a userdata whose __gc frees it, so a memory error while the tables
** are built leaks nothing.
*/
#include <string.h>
#include "lua/lbind.h"
#include "lua/lpictures.h"
#include "query/series.h"
#include "query/network.h"
#include "query/entity_query.h"
#include "analysis/actions.h"

#define SERIES_BOX "dossier.series.box"
#define NETWORK_BOX "dossier.network.box"

static int series_box_gc(lua_State *L)
{
    series_free(luaL_checkudata(L, 1, SERIES_BOX));
    return 0;
}

static int network_box_gc(lua_State *L)
{
    network_free(luaL_checkudata(L, 1, NETWORK_BOX));
    return 0;
}

/* Push a zeroed userdata of size n with a metatable name whose __gc is gc. */
static void *new_box(lua_State *L, size_t n, const char *name, lua_CFunction gc)
{
    void *p = lua_newuserdatauv(L, n, 0);
    memset(p, 0, n);
    if (luaL_newmetatable(L, name)) {
        lua_pushcfunction(L, gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    return p;
}

/* Read by=, since=, until= / to=, period=, kind=, normalise= / normalize=
** at idx. */
static void check_series_opts(lua_State *L, dossier *d, int idx, dz_series_opts *o)
{
    const char *by;
    memset(o, 0, sizeof *o);
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
    by = lbind_opt_string(L, idx, "by", "month");
    if (series_unit_parse(by, &o->unit) != 0)
        luaL_argerror(L, idx, "field 'by' must be \"day\", \"week\" or \"month\"");
    lbind_opt_period(L, d, idx, o->since, o->until);
    o->kind = lbind_opt_string(L, idx, "kind", NULL);
    o->totals = lbind_opt_bool(L, idx, "normalise",
                               lbind_opt_bool(L, idx, "normalize", 0));
}

static void set_int(lua_State *L, const char *k, int64_t v)
{
    lua_pushinteger(L, (lua_Integer)v);
    lua_setfield(L, -2, k);
}

/* Push the series s as an array of records {start, end, count, articles,
** events?, total?, share?} with fields by, label, value (the field a chart
** shows), since and until; the __columns metafield lists the columns. */
static void push_series(lua_State *L, const dz_series *s, const char *label,
                        int with_events, const char *value)
{
    static const char *const cols[] = {
        "start", "end", "count", "articles", "events", "total", "share"
    };
    int i, k, ncols = 0;
    int totals = s->n > 0 && s->b[0].total >= 0;
    lua_createtable(L, s->n, 6);
    for (i = 0; i < s->n; i++) {
        const dz_series_bucket *b = &s->b[i];
        lua_createtable(L, 0, 7);
        lua_pushstring(L, b->start);
        lua_setfield(L, -2, "start");
        lua_pushstring(L, b->end);
        lua_setfield(L, -2, "end");
        set_int(L, "count", b->count);
        set_int(L, "articles", b->articles);
        if (with_events)
            set_int(L, "events", b->events);
        if (totals) {
            set_int(L, "total", b->total);
            lua_pushnumber(L, b->total > 0
                ? (double)(with_events ? b->events : b->count) / (double)b->total : 0.0);
            lua_setfield(L, -2, "share");
        }
        lua_rawseti(L, -2, i + 1);
    }
    lua_pushstring(L, series_unit_name(s->unit));
    lua_setfield(L, -2, "by");
    if (label) {
        lua_pushstring(L, label);
        lua_setfield(L, -2, "label");
    }
    lua_pushstring(L, totals ? "share" : value);
    lua_setfield(L, -2, "value");
    if (s->since[0]) {
        lua_pushstring(L, s->since);
        lua_setfield(L, -2, "since");
        lua_pushstring(L, s->until);
        lua_setfield(L, -2, "until");
    }
    lua_createtable(L, 0, 1);
    lua_createtable(L, 7, 0);
    for (k = 0; k < 7; k++) {
        if ((k == 4 && !with_events) || (k >= 5 && !totals))
            continue;
        lua_pushstring(L, cols[k]);
        lua_rawseti(L, -2, ++ncols);
    }
    lua_setfield(L, -2, "__columns");
    lua_setmetatable(L, -2);
}

/* The entity named by field name of the options at idx, or by a string at
** idx itself (then the options are at idx + 1). Sets *opts. */
static const char *entity_arg(lua_State *L, int idx, const char *field, int *opts)
{
    const char *name;
    if (lua_type(L, idx) == LUA_TSTRING) {
        *opts = idx + 1;
        return lua_tostring(L, idx);
    }
    luaL_checktype(L, idx, LUA_TTABLE);
    *opts = idx;
    name = lbind_opt_string(L, idx, field, NULL);
    if (!name || !*name)
        luaL_argerror(L, idx, lua_pushfstring(L, "field '%s' is required", field));
    return name;
}

/* entities.series{entity=, by="day"|"week"|"month", since=, until=,
** kind=, normalise=} (or entities.series(name, {...})) -> buckets
** {start, end, count (mentions), articles, total?, share?} */
int lpict_entities_series(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_series_opts o;
    dz_series *s;
    int64_t id = 0;
    int opts;
    const char *name = entity_arg(L, 1, "entity", &opts);
    check_series_opts(L, d, opts, &o);
    if (entities_resolve(d, name, &id) != DOSSIER_OK)
        return lbind_error(L, d);
    s = new_box(L, sizeof *s, SERIES_BOX, series_box_gc);
    /* an unknown name (id 0) is never mentioned: zeros, or no buckets
    ** when the period is open */
    if (series_entity(d, id ? id : -1, &o, s) != DOSSIER_OK)
        return lbind_error(L, d);
    push_series(L, s, name, 0, "count");
    return 1;
}

/* actions.series{actor=, target=, verb=, category=, modality=, by=,
** since=, until=, normalise=} -> buckets {start, end, count (actions),
** articles, events, total?, share? (events per article)} */
int lpict_actions_series(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_series_opts o;
    dz_action_filter f;
    dz_series *s;
    const char *cat, *label;
    memset(&f, 0, sizeof f);
    check_series_opts(L, d, 1, &o);
    f.actor = lbind_opt_string(L, 1, "actor", NULL);
    f.target = lbind_opt_string(L, 1, "target", NULL);
    f.verb = lbind_opt_string(L, 1, "verb", NULL);
    f.modality = lbind_opt_string(L, 1, "modality", NULL);
    f.article = lbind_opt_int(L, 1, "article", 0);
    cat = lbind_opt_string(L, 1, "category", NULL);
    if (cat && !(f.category = actions_category_parse(cat)))
        return luaL_argerror(L, 1, lua_pushfstring(L, "unknown category '%s'", cat));
    label = f.actor ? f.actor : f.target ? f.target : f.verb ? f.verb : cat;
    s = new_box(L, sizeof *s, SERIES_BOX, series_box_gc);
    if (series_actions(d, &f, &o, s) != DOSSIER_OK) {
        if (strncmp(dossier_errmsg(d), "unknown modality", 16) == 0)
            return luaL_argerror(L, 1, dossier_errmsg(d));
        return lbind_error(L, d);
    }
    push_series(L, s, label ? label : "actions", 1, "events");
    return 1;
}

/* search.series(query, {by=, since=, until=, kind=, normalise=}) ->
** buckets {start, end, count (matching articles), articles, total?, share?} */
int lpict_search_series(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    size_t n;
    const char *q = luaL_checklstring(L, 1, &n);
    dz_series_opts o;
    dz_series *s;
    check_series_opts(L, d, 2, &o);
    s = new_box(L, sizeof *s, SERIES_BOX, series_box_gc);
    if (series_search(d, q, n, &o, s) != DOSSIER_OK)
        return lbind_error(L, d);
    push_series(L, s, q, 0, "count");
    return 1;
}

static const char *const type_colors[][2] = {
    { "person", "#fdd49e" }, { "country", "#c6dbef" },
    { "organization", "#d9f0a3" }, { "place", "#e5d8bd" }, { NULL, "#eeeeee" }
};

/* entities.network{center=, since=, until=, min=, limit=, type=,
** actions=true} (or entities.network(name, {...})) ->
** {center=, nodes={{id, name, type, weight, center?}...},
**  edges={{from, to, source, target, kind, quad?, class, weight, verb?}...}}
** from / to are node positions (1-based); source / target their names. */
int lpict_entities_network(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_network_opts o;
    dz_network *n;
    int64_t id = 0;
    int opts, i;
    lua_Integer limit, min;
    const char *name = entity_arg(L, 1, "center", &opts);
    memset(&o, 0, sizeof o);
    if (!lua_isnoneornil(L, opts))
        luaL_checktype(L, opts, LUA_TTABLE);
    lbind_opt_period(L, d, opts, o.since, o.until);
    min = lbind_opt_int(L, opts, "min", 1);
    limit = lbind_opt_int(L, opts, "limit", 25);
    if (limit < 1 || limit > 1000)
        return luaL_argerror(L, opts, "field 'limit' must be 1..1000");
    o.min = min < 1 ? 1 : min;
    o.limit = (int)limit;
    o.type = lbind_opt_string(L, opts, "type", NULL);
    o.actions = lbind_opt_bool(L, opts, "actions", 1);
    if (entities_resolve(d, name, &id) != DOSSIER_OK)
        return lbind_error(L, d);
    if (!id) {
        lua_pushnil(L);
        lua_pushfstring(L, "no entity named '%s'", name);
        return 2;
    }
    n = new_box(L, sizeof *n, NETWORK_BOX, network_box_gc);
    if (network_around(d, id, &o, n) != DOSSIER_OK)
        return lbind_error(L, d);
    lua_createtable(L, 0, 4);
    lua_pushstring(L, n->nodes[0].name);
    lua_setfield(L, -2, "center");
    lua_createtable(L, n->nnodes, 0);
    for (i = 0; i < n->nnodes; i++) {
        const dz_net_node *x = &n->nodes[i];
        int k;
        lua_createtable(L, 0, 6);
        set_int(L, "id", x->id);
        lua_pushstring(L, x->name);
        lua_setfield(L, -2, "name");
        lua_pushstring(L, x->type);
        lua_setfield(L, -2, "type");
        set_int(L, "weight", x->weight);
        for (k = 0; type_colors[k][0] && strcmp(type_colors[k][0], x->type); k++)
            ;
        lua_pushstring(L, type_colors[k][1]);
        lua_setfield(L, -2, "color");
        if (x->center) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, "center");
        }
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "nodes");
    lua_createtable(L, n->nedges, 0);
    for (i = 0; i < n->nedges; i++) {
        const dz_net_edge *e = &n->edges[i];
        lua_createtable(L, 0, 9);
        set_int(L, "from", e->a + 1);
        set_int(L, "to", e->b + 1);
        lua_pushstring(L, n->nodes[e->a].name);
        lua_setfield(L, -2, "source");
        lua_pushstring(L, n->nodes[e->b].name);
        lua_setfield(L, -2, "target");
        lua_pushstring(L, e->kind == DZ_EDGE_ACTION ? "action" : "cooccur");
        lua_setfield(L, -2, "kind");
        if (e->kind == DZ_EDGE_ACTION)
            set_int(L, "quad", e->quad);
        lua_pushstring(L, network_quad_name(e->quad));
        lua_setfield(L, -2, "class");
        set_int(L, "weight", e->weight);
        if (e->verb) {
            lua_pushstring(L, e->verb);
            lua_setfield(L, -2, "verb");
        }
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "edges");
    return 1;
}
