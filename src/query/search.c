/*
** search.c — the query language (a user query compiled into a safe FTS5
** expression), ranked search with snippets, counts, raw FTS5 queries and
** keyword in context. See search.h for the language.
*/
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "base/dates.h"
#include "query/search.h"
#include "query/search_pg.h"

/* ============================================================================
** The query compiler: a lexer over the query bytes, a recursive-descent
** parser building a small tree in an arena, and an emitter that writes the
** tree as a fully parenthesised FTS5 expression.
** ==========================================================================*/

enum { N_PHRASE, N_NEAR, N_AND, N_OR, N_COL };

typedef struct qnode qnode;
struct qnode {
    int type;
    size_t pos;                 /* byte offset in the query, for messages */
    const char *text;           /* N_PHRASE: the words (unquoted) */
    size_t len;
    int prefix;                 /* N_PHRASE: trailing '*' */
    int dist;                   /* N_NEAR */
    const char *col;            /* N_COL: title, dek or body */
    qnode **kids;               /* N_NEAR, N_AND, N_OR, N_COL (one) */
    int *neg;                   /* N_AND: which kids are excluded */
    int nkids;
};

enum { T_END, T_WORD, T_PHRASE, T_LPAREN, T_RPAREN, T_AND, T_OR, T_NOT,
       T_NEAR, T_NEARCALL, T_MINUS, T_COMMA };

typedef struct qtok {
    int type;
    size_t pos;                 /* byte offset of the token */
    const char *text;           /* T_WORD / T_PHRASE content */
    size_t len;
    int prefix, neg, dist;      /* dist: T_NEAR's /N, 0 when absent */
    const char *col;            /* column filter written before the word */
} qtok;

typedef struct qparser {
    const char *q;
    size_t n, i;
    qtok tok;                   /* the current (peeked) token */
    int have_tok;
    int in_near;                /* inside NEAR( ... ): ',' is a token */
    int depth, nterms;
    dz_arena arena;
    search_error *e;
    int failed;
} qparser;

#define SEARCH_NOPOS ((size_t)-1)

static const char *const columns[] = { "title", "dek", "body", NULL };

/* Record a syntax error at byte pos (first one wins); returns NULL so
** parse functions can `return fail(...)`. */
static qnode *fail(qparser *p, size_t pos, const char *fmt, const char *arg)
{
    size_t col = 1, i;
    if (p->failed)
        return NULL;
    p->failed = 1;
    for (i = 0; i < pos && i < p->n; i++)
        if (((unsigned char)p->q[i] & 0xC0) != 0x80)
            col++;
    snprintf(p->e->msg, sizeof p->e->msg, fmt, arg ? arg : "");
    if (pos != SEARCH_NOPOS) {
        size_t m = strlen(p->e->msg);
        snprintf(p->e->msg + m, sizeof p->e->msg - m, " (at character %zu)", col);
    }
    p->e->pos = pos;
    p->e->col = col;
    return NULL;
}

static qnode *nomem(qparser *p)
{
    if (!p->failed) {
        p->failed = 1;
        snprintf(p->e->msg, sizeof p->e->msg, "out of memory");
        p->e->pos = p->e->col = 0;
    }
    return NULL;
}

/* Decode the code point at byte i (the query is known to be valid UTF-8). */
static int32_t cp_at(const qparser *p, size_t i, int *len)
{
    return dz_utf8_decode((const unsigned char *)p->q + i, p->n - i, len);
}

static int is_space_cp(int32_t c)
{
    if (c < 0x20 || c == 0x7f || c == ' ')
        return 1;
    if (c < 0x80)
        return 0;
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return 1;
    default:
        return 0;
    }
}

/* Straight and typographic double quotes (and guillemets) delimit phrases. */
static int is_quote_cp(int32_t c)
{
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E ||
           c == 0x00AB || c == 0x00BB;
}

/* Would the unicode61 tokenizer keep c inside a token? (letters, numbers,
** private use, and the combining marks it folds away). */
static int is_token_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
               (c >= 'A' && c <= 'Z');
    switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_CO:
        return 1;
    default:
        return 0;
    }
}

/* Does s[0..n) hold anything the tokenizer would index? */
static int has_token(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int len;
        int32_t c = dz_utf8_decode((const unsigned char *)s + i, n - i, &len);
        if (is_token_cp(c))
            return 1;
        i += (size_t)len;
    }
    return 0;
}

static int is_word_end(const qparser *p, int32_t c)
{
    return is_space_cp(c) || is_quote_cp(c) || c == '(' || c == ')' ||
           (p->in_near && c == ',');
}

static int word_is(const char *s, size_t n, const char *w)
{
    return n == strlen(w) && memcmp(s, w, n) == 0;
}

/* Read the next token into p->tok. Words made only of punctuation are
** skipped here, so the parser never sees them. */
static void lex(qparser *p)
{
    qtok *t = &p->tok;
    for (;;) {
        int len;
        int32_t c;
        size_t start;
        memset(t, 0, sizeof *t);
        while (p->i < p->n) {
            c = cp_at(p, p->i, &len);
            if (!is_space_cp(c))
                break;
            p->i += (size_t)len;
        }
        t->pos = p->i;
        if (p->i >= p->n) {
            t->type = T_END;
            return;
        }
        c = cp_at(p, p->i, &len);
        if (c == '(' || c == ')' || (p->in_near && c == ',')) {
            t->type = c == '(' ? T_LPAREN : c == ')' ? T_RPAREN : T_COMMA;
            p->i += (size_t)len;
            return;
        }
        if (is_quote_cp(c)) {
            /* a phrase runs to the next quote or to the end */
            p->i += (size_t)len;
            start = p->i;
            while (p->i < p->n) {
                c = cp_at(p, p->i, &len);
                if (is_quote_cp(c))
                    break;
                p->i += (size_t)len;
            }
            t->type = T_PHRASE;
            t->text = p->q + start;
            t->len = p->i - start;
            if (p->i < p->n)
                p->i += (size_t)len;                /* the closing quote */
            while (p->i < p->n && p->q[p->i] == '*') {
                t->prefix = 1;
                p->i++;
            }
            if (!has_token(t->text, t->len))
                continue;                           /* "" or "..." */
            return;
        }
        /* a bare word */
        start = p->i;
        while (p->i < p->n) {
            c = cp_at(p, p->i, &len);
            if (is_word_end(p, c))
                break;
            p->i += (size_t)len;
        }
        {
            const char *w = p->q + start;
            size_t wn = p->i - start, k;
            if (word_is(w, wn, "AND") || word_is(w, wn, "&&")) {
                t->type = T_AND;
                return;
            }
            if (word_is(w, wn, "OR") || word_is(w, wn, "||") || word_is(w, wn, "|")) {
                t->type = T_OR;
                return;
            }
            if (word_is(w, wn, "NOT")) {
                t->type = T_NOT;
                return;
            }
            if (wn >= 4 && memcmp(w, "NEAR", 4) == 0) {
                if (wn == 4 && p->i < p->n && p->q[p->i] == '(') {
                    p->i++;
                    t->type = T_NEARCALL;
                    return;
                }
                if (wn == 4) {
                    t->type = T_NEAR;
                    return;
                }
                if (w[4] == '/' && wn > 5 && wn <= 9) {
                    int dist = 0;
                    for (k = 5; k < wn && w[k] >= '0' && w[k] <= '9'; k++)
                        dist = dist * 10 + (w[k] - '0');
                    if (k == wn) {
                        t->type = T_NEAR;
                        t->dist = dist;
                        return;
                    }
                }
            }
            /* signs: -word excludes, +word is just word */
            while (wn > 0 && (*w == '-' || *w == '+')) {
                if (*w == '-')
                    t->neg = 1;
                w++;
                wn--;
            }
            /* a column filter: title:word, title:"phrase", title:( ... ) */
            for (k = 0; k < wn && w[k] != ':'; k++)
                ;
            if (k < wn) {
                int j;
                for (j = 0; columns[j]; j++) {
                    if (k == strlen(columns[j]) && strncasecmp(w, columns[j], k) == 0) {
                        t->col = columns[j];
                        w += k + 1;
                        wn -= k + 1;
                        break;
                    }
                }
            }
            while (wn > 0 && w[wn - 1] == '*') {
                t->prefix = 1;
                wn--;
            }
            t->text = w;
            t->len = wn;
            if (has_token(w, wn)) {
                t->type = T_WORD;
                return;
            }
            /* nothing indexable left: a column, or a sign right before a
            ** quote or parenthesis, applies to the next item; anything else
            ** was punctuation and is skipped */
            if (wn == 0 && (t->col || (t->neg && p->i < p->n &&
                    (is_quote_cp(c = cp_at(p, p->i, &len)) || c == '(')))) {
                t->type = T_MINUS;
                t->text = NULL;
                return;
            }
        }
    }
}

