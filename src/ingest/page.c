/*
** page.c — split a plain-text page (text copied or scraped from a rendered
** news site) into its main article, teasers and links, dropping the site
** furniture around them.
**
** The rules are about how such pages are built, not about any one site:
**   - a page is a sequence of units: lines, or blank-line separated blocks
**     when the text is hard-wrapped;
**   - prose paragraphs are long and end like sentences; headlines are
**     shorter and do not end with a full stop; labels (tags, nav items,
**     region names) are one to three words;
**   - the main title is often shown twice (breadcrumb and heading); a line
**     that repeats an earlier non-paragraph line is furniture;
**   - "Section | Region" lines label an article; a stand-first (dek) sits
**     between the title and the body;
**   - photo captions carry a credit ("REUTERS/...", "Photo by", "via AP")
**     or are shown twice (alt text and caption) next to a teaser title;
**   - teasers are a title, optional labels, a few paragraphs and a cut-off
**     ("keep reading", "read more", "show less"); titles without paragraphs
**     are links;
**   - newsletter / social / subscribe blocks and random id tokens are noise.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <strings.h>
#include "ingest/ingest.h"

/* What a unit of the page looks like. */
enum {
    U_PARA,       /* prose paragraph */
    U_HEAD,       /* headline-like line */
    U_LABEL,      /* one to three words: tag, nav item, region */
    U_SECTION,    /* "Analysis | Asia-Pacific" */
    U_CAPTION,    /* photo caption */
    U_CUTOFF,     /* "keep reading", "Show less" */
    U_NOISE,      /* furniture: social, newsletter, id tokens, repeats */
    U_DATE,       /* a line that is a date ("Published April 23, 2024") */
    U_BYLINE,     /* "By Jane Doe" */
    U_SUBHEAD     /* a heading inside the main article's body */
};

typedef struct unit {
    const char *s;        /* trimmed text (arena copy when joined) */
    size_t n;
    int kind;
    int words;
    int dup_next;         /* the next unit is the same text */
    int seen_before;      /* an earlier unit has the same text */
} unit;

typedef struct page {
    unit *u;
    int n, cap;
    dz_arena *arena;
} page;

/* ---- small text predicates ------------------------------------------------*/

static int is_space_at(const unsigned char *p, const unsigned char *end, int *len)
{
    if (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v')) {
        *len = 1;
        return 1;
    }
    if (end - p >= 2 && p[0] == 0xC2 && p[1] == 0xA0) {   /* no-break space */
        *len = 2;
        return 1;
    }
    return 0;
}

/* Trim spaces (ASCII and no-break) from both ends of s[0..*n). */
static const char *trim(const char *s, size_t *n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + *n;
    int k;
    while (p < e && is_space_at(p, e, &k))
        p += k;
    while (e > p) {
        if (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f' || e[-1] == '\v')
            e--;
        else if (e - p >= 2 && e[-2] == 0xC2 && e[-1] == 0xA0)
            e -= 2;
        else
            break;
    }
    *n = (size_t)(e - p);
    return (const char *)p;
}

static int count_words(const char *s, size_t n)
{
    int w = 0, in = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        int sp = s[i] == ' ' || s[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Case-insensitive search for an ASCII needle in s[0..n). */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle), i;
    if (k > n)
        return NULL;
    for (i = 0; i + k <= n; i++)
        if (strncasecmp(s + i, needle, k) == 0)
            return s + i;
    return NULL;
}

static int starts_ci(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && strncasecmp(s, prefix, k) == 0;
}

/* Does the text end like a sentence: . ! ? : ; or a closing quote or
** bracket after one of them? */
static int ends_sentence(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    while (n > 0) {
        unsigned char c = p[n - 1];
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':')
            return 1;
        if (c == '"' || c == '\'' || c == ')' || c == ']') {
            n--;
            continue;
        }
        /* ” ’ » (U+201D, U+2019, U+00BB) */
        if (n >= 3 && p[n - 3] == 0xE2 && p[n - 2] == 0x80 &&
            (p[n - 1] == 0x9D || p[n - 1] == 0x99)) {
            n -= 3;
            continue;
        }
        if (n >= 2 && p[n - 2] == 0xC2 && p[n - 1] == 0xBB) {
            n -= 2;
            continue;
        }
        /* … (U+2026) */
        if (n >= 3 && p[n - 3] == 0xE2 && p[n - 2] == 0x80 && p[n - 1] == 0xA6)
            return 1;
        return 0;
    }
    return 0;
}

