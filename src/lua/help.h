/*
** help.h — what help.c offers: one table describing every function of
** every Lua module (signature, options with their types, one-line help,
** an example). The same table drives help(), the shell's `.help NAME`,
** completion of option names, and the error for an unknown option key.
*/
#ifndef DOSSIER_LUA_HELP_H
#define DOSSIER_LUA_HELP_H

#include <lua.h>

typedef struct lhelp_opt {
    const char *name;
    const char *type;       /* "string", "integer", "date", "boolean", ... */
    const char *help;
} lhelp_opt;

typedef struct lhelp_fn {
    const char *module;     /* "articles" */
    const char *name;       /* "list" */
    const char *args;       /* "{since=, until=, ...}" as shown in help */
    int opts_arg;           /* argument number of the options table, 0 none */
    const char *help;       /* one line */
    const char *example;
    const lhelp_opt *opts;  /* ends with a NULL name; NULL when none */
} lhelp_fn;

/* The entry for module.name, or NULL. */
const lhelp_fn *lhelp_find(const char *module, const char *name);
/* The entry whose "module.name" is qualified ("articles.list"), or NULL. */
const lhelp_fn *lhelp_find_qualified(const char *qualified);
/* The i-th entry (0-based) of the table, NULL past the end. */
const lhelp_fn *lhelp_at(int i);

/* Remember every function of the module table at idx as module.<key> (a
** weak registry map from function to entry, which help(f) and the option
** check read). When strict, also give the table a metatable whose __index
** raises for a missing name, suggesting the nearest one ("articles.lst" ->
** list). */
void lhelp_register_module(lua_State *L, int idx, const char *module, int strict);

/* The entry of the C function running at call level 0, or NULL. */
const lhelp_fn *lhelp_running(lua_State *L);

/* Raise with luaL_argerror when the options table of the running call
** (argument f->opts_arg) holds a key that f does not take, naming the
** valid keys and the nearest one. Reads the table raw (no metamethod
** runs). Does nothing when f is NULL or has no options argument. */
void lhelp_check_options(lua_State *L, const lhelp_fn *f);

/* Push the help text of f (signature, help line, options, example). */
void lhelp_push_text(lua_State *L, const lhelp_fn *f);

/* help([f | "module.name" | module]) -> text, as a Lua function: the
** shell prints it; a script can print it. With no argument, the modules
** and their functions. */
int lhelp_help(lua_State *L);

#endif
