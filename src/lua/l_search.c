/*
** l_search.c — the `search` Lua module: query, each, count, raw, kwic and
** compile. Snippets carry the STX / ETX match marks of search.h unless the
** caller passes marks= (the REPL renderer maps STX / ETX to colour or to
** nothing). A query the parser cannot make sense of raises a one-line
** error saying what and where.
*/
#include <string.h>
#include "lua/lbind.h"
#include "lua/lpictures.h"
#include "query/search.h"

#define SEARCH_KWIC_MT "dossier.search.kwic"
#define SEARCH_DEFAULT_LIMIT 20
#define KWIC_DEFAULT_LIMIT 100
#define KWIC_DEFAULT_WIDTH 30

/* Read the filter options at idx (since, until/to, kind, section, limit,
** offset) into f, with def_limit when limit is absent. */
static void check_filter(lua_State *L, dossier *d, int idx, dz_article_filter *f,
                         lua_Integer def_limit)
{
    memset(f, 0, sizeof *f);
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
    lbind_opt_period(L, d, idx, f->since, f->until);
    f->kind = lbind_opt_string(L, idx, "kind", NULL);
    f->section = lbind_opt_string(L, idx, "section", NULL);
    f->limit = lbind_opt_int(L, idx, "limit", def_limit);
    f->offset = lbind_opt_int(L, idx, "offset", 0);
}

/* Options of query / each / raw: the filter plus order= ("rank" or
** "date") and marks= (a string used on both sides, or {open, close}). */
static void check_opts(lua_State *L, dossier *d, int idx, search_opts *o)
{
    const char *order;
    memset(o, 0, sizeof *o);
    check_filter(L, d, idx, &o->f, SEARCH_DEFAULT_LIMIT);
    order = lbind_opt_string(L, idx, "order", "rank");
    if (strcmp(order, "date") == 0 || strcmp(order, "newest") == 0)
        o->f.newest_first = 1;
    else if (strcmp(order, "rank") != 0)
        luaL_argerror(L, idx, "field 'order' must be \"rank\" or \"date\"");
    if (lua_istable(L, idx)) {
        int t = lua_getfield(L, idx, "marks");
        if (t == LUA_TSTRING) {
            o->mark_open = o->mark_close = lua_tostring(L, -1);
        } else if (t == LUA_TTABLE) {
            lua_rawgeti(L, -1, 1);
            lua_rawgeti(L, -2, 2);
            if (!lua_isstring(L, -2) || !lua_isstring(L, -1))
                luaL_argerror(L, idx, "field 'marks' must be a string or {open, close}");
            o->mark_open = lua_tostring(L, -2);
            o->mark_close = lua_tostring(L, -1);
            /* the strings stay referenced by the marks table in opts */
            lua_pop(L, 2);
        } else if (t != LUA_TNIL) {
            luaL_argerror(L, idx, "field 'marks' must be a string or {open, close}");
        }
        lua_pop(L, 1);
    }
}

/* search.query(q, opts) -> {id, title, published, kind, score, snippet}... */
static int l_search_query(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    size_t n;
    const char *q = luaL_checklstring(L, 1, &n);
    search_opts o;
    check_opts(L, d, 2, &o);
    return lbind_push_rows(L, d, search_query(d, q, n, &o));
}

/* search.each(q, opts): iterator twin of query (no default limit). */
static int l_search_each(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    size_t n;
    const char *q = luaL_checklstring(L, 1, &n);
    search_opts o;
    int all;
    check_opts(L, d, 2, &o);
    all = lbind_opt_int(L, 2, "limit", -1) == -1;
    if (all)
        o.f.limit = 0;
    return lbind_push_iter(L, d, search_query(d, q, n, &o));
}

/* search.raw(fts5_expression, opts): query with FTS5's own syntax. */
static int l_search_raw(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *expr = luaL_checkstring(L, 1);
    search_opts o;
    check_opts(L, d, 2, &o);
    return lbind_push_rows(L, d, search_raw(d, expr, &o));
}

