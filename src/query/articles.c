/*
** articles.c — queries over stored articles: list, count, get.
*/
#include <stdio.h>
#include <string.h>
#include "core/core.h"

/* Append the WHERE clause of f to sql; returns the number of parameters,
** bound later by bind_filter in the same order. */
static void filter_sql(dz_buf *sql, const dz_article_filter *f)
{
    dz_buf_puts(sql, " WHERE 1");
    if (f->since[0])
        dz_buf_puts(sql, " AND published >= ?");
    if (f->until[0])
        dz_buf_puts(sql, " AND published <= ?");
    if (f->kind)
        dz_buf_puts(sql, " AND kind = ?");
    if (f->section)
        dz_buf_puts(sql, " AND section = ? COLLATE NOCASE");
}

static int bind_filter(dz_cursor *c, const dz_article_filter *f)
{
    int i = 1;
    if (f->since[0])
        dz_cursor_bind_text(c, i++, f->since);
    if (f->until[0])
        dz_cursor_bind_text(c, i++, f->until);
    if (f->kind)
        dz_cursor_bind_text(c, i++, f->kind);
    if (f->section)
        dz_cursor_bind_text(c, i++, f->section);
    return i;
}

dz_cursor *articles_list(dossier *d, const dz_article_filter *f)
{
    dz_buf sql = { 0 };
    dz_cursor *c;
    int i;
    dz_buf_puts(&sql, "SELECT id, kind, published, title, section, region,"
                      " source FROM articles");
    filter_sql(&sql, f);
    dz_buf_puts(&sql, f->newest_first
                ? " ORDER BY published IS NULL, published DESC, id DESC"
                : " ORDER BY published IS NULL, published, id");
    dz_buf_puts(&sql, " LIMIT ? OFFSET ?");
    if (!sql.data) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    c = dz_cursor_new(&d->store, sql.data);
    dz_buf_free(&sql);
    if (!c)
        return NULL;
    i = bind_filter(c, f);
    dz_cursor_bind_int(c, i++, f->limit > 0 ? f->limit : -1);
    dz_cursor_bind_int(c, i, f->offset > 0 ? f->offset : 0);
    return c;
}

int64_t articles_count(dossier *d, const dz_article_filter *f)
{
    dz_buf sql = { 0 };
    dz_cursor *c;
    int64_t n = -1;
    dz_buf_puts(&sql, "SELECT count(*) FROM articles");
    filter_sql(&sql, f);
    if (!sql.data) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return -1;
    }
    c = dz_cursor_new(&d->store, sql.data);
    dz_buf_free(&sql);
    if (!c)
        return -1;
    bind_filter(c, f);
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
