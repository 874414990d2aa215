/*
** pipeline.c — insert, analyse, save in order: the one owner of that path
** for ingest (ingest/ingest.c), dossier_article_add and dossier_reanalyze.
** The store (store/) writes rows, the analysis (analysis/) is pure and runs
** on the worker pool; this file joins the two and keeps the order.
*/
#include <stdlib.h>
#include <string.h>
#include "core/core.h"
#include "analysis/analyze.h"

/* Save the analyses of the n jobs queued on z (job k is article ids[k]), in
** order, as the workers finish them; adds the count saved to *saved (may be
** NULL). Stops at the first error or an interrupt. */
static int save_in_order(dossier *d, dz_analyzer *z, const int64_t *ids,
                         int n, int64_t *saved)
{
    int k, rc = DOSSIER_OK;
    for (k = 0; k < n && rc == DOSSIER_OK; k++) {
        dz_analysis *an;
        if (d->interrupted)
            return dz_error(d, DOSSIER_INTERRUPTED, "interrupted");
        an = analyzer_wait(z, k);
        rc = an ? store_save_analysis(&d->store, ids[k], an)
                : dz_error(d, DOSSIER_NOMEM, "out of memory during analysis");
        analyzer_release(z, k);
        if (rc == DOSSIER_OK && saved)
            (*saved)++;
    }
    return rc;
}

/* A pool for n texts over the corpus's lexicon; NULL with the message set. */
static dz_analyzer *start_pool(dossier *d, int n)
{
    dz_lexicon *lx = dz_lexicon_get(d);
    dz_analyzer *z;
    if (!lx)
        return NULL;
    if (!(z = analyzer_start(lx, n, d->threads)))
        dz_error(d, DOSSIER_NOMEM, "out of memory");
    return z;
}

/* A batch between pipeline_begin and pipeline_end: its new articles go to
** the workers as soon as they are stored (store_articles_insert's added). */
struct dz_batch {
    dz_analyzer *z;
    const dossier_article *items;
    int64_t *got;               /* each item's id */
    int *rcs;                   /* each item's insert status */
    char *skip;                 /* items with neither title nor body */
    int64_t *jobs;              /* the ids of the articles queued, in order */
    int njobs;
};

/* store_articles_insert's callback: article i of batch ctx is stored, so
** a worker may start on it now; its id joins the batch's jobs. */
static void queue_added(void *ctx, int i)
{
    dz_batch *b = ctx;
    const dossier_article *a = &b->items[i];
    analyzer_push(b->z, a->body, a->body ? strlen(a->body) : 0, a->published);
    b->jobs[b->njobs++] = b->got[i];
}

/* Stop a batch's workers and free it. NULL is a no-op. */
static void batch_free(dz_batch *b)
{
    if (!b)
        return;
    analyzer_stop(b->z);
    free(b->jobs);
    free(b->got);
    free(b->rcs);
    free(b->skip);
    free(b);
}

