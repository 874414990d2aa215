/*
** search_pg.c — search on a PostgreSQL corpus (store/pg.c): the FTS5
** expression search_compile writes (or a user's raw one) in tsquery syntax,
** ranked with ts_rank_cd over the weighted tsvector (title A, dek B, body
** C) and with ts_headline snippets. The language and the records are those
** of search.c; the differences: NEAR of more than two phrases is "all of
** them in the article", stop words ("the", "of") are not searched for
** alone, and ranks are ts_rank_cd's, not bm25's.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "query/search_pg.h"

/* ts_rank_cd's weights, for D, C (body), B (dek), A (title): as
** search.c's bm25 weights 1, 3, 10 */
#define PG_WEIGHTS "'{0.05, 0.1, 0.3, 1.0}'"

/* Append one quoted lexeme ('w', quotes and backslashes doubled) with its
** weight and prefix labels. */
static void lexeme(dz_buf *b, const char *w, size_t n, const char *weight,
                   int prefix)
{
    size_t i;
    dz_buf_putc(b, '\'');
    for (i = 0; i < n; i++) {
        if (w[i] == '\'' || w[i] == '\\')
            dz_buf_putc(b, w[i]);
        dz_buf_putc(b, w[i]);
    }
    dz_buf_putc(b, '\'');
    if (prefix || weight) {
        dz_buf_putc(b, ':');
        if (prefix)
            dz_buf_putc(b, '*');
        if (weight)
            dz_buf_puts(b, weight);
    }
}

/* A quoted FTS5 string at *p (after its opening quote) as a tsquery phrase
** of its words ('a' <-> 'b'); *p moves past the closing quote. */
static void phrase(dz_buf *b, const char **p, const char *weight, int prefix)
{
    dz_buf words = { 0 };
    const char *s = *p;
    size_t i, start = 0;
    int nw = 0;
    /* unquote ("" is ") */
    while (*s && !(*s == '"' && s[1] != '"')) {
        dz_buf_putc(&words, *s);
        s += *s == '"' ? 2 : 1;
    }
    *p = *s ? s + 1 : s;
    dz_buf_putc(b, '(');
    for (i = 0; i <= words.len; i++) {
        if (i < words.len && words.data[i] != ' ')
            continue;
        if (i > start) {
            if (nw++)
                dz_buf_puts(b, " <-> ");
            /* the prefix mark belongs to the last word */
            lexeme(b, words.data + start, i - start, weight,
                   prefix && i == words.len);
        }
        start = i + 1;
    }
    if (!nw)
        dz_buf_puts(b, "''");
    dz_buf_putc(b, ')');
    dz_buf_free(&words);
}

/* NEAR: the most phrases kept apart (more are ANDed into the last), and
** the widest distance written out as exact ones. */
#define NEAR_MAX 8
#define NEAR_MAX_DIST 30

static const char *skip(const char *p)
{
    while (*p == ' ')
        p++;
    return p;
}

/* Translate the FTS5 expression at *p until the end or the ')' closing the
** caller's group (depth > 0). weight: the column restriction in force. */
static void translate(dz_buf *b, const char **p, const char *weight, int depth);

/* One operand: a string, a group, NEAR(...), or col : operand. */
static void operand(dz_buf *b, const char **p, const char *weight)
{
    const char *s = skip(*p);
    static const struct { const char *col; const char *w; } cols[] = {
        { "title", "A" }, { "dek", "B" }, { "body", "C" },
    };
    size_t i;
    for (i = 0; i < 3; i++) {
        size_t n = strlen(cols[i].col);
        if (!strncmp(s, cols[i].col, n) && skip(s + n)[0] == ':') {
            *p = skip(s + n) + 1;
            operand(b, p, cols[i].w);
            return;
        }
    }
    if (*s == '"') {
        const char *t;
        int prefix;
        s++;
        /* is the string followed by " *"? look past it first */
        for (t = s; *t && !(*t == '"' && t[1] != '"'); t += *t == '"' ? 2 : 1)
            ;
        prefix = *t && skip(t + 1)[0] == '*';
        phrase(b, &s, weight, prefix);
        if (prefix)
            s = skip(s) + 1;
        *p = s;
    } else if (!strncmp(s, "NEAR(", 5)) {
        /* two phrases with at most N words between them, in either order
        ** (FTS5's NEAR): one of the exact distances 1..N+1 each way, as
        ** tsquery's <k> counts positions (stop words keep theirs); more
        ** than two phrases, or a wide N: all of them in the article */
        dz_buf part[NEAR_MAX] = { { 0 } };
        int n = 0, j, k, dist = 10;
        s += 5;
        while (*(s = skip(s)) && *s != ')' && *s != ',') {
            dz_buf *x = &part[n < NEAR_MAX ? n : NEAR_MAX - 1];
            if (n >= NEAR_MAX)
                dz_buf_puts(x, " & ");
            operand(x, &s, weight);
            n++;
        }
        if (*s == ',')
            dist = atoi(skip(s + 1));
        while (*s && *s != ')')
            s++;
        if (*s)
            s++;
        dz_buf_putc(b, '(');
        if (n == 2 && dist >= 0 && dist <= NEAR_MAX_DIST && part[0].data && part[1].data) {
            for (k = 1; k <= dist + 1; k++)
                for (j = 0; j < 2; j++)
                    dz_buf_printf(b, "%s%s <%d> %s", k > 1 || j ? " | " : "",
                                  part[j].data, k, part[1 - j].data);
        } else {
            for (j = 0; j < n && j < NEAR_MAX; j++)
                if (part[j].data)
                    dz_buf_printf(b, "%s%s", j ? " & " : "", part[j].data);
        }
        dz_buf_putc(b, ')');
        for (j = 0; j < NEAR_MAX; j++)
            dz_buf_free(&part[j]);
        *p = s;
    } else if (*s == '(') {
        s++;
        dz_buf_putc(b, '(');
        translate(b, &s, weight, 1);
        dz_buf_putc(b, ')');
        *p = s;
    } else {
        /* a bare word (a raw expression): up to a space or parenthesis */
        const char *t = s;
        while (*t && *t != ' ' && *t != ')' && *t != '(')
            t++;
        lexeme(b, s, (size_t)(t - s), weight, 0);
        *p = t;
    }
}