static qtok *peek(qparser *p)
{
    if (!p->have_tok) {
        lex(p);
        p->have_tok = 1;
    }
    return &p->tok;
}

static void next(qparser *p)
{
    p->have_tok = 0;
}

static qnode *new_node(qparser *p, int type, size_t pos)
{
    qnode *n = dz_arena_alloc(&p->arena, sizeof *n);
    if (!n)
        return nomem(p);
    memset(n, 0, sizeof *n);
    n->type = type;
    n->pos = pos;
    return n;
}

/* Append kid (and its exclusion flag) to n's children. */
static int add_kid(qparser *p, qnode *n, int *cap, qnode *kid, int neg)
{
    if (n->nkids == *cap) {
        int ncap = *cap ? *cap * 2 : 4;
        qnode **k = dz_arena_alloc(&p->arena, (size_t)ncap * sizeof *k);
        int *g = dz_arena_alloc(&p->arena, (size_t)ncap * sizeof *g);
        if (!k || !g) {
            nomem(p);
            return -1;
        }
        if (n->nkids) {
            memcpy(k, n->kids, (size_t)n->nkids * sizeof *k);
            memcpy(g, n->neg, (size_t)n->nkids * sizeof *g);
        }
        n->kids = k;
        n->neg = g;
        *cap = ncap;
    }
    n->kids[n->nkids] = kid;
    n->neg[n->nkids] = neg;
    n->nkids++;
    return 0;
}

/* Is k a phrase already among n's children with the same exclusion?
** Repeats are dropped: FTS5's cost grows with the square of repeated
** phrases, and a pasted paragraph repeats "the" a hundred times. */
static int repeated(const qnode *n, const qnode *k, int neg)
{
    int i;
    if (!n || k->type != N_PHRASE)
        return 0;
    for (i = 0; i < n->nkids; i++) {
        const qnode *o = n->kids[i];
        if (o->type == N_PHRASE && n->neg[i] == neg && o->prefix == k->prefix &&
            o->len == k->len && strncasecmp(o->text, k->text, k->len) == 0)
            return 1;
    }
    return 0;
}

/* How many words the tokenizer makes of s[0..n): "u.s.-china" is three. */
static int token_count(const char *s, size_t n)
{
    size_t i = 0;
    int count = 0, inside = 0;
    while (i < n) {
        int len;
        int32_t c = dz_utf8_decode((const unsigned char *)s + i, n - i, &len);
        int tok = is_token_cp(c);
        count += tok && !inside;
        inside = tok;
        i += (size_t)len;
    }
    return count;
}

/* A phrase of one query word; every word the tokenizer makes of it counts
** toward SEARCH_MAX_TERMS, so a word of thousands of dotted parts is as
** long a query as thousands of words. */
static qnode *phrase_node(qparser *p, const qtok *t)
{
    qnode *n;
    p->nterms += token_count(t->text, t->len);
    if (p->nterms > SEARCH_MAX_TERMS)
        return fail(p, t->pos, "query too long: more than %s words",
                    "4000");
    n = new_node(p, N_PHRASE, t->pos);
    if (!n)
        return NULL;
    n->text = t->text;
    n->len = t->len;
    n->prefix = t->prefix;
    return n;
}

static qnode *parse_or(qparser *p);

/* NEAR(a "b c" d, N): called after the "NEAR(" token. */
static qnode *parse_nearcall(qparser *p, size_t pos)
{
    qnode *n = new_node(p, N_NEAR, pos);
    int cap = 0;
    qtok *t;
    if (!n)
        return NULL;
    n->dist = SEARCH_NEAR_DEFAULT;
    p->in_near = 1;
    for (;;) {
        t = peek(p);
        if (t->type == T_WORD || t->type == T_PHRASE) {
            qnode *k;
            if (t->col || t->neg) {
                p->in_near = 0;
                return fail(p, t->pos, "NEAR( ) takes plain words and phrases%s", NULL);
            }
            if (!(k = phrase_node(p, t)) || add_kid(p, n, &cap, k, 0) < 0) {
                p->in_near = 0;
                return NULL;
            }
            next(p);
        } else if (t->type == T_COMMA) {
            int dist = 0, digits = 0;
            size_t cpos = t->pos;
            next(p);
            while (p->i < p->n && (p->q[p->i] == ' ' || p->q[p->i] == '\t'))
                p->i++;
            while (p->i < p->n && p->q[p->i] >= '0' && p->q[p->i] <= '9') {
                if (dist < 100000)
                    dist = dist * 10 + (p->q[p->i] - '0');
                p->i++;
                digits++;
            }
            if (!digits) {
                p->in_near = 0;
                return fail(p, cpos, "NEAR( , N): N must be a number of words%s", NULL);
            }
            n->dist = dist;
        } else if (t->type == T_RPAREN || t->type == T_END) {
            next(p);
            break;
        } else {
            p->in_near = 0;
            return fail(p, t->pos, "NEAR( ) takes only words, phrases and \", N\"%s", NULL);
        }
    }
    p->in_near = 0;
    if (n->nkids == 0)
        return fail(p, pos, "NEAR( ) needs words or phrases inside%s", NULL);
    if (n->nkids == 1)
        return n->kids[0];
    return n;
}

