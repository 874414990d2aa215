/*
** repl.c — the dossier shell: reads Lua statements (from readline on a
** terminal, or from a pipe), prints expression values (arrays of records
** as aligned tables), runs dot-commands, completes names, keeps history,
** and turns Ctrl-C into "interrupted" without losing the session.
*/
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#ifdef DOSSIER_USE_LIBEDIT
#  include <editline/readline.h>
#else
#  include <readline/readline.h>
#  include <readline/history.h>
#endif
#include "cli/repl.h"
#include "base/util.h"
#include "lua/lbind.h"
#include "lua/sandbox.h"

#define PROMPT  "dossier> "
#define PROMPT2 "   ...> "
#define TTY_MAX_ROWS 40

static volatile sig_atomic_t interrupted;
static dossier *signal_corpus;      /* sqlite3_interrupt target */
static lua_State *completion_L;     /* the state completion looks into */
static char output_mode[16] = "table";
static int stdout_tty;
static char *history_path;

/* ---- Ctrl-C -----------------------------------------------------------------
** The handler only sets a flag and asks SQLite to stop; the Lua hook below
** turns the flag into an error at the next instruction count. */

static void on_sigint(int sig)
{
    (void)sig;
    interrupted = 1;
    if (signal_corpus)
        dossier_interrupt(signal_corpus);
}

static void interrupt_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    lsandbox_check(L);          /* --timeout, --max-memory */
    if (interrupted) {
        interrupted = 0;
        lua_sethook(L, NULL, 0, 0);
        luaL_error(L, "interrupted");
    }
}

void repl_install_signals(lua_State *L, dossier *d)
{
    struct sigaction sa;
    (void)L;
    signal_corpus = d;
    stdout_tty = isatty(STDOUT_FILENO);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

static int msghandler(lua_State *L)
{
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)",
                              luaL_typename(L, 1));
    }
    /* plain "file:line: message" as users expect; no traceback noise */
    lua_pushstring(L, msg);
    return 1;
}

int repl_docall(lua_State *L, int nargs, int nresults)
{
    int status, base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, msghandler);
    lua_insert(L, base);
    interrupted = 0;
    lua_sethook(L, interrupt_hook, LUA_MASKCOUNT, 1000);
    lsandbox_arm(L);
    status = lsandbox_disarm(L, lua_pcall(L, nargs, nresults, base));
    lua_sethook(L, NULL, 0, 0);
    lua_remove(L, base);
    return status;
}

/* ---- printing ---------------------------------------------------------------*/

static void print_inline(lua_State *L, int idx, dz_buf *out, int depth);

static int is_identifier(const char *s)
{
    if (!s || !(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
        return 0;
    for (; *s; s++)
        if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9')))
            return 0;
    return 1;
}

/* A table printed readably on one line: {1, 2, x = "a"}; nested tables to
** depth 3, at most 50 items, strings quoted. */
static void print_inline(lua_State *L, int idx, dz_buf *out, int depth)
{
    int n = 0;
    lua_Integer len, i;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        size_t slen;
        const char *s = lua_tolstring(L, idx, &slen);
        dz_buf_putc(out, '"');
        for (i = 0; i < (lua_Integer)slen; i++) {
            char c = s[i];
            if (c == '"' || c == '\\')
                dz_buf_putc(out, '\\');
            if (c == '\n')
                dz_buf_puts(out, "\\n");
            else
                dz_buf_putc(out, c);
        }
        dz_buf_putc(out, '"');
        return;
    }
    if (lua_type(L, idx) != LUA_TTABLE) {
        size_t slen;
        const char *s = luaL_tolstring(L, idx, &slen);
        dz_buf_append(out, s, slen);
        lua_pop(L, 1);
        return;
    }
    if (depth >= 3) {
        dz_buf_puts(out, "{...}");
        return;
    }
    luaL_checkstack(L, 4, "table too deep to print");
    dz_buf_putc(out, '{');
    len = (lua_Integer)lua_rawlen(L, idx);
    for (i = 1; i <= len; i++) {
        if (n++)
            dz_buf_puts(out, ", ");
        if (n > 50) {
            dz_buf_puts(out, "...");
            dz_buf_putc(out, '}');
            return;
        }
        lua_rawgeti(L, idx, i);
        print_inline(L, -1, out, depth + 1);
        lua_pop(L, 1);
    }
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        if (lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 1 &&
            lua_tointeger(L, -2) <= len) {
            lua_pop(L, 1);
            continue;
        }
        if (n++)
            dz_buf_puts(out, ", ");
        if (n > 50) {
            lua_pop(L, 2);
            dz_buf_puts(out, "...");
            break;
        }
        if (lua_type(L, -2) == LUA_TSTRING && is_identifier(lua_tostring(L, -2))) {
            dz_buf_puts(out, lua_tostring(L, -2));
        } else {
            dz_buf_putc(out, '[');
            print_inline(L, -2, out, depth + 1);
            dz_buf_putc(out, ']');
        }
        dz_buf_puts(out, " = ");
        print_inline(L, -1, out, depth + 1);
        lua_pop(L, 1);
    }
    dz_buf_putc(out, '}');
}

