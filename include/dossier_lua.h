/*
** dossier_lua.h — for hosts that bring their own Lua 5.4 state.
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

#ifdef __cplusplus
}
#endif
#endif
