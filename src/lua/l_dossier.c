/*
** l_dossier.c — the `dossier` Lua module (version, asof, engine, date, sql, open,
** readfile), luaopen_dossier for `require "dossier"`, the globals the
** program binds, and dossier_eval for C embedders.
*/
#include <time.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <lualib.h>
#include "lua/lbind.h"
#include "lua/help.h"
#include "lua/sandbox.h"
#include "ingest/ingest.h"
#include "dossier_lua.h"

/* dossier.version() -> "0.1.0" */
static int l_dossier_version(lua_State *L)
{
    lua_pushstring(L, dossier_version());
    return 1;
}

/* dossier.engine() -> "sqlite" or "postgresql": where the corpus lives
** (its SQL dialect, for dossier.sql) */
static int l_dossier_engine(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    lua_pushstring(L, d->store.pg ? "postgresql" : "sqlite");
    return 1;
}

/* dossier.asof([date]) -> the date relative expressions count back from */
static int l_dossier_asof(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    if (!lua_isnoneornil(L, 1) &&
        dossier_set_asof(d, luaL_checkstring(L, 1)) != DOSSIER_OK)
        return luaL_argerror(L, 1, dossier_errmsg(d));
    lua_pushstring(L, dossier_asof(d));
    return 1;
}

/* dossier.date(expr [, base]) -> start, end. Works without a corpus too
** (base then defaults to today). */
static int l_dossier_date(lua_State *L)
{
    const char *expr = luaL_checkstring(L, 1);
    const char *base = luaL_optstring(L, 2, NULL);
    char b[11], e[11];
    dossier scratch, *d;
    if (lua_type(L, lua_upvalueindex(1)) == LUA_TUSERDATA) {
        d = lbind_corpus(L);
    } else {
        memset(&scratch, 0, sizeof scratch);
        d = &scratch;
    }
    if (dz_date_range(d, expr, base, b, e) != 0)
        return luaL_argerror(L, 1, dossier_errmsg(d));
    lua_pushstring(L, b);
    lua_pushstring(L, e);
    return 2;
}

/* dossier.sql(query, ...) -> rows; read-only, parameters bound */
static int l_dossier_sql(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *sql = luaL_checkstring(L, 1);
    dz_cursor *c;
    lbind_check_values(L, 2, lua_gettop(L));
    c = dz_sql_readonly(&d->store, sql);
    if (!c)
        return lbind_error(L, d);
    lbind_bind_values(L, c, 2, lua_gettop(L));
    return lbind_push_rows(L, d, c);
}

/* dossier.open(path [, {sandbox=, busy_timeout=}]) -> corpus | nil,
** message. sandbox: read-only, and the file must exist already. */
static int l_dossier_open(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    int sandbox = lbind_opt_bool(L, 2, "sandbox", 0);
    lua_Integer busy = lbind_opt_int(L, 2, "busy_timeout", -1);
    dossier *d = NULL;
    int rc;
    struct stat st;
    if (busy < -1 || busy > INT_MAX)
        return luaL_argerror(L, 2, "busy_timeout: milliseconds, 0 or more");
    if (sandbox && strcmp(path, ":memory:") != 0 && stat(path, &st) != 0) {
        lua_pushnil(L);
        lua_pushfstring(L, "%s: no such corpus (a sandboxed open creates none)", path);
        return 2;
    }
    rc = dossier_open(path, &d);
    if (rc == DOSSIER_OK && sandbox)
        rc = dossier_set_readonly(d, 1);
    if (rc == DOSSIER_OK && busy >= 0)
        rc = dossier_set_busy_timeout(d, (int)busy);
    if (rc != DOSSIER_OK) {
        lua_pushnil(L);
        lua_pushstring(L, dossier_errmsg(d));
        dossier_close(d);
        return 2;
    }
    lbind_push_corpus(L, d, 1);
    return 1;
}

/* dossier.readfile(path) -> text, repaired | nil, message. Gunzips .gz and
** converts Latin-1 to UTF-8, so importers in Lua read any input. */
static int l_dossier_readfile(lua_State *L)
{
    const char *path = luaL_checkstring(L, 1);
    dz_buf b = { 0 };
    char err[256];
    int repaired = 0;
    if (ingest_read_file(path, &b, &repaired, err, sizeof err) != 0) {
        dz_buf_free(&b);
        lua_pushnil(L);
        lua_pushstring(L, err);
        return 2;
    }
    lbind_push_owned(L, b.data, b.len);
    lua_pushboolean(L, repaired);
    return 2;
}

/* dossier.clock() -> seconds of wall-clock time from a fixed point
** (monotonic), for timing work done elsewhere: on a server corpus the
** query runs in the server, which os.clock (this process's CPU) misses. */
static int l_dossier_clock(lua_State *L)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec / 1e9);
    return 1;
}

static const luaL_Reg dossier_funcs[] = {
    { "clock", l_dossier_clock },
    { "version", l_dossier_version },
    { "asof", l_dossier_asof },
    { "engine", l_dossier_engine },
    { "date", l_dossier_date },
    { "sql", l_dossier_sql },
    { "open", l_dossier_open },
    { "readfile", l_dossier_readfile },
    { "help", lhelp_help },
    { NULL, NULL }
};