/* Protected: append the value at 1 to the dz_buf at 2 (light userdata)
** as the REPL shows it: records as tables in the current .mode, other
** values readably. Raises on a failing __tostring or a bad record; the
** caller owns the buffer. */
static int format_value(lua_State *L)
{
    dz_buf *out = lua_touserdata(L, 2);
    if (lreport_is_records(L, 1)) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
        int limit = stdout_tty && strcmp(output_mode, "table") == 0 &&
                    n > TTY_MAX_ROWS + 5 ? TTY_MAX_ROWS : -1;
        if (lreport_render(L, 1, output_mode, limit, stdout_tty ? 60 : 0,
                           stdout_tty && strcmp(output_mode, "table") == 0,
                           out) != 0)
            return lua_error(L);
        if (limit >= 0)
            dz_buf_printf(out, "... %lld rows in all; showing %d "
                          "(print(report.table(x)) shows every row)\n",
                          (long long)n, limit);
        else if (strcmp(output_mode, "table") == 0)
            dz_buf_printf(out, "(%lld row%s)\n", (long long)n, n == 1 ? "" : "s");
    } else if (lua_type(L, 1) == LUA_TTABLE) {
        if (strcmp(output_mode, "json") == 0) {
            if (lreport_render(L, 1, "json", -1, 0, 0, out) != 0)
                return lua_error(L);
        } else {
            print_inline(L, 1, out, 0);
            dz_buf_putc(out, '\n');
        }
    } else {
        size_t n;
        const char *s = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &n)
                                                       : luaL_tolstring(L, 1, &n);
        dz_buf_append(out, s, n);
        dz_buf_putc(out, '\n');
    }
    return 0;
}

/* Print the values from stack index first to the top. A value that
** cannot be shown (its __tostring fails, ...) gets a message on stderr
** instead; returns LUA_OK or the status of the first such failure. */
static int print_values(lua_State *L, int first)
{
    int i, top = lua_gettop(L), status = LUA_OK;
    for (i = first; i <= top; i++) {
        dz_buf out = { 0 };
        int rc;
        lua_pushcfunction(L, format_value);
        lua_pushvalue(L, i);
        lua_pushlightuserdata(L, &out);
        rc = lua_pcall(L, 2, 0, 0);
        if (rc == LUA_OK) {
            if (out.len)
                fwrite(out.data, 1, out.len, stdout);
        } else {
            const char *msg = lua_tostring(L, -1);
            fflush(stdout);
            fprintf(stderr, "cannot print the value: %s\n",
                    msg ? msg : "(error object is not a string)");
            fflush(stderr);
            lua_pop(L, 1);
            if (status == LUA_OK)
                status = rc;
        }
        dz_buf_free(&out);
    }
    fflush(stdout);
    return status;
}

