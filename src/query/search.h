/*
** search.h — what search.c offers: ranked full-text search over the
** articles_fts index, counts, raw FTS5 queries and keyword-in-context lines.
**
** The query language (search_compile) is ours, parsed by a small
** recursive-descent parser into an FTS5 expression in which every word is a
** quoted FTS5 string, so no user input ever reaches FTS5's own syntax:
**
**   sanctions            a word; inflections match (porter stemmer), case
**                        and accents do not matter ("Erdogan" = "Erdoğan")
**   "illusion of stability"   a phrase (straight or curly quotes; an
**                        unclosed quote runs to the end of the query)
**   a b  /  a AND b  /  a && b     both;   a OR b  /  a | b   either;
**   a NOT b  /  a -b     a but not b;  +a is a;  repeated words count once
**   ( ... )              grouping (a missing ')' is closed at the end)
**   merg*  "oil pri"*    prefix
**   a NEAR b, a NEAR/5 b, NEAR(a b c, 8)   within N words (default 10)
**   title:word  title:"phrase"  title:(a OR b)   one column (title, dek,
**                        body)
**   U.S.-China, Xi's     words with punctuation inside are phrases of
**                        their parts ("u s china"); punctuation-only words
**                        are ignored
**
** Operators are recognised in capitals only (lower-case "and" is a word).
** A query it cannot make sense of (an operator with nothing on one side,
** only exclusions, nothing to look for, invalid UTF-8, nesting deeper than
** SEARCH_MAX_DEPTH, more than SEARCH_MAX_TERMS words) is a one-line message
** with the character position (1-based) where it went wrong. NUL bytes and
** other control characters count as spaces.
**
** Match marks: snippets mark each matched term with STX (U+0002) before
** and ETX (U+0003) after, unless the caller asks for other marks. The REPL
** renderer (l_report.c) turns them into colour on a terminal and drops them
** otherwise; scripts can pass marks={"[", "]"} (or "**") instead.
*/
#ifndef DOSSIER_SEARCH_H
#define DOSSIER_SEARCH_H

#include "query/sql.h"

#define SEARCH_MARK_OPEN  "\002"
#define SEARCH_MARK_CLOSE "\003"
#define SEARCH_MAX_DEPTH  10         /* parentheses in a user query */
#define SEARCH_MAX_FTS_NESTING 24    /* in the FTS5 expression: its parser's
                                     ** stack holds 100 entries */
#define SEARCH_MAX_TERMS  4000
#define SEARCH_NEAR_DEFAULT 10

/* A compile error: message and the byte offset in the query (pos) and the
** 1-based character column (col) it refers to. */
typedef struct search_error {
    char msg[200];
    size_t pos;
    size_t col;
} search_error;

/* Translate the user query q (n bytes, need not be NUL-terminated) into an
** FTS5 MATCH expression appended to out (caller frees out). Returns 0, or
** -1 with e filled ("out of memory" has pos 0). Pure: no database. */
int search_compile(const char *q, size_t n, dz_buf *out, search_error *e);

/* Options shared by the query functions: the article filter (since, until,
** kind, section, limit, offset; newest_first orders by date, newest first,
** instead of by rank) and the snippet marks (NULL for STX / ETX). */
typedef struct search_opts {
    dz_article_filter f;
    const char *mark_open, *mark_close;
} search_opts;

/* Ranked search: records {id, title, published, kind, score, snippet},
** best first (score is -bm25 with title weighted 10, dek 3, body 1: higher
** is better; dz_bm25, store.c). Each phrase's rows are counted first
** (its weight), then every match is scored and only the top rows kept
** (a sorter bounded by the limit); snippets are made only for the rows
** returned. A search bounded by dates within 36 months walks only those
** months' articles (their month tokens in the index), and returns the top
** of the exhaustive ranking. A search of the whole corpus for words and
** phrases that must all be there (and some that must not: no OR, NEAR or
** column) walks each phrase once and scores only the rows that can reach
** the top (store_fts_best): the same rows and scores as the exhaustive
** ranking, ties in id order. A query that does not compile returns NULL with
** the one-line message "search: <what> (at character N)" in d. Cursor
** owned by the caller. */
dz_cursor *search_query(dossier *d, const char *q, size_t n,
                        const search_opts *o);
/* The MATCH argument for the FTS5 expression expr, appended to out: expr
** in parentheses, or kept to the text columns ("{title dek body} : (expr)")
** when it could match the month tokens of the index's period column (a
** word like "m202404" or "mx") or is the user's own (raw). The column
** filter costs: it makes FTS5 read the positions of every match, twice as
** slow a one-month search. 0, or -1 when out of memory. */
int search_match_arg(const char *expr, int raw, dz_buf *out);
/* Build into q the query search_query runs for o over the MATCH argument
** match (search_match_arg): parameters ?1 that argument, ?2 / ?3 the
** marks, ?4 limit (-1: none), ?5 offset, ?6.. the filter values. rank is
** the ranking's arguments (the column weights, then, when counted, each
** phrase's number of rows: see dz_bm25 in store.c), NULL for the weights
** alone. */
void search_query_sql(const search_opts *o, const char *match,
                      const char *rank, int counted, dz_sql *q);
/* The same over an FTS5 expression written by the user (FTS5 syntax
** errors surface when the cursor is stepped). */
dz_cursor *search_raw(dossier *d, const char *expr, const search_opts *o);
/* Number of matching articles (limit / offset ignored), or -1 with the
** message set. */
int64_t search_count(dossier *d, const char *q, size_t n, const search_opts *o);

/* Keyword in context. */
typedef struct search_kwic_line {
    int64_t id;
    const char *left, *match, *right;   /* owned by the search_kwic arena */
} search_kwic_line;

typedef struct search_kwic {
    search_kwic_line *lines;
    int n, cap;
    dz_arena arena;
} search_kwic;

/* Fill k (zero-initialised by the caller) with one line per match of the
** query q in article bodies, in article order: left holds the width
** characters before the match, right-aligned with spaces (so matches line
** up when printed), match the matched text, right the width characters
** after. Line breaks become spaces. f filters articles; f->limit caps the
** number of lines (<= 0: no cap). Returns 0, or -1 with the message set;
** free k with search_kwic_free either way. */
int search_kwic_run(dossier *d, const char *q, size_t n, int width,
                    const dz_article_filter *f, search_kwic *k);
void search_kwic_free(search_kwic *k);

#endif
