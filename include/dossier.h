/*
** dossier.h — the public C API of the dossier core.
**
** A dossier* is an open corpus: an SQLite database of articles, their
** full-text index, entities, time expressions and actions. Every fallible
** function returns DOSSIER_OK or an error code and leaves a message that
** dossier_errmsg() returns until the next call on the same handle. The core
** never prints, never exits and never aborts on user input.
**
** Ownership: strings passed in are borrowed for the duration of the call.
** Strings handed out are owned as each function's comment says.
** A handle is used by one thread at a time; dossier_interrupt() is the one
** call that may come from another thread or a signal handler.
*/
#ifndef DOSSIER_H
#define DOSSIER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DOSSIER_VERSION_MAJOR 0
#define DOSSIER_VERSION_MINOR 1
#define DOSSIER_VERSION_PATCH 0
#define DOSSIER_VERSION "0.1.0"

#if defined(_WIN32)
#  define DOSSIER_API __declspec(dllexport)
#elif defined(__GNUC__)
#  define DOSSIER_API __attribute__((visibility("default")))
#else
#  define DOSSIER_API
#endif

/* Result codes. */
#define DOSSIER_OK          0
#define DOSSIER_ERROR       1   /* generic failure; see dossier_errmsg */
#define DOSSIER_NOMEM       2
#define DOSSIER_NOTFOUND    3
#define DOSSIER_CORRUPT     4   /* not a dossier database, or damaged */
#define DOSSIER_IO          5   /* cannot read or write a file */
#define DOSSIER_MISUSE      6   /* bad argument */
#define DOSSIER_INTERRUPTED 7
#define DOSSIER_DUPLICATE   8   /* same content is already stored */
#define DOSSIER_TOOBIG      9   /* over a size limit (an article's body) */

/* The largest article body analysed, in bytes, unless set otherwise
** (dossier_ingest_opts.max_article_bytes): analysis takes memory in
** proportion to the text, so a larger article fails alone, with a
** message, instead of taking the machine's memory. News articles are a
** few KB; a book-length text should be split. */
#define DOSSIER_MAX_ARTICLE_BYTES ((size_t)1 << 20)

typedef struct dossier dossier;

/* An article as given to dossier_article_add. Every string is borrowed and
** may be NULL. kind is "article" (default), "teaser" or "link"; published is
** an ISO date "YYYY-MM-DD" or NULL; date_source says how the date was known:
** "meta", "sidecar", "option", "inferred" or "unknown". meta is a JSON object
** text of any further fields, or NULL. */
typedef struct dossier_article {
    const char *kind;
    const char *title;
    const char *dek;
    const char *section;
    const char *region;
    const char *byline;
    const char *published;
    const char *date_source;
    const char *url;
    const char *source;
    const char *body;
    const char *captions;
    const char *meta;
    int partial;            /* 1 when the body is cut off (a teaser) */
} dossier_article;

/* Version string of the library, e.g. "0.1.0". Static storage. */
DOSSIER_API const char *dossier_version(void);

/* Open (creating if needed) the corpus at path; ":memory:" works. *out is
** always set, even on failure, so that dossier_errmsg can say why; close it
** with dossier_close in every case. Returns DOSSIER_CORRUPT when the file
** is not a dossier database. */
DOSSIER_API int dossier_open(const char *path, dossier **out);

/* Close the corpus and free the handle. NULL is a no-op. */
DOSSIER_API void dossier_close(dossier *d);

/* The message of the last failed call on d; owned by d, valid until the
** next call on d. Never NULL. */
DOSSIER_API const char *dossier_errmsg(dossier *d);

/* Ask a running query or analysis to stop at the next chance; it then fails
** with DOSSIER_INTERRUPTED. Safe from a signal handler or another thread. */
DOSSIER_API void dossier_interrupt(dossier *d);

/* Add one article (and analyse it) in one transaction. *id receives the
** new row id, or the existing one with DOSSIER_DUPLICATE when the same
** content is stored already. id may be NULL. */
DOSSIER_API int dossier_article_add(dossier *d, const dossier_article *a,
                                    int64_t *id);

/* Delete the articles ids[0..n) with all that hangs on them (sentences,
** mentions, time expressions, actions, the search index, the monthly
** entity summaries; a page record left with no article; entities left
** with no mention that the user did not define), in one transaction.
** *deleted (may be NULL) receives how many existed. */
DOSSIER_API int dossier_article_delete(dossier *d, const int64_t *ids, int n,
                                       int64_t *deleted);

/* Number of stored articles (all kinds). Returns -1 on error. */
DOSSIER_API int64_t dossier_article_count(dossier *d);

/* Ingest statistics, filled by dossier_ingest. */
typedef struct dossier_ingest_stats {
    int64_t files, files_failed, articles_added, duplicates, bytes;
    int64_t repaired_utf8;  /* inputs whose invalid UTF-8 was repaired */
    int64_t bytes_total;    /* bytes of all inputs found, for an ETA */
    int64_t articles_refused;  /* articles over the size limit, not stored */
    int64_t rules_only;     /* articles analysed without the name tagger
                               (it did not load): names from rules alone */
} dossier_ingest_stats;