/* A run of letters and digits with no space, long, mixing both: the kind
** of id a scraper picks up from a hidden element. */
static int is_id_token(const char *s, size_t n)
{
    size_t i, letters = 0, digits = 0;
    if (n < 12 || memchr(s, ' ', n))
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isdigit(c))
            digits++;
        else if (isalpha(c))
            letters++;
        else if (c != '-' && c != '_')
            return 0;
    }
    return digits > 0 && letters > 0;
}

/* "keep reading", "Show less", "Read more", "Continue reading": the cut-off
** under a teaser. Only short lines count. */
static int is_cutoff(const char *s, size_t n)
{
    static const char *const marks[] = {
        "keep reading", "read more", "continue reading", "show less",
        "show more", "read the full", "full story", "read full", NULL
    };
    int i;
    if (n > 40)
        return 0;
    for (i = 0; marks[i]; i++)
        if (find_ci(s, n, marks[i]))
            return 1;
    return 0;
}

/* Site furniture that looks the same on every site: social buttons,
** newsletter sign-ups, share bars, ads. */
static int is_furniture(const char *s, size_t n, int words)
{
    static const char *const short_marks[] = {
        "follow us", "share this", "share on", "sign up", "sign in", "log in",
        "subscribe", "newsletter", "advertisement", "most popular", "most read",
        "related articles", "related stories", "trending", "skip to",
        "cookie", "all rights reserved", "copyright", "©", NULL
    };
    static const char *const para_marks[] = {
        "subscribe now", "sign up for", "subscribe to our", "our newsletter",
        "in your inbox", "weekly round-up", "don't miss a beat",
        "don’t miss a beat", NULL
    };
    int i;
    if (words <= 6 && (find_ci(s, n, "min read") || find_ci(s, n, "minute read") ||
                       (n > 4 && !strncasecmp(s + n - 4, " ago", 4))))
        return 1;                           /* "5 min read", "3 hours ago" */
    if (words <= 6)
        for (i = 0; short_marks[i]; i++)
            if (find_ci(s, n, short_marks[i]))
                return 1;
    for (i = 0; para_marks[i]; i++)
        if (find_ci(s, n, para_marks[i]) && (starts_ci(s, n, "subscribe") ||
                                            starts_ci(s, n, "sign up") ||
                                            starts_ci(s, n, "get ") ||
                                            words < 60))
            return 1;
    return 0;
}

/* A photo credit: "REUTERS/Leah Millis", "(Photo by ...)", "VIA REUTERS",
** "AP Photo/...", "Getty Images", ".../Pool". */
static int has_photo_credit(const char *s, size_t n)
{
    static const char *const marks[] = {
        "REUTERS/", "via reuters", "(photo by", "photo by ", "photo:",
        "photo credit", "ap photo", "afp via getty", "getty images",
        "/pool", "/afp", "/ap", "(ap)", "(afp)", "shutterstock",
        "credit:", "image:", "pictured:", "file photo", NULL
    };
    int i;
    for (i = 0; marks[i]; i++)
        if (find_ci(s, n, marks[i]))
            return 1;
    return 0;
}

/* "Analysis | Asia-Pacific": two to four short parts split by " | " or
** " • " with no sentence punctuation. */
static int is_section_line(const char *s, size_t n)
{
    const char *bar = NULL;
    if (n > 80 || ends_sentence(s, n))
        return 0;
    bar = find_ci(s, n, " | ");
    if (!bar)
        bar = find_ci(s, n, " \xE2\x80\xA2 ");
    return bar != NULL && count_words(s, n) <= 8;
}

static int is_byline(const char *s, size_t n, int words)
{
    return words >= 2 && words <= 8 && (starts_ci(s, n, "by ") ||
                                        starts_ci(s, n, "written by "));
}

/* A line that is a date, with at most a few words around it
** ("Published April 23, 2024", "23 April 2024 | 10:00"). */
static int is_date_line(const char *s, size_t n, int words, char out[11])
{
    if (words > 8)
        return 0;
    return dz_date_find(s, n, out) == 0;
}