/* Build the dossier module table bound to the corpus at idx (or to none
** when idx is 0) and push it. */
static void push_dossier_module(lua_State *L, int idx)
{
    if (idx)
        lbind_newmodule(L, idx, dossier_funcs);
    else
        luaL_newlib(L, dossier_funcs);
    /* for help(); not strict: scripts probe dossier.corpus */
    lhelp_register_module(L, -1, "dossier", 0);
    luaL_requiref(L, "dossier.report", luaopen_dossier_report, 0);
    lua_setfield(L, -2, "report");
    lua_pushstring(L, DOSSIER_VERSION);
    lua_setfield(L, -2, "VERSION");
}

int luaopen_dossier(lua_State *L)
{
    push_dossier_module(L, 0);
    return 1;
}

int dossier_lua_openlibs(lua_State *L, dossier *d)
{
    static const char *const modules[] = { "articles", "search", "entities",
                                           "actions" };
    int corpus;
    size_t i;
    lbind_push_corpus(L, d, 0);
    corpus = lua_gettop(L);
    for (i = 0; i < sizeof modules / sizeof modules[0]; i++) {
        lua_getfield(L, corpus, modules[i]);
        lua_setglobal(L, modules[i]);
    }
    push_dossier_module(L, corpus);
    lua_pushvalue(L, corpus);
    lua_setfield(L, -2, "corpus");
    lua_pushvalue(L, -1);
    lua_setglobal(L, "dossier");
    /* require "dossier" inside the program gives the same bound module */
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, "dossier");
    lua_pop(L, 2);
    luaL_requiref(L, "report", luaopen_dossier_report, 1);
    lua_pop(L, 2);
    lua_getglobal(L, "dossier");
    lua_getfield(L, -1, "help");
    lua_setglobal(L, "help");
    lua_pop(L, 1);
    return 0;
}

/* Protected part of dossier_eval: run the chunk, convert its first result
** into a string on the stack. */
static int eval_chunk(lua_State *L)
{
    const char *code = lua_touserdata(L, 1);
    dossier *d = lua_touserdata(L, 2);
    int sandboxed = lua_toboolean(L, 3);
    int base;
    lua_settop(L, 0);
    luaL_openlibs(L);
    dossier_lua_openlibs(L, d);
    if (sandboxed)
        lsandbox_restrict(L);
    base = lua_gettop(L);
    if (luaL_loadbufferx(L, code, strlen(code), "=eval", "t") != LUA_OK)
        return lua_error(L);
    /* the limits apply to the chunk, not to opening the libraries */
    lsandbox_arm(L);
    lua_sethook(L, lsandbox_hook, LUA_MASKCOUNT, 1000);
    lua_call(L, 0, 1);
    lua_sethook(L, NULL, 0, 0);
    if (lua_isnil(L, -1))
        return 0;
    if (lua_type(L, -1) == LUA_TTABLE) {
        dz_buf out = { 0 };
        int rc = lreport_render(L, lua_gettop(L), "json", -1, 0, 0, &out);
        if (rc != 0) {
            dz_buf_free(&out);
            return luaL_error(L, "cannot convert the result to JSON");
        }
        lua_pushlstring(L, out.data ? out.data : "", out.len);
        dz_buf_free(&out);
        return 1;
    }
    (void)base;
    luaL_tolstring(L, -1, NULL);
    return 1;
}

int dossier_eval(dossier *d, const char *code, char **result)
{
    return dossier_eval_ex(d, code, NULL, result);
}

int dossier_eval_ex(dossier *d, const char *code, const dossier_eval_opts *opts,
                    char **result)
{
    lua_State *L;
    lsandbox sb;
    int rc, was_readonly = d ? d->store.readonly : 0;
    *result = NULL;
    if (!code)
        return dz_error(d, DOSSIER_MISUSE, "no code given");
    memset(&sb, 0, sizeof sb);
    if (opts) {
        if (!(opts->timeout >= 0))
            return dz_error(d, DOSSIER_MISUSE, "timeout: not a number of seconds");
        sb.limit = opts->max_memory;
        sb.timeout = opts->timeout;
        sb.d = d;
    }
    L = lsandbox_newstate(&sb);
    if (!L)
        return dz_error(d, DOSSIER_NOMEM, "cannot create a Lua state");
    /* the host's corpus is read-only for the call, writable again after */
    if (opts && opts->sandbox && !was_readonly &&
        dossier_set_readonly(d, 1) != DOSSIER_OK) {
        lua_close(L);
        return DOSSIER_ERROR;
    }
    lua_pushcfunction(L, eval_chunk);
    lua_pushlightuserdata(L, (void *)code);
    lua_pushlightuserdata(L, d);
    lua_pushboolean(L, opts && opts->sandbox);
    rc = lsandbox_disarm(L, lua_pcall(L, 3, 1, 0));
    if (opts && opts->sandbox && !was_readonly)
        dossier_set_readonly(d, 0);
    if (rc != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        dz_error(d, DOSSIER_ERROR, "%s", msg ? msg : "error in Lua code");
        lua_close(L);
        return DOSSIER_ERROR;
    }
    if (!lua_isnil(L, -1)) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        *result = dz_strndup(s ? s : "", s ? len : 0);
        if (!*result) {
            lua_close(L);
            return dz_error(d, DOSSIER_NOMEM, "out of memory");
        }
    }
    lua_close(L);
    return DOSSIER_OK;
}