/* Ingest options; zero-initialise for defaults. Strings borrowed. */
typedef struct dossier_ingest_opts {
    const char *format;     /* "auto" (NULL), "text", "html", "rss", "jsonl", "csv" */
    const char *date;       /* default published date for inputs without one */
    const char *source;
    const char *url;
    /* Called once per input file with its outcome; on success message is
    ** NULL, or for a text or HTML page a note on which block was taken as
    ** the main article and why. May be NULL. The strings are valid during
    ** the call only. */
    void (*on_file)(void *ctx, const char *path, int rc, const char *message,
                    const dossier_ingest_stats *so_far);
    void *ctx;
    /* Called inside a large JSON lines input after each batch of articles
    ** it stores (may be NULL), so long work can show progress: the input,
    ** the articles added from it so far, and its bytes read so far out of
    ** its size on disk. */
    void (*on_batch)(void *ctx, const char *path, int64_t added,
                     int64_t bytes_read, int64_t bytes_file);
    size_t max_article_bytes;  /* 0: DOSSIER_MAX_ARTICLE_BYTES */
    /* Text pages: the main article is looked for only after the first
    ** line containing this text (a site's own marker, e.g. its byline
    ** prefix or the line before its stories), when the page has one.
    ** NULL: anywhere. */
    const char *main_after;
} dossier_ingest_opts;

/* Ingest a file or directory (walked recursively). Each input file is one
** transaction. Returns DOSSIER_OK when every file went in, DOSSIER_ERROR
** when any failed (the rest still go in); stats may be NULL. */
DOSSIER_API int dossier_ingest(dossier *d, const char *path,
                               const dossier_ingest_opts *opts,
                               dossier_ingest_stats *stats);

/* Re-run analysis on every stored article (after entity edits). */
DOSSIER_API int dossier_reanalyze(dossier *d);
/* The same, calling progress (may be NULL) after each batch of articles
** with the number done and the total. */
DOSSIER_API int dossier_reanalyze_progress(dossier *d,
    void (*progress)(void *ctx, int64_t done, int64_t total), void *ctx);

/* Copy every article of src into dst (either backend: an SQLite file or
** a postgresql:// corpus), with the user's entity definitions and aliases
** first. dst analyses them as an ingest would and skips the articles it
** already holds (same content hash), so a copy can be run again to
** finish an interrupted one. progress (may be NULL) is called after each
** batch: articles read, of all in src, and added to dst. The message is
** in src's handle. */
DOSSIER_API int dossier_copy(dossier *src, dossier *dst,
    void (*progress)(void *ctx, int64_t done, int64_t total, int64_t added),
    void *ctx);

/* How long a write waits for another process's write lock (another ingest)
** before failing with "database is locked", in milliseconds. A handle
** starts with 600000 (10 minutes); the dossier program sets it from
** $DOSSIER_BUSY_TIMEOUT. */
DOSSIER_API int dossier_set_busy_timeout(dossier *d, int ms);

/* Make the corpus read-only (on: 1) or writable again (0): every write
** fails with DOSSIER_MISUSE, and SQLite itself refuses writes on the
** connection (query_only). Lua code cannot change it. */
DOSSIER_API int dossier_set_readonly(dossier *d, int on);

/* Stop queries on d that run past seconds from now (they fail with
** DOSSIER_INTERRUPTED); 0 removes the deadline. */
DOSSIER_API int dossier_set_deadline(dossier *d, double seconds);

/* The date ("YYYY-MM-DD") relative expressions count back from; today when
** never set. set_asof takes an ISO date, "latest" (the newest published
** date in the corpus) or NULL for today. The string returned is owned by
** d and valid until the next set_asof. */
DOSSIER_API int dossier_set_asof(dossier *d, const char *date);
DOSSIER_API const char *dossier_asof(dossier *d);

/* Settings that a program takes from its command line or environment and
** hands to the library, which reads no environment itself:
**   "threads"    analysis worker threads, "0" for none (NULL or "":
**                one less than the cores, at least one);
**   "ner_model"  a name-tagger model file to use instead of the built-in
**                one, "none" for gazetteers and rules alone (NULL: built-in);
**   "libxml2"    the libxml2 file to open for HTML and feeds (process-wide,
**                before the first page is parsed);
**   "busy_timeout"  milliseconds a write waits for another process's write
**                lock (as dossier_set_busy_timeout).
** DOSSIER_MISUSE for an unknown key or a bad value. The dossier program
** sets them from DOSSIER_THREADS, DOSSIER_NER_MODEL, DOSSIER_LIBXML2 and
** DOSSIER_BUSY_TIMEOUT. */
DOSSIER_API int dossier_set_option(dossier *d, const char *key,
                                   const char *value);

/* Free memory handed out by this library. NULL is a no-op. */
DOSSIER_API void dossier_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
