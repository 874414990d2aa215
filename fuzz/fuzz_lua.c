/* fuzz_lua — Lua chunks run in the sandbox against a small read-only
** corpus, with a memory and a time limit: whatever the chunk does, the
** host must not crash, leak or hang. */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "fuzz.h"
#include "dossier.h"
#include "dossier_lua.h"
#include "lua/sandbox.h"

static dossier *d;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    lsandbox sb;
    lua_State *L;
    if (!d) {
        dossier_article a;
        if (dossier_open(":memory:", &d) != DOSSIER_OK)
            abort();
        memset(&a, 0, sizeof a);
        a.title = "Talks in Doha";
        a.body = "Envoys from Qatar and Egypt met in Doha on Friday. Israel and Hamas sent delegations.";
        a.published = "2024-04-23";
        dossier_article_add(d, &a, NULL);
        dossier_set_readonly(d, 1);
    }
    memset(&sb, 0, sizeof sb);
    sb.limit = 16 << 20;
    sb.timeout = 0.5;
    sb.d = d;
    if (!(L = lsandbox_newstate(&sb)))
        return 0;
    luaL_openlibs(L);
    dossier_lua_openlibs(L, d);
    lsandbox_restrict(L);
    /* print goes nowhere: the fuzzer's output stays readable */
    lua_pushnil(L);
    lua_setglobal(L, "print");
    if (luaL_loadbufferx(L, (const char *)data, n, "=fuzz", "t") == LUA_OK) {
        lua_sethook(L, lsandbox_hook, LUA_MASKCOUNT, 1000);
        lsandbox_arm(L);
        lsandbox_disarm(L, lua_pcall(L, 0, 0, 0));
        lua_sethook(L, NULL, 0, 0);
    }
    lua_close(L);
    return 0;
}
