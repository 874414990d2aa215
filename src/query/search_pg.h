/*
** search_pg.h — search on a PostgreSQL corpus (search_pg.c): search.c
** hands its compiled FTS5 expression here when the store is on a server.
*/
#ifndef DOSSIER_SEARCH_PG_H
#define DOSSIER_SEARCH_PG_H

#include "query/sql.h"


/* The FTS5 expression expr (as search_compile writes it, or a user's raw
** one) in to_tsquery syntax; malloc'd, NULL when out of memory. */
char *search_pg_tsquery(const char *expr);
/* search_query's records over expr, on PostgreSQL, for the filter f with
** the snippet marks open and close. */
dz_cursor *search_pg_query(dossier *d, const char *expr,
                           const dz_article_filter *f, const char *open,
                           const char *close);
/* A phrase's words, each marked by ts_headline ("<b>illusion</b> of
** <b>stability</b>"), as one mark ("<b>illusion of stability</b>"), as
** FTS5 marks a phrase: SQL over the headline X, with the marks OPEN and
** CLOSE (SQL expressions), for a tsquery with a phrase in it. The words
** between two marks joined are at most 3 and of letters only (the stop
** words a phrase spans). */
#define SEARCH_PG_JOIN_MARKS(X, OPEN, CLOSE) \
    "regexp_replace(" X ", regexp_replace(" CLOSE ", '([^[:alnum:]])', '\\\\\\1', 'g')" \
    " || '(\\s+([[:alpha:]'']+\\s+){0,3})' || regexp_replace(" OPEN ", '([^[:alnum:]])'," \
    " '\\\\\\1', 'g'), '\\1', 'g')"

/* search_count over expr, on PostgreSQL; -1 with the message set. */
int64_t search_pg_count(dossier *d, const char *expr, const dz_article_filter *f);

#endif
