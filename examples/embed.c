/*
** embed.c — embedding the dossier core in a C program through
** include/dossier.h alone, linked with the Lua-free libdossier: open a
** corpus, add articles (a repeat is recognised as a duplicate), count them
** and set the as-of date. Built and run by the tests.
*/
#include <stdio.h>
#include <string.h>
#include "dossier.h"

/* Print the handle's message and close it; returns the exit status 1. */
static int fail(dossier *d)
{
    fprintf(stderr, "embed: %s\n", dossier_errmsg(d));
    dossier_close(d);
    return 1;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : ":memory:";
    dossier *d = NULL;
    dossier_article a;
    int64_t id = 0, again = 0;
    int rc;

    if (dossier_open(path, &d) != DOSSIER_OK)
        return fail(d);
    memset(&a, 0, sizeof a);
    a.title = "Ministers meet in Geneva";
    a.body = "The foreign ministers met in Geneva on Monday to discuss a ceasefire.";
    a.published = "2024-04-22";
    if (dossier_article_add(d, &a, &id) != DOSSIER_OK)
        return fail(d);
    rc = dossier_article_add(d, &a, &again);
    if (rc != DOSSIER_DUPLICATE || again != id) {
        fprintf(stderr, "embed: a repeated article was not a duplicate\n");
        dossier_close(d);
        return 1;
    }
    if (dossier_set_asof(d, "latest") != DOSSIER_OK)
        return fail(d);
    printf("%lld article, as of %s\n", (long long)dossier_article_count(d),
           dossier_asof(d));
    rc = dossier_article_count(d) == 1 &&
         strcmp(dossier_asof(d), "2024-04-22") == 0 ? 0 : 1;
    dossier_close(d);
    return rc;
}
