/*
** formats.c — structured inputs: RSS and Atom feeds (libxml2), JSON lines
** (jansson) and CSV with a header row, plus the date finder every parser
** shares. Each parser is a pure function from bytes to a dz_doclist: one
** article per feed item, JSON line or CSV row. Known fields (title, body /
** text, published / date, url, source, section, author, ...) fill the
** record; any other field is kept in the record's meta JSON object.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "ingest/ingest.h"
#include "base/xml.h"

/* ---- fields shared by JSON lines and CSV -------------------------------------*/

/* Which article field a column or key names; NULL when none (kept in
** meta). Matching is case-insensitive. */
typedef enum {
    F_NONE, F_TITLE, F_BODY, F_DATE, F_URL, F_SOURCE, F_SECTION, F_AUTHOR,
    F_DEK, F_REGION, F_KIND, F_CAPTIONS
} field_id;

static field_id field_of(const char *name)
{
    static const struct { const char *name; field_id f; } map[] = {
        { "title", F_TITLE }, { "headline", F_TITLE },
        { "body", F_BODY }, { "text", F_BODY }, { "content", F_BODY },
        { "article", F_BODY }, { "story", F_BODY },
        { "published", F_DATE }, { "date", F_DATE }, { "pubdate", F_DATE },
        { "published_at", F_DATE }, { "publish_date", F_DATE },
        { "datetime", F_DATE }, { "date_published", F_DATE },
        { "url", F_URL }, { "link", F_URL },
        { "source", F_SOURCE }, { "site", F_SOURCE }, { "publisher", F_SOURCE },
        { "section", F_SECTION }, { "category", F_SECTION },
        { "author", F_AUTHOR }, { "byline", F_AUTHOR }, { "authors", F_AUTHOR },
        { "dek", F_DEK }, { "summary", F_DEK }, { "description", F_DEK },
        { "subtitle", F_DEK }, { "standfirst", F_DEK },
        { "region", F_REGION }, { "kind", F_KIND },
        { "captions", F_CAPTIONS }, { "caption", F_CAPTIONS },
    };
    size_t i;
    for (i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcasecmp(name, map[i].name) == 0)
            return map[i].f;
    return F_NONE;
}

/* Set one field of a from a string value (copied into the arena). Dates
** are normalised to ISO; a date that cannot be read is kept in meta.
** Returns 0, 1 when the value belongs in meta instead, -1 on no memory. */
static int set_field(dz_doclist *l, dossier_article *a, field_id f,
                     const char *v, size_t n)
{
    const char **slot = NULL;
    char date[11];
    switch (f) {
    case F_TITLE: slot = &a->title; break;
    case F_BODY: slot = &a->body; break;
    case F_URL: slot = &a->url; break;
    case F_SOURCE: slot = &a->source; break;
    case F_SECTION: slot = &a->section; break;
    case F_AUTHOR: slot = &a->byline; break;
    case F_DEK: slot = &a->dek; break;
    case F_REGION: slot = &a->region; break;
    case F_CAPTIONS: slot = &a->captions; break;
    case F_KIND:
        if ((n == 7 && !memcmp(v, "article", 7)) || (n == 6 && !memcmp(v, "teaser", 6)) ||
            (n == 4 && !memcmp(v, "link", 4))) {
            slot = &a->kind;
            break;
        }
        return 1;
    case F_DATE:
        if (a->published)
            return 1;
        if (dz_date_find(v, n < 64 ? n : 64, date) != 0)
            return 1;
        if (!(a->published = dz_arena_strdup(&l->arena, date)))
            return -1;
        a->date_source = "meta";
        return 0;
    case F_NONE:
        return 1;
    }
    if (*slot)
        return 1;                           /* a second column of the same kind */
    if (n == 0)
        return 0;
    return (*slot = dz_arena_strndup(&l->arena, v, n)) ? 0 : -1;
}

/* Store obj (if it has keys) as a's meta text. -1 on no memory. */
static int set_meta(dz_doclist *l, dossier_article *a, json_t *obj)
{
    char *txt;
    if (json_object_size(obj) == 0)
        return 0;
    txt = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!txt)
        return -1;
    a->meta = dz_arena_strdup(&l->arena, txt);
    free(txt);
    return a->meta ? 0 : -1;
}

