/*
** sql.h — what sql.c offers the query modules: the one way they build SQL.
** Text is appended printf-style; each value is pushed as a parameter and
** gets the next number (?1, ?2, ...), which the text names. A failed
** allocation is sticky, as FTS5's *pRc: every later call is a no-op and
** sql_cursor reports it, so a query is never run with a clause missing.
*/
#ifndef DOSSIER_SQL_H
#define DOSSIER_SQL_H

#include "core/core.h"

typedef struct dz_sql_param {
    int type;                     /* 't' text (borrowed), 'i' integer */
    const char *text;
    int64_t num;
} dz_sql_param;

typedef struct dz_sql {
    dz_buf text;
    dz_sql_param *params;
    int nparams, capparams;
    int failed;                   /* an allocation failed: the query is void */
} dz_sql;

/* Append printf-style text. */
void sql_add(dz_sql *q, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Append the text of part (built apart, without parameters: a clause
** repeated in several places); its failure becomes q's. */
void sql_add_text(dz_sql *q, const dz_sql *part);

/* Push a parameter and return its number, for "?N" in the text (0 after a
** failure). Text is borrowed: it must live until sql_cursor returns; NULL
** binds SQL NULL. */
int sql_text(dz_sql *q, const char *v);
int sql_int(dz_sql *q, int64_t v);

/* Append " AND <alias>.published >= ?N ..." for each part of the article
** filter f that is set (since, until, kind, section). */
void sql_article_filter(dz_sql *q, const dz_article_filter *f, const char *alias);

/* Prepare the statement and bind its parameters (those its text names:
** the highest number it uses bounds them), then free q's memory
** (q may be reused after sql_free). NULL with d's message set: "out of
** memory" when any step of the building failed. The cursor is the
** caller's. */
dz_cursor *sql_cursor(dossier *d, dz_sql *q);

/* Free q's memory without running it. */
void sql_free(dz_sql *q);

/* For the fault tests: the nth building step from now fails as if out of
** memory (0 turns the fault off). */
void sql_fail_after(int n);

#endif