/* primary: ( expr ) | NEAR( ... ) | word | "phrase", optionally followed by
** infix NEAR. *neg is set for an excluded item (-word, -"...", -( ... ) ).
** Returns NULL with p->failed clear when the item turned out empty, e.g.
** "()" . */
static qnode *parse_primary(qparser *p, int *neg)
{
    qtok *t = peek(p);
    qnode *n = NULL;
    const char *col = NULL;
    size_t pos = t->pos;

    *neg = 0;
    /* prefix operators: a sign or a column written before a quote or
    ** parenthesis, possibly several ("-title:(...)" lexes as two) */
    while (t->type == T_MINUS) {
        if (t->neg)
            *neg = 1;
        if (t->col)
            col = t->col;
        next(p);
        t = peek(p);
    }
    if (t->type == T_LPAREN) {
        if (++p->depth > SEARCH_MAX_DEPTH)
            return fail(p, t->pos, "too many nested parentheses%s", NULL);
        next(p);
        n = parse_or(p);
        if (p->failed)
            return NULL;
        t = peek(p);
        if (t->type == T_RPAREN)
            next(p);
        else if (t->type != T_END)
            return fail(p, t->pos, "expected ')'%s", NULL);
        p->depth--;
    } else if (t->type == T_NEARCALL) {
        next(p);
        n = parse_nearcall(p, pos);
    } else if (t->type == T_WORD || t->type == T_PHRASE) {
        int near_cap = 0;
        if (t->neg)
            *neg = 1;
        if (t->col)
            col = t->col;
        n = phrase_node(p, t);
        next(p);
        /* infix NEAR chains: a NEAR b NEAR/5 c */
        while (n && peek(p)->type == T_NEAR) {
            qtok op = *peek(p);
            qnode *k;
            next(p);
            t = peek(p);
            if ((t->type != T_WORD && t->type != T_PHRASE) || t->neg || t->col)
                return fail(p, op.pos, "NEAR needs a word or phrase on its right%s", NULL);
            if (!(k = phrase_node(p, t)))
                return NULL;
            next(p);
            if (n->type != N_NEAR) {
                qnode *m = new_node(p, N_NEAR, n->pos);
                if (!m || add_kid(p, m, &near_cap, n, 0) < 0)
                    return NULL;
                m->dist = SEARCH_NEAR_DEFAULT;
                n = m;
            }
            if (add_kid(p, n, &near_cap, k, 0) < 0)
                return NULL;
            /* the widest distance written in the chain wins */
            if (op.dist && (n->nkids == 2 || op.dist > n->dist))
                n->dist = op.dist;
        }
    } else {
        return NULL;
    }
    if (!n || p->failed)
        return NULL;
    if (col) {
        qnode *c = new_node(p, N_COL, pos);
        int cap = 0;
        if (!c || add_kid(p, c, &cap, n, 0) < 0)
            return NULL;
        c->col = col;
        n = c;
    }
    return n;
}

static int starts_item(int type)
{
    return type == T_WORD || type == T_PHRASE || type == T_LPAREN ||
           type == T_NEARCALL || type == T_MINUS;
}

static const char *tok_name(int type)
{
    switch (type) {
    case T_AND: return "AND";
    case T_OR: return "OR";
    case T_NOT: return "NOT";
    case T_NEAR: return "NEAR";
    case T_RPAREN: return "')'";
    case T_COMMA: return "','";
    default: return "this";
    }
}

/* and-expression: items joined by AND, NOT or juxtaposition, up to OR,
** ')' or the end. Returns NULL (without failing) when it holds nothing. */
static qnode *parse_and(qparser *p)
{
    qnode *n = NULL, *k;
    int cap = 0, neg, npos = 0;
    size_t first_neg = 0;

    for (;;) {
        qtok *t = peek(p);
        int excluded = 0;
        size_t opos = t->pos;
        if (t->type == T_END || t->type == T_OR || t->type == T_RPAREN)
            break;
        if (t->type == T_AND || t->type == T_NOT) {
            int op = t->type;
            if (op == T_AND && (!n || n->nkids == 0))
                return fail(p, opos, "AND needs something on its left%s", NULL);
            next(p);
            t = peek(p);
            if (!starts_item(t->type))
                return fail(p, opos, op == T_AND ? "AND needs something on its right%s"
                                                 : "NOT needs something after it%s", NULL);
            excluded = op == T_NOT;
        } else if (!starts_item(t->type)) {
            return fail(p, opos, "%s is out of place here", tok_name(t->type));
        }
        k = parse_primary(p, &neg);
        if (p->failed)
            return NULL;
        if (!k)
            continue;                           /* an empty group */
        if (!n && !(n = new_node(p, N_AND, k->pos)))
            return NULL;
        neg = neg ^ excluded;
        if (neg && !first_neg)
            first_neg = k->pos + 1;
        if (!neg)
            npos++;
        if (repeated(n, k, neg))
            continue;
        if (add_kid(p, n, &cap, k, neg) < 0)
            return NULL;
    }
    if (!n)
        return NULL;
    if (npos == 0)
        return fail(p, first_neg - 1, "nothing to find, only words to exclude%s", NULL);
    if (n->nkids == 1)
        return n->kids[0];
    return n;
}

static qnode *parse_or(qparser *p)
{
    qnode *n = NULL, *k;
    int cap = 0;
    k = parse_and(p);
    if (p->failed)
        return NULL;
    while (peek(p)->type == T_OR) {
        size_t opos = peek(p)->pos;
        if (!k)
            return fail(p, opos, "OR needs something on its left%s", NULL);
        next(p);
        if (!n) {
            if (!(n = new_node(p, N_OR, k->pos)) || add_kid(p, n, &cap, k, 0) < 0)
                return NULL;
        }
        k = parse_and(p);
        if (p->failed)
            return NULL;
        if (!k)
            return fail(p, opos, "OR needs something on its right%s", NULL);
        if (!repeated(n, k, 0) && add_kid(p, n, &cap, k, 0) < 0)
            return NULL;
    }
    return n ? n : k;
}

/* Write n as FTS5 syntax; every phrase is a quoted string. Returns 0, or
** -1 when the buffer could not grow. */
static int emit(dz_buf *b, const qnode *n)
{
    int bad = 0;
    int i, first = 1;
    switch (n->type) {
    case N_PHRASE:
        dz_buf_putc(b, '"');
        for (i = 0; (size_t)i < n->len; i++) {
            unsigned char ch = (unsigned char)n->text[i];
            if (ch == '"')
                dz_buf_putc(b, '"');
            /* NUL and other controls inside a phrase are spaces too */
            dz_buf_putc(b, ch < 0x20 || ch == 0x7f ? ' ' : (char)ch);
        }
        dz_buf_putc(b, '"');
        if (n->prefix)
            dz_buf_puts(b, " *");
        break;
    case N_NEAR:
        dz_buf_puts(b, "NEAR(");
        for (i = 0; i < n->nkids; i++) {
            if (i)
                dz_buf_putc(b, ' ');
            bad |= emit(b, n->kids[i]);
        }
        dz_buf_printf(b, ", %d)", n->dist);
        break;
    case N_COL:
        dz_buf_printf(b, "%s : ", n->col);
        if (n->kids[0]->type == N_PHRASE || n->kids[0]->type == N_NEAR) {
            bad |= emit(b, n->kids[0]);
        } else {
            dz_buf_putc(b, '(');
            bad |= emit(b, n->kids[0]);
            dz_buf_putc(b, ')');
        }
        break;
    case N_OR:
        dz_buf_putc(b, '(');
        for (i = 0; i < n->nkids; i++) {
            if (i)
                dz_buf_puts(b, " OR ");
            bad |= emit(b, n->kids[i]);
        }
        dz_buf_putc(b, ')');
        break;
    case N_AND: {
        int npos = 0, nneg = 0;
        for (i = 0; i < n->nkids; i++)
            n->neg[i] ? nneg++ : npos++;
        /* (p1 AND p2) NOT n1 NOT n2, with as few parentheses as FTS5's
        ** parser stack allows: it overflows on deep nesting */
        dz_buf_putc(b, '(');
        if (nneg && npos > 1)
            dz_buf_putc(b, '(');
        for (i = 0; i < n->nkids; i++) {
            if (n->neg[i])
                continue;
            if (!first)
                dz_buf_puts(b, " AND ");
            bad |= emit(b, n->kids[i]);
            first = 0;
        }
        if (nneg && npos > 1)
            dz_buf_putc(b, ')');
        for (i = 0; i < n->nkids; i++) {
            int bare;
            if (!n->neg[i])
                continue;
            bare = n->kids[i]->type == N_PHRASE || n->kids[i]->type == N_NEAR;
            dz_buf_puts(b, bare ? " NOT " : " NOT (");
            bad |= emit(b, n->kids[i]);
            if (!bare)
                dz_buf_putc(b, ')');
        }
        dz_buf_putc(b, ')');
        break;
    }
    }
    return bad || !b->data ? -1 : 0;
}