/* Names of world regions that sites use as labels. Facts, not page text. */
static int is_region(const char *s, size_t n)
{
    static const char *const regions[] = {
        "Europe", "Asia", "Asia-Pacific", "Asia Pacific", "Middle East",
        "Middle East & North Africa", "Africa", "North America",
        "Latin America", "South America", "Americas", "Central Asia",
        "South Asia", "East Asia", "Southeast Asia", "Oceania", "Eurasia",
        "Global", "World", "Arctic", "Caribbean", "Central America",
        "North Africa", "Sub-Saharan Africa", "Pacific", "Gulf",
        "United States", "US", "U.S.", "MENA", NULL
    };
    int i;
    for (i = 0; regions[i]; i++)
        if (strlen(regions[i]) == n && strncasecmp(regions[i], s, n) == 0)
            return 1;
    return 0;
}

/* ---- building units ----------------------------------------------------------*/

static int push_unit(page *pg, const char *s, size_t n)
{
    unit *u;
    s = trim(s, &n);
    if (n == 0)
        return 0;
    if (DZ_VEC_PUSH(pg->u, pg->n, pg->cap) != 0)
        return -1;
    u = &pg->u[pg->n++];
    memset(u, 0, sizeof *u);
    u->s = s;
    u->n = n;
    u->words = count_words(s, n);
    return 0;
}

/* Is the text hard-wrapped (paragraphs broken into lines of ~70 columns)?
** Wrapped text has no very long line, and many lines near the full width
** that stop mid-sentence with more text on the next line. */
static int looks_wrapped(const char *text, size_t n)
{
    const char *p = text, *end = text + n;
    size_t maxlen = 0;
    int wide = 0, continued = 0, pass;
    for (pass = 0; pass < 2; pass++) {
        p = text;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *le = nl ? nl : end;
            size_t len = (size_t)(le - p);
            const char *s = trim(p, &len);
            if (pass == 0) {
                if (len > maxlen)
                    maxlen = len;
            } else if (len >= 40 && len * 10 >= maxlen * 6) {
                wide++;
                if (!ends_sentence(s, len) && nl && nl + 1 < end) {
                    const char *q = nl + 1;
                    while (q < end && (*q == ' ' || *q == '\t'))
                        q++;
                    if (q < end && *q != '\n' && *q != '\r')
                        continued++;
                }
            }
            if (!nl)
                break;
            p = nl + 1;
        }
        if (maxlen > 110)
            return 0;
    }
    return continued >= 3 && continued * 2 >= wide;
}

/* Split text into units: lines, or blank-separated blocks joined with
** spaces when the text is hard-wrapped. */
static int split_units(page *pg, const char *text, size_t n)
{
    const char *p = text, *end = text + n;
    int wrapped = looks_wrapped(text, n);
    dz_buf b = { 0 };
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (!wrapped) {
            if (push_unit(pg, p, (size_t)(le - p)) != 0)
                goto nomem;
        } else {
            size_t len = (size_t)(le - p);
            const char *s = trim(p, &len);
            if (len == 0 && b.len > 0) {
                char *c = dz_arena_strndup(pg->arena, b.data, b.len);
                if (!c || push_unit(pg, c, b.len) != 0)
                    goto nomem;
                b.len = 0;
            } else if (len > 0) {
                if ((b.len && dz_buf_putc(&b, ' ') != 0) || dz_buf_append(&b, s, len) != 0)
                    goto nomem;
            }
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    if (b.len > 0) {
        char *c = dz_arena_strndup(pg->arena, b.data, b.len);
        if (!c || push_unit(pg, c, b.len) != 0)
            goto nomem;
    }
    dz_buf_free(&b);
    return 0;
nomem:
    dz_buf_free(&b);
    return -1;
}

static int same_text(const unit *a, const unit *b)
{
    return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
}

static uint64_t unit_hash(const unit *u)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i;
    for (i = 0; i < u->n; i++)
        h = (h ^ (unsigned char)u->s[i]) * 0x100000001b3ULL;
    return h;
}

