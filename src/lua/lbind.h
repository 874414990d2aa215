/*
** lbind.h — what lbind.c offers the binding files: the corpus userdata,
** cursors turned into Lua records, option-table readers and errors.
** Binding files (one per Lua module) check arguments, call one core
** function and convert the result; they hold no SQL and no parsing.
*/
#ifndef DOSSIER_LBIND_H
#define DOSSIER_LBIND_H

#include <lua.h>
#include <lauxlib.h>
#include "core/core.h"

#define LBIND_CORPUS "dossier.corpus"
#define LBIND_CURSOR "dossier.cursor"

/* Push a corpus object wrapping d. When owned, closing or collecting the
** object closes d; otherwise the host keeps d alive longer than L. The
** object carries the module tables (articles, search, entities, actions)
** as fields and :sql / :asof / :close methods. */
void lbind_push_corpus(lua_State *L, dossier *d, int owned);

/* The open corpus behind the running module function (upvalue 1); raises
** when there is none or it was closed. */
dossier *lbind_corpus(lua_State *L);

/* Build a module table from funcs, each closing over the corpus at stack
** index corpus_idx (absolute); pushes the table. */
void lbind_newmodule(lua_State *L, int corpus_idx, const luaL_Reg *funcs);

/* Raise a Lua error with d's message. Never returns. */
int lbind_error(lua_State *L, dossier *d);

/* Push the current row of c as a record (NULL columns left out). */
void lbind_push_record(lua_State *L, dz_cursor *c);
/* Step c to the end and push an array of its records, whose metatable's
** __columns field lists the column names in order. Takes ownership of c
** (freed even on error, via a to-be-closed guard). NULL c raises d's
** error. */
int lbind_push_rows(lua_State *L, dossier *d, dz_cursor *c);
/* Push an iterator function for a generic for over c's records; takes
** ownership of c (freed when done or collected). */
int lbind_push_iter(lua_State *L, dossier *d, dz_cursor *c);

/* Option readers for a table at index idx (absent or nil table: defaults).
** Wrong types raise with luaL_argerror naming the field. */
const char *lbind_opt_string(lua_State *L, int idx, const char *field,
                             const char *def);
lua_Integer lbind_opt_int(lua_State *L, int idx, const char *field,
                          lua_Integer def);
int lbind_opt_bool(lua_State *L, int idx, const char *field, int def);
/* The period options since, until (or its synonym to) and period, read by
** dz_resolve_period into since / until ("" when open); raises on a bad
** one. A period given only since ends at the as-of date. */
void lbind_opt_period(lua_State *L, dossier *d, int idx, char since[11],
                      char until[11]);

/* Push the n bytes at p (malloc'd) as a string and free p, also when
** pushing raises (mpv's autofree idea: the memory is owned by a guard
** userdata until the copy exists). p may be NULL for "". */
void lbind_push_owned(lua_State *L, char *p, size_t n);

/* Raise with luaL_argerror unless every value at stack slots first..last
** can be bound (nil, boolean, number, string). Call it before making the
** cursor, which would leak if lbind_bind_values raised. */
void lbind_check_values(lua_State *L, int first, int last);
/* Bind Lua values at stack slots first..last to c's parameters 1.. */
void lbind_bind_values(lua_State *L, dz_cursor *c, int first, int last);

/* Module openers, each called with the corpus at index 1 (see lbind.c). */
int lbind_open_articles(lua_State *L);
int lbind_open_search(lua_State *L);
int lbind_open_entities(lua_State *L);
int lbind_open_actions(lua_State *L);

/* Modules without a corpus. */
int luaopen_dossier_report(lua_State *L);

/* Render helpers shared by report and the REPL printer (l_report.c).
** Each renders an array of records at index idx into a luaL_Buffer-free
** dz_buf (caller frees); columns chosen from the array's __columns or the
** records' keys. max_rows < 0 means all. Returns 0, or -1 with the error
** message pushed (a row that is not a table, a cycle, a failing
** metamethod); out then holds a partial text the caller still frees. */
int lreport_render(lua_State *L, int idx, const char *mode, int max_rows,
                   int width_limit, int color, dz_buf *out);
/* Is the value at idx an array of records (non-empty, all tables)? */
int lreport_is_records(lua_State *L, int idx);

/* How lreport_render_style renders: mode "table", "csv", "json",
** "markdown" or "line" (one record per block, a field per line);
** max_rows < 0: all; width_limit: cut table cells (0: none); term_width:
** wrap long values in line mode (0: none); color: bold headers and marked
** matches (ANSI); headers: print the header row. */
typedef struct lreport_style {
    const char *mode;
    int max_rows, width_limit, term_width, color, headers;
} lreport_style;
/* As lreport_render, with every setting. */
int lreport_render_style(lua_State *L, int idx, const lreport_style *st,
                         dz_buf *out);
/* Is the value at idx a single record: a table with string keys only,
** whose values are plain (no function: a module is not a record) or
** lists of plain values? */
int lreport_is_record(lua_State *L, int idx);
/* Append the value at idx to out readably: strings quoted, tables with
** their array items first and the other keys sorted, on one line when
** that fits in width columns, else one item per line indented; nesting
** to depth 16, cycles shown as <cycle>. May raise (memory). */
void lreport_pretty(lua_State *L, int idx, dz_buf *out, int width);

#endif