/* The deepest parenthesis nesting of an FTS5 expression (outside quoted
** strings). */
static int nesting(const char *s)
{
    int depth = 0, max = 0, quoted = 0;
    for (; *s; s++) {
        if (*s == '"')
            quoted = !quoted;       /* "" inside a string toggles twice */
        else if (!quoted && *s == '(' && ++depth > max)
            max = depth;
        else if (!quoted && *s == ')')
            depth--;
    }
    return max;
}

int search_compile(const char *q, size_t n, dz_buf *out, search_error *e)
{
    qparser p;
    qnode *root;
    size_t i = 0, len0 = out->len;

    memset(&p, 0, sizeof p);
    memset(e, 0, sizeof *e);
    p.q = q ? q : "";
    p.n = q ? n : 0;
    p.e = e;
    /* validate UTF-8 first so the lexer can decode blindly */
    while (i < p.n) {
        int k = dz_utf8_seqlen((const unsigned char *)p.q + i, p.n - i);
        if (p.q[i] == '\0')
            k = 1;
        if (k == 0) {
            fail(&p, i, "the query is not valid UTF-8%s", NULL);
            return -1;
        }
        i += (size_t)k;
    }
    root = parse_or(&p);
    if (!p.failed) {
        qtok *t = peek(&p);
        if (t->type == T_RPAREN)
            fail(&p, t->pos, "unmatched ')'%s", NULL);
        else if (t->type != T_END)
            fail(&p, t->pos, "%s is out of place here", tok_name(t->type));
        else if (!root)
            fail(&p, SEARCH_NOPOS, "nothing to search for: the query has no words%s", NULL);
    }
    if (!p.failed) {
        if (emit(out, root) < 0 || out->len == len0)
            nomem(&p);
        else if (nesting(out->data + len0) > SEARCH_MAX_FTS_NESTING) {
            out->len = len0;
            out->data[len0] = 0;
            fail(&p, SEARCH_NOPOS, "the query is nested too deeply%s", NULL);
        }
    }
    dz_arena_free(&p.arena);
    return p.failed ? -1 : 0;
}

/* ============================================================================
** Queries, built with query/sql.h. The first parameters are pushed in a
** fixed order, which the SQL below names: ?1 the MATCH expression, ?2 / ?3
** the snippet marks, ?4 limit, ?5 offset; the article filter follows.
** ==========================================================================*/

#define SEARCH_WEIGHT_TITLE 10.0
#define SEARCH_WEIGHT_DEK 3.0
#define SEARCH_WEIGHT_BODY 1.0
#define SEARCH_WEIGHTS "10.0, 3.0, 1.0"   /* the same, in SQL */
/* The ranking: bm25 over the text columns (store.c, dz_bm25). */
#define SEARCH_RANK "dz_bm25"
/* The MATCH argument, bound as ?1 (search_match_arg). */
#define SEARCH_MATCH "?1"
/* A search restricted to at most this many months names their tokens. */
#define SEARCH_MAX_MONTHS 36
/* The passage that matched: from the body when the body matched (the title
** is shown beside it anyway), else from the best column. */
#define SEARCH_SNIPPET_BODY "snippet(articles_fts, 2, ?2, ?3, '…', 16)"
#define SEARCH_SNIPPET_ANY "snippet(articles_fts, -1, ?2, ?3, '…', 16)"
#define SEARCH_SNIPPET(b, a) \
    "CASE WHEN instr(" b ", ?2) > 0 THEN " b " ELSE " a " END"

static int has_filter(const dz_article_filter *f)
{
    return f->since[0] || f->until[0] || f->kind || f->section;
}

/* The filter as a condition on the FTS5 query's rows: a correlated
** EXISTS, one lookup of the article by id per match. */
static void filter_exists(dz_sql *q, const dz_article_filter *f)
{
    if (!has_filter(f))
        return;
    sql_add(q, " AND EXISTS (SELECT 1 FROM articles x"
               " WHERE x.id = articles_fts.rowid");
    sql_article_filter(q, f, "x");
    sql_add(q, ")");
}

/* The number of months period_clause names for f (0: no clause), the
** first of them in *y0 / *m0. */
static int period_months(const dz_article_filter *f, int *y0, int *m0)
{
    int d0, y1, m1, d1, n;
    if (!f->since[0] || !f->until[0] ||
        dz_date_parse(f->since, y0, m0, &d0) != 0 ||
        dz_date_parse(f->until, &y1, &m1, &d1) != 0)
        return 0;
    n = (y1 - *y0) * 12 + (m1 - *m0) + 1;
    return n <= 0 || n > SEARCH_MAX_MONTHS ? 0 : n;
}

/* The months of f's period as a clause appended to the MATCH argument
** (" || ' AND period : (mx OR m202404 OR m202405)'"): FTS5 then walks only
** the articles of those months (and those whose date is not a whole day,
** "mx"), a superset of the filter's, which filter_exists still applies
** exactly. Scores are unchanged (dz_bm25 gives the period column no
** weight). tokens: PERIOD_ALL names "mx" and the months, PERIOD_MONTHS the
** months alone, PERIOD_MX "mx" alone. Returns the number of phrases added;
** 0 when f does not bound both ends, or spans more than SEARCH_MAX_MONTHS
** (the clause would cost more than it saves). */
enum { PERIOD_ALL, PERIOD_MONTHS, PERIOD_MX };

static int period_clause(dz_sql *q, const dz_article_filter *f, int tokens)
{
    int y0, m0, n = period_months(f, &y0, &m0), i;
    if (!n)
        return 0;
    if (tokens == PERIOD_MX) {
        sql_add(q, " || ' AND period : mx'");
        return 1;
    }
    sql_add(q, " || ' AND period : (%s", tokens == PERIOD_ALL ? "mx OR " : "");
    for (i = 0; i < n; i++, m0++) {
        if (m0 > 12) {
            m0 = 1;
            y0++;
        }
        sql_add(q, "%sm%04d%02d", i ? " OR " : "", y0, m0);
    }
    sql_add(q, ")'");
    return n + (tokens == PERIOD_ALL);
}

/* The number of phrases period_clause adds for f and tokens. */
static int period_phrases(const dz_article_filter *f, int tokens)
{
    int y0, m0, n = period_months(f, &y0, &m0);
    if (!n)
        return 0;
    return tokens == PERIOD_MX ? 1 : n + (tokens == PERIOD_ALL);
}

/* Is f's period a run of whole months (from a first to a last day) and
** nothing else? Then an article with a whole-day date is in it exactly
** when it has one of the months' tokens (the store keeps only real dates),
** and only the others ("mx") need their date read. */
static int whole_months(const dz_article_filter *f)
{
    int y, m, d, y0, m0;
    return !f->kind && !f->section && period_months(f, &y0, &m0) > 0 &&
           dz_date_parse(f->since, &y, &m, &d) == 0 && d == 1 &&
           dz_date_parse(f->until, &y, &m, &d) == 0 &&
           d == dz_days_in_month(y, m);
}

/* Could the word [w, w + n) of a quoted phrase be, or stem or fold into,
** a month token of the period column ("m202404", "mx")? Kept broad: an
** "m" followed by x, a digit or nothing, or any word that starts with a
** letter outside ASCII (which may fold to "m"). */
static int period_like(const char *w, size_t n)
{
    unsigned char c0 = (unsigned char)w[0], c1 = n > 1 ? (unsigned char)w[1] : 0;
    if (c0 >= 0x80)
        return 1;
    if (c0 != 'm' && c0 != 'M')
        return 0;
    return n == 1 || c1 == 'x' || c1 == 'X' || isdigit(c1) || c1 >= 0x80;
}

