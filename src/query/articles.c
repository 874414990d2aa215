/*
** articles.c — queries over stored articles: list, count, get.
*/
#include <stdio.h>
#include <string.h>
#include "query/sql.h"

dz_cursor *articles_list(dossier *d, const dz_article_filter *f)
{
    dz_sql q = { 0 };
    sql_add(&q, "SELECT id, kind, published, title, section, region,"
                " source FROM articles a WHERE 1");
    sql_article_filter(&q, f, "a");
    sql_add(&q, f->newest_first
                ? " ORDER BY published IS NULL, published DESC, id DESC"
                : " ORDER BY published IS NULL, published, id");
    sql_add(&q, " LIMIT ?%d", sql_int(&q, f->limit > 0 ? f->limit : -1));
    sql_add(&q, " OFFSET ?%d", sql_int(&q, f->offset > 0 ? f->offset : 0));
    return sql_cursor(d, &q);
}

int64_t articles_count(dossier *d, const dz_article_filter *f)
{
    dz_sql q = { 0 };
    dz_cursor *c;
    int64_t n = -1;
    sql_add(&q, "SELECT count(*) FROM articles a WHERE 1");
    sql_article_filter(&q, f, "a");
    if (!(c = sql_cursor(d, &q)))
        return -1;
    if (dz_cursor_step(c) == 1)
        n = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return n;
}

dz_cursor *articles_get(dossier *d, int64_t id)
{
    dz_cursor *c = dz_cursor_new(&d->store,
        "SELECT id, kind, title, dek, section, region, byline, published,"
        " date_source, url, source, body, captions, meta, partial, page"
        " FROM articles WHERE id = ?");
    if (c)
        dz_cursor_bind_int(c, 1, id);
    return c;
}
