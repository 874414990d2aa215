/*
** html.c — the main article of an HTML page.
**
** The page is decoded to UTF-8 (valid UTF-8 as is; else the declared
** charset through iconv; else repaired UTF-8 or Windows-1252) and parsed by
** libxml2's forgiving HTML parser. Metadata comes from <meta> tags,
** <link rel=canonical>, JSON-LD blocks, <time> elements and, for the date,
** the URL. The body is found the way a reader would:
**   1. furniture is pruned by tag (nav, aside, header, footer, media,
**      controls), ARIA role, hidden state and boilerplate class/id names
**      (unless the element holds most of the page's paragraphs: then it
**      is a misnested wrapper);
**   2. every element gets a content score from the paragraphs inside it
**      (length, commas, link share, class hints; readability's scheme);
**   3. the best element is raised to the ancestor that also holds the
**      article's other blocks (split by figures or ads), and its worthy
**      siblings join it;
**   4. the text is written out block by block, dropping link-heavy boxes,
**      image-and-caption boxes, and lines that are date stamps, photo
**      credits, pointers to other stories, prompts or "Advertisement".
** No rule is tied to a site.
**
** Nothing here prints or aborts; every failure is a -1 with a message.
*/
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <jansson.h>
#include "ingest/ingest.h"
#include "base/xml.h"

/* Elements deeper than this are ignored (keeps recursion bounded). */
#define HTML_MAX_DEPTH 400
/* Inputs larger than this are refused (libxml2 takes an int length). */
#define HTML_MAX_BYTES ((size_t)256 << 20)

/* The thresholds of the body search, from readability's scheme and checked
** by cross-validation by site (scripts/eval-extract --cv): a box whose
** text is more than box_links links (more than list_links for a list) is
** dropped; a sibling of the chosen element joins it when it scores at
** least sibling_share of the best score. */
typedef struct hweights {
    double box_links, list_links, sibling_share;
} hweights;

#ifdef PAGE_TUNE
static hweights HW = { 0.2, 0.3, 0.2 };

/* Evaluation builds only: the thresholds from DOSSIER_HTML_WEIGHTS
** ("box_links,list_links,sibling_share"). */
static void hweights_from_env(void)
{
    const char *e = getenv("DOSSIER_HTML_WEIGHTS");
    HW = (hweights){ 0.2, 0.3, 0.2 };
    if (e)
        sscanf(e, "%lf,%lf,%lf", &HW.box_links, &HW.list_links, &HW.sibling_share);
}
#else
static const hweights HW = { 0.2, 0.3, 0.2 };
#endif

/* Per-element statistics, indexed through xmlNode._private. */
typedef struct hinfo {
    double score;       /* content score (candidates only) */
    int text;           /* characters of visible text inside */
    int link;           /* of which inside <a> */
    int commas;
    int paras;          /* <p> elements inside */
    int lis, imgs, inputs, embeds, heads;
    int ptext;          /* non-link text inside <p> elements */
    int weight;         /* class/id weight, -50..50 */
    char candidate;     /* has been given a score */
} hinfo;

/* Metadata found on the page; strings live in the doclist arena. */
typedef struct hmeta {
    const char *title, *og_title, *ld_title, *h1;
    const char *dek, *byline, *ld_byline, *published, *ld_published,
               *time_published;
    const char *section, *ld_section, *url, *canonical, *source, *ld_source;
    const char *ld_body;    /* JSON-LD articleBody, paragraphs kept */
} hmeta;

typedef struct hctx {
    dz_arena *arena;
    hmeta m;
    hinfo *info;
    int ninfo, capinfo;
    int top_text;       /* text length of the chosen content element */
    struct hcap *caps;  /* figure captions seen before pruning */
    int ncaps, capcaps;
    dz_buf captions;    /* "\n"-separated captions of the article */
    int oom;
    char note[240];     /* which element was taken as the article, and why */
} hctx;

#define HTML_CAP_ANC 48
#define HTML_MAX_CAPS 200

/* A <figcaption>'s text and its ancestors (compared by address only, as
** pruning may free them). */
typedef struct hcap {
    const char *text;
    const xmlNode *anc[HTML_CAP_ANC];
    int nanc, used;
} hcap;

/* ---- small helpers ------------------------------------------------------*/

static int is_tag(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           !strcmp((const char *)n->name, name);
}

static const char *tagname(const xmlNode *n)
{
    return n->name ? (const char *)n->name : "";
}

/* The value of attribute name on n (borrowed from the tree), or NULL. */
static const char *attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a;
    for (a = n->properties; a; a = a->next)
        if (a->name && !strcasecmp((const char *)a->name, name)) {
            if (a->children && a->children->content)
                return (const char *)a->children->content;
            return "";
        }
    return NULL;
}

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(s, *list))
            return 1;
    return 0;
}

static int contains_any(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strstr(s, *list))
            return 1;
    return 0;
}

/* Lower-cased "class id" of n into buf (truncated). */
static void class_id(const xmlNode *n, char *buf, size_t size)
{
    const char *c = attr(n, "class"), *id = attr(n, "id");
    size_t i;
    snprintf(buf, size, "%s %s", c ? c : "", id ? id : "");
    for (i = 0; buf[i]; i++)
        buf[i] = (char)tolower((unsigned char)buf[i]);
}

static hinfo *info_of(hctx *c, const xmlNode *n)
{
    intptr_t k = (intptr_t)n->_private;
    return k > 0 && k <= c->ninfo ? &c->info[k - 1] : NULL;
}

/* A character reference left escaped in an attribute or JSON string
** ("&#8217;", "&#xA3;", "&amp;", "&nbsp;") at s: its code point, with the
** length in *len; -1 when s does not start one. */
static int32_t char_ref(const char *s, int *len)
{
    static const struct { const char *name; int32_t cp; } named[] = {
        { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
        { "apos", '\'' }, { "nbsp", 0xA0 }, { "hellip", 0x2026 },
        { "mdash", 0x2014 }, { "ndash", 0x2013 }, { "rsquo", 0x2019 },
        { "lsquo", 0x2018 }, { "rdquo", 0x201D }, { "ldquo", 0x201C },
        { "pound", 0xA3 }, { "euro", 0x20AC }, { "copy", 0xA9 }
    };
    const char *p = s + 1, *semi;
    long v;
    size_t i;
    char *end;
    if (*s != '&' || !(semi = strchr(p, ';')) || semi - p > 10 || semi == p)
        return -1;
    *len = (int)(semi - s) + 1;
    if (*p == '#') {
        v = (p[1] == 'x' || p[1] == 'X') ? strtol(p + 2, &end, 16) : strtol(p + 1, &end, 10);
        if (end != semi || v <= 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            return -1;
        return (int32_t)v;
    }
    for (i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strlen(named[i].name) == (size_t)(semi - p) &&
            !strncmp(p, named[i].name, (size_t)(semi - p)))
            return named[i].cp;
    return -1;
}

/* Copy s into the arena with character references decoded and white
** space collapsed and trimmed; NULL for NULL or blank input. */
static const char *clean_dup(hctx *c, const char *s)
{
    dz_buf b = { 0 };
    const char *r;
    int sp = 0;
    if (!s)
        return NULL;
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        int32_t cp;
        int len;
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' ||
            (ch == 0xC2 && (unsigned char)s[1] == 0xA0)) {
            if (ch == 0xC2)
                s++;
            sp = 1;
            continue;
        }
        if (ch == '&' && (cp = char_ref(s, &len)) > 0) {
            char enc[4];
            s += len - 1;
            if (cp == 0xA0 || cp < 0x20) {
                sp = 1;
                continue;
            }
            if (sp && b.len > 0 && dz_buf_putc(&b, ' ') != 0)
                goto oom;
            sp = 0;
            if (dz_buf_append(&b, enc, (size_t)dz_utf8_encode(cp, enc)) != 0)
                goto oom;
            continue;
        }
        if (sp && b.len > 0 && dz_buf_putc(&b, ' ') != 0)
            goto oom;
        sp = 0;
        if (dz_buf_putc(&b, (char)ch) != 0)
            goto oom;
    }
    if (b.len == 0) {
        dz_buf_free(&b);
        return NULL;
    }
    r = dz_arena_strndup(c->arena, b.data, b.len);
    dz_buf_free(&b);
    if (!r)
        c->oom = 1;
    return r;
oom:
    dz_buf_free(&b);
    c->oom = 1;
    return NULL;
}

