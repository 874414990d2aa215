/*
** sandbox.h — limits for Lua code: a counting allocator (memory limit), a
** deadline checked from a count hook and from SQLite's progress handler
** (time limit), and the sandbox proper, which takes away what reaches
** outside the process (io, os.execute, package, require, debug, loading
** bytecode) and makes the corpus read-only. Modelled on Redis's scripting.
** What it promises and what it does not: README.md, "Untrusted scripts".
*/
#ifndef DOSSIER_SANDBOX_H
#define DOSSIER_SANDBOX_H

#include <stddef.h>
#include <lua.h>
#include "dossier.h"

typedef struct lsandbox {
    size_t limit;       /* bytes of Lua memory allowed; 0: no limit */
    double timeout;     /* seconds one call may run; 0: no limit */
    dossier *d;         /* its queries stop at the deadline too (may be NULL) */
    /* kept by the sandbox */
    size_t used, peak;
    size_t armed_limit; /* the limit in force (lifted while reporting) */
    double deadline;    /* monotonic seconds; 0 when not armed */
    int mem_hit, time_hit;
} lsandbox;

/* A new Lua state whose allocations are counted in sb (which must outlive
** it; zero it and set limit / timeout / d first). NULL when out of memory. */
lua_State *lsandbox_newstate(lsandbox *sb);

/* The sandbox of L, or NULL when L was not made by lsandbox_newstate. */
lsandbox *lsandbox_of(lua_State *L);

/* Take away from L's globals (after the libraries and the dossier modules
** are open) all that reaches outside: io, os but clock/date/difftime/time,
** package, require, dofile, loadfile, debug, string.dump, dossier.open,
** dossier.readfile; load takes text only. */
void lsandbox_restrict(lua_State *L);

/* Whether lsandbox_restrict was applied to L: C functions that would write
** files or run programs refuse then. */
int lsandbox_restricted(lua_State *L);

/* Start one call on L: the deadline is now + timeout, the limit armed.
** Does nothing for a state without a sandbox. */
void lsandbox_arm(lua_State *L);

/* End a call that returned status (a lua_pcall code) with its error
** object on top when not LUA_OK: a call stopped by a limit gets a clear
** message in place of Lua's ("not enough memory"). Returns status. */
int lsandbox_disarm(lua_State *L, int status);

/* Raise a Lua error when L's time or memory limit has been passed: call
** it from a count hook. */
void lsandbox_check(lua_State *L);

/* A count hook that only calls lsandbox_check. */
void lsandbox_hook(lua_State *L, lua_Debug *ar);

/* Monotonic clock in seconds. */
double lsandbox_now(void);

#endif
