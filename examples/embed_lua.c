/*
** embed_lua.c — embedding dossier with its Lua layer: open a corpus
** through dossier.h, add an article, run a Lua snippet against it with
** dossier_eval (dossier_lua.h, libdossier-lua) and read back the result.
** Built and run by the tests.
*/
#include <stdio.h>
#include <string.h>
#include "dossier_lua.h"

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : ":memory:";
    dossier *d = NULL;
    dossier_article a;
    int64_t id = 0;
    char *result = NULL;
    int rc;

    if (dossier_open(path, &d) != DOSSIER_OK) {
        fprintf(stderr, "embed_lua: %s\n", dossier_errmsg(d));
        dossier_close(d);
        return 1;
    }
    memset(&a, 0, sizeof a);
    a.title = "Ministers meet in Geneva";
    a.body = "The foreign ministers met in Geneva on Monday to discuss a ceasefire.";
    a.published = "2024-04-22";
    rc = dossier_article_add(d, &a, &id);
    if (rc != DOSSIER_OK && rc != DOSSIER_DUPLICATE) {
        fprintf(stderr, "embed_lua: %s\n", dossier_errmsg(d));
        dossier_close(d);
        return 1;
    }
    /* The snippet's first result comes back as text (tables as JSON). */
    rc = dossier_eval(d, "local a = articles.list{limit=1}[1]\n"
                         "return articles.count() .. ' ' .. a.title", &result);
    if (rc != DOSSIER_OK) {
        fprintf(stderr, "embed_lua: %s\n", dossier_errmsg(d));
        dossier_close(d);
        return 1;
    }
    printf("%s\n", result ? result : "(nothing)");
    rc = result && strcmp(result, "1 Ministers meet in Geneva") == 0 ? 0 : 1;
    dossier_free(result);
    dossier_close(d);
    return rc;
}
