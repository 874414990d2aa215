/*
** main.c — the dossier program: parse the command line, open the corpus,
** and hand over to a script, -e code, the ingest command or the REPL.
**
**   dossier [-d DB] [--as-of DATE|latest] [-e CODE] [-i] [SCRIPT [ARGS...]]
**   dossier [-d DB] ingest [--format F] [--date D] [--source S] [--url U] PATH...
**   dossier [-d DB] reanalyze
**
** Exit status: 0 ok, 1 a script or ingest error, 2 bad usage.
*/
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "dossier.h"
#include "dossier_lua.h"
#include "cli/repl.h"
#include "lua/help.h"
#include "lua/sandbox.h"
#include <sqlite3.h>

static const char *sqlite_version_string(void)
{
    return sqlite3_libversion();
}

static const char usage_text[] =
    "usage: dossier [-d DB] [--as-of DATE|latest] [--sandbox] [--max-memory MB]\n"
    "               [--timeout S] [-e CODE]... [-i] [SCRIPT [ARGS...]]\n"
    "       dossier [-d DB] ingest [OPTIONS] PATH...   (dossier ingest --help)\n"
    "       dossier [-d DB] reanalyze [--progress]\n"
    "       dossier copy SRC DST   (SQLite files or postgresql:// URIs)\n"
    "\n"
    "  -d, --db DB        corpus database (default: $DOSSIER_DB, else ./dossier.db)\n"
    "  -e CODE            run Lua code (may repeat); expression values are printed\n"
    "  -i                 enter the shell after running SCRIPT or -e\n"
    "  --as-of DATE       the date relative dates count back from (YYYY-MM-DD, or\n"
    "                     'latest' for the newest article's date; default today)\n"
    "  SCRIPT             a Lua file ('-' for standard input), with ARGS in arg[];\n"
    "                     options after SCRIPT are the script's\n"
    "  --sandbox          run untrusted code: no io, os.execute, package, debug,\n"
    "                     bytecode or other files; the corpus read-only (README)\n"
    "  --max-memory MB    stop Lua code that uses more memory than this\n"
    "  --timeout S        stop a script, -e chunk or shell statement after S seconds\n"
    "  -h, --help         this text;  -v, --version  the version\n"
    "\n"
    "With no SCRIPT and no -e, dossier reads Lua from the terminal (the shell)\n"
    "or, when standard input is not a terminal, statement by statement from it.\n"
    "The shell runs $XDG_CONFIG_HOME/dossier/init.lua ($DOSSIER_INIT) first;\n"
    "scripts, -e and piped input do not, so they run the same everywhere.\n"
    "ingest and reanalyze analyse on worker threads ($DOSSIER_THREADS: how many;\n"
    "0 runs everything on one thread).\n";

static const char ingest_usage_text[] =
    "usage: dossier [-d DB] ingest [OPTIONS] PATH...\n"
    "\n"
    "Read files and folders (text pages, HTML, RSS/Atom, JSON lines, JSON, CSV,\n"
    "gzipped or not) into the corpus.\n"
    "\n"
    "  --format F     text, html, rss, jsonl, json or csv (default: by name and content)\n"
    "  --date D       publication date for files that carry none (YYYY-MM-DD)\n"
    "  --source S     publication name;  --url U  address\n"
    "  --progress     a progress line on stderr (default when stderr is a terminal)\n"
    "  -q, --quiet    nothing but errors\n"
    "  --verbose      a line per file: added, already stored, bytes, seconds\n"
    "  --max-article MB  the largest article body stored (default 1 MB)\n"
    "  --main-after TEXT text pages: look for the main article only after the\n"
    "                 first line holding TEXT (a site's own marker)\n"
    "  -h, --help     this text\n";

static int usage(const char *fmt, const char *what)
{
    fprintf(stderr, "dossier: ");
    fprintf(stderr, fmt, what);
    fprintf(stderr, "\n(dossier --help for usage)\n");
    return 2;
}

/* ---- ingest ----------------------------------------------------------------*/