/* Mark the units that repeat an earlier unit (one not doubled right after
** itself), with a hash set so long pages stay linear. -1 on no memory. */
static int mark_repeats(page *pg)
{
    size_t cap = 16, mask, k;
    int i, *slot;
    uint64_t *hs;
    while (cap < (size_t)pg->n * 2)
        cap <<= 1;
    mask = cap - 1;
    slot = malloc(cap * sizeof *slot);
    hs = malloc((size_t)(pg->n ? pg->n : 1) * sizeof *hs);
    if (!slot || !hs) {
        free(slot);
        free(hs);
        return -1;
    }
    for (k = 0; k < cap; k++)
        slot[k] = -1;
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        hs[i] = unit_hash(u);
        if (i + 1 < pg->n && same_text(u, &pg->u[i + 1]))
            u->dup_next = 1;
    }
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        for (k = hs[i] & mask; slot[k] >= 0; k = (k + 1) & mask)
            if (hs[slot[k]] == hs[i] && same_text(u, &pg->u[slot[k]])) {
                u->seen_before = 1;
                break;
            }
        if (slot[k] < 0 && !u->dup_next)
            slot[k] = i;
    }
    free(slot);
    free(hs);
    return 0;
}

/* Give every unit its kind. Long units are prose: the furniture and
** caption tests only look at short ones, so a huge page stays linear. */
static void classify(page *pg)
{
    int i;
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        char date[11];
        int is_short = u->n <= 1200;

        if (is_cutoff(u->s, u->n))
            u->kind = U_CUTOFF;
        else if (is_id_token(u->s, u->n))
            u->kind = U_NOISE;
        else if (is_short && is_furniture(u->s, u->n, u->words))
            u->kind = U_NOISE;
        else if (is_section_line(u->s, u->n))
            u->kind = U_SECTION;
        else if (is_short && has_photo_credit(u->s, u->n) && u->words >= 4)
            u->kind = U_CAPTION;
        else if (is_byline(u->s, u->n, u->words))
            u->kind = U_BYLINE;
        else if (is_date_line(u->s, u->n, u->words, date))
            u->kind = U_DATE;
        else if (u->words <= 3 && !ends_sentence(u->s, u->n))
            u->kind = U_LABEL;
        else if (ends_sentence(u->s, u->n) && u->s[u->n - 1] != '?' &&
                 u->s[u->n - 1] != '!' && u->words >= 8)
            u->kind = U_PARA;
        else if (ends_sentence(u->s, u->n) && u->words >= 25)
            u->kind = U_PARA;
        else if (u->words <= 30)
            u->kind = U_HEAD;
        else
            u->kind = U_PARA;
    }
    /* A sentence shown twice in a row, outside the body, is an image's alt
    ** text and caption. */
    for (i = 0; i + 1 < pg->n; i++)
        if (pg->u[i].dup_next && pg->u[i].kind == U_PARA && pg->u[i].words <= 60) {
            pg->u[i].kind = U_CAPTION;
            pg->u[i + 1].kind = U_NOISE;
        }
}

/* ---- output -----------------------------------------------------------------*/

/* An article being built. It names its record by index, because adding
** another record to the list may move the array. */
typedef struct item {
    int idx;              /* -1 when no item is open */
    dz_buf body, captions;
    int npara;
} item;

#define ITEM(out, it) (&(out)->items[(it)->idx])

static void item_init(item *it)
{
    memset(it, 0, sizeof *it);
    it->idx = -1;
}

static int item_open(item *it, dz_doclist *out, const char *kind, const unit *title)
{
    dossier_article *a;
    item_init(it);
    if (!(a = doclist_add(out)))
        return -1;
    it->idx = out->n - 1;
    a->kind = kind;
    a->date_source = "unknown";
    if (title && !(a->title = dz_arena_strndup(&out->arena, title->s, title->n)))
        return -1;
    return 0;
}

static int buf_add_line(dz_buf *b, const unit *u, const char *sep)
{
    if (b->len && dz_buf_puts(b, sep) != 0)
        return -1;
    return dz_buf_append(b, u->s, u->n);
}

/* Move the item's buffers into the arena and forget it. */
static int item_close(item *it, dz_doclist *out)
{
    int rc = 0;
    dossier_article *a;
    if (it->idx < 0)
        return 0;
    a = ITEM(out, it);
    if (it->body.len && !(a->body = dz_arena_strndup(&out->arena, it->body.data, it->body.len)))
        rc = -1;
    if (it->captions.len &&
        !(a->captions = dz_arena_strndup(&out->arena, it->captions.data, it->captions.len)))
        rc = -1;
    dz_buf_free(&it->body);
    dz_buf_free(&it->captions);
    it->idx = -1;
    return rc;
}

