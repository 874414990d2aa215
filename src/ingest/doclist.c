/*
** doclist.c — the list of articles a parser makes from one input: the one
** thing the parsers (formats.c, html.c, page.c) hand back to ingest.c.
*/
#include <stdlib.h>
#include <string.h>
#include "ingest/ingest.h"

dossier_article *doclist_add(dz_doclist *l)
{
    dossier_article *a;
    if (DZ_VEC_PUSH(l->items, l->n, l->cap) != 0)
        return NULL;
    a = &l->items[l->n++];
    memset(a, 0, sizeof *a);
    return a;
}

void doclist_free(dz_doclist *l)
{
    if (!l)
        return;
    free(l->items);
    dz_arena_free(&l->arena);
    memset(l, 0, sizeof *l);
}