/* ISO "YYYY-MM-DD" from the start of a date-time string such as
** "2019-11-20T10:00:00Z" or "2019/11/20"; NULL when there is none. */
static const char *iso_date(hctx *c, const char *s)
{
    char d[11];
    int y, m, dd;
    if (!s)
        return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    if (strlen(s) < 8)
        return NULL;
    if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
        isdigit((unsigned char)s[2]) && isdigit((unsigned char)s[3]) &&
        (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
        y = atoi(s);
        m = atoi(s + 5);
        dd = (s[6] == s[4]) ? atoi(s + 7) : (s[7] == s[4] ? atoi(s + 8) : 0);
    } else if (strspn(s, "0123456789") == 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        m = (s[4] - '0') * 10 + (s[5] - '0');
        dd = (s[6] - '0') * 10 + (s[7] - '0');
    } else {
        return NULL;
    }
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || dd < 1 || dd > dz_days_in_month(y, m))
        return NULL;
    dz_date_format(d, y, m, dd);
    return clean_dup(c, d);
}

/* A date written in a URL path: /2019/11/20/, /2019/nov/18/, 2019-11-20,
** or a slug ending in -20191115. NULL when there is none. */
static const char *url_date(hctx *c, const char *url)
{
    static const char *const mon[] = { "jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "oct", "nov", "dec" };
    const char *p;
    char d[11];
    for (p = url; *p; p++) {
        int y, m = 0, dd, i, k;
        if (!(p[0] == '/' || p[0] == '-' || p[0] == '_') || strspn(p + 1, "0123456789") < 4)
            continue;
        y = (p[1] - '0') * 1000 + (p[2] - '0') * 100 + (p[3] - '0') * 10 + (p[4] - '0');
        if (y < 1990 || y > 2100)
            continue;
        k = 5;
        if (strspn(p + 1, "0123456789") == 8 && (p[9] == 0 || p[9] == '/' ||
                                                  p[9] == '.' || p[9] == '?')) {
            m = (p[5] - '0') * 10 + (p[6] - '0');
            dd = (p[7] - '0') * 10 + (p[8] - '0');
        } else if (p[k] == '/' || p[k] == '-') {
            char sep = p[k];
            const char *q = p + k + 1;
            if (isdigit((unsigned char)q[0]) && isdigit((unsigned char)q[1]) && q[2] == sep) {
                m = (q[0] - '0') * 10 + (q[1] - '0');
                q += 3;
            } else {
                for (i = 0; i < 12; i++)
                    if (!strncasecmp(q, mon[i], 3) && q[3] == sep)
                        m = i + 1;
                q += 4;
            }
            if (!m || !isdigit((unsigned char)q[0]) || !isdigit((unsigned char)q[1]) ||
                isdigit((unsigned char)q[2]))
                continue;
            dd = (q[0] - '0') * 10 + (q[1] - '0');
        } else {
            continue;
        }
        if (m < 1 || m > 12 || dd < 1 || dd > dz_days_in_month(y, m))
            continue;
        dz_date_format(d, y, m, dd);
        return clean_dup(c, d);
    }
    return NULL;
}

/* ---- decoding -------------------------------------------------------------*/

/* The charset declared in the first bytes of the page (meta charset or
** http-equiv content), lower-cased into out; 0 when found. */
static int sniff_charset(const char *s, size_t n, char *out, size_t size)
{
    size_t lim = n < 16384 ? n : 16384, i, k;
    for (i = 0; i + 7 < lim; i++) {
        const char *p;
        if (strncasecmp(s + i, "charset", 7))
            continue;
        p = s + i + 7;
        while (p < s + lim && (*p == ' ' || *p == '\t'))
            p++;
        if (p >= s + lim || *p != '=')
            continue;
        p++;
        while (p < s + lim && (*p == ' ' || *p == '"' || *p == '\''))
            p++;
        for (k = 0; p < s + lim && k + 1 < size &&
                    (isalnum((unsigned char)*p) || *p == '-' || *p == '_' ||
                     *p == ':' || *p == '.'); p++)
            out[k++] = (char)tolower((unsigned char)*p);
        out[k] = 0;
        if (k > 0)
            return 0;
    }
    return -1;
}

/* Convert in[0..n) from charset cs to UTF-8 in out with iconv; bytes that
** do not convert become U+FFFD. Returns 0, -2 when iconv does not know the
** charset (out untouched), or -1 when memory runs out. */
static int iconv_utf8(const char *cs, const char *in, size_t n, dz_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    char *ip = (char *)in;
    size_t il = n;
    if (cd == (iconv_t)-1)
        return -2;
    while (il > 0) {
        char *op;
        size_t ol, before, r;
        if (dz_buf_reserve(out, il * 4 + 16) != 0) {
            iconv_close(cd);
            return -1;
        }
        op = out->data + out->len;
        ol = out->cap - out->len - 1;
        before = ol;
        r = iconv(cd, &ip, &il, &op, &ol);
        out->len += before - ol;
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* invalid or truncated sequence: replace one byte */
            if (dz_buf_append(out, "\xEF\xBF\xBD", 3) != 0) {
                iconv_close(cd);
                return -1;
            }
            ip++;
            il--;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    iconv_close(cd);
    return dz_buf_append(out, "", 0);
}

int html_decode_declared(const char *in, size_t n, dz_buf *out)
{
    char cs[48];
    const char *name = cs;
    size_t len0 = out->len;
    int rc;
    if (sniff_charset(in, n, cs, sizeof cs) != 0 || !strcmp(cs, "utf-8") ||
        !strcmp(cs, "utf8"))
        return 1;
    if (!strcmp(cs, "iso-8859-1") || !strcmp(cs, "latin1") ||
        !strcmp(cs, "us-ascii") || !strcmp(cs, "ascii") || !strcmp(cs, "latin-1"))
        name = "WINDOWS-1252";     /* what browsers do */
    else if (!strcmp(cs, "x-sjis") || !strcmp(cs, "shift-jis"))
        name = "SHIFT_JIS";
    rc = iconv_utf8(name, in, n, out);
    if (rc != 0)
        out->len = len0;
    return rc == 0 ? 0 : rc == -2 ? 1 : -1;
}

/* Make in[0..n) clean UTF-8 in out: NUL bytes dropped; valid UTF-8 kept;
** a declared non-UTF-8 charset converted; otherwise invalid bytes become
** U+FFFD (or the whole text is read as Windows-1252 when it has no valid
** multi-byte sequence at all). Returns 0 or -1 (no memory). */
static int decode_page(const char *in, size_t n, dz_buf *out)
{
    dz_buf tmp = { 0 };
    const unsigned char *p;
    size_t i, multi = 0, bad = 0;
    int rc;

    /* drop NUL bytes first: they end strings inside libxml2 */
    if (memchr(in, 0, n)) {
        if (dz_buf_reserve(&tmp, n + 1) != 0)
            return -1;
        for (i = 0; i < n; i++)
            if (in[i])
                tmp.data[tmp.len++] = in[i];
        tmp.data[tmp.len] = 0;
        in = tmp.data;
        n = tmp.len;
    }
    if (dz_utf8_valid(in, n)) {
        rc = dz_buf_append(out, in, n);
        dz_buf_free(&tmp);
        return rc;
    }
    rc = html_decode_declared(in, n, out);
    if (rc <= 0) {
        dz_buf_free(&tmp);
        return rc;
    }
    p = (const unsigned char *)in;
    for (i = 0; i < n;) {
        int k = p[i] < 0x80 ? 1 : dz_utf8_seqlen(p + i, n - i);
        if (k > 1)
            multi++;
        else if (k == 0)
            bad++;
        i += k ? (size_t)k : 1;
    }
    if (bad > 0 && multi == 0 && iconv_utf8("WINDOWS-1252", in, n, out) == 0) {
        dz_buf_free(&tmp);
        return 0;
    }
    out->len = 0;
    rc = 0;
    for (i = 0; i < n && rc == 0;) {
        int k = p[i] < 0x80 ? 1 : dz_utf8_seqlen(p + i, n - i);
        if (k == 0) {
            rc = dz_buf_append(out, "\xEF\xBF\xBD", 3);
            i++;
        } else {
            rc = dz_buf_append(out, in + i, (size_t)k);
            i += (size_t)k;
        }
    }
    if (rc == 0)
        rc = dz_buf_append(out, "", 0);
    dz_buf_free(&tmp);
    return rc;
}

/* The text is UTF-8 now, whatever the page declares: blank out declared
** charsets in the first bytes ("charset=" becomes "charzet=") so that
** libxml2 does not switch decoders half-way through the head. */
static void neutralize_charset(char *s, size_t n)
{
    size_t lim = n < 16384 ? n : 16384, i;
    for (i = 0; i + 7 < lim; i++) {
        size_t k = i + 7;
        if (strncasecmp(s + i, "charset", 7))
            continue;
        while (k < lim && (s[k] == ' ' || s[k] == '\t'))
            k++;
        if (k < lim && s[k] == '=')
            s[i + 6] = 'z';
    }
}

/* ---- metadata --------------------------------------------------------------*/

/* The text inside n (all descendants), collapsed, in the arena. */
static const char *node_text(hctx *c, xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    const char *r = clean_dup(c, (const char *)t);
    xmlFree(t);
    return r;
}

/* Copy s into the arena as paragraphs: each line with white space
** collapsed, blank lines dropped, "\n\n" between. NULL when blank. */
static const char *paragraphs_dup(hctx *c, const char *s)
{
    dz_buf b = { 0 };
    const char *r = NULL;
    while (*s) {
        size_t k = strcspn(s, "\n");
        char *line = dz_strndup(s, k);
        const char *t = line ? clean_dup(c, line) : NULL;
        free(line);
        if (t && ((b.len && dz_buf_puts(&b, "\n\n") != 0) || dz_buf_puts(&b, t) != 0))
            c->oom = 1;
        s += k;
        if (*s)
            s++;
    }
    if (b.len)
        r = dz_arena_strndup(c->arena, b.data, b.len);
    dz_buf_free(&b);
    return r;
}

static int ld_is_article(json_t *o)
{
    static const char *const kinds[] = { "Article", "NewsArticle", "BlogPosting",
        "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
        "BackgroundNewsArticle", "ReviewNewsArticle", "SocialMediaPosting",
        "WebPage", NULL };
    json_t *t = json_object_get(o, "@type");
    size_t i;
    if (json_is_string(t))
        return in_list(json_string_value(t), kinds);
    if (json_is_array(t))
        for (i = 0; i < json_array_size(t); i++)
            if (json_is_string(json_array_get(t, i)) &&
                in_list(json_string_value(json_array_get(t, i)), kinds))
                return 1;
    return 0;
}

/* A person-ish JSON-LD value as "A, B" in the arena. */
static const char *ld_names(hctx *c, json_t *v)
{
    dz_buf b = { 0 };
    const char *r = NULL;
    size_t i;
    json_t *one;
    if (json_is_string(v))
        return clean_dup(c, json_string_value(v));
    if (json_is_object(v)) {
        one = json_object_get(v, "name");
        return json_is_string(one) ? clean_dup(c, json_string_value(one)) : NULL;
    }
    if (!json_is_array(v))
        return NULL;
    json_array_foreach(v, i, one) {
        const char *s = NULL;
        if (json_is_string(one))
            s = json_string_value(one);
        else if (json_is_object(one) && json_is_string(json_object_get(one, "name")))
            s = json_string_value(json_object_get(one, "name"));
        if (!s || !*s)
            continue;
        if (b.len && dz_buf_puts(&b, ", ") != 0)
            break;
        if (dz_buf_puts(&b, s) != 0)
            break;
    }
    if (b.len)
        r = clean_dup(c, b.data);
    dz_buf_free(&b);
    return r;
}

static const char *ld_string(hctx *c, json_t *v)
{
    if (json_is_string(v))
        return clean_dup(c, json_string_value(v));
    if (json_is_array(v) && json_array_size(v) > 0 &&
        json_is_string(json_array_get(v, 0)))
        return clean_dup(c, json_string_value(json_array_get(v, 0)));
    return NULL;
}

/* Walk a JSON-LD value for article objects and take their fields. */
static void ld_walk(hctx *c, json_t *v, int depth)
{
    size_t i;
    json_t *x;
    if (depth > 8)
        return;
    if (json_is_array(v)) {
        json_array_foreach(v, i, x)
            ld_walk(c, x, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    if (json_object_get(v, "@graph"))
        ld_walk(c, json_object_get(v, "@graph"), depth + 1);
    if (!ld_is_article(v))
        return;
    if (!c->m.ld_title)
        c->m.ld_title = ld_string(c, json_object_get(v, "headline"));
    if (!c->m.ld_byline)
        c->m.ld_byline = ld_names(c, json_object_get(v, "author"));
    if (!c->m.ld_published)
        c->m.ld_published = iso_date(c, json_string_value(json_object_get(v, "datePublished")));
    if (!c->m.ld_section)
        c->m.ld_section = ld_string(c, json_object_get(v, "articleSection"));
    if (!c->m.ld_source) {
        x = json_object_get(v, "publisher");
        if (json_is_object(x))
            c->m.ld_source = ld_string(c, json_object_get(x, "name"));
    }
    if (!c->m.dek)
        c->m.dek = ld_string(c, json_object_get(v, "description"));
    if (!c->m.ld_body && json_is_string(json_object_get(v, "articleBody")))
        c->m.ld_body = paragraphs_dup(c, json_string_value(json_object_get(v, "articleBody")));
}

static void take(hctx *c, const char **slot, const char *value)
{
    if (!*slot && value && *value)
        *slot = clean_dup(c, value);
}

/* One <meta> element. */
static void meta_tag(hctx *c, xmlNode *n)
{
    const char *key = attr(n, "property"), *val = attr(n, "content");
    char k[64];
    size_t i;
    if (!key || !*key)
        key = attr(n, "name");
    if (!key || !*key)
        key = attr(n, "itemprop");
    if (!key || !val || !*val)
        return;
    snprintf(k, sizeof k, "%s", key);
    for (i = 0; k[i]; i++)
        k[i] = (char)tolower((unsigned char)k[i]);
    if (!strcmp(k, "og:title") || !strcmp(k, "twitter:title"))
        take(c, &c->m.og_title, val);
    else if (!strcmp(k, "description") || !strcmp(k, "og:description") ||
             !strcmp(k, "twitter:description"))
        take(c, &c->m.dek, val);
    else if (!strcmp(k, "author") || !strcmp(k, "article:author") ||
             !strcmp(k, "parsely-author") || !strcmp(k, "sailthru.author") ||
             !strcmp(k, "dc.creator") || !strcmp(k, "byl")) {
        if (strncmp(val, "http", 4))
            take(c, &c->m.byline, !strncasecmp(val, "by ", 3) ? val + 3 : val);
    } else if (!strcmp(k, "article:published_time") || !strcmp(k, "datepublished") ||
               !strcmp(k, "pubdate") || !strcmp(k, "publishdate") ||
               !strcmp(k, "dc.date") || !strcmp(k, "dc.date.issued") ||
               !strcmp(k, "parsely-pub-date") || !strcmp(k, "sailthru.date") ||
               !strcmp(k, "og:article:published_time") || !strcmp(k, "date") ||
               !strcmp(k, "article.published") || !strcmp(k, "publish-date")) {
        if (!c->m.published)
            c->m.published = iso_date(c, val);
    } else if (!strcmp(k, "article:section") || !strcmp(k, "section") ||
               !strcmp(k, "parsely-section") || !strcmp(k, "articlesection"))
        take(c, &c->m.section, val);
    else if (!strcmp(k, "og:url"))
        take(c, &c->m.url, val);
    else if (!strcmp(k, "og:site_name"))
        take(c, &c->m.source, val);
}

/* Walk the whole tree for metadata (before any pruning). */
static void meta_walk(hctx *c, xmlNode *n, int depth)
{
    for (; n; n = n->next) {
        const char *t;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        t = tagname(n);
        if (!strcmp(t, "meta")) {
            meta_tag(c, n);
        } else if (!strcmp(t, "link")) {
            const char *rel = attr(n, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                take(c, &c->m.canonical, attr(n, "href"));
        } else if (!strcmp(t, "title")) {
            if (!c->m.title)
                c->m.title = node_text(c, n);
        } else if (!strcmp(t, "script")) {
            const char *ty = attr(n, "type");
            if (ty && !strcasecmp(ty, "application/ld+json")) {
                xmlChar *s = xmlNodeGetContent(n);
                if (s) {
                    json_t *j = json_loads((const char *)s, 0, NULL);
                    if (j) {
                        ld_walk(c, j, 0);
                        json_decref(j);
                    }
                    xmlFree(s);
                }
            }
            continue;
        } else if (!strcmp(t, "time")) {
            if (!c->m.time_published)
                c->m.time_published = iso_date(c, attr(n, "datetime"));
        } else if (!strcmp(t, "h1")) {
            if (!c->m.h1)
                c->m.h1 = node_text(c, n);
        }
        if (depth < HTML_MAX_DEPTH)
            meta_walk(c, n->children, depth + 1);
    }
}

/* ---- pruning furniture -------------------------------------------------------*/

static const char *const drop_tags[] = {
    "script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas",
    "nav", "aside", "footer", "template", "button", "input", "select",
    "textarea", "figure", "figcaption", "picture", "video", "audio", "map",
    "head", "link", "meta", "dialog", "menu", "header", "label", "option",
    "source", "track", "math", NULL
};

static const char *const drop_roles[] = {
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
    "dialog", "alertdialog", "search", "toolbar", "tablist", NULL
};

/* class/id fragments of furniture (after readability's list), matched
** anywhere in the lower-cased class and id */
static const char *const unlikely[] = {
    "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
    "cover-wrap", "disqus", "footer", "gdpr", "legends", "related", "remark",
    "replies", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
    "supplemental", "ad-break", "agegate", "pagination", "popup", "share",
    "sharing", "newsletter", "subscribe", "promo", "recommend", "byline",
    "caption", "outbrain", "taboola", "signup", "cookie", "trending",
    "most-popular", "mostpopular", "more-stories", "toolbar", "advert",
    "masthead", "dateline", "timestamp", "read-more", "readmore", "see-also",
    "newsfeed", "paywall", "visually-hidden", "sr-only", "screen-reader",
    "tooltip", "playlist", "navigation", NULL
};

/* the same, matched only as a whole piece of a class or id (pieces are
** split at characters other than letters and digits) */
static const char *const unlikely_pieces[] = {
    "ad", "ads", "adslot", "dfp", "extra", "header", "menu", "nav", "navbar",
    "pager", "rss", "tags", "tag", "hidden", "skip", "follow", "login",
    "modal", "author", "credit", "credits", "teaser", "rating",
    "print", "widget-area", NULL
};

/* Is one of the pieces of ci (split at non-alphanumerics) in list? */
static int has_piece(const char *ci, const char *const *list)
{
    const char *p = ci;
    char piece[64];
    while (*p) {
        size_t k = 0;
        while (*p && !isalnum((unsigned char)*p))
            p++;
        while (isalnum((unsigned char)p[k]))
            k++;
        if (k > 0 && k < sizeof piece) {
            memcpy(piece, p, k);
            piece[k] = 0;
            if (in_list(piece, list))
                return 1;
        }
        p += k;
    }
    return 0;
}

static const char *const maybe[] = {
    "embed", "tweet",    "article", "body", "content", "column", "main", "shadow", "story",
    "text", "entry", "post", NULL
};

/* a class naming a picture or its caption is never saved by "maybe" */
static const char *const media_words[] = {
    "caption", "image", "photo", "picture", "gallery", NULL
};

static const char *const negative[] = {
    "hidden", "banner", "combx", "comment", "com-", "contact", "foot",
    "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo",
    "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper",
    "sponsor", "shopping", "tags", "tool", "widget", "byline", "author",
    "caption", "social", "newsletter", "recommend", "teaser", "nav", NULL
};

static const char *const positive[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main",
    "page", "post", "text", "blog", "story", "paragraph", "prose", NULL
};

/* Is the class/id an ad marker on its own ("ad", "ads", "ad-top")? */
static int ad_token(const char *ci)
{
    const char *p = ci;
    while (*p) {
        size_t k;
        while (*p == ' ')
            p++;
        k = strcspn(p, " ");
        if ((k == 2 && !strncmp(p, "ad", 2)) || (k == 3 && !strncmp(p, "ads", 3)) ||
            (k > 3 && (!strncmp(p, "ad-", 3) || !strncmp(p, "ad_", 3) ||
                       !strncmp(p, "ads-", 4))) ||
            (k > 3 && (!strncmp(p + k - 3, "-ad", 3) || !strncmp(p + k - 3, "_ad", 3))))
            return 1;
        p += k;
    }
    return 0;
}

/* Class weight: +25 for a content-like class and id, -25 for furniture. */
static int class_weight(const xmlNode *n)
{
    const char *cl = attr(n, "class"), *id = attr(n, "id");
    char buf[256];
    int w = 0;
    size_t i;
    if (cl && *cl) {
        snprintf(buf, sizeof buf, "%s", cl);
        for (i = 0; buf[i]; i++)
            buf[i] = (char)tolower((unsigned char)buf[i]);
        if (contains_any(buf, negative))
            w -= 25;
        if (contains_any(buf, positive))
            w += 25;
    }
    if (id && *id) {
        snprintf(buf, sizeof buf, "%s", id);
        for (i = 0; buf[i]; i++)
            buf[i] = (char)tolower((unsigned char)buf[i]);
        if (contains_any(buf, negative))
            w -= 25;
        if (contains_any(buf, positive))
            w += 25;
    }
    return w;
}

static int is_hidden(const xmlNode *n)
{
    const char *s = attr(n, "style"), *a;
    char buf[256];
    size_t i, k = 0;
    if (attr(n, "hidden"))
        return 1;
    a = attr(n, "aria-hidden");
    if (a && !strcasecmp(a, "true"))
        return 1;
    if (!s)
        return 0;
    for (i = 0; s[i] && k + 1 < sizeof buf; i++)
        if (!isspace((unsigned char)s[i]))
            buf[k++] = (char)tolower((unsigned char)s[i]);
    buf[k] = 0;
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

static double link_density(const struct hinfo *h);

static const char *const soft_tags[] = {
    "nav", "aside", "footer", "header", "menu", "dialog", NULL
};

/* Should element n be removed as furniture? 0 no, 1 surely (scripts,
** media, hidden), 2 by its tag or class name. */
static int is_furniture(const xmlNode *n)
{
    const char *t = tagname(n), *role;
    char ci[512];
    if (in_list(t, drop_tags))
        return in_list(t, soft_tags) ? 2 : 1;
    if (is_hidden(n))
        return 1;
    role = attr(n, "role");
    if (role && in_list(role, drop_roles))
        return 2;
    if (!strcmp(t, "body") || !strcmp(t, "html") || !strcmp(t, "article") ||
        !strcmp(t, "main") || !strcmp(t, "a") || !strcmp(t, "p"))
        return 0;
    class_id(n, ci, sizeof ci);
    if (ci[0] == ' ' && ci[1] == 0)
        return 0;
    if (ad_token(ci))
        return 2;
    if ((contains_any(ci, unlikely) || has_piece(ci, unlikely_pieces)) &&
        !(contains_any(ci, maybe) && !contains_any(ci, media_words)))
        return 2;
    return 0;
}

/* Remove furniture below n (and comments, processing instructions). An
** element named like furniture that holds most of the page's paragraph
** text is a misnested wrapper, not furniture: it stays. */
static void prune(hctx *c, xmlNode *n, int total, int depth)
{
    xmlNode *k, *next;
    for (k = n->children; k; k = next) {
        int f;
        next = k->next;
        if (k->type == XML_COMMENT_NODE || k->type == XML_PI_NODE ||
            k->type == XML_DTD_NODE) {
            xmlUnlinkNode(k);
            xmlFreeNode(k);
            continue;
        }
        if (k->type != XML_ELEMENT_NODE)
            continue;
        f = depth >= HTML_MAX_DEPTH ? 1 : is_furniture(k);
        if (f == 2) {
            hinfo *h = info_of(c, k);
            if (h && h->paras >= 3 && h->text > total / 2 &&
                link_density(h) < 0.3)
                f = 0;
        }
        if (f) {
            xmlUnlinkNode(k);
            xmlFreeNode(k);
            continue;
        }
        prune(c, k, total, depth + 1);
    }
}

/* ---- statistics and scoring -------------------------------------------------*/

/* Elements that start a new paragraph; every other element (including
** unknown and custom ones such as <hl-source>) flows inline. */
static const char *const block_tags[] = {
    "address", "article", "aside", "blockquote", "body", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
    "ul", "caption", "legend", "iframe", "noscript", "listing", "xmp",
    "frameset", "frame", NULL
};

static int is_inline(const xmlNode *n)
{
    return !in_list(tagname(n), block_tags);
}

/* Characters and commas of a text node (code points, white space runs
** counting one). */
static void text_stats(const char *s, int *chars, int *commas)
{
    const unsigned char *p = (const unsigned char *)s;
    int sp = 1;
    for (; *p; p++) {
        if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
            if (!sp)
                (*chars)++;
            sp = 1;
            continue;
        }
        sp = 0;
        if ((*p & 0xC0) != 0x80)
            (*chars)++;
        if (*p == ',')
            (*commas)++;
        else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)   /* ， */
            (*commas)++;
        else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)   /* 、 */
            (*commas)++;
    }
}

/* Post-order: give every element an hinfo with its text statistics. */
static int stats(hctx *c, xmlNode *n, int in_link, int depth)
{
    xmlNode *k;
    hinfo h;
    const char *t = tagname(n);
    int idx;
    memset(&h, 0, sizeof h);
    if (DZ_VEC_PUSH(c->info, c->ninfo, c->capinfo) != 0)
        return -1;
    idx = c->ninfo++;
    n->_private = (void *)(intptr_t)(idx + 1);
    if (!strcmp(t, "a"))
        in_link = 1;
    for (k = n->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            int ch = 0, cm = 0;
            if (k->content)
                text_stats((const char *)k->content, &ch, &cm);
            h.text += ch;
            h.commas += cm;
            if (in_link)
                h.link += ch;
        } else if (k->type == XML_ELEMENT_NODE && depth < HTML_MAX_DEPTH) {
            hinfo *s;
            const char *kt = tagname(k);
            if (stats(c, k, in_link, depth + 1) != 0)
                return -1;
            s = info_of(c, k);
            h.text += s->text;
            h.link += s->link;
            h.commas += s->commas;
            h.paras += s->paras + !strcmp(kt, "p");
            h.ptext += !strcmp(kt, "p") ? s->text - s->link : s->ptext;
            h.lis += s->lis + !strcmp(kt, "li");
            h.imgs += s->imgs + !strcmp(kt, "img");
            h.inputs += s->inputs + !strcmp(kt, "input");
            h.embeds += s->embeds + (!strcmp(kt, "embed") || !strcmp(kt, "object") ||
                                     !strcmp(kt, "iframe"));
            h.heads += s->heads + (kt[0] == 'h' && kt[1] >= '1' && kt[1] <= '6' && !kt[2]);
        }
    }
    h.weight = class_weight(n);
    c->info[idx] = h;
    return 0;
}

static double link_density(const hinfo *h)
{
    return h->text > 0 ? (double)h->link / h->text : 0;
}

/* Has n block-level element children? */
static int has_block_child(const xmlNode *n)
{
    const xmlNode *k;
    for (k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !is_inline(k) && !is_tag(k, "br"))
            return 1;
    return 0;
}

static void init_candidate(hctx *c, xmlNode *n)
{
    hinfo *h = info_of(c, n);
    const char *t = tagname(n);
    if (!h || h->candidate)
        return;
    h->candidate = 1;
    h->score = h->weight;
    if (!strcmp(t, "div") || !strcmp(t, "article") || !strcmp(t, "section") ||
        !strcmp(t, "main"))
        h->score += 5;
    else if (!strcmp(t, "pre") || !strcmp(t, "td") || !strcmp(t, "blockquote"))
        h->score += 3;
    else if (!strcmp(t, "address") || !strcmp(t, "ol") || !strcmp(t, "ul") ||
             !strcmp(t, "dl") || !strcmp(t, "dd") || !strcmp(t, "dt") ||
             !strcmp(t, "li") || !strcmp(t, "form"))
        h->score -= 3;
    else if ((t[0] == 'h' && t[1] >= '1' && t[1] <= '6' && !t[2]) || !strcmp(t, "th"))
        h->score -= 5;
}

/* Score paragraph-like elements (p, pre, td, and div/section holding only
** inline content) into their ancestors, readability's way: a paragraph's
** worth (1 + commas + one point per 100 characters, at most 3, less its
** link share) goes whole to its parent, half to its grandparent and a
** falling share further up. */
static void score_walk(hctx *c, xmlNode *n, int depth)
{
    xmlNode *k;
    for (k = n->children; k; k = k->next) {
        const char *t;
        hinfo *h;
        int para;
        if (k->type != XML_ELEMENT_NODE || !(h = info_of(c, k)))
            continue;
        t = tagname(k);
        para = !strcmp(t, "p") || !strcmp(t, "pre") || !strcmp(t, "td") ||
               ((!strcmp(t, "div") || !strcmp(t, "section")) && !has_block_child(k));
        if (para && h->text >= 25) {
            double s = 1 + h->commas + (h->text / 100 < 3 ? h->text / 100 : 3);
            xmlNode *a = k->parent;
            int level;
            s *= 1 - link_density(h);
            for (level = 0; a && a->type == XML_ELEMENT_NODE && level < 5;
                 level++, a = a->parent) {
                hinfo *ah = info_of(c, a);
                if (!ah)
                    break;
                init_candidate(c, a);
                ah->score += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3);
            }
        }
        if (!para && depth < HTML_MAX_DEPTH)
            score_walk(c, k, depth + 1);
    }
}

#define HTML_TOPN 5
/* runners-up that pull the choice up to their common ancestor */
#define HTML_MIN_ALT 3

/* Keep the HTML_TOPN best-scoring candidates below n in top/ts (sorted,
** best first). */
static void best_candidates(hctx *c, xmlNode *n, xmlNode **top, double *ts,
                            int depth)
{
    xmlNode *k;
    for (k = n->children; k; k = k->next) {
        hinfo *h;
        if (k->type != XML_ELEMENT_NODE || !(h = info_of(c, k)))
            continue;
        if (h->candidate) {
            double s = h->score * (1 - link_density(h));
            int i, j;
            for (i = 0; i < HTML_TOPN; i++)
                if (!top[i] || s > ts[i])
                    break;
            if (i < HTML_TOPN) {
                for (j = HTML_TOPN - 1; j > i; j--) {
                    top[j] = top[j - 1];
                    ts[j] = ts[j - 1];
                }
                top[i] = k;
                ts[i] = s;
            }
        }
        if (depth < HTML_MAX_DEPTH)
            best_candidates(c, k, top, ts, depth + 1);
    }
}

static int is_ancestor(const xmlNode *a, const xmlNode *n)
{
    for (n = n ? n->parent : NULL; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

/* ---- writing the text out ---------------------------------------------------*/

typedef struct hout {
    dz_buf body;        /* paragraphs so far, "\n\n" between them */
    dz_buf cur;         /* the paragraph being built */
    int cur_link;       /* characters of cur inside links */
    int cur_chars;
    int space;          /* a space is pending in cur */
    int link_depth;
    int err;
    const char *title;
} hout;

static const char *const junk_lines[] = {
    "advertisement", "advertisment", "sponsored", "sponsored content",
    "story continues below", "story continues below advertisement",
    "continue reading", "continue reading below", "read more", "read more:",
    "related", "related:", "related articles", "related stories",
    "share", "share this", "share this article", "share this story",
    "tweet", "email", "print", "comments", "skip ad", "skip advertisement",
    "close", "loading", "loading...", "image", "photo", "video", "listen",
    "click here", "see also", "more", "menu", "search", "subscribe",
    "back to top", "top", "ad", "advert", "supported by", "contribute",
    "this slideshow requires javascript.", "tell us what you think...",
    "join the conversation", "join the conversation...", NULL
};

static int junk_line(const char *s, size_t n)
{
    char low[64];
    size_t i;
    if (n >= sizeof low)
        return 0;
    for (i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = 0;
    return in_list(low, junk_lines);
}

/* A short "Name | Agency | Getty Images" photo credit, or a
** "Published Monday, ... 2019" / "Updated: ..." stamp? */
static int credit_line(const char *s, size_t n)
{
    size_t i, bars = 0, digits = 0;
    for (i = 0; i + 2 < n; i++)
        if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ')
            bars++;
    for (i = 0; i < n; i++)
        digits += isdigit((unsigned char)s[i]) != 0;
    if (bars >= 2)
        return 1;
    if (digits >= 4 && (!strncasecmp(s, "published", 9) || !strncasecmp(s, "updated", 7) ||
                        !strncasecmp(s, "posted", 6) || !strncasecmp(s, "last updated", 12)))
        return 1;
    return 0;
}

static const char *const date_words[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL
};

/* other words a date stamp may hold */
static const char *const stamp_words[] = {
    "am", "pm", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet",
    "cest", "bst", "ist", "et", "pt", "updated", "published", "posted", "on",
    "first",
    "at", "last", "modified", "st", "nd", "rd", "th", NULL
};

/* A line that is only a date stamp ("20 Nov 2019 08:00 GMT", "Updated on
** August 23, 2018")? */
static int date_line(const char *s, size_t n)
{
    size_t i = 0;
    int year = 0, named = 0;
    while (i < n) {
        size_t k = i;
        if (isdigit((unsigned char)s[i])) {
            while (k < n && isdigit((unsigned char)s[k]))
                k++;
            if (k - i == 4 && (s[i] == '1' || s[i] == '2'))
                year = 1;
        } else if (isalpha((unsigned char)s[i])) {
            char w[16];
            while (k < n && isalpha((unsigned char)s[k]))
                k++;
            if (k - i >= sizeof w)
                return 0;
            for (size_t j = 0; j < k - i; j++)
                w[j] = (char)tolower((unsigned char)s[i + j]);
            w[k - i] = 0;
            if (in_list(w, date_words))
                named = 1;
            else if (!in_list(w, stamp_words))
                return 0;
        } else if ((unsigned char)s[i] >= 0x80) {
            return 0;
        } else {
            k = i + 1;
        }
        i = k;
    }
    return year && named;
}

/* A pointer to other stories ("Related: ...", "READ MORE: ...")? */
static int pointer_line(const char *s, size_t n)
{
    static const char *const lead[] = { "related", "read more", "read also",
        "also read", "see also", "more from", "more on", "watch:", "listen:",
        "recommended", "don't miss", "you may also like", "you might also like",
        "further reading", "also:", NULL };
    const char *const *p;
    for (p = lead; *p; p++) {
        size_t k = strlen(*p);
        if (n >= k && !strncasecmp(s, *p, k))
            return 1;
    }
    return 0;
}

/* A newsletter prompt, a "Follow us on Twitter" line, an unexpanded "[button ...]...[/button]"
** shortcode of a blog engine? */
static int promo_line(const char *s, size_t n)
{
    char low[256];
    size_t i;
    for (i = 0; i < n && i + 1 < sizeof low; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[i] = 0;
    if (low[0] == '[' && strstr(low, "[/"))
        return 1;
    {
        /* a slide counter, "1 of 6" */
        int a, b, used = 0;
        if (sscanf(low, "%d of %d%n", &a, &b, &used) == 2 && (size_t)used == i)
            return 1;
    }
    if (!strncmp(low, "follow ", 7) &&
        (strstr(low, "twitter") || strstr(low, "facebook") || strstr(low, "instagram")))
        return 1;
    return strstr(low, "newsletter") && (strstr(low, "subscribe") || strstr(low, "sign up"));
}

/* End the current paragraph: keep it unless it is link text or junk. */
static void flush(hout *o)
{
    dz_buf *b = &o->cur;
    size_t n = b->len;
    while (n > 0 && b->data[n - 1] == ' ')
        n--;
    if (n > 0 && o->cur_chars > 0) {
        double ld = (double)o->cur_link / o->cur_chars;
        int keep = 1;
        if (ld > 0.9)
            keep = 0;
        else if (ld > 0.3 && n < 300 && pointer_line(b->data, n))
            keep = 0;
        else if (n < 250 && promo_line(b->data, n))
            keep = 0;
        else if (junk_line(b->data, n))
            keep = 0;
        else if (n < 100 && credit_line(b->data, n))
            keep = 0;
        else if (n < 64 && date_line(b->data, n))
            keep = 0;
        else if (o->title && strlen(o->title) == n && !memcmp(o->title, b->data, n))
            keep = 0;
        if (keep) {
            if (o->body.len && dz_buf_append(&o->body, "\n\n", 2) != 0)
                o->err = 1;
            if (dz_buf_append(&o->body, b->data, n) != 0)
                o->err = 1;
        }
    }
    b->len = 0;
    o->cur_link = o->cur_chars = 0;
    o->space = 0;
}

static void put_text(hout *o, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if (*p < 0x20 || *p == ' ' || *p == 0x7F || (p[0] == 0xC2 && p[1] == 0xA0)) {
            if (*p == 0xC2)
                p++;
            o->space = 1;
            continue;
        }
        if (o->space && o->cur.len > 0) {
            if (dz_buf_putc(&o->cur, ' ') != 0)
                o->err = 1;
        }
        o->space = 0;
        if (dz_buf_putc(&o->cur, (char)*p) != 0)
            o->err = 1;
        if ((*p & 0xC0) != 0x80) {
            o->cur_chars++;
            if (o->link_depth)
                o->cur_link++;
        }
    }
}

/* Should a container inside the article be dropped (readability's
** conditional cleaning)? */
static int drop_container(hctx *c, xmlNode *n)
{
    hinfo *h = info_of(c, n);
    const char *t = tagname(n);
    int list = !strcmp(t, "ul") || !strcmp(t, "ol");
    double ld;
    if (!h)
        return 0;
    ld = link_density(h);
    /* embedded posts (tweets) quoted by the article belong to it */
    if (h->text >= 50 && ld < 0.5) {
        char ci[512];
        class_id(n, ci, sizeof ci);
        if ((strstr(ci, "tweet") || strstr(ci, "embed")) &&
            !contains_any(ci, media_words))
            return 0;
    }
    /* the bulk of the article is not a side box */
    if (h->paras >= 3 && h->text * 2 > c->top_text && ld < 0.5)
        return 0;
    if (h->weight < 0)
        return 1;
    if (h->commas >= 10)
        return 0;
    if (h->imgs > 1 && (double)h->paras / h->imgs < 0.5)
        return 1;
    /* an image with its caption */
    if (h->imgs >= 1 && h->paras <= 1 && h->text < 300)
        return 1;
    if (!list && h->lis > h->paras + 3)
        return 1;
    if (h->inputs > h->paras / 3)
        return 1;
    if (!list && h->text < 25 && (h->imgs == 0 || h->imgs > 2) && ld > 0)
        return 1;
    if (h->weight < 25 && ld > HW.box_links)
        return 1;
    if (h->weight >= 25 && ld > 0.5)
        return 1;
    if ((h->embeds == 1 && h->text < 75) || h->embeds > 1)
        return 1;
    if (list && ld > HW.list_links)
        return 1;
    return 0;
}

static void emit(hctx *c, hout *o, xmlNode *n, int depth)
{
    xmlNode *k;
    for (k = n->children; k && !o->err; k = k->next) {
        const char *t;
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            if (k->content)
                put_text(o, (const char *)k->content);
            continue;
        }
        if (k->type != XML_ELEMENT_NODE || depth >= HTML_MAX_DEPTH)
            continue;
        t = tagname(k);
        if (!strcmp(t, "br")) {
            flush(o);
            continue;
        }
        if (!strcmp(t, "h1"))
            continue;
        if (is_inline(k)) {
            int a = !strcmp(t, "a");
            o->link_depth += a;
            emit(c, o, k, depth + 1);
            o->link_depth -= a;
            continue;
        }
        if ((!strcmp(t, "div") || !strcmp(t, "section") || !strcmp(t, "ul") ||
             !strcmp(t, "ol") || !strcmp(t, "table") || !strcmp(t, "dl") ||
             !strcmp(t, "form")) && drop_container(c, k)) {
            continue;
        }
        if (t[0] == 'h' && t[1] >= '2' && t[1] <= '6' && !t[2]) {
            hinfo *h = info_of(c, k);
            if (h && h->weight < 0)
                continue;
        }
        flush(o);
        emit(c, o, k, depth + 1);
        flush(o);
    }
}

/* Is sibling s worth adding to the top candidate (readability's rule)? */
static int good_sibling(hctx *c, xmlNode *s, xmlNode *top, double threshold)
{
    hinfo *h = info_of(c, s), *th = info_of(c, top);
    double bonus = 0;
    if (!h)
        return 0;
    if (th && th->weight > 0 && attr(s, "class") && attr(top, "class") &&
        !strcmp(attr(s, "class"), attr(top, "class")))
        bonus = th->score * 0.2;
    if (h->candidate && h->score + bonus >= threshold)
        return 1;
    if (is_tag(s, "p")) {
        double ld = link_density(h);
        if (h->text > 80 && ld < 0.25)
            return 1;
        if (h->text <= 80 && h->text > 0 && ld == 0) {
            xmlChar *txt = xmlNodeGetContent(s);
            int ok = txt && strstr((const char *)txt, ". ");
            xmlFree(txt);
            return ok;
        }
    }
    return 0;
}

/* The text below n with a space at every element boundary (so that a
** caption and its credit do not run together). */
static void gather_text(xmlNode *n, dz_buf *b, int depth)
{
    xmlNode *k;
    for (k = n->children; k; k = k->next) {
        if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content)
            dz_buf_puts(b, (const char *)k->content);
        else if (k->type == XML_ELEMENT_NODE && depth < HTML_MAX_DEPTH &&
                 !is_tag(k, "script") && !is_tag(k, "style")) {
            dz_buf_putc(b, ' ');
            gather_text(k, b, depth + 1);
            dz_buf_putc(b, ' ');
        }
    }
}

/* Remember every figure caption below n with its ancestors. */
static void collect_captions(hctx *c, xmlNode *n, int depth)
{
    xmlNode *k;
    for (k = n->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (is_tag(k, "figcaption")) {
            const xmlNode *a;
            hcap *h;
            dz_buf b = { 0 };
            const char *t;
            gather_text(k, &b, depth);
            t = b.data ? clean_dup(c, b.data) : NULL;
            dz_buf_free(&b);
            if (!t || c->ncaps >= HTML_MAX_CAPS || DZ_VEC_PUSH(c->caps, c->ncaps, c->capcaps) != 0)
                continue;
            h = &c->caps[c->ncaps++];
            memset(h, 0, sizeof *h);
            h->text = t;
            for (a = k->parent; a && h->nanc < HTML_CAP_ANC; a = a->parent)
                h->anc[h->nanc++] = a;
            continue;
        }
        if (depth < HTML_MAX_DEPTH)
            collect_captions(c, k, depth + 1);
    }
}

/* Add the captions of figures that sat inside n to c->captions. */
static void take_captions(hctx *c, const xmlNode *n)
{
    int i, j;
    for (i = 0; i < c->ncaps; i++) {
        hcap *h = &c->caps[i];
        for (j = 0; j < h->nanc && !h->used; j++)
            if (h->anc[j] == n) {
                h->used = 1;
                if ((c->captions.len && dz_buf_putc(&c->captions, '\n') != 0) ||
                    dz_buf_puts(&c->captions, h->text) != 0)
                    c->oom = 1;
            }
    }
}

/* Write the article text of the page into o. */
static int extract(hctx *c, xmlNode *root, hout *o)
{
    xmlNode *body = root, *top, *p, *s;
    xmlNode *tops[HTML_TOPN] = { 0 };
    double ts[HTML_TOPN] = { 0 }, bs, threshold;
    int i;
    for (p = root; p; p = p->next)
        if (is_tag(p, "html")) {
            xmlNode *k;
            for (k = p->children; k; k = k->next)
                if (is_tag(k, "body"))
                    body = k;
        }
    if (is_tag(root, "body"))
        body = root;
    if (!body || body->type != XML_ELEMENT_NODE)
        return 0;
    collect_captions(c, body, 0);
    /* statistics before pruning (to spot misnested wrappers), then again */
    if (stats(c, body, 0, 0) != 0)
        return -1;
    prune(c, body, info_of(c, body)->text, 0);
    c->ninfo = 0;
    if (stats(c, body, 0, 0) != 0)
        return -1;
    score_walk(c, body, 0);
    best_candidates(c, body, tops, ts, 0);
    top = tops[0];
    bs = ts[0];
    /* an article split into several blocks of similar weight: take the
    ** nearest ancestor holding enough of the runners-up too */
    if (top && bs > 0) {
        for (p = top->parent; p && p != body; p = p->parent) {
            int near = 0;
            for (i = 1; i < HTML_TOPN; i++)
                if (tops[i] && ts[i] >= bs * 0.75 && !is_ancestor(tops[i], top) &&
                    !is_ancestor(top, tops[i]) && is_ancestor(p, tops[i]))
                    near++;
            if (near >= HTML_MIN_ALT) {
                top = p;
                break;
            }
        }
    }
    if (!top) {
        emit(c, o, body, 0);
        take_captions(c, body);
        flush(o);
        return o->err ? -1 : 0;
    }
    /* an article split into blocks by figures or ads: climb while the
    ** ancestor adds mostly paragraph text with few links */
    for (p = top ? top->parent : NULL; p && p != body && p->type == XML_ELEMENT_NODE;
         p = p->parent) {
        hinfo *h = info_of(c, top), *ph = info_of(c, p);
        int et, el, ep;
        if (!ph)
            break;
        et = ph->text - h->text;
        el = ph->link - h->link;
        ep = ph->ptext - h->ptext;
        if (et <= 0)
            continue;
        if (ep * 10 < h->ptext * 3 || el * 5 > et || ep * 2 < et)
            break;
        top = p;
    }
    /* a lone child carries its parent's content: climb */
    while (top->parent && top->parent != body && top->parent->type == XML_ELEMENT_NODE) {
        hinfo *h = info_of(c, top), *ph = info_of(c, top->parent);
        if (!ph || ph->text > h->text + h->text / 8)
            break;
        top = top->parent;
    }
    threshold = bs * HW.sibling_share > 10 ? bs * HW.sibling_share : 10;
    c->top_text = info_of(c, top)->text;
    {
        hinfo *h = info_of(c, top);
        const char *cl = attr(top, "class"), *id = attr(top, "id");
        snprintf(c->note, sizeof c->note,
                 "main article: <%s%s%.40s%s%s%.40s%s> with %d paragraphs, %d characters, "
                 "%.0f%% in links (best content score %.0f)", tagname(top),
                 cl ? " class=\"" : "", cl ? cl : "", cl ? "\"" : "",
                 id ? " id=\"" : "", id ? id : "", id ? "\"" : "", h->paras, h->text,
                 100 * link_density(h), bs);
    }
    p = top->parent;
    if (!p || p->type != XML_ELEMENT_NODE) {
        emit(c, o, top, 0);
        take_captions(c, top);
        flush(o);
        return o->err ? -1 : 0;
    }
    for (s = p->children; s; s = s->next) {
        if (s->type != XML_ELEMENT_NODE)
            continue;
        if (s == top || good_sibling(c, s, top, threshold)) {
            flush(o);
            emit(c, o, s, 1);
            take_captions(c, s);
            flush(o);
        }
    }
    return o->err ? -1 : 0;
}

/* ---- the entry point ----------------------------------------------------------*/

static const char *first(const char *a, const char *b, const char *c)
{
    return a ? a : b ? b : c;
}

int html_parse(const char *html, size_t n, dz_doclist *out, char *err, size_t errlen)
{
    dz_buf text = { 0 };
    htmlDocPtr doc;
    hctx c;
    hout o;
    dossier_article *a;
    xmlNode *root;
    int rc = -1;

#ifdef PAGE_TUNE
    hweights_from_env();
#endif
    memset(&c, 0, sizeof c);
    memset(&o, 0, sizeof o);
    c.arena = &out->arena;
    if (!html || n == 0) {
        snprintf(err, errlen, "empty HTML input");
        return -1;
    }
    if (n > HTML_MAX_BYTES) {
        snprintf(err, errlen, "HTML input too large (%zu MB, limit %zu MB)",
                 n >> 20, HTML_MAX_BYTES >> 20);
        return -1;
    }
    if (dz_xml_load(err, errlen) != 0)
        return -1;
    if (decode_page(html, n, &text) != 0) {
        dz_buf_free(&text);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    neutralize_charset(text.data, text.len);
    xmlResetLastError();
    doc = htmlReadMemory(text.len ? text.data : "", (int)text.len, NULL, "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                         HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                         HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT);
    dz_buf_free(&text);
    {
        /* libxml2 stops at 256 nested elements and returns what it had:
        ** the title without the text. Say so rather than store that. */
        const xmlError *e = xmlGetLastError();
        if (e && e->message && strstr(e->message, "Excessive depth")) {
            if (doc)
                xmlFreeDoc(doc);
            snprintf(err, errlen, "elements nested more than 256 deep: the "
                     "page cannot be read whole, not stored");
            return -1;
        }
    }
    if (!doc || !(root = xmlDocGetRootElement(doc))) {
        if (doc)
            xmlFreeDoc(doc);
        snprintf(err, errlen, "not an HTML document");
        return -1;
    }
    meta_walk(&c, root, 0);
    o.title = first(c.m.h1, c.m.og_title, c.m.ld_title);
    if (extract(&c, root, &o) != 0 || c.oom) {
        snprintf(err, errlen, "out of memory");
        goto done;
    }
    if (!(a = doclist_add(out))) {
        snprintf(err, errlen, "out of memory");
        goto done;
    }
    a->kind = "article";
    a->title = first(c.m.ld_title, c.m.og_title, first(c.m.h1, c.m.title, NULL));
    a->dek = c.m.dek;
    a->byline = first(c.m.ld_byline, c.m.byline, NULL);
    if (a->byline && !strncasecmp(a->byline, "by ", 3))
        a->byline = a->byline[3] ? a->byline + 3 : NULL;
    a->published = first(c.m.published, c.m.ld_published, c.m.time_published);
    a->date_source = a->published ? "meta" : NULL;
    a->section = first(c.m.section, c.m.ld_section, NULL);
    a->url = first(c.m.canonical, c.m.url, NULL);
    if (!a->published && a->url && (a->published = url_date(&c, a->url)))
        a->date_source = "inferred";
    a->source = first(c.m.source, c.m.ld_source, NULL);
    /* a page whose text is drawn by scripts: the JSON-LD body stands in */
    if (c.m.ld_body && o.body.len < 200 && strlen(c.m.ld_body) > 200 + 2 * o.body.len) {
        o.body.len = 0;
        if (dz_buf_puts(&o.body, c.m.ld_body) != 0) {
            snprintf(err, errlen, "out of memory");
            out->n--;
            goto done;
        }
    }
    if (c.captions.len)
        a->captions = dz_arena_strndup(&out->arena, c.captions.data, c.captions.len);
    a->body = dz_arena_strndup(&out->arena, o.body.len ? o.body.data : "", o.body.len);
    if (c.note[0])
        out->note = dz_arena_strdup(&out->arena, c.note);
    if (!a->body) {
        out->n--;
        snprintf(err, errlen, "out of memory");
        goto done;
    }
    rc = 0;
done:
    dz_buf_free(&o.body);
    dz_buf_free(&o.cur);
    free(c.info);
    free(c.caps);
    dz_buf_free(&c.captions);
    xmlFreeDoc(doc);
    return rc;
}