static char *unit_dup(dz_doclist *out, const unit *u)
{
    return dz_arena_strndup(&out->arena, u->s, u->n);
}

/* Split "Analysis | Asia-Pacific" into section and region. */
static int set_section(dz_doclist *out, dossier_article *a, const unit *u)
{
    const char *bar = find_ci(u->s, u->n, " | ");
    size_t sep = 3, ln, rn;
    const char *l, *r;
    if (!bar) {
        bar = find_ci(u->s, u->n, " \xE2\x80\xA2 ");
        sep = 5;
    }
    if (!bar)
        return 0;
    ln = (size_t)(bar - u->s);
    l = trim(u->s, &ln);
    r = bar + sep;
    rn = (size_t)(u->s + u->n - r);
    r = trim(r, &rn);
    if (ln && !(a->section = dz_arena_strndup(&out->arena, l, ln)))
        return -1;
    if (rn) {
        /* a third part ("News | Europe | Ukraine") stays with the region */
        if (!(a->region = dz_arena_strndup(&out->arena, r, rn)))
            return -1;
    }
    return 0;
}

/* Is unit i, a short line right after a body paragraph, a subheading of
** the main article rather than the title of a teaser? It is when prose
** follows it and no cut-off ("keep reading") closes that prose, which is
** how teasers end. */
static int is_subhead(page *pg, int i)
{
    int k;
    if ((pg->u[i].kind != U_HEAD && pg->u[i].kind != U_LABEL) || i == 0 ||
        pg->u[i - 1].kind != U_PARA ||
        i + 1 >= pg->n || pg->u[i + 1].kind != U_PARA || pg->u[i].words > 15)
        return 0;
    for (k = i + 1; k < pg->n; k++) {
        int kind = pg->u[k].kind;
        if (kind == U_CUTOFF)
            return 0;
        if (kind == U_PARA)
            continue;
        if ((kind == U_HEAD || kind == U_LABEL) && pg->u[k - 1].kind == U_PARA && k + 1 < pg->n &&
            pg->u[k + 1].kind == U_PARA)
            continue;                       /* another heading in the same prose */
        break;
    }
    return 1;
}

