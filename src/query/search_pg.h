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
/* search_count over expr, on PostgreSQL; -1 with the message set. */
int64_t search_pg_count(dossier *d, const char *expr, const dz_article_filter *f);

#endif