typedef struct ingest_ui {
    int progress;          /* print a progress line on stderr */
    int verbose;           /* print a line for every input file */
    double started, last_shown, file_started;
    int64_t failed_shown;
    dossier_ingest_stats before;   /* totals when the current file began */
    dossier_ingest_stats done;     /* totals after the last whole file */
} ingest_ui;

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Called by the core after each input file. */
/* Inside a large input: the progress line with its articles so far, the
** speed and the time left of this input. */
static void on_batch(void *ctx, const char *path, int64_t added,
                     int64_t bytes_read, int64_t bytes_file)
{
    ingest_ui *ui = ctx;
    double t = now_seconds(), secs = t - ui->started;
    double rate = secs > 0 ? (ui->done.bytes + bytes_read) / secs : 0.0;
    (void)path;
    if (!ui->progress || t - ui->last_shown < 0.1)
        return;
    ui->last_shown = t;
    fprintf(stderr, "\r\033[K%lld file%s, %lld articles, %.1f MB/s",
            (long long)ui->done.files + 1, ui->done.files ? "s" : "",
            (long long)(ui->done.articles_added + added), rate / 1e6);
    if (rate > 0 && bytes_file > bytes_read)
        fprintf(stderr, ", ETA %.0f s", (bytes_file - bytes_read) / rate);
    fflush(stderr);
}

static void on_file(void *ctx, const char *path, int rc, const char *message,
                    const dossier_ingest_stats *s)
{
    ingest_ui *ui = ctx;
    ui->done = *s;
    if (message && rc != DOSSIER_OK) {
        if (ui->progress)
            fputs("\r\033[K", stderr);
        fprintf(stderr, "%s: %s\n", path, message);
    }
    if (ui->verbose) {
        /* one line per file: what it added and how fast, for users
        ** checking a batch and for the benchmarks */
        double t = now_seconds();
        fprintf(stderr, "%s%s: %lld added, %lld already stored, %lld bytes, "
                "%.6f s\n", ui->progress ? "\r\033[K" : "", path,
                (long long)(s->articles_added - ui->before.articles_added),
                (long long)(s->duplicates - ui->before.duplicates),
                (long long)(s->bytes - ui->before.bytes), t - ui->file_started);
        if (message && rc == DOSSIER_OK)
            fprintf(stderr, "  %s\n", message);    /* how the page was split */
        ui->before = *s;
        ui->file_started = t;
    }
    if (ui->progress) {
        double t = now_seconds(), secs = t - ui->started;
        double rate = secs > 0 ? s->bytes / secs : 0.0;
        if (t - ui->last_shown < 0.1 && s->bytes < s->bytes_total)
            return;                 /* at most ten updates a second */
        ui->last_shown = t;
        fprintf(stderr, "\r\033[K%lld file%s, %lld articles, %.1f MB/s",
                (long long)s->files, s->files == 1 ? "" : "s",
                (long long)s->articles_added, rate / 1e6);
        if (rate > 0 && s->bytes_total > s->bytes)
            fprintf(stderr, ", ETA %.0f s", (s->bytes_total - s->bytes) / rate);
        fflush(stderr);
    }
}

/* Ctrl-C during ingest or reanalyze: stop at the next article or SQLite
** step, keeping what was committed (the work loops check the flag). */
static dossier *interrupt_target;

static void on_ingest_sigint(int sig)
{
    (void)sig;
    if (interrupt_target)
        dossier_interrupt(interrupt_target);
}

