/*
** test_sandbox.c — dossier_eval_ex for untrusted code from an embedding
** program: the sandbox cannot write a file, run a program, load C or
** bytecode, change the corpus, outrun its time or its memory; each limit
** gives a message naming it, and the corpus is writable again after.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "dossier_lua.h"

static dossier *d;

static int setup(void **state)
{
    dossier_article a;
    (void)state;
    if (dossier_open(":memory:", &d) != DOSSIER_OK)
        return -1;
    memset(&a, 0, sizeof a);
    a.title = "Talks in Doha";
    a.body = "Envoys from Qatar and Egypt met in Doha on Friday.";
    return dossier_article_add(d, &a, NULL) == DOSSIER_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    dossier_close(d);
    return 0;
}

/* Run code sandboxed; the return code, the result or message in out. */
static int run(const char *code, size_t mem, double secs, char *out, size_t n)
{
    dossier_eval_opts o;
    char *res = NULL;
    int rc;
    memset(&o, 0, sizeof o);
    o.sandbox = 1;
    o.max_memory = mem;
    o.timeout = secs;
    rc = dossier_eval_ex(d, code, &o, &res);
    snprintf(out, n, "%s", rc == DOSSIER_OK ? (res ? res : "") : dossier_errmsg(d));
    dossier_free(res);
    return rc;
}

static void test_nothing_outside(void **state)
{
    char out[512];
    char path[] = "/tmp/dossier-sandbox-XXXXXX";
    int fd = mkstemp(path);
    char code[600];
    (void)state;
    assert_true(fd >= 0);
    close(fd);
    unlink(path);
    /* what reaches outside is gone */
    assert_int_equal(run("return tostring(io) .. tostring(package) .. tostring(debug) .."
                         " tostring(require) .. tostring(dofile) .. tostring(loadfile) .."
                         " tostring(os.execute) .. tostring(os.remove) .. tostring(os.exit) .."
                         " tostring(os.getenv) .. tostring(string.dump) .."
                         " tostring(dossier.open) .. tostring(dossier.readfile)",
                         0, 0, out, sizeof out), DOSSIER_OK);
    assert_string_equal(out, "nilnilnilnilnilnilnilnilnilnilnilnilnil");
    /* the clock stays */
    assert_int_equal(run("return os.time() > 0 and os.clock() >= 0", 0, 0, out, sizeof out),
                     DOSSIER_OK);
    assert_string_equal(out, "true");
    /* no file written by any remaining means */
    snprintf(code, sizeof code, "local ok = pcall(function() io.open('%s', 'w'):write('x') end)"
             " return tostring(ok)", path);
    assert_int_equal(run(code, 0, 0, out, sizeof out), DOSSIER_OK);
    assert_string_equal(out, "false");
    assert_int_equal(access(path, F_OK), -1);
    /* bytecode: load takes text only, whatever mode is asked for */
    assert_int_equal(run("return select(2, load('\\27Lua\\84\\0'))", 0, 0, out, sizeof out),
                     DOSSIER_OK);
    assert_non_null(strstr(out, "binary"));
    assert_int_not_equal(run("return load('return 1', 'x', 'b')", 0, 0, out, sizeof out),
                         DOSSIER_OK);
    assert_non_null(strstr(out, "only text chunks"));
    assert_int_equal(run("return load('return 6 * 7')()", 0, 0, out, sizeof out), DOSSIER_OK);
    assert_string_equal(out, "42");
}

static void test_corpus_read_only(void **state)
{
    char out[512];
    dossier_article a;
    (void)state;
    assert_int_equal(run("return articles.count()", 0, 0, out, sizeof out), DOSSIER_OK);
    assert_string_equal(out, "1");
    assert_int_not_equal(run("return articles.add{title='x', body='Some words.'}",
                             0, 0, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "read-only"));
    assert_int_not_equal(run("return dossier.sql('PRAGMA query_only=0')", 0, 0, out, sizeof out),
                         DOSSIER_OK);
    assert_int_equal(dossier_article_count(d), 1);
    /* the host's handle is writable again after the call */
    memset(&a, 0, sizeof a);
    a.title = "After";
    a.body = "Ministers met in Cairo on Monday.";
    assert_int_equal(dossier_article_add(d, &a, NULL), DOSSIER_OK);
    assert_int_equal(dossier_article_count(d), 2);
}

static void test_limits(void **state)
{
    char out[512];
    (void)state;
    /* memory: a growing table, and a growing string */
    assert_int_not_equal(run("local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(64) .. i end",
                             8 << 20, 0, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "memory limit reached"));
    assert_int_not_equal(run("local s = 'x' while true do s = s .. s end",
                             8 << 20, 0, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "memory limit reached"));
    /* time: a loop, and a loop that catches the error */
    assert_int_not_equal(run("while true do end", 0, 0.3, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "time limit reached"));
    assert_int_not_equal(run("while true do pcall(function() while true do end end) end",
                             0, 0.3, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "time limit reached"));
    assert_int_not_equal(run("local co = coroutine.wrap(function() while true do end end) co()",
                             0, 0.3, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "time limit reached"));
    /* time: a query that would never end stops at the deadline too */
    assert_int_not_equal(run("return dossier.sql('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL"
                             " SELECT x + 1 FROM c) SELECT count(*) AS n FROM c')",
                             0, 0.3, out, sizeof out), DOSSIER_OK);
    assert_non_null(strstr(out, "time limit reached"));
    /* within the limits, work is done */
    assert_int_equal(run("local t = {} for i = 1, 1000 do t[i] = i end return #t",
                         8 << 20, 5, out, sizeof out), DOSSIER_OK);
    assert_string_equal(out, "1000");
    /* limits without the sandbox */
    {
        dossier_eval_opts o;
        char *res = NULL;
        memset(&o, 0, sizeof o);
        o.timeout = 0.3;
        assert_int_not_equal(dossier_eval_ex(d, "while true do end", &o, &res), DOSSIER_OK);
        assert_non_null(strstr(dossier_errmsg(d), "time limit reached"));
        assert_int_equal(dossier_eval_ex(d, "return type(io)", &o, &res), DOSSIER_OK);
        assert_string_equal(res, "table");
        dossier_free(res);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nothing_outside),
        cmocka_unit_test(test_corpus_read_only),
        cmocka_unit_test(test_limits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