/* Must expr be kept to the text columns (search_match_arg)? */
static int needs_text_columns(const char *expr, int raw)
{
    const char *p = expr;
    int keep = raw;
    while (!keep && *p) {
        if (*p++ != '"')
            continue;
        /* a quoted phrase: its words, up to the closing quote ("" is a
        ** quote inside it) */
        for (;;) {
            const char *w;
            while (*p && !isalnum((unsigned char)*p) && (unsigned char)*p < 0x80 &&
                   !(*p == '"' && p[1] != '"'))
                p += *p == '"' ? 2 : 1;
            if (!*p || *p == '"')
                break;
            w = p;
            while (*p && (isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80))
                p++;
            if (period_like(w, (size_t)(p - w))) {
                keep = 1;
                break;
            }
        }
        if (*p == '"')
            p++;
    }
    return keep;
}

/* The MATCH argument for expr, kept to the text columns or not. */
#define MATCH_FORMAT(keep) ((keep) ? "{title dek body} : (%s)" : "(%s)")

int search_match_arg(const char *expr, int raw, dz_buf *out)
{
    /* kept to the text columns only when it must be: a column filter makes
    ** FTS5 read the positions of every row of every phrase */
    return dz_buf_printf(out, MATCH_FORMAT(needs_text_columns(expr, raw)), expr);
}

/* ---- phrase counts ---------------------------------------------------------
** dz_bm25 weighs each phrase by the number of rows it matches. FTS5 counts
** them by stepping a cursor over every row of the phrase, which is most of
** a one-month search (the month's rows are few, the phrase's many); a
** count(*) of the phrase alone reads the same rows at a fraction of the
** cost. So the ranked queries count each phrase first and hand the counts
** to dz_bm25. The phrases are listed in the order FTS5 numbers them (left
** to right), each inside the column filters around it, so that its count
** is the one FTS5 would make; tests compare the scores with FTS5's own
** count. */

#define SEARCH_MAX_COUNTED 64       /* more phrases: FTS5 counts them */
#define SEARCH_MAX_FILTERS 32       /* column filters open at once */

/* Append to list each phrase of expr (search_compile's output) as a MATCH
** expression of its own ("title : ("iran")"), NUL-terminated, one after
** the other. Returns how many, or -1 when expr has a shape this reader
** does not know or too many phrases (FTS5 then counts). */
static int list_phrases(const char *expr, dz_buf *list)
{
    const char *p = expr, *cols[SEARCH_MAX_FILTERS];
    size_t colsn[SEARCH_MAX_FILTERS], pendn = 0;
    int depth[SEARCH_MAX_FILTERS], nopen = 0, level = 0, n = 0, i;
    const char *pending = NULL;         /* "title :" not yet applied */
    int failed = 0;                     /* out of memory */
    while (*p) {
        if (*p == ' ' || *p == ',') {
            p++;
        } else if (*p == '"') {
            const char *q = p + 1;
            for (;;) {                  /* to the closing quote */
                if (!*q)
                    return -1;
                if (*q == '"' && q[1] != '"')
                    break;
                q += *q == '"' ? 2 : 1;
            }
            q++;
            if (n == SEARCH_MAX_COUNTED)
                return -1;
            for (i = 0; i < nopen; i++)
                failed |= dz_buf_printf(list, "%.*s : (", (int)colsn[i], cols[i]);
            if (pending)
                failed |= dz_buf_printf(list, "%.*s : (", (int)pendn, pending);
            failed |= dz_buf_append(list, p, (size_t)(q - p));
            while (*q == ' ')
                q++;
            if (*q == '*') {            /* a prefix */
                failed |= dz_buf_puts(list, " *");
                q++;
            }
            for (i = 0; i < nopen + (pending != NULL); i++)
                failed |= dz_buf_putc(list, ')');
            failed |= dz_buf_putc(list, '\0');
            if (failed)
                return -2;
            pending = NULL;
            n++;
            p = q;
        } else if (*p == '(') {
            level++;
            if (pending) {              /* "title : (...)", "title : NEAR(...)" */
                if (nopen == SEARCH_MAX_FILTERS)
                    return -1;
                cols[nopen] = pending;
                colsn[nopen] = pendn;
                depth[nopen++] = level;
                pending = NULL;
            }
            p++;
        } else if (*p == ')') {
            if (nopen > 0 && depth[nopen - 1] == level)
                nopen--;
            level--;
            p++;
        } else if (isalnum((unsigned char)*p)) {
            const char *w = p;
            while (isalnum((unsigned char)*p) || *p == '_')
                p++;
            while (*p == ' ')
                p++;
            if (*p == ':') {            /* a column filter */
                size_t wn = (size_t)(p - w);
                while (wn > 0 && w[wn - 1] == ' ')
                    wn--;
                if (pending)
                    return -1;
                pending = w;
                pendn = wn;
                p++;
            }                           /* else AND, OR, NOT, NEAR, a distance */
        } else {
            return -1;
        }
    }
    return pending || nopen || level ? -1 : n;
}

/* The arguments of dz_bm25 for expr, appended to args: the weights, then
** the number of rows of each phrase, counted here. 1 when counted; 0 when
** the phrases cannot be listed (args then holds the weights alone, and
** FTS5 counts); -1 with d's message when a count fails. */
static int rank_args(dossier *d, const char *expr, int keep, dz_buf *args)
{
    dz_buf list = { 0 }, m = { 0 };
    const char *ph;
    int n, i, rc = 0;
    if (dz_buf_puts(args, SEARCH_WEIGHTS) != 0)
        return dz_error(d, DOSSIER_NOMEM, "out of memory"), -1;
    n = list_phrases(expr, &list);
    if (n == -2) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        rc = -1;
    }
    for (i = 0, ph = list.data; rc == 0 && i < n; i++, ph += strlen(ph) + 1) {
        int64_t count;
        m.len = 0;
        if (dz_buf_printf(&m, MATCH_FORMAT(keep), ph) != 0) {
            dz_error(d, DOSSIER_NOMEM, "out of memory");
            rc = -1;
            break;
        }
        /* counted once until the corpus changes (store_fts_count) */
        if ((count = store_fts_count(&d->store, m.data)) < 0)
            rc = -1;            /* the store set the message */
        else if (dz_buf_printf(args, ", %lld", (long long)count) != 0) {
            dz_error(d, DOSSIER_NOMEM, "out of memory");
            rc = -1;
        }
    }
    dz_buf_free(&list);
    dz_buf_free(&m);
    return rc < 0 ? -1 : n >= 0;
}

/* Push ?1 the MATCH argument (search_match_arg) and ?2 / ?3 the marks. */
static void push_match(dz_sql *q, const char *expr, const char *open,
                       const char *close)
{
    sql_text(q, expr);
    sql_text(q, open ? open : SEARCH_MARK_OPEN);
    sql_text(q, close ? close : SEARCH_MARK_CLOSE);
}

/* Compile q into out, or set d's message. 0 or -1. */
static int compile(dossier *d, const char *q, size_t n, dz_buf *out)
{
    search_error e;
    if (search_compile(q, n, out, &e) != 0) {
        if (strcmp(e.msg, "out of memory") == 0)
            dz_error(d, DOSSIER_NOMEM, "out of memory");
        else
            dz_error(d, DOSSIER_MISUSE, "search: %s", e.msg);
        return -1;
    }
    return 0;
}