/* ---- statements ---------------------------------------------------------*/

/* Is the syntax error on top of the stack an unfinished statement? */
static int incomplete(lua_State *L, int status)
{
    if (status == LUA_ERRSYNTAX) {
        size_t lmsg;
        const char *msg = lua_tolstring(L, -1, &lmsg);
        if (lmsg >= 5 && strcmp(msg + lmsg - 5, "<eof>") == 0)
            return 1;
    }
    return 0;
}

/* Compile buf as "return <buf>" or as statements. Returns LUA_OK with the
** chunk on the stack, 1 when more lines are needed, or a LUA_ERR status
** with the message on the stack. */
static int compile(lua_State *L, const char *buf, size_t len, const char *name)
{
    int status;
    const char *ret = lua_pushfstring(L, "return %s;", buf);
    status = luaL_loadbufferx(L, ret, strlen(ret), name, "t");
    lua_remove(L, -2);
    if (status == LUA_OK)
        return LUA_OK;
    lua_pop(L, 1);
    status = luaL_loadbufferx(L, buf, len, name, "t");
    if (incomplete(L, status)) {
        lua_pop(L, 1);
        return 1;
    }
    return status;
}

/* Line offset added to "stdin:N:" in messages, so that errors in piped
** input name the input's own line, not the statement's. */
static unsigned long stream_line_offset;

/* Print an error message, shifting a leading "stdin:N:" by the offset. */
static void print_error(const char *msg)
{
    unsigned long n;
    int used = 0;
    if (stream_line_offset && sscanf(msg, "stdin:%lu:%n", &n, &used) == 1 && used)
        fprintf(stderr, "stdin:%lu:%s\n", n + stream_line_offset, msg + used);
    else
        fprintf(stderr, "%s\n", msg);
    fflush(stderr);
}

/* Run the compiled chunk on top and print its values. Returns LUA_OK or
** an error status, with the message printed to stderr. */
static int run_and_print(lua_State *L)
{
    int base = lua_gettop(L), status;
    status = repl_docall(L, 0, LUA_MULTRET);
    if (status == LUA_OK) {
        if (lua_gettop(L) >= base)
            status = print_values(L, base);
    } else {
        print_error(lua_tostring(L, -1));
    }
    lua_settop(L, base - 1);
    return status;
}