/* Find the main article: its title, dek, labels, body and captions.
** Returns the index of the first unit after it, or -1 on no memory. *found
** is 0 when the page has no prose at all. */
static int parse_main(page *pg, dz_doclist *out, int *found)
{
    int first = -1, i, title = -1, dek = -1, end, last_para, next;
    item it;
    dossier_article *a;
    *found = 0;
    item_init(&it);
    /* the body starts at the first paragraph followed by another one (or
    ** the first paragraph at all) */
    for (i = 0; i + 1 < pg->n && first < 0; i++)
        if (pg->u[i].kind == U_PARA && pg->u[i + 1].kind == U_PARA)
            first = i;
    for (i = 0; i < pg->n && first < 0; i++)
        if (pg->u[i].kind == U_PARA)
            first = i;
    if (first < 0)
        return 0;
    /* the title: a headline shown twice before the body; else the last
    ** headline before the body, with a longer headline after it as the dek */
    for (i = 0; i < first; i++)
        if (pg->u[i].kind == U_HEAD && pg->u[i].dup_next) {
            title = i;
            break;
        }
    if (title >= 0) {
        for (i = title + 1; i < first; i++)
            if (pg->u[i].kind == U_HEAD && !same_text(&pg->u[i], &pg->u[title])) {
                dek = i;
                break;
            }
    } else {
        int last = -1, prev = -1;
        for (i = 0; i < first; i++)
            if (pg->u[i].kind == U_HEAD) {
                prev = last;
                last = i;
            }
        if (last >= 0 && prev >= 0 && pg->u[last].words >= 8 &&
            pg->u[last].words > pg->u[prev].words) {
            title = prev;
            dek = last;
        } else {
            title = last;
        }
    }
    /* no headline at all: a short first line ("Café society") is the title */
    if (title < 0)
        for (i = first - 1; i >= 0 && title < 0; i--)
            if (pg->u[i].kind == U_LABEL && !is_region(pg->u[i].s, pg->u[i].n))
                title = i;
    if (item_open(&it, out, "article", title >= 0 ? &pg->u[title] : NULL) != 0)
        goto nomem;
    a = ITEM(out, &it);
    if (dek >= 0 && !(a->dek = unit_dup(out, &pg->u[dek])))
        goto nomem;
    /* labels between the title and the body */
    for (i = title >= 0 ? title : 0; i < first; i++) {
        unit *u = &pg->u[i];
        char date[11];
        if (u->kind == U_SECTION && !a->section) {
            if (set_section(out, a, u) != 0)
                goto nomem;
        } else if (u->kind == U_BYLINE && !a->byline) {
            size_t k = starts_ci(u->s, u->n, "by ") ? 3 : 11;
            if (!(a->byline = dz_arena_strndup(&out->arena, u->s + k, u->n - k)))
                goto nomem;
        } else if (u->kind == U_DATE && !a->published &&
                   dz_date_find(u->s, u->n, date) == 0) {
            if (!(a->published = dz_arena_strdup(&out->arena, date)))
                goto nomem;
            a->date_source = "inferred";
        } else if (u->kind == U_LABEL && !a->region && is_region(u->s, u->n)) {
            if (!(a->region = unit_dup(out, u)))
                goto nomem;
        }
    }
    /* the body: paragraphs, and captions inside or right after them (the
    ** second copy of a doubled caption is skipped) */
    last_para = first;
    for (end = first; end < pg->n; end++) {
        unit *u = &pg->u[end];
        if (u->kind == U_PARA)
            last_para = end;
        else if (u->kind == U_CAPTION || (end > 0 && pg->u[end - 1].dup_next))
            continue;
        else if (is_subhead(pg, end))
            u->kind = U_SUBHEAD;
        else
            break;
    }
    /* captions after the last paragraph belong to a teaser when a title
    ** with its own text follows them directly (a label in between, such
    ** as "Related", closes the article first) */
    next = end;
    if (end > last_para + 1 && next + 1 < pg->n && pg->u[next].kind == U_HEAD &&
        (pg->u[next + 1].kind == U_PARA || pg->u[next + 1].kind == U_LABEL))
        end = last_para + 1;
    for (i = first; i < end; i++) {
        unit *u = &pg->u[i];
        if (i > 0 && pg->u[i - 1].dup_next)
            continue;
        if (u->kind == U_PARA || u->kind == U_SUBHEAD) {
            if (buf_add_line(&it.body, u, "\n\n") != 0)
                goto nomem;
            it.npara++;
        } else if (u->kind == U_CAPTION) {
            if (buf_add_line(&it.captions, u, "\n") != 0)
                goto nomem;
        }
    }
    if (item_close(&it, out) != 0)
        goto nomem;
    *found = 1;
    return end;
nomem:
    item_close(&it, out);
    return -1;
}

/* Turn the pending titles into links, all of them or all but the last
** (which becomes a teaser). Returns 0 or -1 on no memory. */
static int flush_links(page *pg, dz_doclist *out, int *heads, int *nheads,
                       int keep_last)
{
    int k, lim = *nheads - (keep_last ? 1 : 0);
    for (k = 0; k < lim; k++) {
        item l;
        if (item_open(&l, out, "link", &pg->u[heads[k]]) != 0)
            return -1;
        if (item_close(&l, out) != 0)
            return -1;
    }
    if (keep_last && *nheads > 0) {
        heads[0] = heads[*nheads - 1];
        *nheads = 1;
    } else {
        *nheads = 0;
    }
    return 0;
}