static void catch_sigint(dossier *d)
{
    struct sigaction sa;
    interrupt_target = d;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_ingest_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* reanalyze's progress line on a terminal: articles done of all. */
static void reanalyze_progress(void *ctx, int64_t done, int64_t total)
{
    (void)ctx;
    fprintf(stderr, "\r\033[Kreanalyze: %lld of %lld articles (%.0f%%)",
            (long long)done, (long long)total, total ? 100.0 * done / total : 100.0);
    fflush(stderr);
}

/* dossier ingest [OPTIONS] PATH...: argv[0] is "ingest". Returns the exit
** status. */
static int run_ingest(dossier *d, int argc, char **argv)
{
    static const struct option longopts[] = {
        { "format", required_argument, NULL, 'f' },
        { "date", required_argument, NULL, 'D' },
        { "source", required_argument, NULL, 's' },
        { "url", required_argument, NULL, 'u' },
        { "progress", no_argument, NULL, 'p' },
        { "quiet", no_argument, NULL, 'q' },
        { "verbose", no_argument, NULL, 'V' },
        { "max-article", required_argument, NULL, 'm' },
        { "main-after", required_argument, NULL, 'a' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    dossier_ingest_opts o;
    dossier_ingest_stats total, s;
    ingest_ui ui;
    int i, opt, failed = 0, quiet = 0;
    double secs;

    memset(&o, 0, sizeof o);
    memset(&total, 0, sizeof total);
    memset(&ui, 0, sizeof ui);
    ui.progress = isatty(STDERR_FILENO);
    optind = 0;                         /* GNU: start over, on this argv */
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
        switch (opt) {
        case 'f': o.format = optarg; break;
        case 'D': o.date = optarg; break;
        case 's': o.source = optarg; break;
        case 'u': o.url = optarg; break;
        case 'p': ui.progress = 1; break;
        case 'q': ui.progress = 0; quiet = 1; break;
        case 'V': ui.verbose = 1; break;
        case 'a': o.main_after = optarg; break;
        case 'm': {
            char *end;
            double mb = strtod(optarg, &end);
            if (*end || !(mb > 0) || mb > 4096)
                return usage("--max-article: '%s' is not a size in MB", optarg);
            o.max_article_bytes = (size_t)(mb * 1048576.0);
            break;
        }
        case 'h': fputs(ingest_usage_text, stdout); return 0;
        case ':': return usage("ingest: %s needs a value", argv[optind - 1]);
        default: return usage("unknown ingest option %s", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return usage("%s", "ingest: which files? (dossier ingest --help)");
    o.on_file = on_file;
    o.on_batch = on_batch;
    o.ctx = &ui;
    ui.started = ui.file_started = now_seconds();
    for (i = optind; i < argc; i++) {
        const char *a = argv[i];
        int rc;
        memset(&s, 0, sizeof s);
        memset(&ui.before, 0, sizeof ui.before);   /* stats count per call */
        memset(&ui.done, 0, sizeof ui.done);
        rc = dossier_ingest(d, a, &o, &s);
        total.files += s.files;
        total.files_failed += s.files_failed;
        total.articles_added += s.articles_added;
        total.duplicates += s.duplicates;
        total.bytes += s.bytes;
        total.repaired_utf8 += s.repaired_utf8;
        total.articles_refused += s.articles_refused;
        total.rules_only += s.rules_only;
        if (rc == DOSSIER_INTERRUPTED) {
            fprintf(stderr, "%sdossier: ingest interrupted\n", ui.progress ? "\n" : "");
            return 1;
        }
        if (rc != DOSSIER_OK) {
            failed = 1;
            if (s.files_failed == 0)    /* per-file failures were shown by on_file */
                fprintf(stderr, "%s%s: %s\n", ui.progress ? "\r\033[K" : "", a,
                        dossier_errmsg(d));
        }
    }
    secs = now_seconds() - ui.started;
    if (ui.progress)
        fputs("\r\033[K", stderr);
    if (!quiet)
        fprintf(stderr, "ingested %lld file%s: %lld article%s added, %lld already "
                "stored, %lld failed%s (%.1f MB in %.2f s)\n",
                (long long)total.files, total.files == 1 ? "" : "s",
                (long long)total.articles_added, total.articles_added == 1 ? "" : "s",
                (long long)total.duplicates, (long long)total.files_failed,
                total.repaired_utf8 ? ", some text repaired" : "",
                total.bytes / 1e6, secs);
    if (total.articles_refused)
        fprintf(stderr, "%lld article%s too large, not stored\n",
                (long long)total.articles_refused, total.articles_refused == 1 ? "" : "s");
    if (total.rules_only)
        fprintf(stderr, "%lld article%s analysed without the name tagger, which "
                "did not load (entities.model() says why): names from gazetteers "
                "and rules only\n", (long long)total.rules_only,
                total.rules_only == 1 ? "" : "s");
    return failed || total.files_failed ? 1 : 0;
}

/* ---- Lua ---------------------------------------------------------------------*/

/* Build the arg table as lua(1) does: script at 0, its arguments at 1..n,
** interpreter and options at negative indices. */
static void create_arg_table(lua_State *L, char **argv, int argc, int script)
{
    int i;
    lua_createtable(L, argc - script - 1 > 0 ? argc - script - 1 : 0, script + 1);
    for (i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i - script);
    }
    lua_setglobal(L, "arg");
}

/* Load the script (NULL or "-" for stdin) and run it with its arguments,
** returning the exit status. */
static int run_script(lua_State *L, const char *script, char **argv, int argc,
                      int first_arg)
{
    int status, i, n = 0;
    const char *fname = script && strcmp(script, "-") ? script : NULL;
    /* text only: Lua does not check bytecode, so a damaged .luac crashes */
    status = luaL_loadfilex(L, fname, "t");
    if (status == LUA_ERRSYNTAX) {
        const char *msg = lua_tostring(L, -1);
        if (msg && strstr(msg, "binary chunk")) {
            lua_pushfstring(L, "%s: cannot run a compiled (binary) chunk; give "
                            "the Lua source", fname ? fname : "stdin");
            lua_remove(L, -2);
        }
    }
    if (status == LUA_OK) {
        for (i = first_arg; i < argc; i++, n++)
            lua_pushstring(L, argv[i]);
        status = repl_docall(L, n, 0);
    }
    if (status != LUA_OK) {
        fprintf(stderr, "%s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return 1;
    }
    return 0;
}

/* State of dossier.progress: when the work began and the line was last
** drawn. One progress line per program. */
static struct {
    double started, last_shown;
    int shown;
} lua_progress;

/* dossier.progress(done, total [, note]): a progress line on stderr for
** long work in Lua (importers) — done of total, the rate, the time left,
** and note — redrawn at most ten times a second, only when stderr is a
** terminal; dossier.progress() (or done >= total) clears it. In the
** program, not the library: libraries do not draw on terminals. */
static int l_dossier_progress(lua_State *L)
{
    double done = luaL_optnumber(L, 1, -1), total = luaL_optnumber(L, 2, 0);
    const char *note = luaL_optstring(L, 3, "");
    double t = now_seconds(), secs, rate;
    if (!isatty(STDERR_FILENO))
        return 0;
    if (done < 0 || (total > 0 && done >= total)) {
        if (lua_progress.shown)
            fputs("\r\033[K", stderr);
        memset(&lua_progress, 0, sizeof lua_progress);
        return 0;
    }
    if (!lua_progress.started)
        lua_progress.started = t;
    if (lua_progress.shown && t - lua_progress.last_shown < 0.1)
        return 0;
    lua_progress.last_shown = t;
    lua_progress.shown = 1;
    secs = t - lua_progress.started;
    rate = secs > 0 ? done / secs : 0;
    fprintf(stderr, "\r\033[K%.0f", done);
    if (total > 0)
        fprintf(stderr, " of %.0f (%.0f%%)", total, 100 * done / total);
    if (rate > 0)
        fprintf(stderr, ", %.1f/s", rate);
    if (rate > 0 && total > done)
        fprintf(stderr, ", ETA %.0f s", (total - done) / rate);
    if (*note)
        fprintf(stderr, " %s", note);
    fflush(stderr);
    return 0;
}

static void open_lua(lua_State *L, dossier *d)
{
    luaL_openlibs(L);
    dossier_lua_openlibs(L, d);
    lua_getglobal(L, "dossier");
    lua_pushcfunction(L, l_dossier_progress);
    lua_setfield(L, -2, "progress");
    lhelp_register_module(L, -1, "dossier", 0);     /* help(dossier.progress) */
    lua_pop(L, 1);
}

/* The library reads no environment: hand it the settings the user made
** there. 0, or -1 with the message in d. */
static int apply_environment(dossier *d)
{
    static const struct { const char *env, *option; } map[] = {
        { "DOSSIER_THREADS", "threads" },
        { "DOSSIER_NER_MODEL", "ner_model" },
        { "DOSSIER_LIBXML2", "libxml2" },
        { "DOSSIER_BUSY_TIMEOUT", "busy_timeout" },
    };
    size_t i;
    for (i = 0; i < sizeof map / sizeof map[0]; i++) {
        const char *v = getenv(map[i].env);
        if (v && *v && dossier_set_option(d, map[i].option, v) != DOSSIER_OK)
            return -1;
    }
    return 0;
}

/* copy's progress line on a terminal. */
static void copy_progress(void *ctx, int64_t done, int64_t total, int64_t added)
{
    (void)ctx;
    fprintf(stderr, "\r\033[Kcopy: %lld of %lld articles (%.0f%%), %lld added",
            (long long)done, (long long)total,
            total > 0 ? 100.0 * (double)done / (double)total : 100.0,
            (long long)added);
}

/* dossier copy SRC DST: every article of one corpus into another. */
static int run_copy(int argc, char **argv)
{
    dossier *src = NULL, *dst = NULL;
    int status = 0, shown = isatty(STDERR_FILENO);
    if (argc != 3)
        return usage("%s needs SRC and DST (corpus files or postgresql:// URIs)",
                     "copy");
    if (dossier_open(argv[1], &src) != DOSSIER_OK) {
        fprintf(stderr, "dossier: copy: %s\n", dossier_errmsg(src));
        status = 1;
    } else if (dossier_open(argv[2], &dst) != DOSSIER_OK ||
               apply_environment(dst) != 0) {
        fprintf(stderr, "dossier: copy: %s\n", dossier_errmsg(dst));
        status = 1;
    } else {
        catch_sigint(dst);
        if (dossier_copy(src, dst, shown ? copy_progress : NULL, NULL) != DOSSIER_OK) {
            if (shown)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "dossier: copy: %s\n", dossier_errmsg(src));
            status = 1;
        } else if (shown) {
            fputs("\n", stderr);
        }
    }
    dossier_close(src);
    dossier_close(dst);
    return status;
}

/* Open the corpus named by -d, $DOSSIER_DB or ./dossier.db; *created
** tells whether the file did not exist before (a mistyped -d makes a new,
** empty corpus, which the shell then says). */
static int open_corpus(const char *path, dossier **d, int *created)
{
    struct stat st;
    if (!path)
        path = getenv("DOSSIER_DB");
    if (!path || !*path)
        path = "dossier.db";
    *created = strcmp(path, ":memory:") != 0 && strncmp(path, "file:", 5) != 0 &&
               strncmp(path, "postgres", 8) != 0 && stat(path, &st) != 0;
    if (dossier_open(path, d) != DOSSIER_OK || apply_environment(*d) != 0) {
        fprintf(stderr, "dossier: %s\n", dossier_errmsg(*d));
        dossier_close(*d);
        *d = NULL;
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "db", required_argument, NULL, 'd' },
        { "as-of", required_argument, NULL, 'a' },
        { "sandbox", no_argument, NULL, 'S' },
        { "max-memory", required_argument, NULL, 'M' },
        { "timeout", required_argument, NULL, 'T' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'v' },
        { NULL, 0, NULL, 0 }
    };
    const char *db = NULL, *asof = NULL;
    int i, opt, interactive = 0, script = 0, status = 0, created = 0;
    int ncode = 0, *code;               /* argv indices of the -e chunks */
    int sandboxed = 0;
    dossier *d = NULL;
    lua_State *L;
    lsandbox sb;

    memset(&sb, 0, sizeof sb);
    code = calloc((size_t)argc + 1, sizeof *code);
    if (!code)
        return 1;
    opterr = 0;
    /* "+": stop at the first operand, so that options after SCRIPT (or
    ** after ingest) belong to it */
    while ((opt = getopt_long(argc, argv, "+:d:e:ihv", longopts, NULL)) != -1) {
        switch (opt) {
        case 'd': db = optarg; break;
        case 'a': asof = optarg; break;
        case 'e': code[ncode++] = optind - 1; break;
        case 'i': interactive = 1; break;
        case 'h':
            fputs(usage_text, stdout);
            free(code);
            return 0;
        case 'v':
            printf("dossier %s (%s, SQLite %s)\n", dossier_version(),
                   LUA_RELEASE, sqlite_version_string());
            free(code);
            return 0;
        case 'S': sandboxed = 1; break;
        case 'M': case 'T': {
            char *end;
            double v = strtod(optarg, &end);
            if (*end || !(v > 0) || v > 1e6) {
                free(code);
                return usage("%s needs a positive number", argv[optind - 1]);
            }
            if (opt == 'T')
                sb.timeout = v;
            else
                sb.limit = (size_t)(v * 1048576.0);
            break;
        }
        case ':':
            free(code);
            return usage("%s needs a value", argv[optind - 1]);
        default:
            free(code);
            return usage("unknown option %s", argv[optind - 1]);
        }
    }
    if (optind < argc)
        script = optind;

    if (script && !strcmp(argv[script], "copy")) {
        free(code);
        return run_copy(argc - script, argv + script);
    }
    if (open_corpus(db, &d, &created) != 0) {
        free(code);
        return 1;
    }
    if (asof && dossier_set_asof(d, asof) != DOSSIER_OK) {
        fprintf(stderr, "dossier: %s\n", dossier_errmsg(d));
        dossier_close(d);
        free(code);
        return 2;
    }
    /* the sandbox's corpus is read-only for ingest and reanalyze too */
    if (sandboxed && dossier_set_readonly(d, 1) != DOSSIER_OK) {
        fprintf(stderr, "dossier: %s\n", dossier_errmsg(d));
        dossier_close(d);
        return 1;
    }
    if (script && !strcmp(argv[script], "ingest")) {
        catch_sigint(d);
        status = run_ingest(d, argc - script, argv + script);
        dossier_close(d);
        free(code);
        return status;
    }
    if (created && isatty(STDERR_FILENO))
        fprintf(stderr, "dossier: %s did not exist: this is a new, empty corpus\n",
                db ? db : getenv("DOSSIER_DB") && *getenv("DOSSIER_DB")
                        ? getenv("DOSSIER_DB") : "dossier.db");
    if (script && !strcmp(argv[script], "reanalyze")) {
        int shown = isatty(STDERR_FILENO) ||
                    (script + 1 < argc && !strcmp(argv[script + 1], "--progress"));
        catch_sigint(d);
        if (dossier_reanalyze_progress(d, shown ? reanalyze_progress : NULL,
                                       NULL) != DOSSIER_OK) {
            if (shown)
                fputs("\r\033[K", stderr);
            fprintf(stderr, "dossier: reanalyze: %s\n", dossier_errmsg(d));
            status = 1;
        }
        if (shown && status == 0)
            fputs("\r\033[K", stderr);
        dossier_close(d);
        free(code);
        return status;
    }

    /* every state counts its memory; limits apply when given */
    sb.d = d;
    L = lsandbox_newstate(&sb);
    if (!L) {
        fprintf(stderr, "dossier: cannot create a Lua state\n");
        dossier_close(d);
        free(code);
        return 1;
    }
    open_lua(L, d);
    if (sandboxed)
        lsandbox_restrict(L);
    repl_install_signals(L, d);
    create_arg_table(L, argv, argc, script ? script : 0);

    /* -e chunks in order, then the script */
    for (i = 0; i < ncode && status == 0; i++)
        status = repl_eval(L, argv[code[i]], "=(command line)");
    if (status == 0 && script)
        status = run_script(L, argv[script], argv, argc, script + 1);
    if (status == 0 && (interactive || (!script && !ncode))) {
        if (isatty(STDIN_FILENO))
            status = repl_interactive(L, d);
        else if (!interactive || !script)
            status = repl_stream(L, d, stdin);
    }
    lua_close(L);
    dossier_close(d);
    free(code);
    return status;
}
