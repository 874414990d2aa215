/*
** copy.c — dossier_copy: every article of one corpus into another, on
** either backend (SQLite file or PostgreSQL). The articles go through the
** destination's pipeline (insert, analyse, save), so the destination holds
** what ingesting the same articles there would give, deduplicated by
** content hash; the user's entity definitions and aliases come first, so
** that the analyses use them.
*/
#include <stdlib.h>
#include <string.h>
#include "core/core.h"
#include "query/entity_query.h"

/* Articles read and written per destination transaction. */
#define COPY_BATCH 256

typedef struct copy_batch {
    dossier_article items[COPY_BATCH];
    int n;
    int64_t added, dups;
    dz_arena arena;
} copy_batch;

static int copy_save(dossier *d, void *arg)
{
    copy_batch *b = arg;
    return pipeline_add(d, 0, 0, b->items, b->n, NULL, &b->added, &b->dups);
}

/* The column as an arena string (NULL stays NULL). */
static const char *col(dz_cursor *c, int i, dz_arena *ar, int *oom)
{
    size_t n;
    const char *s = dz_cursor_text(c, i, &n);
    char *out;
    if (!s)
        return NULL;
    if (!(out = dz_arena_strndup(ar, s, n)))
        *oom = 1;
    return out;
}

/* The user's own entities and aliases of src, defined in dst. */
static int copy_user_entities(dossier *src, dossier *dst)
{
    dz_cursor *c = dz_cursor_new(&src->store,
        "SELECT e.name, e.type, a.alias FROM entities e LEFT JOIN aliases a"
        " ON a.entity = e.id AND a.user_defined = 1 AND a.alias <> e.name"
        " WHERE e.user_defined = 1 OR a.alias IS NOT NULL ORDER BY e.id");
    int step, rc = DOSSIER_OK;
    if (!c)
        return DOSSIER_ERROR;
    while (rc == DOSSIER_OK && (step = dz_cursor_step(c)) == 1) {
        const char *name = dz_cursor_text(c, 0, NULL);
        const char *type = dz_cursor_text(c, 1, NULL);
        const char *alias = dz_cursor_text(c, 2, NULL);
        const char *aliases[1];
        aliases[0] = alias;
        if (name && type)
            rc = entities_define(dst, name, type, aliases, alias ? 1 : 0, NULL);
    }
    dz_cursor_free(c);
    if (rc != DOSSIER_OK) {
        dz_error(src, rc, "copy: %s", dossier_errmsg(dst));
        return rc;
    }
    return step == 0 ? DOSSIER_OK : DOSSIER_ERROR;
}

int dossier_copy(dossier *src, dossier *dst,
                 void (*progress)(void *ctx, int64_t done, int64_t total,
                                  int64_t added),
                 void *ctx)
{
    copy_batch *b;
    int64_t last = 0, done = 0, total, added = 0;
    int rc = DOSSIER_OK;

    if (!src || !dst)
        return DOSSIER_MISUSE;
    if ((total = dossier_article_count(src)) < 0)
        return DOSSIER_ERROR;
    if ((rc = copy_user_entities(src, dst)) != DOSSIER_OK)
        return rc;
    if (!(b = calloc(1, sizeof *b)))
        return dz_error(src, DOSSIER_NOMEM, "out of memory");
    dst->interrupted = 0;
    for (;;) {
        /* read a batch from src, by id, then write it to dst */
        dz_cursor *c;
        int step, oom = 0;
        int64_t maxid = last;
        b->n = 0;
        dz_arena_free(&b->arena);
        if (!(c = dz_cursor_new(&src->store,
                "SELECT id, kind, title, dek, section, region, byline,"
                " published, date_source, url, source, body, captions, meta,"
                " partial FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")) ||
            dz_cursor_bind_int(c, 1, last) || dz_cursor_bind_int(c, 2, COPY_BATCH)) {
            dz_cursor_free(c);
            rc = DOSSIER_ERROR;
            break;
        }
        while ((step = dz_cursor_step(c)) == 1 && b->n < COPY_BATCH) {
            dossier_article *a = &b->items[b->n++];
            maxid = dz_cursor_int(c, 0);
            a->kind = col(c, 1, &b->arena, &oom);
            a->title = col(c, 2, &b->arena, &oom);
            a->dek = col(c, 3, &b->arena, &oom);
            a->section = col(c, 4, &b->arena, &oom);
            a->region = col(c, 5, &b->arena, &oom);
            a->byline = col(c, 6, &b->arena, &oom);
            a->published = col(c, 7, &b->arena, &oom);
            a->date_source = col(c, 8, &b->arena, &oom);
            a->url = col(c, 9, &b->arena, &oom);
            a->source = col(c, 10, &b->arena, &oom);
            a->body = col(c, 11, &b->arena, &oom);
            a->captions = col(c, 12, &b->arena, &oom);
            a->meta = col(c, 13, &b->arena, &oom);
            a->partial = (int)dz_cursor_int(c, 14);
        }
        dz_cursor_free(c);
        if (step < 0) {
            rc = DOSSIER_ERROR;
            break;
        }
        if (oom) {
            rc = dz_error(src, DOSSIER_NOMEM, "out of memory");
            break;
        }
        if (b->n == 0)
            break;
        b->added = b->dups = 0;
        if ((rc = pipeline_txn(dst, copy_save, b)) != DOSSIER_OK) {
            dz_error(src, rc, "copy: %s", dossier_errmsg(dst));
            break;
        }
        last = maxid;
        done += b->n;
        added += b->added;
        if (progress)
            progress(ctx, done, total, added);
        if (src->interrupted || dst->interrupted) {
            rc = dz_error(src, DOSSIER_INTERRUPTED, "interrupted");
            break;
        }
    }
    dz_arena_free(&b->arena);
    free(b);
    return rc;
}