/* After the main article: teasers (title, labels, paragraphs, cut-off) and
** links (titles alone). Captions seen between items go to the next teaser. */
static int parse_rest(page *pg, int start, dz_doclist *out)
{
    int i, heads[64], nheads = 0, in_newsletter = 0;
    int region = -1;      /* a region label after the last pending title */
    dz_buf caps = { 0 };
    item it;
    item_init(&it);

    for (i = start; i < pg->n; i++) {
        unit *u = &pg->u[i];
        if (u->seen_before && (u->kind == U_HEAD || u->kind == U_SECTION))
            continue;       /* the page's title or section line shown again */
        if (i > 0 && pg->u[i - 1].dup_next)
            continue;                       /* second copy of a doubled line */
        switch (u->kind) {
        case U_CUTOFF:
            if (it.idx >= 0) {
                ITEM(out, &it)->partial = 1;
                if (item_close(&it, out) != 0)
                    goto nomem;
            }
            break;
        case U_NOISE:
            if (u->words <= 3 && find_ci(u->s, u->n, "newsletter"))
                in_newsletter = 1;
            break;
        case U_LABEL:
            if (nheads > 0 && it.idx < 0 && is_region(u->s, u->n))
                region = i;
            else if (it.idx >= 0 && it.npara > 0 && !is_region(u->s, u->n) &&
                     item_close(&it, out) != 0)
                goto nomem;
            break;
        case U_SECTION: case U_DATE: case U_BYLINE:
            break;
        case U_CAPTION:
            if (it.idx >= 0 && item_close(&it, out) != 0)
                goto nomem;
            if (flush_links(pg, out, heads, &nheads, 0) != 0 ||
                buf_add_line(&caps, u, "\n") != 0)
                goto nomem;
            region = -1;
            break;
        case U_HEAD:
            if (it.idx >= 0 && item_close(&it, out) != 0)
                goto nomem;
            in_newsletter = 0;
            if (nheads == (int)(sizeof heads / sizeof heads[0]) &&
                flush_links(pg, out, heads, &nheads, 0) != 0)
                goto nomem;
            heads[nheads++] = i;
            region = -1;
            break;
        case U_PARA:
            if (in_newsletter)
                break;
            if (it.idx < 0 && nheads > 0) {
                if (flush_links(pg, out, heads, &nheads, 1) != 0 ||
                    item_open(&it, out, "teaser", &pg->u[heads[0]]) != 0)
                    goto nomem;
                nheads = 0;
                if (region >= 0 &&
                    !(ITEM(out, &it)->region = unit_dup(out, &pg->u[region])))
                    goto nomem;
                region = -1;
                if (caps.len && dz_buf_append(&it.captions, caps.data, caps.len) != 0)
                    goto nomem;
                caps.len = 0;
            }
            if (it.idx >= 0) {
                if (buf_add_line(&it.body, u, "\n\n") != 0)
                    goto nomem;
                it.npara++;
            }
            break;
        }
    }
    if (item_close(&it, out) != 0 || flush_links(pg, out, heads, &nheads, 0) != 0)
        goto nomem;
    dz_buf_free(&caps);
    return 0;
nomem:
    item_close(&it, out);
    dz_buf_free(&caps);
    return -1;
}

int page_parse_text(const char *text, size_t n, dz_doclist *out,
                    char *err, size_t errlen)
{
    page pg;
    int found = 0, end;
    memset(&pg, 0, sizeof pg);
    pg.arena = &out->arena;
    if (split_units(&pg, text, n) != 0)
        goto nomem;
    if (pg.n == 0) {
        free(pg.u);
        snprintf(err, errlen, "no text");
        return -1;
    }
    if (mark_repeats(&pg) != 0)
        goto nomem;
    classify(&pg);
    end = parse_main(&pg, out, &found);
    if (end < 0)
        goto nomem;
    if (!found) {
        /* no prose: a title line and whatever follows as the body */
        dossier_article *a = doclist_add(out);
        dz_buf b = { 0 };
        int i;
        if (!a)
            goto nomem;
        a->kind = "article";
        a->date_source = "unknown";
        if (!(a->title = unit_dup(out, &pg.u[0])))
            goto nomem;
        for (i = 1; i < pg.n; i++)
            if (buf_add_line(&b, &pg.u[i], "\n\n") != 0) {
                dz_buf_free(&b);
                goto nomem;
            }
        if (b.len && !(a->body = dz_arena_strndup(&out->arena, b.data, b.len))) {
            dz_buf_free(&b);
            goto nomem;
        }
        dz_buf_free(&b);
    } else if (parse_rest(&pg, end, out) != 0) {
        goto nomem;
    }
    free(pg.u);
    return 0;
nomem:
    free(pg.u);
    snprintf(err, errlen, "out of memory");
    return -1;
}
