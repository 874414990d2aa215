/*
** sandbox.c — memory and time limits for a Lua state, and the sandbox
** that takes away what reaches outside the process (see sandbox.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lauxlib.h>
#include "lua/sandbox.h"

double lsandbox_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* The allocator: realloc with a count of the bytes in use; a growth past
** the armed limit fails (Lua then raises a memory error) and is noted. */
static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    lsandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    void *p;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (sb->armed_limit && nsize > old &&
        (nsize - old > sb->armed_limit || sb->used + (nsize - old) > sb->armed_limit)) {
        sb->mem_hit = 1;
        return NULL;
    }
    p = realloc(ptr, nsize);
    if (!p)
        return NULL;
    sb->used = sb->used - old + nsize;
    if (sb->used > sb->peak)
        sb->peak = sb->used;
    return p;
}

/* What lua_atpanic does by default is to abort; say why first. */
static int sandbox_panic(lua_State *L)
{
    const char *msg = lua_tostring(L, -1);
    fprintf(stderr, "dossier: unprotected Lua error: %s\n", msg ? msg : "?");
    return 0;
}

lua_State *lsandbox_newstate(lsandbox *sb)
{
    lua_State *L;
    sb->used = sb->peak = 0;
    sb->armed_limit = 0;        /* the libraries load without the limit */
    sb->deadline = 0;
    sb->mem_hit = sb->time_hit = 0;
    L = lua_newstate(sandbox_alloc, sb);
    if (L)
        lua_atpanic(L, sandbox_panic);
    return L;
}

lsandbox *lsandbox_of(lua_State *L)
{
    void *ud = NULL;
    if (lua_getallocf(L, &ud) != sandbox_alloc)
        return NULL;
    return ud;
}

/* load(chunk [, name [, mode [, env]]]) with mode forced to text: a
** mutated binary chunk can crash the VM, which does not check bytecode. */
static int text_load(lua_State *L)
{
    int n = lua_gettop(L);
    if (n >= 3 && !lua_isnil(L, 3)) {
        const char *mode = luaL_checkstring(L, 3);
        if (strcmp(mode, "t") != 0)
            return luaL_error(L, "load: only text chunks in the sandbox (mode 't')");
    }
    lua_pushvalue(L, lua_upvalueindex(1));      /* the real load */
    lua_pushvalue(L, 1);
    if (n >= 2)
        lua_pushvalue(L, 2);
    else
        lua_pushnil(L);
    lua_pushliteral(L, "t");
    if (n >= 4) {
        lua_pushvalue(L, 4);
        lua_call(L, 4, LUA_MULTRET);
    } else {
        lua_call(L, 3, LUA_MULTRET);
    }
    return lua_gettop(L) - n;
}

/* Registry key marking a state whose globals lsandbox_restrict took away. */
static const char restricted_key[] = "dossier.sandbox.restricted";

int lsandbox_restricted(lua_State *L)
{
    int on;
    lua_getfield(L, LUA_REGISTRYINDEX, restricted_key);
    on = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return on;
}

void lsandbox_restrict(lua_State *L)
{
    static const char *const gone[] = {
        "io", "package", "require", "dofile", "loadfile", "debug", NULL
    };
    static const char *const os_kept[] = { "clock", "date", "difftime", "time", NULL };
    int i;
    lua_pushboolean(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, restricted_key);
    for (i = 0; gone[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, gone[i]);
    }
    /* os: only the clock and dates */
    lua_newtable(L);
    if (lua_getglobal(L, "os") == LUA_TTABLE) {
        for (i = 0; os_kept[i]; i++) {
            lua_getfield(L, -1, os_kept[i]);
            lua_setfield(L, -3, os_kept[i]);
        }
    }
    lua_pop(L, 1);
    lua_setglobal(L, "os");
    /* string.dump makes bytecode, which nothing here may load */
    if (lua_getglobal(L, "string") == LUA_TTABLE) {
        lua_pushnil(L);
        lua_setfield(L, -2, "dump");
    }
    lua_pop(L, 1);
    /* load: text only */
    lua_getglobal(L, "load");
    lua_pushcclosure(L, text_load, 1);
    lua_setglobal(L, "load");
    /* the dossier module: no other files opened or read */
    if (lua_getglobal(L, "dossier") == LUA_TTABLE) {
        lua_pushnil(L);
        lua_setfield(L, -2, "open");
        lua_pushnil(L);
        lua_setfield(L, -2, "readfile");
    }
    lua_pop(L, 1);
    /* the registry's loaded-modules table still holds io and the rest,
    ** but only require and debug.getregistry reach it, and both are gone */
}

void lsandbox_arm(lua_State *L)
{
    lsandbox *sb = lsandbox_of(L);
    if (!sb)
        return;
    sb->mem_hit = sb->time_hit = 0;
    sb->armed_limit = sb->limit;
    sb->deadline = sb->timeout > 0 ? lsandbox_now() + sb->timeout : 0;
    if (sb->d && sb->timeout > 0)
        dossier_set_deadline(sb->d, sb->timeout);
}

int lsandbox_disarm(lua_State *L, int status)
{
    lsandbox *sb = lsandbox_of(L);
    if (!sb)
        return status;
    sb->armed_limit = 0;        /* room for the message and what follows */
    /* a query stopped by the deadline fails as "interrupted" */
    if (status != LUA_OK && sb->deadline > 0 && lsandbox_now() > sb->deadline)
        sb->time_hit = 1;
    sb->deadline = 0;
    if (sb->d && sb->timeout > 0)
        dossier_set_deadline(sb->d, 0);
    if (status != LUA_OK && sb->mem_hit) {
        lua_pop(L, 1);
        lua_pushfstring(L, "memory limit reached: the code used more than %d KB "
                        "of Lua memory (--max-memory)", (int)(sb->limit >> 10));
    } else if (status != LUA_OK && sb->time_hit) {
        lua_pop(L, 1);
        lua_pushfstring(L, "time limit reached: the code ran longer than %f s "
                        "(--timeout)", sb->timeout);
    }
    return status;
}

/* Once a limit is passed the call must end, even if the code catches the
** error with pcall: the hook then runs at every instruction, so that code
** catching it is stopped at its next instruction, up to the caller's
** pcall. */
static void stop_everywhere(lua_State *L)
{
    lua_Hook h = lua_gethook(L);
    if (h)
        lua_sethook(L, h, LUA_MASKCOUNT, 1);
}

void lsandbox_check(lua_State *L)
{
    lsandbox *sb = lsandbox_of(L);
    if (!sb)
        return;
    if (sb->deadline > 0 && lsandbox_now() > sb->deadline) {
        sb->time_hit = 1;
        stop_everywhere(L);
        luaL_error(L, "time limit reached: the code ran longer than %f s", sb->timeout);
    }
    if (sb->mem_hit && sb->armed_limit) {
        stop_everywhere(L);
        luaL_error(L, "memory limit reached: more than %d KB of Lua memory",
                   (int)(sb->armed_limit >> 10));
    }
}

void lsandbox_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lsandbox_check(L);
}