/* One SELECT of the rows to rank, (id, score), over the MATCH argument ?1
** and f's months (tokens, see period_clause), filtered by f when exists.
** rank: dz_bm25's arguments; counted: they hold each phrase's count
** (rank_args), so the period clause's phrases get -1 (no weight, no count).
** top > 0: only the top best rows are kept, so dz_bm25_top may give the
** others a bound in place of their score (store.c). */
static void ranked_select(dz_sql *q, const dz_article_filter *f, int tokens,
                          int exists, const char *rank, int counted,
                          int64_t top)
{
    int i, n = counted ? period_phrases(f, tokens) : 0;
    if (top > 0 && top <= STORE_BM25_MAX_TOP)
        sql_add(q, "SELECT rowid AS id, -" SEARCH_RANK "_top(articles_fts, %lld, %s",
                (long long)top, rank);
    else
        sql_add(q, "SELECT rowid AS id, -" SEARCH_RANK "(articles_fts, %s", rank);
    for (i = 0; i < n; i++)
        sql_add(q, ", -1");
    sql_add(q, ") AS score FROM articles_fts WHERE articles_fts MATCH " SEARCH_MATCH);
    period_clause(q, f, tokens);
    if (exists)
        filter_exists(q, f);
}

/* ---- the snippets of the top rows in one walk ------------------------------
** Each row's snippet is normally made by a MATCH of its own on its rowid:
** ten cheap look-ups. But FTS5 sets up a prefix ("merger*") by merging
** the rows of every word it stands for, again for each look-up, so ten
** snippets cost ten such merges (about 4 ms each for a common prefix at a
** million articles). For an expression with a prefix, the top rows are
** kept (the CTE s) and their snippets made in one walk of the expression
** over the rowids between the least and the greatest of them: one merge.
** The snippets are the same (the same row, expression and marks). */

/* Does the MATCH argument hold a prefix (a '*' anywhere: a word inside a
** phrase cannot hold one, so at worst a walk that was not needed)? */
static int has_prefix(const char *match)
{
    return strchr(match, '*') != NULL;
}

/* Open the walk's query: the top rows' SELECT (id, score, ordered and
** limited) follows, then snippets_walk_close. */
static void snippets_walk_open(dz_sql *q)
{
    sql_add(q, "WITH s AS MATERIALIZED (");
}

/* Close the top rows' SELECT and select each with its article's columns
** and its snippet, best first. */
static void snippets_walk_close(dz_sql *q)
{
    sql_add(q,
        "), sn AS MATERIALIZED (SELECT rowid AS id, " SEARCH_SNIPPET_BODY
        " AS sb, " SEARCH_SNIPPET_ANY " AS sa FROM articles_fts"
        " WHERE articles_fts MATCH " SEARCH_MATCH
        " AND rowid >= (SELECT min(id) FROM s)"
        " AND rowid <= (SELECT max(id) FROM s)"
        " AND +rowid IN (SELECT id FROM s))"
        " SELECT s.id AS id, a.title AS title, a.published AS published,"
        " a.kind AS kind, s.score AS score, " SEARCH_SNIPPET("sn.sb", "sn.sa")
        " AS snippet FROM s JOIN articles a ON a.id = s.id"
        " LEFT JOIN sn ON sn.id = s.id ORDER BY s.score DESC, s.id");
}

void search_query_sql(const search_opts *o, const char *match,
                      const char *rank, int counted, dz_sql *q)
{
    const dz_article_filter *f = &o->f;
    if (!rank) {
        rank = SEARCH_WEIGHTS;
        counted = 0;
    }
    push_match(q, match, o->mark_open, o->mark_close);
    sql_int(q, f->limit > 0 ? f->limit : -1);           /* ?4 */
    sql_int(q, f->offset > 0 ? f->offset : 0);          /* ?5 */
    if (!f->newest_first && f->limit > 0 && has_prefix(match)) {
        int64_t top = f->limit + (f->offset > 0 ? f->offset : 0);
        /* as below, the snippets made in one walk */
        snippets_walk_open(q);
        sql_add(q, "SELECT id, score FROM (");
        if (whole_months(f)) {
            ranked_select(q, f, PERIOD_MONTHS, 0, rank, counted, top);
            sql_add(q, " UNION ALL ");
            ranked_select(q, f, PERIOD_MX, 1, rank, counted, top);
        } else {
            ranked_select(q, f, PERIOD_ALL, 1, rank, counted, top);
        }
        sql_add(q, ") ORDER BY score DESC, id LIMIT ?4 OFFSET ?5");
        snippets_walk_close(q);
    } else if (!f->newest_first) {
        int64_t top = f->limit > 0 ? f->limit + (f->offset > 0 ? f->offset : 0) : 0;
        /* the top rows by score, kept by SQLite's sorter bounded by the
        ** limit (FTS5's own rank order would sort every match), from the
        ** filter's months only when there is a filter (whole months: the
        ** rows of their tokens as they are, and only the rows with no
        ** whole-day date filtered); then the snippets of the rows that come
        ** out, from the expression alone (the month tokens would be
        ** passages of their own) */
        sql_add(q,
            "SELECT s.id AS id, a.title AS title, a.published AS published,"
            " a.kind AS kind, s.score AS score, (SELECT " SEARCH_SNIPPET("sb", "sa")
            " FROM (SELECT " SEARCH_SNIPPET_BODY " AS sb, " SEARCH_SNIPPET_ANY " AS sa"
            " FROM articles_fts WHERE articles_fts MATCH " SEARCH_MATCH
            " AND articles_fts.rowid = s.id)) AS snippet FROM"
            " (SELECT id, score FROM (");
        if (whole_months(f)) {
            ranked_select(q, f, PERIOD_MONTHS, 0, rank, counted, top);
            sql_add(q, " UNION ALL ");
            ranked_select(q, f, PERIOD_MX, 1, rank, counted, top);
        } else {
            ranked_select(q, f, PERIOD_ALL, 1, rank, counted, top);
        }
        sql_add(q, ") ORDER BY score DESC, id LIMIT ?4 OFFSET ?5) AS s"
                   " JOIN articles a ON a.id = s.id"
                   " ORDER BY s.score DESC, s.id");
    } else {
        /* newest first: pick the rows, then make their snippets */
        sql_add(q,
            "SELECT t.id AS id, t.title AS title, t.published AS published,"
            " t.kind AS kind, t.score AS score, (SELECT " SEARCH_SNIPPET("sb", "sa")
            " FROM (SELECT " SEARCH_SNIPPET_BODY " AS sb, " SEARCH_SNIPPET_ANY " AS sa"
            " FROM articles_fts WHERE articles_fts MATCH " SEARCH_MATCH
            " AND articles_fts.rowid = t.id)) AS snippet FROM"
            " (SELECT a.id AS id, a.title AS title, a.published AS published,"
            " a.kind AS kind, s.score AS score FROM (");
        ranked_select(q, f, PERIOD_ALL, 0, rank, counted, 0);
        sql_add(q, ") AS s JOIN articles a ON a.id = s.id WHERE 1");
        sql_article_filter(q, f, "a");
        sql_add(q, " ORDER BY a.published IS NULL, a.published DESC,"
                   " a.id DESC LIMIT ?4 OFFSET ?5) AS t");
    }
}

/* ---- the best rows of a conjunction -----------------------------------------
** A whole-corpus search for words and phrases that must all be there (and
** some that must not), ranked, is answered by store_fts_best: it walks each
** phrase once and scores only the rows that can be among the best, where
** the general query scores every match (see dz_bm25_best in store.c). Same
** rows, same scores, same order; tests compare it with the general query. */

