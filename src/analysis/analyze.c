/*
** analyze.c — the analysis pipeline, and the pool of worker threads that
** runs it beside the single writer during an ingest (see analyze.h).
**
** The caller pushes a batch of texts, then takes their analyses back in
** order, saving each. Workers take queued jobs in order; a caller waiting
** for a job runs the next unstarted one itself instead of idling, so a
** pool without threads (one core, or a batch of one) is just a loop.
*/
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "analysis/analyze.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/actions.h"

/* Finished analyses a pool keeps waiting for the caller, at most. */
#define ANALYZER_AHEAD 32
/* Worker threads, at most (the writer is one more thread). */
#define ANALYZER_MAX_THREADS 7

int analyze_text(const dz_lexicon *lx, dz_analysis *a)
{
    if (text_split(a) != 0)
        return -1;
    if (lx && entities_find(lx, a) != 0)
        return -1;
    if (timex_find(a) != 0)
        return -1;
    if (actions_find(a) != 0)
        return -1;
    return 0;
}

enum { JOB_QUEUED, JOB_RUNNING, JOB_DONE, JOB_FAILED, JOB_FREED };

typedef struct job {
    const char *text, *published;
    size_t len;
    dz_analysis an;            /* valid in JOB_DONE and JOB_FAILED */
    int state;
} job;

struct dz_analyzer {
    const dz_lexicon *lx;
    job *jobs;
    int cap, n;                /* room for, and pushed */
    int next;                  /* the next job to start */
    int released;              /* jobs the caller is done with */
    int stop;
    int ahead;                 /* finished jobs kept waiting, at most */
    int nthreads;
    pthread_t threads[ANALYZER_MAX_THREADS];
    pthread_mutex_t mu;
    pthread_cond_t work;       /* a job was pushed or released; stop */
    pthread_cond_t done;       /* a job finished */
};

/* Analyse job j, taken by this thread, without the lock; returns its new
** state, which the caller sets under the lock. */
static int job_run(dz_analyzer *z, job *j)
{
    dz_analysis_init(&j->an, j->text, j->len, j->published);
    return analyze_text(z->lx, &j->an) == 0 ? JOB_DONE : JOB_FAILED;
}

static void *worker(void *arg)
{
    dz_analyzer *z = arg;
    pthread_mutex_lock(&z->mu);
    for (;;) {
        job *j;
        int st;
        while (!z->stop && (z->next >= z->n ||
                            z->next - z->released >= z->ahead))
            pthread_cond_wait(&z->work, &z->mu);
        if (z->stop)
            break;
        j = &z->jobs[z->next++];
        j->state = JOB_RUNNING;
        pthread_mutex_unlock(&z->mu);
        st = job_run(z, j);
        pthread_mutex_lock(&z->mu);
        j->state = st;
        pthread_cond_broadcast(&z->done);
    }
    pthread_mutex_unlock(&z->mu);
    return NULL;
}

/* Worker threads for a batch of capacity texts: one less than the cores
** (the writer needs one), or threads when that is 0 or more (0: none). */
static int threads_wanted(int capacity, int threads)
{
    long n;
    if (capacity < 2)
        return 0;
    if (threads >= 0)
        n = threads;
    else if ((n = sysconf(_SC_NPROCESSORS_ONLN) - 1) < 1)
        n = 1;
    if (n < 0)
        n = 0;
    return n > ANALYZER_MAX_THREADS ? ANALYZER_MAX_THREADS : (int)n;
}

dz_analyzer *analyzer_start(const dz_lexicon *lx, int capacity, int threads)
{
    dz_analyzer *z = calloc(1, sizeof *z);
    sigset_t all, old;
    int want, i;
    if (!z)
        return NULL;
    z->jobs = calloc((size_t)(capacity > 0 ? capacity : 1), sizeof *z->jobs);
    if (!z->jobs) {
        free(z);
        return NULL;
    }
    z->lx = lx;
    z->cap = capacity;
    z->ahead = ANALYZER_AHEAD;
    pthread_mutex_init(&z->mu, NULL);
    pthread_cond_init(&z->work, NULL);
    pthread_cond_init(&z->done, NULL);
    /* signals (Ctrl-C) stay with the caller's thread */
    want = threads_wanted(capacity, threads);
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    for (i = 0; i < want; i++) {
        if (pthread_create(&z->threads[z->nthreads], NULL, worker, z) != 0)
            break;                  /* fewer workers: the caller does more */
        z->nthreads++;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return z;
}

int analyzer_push(dz_analyzer *z, const char *text, size_t len,
                  const char *published)
{
    int k;
    pthread_mutex_lock(&z->mu);
    if (z->n >= z->cap) {
        pthread_mutex_unlock(&z->mu);
        return -1;
    }
    k = z->n++;
    z->jobs[k].text = text ? text : "";
    z->jobs[k].len = text ? len : 0;
    z->jobs[k].published = published ? published : "";
    z->jobs[k].state = JOB_QUEUED;
    pthread_cond_signal(&z->work);
    pthread_mutex_unlock(&z->mu);
    return k;
}

dz_analysis *analyzer_wait(dz_analyzer *z, int k)
{
    job *j;
    int done;
    if (k < 0 || k >= z->n)
        return NULL;
    j = &z->jobs[k];
    pthread_mutex_lock(&z->mu);
    while (j->state == JOB_QUEUED || j->state == JOB_RUNNING) {
        /* rather than wait, run the next job no worker has started (job k
        ** itself when the workers are behind) */
        if (z->next < z->n && z->next - z->released < z->ahead) {
            job *o = &z->jobs[z->next++];
            int st;
            o->state = JOB_RUNNING;
            pthread_mutex_unlock(&z->mu);
            st = job_run(z, o);
            pthread_mutex_lock(&z->mu);
            o->state = st;
            pthread_cond_broadcast(&z->done);
        } else {
            pthread_cond_wait(&z->done, &z->mu);
        }
    }
    done = j->state == JOB_DONE;
    pthread_mutex_unlock(&z->mu);
    return done ? &j->an : NULL;
}

void analyzer_release(dz_analyzer *z, int k)
{
    job *j;
    if (k < 0 || k >= z->n)
        return;
    j = &z->jobs[k];
    pthread_mutex_lock(&z->mu);
    if (j->state == JOB_DONE || j->state == JOB_FAILED) {
        dz_analysis_free(&j->an);
        j->state = JOB_FREED;
    }
    if (k + 1 > z->released)
        z->released = k + 1;
    pthread_cond_broadcast(&z->work);
    pthread_mutex_unlock(&z->mu);
}

void analyzer_run_ahead(dz_analyzer *z)
{
    pthread_mutex_lock(&z->mu);
    z->ahead = z->cap > ANALYZER_AHEAD ? z->cap : ANALYZER_AHEAD;
    pthread_cond_broadcast(&z->work);
    pthread_mutex_unlock(&z->mu);
}

void analyzer_stop(dz_analyzer *z)
{
    int i;
    if (!z)
        return;
    pthread_mutex_lock(&z->mu);
    z->stop = 1;
    pthread_cond_broadcast(&z->work);
    pthread_mutex_unlock(&z->mu);
    for (i = 0; i < z->nthreads; i++)
        pthread_join(z->threads[i], NULL);
    for (i = 0; i < z->n; i++)
        if (z->jobs[i].state == JOB_DONE || z->jobs[i].state == JOB_FAILED)
            dz_analysis_free(&z->jobs[i].an);
    pthread_cond_destroy(&z->done);
    pthread_cond_destroy(&z->work);
    pthread_mutex_destroy(&z->mu);
    free(z->jobs);
    free(z);
}