/* ---- JSON lines ----------------------------------------------------------------*/

/* Text of a JSON scalar for a string field: strings as they are, numbers
** and booleans printed, arrays of strings joined with ", ". NULL for
** objects and null. Caller frees. */
static char *json_text(json_t *v)
{
    if (json_is_string(v))
        return dz_strndup(json_string_value(v), json_string_length(v));
    if (json_is_integer(v) || json_is_real(v) || json_is_boolean(v))
        return json_dumps(v, JSON_ENCODE_ANY);
    if (json_is_array(v)) {
        dz_buf b = { 0 };
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x) {
            if (!json_is_string(x)) {
                dz_buf_free(&b);
                return NULL;
            }
            if ((b.len && dz_buf_puts(&b, ", ") != 0) || dz_buf_puts(&b, json_string_value(x)) != 0) {
                dz_buf_free(&b);
                return NULL;
            }
        }
        return b.len ? dz_buf_detach(&b) : (dz_buf_free(&b), NULL);
    }
    return NULL;
}

/* One JSON object into an article. Returns 0, -1 on no memory. */
static int json_record(dz_doclist *l, json_t *obj)
{
    dossier_article *a = doclist_add(l);
    json_t *meta = json_object(), *v;
    const char *key;
    int rc = 0;
    if (!a || !meta) {
        json_decref(meta);
        return -1;
    }
    a->kind = "article";
    a->date_source = "unknown";
    json_object_foreach(obj, key, v) {
        field_id f = field_of(key);
        char *txt = f != F_NONE ? json_text(v) : NULL;
        int r = txt ? set_field(l, a, f, txt, strlen(txt)) : 1;
        free(txt);
        if (r < 0) {
            rc = -1;
            break;
        }
        if (r == 1 && !json_is_null(v) && json_object_set(meta, key, v) != 0) {
            rc = -1;
            break;
        }
    }
    if (rc == 0)
        rc = set_meta(l, a, meta);
    json_decref(meta);
    return rc;
}

/* ---- JSON lines: flat objects without jansson --------------------------------
** Nearly every line of a JSON-lines corpus is one object of known string
** fields ({"title": "...", "body": "...", ...}). jsonl_flat reads such a
** line directly, with no tree and no copies but the article's own; any
** other line (a key kept in meta, a value that is not a string, a key
** twice, an escape of NUL or of a surrogate, a control character or
** invalid UTF-8 in a string, a value set_field would keep in meta) is left
** to jansson, so the article is the same either way. */

#define FLAT_MAXFIELDS 32

/* One field of a flat line: its value is v (n bytes) in the line, or at
** offset off of the decoding buffer when it held escapes (v NULL). */
typedef struct flat_field {
    field_id f;
    const char *v;
    size_t off, n;
    const char *key;            /* in the line (keys have no escapes) */
    size_t klen;
} flat_field;

/* Value of hex digit c, or -1. */
static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The bytes a JSON string's plain run may hold: printable ASCII but the
** quote and the backslash (one table look-up a byte: this loop reads
** every byte of a JSON lines file). */
#define PLAIN_ROW(v) v, v, v, v, v, v, v, v
static const unsigned char plain_byte[256] = {
    PLAIN_ROW(0), PLAIN_ROW(0), PLAIN_ROW(0), PLAIN_ROW(0),      /* 0x00-0x1f */
    1, 1, 0, 1, 1, 1, 1, 1, PLAIN_ROW(1), PLAIN_ROW(1), PLAIN_ROW(1), /* '"' */
    PLAIN_ROW(1), PLAIN_ROW(1), PLAIN_ROW(1),
    1, 1, 1, 1, 0, 1, 1, 1,                                      /* '\\' */
    PLAIN_ROW(1), PLAIN_ROW(1), PLAIN_ROW(1), PLAIN_ROW(1),      /* 0x60-0x7f */
};
#undef PLAIN_ROW