/* If expr (search_compile's output) is a conjunction of phrases, "a",
** "(a AND b)", "((a AND b) NOT c)" or any nesting of AND and NOT whose NOT
** excludes one phrase, mark each phrase excluded or not in neg (room for
** max) in FTS5's order (left to right) and return their number; else -1
** (OR, NEAR, column filters, too many phrases). */
static int conjunction(const char *expr, unsigned char *neg, int max)
{
    const char *p = expr;
    int n = 0, excluded = 0;
    while (*p) {
        if (*p == ' ' || *p == '(' || *p == ')') {
            p++;
        } else if (strncmp(p, "AND ", 4) == 0 && !excluded) {
            p += 4;
        } else if (strncmp(p, "NOT ", 4) == 0 && !excluded) {
            excluded = 1;
            p += 4;
        } else if (*p == '"') {
            for (p++;; p++) {           /* to the closing quote */
                if (!*p)
                    return -1;
                if (*p == '"' && p[1] != '"')
                    break;
                if (*p == '"')
                    p++;
            }
            p++;
            if (strncmp(p, " *", 2) == 0)
                p += 2;                 /* a prefix */
            if (n == max)
                return -1;
            neg[n++] = (unsigned char)excluded;
            excluded = 0;
        } else {
            return -1;
        }
    }
    return excluded ? -1 : n;
}

/* The ranked query for the conjunction of phrases whose MATCH argument is
** match (neg: which are excluded): the top rows from store_fts_best, then
** their titles and snippets, in the columns and order of the general
** query. NULL with d's message set. */
static dz_cursor *best_query(dossier *d, const char *match, int nphrase,
                             const unsigned char *neg, const search_opts *o)
{
    static const double weights[] = { SEARCH_WEIGHT_TITLE, SEARCH_WEIGHT_DEK,
                                      SEARCH_WEIGHT_BODY };
    int64_t offset = o->f.offset > 0 ? o->f.offset : 0;
    int top = (int)(o->f.limit + offset), n, i;
    store_fts_hit *hits = malloc((size_t)top * sizeof *hits);
    dz_sql q = { 0 };
    dz_cursor *c;
    if (!hits) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    n = store_fts_best(&d->store, match, nphrase, neg, weights, top, hits);
    if (n < 0) {
        free(hits);
        return NULL;
    }
    push_match(&q, match, o->mark_open, o->mark_close);
    sql_int(&q, o->f.limit);                            /* ?4 */
    sql_int(&q, offset);                                /* ?5 */
    for (i = 0; i < n; i++)                             /* ?6.. the ids */
        sql_int(&q, hits[i].id);
    if (n > 0 && has_prefix(match)) {
        /* the snippets in one walk (snippets_walk_open) */
        snippets_walk_open(&q);
        sql_add(&q, "SELECT column1 AS id, column2 AS score FROM (VALUES");
        for (i = 0; i < n; i++)
            sql_add(&q, "%s(?%d, ?%d)", i ? ", " : " ", 6 + i, 6 + n + i);
        sql_add(&q, ") ORDER BY score DESC, id LIMIT ?4 OFFSET ?5");
        snippets_walk_close(&q);
    } else {
        sql_add(&q,
            "SELECT s.id AS id, a.title AS title, a.published AS published,"
            " a.kind AS kind, s.score AS score, (SELECT " SEARCH_SNIPPET("sb", "sa")
            " FROM (SELECT " SEARCH_SNIPPET_BODY " AS sb, " SEARCH_SNIPPET_ANY " AS sa"
            " FROM articles_fts WHERE articles_fts MATCH " SEARCH_MATCH
            " AND articles_fts.rowid = s.id)) AS snippet FROM");
        if (n == 0)
            sql_add(&q, " (SELECT NULL AS id, NULL AS score WHERE 0)");
        else {
            /* the scores bound below, as doubles (?6+n..) */
            sql_add(&q, " (SELECT column1 AS id, column2 AS score FROM (VALUES");
            for (i = 0; i < n; i++)
                sql_add(&q, "%s(?%d, ?%d)", i ? ", " : " ", 6 + i, 6 + n + i);
            sql_add(&q, "))");
        }
        sql_add(&q, " AS s JOIN articles a ON a.id = s.id"
                    " ORDER BY s.score DESC, s.id LIMIT ?4 OFFSET ?5");
    }
    c = sql_cursor(d, &q);
    for (i = 0; c && i < n; i++)
        if (dz_cursor_bind_double(c, 6 + n + i, hits[i].score) != 0) {
            dz_error(d, DOSSIER_NOMEM, "out of memory binding a query");
            dz_cursor_free(c);
            c = NULL;
        }
    free(hits);
    return c;
}

/* The ranked query over the FTS5 expression expr (raw: the user's own). */
static dz_cursor *run_query(dossier *d, const char *expr, int raw,
                            const search_opts *o)
{
    dz_sql q = { 0 };
    dz_buf match = { 0 }, rank = { 0 };
    dz_cursor *c;
    int keep, counted = 0;
    if (d->store.pg)                    /* on a server: search_pg.c */
        return search_pg_query(d, expr, &o->f,
                               o->mark_open ? o->mark_open : SEARCH_MARK_OPEN,
                               o->mark_close ? o->mark_close : SEARCH_MARK_CLOSE);
    keep = needs_text_columns(expr, raw);
    if (dz_buf_printf(&match, MATCH_FORMAT(keep), expr) != 0) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        return NULL;
    }
    /* the whole corpus, by rank, a few rows: the conjunction's best */
    if (!raw && !keep && !has_filter(&o->f) && !o->f.newest_first &&
        o->f.limit > 0 && o->f.limit + (o->f.offset > 0 ? o->f.offset : 0)
                          <= STORE_BM25_MAX_TOP) {
        unsigned char neg[STORE_BEST_MAX_PHRASES];
        int nphrase = conjunction(expr, neg, STORE_BEST_MAX_PHRASES);
        if (nphrase > 0) {
            c = best_query(d, match.data, nphrase, neg, o);
            dz_buf_free(&match);
            return c;
        }
    }
    /* each phrase's rows counted for dz_bm25 (not for a user's own
    ** expression, whose shape is free) */
    if (!raw && (counted = rank_args(d, expr, keep, &rank)) < 0) {
        dz_buf_free(&match);
        dz_buf_free(&rank);
        return NULL;
    }
    search_query_sql(o, match.data, rank.len ? rank.data : NULL, counted, &q);
    c = sql_cursor(d, &q);
    dz_buf_free(&match);
    dz_buf_free(&rank);
    return c;
}

dz_cursor *search_query(dossier *d, const char *q, size_t n, const search_opts *o)
{
    dz_buf expr = { 0 };
    dz_cursor *c;
    if (compile(d, q, n, &expr) != 0) {
        dz_buf_free(&expr);
        return NULL;
    }
    c = run_query(d, expr.data, 0, o);
    dz_buf_free(&expr);
    return c;
}

dz_cursor *search_raw(dossier *d, const char *expr, const search_opts *o)
{
    if (!expr || !*expr) {
        dz_error(d, DOSSIER_MISUSE, "search: empty FTS5 expression");
        return NULL;
    }
    if (d->store.pg) {
        /* FTS5 refuses a string left open; the translation would close it */
        size_t i, quotes = 0;
        for (i = 0; expr[i]; i++)
            quotes += expr[i] == '"';
        if (quotes % 2) {
            dz_error(d, DOSSIER_MISUSE, "search: unterminated string");
            return NULL;
        }
    }
    return run_query(d, expr, 1, o);
}

