/*
** sql.c — building a query's SQL and its parameters together (sql.h).
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "query/sql.h"

static int fail_countdown;        /* sql_fail_after: steps left, 0 off */

void sql_fail_after(int n)
{
    fail_countdown = n > 0 ? n : 0;
}

/* Whether this step must fail (the fault tests' countdown ran out). */
static int injected_failure(void)
{
    return fail_countdown > 0 && --fail_countdown == 0;
}

void sql_add(dz_sql *q, const char *fmt, ...)
{
    va_list ap;
    int rc;
    if (q->failed)
        return;
    if (injected_failure()) {
        q->failed = 1;
        return;
    }
    va_start(ap, fmt);
    {
        char small[256];
        int n = vsnprintf(small, sizeof small, fmt, ap);
        va_end(ap);
        if (n < 0) {
            q->failed = 1;
            return;
        }
        if ((size_t)n < sizeof small) {
            rc = dz_buf_append(&q->text, small, (size_t)n);
        } else {
            if (dz_buf_reserve(&q->text, (size_t)n + 1) != 0) {
                q->failed = 1;
                return;
            }
            va_start(ap, fmt);
            vsnprintf(q->text.data + q->text.len, (size_t)n + 1, fmt, ap);
            va_end(ap);
            q->text.len += (size_t)n;
            rc = 0;
        }
    }
    if (rc != 0)
        q->failed = 1;
}

void sql_add_text(dz_sql *q, const dz_sql *part)
{
    if (part->failed)
        q->failed = 1;
    else if (part->text.data)
        sql_add(q, "%s", part->text.data);
}

/* Room for one more parameter; its slot, or NULL (q failed). */
static dz_sql_param *push(dz_sql *q)
{
    if (q->failed)
        return NULL;
    if (injected_failure() || DZ_VEC_PUSH(q->params, q->nparams, q->capparams) != 0) {
        q->failed = 1;
        return NULL;
    }
    return &q->params[q->nparams++];
}

int sql_text(dz_sql *q, const char *v)
{
    dz_sql_param *p = push(q);
    if (!p)
        return 0;
    p->type = 't';
    p->text = v;
    p->num = 0;
    return q->nparams;
}

int sql_int(dz_sql *q, int64_t v)
{
    dz_sql_param *p = push(q);
    if (!p)
        return 0;
    p->type = 'i';
    p->text = NULL;
    p->num = v;
    return q->nparams;
}

void sql_article_filter(dz_sql *q, const dz_article_filter *f, const char *alias)
{
    if (f->since[0])
        sql_add(q, " AND %s.published >= ?%d", alias, sql_text(q, f->since));
    if (f->until[0])
        sql_add(q, " AND %s.published <= ?%d", alias, sql_text(q, f->until));
    if (f->kind)
        sql_add(q, " AND %s.kind = ?%d", alias, sql_text(q, f->kind));
    if (f->section)
        sql_add(q, " AND %s.section = ?%d COLLATE NOCASE", alias,
                sql_text(q, f->section));
}

void sql_free(dz_sql *q)
{
    dz_buf_free(&q->text);
    free(q->params);
    q->params = NULL;
    q->nparams = q->capparams = 0;
    q->failed = 0;
}

dz_cursor *sql_cursor(dossier *d, dz_sql *q)
{
    dz_cursor *c = NULL;
    int i, n;
    if (q->failed || !q->text.data) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        sql_free(q);
        return NULL;
    }
    c = dz_cursor_new(&d->store, q->text.data);
    /* a parameter the text does not name (a fixed layout whose one form
    ** leaves some out) is not bound */
    n = c ? dz_cursor_nparams(c) : 0;
    for (i = 0; c && i < q->nparams && i < n; i++) {
        const dz_sql_param *p = &q->params[i];
        int rc = p->type == 'i' ? dz_cursor_bind_int(c, i + 1, p->num)
               : p->text ? dz_cursor_bind_text(c, i + 1, p->text)
               : dz_cursor_bind_null(c, i + 1);
        if (rc != 0) {
            dz_error(d, DOSSIER_NOMEM, "out of memory binding a query");
            dz_cursor_free(c);
            c = NULL;
        }
    }
    sql_free(q);
    return c;
}