/* Read the JSON string at *pp (after its opening quote) up to e: on
** success *pp is past the closing quote and the value is (*v, *n) in the
** line when it has no escapes, else appended to b from offset *off (*v
** NULL). Returns 0, 1 when jansson should judge it, -1 on no memory. */
static int flat_string(const char **pp, const char *e, dz_buf *b,
                       const char **v, size_t *off, size_t *n)
{
    const unsigned char *p = (const unsigned char *)*pp, *end = (const unsigned char *)e;
    const unsigned char *start = p, *run;
    int escaped = 0;
    *off = b->len;
    for (;;) {
        run = p;
        while (p < end && plain_byte[*p])
            p++;
        if (escaped && p > run && dz_buf_append(b, (const char *)run, (size_t)(p - run)) != 0)
            return -1;
        if (p >= end || *p < 0x20)
            return 1;
        if (*p == '"')
            break;
        if (*p >= 0x80) {
            int k = dz_utf8_seqlen(p, (size_t)(end - p));
            if (k < 2)
                return 1;
            if (escaped && dz_buf_append(b, (const char *)p, (size_t)k) != 0)
                return -1;
            p += k;
            continue;
        }
        /* an escape: the text so far goes to b first */
        if (!escaped) {
            if (dz_buf_append(b, (const char *)start, (size_t)(p - start)) != 0)
                return -1;
            escaped = 1;
        }
        if (p + 1 >= end)
            return 1;
        {
            char c, enc[4];
            int32_t cp = 0;
            switch (p[1]) {
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case '/': c = '/'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'u':
                if (end - p < 6)
                    return 1;
                for (int i = 2; i < 6; i++) {
                    int h = hexval(p[i]);
                    if (h < 0)
                        return 1;
                    cp = cp * 16 + h;
                }
                if (cp == 0 || (cp >= 0xd800 && cp <= 0xdfff))
                    return 1;
                if (dz_buf_append(b, enc, (size_t)dz_utf8_encode(cp, enc)) != 0)
                    return -1;
                p += 6;
                continue;
            default:
                return 1;
            }
            if (dz_buf_putc(b, c) != 0)
                return -1;
            p += 2;
        }
    }
    if (escaped) {
        *v = NULL;
        *n = b->len - *off;
    } else {
        *v = (const char *)start;
        *n = (size_t)(p - start);
    }
    *pp = (const char *)p + 1;
    return 0;
}

