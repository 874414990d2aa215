/*
** lbind.c — the corpus object, cursors as records and iterators, option
** readers: the shared plumbing of the Lua binding files.
*/
#include <stdlib.h>
#include <string.h>
#include "lua/lbind.h"
#include "lua/help.h"

typedef struct lcorpus {
    dossier *d;         /* NULL once closed, as Lua sees it */
    dossier *pending;   /* closed while a call was using it: freed at __gc */
    int owned;
} lcorpus;

typedef struct lcursor {
    dz_cursor *c;
} lcursor;

/* ---- corpus ---------------------------------------------------------------*/

static lcorpus *check_corpus(lua_State *L, int idx)
{
    lcorpus *c = luaL_checkudata(L, idx, LBIND_CORPUS);
    if (!c->d)
        luaL_error(L, "attempt to use a closed corpus");
    return c;
}

dossier *lbind_corpus(lua_State *L)
{
    lcorpus *c;
    if (lua_type(L, lua_upvalueindex(1)) != LUA_TUSERDATA)
        luaL_error(L, "no corpus is open (use dossier.open(path))");
    c = lua_touserdata(L, lua_upvalueindex(1));
    if (!c->d)
        luaL_error(L, "attempt to use a closed corpus");
    /* every binding starts here: refuse option keys the function does not
    ** take, from the one table that also drives help() (help.c) */
    lhelp_check_options(L, lhelp_running(L));
    return c->d;
}

int lbind_error(lua_State *L, dossier *d)
{
    return luaL_error(L, "%s", dossier_errmsg(d));
}

void lbind_newmodule(lua_State *L, int corpus_idx, const luaL_Reg *funcs)
{
    lua_newtable(L);
    for (; funcs->name; funcs++) {
        lua_pushvalue(L, corpus_idx);
        lua_pushcclosure(L, funcs->func, 1);
        lua_setfield(L, -2, funcs->name);
    }
}