int64_t search_count(dossier *d, const char *q, size_t n, const search_opts *o)
{
    dz_buf expr = { 0 };
    dz_buf match = { 0 };
    dz_sql sql = { 0 };
    dz_cursor *c;
    int64_t count = -1;
    int rc;
    if (compile(d, q, n, &expr) != 0) {
        dz_buf_free(&expr);
        return -1;
    }
    if (d->store.pg) {                  /* on a server: search_pg.c */
        count = search_pg_count(d, expr.data, &o->f);
        dz_buf_free(&expr);
        return count;
    }
    if (search_match_arg(expr.data, 0, &match) != 0) {
        dz_error(d, DOSSIER_NOMEM, "out of memory");
        dz_buf_free(&expr);
        return -1;
    }
    sql_text(&sql, match.data);         /* bound when the cursor is made */
    sql_add(&sql, "SELECT count(*) FROM articles_fts"
                  " WHERE articles_fts MATCH " SEARCH_MATCH);
    period_clause(&sql, &o->f, PERIOD_ALL);
    filter_exists(&sql, &o->f);
    c = sql_cursor(d, &sql);
    if (c) {
        rc = dz_cursor_step(c);
        if (rc == 1)
            count = dz_cursor_int(c, 0);
        dz_cursor_free(c);
    }
    dz_buf_free(&match);
    dz_buf_free(&expr);
    return count;
}

/* ============================================================================
** Keyword in context: FTS5's highlight() marks every match in a body with
** STX / ETX (using the same tokenizer, so stems, accents and phrases agree
** with search); we cut fixed-width contexts around each mark.
** ==========================================================================*/

typedef struct kspan { size_t start, end; } kspan;

/* Append one line for the match [s, e) of the cleaned text t (len n). */
static int kwic_line(search_kwic *k, int64_t id, const char *t, size_t n,
                     size_t s, size_t e, int width)
{
    size_t ls = s, re = e, pad;
    int w;
    char *left;
    search_kwic_line *line;

    for (w = 0; w < width && ls > 0; w++) {
        ls--;
        while (ls > 0 && ((unsigned char)t[ls] & 0xC0) == 0x80)
            ls--;
    }
    pad = (size_t)(width - w);
    for (w = 0; w < width && re < n; w++) {
        re++;
        while (re < n && ((unsigned char)t[re] & 0xC0) == 0x80)
            re++;
    }
    if (DZ_VEC_PUSH(k->lines, k->n, k->cap) < 0)
        return -1;
    left = dz_arena_alloc(&k->arena, pad + (s - ls) + 1);
    if (!left)
        return -1;
    memset(left, ' ', pad);
    memcpy(left + pad, t + ls, s - ls);
    left[pad + (s - ls)] = '\0';
    line = &k->lines[k->n];
    line->id = id;
    line->left = left;
    line->match = dz_arena_strndup(&k->arena, t + s, e - s);
    line->right = dz_arena_strndup(&k->arena, t + e, re - e);
    if (!line->match || !line->right)
        return -1;
    k->n++;
    return 0;
}

/* Clean the highlighted text h into b (whitespace runs become one space,
** marks removed) and record the marked spans; then cut the lines. */
static int kwic_article(search_kwic *k, int64_t id, const char *h, size_t hn,
                        int width, int64_t limit, dz_buf *b)
{
    kspan *spans = NULL;
    int nspans = 0, cap = 0, i, rc = 0, in_space = 0;
    size_t j;

    b->len = 0;
    for (j = 0; j < hn; j++) {
        unsigned char ch = (unsigned char)h[j];
        if (ch == 2) {
            if (DZ_VEC_PUSH(spans, nspans, cap) < 0) {
                free(spans);
                return -1;
            }
            spans[nspans].start = b->len;
            spans[nspans].end = SIZE_MAX;
            nspans++;
            in_space = 0;
        } else if (ch == 3) {
            if (nspans && spans[nspans - 1].end == SIZE_MAX)
                spans[nspans - 1].end = b->len;
        } else if (ch <= ' ' || ch == 0x7f) {
            if (!in_space && b->len > 0)
                dz_buf_putc(b, ' ');
            in_space = 1;
        } else {
            dz_buf_putc(b, (char)ch);
            in_space = 0;
        }
    }
    if (!b->data && hn) {
        free(spans);
        return -1;
    }
    for (i = 0; i < nspans && rc == 0; i++) {
        if (limit > 0 && k->n >= limit)
            break;
        if (spans[i].end == SIZE_MAX || spans[i].end <= spans[i].start)
            continue;
        rc = kwic_line(k, id, b->data, b->len, spans[i].start, spans[i].end, width);
    }
    free(spans);
    return rc;
}

int search_kwic_run(dossier *d, const char *q, size_t n, int width,
                    const dz_article_filter *f, search_kwic *k)
{
    dz_buf expr = { 0 }, text = { 0 };
    dz_sql sql = { 0 };
    dz_cursor *c;
    int rc = 0, step;

    if (width < 0)
        width = 0;
    if (width > 1000)
        width = 1000;
    if (compile(d, q, n, &expr) != 0) {
        dz_buf_free(&expr);
        return -1;
    }
    if (d->store.pg) {
        /* on a server: the whole body marked by ts_headline, over the
        ** query as a tsquery (search_pg.c; a phrase's words are marked
        ** one by one) */
        char *ts = search_pg_tsquery(expr.data ? expr.data : "");
        dz_buf_free(&expr);
        if (!ts)
            return dz_error(d, DOSSIER_NOMEM, "out of memory"), -1;
        expr.data = ts;         /* freed below with the buffer */
        expr.len = expr.cap = strlen(ts) + 1;
#define HEADLINE "ts_headline('dossier', a.body, q.q, 'HighlightAll=true," \
        " StartSel=\"' || ?2 || '\", StopSel=\"' || ?3 || '\"')"
        push_match(&sql, expr.data, NULL, NULL);
        sql_add(&sql, "SELECT a.id, %s FROM articles a,", strstr(ts, " <-> ")
                ? SEARCH_PG_JOIN_MARKS(HEADLINE, "?2", "?3") : HEADLINE);
#undef HEADLINE
        sql_add(&sql,
                      " (SELECT to_tsquery('dossier', ?1) AS q) q"
                      " WHERE a.tsv @@ q.q");
        sql_article_filter(&sql, f, "a");
        sql_add(&sql, " ORDER BY a.id");
    } else {
        push_match(&sql, expr.data, NULL, NULL);
        sql_add(&sql, "SELECT rowid, highlight(articles_fts, 2, ?2, ?3)"
                      " FROM articles_fts WHERE articles_fts MATCH ?1");
        filter_exists(&sql, f);
        sql_add(&sql, " ORDER BY rowid");
    }
    if (!(c = sql_cursor(d, &sql))) {
        dz_buf_free(&expr);
        return -1;
    }
    while ((step = dz_cursor_step(c)) == 1) {
        size_t hn;
        const char *h = dz_cursor_text(c, 1, &hn);
        if (!h)
            continue;
        if (kwic_article(k, dz_cursor_int(c, 0), h, hn, width, f->limit, &text) < 0) {
            dz_error(d, DOSSIER_NOMEM, "out of memory");
            rc = -1;
            break;
        }
        if (f->limit > 0 && k->n >= f->limit)
            break;
    }
    if (step < 0)
        rc = -1;
    dz_cursor_free(c);
    dz_buf_free(&expr);
    dz_buf_free(&text);
    return rc;
}

void search_kwic_free(search_kwic *k)
{
    free(k->lines);
    dz_arena_free(&k->arena);
    memset(k, 0, sizeof *k);
}