/* Skip JSON whitespace (as jansson reads it: space, tab, LF, CR). */
static const char *flat_space(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* The article of the flat line s[0..n) (at its opening brace) into out,
** as json_record makes it. Returns 0, 1 when the line is not flat (or
** its article would keep something in meta: out is then unchanged), -1
** on no memory. */
static int jsonl_flat(const char *s, size_t n, dz_doclist *out)
{
    const char *p = s, *e = s + n;
    flat_field fl[FLAT_MAXFIELDS];
    int nf = 0, rc = 1;
    dz_buf b = { 0 };
    dossier_article a;

    if (p >= e || *p != '{')
        return 1;
    p = flat_space(p + 1, e);
    if (p < e && *p == '}')
        goto parsed;
    for (;;) {
        const char *key, *kend;
        char kbuf[32];
        if (p >= e || *p != '"' || nf == FLAT_MAXFIELDS)
            goto done;
        key = ++p;
        while (p < e && *p != '"' && *p != '\\' && (unsigned char)*p >= 0x20 &&
               (unsigned char)*p < 0x80)
            p++;
        if (p >= e || *p != '"' || (size_t)(p - key) >= sizeof kbuf)
            goto done;
        kend = p;
        memcpy(kbuf, key, (size_t)(kend - key));
        kbuf[kend - key] = 0;
        if ((fl[nf].f = field_of(kbuf)) == F_NONE)
            goto done;
        for (int i = 0; i < nf; i++)
            if (fl[i].klen == (size_t)(kend - key) && !memcmp(fl[i].key, key, fl[i].klen))
                goto done;                  /* a key twice */
        fl[nf].key = key;
        fl[nf].klen = (size_t)(kend - key);
        p = flat_space(p + 1, e);
        if (p >= e || *p != ':')
            goto done;
        p = flat_space(p + 1, e);
        if (p >= e || *p != '"')
            goto done;
        p++;
        if ((rc = flat_string(&p, e, &b, &fl[nf].v, &fl[nf].off, &fl[nf].n)) != 0)
            goto done;
        rc = 1;
        nf++;
        p = flat_space(p, e);
        if (p < e && *p == ',') {
            p = flat_space(p + 1, e);
            continue;
        }
        if (p < e && *p == '}')
            break;
        goto done;
    }
parsed:
    /* the fields as json_record sets them, on a copy: a value it would
       keep in meta sends the line to jansson with out untouched (what
       went into the arena stays there, bounded by the line) */
    memset(&a, 0, sizeof a);
    a.kind = "article";
    a.date_source = "unknown";
    for (int i = 0; i < nf; i++) {
        const char *v = fl[i].v ? fl[i].v : b.data + fl[i].off;
        int r = set_field(out, &a, fl[i].f, v ? v : "", fl[i].n);
        if (r != 0) {
            rc = r;
            goto done;
        }
    }
    {
        dossier_article *slot = doclist_add(out);
        if (!slot) {
            rc = -1;
            goto done;
        }
        *slot = a;
    }
    rc = 0;
done:
    dz_buf_free(&b);
    return rc;
}

int jsonl_parse_line(const char *s, size_t n, int64_t line, dz_doclist *out,
                     char *err, size_t errlen)
{
    const char *q = s, *e = s + n;
    json_error_t je;
    json_t *obj;
    while (q < e && isspace((unsigned char)*q))
        q++;
    if (q == e)
        return 1;
    switch (jsonl_flat(q, (size_t)(e - q), out)) {
    case 0:
        return 0;
    case -1:
        snprintf(err, errlen, "out of memory");
        return -1;
    default:
        break;                          /* not flat: jansson reads it */
    }
    obj = json_loadb(q, (size_t)(e - q), JSON_DISABLE_EOF_CHECK, &je);
    if (!obj) {
        snprintf(err, errlen, "line %lld: invalid JSON: %s", (long long)line, je.text);
        return -1;
    }
    if (!json_is_object(obj)) {
        json_decref(obj);
        snprintf(err, errlen, "line %lld: expected a JSON object", (long long)line);
        return -1;
    }
    if (json_record(out, obj) != 0) {
        json_decref(obj);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    json_decref(obj);
    return 0;
}

int jsonl_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    const char *p = s, *end = s + n;
    int64_t line = 0;
    int records = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        int rc = jsonl_parse_line(p, (size_t)(le - p), ++line, out, err, errlen);
        if (rc < 0)
            return -1;
        records += rc == 0;
        if (!nl)
            break;
        p = nl + 1;
    }
    if (records == 0) {
        snprintf(err, errlen, "no JSON records");
        return -1;
    }
    return 0;
}

int json_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    json_error_t je;
    json_t *doc = json_loadb(s, n, 0, &je), *v;
    size_t i;
    int rc = 0;
    if (!doc) {
        snprintf(err, errlen, "line %d: invalid JSON: %s", je.line, je.text);
        return -1;
    }
    if (json_is_object(doc)) {
        rc = json_record(out, doc);
    } else if (json_is_array(doc)) {
        json_array_foreach(doc, i, v) {
            if (!json_is_object(v)) {
                snprintf(err, errlen, "item %zu of the array is not an object", i + 1);
                json_decref(doc);
                return -1;
            }
            if ((rc = json_record(out, v)) != 0)
                break;
        }
    } else {
        snprintf(err, errlen, "expected an object or an array of objects");
        json_decref(doc);
        return -1;
    }
    json_decref(doc);
    if (rc != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (out->n == 0) {
        snprintf(err, errlen, "no JSON records");
        return -1;
    }
    return 0;
}

/* ---- CSV -------------------------------------------------------------------------*/