/* Is a C function further down L's call stack (below level 0, the caller
** of this test) using the corpus userdata at idx: as an upvalue (module
** functions, iterators) or as its first argument (methods)? Such a call
** holds a raw dossier pointer; closing under it would free that pointer.
** Finalizers and metamethods run on the thread that is in the call, so
** walking this stack is enough. */
static int corpus_in_use(lua_State *L, int idx)
{
    lua_Debug ar;
    int level, in_use = 0;
    const void *me = lua_topointer(L, idx);
    for (level = 1; !in_use && lua_getstack(L, level, &ar); level++) {
        int n;
        if (!lua_getinfo(L, "fu", &ar))
            continue;
        if (lua_iscfunction(L, -1)) {
            for (n = 1; n <= ar.nups && n <= 2 && !in_use; n++) {
                if (lua_getupvalue(L, -1, n)) {
                    in_use = lua_topointer(L, -1) == me;
                    lua_pop(L, 1);
                }
            }
            if (!in_use && lua_getlocal(L, &ar, 1)) {
                in_use = lua_topointer(L, -1) == me;
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    return in_use;
}

/* Close the corpus once; shared by :close, __gc and __close. A close asked
** for while a binding is in the middle of a call with this corpus (from an
** options table's __index, a __tostring, or a finalizer that runs during
** the call's allocations) only marks it closed for Lua: the handle itself
** is freed when the corpus object is collected, never under the call. */
static int corpus_close(lua_State *L)
{
    lcorpus *c = luaL_checkudata(L, 1, LBIND_CORPUS);
    if (c->d && c->owned) {
        if (corpus_in_use(L, 1))
            c->pending = c->d;
        else
            dossier_close(c->d);
    }
    c->d = NULL;
    return 0;
}

/* __gc: nothing can be using the corpus any more, so a deferred close
** happens now. */
static int corpus_gc(lua_State *L)
{
    lcorpus *c = luaL_checkudata(L, 1, LBIND_CORPUS);
    if (c->pending)
        dossier_close(c->pending);
    c->pending = NULL;
    if (c->d && c->owned)
        dossier_close(c->d);
    c->d = NULL;
    return 0;
}

/* A method read from a corpus, bound to it (upvalue 1: the method, 2: the
** corpus), so that c:asof(d) and c.asof(d) both work. */
static int bound_method(lua_State *L)
{
    if (lua_rawequal(L, 1, lua_upvalueindex(2)) == 0) {
        lua_pushvalue(L, lua_upvalueindex(2));
        lua_insert(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int corpus_index(lua_State *L)
{
    lcorpus *c = luaL_checkudata(L, 1, LBIND_CORPUS);
    /* methods first, then the module tables kept in the user value */
    luaL_getmetafield(L, 1, "__methods");
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL) {
        lua_pushvalue(L, 1);
        lua_pushcclosure(L, bound_method, 2);
        return 1;
    }
    if (!c->d)
        return luaL_error(L, "attempt to use a closed corpus");
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, 2);
    lua_rawget(L, -2);
    return 1;
}

static int corpus_tostring(lua_State *L)
{
    lcorpus *c = luaL_checkudata(L, 1, LBIND_CORPUS);
    if (c->d)
        lua_pushfstring(L, "dossier corpus (%p)", (void *)c->d);
    else
        lua_pushliteral(L, "dossier corpus (closed)");
    return 1;
}

static int corpus_sql(lua_State *L);
static int corpus_asof(lua_State *L);

static const luaL_Reg corpus_methods[] = {
    { "close", corpus_close },
    { "sql", corpus_sql },
    { "asof", corpus_asof },
    { NULL, NULL }
};

static const luaL_Reg corpus_meta[] = {
    { "__index", corpus_index },
    { "__gc", corpus_gc },
    { "__close", corpus_close },
    { "__tostring", corpus_tostring },
    { NULL, NULL }
};

static void corpus_metatable(lua_State *L)
{
    if (luaL_newmetatable(L, LBIND_CORPUS)) {
        luaL_setfuncs(L, corpus_meta, 0);
        luaL_newlib(L, corpus_methods);
        lua_setfield(L, -2, "__methods");
    }
    lua_pop(L, 1);
}

void lbind_push_corpus(lua_State *L, dossier *d, int owned)
{
    static const struct {
        const char *name;
        lua_CFunction open;
    } modules[] = {
        { "articles", lbind_open_articles },
        { "search", lbind_open_search },
        { "entities", lbind_open_entities },
        { "actions", lbind_open_actions },
    };
    lcorpus *c;
    int idx;
    size_t i;

    corpus_metatable(L);
    c = lua_newuserdatauv(L, sizeof *c, 1);
    c->d = NULL;
    c->pending = NULL;
    c->owned = 0;
    luaL_setmetatable(L, LBIND_CORPUS);
    c->d = d;
    c->owned = owned;
    idx = lua_gettop(L);
    lua_newtable(L);
    for (i = 0; i < sizeof modules / sizeof modules[0]; i++) {
        lua_pushcfunction(L, modules[i].open);
        lua_pushvalue(L, idx);
        lua_call(L, 1, 1);
        lhelp_register_module(L, -1, modules[i].name, 1);
        lua_setfield(L, -2, modules[i].name);
    }
    /* c.report as the global report, for scripts that open a corpus */
    luaL_requiref(L, "dossier.report", luaopen_dossier_report, 0);
    lua_setfield(L, -2, "report");
    lua_setiuservalue(L, idx, 1);
}

/* ---- cursors --------------------------------------------------------------*/

void lbind_push_record(lua_State *L, dz_cursor *c)
{
    int i, n = dz_cursor_ncols(c);
    lua_createtable(L, 0, n);
    for (i = 0; i < n; i++) {
        size_t len;
        const char *s;
        switch (dz_cursor_type(c, i)) {
        case SQLITE_NULL:
            continue;
        case SQLITE_INTEGER:
            lua_pushinteger(L, (lua_Integer)dz_cursor_int(c, i));
            break;
        case SQLITE_FLOAT:
            lua_pushnumber(L, dz_cursor_double(c, i));
            break;
        default:
            s = dz_cursor_text(c, i, &len);
            lua_pushlstring(L, s ? s : "", s ? len : 0);
            break;
        }
        lua_setfield(L, -2, dz_cursor_name(c, i));
    }
}

static int cursor_gc(lua_State *L)
{
    lcursor *k = luaL_checkudata(L, 1, LBIND_CURSOR);
    dz_cursor_free(k->c);
    k->c = NULL;
    return 0;
}

/* Wrap c in a userdata so that an error (or a break out of a for loop)
** still frees it. Pushes the userdata. */
static lcursor *wrap_cursor(lua_State *L, dz_cursor *c)
{
    lcursor *k = lua_newuserdatauv(L, sizeof *k, 1);
    k->c = NULL;
    if (luaL_newmetatable(L, LBIND_CURSOR)) {
        lua_pushcfunction(L, cursor_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, cursor_gc);
        lua_setfield(L, -2, "__close");
    }
    lua_setmetatable(L, -2);
    k->c = c;
    return k;
}

int lbind_push_rows(lua_State *L, dossier *d, dz_cursor *c)
{
    lcursor *k;
    lua_Integer n = 0;
    int rc, i, ncols;

    if (!c)
        return lbind_error(L, d);
    k = wrap_cursor(L, c);
    lua_newtable(L);
    while ((rc = dz_cursor_step(c)) == 1) {
        lbind_push_record(L, c);
        lua_rawseti(L, -2, ++n);
    }
    if (rc < 0)
        return lbind_error(L, d);
    /* remember the column order for printing */
    ncols = dz_cursor_ncols(c);
    lua_createtable(L, 0, 1);
    lua_createtable(L, ncols, 0);
    for (i = 0; i < ncols; i++) {
        lua_pushstring(L, dz_cursor_name(c, i));
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "__columns");
    lua_setmetatable(L, -2);
    dz_cursor_free(k->c);
    k->c = NULL;
    lua_remove(L, -2);
    return 1;
}

/* The iterator: upvalue 1 the cursor userdata, 2 the corpus (kept alive). */
static int iter_next(lua_State *L)
{
    lcursor *k = lua_touserdata(L, lua_upvalueindex(1));
    lcorpus *co = lua_touserdata(L, lua_upvalueindex(2));
    int rc;
    if (!k->c)
        return 0;
    /* the corpus may have been closed while the loop was running: its
    ** statements then belong to a zombie connection and d is freed */
    if (co && !co->d) {
        dz_cursor_free(k->c);
        k->c = NULL;
        return luaL_error(L, "attempt to use a closed corpus");
    }
    rc = dz_cursor_step(k->c);
    if (rc == 1) {
        lbind_push_record(L, k->c);
        return 1;
    }
    dz_cursor_free(k->c);
    k->c = NULL;
    if (rc < 0)
        return co ? lbind_error(L, co->d) : luaL_error(L, "query failed");
    return 0;
}

int lbind_push_iter(lua_State *L, dossier *d, dz_cursor *c)
{
    if (!c)
        return lbind_error(L, d);
    wrap_cursor(L, c);
    lua_pushvalue(L, lua_upvalueindex(1));   /* the corpus keeps d alive */
    lua_pushcclosure(L, iter_next, 2);
    return 1;
}

void lbind_check_values(lua_State *L, int first, int last)
{
    int i;
    for (i = first; i <= last; i++) {
        int t = lua_type(L, i);
        if (t != LUA_TNIL && t != LUA_TBOOLEAN && t != LUA_TNUMBER &&
            t != LUA_TSTRING)
            luaL_argerror(L, i, "parameters must be nil, booleans, numbers or strings");
    }
}

void lbind_bind_values(lua_State *L, dz_cursor *c, int first, int last)
{
    int i;
    for (i = first; i <= last; i++) {
        int p = i - first + 1;
        switch (lua_type(L, i)) {
        case LUA_TNIL:
            dz_cursor_bind_null(c, p);
            break;
        case LUA_TBOOLEAN:
            dz_cursor_bind_int(c, p, lua_toboolean(L, i));
            break;
        case LUA_TNUMBER:
            if (lua_isinteger(L, i))
                dz_cursor_bind_int(c, p, lua_tointeger(L, i));
            else
                dz_cursor_bind_double(c, p, lua_tonumber(L, i));
            break;
        case LUA_TSTRING:
            dz_cursor_bind_text(c, p, lua_tostring(L, i));
            break;
        default:
            luaL_argerror(L, i, "parameters must be nil, booleans, numbers or strings");
        }
    }
}

/* ---- options --------------------------------------------------------------*/

/* Push field of the options table at idx; returns its type. */
static int opt_field(lua_State *L, int idx, const char *field)
{
    lcorpus *co;
    int t;
    if (lua_isnoneornil(L, idx)) {
        lua_pushnil(L);
        return LUA_TNIL;
    }
    luaL_checktype(L, idx, LUA_TTABLE);
    t = lua_getfield(L, idx, field);
    /* the field's __index may have closed the corpus the call runs on: the
    ** handle stays valid until the call ends (corpus_close defers), but the
    ** call is refused rather than run on a corpus Lua sees as closed */
    co = luaL_testudata(L, lua_upvalueindex(1), LBIND_CORPUS);
    if (co && !co->d)
        luaL_error(L, "the corpus was closed during the call");
    return t;
}

const char *lbind_opt_string(lua_State *L, int idx, const char *field,
                             const char *def)
{
    const char *s;
    int t = opt_field(L, idx, field);
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return def;
    }
    if (t != LUA_TSTRING && t != LUA_TNUMBER)
        luaL_argerror(L, idx, lua_pushfstring(L, "field '%s' must be a string",
                                               field));
    s = lua_tostring(L, -1);
    lua_pop(L, 1);      /* still referenced by the options table */
    if (t == LUA_TNUMBER) {
        /* a number converted in place is no longer in the table: keep a
        ** copy alive in the registry-free way, by writing it back */
        lua_pushstring(L, s);
        lua_setfield(L, idx, field);
        lua_getfield(L, idx, field);
        s = lua_tostring(L, -1);
        lua_pop(L, 1);
    }
    return s;
}

lua_Integer lbind_opt_int(lua_State *L, int idx, const char *field,
                          lua_Integer def)
{
    int isnum, t = opt_field(L, idx, field);
    lua_Integer v = def;
    if (t != LUA_TNIL) {
        v = lua_tointegerx(L, -1, &isnum);
        if (!isnum)
            luaL_argerror(L, idx, lua_pushfstring(L,
                          "field '%s' must be an integer", field));
    }
    lua_pop(L, 1);
    return v;
}

int lbind_opt_bool(lua_State *L, int idx, const char *field, int def)
{
    int t = opt_field(L, idx, field), v = def;
    if (t != LUA_TNIL)
        v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}

void lbind_opt_period(lua_State *L, dossier *d, int idx, char since[11],
                      char until[11])
{
    const char *s = lbind_opt_string(L, idx, "since", NULL);
    const char *u = lbind_opt_string(L, idx, "until", NULL);
    const char *p = lbind_opt_string(L, idx, "period", NULL);
    /* `until` is a Lua keyword, so {["until"] = x} is awkward to type:
    ** `to` is accepted as its synonym. */
    if (!u)
        u = lbind_opt_string(L, idx, "to", NULL);
    if (dz_resolve_period(d, s, u, p, since, until) != 0)
        luaL_argerror(L, idx, dossier_errmsg(d));
}

/* ---- corpus methods -------------------------------------------------------*/

/* corpus:sql(query, ...) -> rows: read-only SQL, parameters bound. */
static int corpus_sql(lua_State *L)
{
    lcorpus *c = check_corpus(L, 1);
    const char *sql = luaL_checkstring(L, 2);
    dz_cursor *cur;
    lbind_check_values(L, 3, lua_gettop(L));
    cur = dz_sql_readonly(&c->d->store, sql);
    if (!cur)
        return lbind_error(L, c->d);
    lbind_bind_values(L, cur, 3, lua_gettop(L));
    return lbind_push_rows(L, c->d, cur);
}

static int corpus_asof(lua_State *L)
{
    lcorpus *c = check_corpus(L, 1);
    if (!lua_isnoneornil(L, 2) &&
        dossier_set_asof(c->d, luaL_checkstring(L, 2)) != DOSSIER_OK)
        return lbind_error(L, c->d);
    lua_pushstring(L, dossier_asof(c->d));
    return 1;
}

/* ---- owned strings --------------------------------------------------------*/

static int autofree_gc(lua_State *L)
{
    char **p = lua_touserdata(L, 1);
    free(*p);
    *p = NULL;
    return 0;
}

void lbind_push_owned(lua_State *L, char *p, size_t n)
{
    char **guard = lua_newuserdatauv(L, sizeof *guard, 0);
    *guard = NULL;
    if (luaL_newmetatable(L, "dossier.autofree")) {
        lua_pushcfunction(L, autofree_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    *guard = p;
    lua_pushlstring(L, p ? p : "", p ? n : 0);
    free(*guard);
    *guard = NULL;
    lua_remove(L, -2);
}
