/*
** repl.h — what repl.c offers main.c: the interactive shell and the
** statement-by-statement reader for piped input, sharing one printer.
*/
#ifndef DOSSIER_REPL_H
#define DOSSIER_REPL_H

#include <stdio.h>
#include <lua.h>
#include "dossier.h"

/* Install the Ctrl-C handler for d: a running Lua loop or SQLite query
** stops with "interrupted" and the shell goes on. */
void repl_install_signals(lua_State *L, dossier *d);

/* Run a loaded chunk (function on top of the stack) with the interrupt
** hook and a traceback handler; returns a LUA_ status and leaves the
** results or the error message on the stack. */
int repl_docall(lua_State *L, int nargs, int nresults);

/* Compile code as the REPL does ("return CODE" first, so expressions
** print), run it and print its values. Returns 0, or 1 with the error on
** stderr. */
int repl_eval(lua_State *L, const char *code, const char *chunkname);

/* The interactive loop on a terminal: banner, readline, history, init
** file, completion, dot-commands. Returns the exit status. */
int repl_interactive(lua_State *L, dossier *d);

/* Read statements from f one at a time exactly as the REPL does, printing
** expression values, with no prompt, banner or history. Stops at the first
** error (message on stderr) and returns 1; 0 at end of input. */
int repl_stream(lua_State *L, dossier *d, FILE *f);

#endif