/* Read one CSV field starting at *pp (RFC 4180: quoted fields may hold
** separators, newlines and doubled quotes). The unquoted value goes into
** b. *eol is set when the field ended its record. Returns 0, or -1 on an
** unterminated quote / no memory (message in err). */
static int csv_field(const char **pp, const char *end, char sep, dz_buf *b,
                     int *eol, char *err, size_t errlen)
{
    const char *p = *pp;
    b->len = 0;
    *eol = 0;
    if (p < end && *p == '"') {
        p++;
        for (;;) {
            const char *q = memchr(p, '"', (size_t)(end - p));
            if (!q) {
                snprintf(err, errlen, "unterminated quoted field");
                return -1;
            }
            if (dz_buf_append(b, p, (size_t)(q - p)) != 0)
                goto nomem;
            p = q + 1;
            if (p < end && *p == '"') {
                if (dz_buf_putc(b, '"') != 0)
                    goto nomem;
                p++;
                continue;
            }
            break;
        }
        while (p < end && *p != sep && *p != '\n')
            p++;                            /* junk after the closing quote */
    } else {
        const char *q = p;
        while (q < end && *q != sep && *q != '\n')
            q++;
        if (dz_buf_append(b, p, (size_t)(q - p)) != 0)
            goto nomem;
        p = q;
    }
    if (b->len && b->data[b->len - 1] == '\r')
        b->len--;
    if (dz_buf_append(b, "", 0) != 0)
        goto nomem;
    if (p >= end || *p == '\n')
        *eol = 1;
    if (p < end)
        p++;
    *pp = p;
    return 0;
nomem:
    snprintf(err, errlen, "out of memory");
    return -1;
}

/* The separator of a CSV text: the most frequent of , ; TAB on the first
** line (outside quotes). */
static char csv_separator(const char *s, size_t n)
{
    int c = 0, sc = 0, t = 0, inq = 0;
    size_t i;
    for (i = 0; i < n && (inq || s[i] != '\n'); i++) {
        if (s[i] == '"')
            inq = !inq;
        else if (!inq && s[i] == ',')
            c++;
        else if (!inq && s[i] == ';')
            sc++;
        else if (!inq && s[i] == '\t')
            t++;
    }
    if (t > c && t > sc)
        return '\t';
    if (sc > c)
        return ';';
    return ',';
}

int csv_parse(const char *s, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    const char *p = s, *end = s + n;
    char sep;
    char **names = NULL;
    int ncols = 0, cap = 0, eol = 0, i, rc = -1, known = 0, row = 1;
    dz_buf b = { 0 };
    json_t *meta = NULL;

    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3))
        p += 3;                             /* byte-order mark */
    sep = csv_separator(p, (size_t)(end - p));
    /* the header */
    while (!eol && p < end) {
        size_t k;
        if (csv_field(&p, end, sep, &b, &eol, err, errlen) != 0)
            goto done;
        if (DZ_VEC_PUSH(names, ncols, cap) != 0)
            goto nomem;
        for (k = 0; k < b.len; k++)
            if (b.data[k] == ' ')
                b.data[k] = '_';
        if (!(names[ncols] = dz_strndup(b.data ? b.data : "", b.len)))
            goto nomem;
        if (field_of(names[ncols]) == F_TITLE || field_of(names[ncols]) == F_BODY)
            known = 1;
        ncols++;
    }
    if (!known) {
        snprintf(err, errlen, "CSV header has no title or body/text column");
        goto done;
    }
    /* the rows */
    while (p < end) {
        dossier_article *a;
        int col = 0;
        row++;
        if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n')) {
            p += *p == '\r' ? 2 : 1;
            continue;                       /* blank line */
        }
        if (!(a = doclist_add(out)) || !(meta = json_object()))
            goto nomem;
        a->kind = "article";
        a->date_source = "unknown";
        eol = 0;
        while (!eol && p < end) {
            int r;
            if (csv_field(&p, end, sep, &b, &eol, err, errlen) != 0) {
                char m[128];
                snprintf(m, sizeof m, "%s", err);
                snprintf(err, errlen, "row %d: %s", row, m);
                goto done;
            }
            if (col < ncols) {
                r = set_field(out, a, field_of(names[col]), b.data, b.len);
                if (r < 0)
                    goto nomem;
                if (r == 1 && b.len && json_object_set_new(meta, names[col],
                                                           json_stringn(b.data, b.len)) != 0)
                    goto nomem;
            }
            col++;
        }
        if (set_meta(out, a, meta) != 0)
            goto nomem;
        json_decref(meta);
        meta = NULL;
        if ((!a->title || !*a->title) && (!a->body || !*a->body))
            out->n--;                       /* a row with neither: skip */
    }
    if (out->n == 0) {
        snprintf(err, errlen, "no CSV rows with a title or body");
        goto done;
    }
    rc = 0;
    goto done;