/* search.count(q, opts) -> integer */
static int l_search_count(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    size_t n;
    const char *q = luaL_checklstring(L, 1, &n);
    search_opts o;
    int64_t count;
    check_opts(L, d, 2, &o);
    count = search_count(d, q, n, &o);
    if (count < 0)
        return lbind_error(L, d);
    lua_pushinteger(L, (lua_Integer)count);
    return 1;
}

/* search.compile(q) -> the FTS5 expression q becomes; raises on a bad
** query (what search.query would say). */
static int l_search_compile(lua_State *L)
{
    size_t n;
    const char *q;
    (void)lbind_corpus(L);      /* like its siblings, refuses a closed corpus */
    q = luaL_checklstring(L, 1, &n);
    dz_buf b = { 0 };
    search_error e;
    if (search_compile(q, n, &b, &e) != 0) {
        dz_buf_free(&b);
        return luaL_error(L, "search: %s", e.msg);
    }
    n = b.len;
    lbind_push_owned(L, dz_buf_detach(&b), n);
    return 1;
}

static int kwic_gc(lua_State *L)
{
    search_kwic_free(luaL_checkudata(L, 1, SEARCH_KWIC_MT));
    return 0;
}

/* search.kwic(term, {width=, limit=, since=, until=, kind=, section=})
** -> {id, left, match, right}...: left is right-aligned to width so the
** matches line up. The lines live in a userdata until copied, so a Lua
** memory error cannot leak them. */
static int l_search_kwic(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    size_t n;
    const char *q = luaL_checklstring(L, 1, &n);
    dz_article_filter f;
    lua_Integer width;
    search_kwic *k;
    int i, rc;
    static const char *const cols[] = { "id", "left", "match", "right" };

    check_filter(L, d, 2, &f, KWIC_DEFAULT_LIMIT);
    width = lbind_opt_int(L, 2, "width", KWIC_DEFAULT_WIDTH);
    if (width < 0 || width > 1000)
        luaL_argerror(L, 2, "field 'width' must be between 0 and 1000");
    k = lua_newuserdatauv(L, sizeof *k, 0);
    memset(k, 0, sizeof *k);
    if (luaL_newmetatable(L, SEARCH_KWIC_MT)) {
        lua_pushcfunction(L, kwic_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    rc = search_kwic_run(d, q, n, (int)width, &f, k);
    if (rc != 0) {
        search_kwic_free(k);
        return lbind_error(L, d);
    }
    lua_createtable(L, k->n, 0);
    for (i = 0; i < k->n; i++) {
        lua_createtable(L, 0, 4);
        lua_pushinteger(L, (lua_Integer)k->lines[i].id);
        lua_setfield(L, -2, "id");
        lua_pushstring(L, k->lines[i].left);
        lua_setfield(L, -2, "left");
        lua_pushstring(L, k->lines[i].match);
        lua_setfield(L, -2, "match");
        lua_pushstring(L, k->lines[i].right);
        lua_setfield(L, -2, "right");
        lua_rawseti(L, -2, i + 1);
    }
    search_kwic_free(k);
    /* same shape as lbind_push_rows: the metatable names the columns */
    lua_createtable(L, 0, 1);
    lua_createtable(L, 4, 0);
    for (i = 0; i < 4; i++) {
        lua_pushstring(L, cols[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "__columns");
    lua_setmetatable(L, -2);
    return 1;
}

static const luaL_Reg search_funcs[] = {
    { "query", l_search_query },
    { "each", l_search_each },
    { "count", l_search_count },
    { "raw", l_search_raw },
    { "kwic", l_search_kwic },
    { "compile", l_search_compile },
    { "series", lpict_search_series },
    { NULL, NULL }
};

int lbind_open_search(lua_State *L)
{
    lbind_newmodule(L, 1, search_funcs);
    return 1;
}
