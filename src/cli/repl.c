/*
** repl.c — the dossier shell: reads Lua statements (from readline on a
** terminal, or from a pipe), prints expression values (arrays of records
** as aligned tables), runs dot-commands, completes names, keeps history,
** and turns Ctrl-C into "interrupted" without losing the session.
*/
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <dlfcn.h>
#ifdef DOSSIER_USE_LIBEDIT
#  include <editline/readline.h>
#else
#  include <readline/readline.h>
#  include <readline/history.h>
#endif
#include "cli/repl.h"
#include "base/util.h"
#include "lua/lbind.h"
#include "lua/help.h"
#include "lua/sandbox.h"

/* The line editor is opened with dlopen when the shell starts on a
** terminal, not linked: it and the terminal library it brings, with over a
** thousand symbols to bind, cost every start of a script a fifth of
** lua5.4's whole start (as libpq, store/pg.c). Its functions and variables
** are reached through these pointers, under their own names. */
#ifndef DOSSIER_READLINE_SONAME
#  ifdef DOSSIER_USE_LIBEDIT
#    define DOSSIER_READLINE_SONAME "libedit.so.2"
#  else
#    define DOSSIER_READLINE_SONAME "libreadline.so.8"
#  endif
#endif
#ifdef DOSSIER_USE_LIBEDIT
#  define RL_GNU(X)
#else
#  define RL_GNU(X) \
    X(rl_replace_line) X(rl_done) X(rl_catch_signals) X(rl_getc_function) \
    X(history_comment_char) X(history_write_timestamps) \
    X(history_multiline_entries)
#endif
#define RL_SYMBOLS(X) \
    X(readline) X(add_history) X(write_history) X(history_truncate_file) \
    X(read_history) X(rl_completion_matches) X(rl_line_buffer) \
    X(rl_completion_append_character) X(rl_attempted_completion_over) \
    X(rl_readline_name) X(rl_attempted_completion_function) RL_GNU(X)
#define RL_POINTER(f) static __typeof__(f) *rl_p_##f;
RL_SYMBOLS(RL_POINTER)
#undef RL_POINTER
#define readline (*rl_p_readline)
#define add_history (*rl_p_add_history)
#define write_history (*rl_p_write_history)
#define history_truncate_file (*rl_p_history_truncate_file)
#define read_history (*rl_p_read_history)
#define rl_completion_matches (*rl_p_rl_completion_matches)
#define rl_line_buffer (*rl_p_rl_line_buffer)
#define rl_completion_append_character (*rl_p_rl_completion_append_character)
#define rl_attempted_completion_over (*rl_p_rl_attempted_completion_over)
#define rl_readline_name (*rl_p_rl_readline_name)
#define rl_attempted_completion_function (*rl_p_rl_attempted_completion_function)
#define rl_replace_line (*rl_p_rl_replace_line)
#define rl_done (*rl_p_rl_done)
#define rl_catch_signals (*rl_p_rl_catch_signals)
#define rl_getc_function (*rl_p_rl_getc_function)
#define history_comment_char (*rl_p_history_comment_char)
#define history_write_timestamps (*rl_p_history_write_timestamps)
#define history_multiline_entries (*rl_p_history_multiline_entries)