int repl_eval(lua_State *L, const char *code, const char *chunkname)
{
    int rc = compile(L, code, strlen(code), chunkname);
    if (rc == 1) {
        /* unfinished: let the loader say what is missing */
        rc = luaL_loadbufferx(L, code, strlen(code), chunkname, "t");
        if (rc == LUA_OK) {
            lua_pop(L, 1);
            return 0;
        }
    }
    if (rc != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    return run_and_print(L) == LUA_OK ? 0 : 1;
}

/* ---- dot-commands ---------------------------------------------------------*/

typedef struct dot_command {
    const char *name;
    const char *args;
    const char *help;
    /* Returns 0 ok, 1 error (message printed), -1 quit. */
    int (*run)(lua_State *L, dossier *d, const char *arg);
} dot_command;

static const dot_command dot_commands[];

static int dot_help(lua_State *L, dossier *d, const char *arg);

static int dot_quit(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d; (void)arg;
    return -1;
}

static int dot_mode(lua_State *L, dossier *d, const char *arg)
{
    static const char *const modes[] = { "table", "csv", "json", "markdown", NULL };
    int i;
    (void)L; (void)d;
    if (!*arg) {
        printf("%s\n", output_mode);
        return 0;
    }
    for (i = 0; modes[i]; i++)
        if (strcmp(arg, modes[i]) == 0) {
            snprintf(output_mode, sizeof output_mode, "%s", arg);
            return 0;
        }
    fprintf(stderr, ".mode: unknown mode '%s' (table, csv, json, markdown)\n", arg);
    return 1;
}

static int dot_read(lua_State *L, dossier *d, const char *arg)
{
    (void)d;
    if (!*arg) {
        fprintf(stderr, ".read: which file?\n");
        return 1;
    }
    if (luaL_loadfilex(L, arg, "t") != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    return run_and_print(L) == LUA_OK ? 0 : 1;
}

/* Evaluate a Lua expression built from a dot-command and print it. */
static int dot_eval(lua_State *L, const char *code)
{
    if (luaL_loadstring(L, code) != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    return run_and_print(L) == LUA_OK ? 0 : 1;
}

static int dot_schema(lua_State *L, dossier *d, const char *arg)
{
    (void)d;
    lua_getglobal(L, "dossier");
    lua_getfield(L, -1, "sql");
    lua_remove(L, -2);
    if (*arg) {
        lua_pushstring(L, "SELECT sql FROM sqlite_schema WHERE tbl_name = ?"
                          " AND sql IS NOT NULL");
        lua_pushstring(L, arg);
    } else {
        lua_pushstring(L, "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"
                          " AND name NOT LIKE 'articles_fts_%'");
        lua_pushnil(L);
    }
    if (repl_docall(L, 2, 1) != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    {
        lua_Integer i, n = (lua_Integer)lua_rawlen(L, -1);
        for (i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            lua_getfield(L, -1, "sql");
            printf("%s;\n", lua_tostring(L, -1));
            lua_pop(L, 2);
        }
    }
    lua_pop(L, 1);
    return 0;
}

static int dot_asof(lua_State *L, dossier *d, const char *arg)
{
    (void)L;
    if (*arg && dossier_set_asof(d, arg) != DOSSIER_OK) {
        fprintf(stderr, ".asof: %s\n", dossier_errmsg(d));
        return 1;
    }
    printf("%s\n", dossier_asof(d));
    return 0;
}

/* .search and .kwic hand their argument to the search module as a string,
** so the dot-command prints exactly what the Lua call returns. */
static int dot_search_call(lua_State *L, const char *fn, const char *arg)
{
    int rc;
    if (!*arg) {
        fprintf(stderr, ".%s: what to look for?\n", fn);
        return 1;
    }
    lua_getglobal(L, "search");
    if (lua_type(L, -1) != LUA_TTABLE || lua_getfield(L, -1, fn) != LUA_TFUNCTION) {
        lua_settop(L, 0);
        fprintf(stderr, ".%s: the search module is not available\n", fn);
        return 1;
    }
    lua_remove(L, -2);
    lua_pushstring(L, arg);
    rc = repl_docall(L, 1, 1);
    if (rc != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    print_values(L, lua_gettop(L));
    lua_pop(L, 1);
    return 0;
}

static int dot_search(lua_State *L, dossier *d, const char *arg)
{
    (void)d;
    return dot_search_call(L, "query", arg);
}

static int dot_kwic(lua_State *L, dossier *d, const char *arg)
{
    (void)d;
    return dot_search_call(L, "kwic", arg);
}

static int dot_count(lua_State *L, dossier *d, const char *arg)
{
    (void)d; (void)arg;
    return dot_eval(L, "return articles.count()");
}

static const dot_command dot_commands[] = {
    { "help", "", "show this list", dot_help },
    { "quit", "", "leave the shell (also .exit, Ctrl-D)", dot_quit },
    { "exit", "", NULL, dot_quit },
    { "read", "FILE", "run a Lua file in this session", dot_read },
    { "mode", "[table|csv|json|markdown]", "how lists of records are printed", dot_mode },
    { "schema", "[TABLE]", "show the database schema", dot_schema },
    { "asof", "[DATE|latest]", "show or set the date relative dates count from", dot_asof },
    { "count", "", "number of articles in the corpus", dot_count },
    { "search", "QUERY", "ranked full-text search (search.query)", dot_search },
    { "kwic", "TERM", "keyword in context (search.kwic)", dot_kwic },
    { NULL, NULL, NULL, NULL }
};

static int dot_help(lua_State *L, dossier *d, const char *arg)
{
    const dot_command *c;
    (void)L; (void)d; (void)arg;
    for (c = dot_commands; c->name; c++) {
        char left[48];
        if (!c->help)
            continue;
        snprintf(left, sizeof left, ".%s %s", c->name, c->args);
        printf("%-34s %s\n", left, c->help);
    }
    printf("\nAny other line is Lua: expressions print their value, e.g.\n"
           "  articles.count()   articles.list{limit=5}   search.query(\"sanctions\")\n");
    return 0;
}

/* Run a line that starts with '.'. Returns 0, 1 (error) or -1 (quit). */
static int run_dot(lua_State *L, dossier *d, const char *line)
{
    char name[32];
    size_t n = 0;
    const dot_command *c;
    const char *arg;
    line++;
    while (line[n] && !strchr(" \t\r\n", line[n]) && n + 1 < sizeof name) {
        name[n] = line[n];
        n++;
    }
    name[n] = 0;
    arg = line + n;
    while (*arg && strchr(" \t\r\n", *arg))
        arg++;
    for (c = dot_commands; c->name; c++)
        if (strcmp(c->name, name) == 0) {
            char *a = dz_strdup(arg);
            int rc;
            size_t k;
            if (!a)
                return 1;
            for (k = strlen(a); k > 0 && (a[k - 1] == ' ' || a[k - 1] == '\r' ||
                                          a[k - 1] == '\n' || a[k - 1] == '\t'); k--)
                a[k - 1] = 0;
            rc = c->run(L, d, a);
            free(a);
            return rc;
        }
    fprintf(stderr, "unknown command .%s (try .help)\n", name);
    return 1;
}

/* ---- piped input ----------------------------------------------------------*/

int repl_stream(lua_State *L, dossier *d, FILE *f)
{
    dz_buf stmt = { 0 };
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int status = 0;
    unsigned long lineno = 0, first = 1;

    stdout_tty = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (stmt.len == 0 && line[0] == '.') {
            int rc = run_dot(L, d, line);
            if (rc != 0) {
                status = rc < 0 ? 0 : 1;
                goto done;
            }
            continue;
        }
        if (stmt.len == 0) {
            size_t k = 0;
            while (k < (size_t)n && (line[k] == ' ' || line[k] == '\t' ||
                                     line[k] == '\n' || line[k] == '\r'))
                k++;
            if (k == (size_t)n)
                continue;
            first = lineno;
        }
        if (dz_buf_append(&stmt, line, (size_t)n) != 0) {
            fprintf(stderr, "stdin: out of memory\n");
            status = 1;
            goto done;
        }
        {
            int rc = compile(L, stmt.data, stmt.len, "=stdin");
            if (rc == 1)
                continue;
            stream_line_offset = first - 1;
            if (rc != LUA_OK) {
                print_error(lua_tostring(L, -1));
                lua_pop(L, 1);
                status = 1;
                goto done;
            }
            if (run_and_print(L) != LUA_OK) {
                status = 1;
                goto done;
            }
            stmt.len = 0;
        }
    }
    if (stmt.len) {
        /* an unfinished statement at end of input: report its error */
        stream_line_offset = first - 1;
        if (luaL_loadbufferx(L, stmt.data, stmt.len, "=stdin", "t") != LUA_OK) {
            print_error(lua_tostring(L, -1));
            lua_pop(L, 1);
            status = 1;
        }
    }
done:
    stream_line_offset = 0;
    free(line);
    dz_buf_free(&stmt);
    return status;
}

/* ---- completion -----------------------------------------------------------*/

/* Collect the names in the table on top (and in its metatable's __index
** table) that start with prefix, into a new array on the stack. */
static char *completion_generator(const char *text, int state)
{
    static int count, index;
    static char **matches;
    lua_State *L = completion_L;

    if (state == 0) {
        const char *dot = NULL, *p;
        int i;
        for (i = 0; i < count; i++)
            free(matches[i]);
        free(matches);
        matches = NULL;
        count = index = 0;
        for (p = text; *p; p++)
            if (*p == '.' || *p == ':')
                dot = p;
        lua_pushglobaltable(L);
        if (dot) {
            /* walk the path before the last separator, table by table */
            const char *start = text;
            while (start < dot) {
                const char *end = start;
                while (end < dot && *end != '.' && *end != ':')
                    end++;
                lua_pushlstring(L, start, (size_t)(end - start));
                if (lua_type(L, -2) == LUA_TTABLE)
                    lua_rawget(L, -2);
                else if (luaL_getmetafield(L, -2, "__methods") != LUA_TNIL) {
                    lua_insert(L, -2);
                    lua_rawget(L, -2);
                    lua_remove(L, -2);
                } else {
                    lua_pop(L, 1);
                    lua_pushnil(L);
                }
                lua_remove(L, -2);
                start = end + 1;
            }
        }
        {
            const char *prefix = dot ? dot + 1 : text;
            size_t plen = strlen(prefix), base = dot ? (size_t)(dot - text + 1) : 0;
            int pass;
            for (pass = 0; pass < 2; pass++) {
                if (pass == 1) {
                    /* methods of a corpus or fields of an __index table */
                    if (lua_type(L, -1) == LUA_TUSERDATA)
                        luaL_getmetafield(L, -1, "__methods") != LUA_TNIL ? (void)0
                            : lua_pushnil(L);
                    else if (!lua_getmetatable(L, -1) ||
                             (lua_getfield(L, -1, "__index"), lua_remove(L, -2), 0))
                        lua_pushnil(L);
                }
                if (lua_type(L, -1) == LUA_TTABLE) {
                    lua_pushnil(L);
                    while (lua_next(L, -2)) {
                        lua_pop(L, 1);
                        if (lua_type(L, -1) == LUA_TSTRING) {
                            const char *k = lua_tostring(L, -1);
                            if (strncmp(k, prefix, plen) == 0 && count < 500) {
                                char **m = realloc(matches, (size_t)(count + 1) * sizeof *m);
                                char *s = malloc(base + strlen(k) + 1);
                                if (!m || !s) {
                                    free(s);
                                    if (m)
                                        matches = m;
                                    continue;
                                }
                                matches = m;
                                memcpy(s, text, base);
                                strcpy(s + base, k);
                                matches[count++] = s;
                            }
                        }
                    }
                }
                if (pass == 1)
                    lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    }
    if (index < count) {
        char *s = matches[index];
        matches[index++] = NULL;
        return s;
    }
    return NULL;
}

static char **complete(const char *text, int start, int end)
{
    (void)start; (void)end;
    rl_completion_append_character = '\0';
    return rl_completion_matches(text, completion_generator);
}

/* ---- the interactive loop -------------------------------------------------*/

/* mkdir -p for the directory part of path. */
static void make_parent_dirs(const char *path)
{
    char *p = dz_strdup(path), *s;
    if (!p)
        return;
    for (s = p + 1; *s; s++)
        if (*s == '/') {
            *s = 0;
            mkdir(p, 0700);
            *s = '/';
        }
    free(p);
}

/* $DOSSIER_HISTORY (empty: no history), else $XDG_STATE_HOME/dossier/history,
** else ~/.local/state/dossier/history. Caller frees. */
static char *history_file(void)
{
    const char *env = getenv("DOSSIER_HISTORY"), *home = getenv("HOME");
    dz_buf b = { 0 };
    if (env)
        return *env ? dz_strdup(env) : NULL;
    if ((env = getenv("XDG_STATE_HOME")) && *env)
        dz_buf_printf(&b, "%s/dossier/history", env);
    else if (home && *home)
        dz_buf_printf(&b, "%s/.local/state/dossier/history", home);
    else
        return NULL;
    return dz_buf_detach(&b);
}

/* $DOSSIER_INIT (empty: none), else $XDG_CONFIG_HOME/dossier/init.lua, else
** ~/.config/dossier/init.lua. Caller frees. */
static char *init_file(void)
{
    const char *env = getenv("DOSSIER_INIT"), *home = getenv("HOME");
    dz_buf b = { 0 };
    if (env)
        return *env ? dz_strdup(env) : NULL;
    if ((env = getenv("XDG_CONFIG_HOME")) && *env)
        dz_buf_printf(&b, "%s/dossier/init.lua", env);
    else if (home && *home)
        dz_buf_printf(&b, "%s/.config/dossier/init.lua", home);
    else
        return NULL;
    return dz_buf_detach(&b);
}

static void remember(const char *stmt)
{
    add_history(stmt);
    if (history_path) {
        make_parent_dirs(history_path);
        if (write_history(history_path) == 0)
            history_truncate_file(history_path, 2000);
    }
}

/* Ctrl-C while reading a line: readline's read is interrupted (no
** SA_RESTART), this hook ends the line, and the loop drops it and shows a
** fresh prompt, as shells do. */
#ifndef DOSSIER_USE_LIBEDIT
static int on_readline_signal(void)
{
    if (interrupted) {
        rl_replace_line("", 0);
        rl_done = 1;
    }
    return 0;
}
#endif

static int read_interrupted(void)
{
    if (!interrupted)
        return 0;
    interrupted = 0;
    fputc('\n', stdout);
    return 1;
}

int repl_interactive(lua_State *L, dossier *d)
{
    dz_buf stmt = { 0 };
    char *init;
    int64_t n = dossier_article_count(d);

    stdout_tty = isatty(STDOUT_FILENO);
    completion_L = L;
    rl_readline_name = "dossier";
    rl_attempted_completion_function = complete;
#ifndef DOSSIER_USE_LIBEDIT
    rl_catch_signals = 0;
    rl_signal_event_hook = on_readline_signal;
#endif
    history_path = history_file();
    if (history_path)
        read_history(history_path);
    printf("dossier %s — %lld article%s. .help for help, Ctrl-D to leave.\n",
           dossier_version(), (long long)(n < 0 ? 0 : n), n == 1 ? "" : "s");
    init = init_file();
    if (init && access(init, R_OK) == 0) {
        if (luaL_loadfilex(L, init, "t") != LUA_OK || repl_docall(L, 0, 0) != LUA_OK) {
            fprintf(stderr, "%s\n", lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    free(init);
    for (;;) {
        char *line;
        int rc;
        interrupted = 0;
        line = readline(stmt.len ? PROMPT2 : PROMPT);
        if (read_interrupted()) {
            free(line);
            stmt.len = 0;
            continue;
        }
        if (!line) {
            putchar('\n');
            break;
        }
        if (stmt.len == 0 && line[0] == '.') {
            remember(line);
            rc = run_dot(L, d, line);
            free(line);
            if (rc < 0)
                break;
            continue;
        }
        if (stmt.len == 0 && line[strspn(line, " \t")] == 0) {
            free(line);
            continue;
        }
        if (stmt.len)
            dz_buf_putc(&stmt, '\n');
        dz_buf_puts(&stmt, line);
        free(line);
        if (!stmt.data)
            continue;
        rc = compile(L, stmt.data, stmt.len, "=stdin");
        if (rc == 1)
            continue;
        remember(stmt.data);
        if (rc != LUA_OK) {
            fprintf(stderr, "%s\n", lua_tostring(L, -1));
            lua_pop(L, 1);
        } else {
            run_and_print(L);
        }
        stmt.len = 0;
    }
    dz_buf_free(&stmt);
    free(history_path);
    history_path = NULL;
    return 0;
}