/* pipeline_begin, with the workers kept to a few finished analyses ahead
** of the saving unless run_ahead. */
static int batch_begin(dossier *d, int64_t page, int seq,
                       const dossier_article *items, int n, int64_t *ids,
                       int64_t *dups, int run_ahead, dz_batch **out)
{
    dz_batch *b;
    int i, rc;

    *out = NULL;
    if (n <= 0)
        return DOSSIER_OK;
    if (!(b = calloc(1, sizeof *b)))
        return dz_error(d, DOSSIER_NOMEM, "out of memory");
    b->items = items;
    b->jobs = malloc((size_t)n * sizeof *b->jobs);
    b->got = calloc((size_t)n, sizeof *b->got);
    b->rcs = calloc((size_t)n, sizeof *b->rcs);
    b->skip = calloc((size_t)n, 1);
    if (!b->jobs || !b->got || !b->rcs || !b->skip) {
        rc = dz_error(d, DOSSIER_NOMEM, "out of memory");
        goto fail;
    }
    for (i = 0; i < n; i++) {
        const dossier_article *a = &items[i];
        b->skip[i] = (!a->title || !*a->title) && (!a->body || !*a->body);
        if (ids && !b->skip[i])
            ids[i] = 0;
    }
    if (d->interrupted) {
        rc = dz_error(d, DOSSIER_INTERRUPTED, "interrupted");
        goto fail;
    }
    if (!(b->z = start_pool(d, n))) {
        rc = DOSSIER_ERROR;
        goto fail;
    }
    if (run_ahead)
        analyzer_run_ahead(b->z);
    /* the whole batch is claimed at once (one round trip on a server);
    ** the new articles go to the workers as they are stored, so that the
    ** analysis of the first runs while the next are inserted */
    if ((rc = store_articles_insert(&d->store, page, seq, items, n, b->skip,
                                    b->got, b->rcs, queue_added, b)))
        goto fail;
    for (i = 0; i < n; i++) {
        if (b->skip[i])
            continue;
        if (ids)
            ids[i] = b->got[i];
        if (b->rcs[i] == DOSSIER_DUPLICATE && dups)
            (*dups)++;
    }
    /* a server takes the rows of the batches before while the workers
    ** analyse this one */
    if ((rc = store_flush(&d->store)))
        goto fail;
    *out = b;
    return DOSSIER_OK;
fail:
    batch_free(b);
    return rc;
}

int pipeline_begin(dossier *d, int64_t page, int seq,
                   const dossier_article *items, int n, int64_t *dups,
                   dz_batch **out)
{
    return batch_begin(d, page, seq, items, n, NULL, dups, 1, out);
}

int pipeline_end(dossier *d, dz_batch *b, int64_t *added)
{
    int rc;
    if (!b)
        return DOSSIER_OK;
    rc = save_in_order(d, b->z, b->jobs, b->njobs, added);
    batch_free(b);
    return rc;
}

void pipeline_cancel(dz_batch *b)
{
    batch_free(b);
}

int pipeline_add(dossier *d, int64_t page, int seq, const dossier_article *items,
                 int n, int64_t *ids, int64_t *added, int64_t *dups)
{
    dz_batch *b;
    int rc = batch_begin(d, page, seq, items, n, ids, dups, 0, &b);
    if (rc != DOSSIER_OK)
        return rc;
    return pipeline_end(d, b, added);
}

int pipeline_reanalyze(dossier *d, const int64_t *ids, int n)
{
    dz_analyzer *z = NULL;
    char **bodies = NULL, (*published)[11] = NULL;
    int i, rc = DOSSIER_OK;

    if (n <= 0)
        return DOSSIER_OK;
    bodies = calloc((size_t)n, sizeof *bodies);
    published = calloc((size_t)n, sizeof *published);
    if (!bodies || !published) {
        rc = dz_error(d, DOSSIER_NOMEM, "out of memory");
        goto done;
    }
    if (!(z = start_pool(d, n))) {
        rc = DOSSIER_ERROR;
        goto done;
    }
    /* read the texts, and queue each for the workers as soon as read */
    for (i = 0; i < n && rc == DOSSIER_OK; i++) {
        size_t len;
        rc = store_article_text(&d->store, ids[i], &bodies[i], &len, published[i]);
        if (rc == DOSSIER_OK)
            analyzer_push(z, bodies[i], len, published[i]);
    }
    if (rc == DOSSIER_OK)
        rc = save_in_order(d, z, ids, n, NULL);
done:
    analyzer_stop(z);           /* before the texts its workers read */
    if (bodies)
        for (i = 0; i < n; i++)
            free(bodies[i]);
    free(bodies);
    free(published);
    return rc;
}

int pipeline_txn(dossier *d, int (*fn)(dossier *d, void *arg), void *arg)
{
    int rc = store_begin(&d->store);
    if (rc != DOSSIER_OK)
        return rc;
    rc = fn(d, arg);
    if (rc == DOSSIER_OK)
        rc = store_commit(&d->store);
    if (rc != DOSSIER_OK)
        store_rollback(&d->store);      /* keeps the message */
    return rc;
}