/* Open the line editor and find its symbols. 0, or -1 with why in msg
** (the shell then reads plain lines). */
static int rl_load(char *msg, size_t size)
{
    void *lib = dlopen(DOSSIER_READLINE_SONAME, RTLD_NOW | RTLD_LOCAL);
    const char *missing = NULL;
    if (!lib) {
        const char *why = dlerror();
        snprintf(msg, size, "%.200s", why ? why : DOSSIER_READLINE_SONAME);
        return -1;
    }
#define RL_RESOLVE(f) \
    if (!missing && !(*(void **)&rl_p_##f = dlsym(lib, #f))) missing = #f;
    RL_SYMBOLS(RL_RESOLVE)
#undef RL_RESOLVE
    if (missing) {
        snprintf(msg, size, "%s has no %s", DOSSIER_READLINE_SONAME, missing);
        dlclose(lib);
        return -1;
    }
    return 0;
}

/* A line from stdin after printing prompt, without its newline (caller
** frees), or NULL at the end: the shell's reader when the line editor
** cannot be loaded. */
static char *plain_readline(const char *prompt)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    fputs(prompt, stdout);
    fflush(stdout);
    n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    return line;
}

#define PROMPT  "dossier> "
#define PROMPT2 "   ...> "
#define TTY_MAX_ROWS 40

static volatile sig_atomic_t interrupted;
static dossier *signal_corpus;      /* sqlite3_interrupt target */
static lua_State *completion_L;     /* the state completion looks into */
static char *history_path;

/* The shell's settings, changed by dot-commands. */
static struct {
    char mode[16];          /* .mode */
    int headers;            /* .headers */
    int timer;              /* .timer */
    int pager;              /* .pager: 1 on (a terminal only), 0 off */
    int stdout_tty;         /* is standard output a terminal (now) */
    int saved_stdout;       /* the terminal's fd while .output redirects, or -1 */
    int once;               /* .once: restore after the next statement */
    int interactive;        /* reading from the terminal (not a pipe) */
} shell = { "table", 1, 0, 1, 0, -1, 0, 0 };
#define stdout_tty shell.stdout_tty

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

/* Columns of the terminal (80 when unknown); 0 when not a terminal. */
static int terminal_columns(void)
{
    struct winsize ws;
    if (!stdout_tty)
        return 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

static int terminal_rows(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
        return ws.ws_row;
    return 24;
}

/* Will long output go through the pager? Then lists print whole. */
static int pager_active(void)
{
    const char *p = getenv("DOSSIER_PAGER");
    if (!p)
        p = getenv("PAGER");
    return shell.pager && stdout_tty && !(p && !*p);
}

/* Protected: append the value at 1 to the dz_buf at 2 (light userdata)
** as the REPL shows it: lists of records in the current .mode, a single
** record (articles.get) as a block of fields, other tables readably over
** as many lines as they need, other values as tostring does. Raises on a
** failing __tostring or a bad record; the caller owns the buffer. */
static int format_value(lua_State *L)
{
    dz_buf *out = lua_touserdata(L, 2);
    const char *mode = shell.mode;
    int is_table_mode = strcmp(mode, "table") == 0;
    lreport_style st;
    st.mode = mode;
    st.max_rows = -1;
    st.width_limit = stdout_tty ? 60 : 0;
    st.term_width = terminal_columns();
    st.color = stdout_tty;
    st.headers = shell.headers;
    if (lreport_is_record(L, 1) && strcmp(mode, "json") != 0) {
        /* one record: as a block (table, line), or a one-row list */
        lua_createtable(L, 1, 0);
        lua_pushvalue(L, 1);
        lua_rawseti(L, -2, 1);
        lua_replace(L, 1);
        if (is_table_mode)
            st.mode = "line";
        if (lreport_render_style(L, 1, &st, out) != 0)
            return lua_error(L);
    } else if (lreport_is_records(L, 1)) {
        lua_Integer n = (lua_Integer)lua_rawlen(L, 1);
        int limit = stdout_tty && !pager_active() && n > TTY_MAX_ROWS + 5
                    ? TTY_MAX_ROWS : -1;
        st.max_rows = limit;
        if (lreport_render_style(L, 1, &st, out) != 0)
            return lua_error(L);
        if (limit >= 0)
            dz_buf_printf(out, "... %lld rows in all; showing %d "
                          "(io.write(report.table(_)) prints every row, "
                          ".pager on pages them)\n", (long long)n, limit);
        else if (is_table_mode)
            dz_buf_printf(out, "(%lld row%s)\n", (long long)n, n == 1 ? "" : "s");
    } else if (lua_type(L, 1) == LUA_TTABLE && strcmp(mode, "json") == 0) {
        if (lreport_render(L, 1, "json", -1, 0, 0, out) != 0)
            return lua_error(L);
    } else if (lua_type(L, 1) == LUA_TTABLE) {
        lreport_pretty(L, 1, out, stdout_tty ? terminal_columns() : 0);
        dz_buf_putc(out, '\n');
    } else {
        size_t n;
        const char *s = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &n)
                                                       : luaL_tolstring(L, 1, &n);
        dz_buf_append(out, s, n);
        if (n == 0 || s[n - 1] != '\n')
            dz_buf_putc(out, '\n');
    }
    return 0;
}

/* Is the value at idx io.stdout or io.stderr? io.write returns its file,
** and printing "file (0x...)" after the text it wrote is noise. */
static int is_std_stream(lua_State *L, int idx)
{
    int yes = 0;
    if (!luaL_testudata(L, idx, LUA_FILEHANDLE))
        return 0;
    if (lua_getglobal(L, "io") == LUA_TTABLE) {
        lua_getfield(L, -1, "stdout");
        lua_getfield(L, -2, "stderr");
        yes = lua_rawequal(L, idx, -1) || lua_rawequal(L, idx, -2);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    return yes;
}

/* Write text to the terminal, through the pager ($DOSSIER_PAGER, else
** $PAGER, else "less -FRX") when it is longer than the screen, as psql
** does; straight to standard output otherwise. */
static void write_out(const char *text, size_t len)
{
    size_t i, lines = 0;
    if (pager_active()) {
        for (i = 0; i < len; i++)
            lines += text[i] == '\n';
    }
    if (pager_active() && lines + 1 >= (size_t)terminal_rows()) {
        const char *cmd = getenv("DOSSIER_PAGER");
        FILE *p;
        if (!cmd)
            cmd = getenv("PAGER");
        if (!cmd)
            cmd = "less -FRX";
        fflush(stdout);
        p = popen(cmd, "w");
        if (p) {
            struct sigaction ign, old_int, old_pipe;
            int st;
            /* Ctrl-C belongs to the pager while it runs; a pager that
            ** quits early must not kill the shell with SIGPIPE */
            memset(&ign, 0, sizeof ign);
            ign.sa_handler = SIG_IGN;
            sigaction(SIGINT, &ign, &old_int);
            sigaction(SIGPIPE, &ign, &old_pipe);
            fwrite(text, 1, len, p);
            st = pclose(p);
            sigaction(SIGPIPE, &old_pipe, NULL);
            sigaction(SIGINT, &old_int, NULL);
            interrupted = 0;
            if (st != -1 && !(WIFEXITED(st) && WEXITSTATUS(st) == 127))
                return;
        }
    }
    fwrite(text, 1, len, stdout);
}

/* Print the values from stack index first to the top, and keep the first
** in the global _ (so that a long list cut on the screen can be printed
** whole: report.table(_)). A value that cannot be shown (its __tostring
** fails, ...) gets a message on stderr instead; returns LUA_OK or the
** status of the first such failure. */
static int print_values(lua_State *L, int first)
{
    int i, top = lua_gettop(L), status = LUA_OK;
    dz_buf all = { 0 };
    if (top >= first && !is_std_stream(L, first)) {
        lua_pushvalue(L, first);
        lua_setglobal(L, "_");
    }
    for (i = first; i <= top; i++) {
        dz_buf out = { 0 };
        int rc;
        if (is_std_stream(L, i))
            continue;
        lua_pushcfunction(L, format_value);
        lua_pushvalue(L, i);
        lua_pushlightuserdata(L, &out);
        rc = lua_pcall(L, 2, 0, 0);
        if (rc == LUA_OK) {
            if (out.len)
                dz_buf_append(&all, out.data, out.len);
        } else {
            const char *msg = lua_tostring(L, -1);
            if (all.len)
                write_out(all.data, all.len);
            all.len = 0;
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
    if (all.len)
        write_out(all.data, all.len);
    dz_buf_free(&all);
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
static void restore_output(void);

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* User and system CPU seconds of this process. */
static void cpu_seconds(double *user, double *sys)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    *user = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6;
    *sys = (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static int run_and_print(lua_State *L)
{
    int base = lua_gettop(L), status;
    double t0 = 0, u0 = 0, s0 = 0;
    if (shell.timer) {
        t0 = seconds_now();
        cpu_seconds(&u0, &s0);
    }
    status = repl_docall(L, 0, LUA_MULTRET);
    if (status == LUA_OK) {
        if (lua_gettop(L) >= base)
            status = print_values(L, base);
    } else {
        print_error(lua_tostring(L, -1));
    }
    if (shell.timer) {
        double u1, s1;
        cpu_seconds(&u1, &s1);
        /* as sqlite3's .timer; on stderr so that .output files hold data */
        fprintf(stderr, "Run Time: real %.3f user %.6f sys %.6f\n",
                seconds_now() - t0, u1 - u0, s1 - s0);
    }
    lua_settop(L, base - 1);
    if (shell.once)
        restore_output();
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

/* "on"/"off" (also 1/0, yes/no) into *flag; 1 and a message otherwise. */
static int set_flag(const char *cmd, const char *arg, int *flag)
{
    if (!*arg) {
        printf("%s\n", *flag ? "on" : "off");
        return 0;
    }
    if (!strcmp(arg, "on") || !strcmp(arg, "1") || !strcmp(arg, "yes"))
        *flag = 1;
    else if (!strcmp(arg, "off") || !strcmp(arg, "0") || !strcmp(arg, "no"))
        *flag = 0;
    else {
        fprintf(stderr, ".%s: say on or off\n", cmd);
        return 1;
    }
    return 0;
}

static int dot_mode(lua_State *L, dossier *d, const char *arg)
{
    static const char *const modes[] = { "table", "line", "csv", "json",
                                         "markdown", NULL };
    int i;
    (void)L; (void)d;
    if (!*arg) {
        printf("%s\n", shell.mode);
        return 0;
    }
    for (i = 0; modes[i]; i++)
        if (strcmp(arg, modes[i]) == 0) {
            snprintf(shell.mode, sizeof shell.mode, "%s", arg);
            return 0;
        }
    fprintf(stderr, ".mode: unknown mode '%s' (table, line, csv, json, markdown)\n", arg);
    return 1;
}

static int dot_headers(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d;
    return set_flag("headers", arg, &shell.headers);
}

static int dot_timer(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d;
    return set_flag("timer", arg, &shell.timer);
}

static int dot_pager(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d;
    return set_flag("pager", arg, &shell.pager);
}

/* Send standard output back to where it was before .output / .once. */
static void restore_output(void)
{
    if (shell.saved_stdout < 0)
        return;
    fflush(stdout);
    dup2(shell.saved_stdout, STDOUT_FILENO);
    close(shell.saved_stdout);
    shell.saved_stdout = -1;
    shell.once = 0;
    /* piped input prints as to a file, whatever standard output is */
    stdout_tty = shell.interactive && isatty(STDOUT_FILENO);
}

/* .output FILE / .once FILE: standard output (values, print, io.write)
** goes to FILE, until .output alone (or after one statement for .once). */
static int redirect_output(const char *cmd, const char *arg, int once)
{
    int fd;
    restore_output();
    if (!*arg || !strcmp(arg, "stdout"))
        return 0;
    fd = open(arg, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        fprintf(stderr, ".%s: %s: %s\n", cmd, arg, strerror(errno));
        return 1;
    }
    fflush(stdout);
    shell.saved_stdout = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (shell.saved_stdout < 0 || dup2(fd, STDOUT_FILENO) < 0) {
        fprintf(stderr, ".%s: %s\n", cmd, strerror(errno));
        close(fd);
        if (shell.saved_stdout >= 0)
            close(shell.saved_stdout);
        shell.saved_stdout = -1;
        return 1;
    }
    close(fd);
    stdout_tty = 0;
    shell.once = once;
    return 0;
}

static int dot_output(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d;
    return redirect_output("output", arg, 0);
}

static int dot_once(lua_State *L, dossier *d, const char *arg)
{
    (void)L; (void)d;
    if (!*arg) {
        fprintf(stderr, ".once: which file?\n");
        return 1;
    }
    return redirect_output("once", arg, 1);
}

/* Split arg into words (whitespace; "double" or 'single' quotes group)
** pushed on the stack; returns how many. */
static int push_words(lua_State *L, const char *arg)
{
    int n = 0;
    luaL_Buffer b;
    while (*arg) {
        char q = 0;
        while (*arg == ' ' || *arg == '\t')
            arg++;
        if (!*arg)
            break;
        if (!lua_checkstack(L, 4))
            break;                      /* thousands of words: keep the first */
        luaL_buffinit(L, &b);
        for (; *arg && (q || (*arg != ' ' && *arg != '\t')); arg++) {
            if (!q && (*arg == '"' || *arg == '\''))
                q = *arg;
            else if (q && *arg == q)
                q = 0;
            else
                luaL_addchar(&b, *arg);
        }
        luaL_pushresult(&b);
        n++;
    }
    return n;
}

/* .read FILE [ARGS...]: run FILE in this session with ARGS as ... and in
** arg (arg[0] = FILE), as a script gets them; arg is restored after. */
static int dot_read(lua_State *L, dossier *d, const char *arg)
{
    int n, i, rc, top = lua_gettop(L);
    (void)d;
    if (!*arg) {
        fprintf(stderr, ".read: which file?\n");
        return 1;
    }
    lua_getglobal(L, "arg");            /* the old arg, restored below */
    n = push_words(L, arg);
    if (luaL_loadfilex(L, lua_tostring(L, top + 2), "t") != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_settop(L, top + 1);
        lua_setglobal(L, "arg");
        return 1;
    }
    lua_createtable(L, n - 1, 1);
    for (i = 0; i < n; i++) {
        lua_pushvalue(L, top + 2 + i);
        lua_rawseti(L, -2, i);
    }
    lua_setglobal(L, "arg");
    /* the chunk, then its arguments: drop the file name */
    lua_insert(L, top + 2);
    lua_remove(L, top + 3);
    rc = repl_docall(L, n - 1, LUA_MULTRET);
    if (rc == LUA_OK)
        print_values(L, top + 2);
    else
        print_error(lua_tostring(L, -1));
    lua_settop(L, top + 1);
    lua_setglobal(L, "arg");
    return rc == LUA_OK ? 0 : 1;
}

/* .tables: the tables and views of the corpus database, as sqlite3 lists
** them (FTS5's shadow tables left out); on PostgreSQL those of the
** schema in use, without the month partitions of articles. */
static int dot_tables(lua_State *L, dossier *d, const char *arg)
{
    lua_Integer i, n;
    int col = 0, w = 0;
    lua_getglobal(L, "dossier");
    lua_getfield(L, -1, "sql");
    lua_remove(L, -2);
    lua_pushstring(L, d && d->store.pg
        ? "SELECT CAST(c.relname AS TEXT) AS name FROM pg_class c"
          " JOIN pg_namespace s ON s.oid = c.relnamespace"
          " WHERE s.nspname = current_schema() AND c.relkind IN ('r','p','v','f')"
          " AND NOT c.relispartition AND c.relname LIKE ? ORDER BY name"
        : "SELECT name FROM sqlite_schema WHERE type IN ('table','view')"
          " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts_%'"
          " AND name LIKE ? ORDER BY name");
    lua_pushstring(L, *arg ? arg : "%");
    if (repl_docall(L, 2, 1) != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    n = (lua_Integer)lua_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "name");
        if ((int)lua_rawlen(L, -1) > w)
            w = (int)lua_rawlen(L, -1);
        lua_pop(L, 2);
    }
    for (i = 1; i <= n; i++) {
        int per_line = 80 / (w + 2) > 0 ? 80 / (w + 2) : 1;
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "name");
        printf("%-*s", i < n && ++col < per_line ? w + 2 : 0, lua_tostring(L, -1));
        if (i == n || col >= per_line) {
            putchar('\n');
            col = 0;
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    fflush(stdout);
    return 0;
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

/* .schema on PostgreSQL: each table (not a month partition) as CREATE
** TABLE with its columns' types, then its indexes, from the catalogue. */
static const char pg_schema_sql[] =
    "SELECT sql FROM (SELECT c.relname AS t, 0 AS k, 'CREATE TABLE ' ||"
    " c.relname || '(' || string_agg(a.attname || ' ' ||"
    " format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) || ')' AS sql"
    " FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace"
    " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
    " AND NOT a.attisdropped WHERE s.nspname = current_schema()"
    " AND c.relkind IN ('r','p','v','f') AND NOT c.relispartition"
    " AND (CAST(?1 AS TEXT) IS NULL OR c.relname = ?1) GROUP BY c.relname"
    " UNION ALL SELECT i.tablename, 1, i.indexdef FROM pg_indexes i"
    " JOIN pg_class c ON c.relname = i.tablename"
    " JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = i.schemaname"
    " WHERE i.schemaname = current_schema() AND NOT c.relispartition"
    " AND (CAST(?1 AS TEXT) IS NULL OR i.tablename = ?1)) AS x"
    " ORDER BY t COLLATE \"C\", k, sql COLLATE \"C\"";

static int dot_schema(lua_State *L, dossier *d, const char *arg)
{
    lua_getglobal(L, "dossier");
    lua_getfield(L, -1, "sql");
    lua_remove(L, -2);
    if (d && d->store.pg) {
        lua_pushstring(L, pg_schema_sql);
        if (*arg)
            lua_pushstring(L, arg);
        else
            lua_pushnil(L);
    } else if (*arg) {
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
    { "help", "[NAME]", "this list; .help NAME: a dot-command or a function", dot_help },
    { "quit", "", "leave the shell (also .exit, Ctrl-D)", dot_quit },
    { "exit", "", NULL, dot_quit },
    { "read", "FILE [ARGS...]", "run a Lua file in this session (ARGS in ... and arg)", dot_read },
    { "mode", "[table|line|csv|json|markdown]", "how records print (line: a field per line)", dot_mode },
    { "headers", "[on|off]", "header row in table and csv modes", dot_headers },
    { "output", "[FILE]", "send output to FILE (none: back to the screen)", dot_output },
    { "once", "FILE", "send the next statement's output to FILE", dot_once },
    { "timer", "[on|off]", "time every statement (on stderr)", dot_timer },
    { "pager", "[on|off]", "page output longer than the screen ($PAGER)", dot_pager },
    { "tables", "[PATTERN]", "tables of the corpus database (for dossier.sql)", dot_tables },
    { "schema", "[TABLE]", "show the database schema", dot_schema },
    { "asof", "[DATE|latest]", "show or set the date relative dates count from", dot_asof },
    { "count", "", "number of articles in the corpus", dot_count },
    { "search", "QUERY", "ranked full-text search (search.query)", dot_search },
    { "kwic", "TERM", "keyword in context (search.kwic)", dot_kwic },
    { NULL, NULL, NULL, NULL }
};

/* .help: the dot-commands; .help NAME: one dot-command, or a function's
** options and example from the help table (help.c), as help(NAME). */
static int dot_help(lua_State *L, dossier *d, const char *arg)
{
    const dot_command *c;
    (void)d;
    if (*arg) {
        const char *name = *arg == '.' ? arg + 1 : arg;
        for (c = dot_commands; c->name; c++)
            if (c->help && strcmp(c->name, name) == 0) {
                printf(".%s %s\n  %s\n", c->name, c->args, c->help);
                return 0;
            }
        lua_getglobal(L, "help");
        lua_pushstring(L, arg);
        if (repl_docall(L, 1, 1) != LUA_OK) {
            fprintf(stderr, "%s\n", lua_tostring(L, -1));
            lua_pop(L, 1);
            return 1;
        }
        fputs(lua_tostring(L, -1), stdout);
        lua_pop(L, 1);
        return 0;
    }
    for (c = dot_commands; c->name; c++) {
        char left[48];
        if (!c->help)
            continue;
        snprintf(left, sizeof left, ".%s %s", c->name, c->args);
        printf("%-37s %s\n", left, c->help);
    }
    printf("\nAny other line is Lua: expressions print their value, e.g.\n"
           "  articles.count()   articles.list{limit=5}   search.query(\"sanctions\")\n"
           "help() lists the functions; .help articles.list (or help(articles.list))\n"
           "shows one with its options and an example.\n");
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
            if (shell.once && c->run != dot_once)
                restore_output();
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

/* Words for the fixed completions (dot-commands, option names, function
** names after .help, modes): candidates matching text, lead prepended. */
#define MAX_FIXED 128
static const char *fixed[MAX_FIXED];
static int nfixed;
static const char *fixed_lead = "";

static char *fixed_generator(const char *text, int state)
{
    static int i;
    size_t lead = strlen(fixed_lead), n;
    if (state == 0)
        i = 0;
    if (strncmp(text, fixed_lead, lead) != 0)
        return NULL;
    text += lead;
    n = strlen(text);
    while (i < nfixed) {
        const char *w = fixed[i++];
        if (strncmp(w, text, n) == 0) {
            char *m = malloc(lead + strlen(w) + 1);
            if (m) {
                memcpy(m, fixed_lead, lead);
                strcpy(m + lead, w);
            }
            return m;
        }
    }
    return NULL;
}

/* The function whose options table the word at start is a key of
** (articles.list{si|, search.query("x", {li|), or NULL. */
static const lhelp_fn *option_context(const char *line, int start)
{
    int stack[64], depth = 0, i, p, e;
    char quote = 0, name[64];
    for (i = 0; i < start; i++) {
        char c = line[i];
        if (quote) {
            if (c == '\\' && line[i + 1])
                i++;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if ((c == '{' || c == '(') && depth < 64) {
            stack[depth++] = i;
        } else if ((c == '}' || c == ')') && depth > 0) {
            depth--;
        }
    }
    if (quote || depth == 0 || line[stack[depth - 1]] != '{')
        return NULL;
    for (i = start - 1; i >= 0 && (line[i] == ' ' || line[i] == '\t'); i--)
        ;
    if (i < 0 || (line[i] != '{' && line[i] != ','))
        return NULL;
    p = stack[depth - 1] - 1;
    while (p >= 0 && line[p] == ' ')
        p--;
    if (p >= 0 && (line[p] == ',' || line[p] == '(') && depth >= 2 &&
        line[stack[depth - 2]] == '(')
        p = stack[depth - 2] - 1;           /* f(x, {...}) */
    while (p >= 0 && line[p] == ' ')
        p--;
    e = p + 1;
    while (p >= 0 && (line[p] == '_' || line[p] == '.' || (line[p] >= 'a' && line[p] <= 'z') ||
                      (line[p] >= 'A' && line[p] <= 'Z') || (line[p] >= '0' && line[p] <= '9')))
        p--;
    if (e - p - 1 <= 0 || e - p - 1 >= (int)sizeof name)
        return NULL;
    memcpy(name, line + p + 1, (size_t)(e - p - 1));
    name[e - p - 1] = 0;
    return lhelp_find_qualified(name);
}

/* Readline's completer: dot-commands at the start of a line, their
** arguments (.help NAME, .mode MODE), option names inside a call's
** options table, else globals and fields. */
static char **complete(const char *text, int start, int end)
{
    static char qualified[MAX_FIXED][48];
    const lhelp_fn *f;
    const char *line = rl_line_buffer;
    int i;
    (void)end;
    rl_completion_append_character = '\0';
    nfixed = 0;
    fixed_lead = "";
    if (start == 0 && text[0] == '.') {
        const dot_command *c;
        for (c = dot_commands; c->name && nfixed < MAX_FIXED; c++)
            if (c->help)
                fixed[nfixed++] = c->name;
        fixed_lead = ".";
        rl_completion_append_character = ' ';
    } else if (line[0] == '.' && !strncmp(line, ".help ", 6)) {
        const lhelp_fn *h;
        for (i = 0; (h = lhelp_at(i)) && nfixed < MAX_FIXED; i++) {
            snprintf(qualified[nfixed], sizeof qualified[0], "%s.%s", h->module, h->name);
            fixed[nfixed] = qualified[nfixed];
            nfixed++;
        }
    } else if (line[0] == '.' && !strncmp(line, ".mode ", 6)) {
        static const char *const modes[] = { "table", "line", "csv", "json", "markdown" };
        for (i = 0; i < 5; i++)
            fixed[nfixed++] = modes[i];
    } else if (line[0] == '.') {
        return NULL;
    } else if ((f = option_context(line, start)) != NULL) {
        const lhelp_opt *o;
        for (o = f->opts; o && o->name && nfixed < MAX_FIXED; o++)
            fixed[nfixed++] = o->name;
        rl_completion_append_character = ' ';
    } else {
        return rl_completion_matches(text, completion_generator);
    }
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, fixed_generator);
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

static int have_readline;          /* the line editor is loaded */

static void remember(const char *stmt)
{
    if (!have_readline)
        return;
    add_history(stmt);
    if (history_path) {
        make_parent_dirs(history_path);
        if (write_history(history_path) == 0)
            history_truncate_file(history_path, 2000);
    }
}

/* Ctrl-C while reading a line. Readline's own getc goes back to read()
** after an interrupted read, so the key typed after Ctrl-C would end the
** dropped line and be lost. This getc waits with SIGINT unblocked only
** inside pselect (no race between the flag test and the wait) and, when
** Ctrl-C came, empties the line and ends it: the loop then drops it and
** shows a fresh prompt, and the next key goes to the new line. */
#ifndef DOSSIER_USE_LIBEDIT
static int repl_getc(FILE *f)
{
    int fd = fileno(f);
    for (;;) {
        sigset_t block, orig;
        fd_set rf;
        unsigned char c;
        ssize_t r;
        int ready;
        sigemptyset(&block);
        sigaddset(&block, SIGINT);
        sigprocmask(SIG_BLOCK, &block, &orig);
        ready = 0;
        if (!interrupted) {
            FD_ZERO(&rf);
            FD_SET(fd, &rf);
            ready = pselect(fd + 1, &rf, NULL, NULL, NULL, &orig);
        }
        sigprocmask(SIG_SETMASK, &orig, NULL);
        if (interrupted) {
            rl_replace_line("", 0);
            rl_done = 1;
            return '\n';
        }
        if (ready < 0 && errno == EINTR)
            continue;
        r = read(fd, &c, 1);
        if (r == 1)
            return c;
        if (r < 0 && errno == EINTR)
            continue;
        return EOF;
    }
}
#endif

static int read_interrupted(void)
{
    if (!interrupted)
        return 0;
    interrupted = 0;
#ifdef DOSSIER_USE_LIBEDIT
    fputc('\n', stdout);   /* GNU readline's accept-line (repl_getc) did it */
#endif
    return 1;
}

int repl_interactive(lua_State *L, dossier *d)
{
    dz_buf stmt = { 0 };
    char *init;
    int64_t n = dossier_article_count(d);

    char why[256];

    shell.interactive = 1;
    stdout_tty = isatty(STDOUT_FILENO);
    completion_L = L;
    have_readline = rl_load(why, sizeof why) == 0;
    if (!have_readline)
        fprintf(stderr, "dossier: no line editing (%s)\n", why);
    if (have_readline) {
        rl_readline_name = "dossier";
        rl_attempted_completion_function = complete;
#ifndef DOSSIER_USE_LIBEDIT
        rl_catch_signals = 0;
        rl_getc_function = repl_getc;
        /* a statement of several lines is one entry in the file, too:
        ** entries are separated by timestamp lines, as bash's lithist does */
        history_comment_char = '#';
        history_write_timestamps = 1;
        history_multiline_entries = 1;
#endif
        history_path = history_file();
        if (history_path)
            read_history(history_path);
    }
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
        line = have_readline ? readline(stmt.len ? PROMPT2 : PROMPT)
                             : plain_readline(stmt.len ? PROMPT2 : PROMPT);
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