nomem:
    snprintf(err, errlen, "out of memory");
done:
    json_decref(meta);
    for (i = 0; i < ncols; i++)
        free(names[i]);
    free(names);
    dz_buf_free(&b);
    return rc;
}

/* ---- RSS and Atom ------------------------------------------------------------*/

/* Decode one HTML entity at s (after '&'); appends to b and returns the
** bytes consumed including ';', or 0 when it is not an entity we know. */
static size_t html_entity(const char *s, size_t n, dz_buf *b)
{
    static const struct { const char *name; int cp; } ents[] = {
        { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
        { "apos", '\'' }, { "nbsp", ' ' }, { "mdash", 0x2014 },
        { "ndash", 0x2013 }, { "rsquo", 0x2019 }, { "lsquo", 0x2018 },
        { "rdquo", 0x201D }, { "ldquo", 0x201C }, { "hellip", 0x2026 },
    };
    const char *semi = memchr(s, ';', n < 12 ? n : 12);
    char enc[4];
    size_t k;
    int cp = -1;
    if (!semi)
        return 0;
    k = (size_t)(semi - s);
    if (k > 1 && s[0] == '#') {
        char *e;
        long v = (s[1] == 'x' || s[1] == 'X') ? strtol(s + 2, &e, 16) : strtol(s + 1, &e, 10);
        if (e != semi || v <= 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return 0;
        cp = (int)v;
    } else {
        size_t i;
        for (i = 0; i < sizeof ents / sizeof ents[0]; i++)
            if (strlen(ents[i].name) == k && !memcmp(s, ents[i].name, k))
                cp = ents[i].cp;
    }
    if (cp < 0)
        return 0;
    if (cp < 0x20 && cp != '\n' && cp != '\t')
        cp = ' ';
    if (dz_buf_append(b, enc, (size_t)dz_utf8_encode(cp, enc)) != 0)
        return 0;
    return k + 1;
}

/* Text of an HTML fragment (feed descriptions): tags dropped, block tags
** become paragraph breaks, entities decoded, spaces collapsed. Result in
** the arena; NULL on no memory. */
static char *html_fragment_text(dz_arena *ar, const char *s, size_t n)
{
    dz_buf b = { 0 };
    size_t i = 0;
    int space = 0;
    char *r;
    if (dz_buf_append(&b, "", 0) != 0)
        return NULL;
    while (i < n) {
        if (s[i] == '<') {
            const char *gt = memchr(s + i, '>', n - i);
            size_t k = gt ? (size_t)(gt - (s + i)) + 1 : n - i;
            const char *t = s + i + 1;
            if (*t == '/')
                t++;
            if (!strncasecmp(t, "p", 1) && (t[1] == '>' || t[1] == ' ')) {
                while (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\n'))
                    b.len--;
                if (b.len && dz_buf_puts(&b, "\n\n") != 0)
                    goto nomem;
                space = 0;
            } else if (!strncasecmp(t, "br", 2) || !strncasecmp(t, "div", 3) ||
                       !strncasecmp(t, "li", 2) || (t[0] == 'h' && isdigit((unsigned char)t[1]))) {
                while (b.len && b.data[b.len - 1] == ' ')
                    b.len--;
                if (b.len && b.data[b.len - 1] != '\n' && dz_buf_puts(&b, "\n") != 0)
                    goto nomem;
                space = 0;
            } else {
                space = b.len && b.data[b.len - 1] != '\n';
            }
            i += k;
            continue;
        }
        if (isspace((unsigned char)s[i])) {
            space = b.len && b.data[b.len - 1] != '\n';
            i++;
            continue;
        }
        if (space && dz_buf_putc(&b, ' ') != 0)
            goto nomem;
        space = 0;
        if (s[i] == '&') {
            size_t k = html_entity(s + i + 1, n - i - 1, &b);
            if (k) {
                i += k + 1;
                continue;
            }
        }
        if (dz_buf_putc(&b, s[i]) != 0)
            goto nomem;
        i++;
    }
    while (b.len && (b.data[b.len - 1] == ' ' || b.data[b.len - 1] == '\n'))
        b.len--;
    r = dz_arena_strndup(ar, b.data, b.len);
    dz_buf_free(&b);
    return r;
nomem:
    dz_buf_free(&b);
    return NULL;
}

static int name_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int ns_is(const xmlNode *n, const char *prefix)
{
    return n->ns && n->ns->prefix && !strcmp((const char *)n->ns->prefix, prefix);
}

/* The trimmed text content of n, in the arena (NULL when empty). */
static char *node_text(dz_arena *ar, xmlNode *n, int is_html)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *r = NULL;
    size_t len;
    const char *s;
    if (!c)
        return NULL;
    s = (const char *)c;
    len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    while (len && isspace((unsigned char)*s))
        s++, len--;
    if (len)
        r = is_html ? html_fragment_text(ar, s, len) : dz_arena_strndup(ar, s, len);
    xmlFree(c);
    return r && *r ? r : NULL;
}

/* One RSS <item> or Atom <entry> into an article. */
static int feed_item(dz_doclist *l, xmlNode *item, int atom, const char *feed_title)
{
    dossier_article *a = doclist_add(l);
    json_t *meta = json_object(), *cats = json_array();
    char *desc = NULL, *content = NULL, *date = NULL, *updated = NULL;
    xmlNode *c;
    int rc = 0;
    if (!a || !meta || !cats) {
        rc = -1;
        goto done;
    }
    a->kind = "article";
    a->date_source = "unknown";
    a->source = feed_title;
    for (c = item->children; c; c = c->next) {
        const char *nm;
        if (c->type != XML_ELEMENT_NODE)
            continue;
        nm = (const char *)c->name;
        if (!strcmp(nm, "title") && !a->title) {
            a->title = node_text(&l->arena, c, 1);
        } else if (!strcmp(nm, "link") && !a->url) {
            xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            if (href && (!rel || !strcmp((const char *)rel, "alternate")))
                a->url = dz_arena_strdup(&l->arena, (const char *)href);
            else if (!href && !atom)
                a->url = node_text(&l->arena, c, 0);
            xmlFree(href);
            xmlFree(rel);
        } else if ((!strcmp(nm, "description") || !strcmp(nm, "summary")) && !desc) {
            desc = node_text(&l->arena, c, 1);
        } else if ((!strcmp(nm, "encoded") && ns_is(c, "content")) ||
                   (atom && !strcmp(nm, "content"))) {
            if (!content)
                content = node_text(&l->arena, c, 1);
        } else if (!strcmp(nm, "pubDate") || !strcmp(nm, "published") ||
                   (!strcmp(nm, "date") && ns_is(c, "dc"))) {
            if (!date)
                date = node_text(&l->arena, c, 0);
        } else if (!strcmp(nm, "updated")) {
            updated = node_text(&l->arena, c, 0);
        } else if ((!strcmp(nm, "author") || (!strcmp(nm, "creator") && ns_is(c, "dc"))) &&
                   !a->byline) {
            xmlNode *k;
            for (k = c->children; k; k = k->next)
                if (name_is(k, "name"))
                    a->byline = node_text(&l->arena, k, 0);
            if (!a->byline)
                a->byline = node_text(&l->arena, c, 0);
        } else if (!strcmp(nm, "category")) {
            xmlChar *term = xmlGetProp(c, (const xmlChar *)"term");
            char *t = term ? dz_arena_strdup(&l->arena, (const char *)term)
                           : node_text(&l->arena, c, 0);
            xmlFree(term);
            if (t) {
                if (!a->section)
                    a->section = t;
                json_array_append_new(cats, json_string(t));
            }
        } else if (!strcmp(nm, "guid") || !strcmp(nm, "id")) {
            char *g = node_text(&l->arena, c, 0);
            if (g)
                json_object_set_new(meta, "guid", json_string(g));
            if (g && !a->url && !atom && !strncmp(g, "http", 4))
                a->url = g;
        }
    }
    if (!date)
        date = updated;
    if (date) {
        char iso[11];
        if (dz_date_find(date, strlen(date), iso) == 0 &&
            (a->published = dz_arena_strdup(&l->arena, iso)))
            a->date_source = "meta";
        else
            json_object_set_new(meta, "date", json_string(date));
    }
    if (content) {
        a->body = content;
        if (desc && strlen(desc) < 600 && strcmp(desc, content))
            a->dek = desc;
    } else {
        a->body = desc;
    }
    if (json_array_size(cats) > 1)
        json_object_set(meta, "categories", cats);
    rc = set_meta(l, a, meta);
    if ((!a->title || !*a->title) && (!a->body || !*a->body))
        l->n--;                             /* an empty item */
done:
    json_decref(meta);
    json_decref(cats);
    return rc;
}

static void collect_items(dz_doclist *l, xmlNode *n, const char *feed_title,
                          int *rc, int depth)
{
    for (; n && *rc == 0; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(n, "item"))
            *rc = feed_item(l, n, 0, feed_title);
        else if (name_is(n, "entry"))
            *rc = feed_item(l, n, 1, feed_title);
        else if (depth < 4)
            collect_items(l, n->children, feed_title, rc, depth + 1);
    }
}

/* Does the prolog of xml[0..n) (before the root element) declare an
** entity? */
static int declares_entities(const char *xml, size_t n)
{
    size_t i;
    for (i = 0; i + 1 < n; i++) {
        if (xml[i] != '<')
            continue;
        if (isalpha((unsigned char)xml[i + 1]))
            return 0;                       /* the root element: prolog over */
        if (n - i >= 8 && !memcmp(xml + i, "<!ENTITY", 8))
            return 1;
    }
    return 0;
}

int feed_parse(const char *xml, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    xmlDoc *doc;
    xmlNode *root, *c;
    const char *title = NULL;
    int rc = 0;
    if (n > (size_t)0x7fffffff) {
        snprintf(err, errlen, "feed too large");
        return -1;
    }
    if (dz_xml_load(err, errlen) != 0)
        return -1;
    if (declares_entities(xml, n)) {
        /* entities are expanded when the text is read out, without the
        ** parser's amplification checks: a few KB of nested entities
        ** become gigabytes ("billion laughs"). Feeds do not need them. */
        snprintf(err, errlen, "the feed declares its own XML entities "
                 "(<!ENTITY>): refused, as their expansion is unbounded");
        return -1;
    }
    /* no network, no entity expansion (no XXE), quiet */
    doc = xmlReadMemory(xml, (int)n, NULL, NULL,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                        XML_PARSE_NOCDATA);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        snprintf(err, errlen, "not well-formed XML%s%s", e && e->message ? ": " : "",
                 e && e->message ? e->message : "");
        if (errlen && strlen(err) && err[strlen(err) - 1] == '\n')
            err[strlen(err) - 1] = 0;
        return -1;
    }
    root = xmlDocGetRootElement(doc);
    if (!root || (!name_is(root, "rss") && !name_is(root, "feed") && !name_is(root, "RDF"))) {
        snprintf(err, errlen, "not an RSS or Atom feed (root <%s>)",
                 root ? (const char *)root->name : "none");
        xmlFreeDoc(doc);
        return -1;
    }
    /* the feed's own title names the source */
    for (c = name_is(root, "rss") ? root->children : root; c; c = c->next) {
        xmlNode *k;
        xmlNode *parent = name_is(c, "channel") || c == root ? c : NULL;
        if (!parent)
            continue;
        for (k = parent->children; k; k = k->next)
            if (name_is(k, "title")) {
                title = node_text(&out->arena, k, 1);
                break;
            }
        if (title || c == root)
            break;
    }
    collect_items(out, root->children, title, &rc, 0);
    xmlFreeDoc(doc);
    if (rc != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (out->n == 0) {
        snprintf(err, errlen, "feed has no items");
        return -1;
    }
    return 0;
}