static void translate(dz_buf *b, const char **p, const char *weight, int depth)
{
    const char *s = *p;
    int first = 1;
    for (;;) {
        s = skip(s);
        if (!*s)
            break;
        if (*s == ')') {
            if (depth)
                s++;
            break;
        }
        if (!strncmp(s, "AND ", 4) || !strncmp(s, "AND(", 4)) {
            dz_buf_puts(b, " & ");
            s += 3;
        } else if (!strncmp(s, "OR ", 3) || !strncmp(s, "OR(", 3)) {
            dz_buf_puts(b, " | ");
            s += 2;
        } else if (!strncmp(s, "NOT ", 4) || !strncmp(s, "NOT(", 4)) {
            dz_buf_puts(b, first ? "!" : " & !");
            s += 3;
        } else {
            if (!first && b->len && b->data[b->len - 1] != ' ' &&
                b->data[b->len - 1] != '!')
                dz_buf_puts(b, " & ");      /* implicit AND (raw input) */
            operand(b, &s, weight);
        }
        first = 0;
    }
    *p = s;
}

char *search_pg_tsquery(const char *expr)
{
    dz_buf b = { 0 };
    const char *p = expr;
    translate(&b, &p, NULL, 0);
    if (dz_buf_putc(&b, 0) != 0) {
        dz_buf_free(&b);
        return NULL;
    }
    return dz_buf_detach(&b);
}

dz_cursor *search_pg_query(dossier *d, const char *expr,
                           const dz_article_filter *f, const char *open,
                           const char *close)
{
    dz_sql q = { 0 };
    dz_cursor *c;
    char *ts = search_pg_tsquery(expr);
    if (!ts) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    sql_text(&q, ts);                                       /* ?1 */
    sql_text(&q, open);                                     /* ?2 */
    sql_text(&q, close);                                    /* ?3 */
    sql_int(&q, f->limit > 0 ? f->limit : -1);              /* ?4 */
    sql_int(&q, f->offset > 0 ? f->offset : 0);             /* ?5 */
    /* pick the rows, then make the snippets of those only: from the body
    ** when it matched, else from the title or dek */
#define SNIPPET "CASE WHEN strpos(t.hb, ?2) > 0 THEN t.hb ELSE" \
        " ts_headline('dossier', coalesce(t.title, '') || ' ' ||" \
        " coalesce(t.dek, ''), t.q, t.opts) END"
    sql_add(&q,
        "SELECT t.id AS id, t.title AS title, t.published AS published,"
        " t.kind AS kind, t.score AS score, %s AS snippet FROM",
        strstr(ts, " <-> ") ? SEARCH_PG_JOIN_MARKS(SNIPPET, "?2", "?3") : SNIPPET);
#undef SNIPPET
    sql_add(&q,
        " (SELECT s.*, ts_headline('dossier', s.body, s.q, s.opts) AS hb FROM"
        " (SELECT a.id, a.title, a.dek, a.body, a.published, a.kind, q.q,"
        " ts_rank_cd(" PG_WEIGHTS ", a.tsv, q.q) AS score,"
        " 'StartSel=\"' || ?2 || '\", StopSel=\"' || ?3 || '\", MaxWords=20,"
        " MinWords=10, ShortWord=2, MaxFragments=1, FragmentDelimiter=\"…\"'"
        " AS opts FROM articles a,"
        " (SELECT to_tsquery('dossier', ?1) AS q) q WHERE a.tsv @@ q.q");
    sql_article_filter(&q, f, "a");
    if (!f->newest_first)
        sql_add(&q, " ORDER BY score DESC, a.id");
    else
        sql_add(&q, " ORDER BY a.published IS NULL, a.published DESC, a.id DESC");
    sql_add(&q, " LIMIT ?4 OFFSET ?5) s) t");
    if (!f->newest_first)
        sql_add(&q, " ORDER BY t.score DESC, t.id");
    else
        sql_add(&q, " ORDER BY t.published IS NULL, t.published DESC, t.id DESC");
    c = sql_cursor(d, &q);
    free(ts);
    return c;
}

int64_t search_pg_count(dossier *d, const char *expr, const dz_article_filter *f)
{
    dz_sql q = { 0 };
    dz_cursor *c;
    int64_t n = -1;
    char *ts = search_pg_tsquery(expr);
    if (!ts) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return -1;
    }
    sql_add(&q, "SELECT count(*) FROM articles a"
                " WHERE a.tsv @@ to_tsquery('dossier', ?%d)", sql_text(&q, ts));
    sql_article_filter(&q, f, "a");
    if ((c = sql_cursor(d, &q))) {
        if (dz_cursor_step(c) == 1)
            n = dz_cursor_int(c, 0);
        dz_cursor_free(c);
    }
    free(ts);
    return n;
}
