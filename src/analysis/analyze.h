/*
** analyze.h — the analysis pipeline over one text (sentences, entities,
** time expressions, actions) and a pool of threads that runs it for a
** batch of articles while the caller writes the results in order.
**
** Analysis is pure: it reads the lexicon (read-only once loaded) and writes
** only its own dz_analysis, so the workers share nothing but the queue.
** The database stays with the calling thread (SQLite's single writer).
*/
#ifndef DOSSIER_ANALYZE_H
#define DOSSIER_ANALYZE_H

#include "analysis/entities.h"

/* Run the pipeline on a, made by dz_analysis_init: sentences, entities
** (with lx; none when lx is NULL), time expressions, actions. Returns 0,
** or -1 when out of memory. */
int analyze_text(const dz_lexicon *lx, dz_analysis *a);

typedef struct dz_analyzer dz_analyzer;

/* A pool for up to capacity texts, with worker threads when the machine
** has more than one core and the batch more than one text (otherwise
** analyzer_wait analyses on the caller's thread). NULL when out of memory.
** lx must outlive the pool. threads: how many workers, or -1 for one less
** than the cores (at least one). */
dz_analyzer *analyzer_start(const dz_lexicon *lx, int capacity, int threads);

/* Queue a text for analysis; text and published must stay valid until
** analyzer_stop. Returns the job's number (0, 1, ... in order), or -1
** when the pool is full. */
int analyzer_push(dz_analyzer *z, const char *text, size_t len,
                  const char *published);

/* The analysis of job k, waiting for it if needed. Jobs are taken in
** order: k is the oldest job not yet released. NULL when its analysis ran
** out of memory. Owned by the pool until analyzer_release(z, k). */
dz_analysis *analyzer_wait(dz_analyzer *z, int k);

/* Free job k's analysis (the one last returned by analyzer_wait), which
** lets the workers move on: they keep at most a fixed number of finished
** analyses waiting, so memory stays bounded however large the batch. */
void analyzer_release(dz_analyzer *z, int k);

/* Let the workers analyse the whole batch without waiting for the caller
** to release the finished jobs (for a batch of bounded size, whose caller
** does other work before taking them). */
void analyzer_run_ahead(dz_analyzer *z);

/* Stop the workers, wait for them, free every analysis. NULL is a no-op. */
void analyzer_stop(dz_analyzer *z);

#endif
