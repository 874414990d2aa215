/*
** dossier_lua.h — the Lua layer over dossier.h (libdossier-lua): the Lua
** modules for hosts that bring their own Lua 5.4 state, and dossier_eval
** for C programs that run Lua snippets against a corpus.
*/
#ifndef DOSSIER_LUA_H
#define DOSSIER_LUA_H

#include <lua.h>
#include "dossier.h"

#ifdef __cplusplus
extern "C" {
#endif

/* require "dossier": returns the dossier module table (open, date,
** version, readfile, report). No corpus is bound; use dossier.open(path). */
DOSSIER_API int luaopen_dossier(lua_State *L);

/* Bind the corpus d (borrowed: the host closes it after L) to L's globals
** articles, search, entities, actions, dossier and report, as the dossier
** program does. Returns 0. */
DOSSIER_API int dossier_lua_openlibs(lua_State *L, dossier *d);

/* Run a chunk of Lua against this corpus in a fresh interpreter that has
** the dossier modules loaded, and return the first result of the chunk
** converted to text (tables as JSON) in *result, which the caller frees
** with dossier_free. *result is NULL when the chunk returns nothing.
** In libdossier-lua (pkg-config dossier-lua), not in the Lua-free
** libdossier. */
DOSSIER_API int dossier_eval(dossier *d, const char *code, char **result);

/* Limits for dossier_eval_ex; zero-initialise for none. */
typedef struct dossier_eval_opts {
    int sandbox;            /* no io, os.execute, package, debug, bytecode;
                               the corpus read-only during the call */
    size_t max_memory;      /* bytes of Lua memory; 0: no limit */
    double timeout;         /* seconds; 0: no limit */
} dossier_eval_opts;

/* dossier_eval with limits (opts may be NULL): untrusted code runs with
** opts->sandbox set; a limit reached fails the call with a message that
** names it. */
DOSSIER_API int dossier_eval_ex(dossier *d, const char *code,
                                const dossier_eval_opts *opts, char **result);

#ifdef __cplusplus
}
#endif
#endif
