/*
** page.c — split a plain-text page (text copied or scraped from a rendered
** news site) into its main article, teasers and links, dropping the site
** furniture around them.
**
** The rules are about how such pages are built, not about any one site:
**   - a page is a sequence of units: lines, or paragraphs re-joined from
**     hard-wrapped text (lynx, w3m, mail): a greedy wrapper breaks a line
**     only where the next word would not fit, so a shorter break ends a
**     paragraph; list bullets are cut off;
**   - prose paragraphs are long and end like sentences; headlines are
**     shorter and do not end with a full stop; labels (tags, nav items,
**     region names) are one to three words;
**   - the main title is often shown twice (breadcrumb and heading); a line
**     that repeats an earlier non-paragraph line is furniture;
**   - "Section | Region" lines label an article; a stand-first (dek) sits
**     between the title and the body;
**   - prose lines end like sentences; two short sentences in a row (or one
**     beside a paragraph) are text too, not headlines;
**   - photo captions carry a credit ("REUTERS/...", "Photo by", "via AP"),
**     or stand right above a credit line of their own ("Photo: X, AP"),
**     or are shown twice (alt text and caption) next to a teaser title;
**   - a copyright notice marks the site's footer: the legal prose in its
**     block is not the article;
**   - teasers are a title, optional labels, a few paragraphs and a cut-off
**     ("keep reading", "read more", "show less"); titles without paragraphs
**     are links;
**   - newsletter / social / subscribe blocks, cookie notices and random id
**     tokens are noise; a long unit that mostly repeats earlier text is a
**     hidden copy; comments follow "N responses to ..." and "name says:";
**   - an article's body may be mostly a list or a table (recipes, meal
**     plans, standings): rows (short lines in runs) between a block's
**     paragraphs, half of them with numbers (amounts, times, points), are
**     its data, not a menu; post counts, month archives and digits inside
**     names are no numbers (mark_data);
**   - the main article is the stretch of units with the most prose for
**     the least furniture (select_body): prose gains its words, every
**     other line costs, more so in runs (menus, teaser lists) and for
**     dates, bylines and furniture (they open new items); the prose after
**     the page's first byline gains (when two paragraphs follow it), and
**     the stretch cannot reach back over that byline. Headings followed
**     by prose inside the stretch are the article's own subheadings.
** The weights are checked by cross-validation by site (scripts/eval-extract
** --cv); evaluation builds (PAGE_TUNE) read trial weights from
** DOSSIER_PAGE_WEIGHTS and dump every unit's kind and gain to stderr when
** DOSSIER_PAGE_DEBUG is set.
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
    U_COMMENTS,   /* "34 responses to ...", "Leave a reply": readers' comments follow */
    U_IMAGE,      /* a text-mode browser's image or control: "[photo]", "(BUTTON)" */
    U_LEGAL       /* a copyright notice: the site's footer */
};

typedef struct unit {
    const char *s;        /* trimmed text (arena copy when joined) */
    size_t n;
    int kind;
    int words;
    int dup_next;         /* the next unit is the same text */
    int seen_before;      /* an earlier unit has the same text */
    int bullet;           /* a list item (its bullet is cut off) */
    int copy;             /* 1: long, and mostly text shown earlier on the
                          ** page; 2: a comment's signature */
    int data;             /* a row or item of a list or table that is the
                          ** article's own text (mark_data) */
    int line, line_end;   /* the input lines it spans (1-based), for the note */
} unit;

typedef struct page {
    unit *u;
    int n, cap;
    dz_arena *arena;
    int from;             /* the main article is looked for from this unit on */
    const char *after;    /* the user's marker line text (main_after), or NULL */
} page;

/* The weights of the main-body search (select_body). Set on the
** article-extraction development pages rendered by three renderers, and
** checked by cross-validation by site (scripts/eval-extract --cv): with
** each site left out in turn, the best of a grid of 163 weight sets on the
** other sites is these on all but one or two sites.
** list_pen and gap_growth are 0 (off): listicles look like teaser lists,
** and long runs of furniture inside articles (galleries) are common. */
typedef struct weights {
    double stop_words;    /* a line ending with a full stop this long is prose */
    double q_words;       /* a question or exclamation this long is prose */
    double head_words;    /* a line this long is prose, whatever its end */
    double list_pen;      /* a paragraph in a list of teasers is worth this
                          ** many words less */
    double gap_first;     /* cost of the first non-prose line in a run */
    double gap_next;      /* cost of every further one (menus, teaser lists) */
    double noise;         /* cost of a furniture line */
    double teaser_words;  /* prose closed by a cut-off shorter than this is a teaser */
    double byline_bonus;  /* prose right after the page's first byline starts the article */
    double gap_growth;    /* each further line of a run costs this much more than
                          ** the one before (in gap_next): long runs of furniture
                          ** part an article from what follows it */
} weights;

#ifdef PAGE_TUNE
static weights W =
#else
static const weights W =
#endif
    { 8, 25, 25, 0, 4, 12, 20, 150, 50, 0 };

#ifdef PAGE_TUNE
/* Evaluation builds only: the weights from DOSSIER_PAGE_WEIGHTS
** ("stop_words,q_words,head_words,list_pen,gap_first,gap_next,noise,teaser_words,
** byline_bonusgap_growth"). */
static void weights_from_env(void)
{
    const char *e = getenv("DOSSIER_PAGE_WEIGHTS");
    W = (weights){ 8, 25, 25, 0, 4, 12, 20, 150, 50, 0 };
    if (e)
        sscanf(e, "%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf", &W.stop_words, &W.q_words,
               &W.head_words, &W.list_pen, &W.gap_first, &W.gap_next, &W.noise,
               &W.teaser_words, &W.byline_bonus, &W.gap_growth);
}
#endif

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

/* Words in s[0..n): runs between spaces, and for scripts written without
** spaces (Chinese, Japanese: letters from U+2E80 on, three UTF-8 bytes)
** one word per two letters, so their prose weighs like other prose. */
static int count_words(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    int w = 0, in = 0, wide = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        int sp = p[i] == ' ' || p[i] == '\t';
        if (!sp && !in)
            w++;
        in = !sp;
        if (p[i] >= 0xE2 && p[i] <= 0xEF && i + 2 < n &&
            (p[i] > 0xE2 || p[i + 1] >= 0xBA) && !(p[i] == 0xEF && p[i + 1] >= 0xBC))
            wide++;
    }
    return w + wide / 2;
}

/* Case-insensitive search for an ASCII needle in s[0..n). The first
** letter is compared by hand before calling strncasecmp, which keeps the
** many furniture tests cheap on long paragraphs. */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle), i;
    int lo, up;
    if (k > n || k == 0)
        return k == 0 ? s : NULL;
    lo = tolower((unsigned char)needle[0]);
    up = toupper((unsigned char)needle[0]);
    for (i = 0; i + k <= n; i++)
        if (((unsigned char)s[i] == lo || (unsigned char)s[i] == up) &&
            strncasecmp(s + i + 1, needle + 1, k - 1) == 0)
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
        /* emoji (four-byte letters) and the emoji variation selector
        ** after a sentence */
        if (n >= 4 && p[n - 4] >= 0xF0) {
            n -= 4;
            while (n > 0 && p[n - 1] == ' ')     /* "today! 🙂" */
                n--;
            continue;
        }
        if (n >= 3 && p[n - 3] == 0xEF && p[n - 2] == 0xB8 && p[n - 1] == 0x8F) {
            n -= 3;
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
        /* 。！？ (U+3002, U+FF01, U+FF1F): CJK sentence ends */
        if (n >= 3 && ((p[n - 3] == 0xE3 && p[n - 2] == 0x80 && p[n - 1] == 0x82) ||
                       (p[n - 3] == 0xEF && p[n - 2] == 0xBC &&
                        (p[n - 1] == 0x81 || p[n - 1] == 0x9F))))
            return 1;
        /* 」』 (U+300D, U+300F) close a quote after one */
        if (n >= 3 && p[n - 3] == 0xE3 && p[n - 2] == 0x80 &&
            (p[n - 1] == 0x8D || p[n - 1] == 0x8F)) {
            n -= 3;
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

/* Text cut off by the site with an ellipsis right after a word ("Surface
** Go Kids Bund...", "...is now available via Windows 10 Update Ass..."):
** a teaser's title or dek, shortened to fit a box. */
static int is_truncated(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t k;
    if (n >= 4 && !memcmp(s + n - 3, "...", 3))
        k = n - 3;
    else if (n >= 4 && p[n - 3] == 0xE2 && p[n - 2] == 0x80 && p[n - 1] == 0xA6)
        k = n - 3;
    else
        return 0;
    return isalnum(p[k - 1]) || p[k - 1] >= 0x80;
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

/* What a text-mode browser prints for an image, a form field or a
** button: "[photo]", "[5dd4109988]", "[IMG]", "(BUTTON) Close",
** "____________". It sits in an article's text without breaking it. */
static int is_image_marker(const char *s, size_t n, int words)
{
    size_t i, under = 0;
    if (words <= 8 && n >= 2 && s[0] == '[' && s[n - 1] == ']' && !memchr(s + 1, '[', n - 2))
        return 1;
    if (starts_ci(s, n, "(BUTTON)") && words <= 4)
        return 1;
    for (i = 0; i < n; i++)
        under += s[i] == '_';
    return n >= 6 && under * 2 >= n;
}

/* The head of a comment section ("34 Comments", "12 responses to ...",
** "Leave a Reply", "Join the conversation") or one comment's signature
** ("jane says:"): readers' text, not the article's. */
static int is_comments(const char *s, size_t n, int words)
{
    static const char *const marks[] = {
        "leave a reply", "leave a comment", "post a comment", "add a comment",
        "comments are closed", "show comments", "view comments", "join the conversation",
        "responses to", "replies to", "comments to", "thoughts on", NULL
    };
    int i;
    if (words > 16)
        return 0;
    if (words <= 6 && ((n > 6 && !strncasecmp(s + n - 6, " says:", 6)) ||
                       (n > 7 && !strncasecmp(s + n - 7, " wrote:", 7))))
        return 2;
    if (words > 8 && !find_ci(s, n, "responses to") && !find_ci(s, n, "replies to") &&
        !find_ci(s, n, "comments to") && !find_ci(s, n, "thoughts on"))
        return 0;
    for (i = 0; marks[i]; i++)
        if (find_ci(s, n, marks[i]))
            return 1;
    if (isdigit((unsigned char)s[0])) {
        size_t k = 0;
        while (k < n && (isdigit((unsigned char)s[k]) || s[k] == ','))
            k++;
        while (k < n && s[k] == ' ')
            k++;
        if (starts_ci(s + k, n - k, "comment") || starts_ci(s + k, n - k, "response") ||
            starts_ci(s + k, n - k, "repl"))
            return 1;
    }
    if (words <= 2 && (starts_ci(s, n, "comments") || starts_ci(s, n, "reader comments")))
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
        "don’t miss a beat", "unsubscribe", "no spam", NULL
    };
    int i;
    /* a cookie-consent notice: every site in the EU shows one */
    if (words < 80 && find_ci(s, n, "cookies") &&
        (find_ci(s, n, "website") || find_ci(s, n, "browser") || find_ci(s, n, "consent") ||
         find_ci(s, n, "experience")))
        return 1;
    /* an embedded social post, a "follow us" line */
    if (words < 80 && (starts_ci(s, n, "twitter post by") || starts_ci(s, n, "instagram post by") ||
                       starts_ci(s, n, "facebook post by") ||
                       (starts_ci(s, n, "follow ") && words <= 16 &&
                        (find_ci(s, n, "twitter") || find_ci(s, n, "facebook") ||
                         find_ci(s, n, "instagram")))))
        return 1;
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

/* A site's copyright notice ("© 2019 Example Media. All rights
** reserved.", "Copyright 2010 ..."): the page's footer. */
static int is_copyright(const char *s, size_t n, int words)
{
    if (words > 80)
        return 0;
    return starts_ci(s, n, "\xC2\xA9") || starts_ci(s, n, "copyright \xC2\xA9") ||
           (starts_ci(s, n, "copyright ") && n > 10 && isdigit((unsigned char)s[10])) ||
           find_ci(s, n, "all rights reserved") != NULL;
}

/* A photo credit: "REUTERS/Leah Millis", "(Photo by ...)", "VIA REUTERS",
** "AP Photo/...", "Getty Images", ".../Pool". */
static int has_photo_credit(const char *s, size_t n)
{
    static const char *const marks[] = {
        "REUTERS/", "via reuters", "(photo by", "photo by ", "photo:",
        "photo credit", "ap photo", "afp via getty", "getty images",
        "/pool", "/afp", "/ap", "(ap)", "(afp)", "shutterstock",
        "credit:", "image:", "pictured:", "file photo", "submitted photo",
        "photo courtesy", "image caption", "media caption", "image copyright",
        "photograph:", NULL
    };
    int i;
    for (i = 0; marks[i]; i++) {
        const char *m = find_ci(s, n, marks[i]);
        size_t k;
        if (!m)
            continue;
        /* "HANOI, Vietnam (AP) — ...": a wire story's dateline, not a credit */
        k = (size_t)(m - s) + strlen(marks[i]);
        if (marks[i][0] == '(' && k + 2 < n && s[k] == ' ' &&
            (s[k + 1] == '-' || (unsigned char)s[k + 1] == 0xE2))
            continue;
        return 1;
    }
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

static size_t bullet_len(const char *s, size_t n);

/* Append the unit s[0..n) (trimmed, its list bullet cut off), which
** spans input lines line..line_end. */
static int push_unit(page *pg, const char *s, size_t n, int line, int line_end)
{
    unit *u;
    size_t bl;
    int bullet = 0;
    s = trim(s, &n);
    if ((bl = bullet_len(s, n)) > 0 && bl < n) {
        s += bl;
        n -= bl;
        s = trim(s, &n);
        bullet = 1;
    }
    if (n == 0)
        return 0;
    if (DZ_VEC_PUSH(pg->u, pg->n, pg->cap) != 0)
        return -1;
    u = &pg->u[pg->n++];
    memset(u, 0, sizeof *u);
    u->s = s;
    u->n = n;
    u->words = count_words(s, n);
    u->bullet = bullet;
    u->line = line;
    u->line_end = line_end;
    return 0;
}

/* Display width of s[0..n) in columns: one per code point, and two for
** East Asian wide letters when wide is set (w3m lays them out so, lynx
** counts one). */
static int disp_width(const char *s, size_t n, int wide)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int w = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            w++;
        } else if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
            unsigned cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
            w += wide && ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                          (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                          (cp >= 0xFF00 && cp <= 0xFF60)) ? 2 : 1;
            i += 3;
        } else {
            i++;
            if ((c & 0xC0) != 0x80)
                w++;
            while (i < n && (p[i] & 0xC0) == 0x80)
                i++;
        }
    }
    return w;
}

/* A list bullet at the start of a text-mode line ("* ", "+ ", "o ", "- ",
** "• ", "◦ ", "▪ ", "# "): its length in bytes with the space, else 0. */
static size_t bullet_len(const char *s, size_t n)
{
    static const char *const marks[] = {
        "* ", "+ ", "o ", "- ", "# ", "@ ", "\xE2\x80\xA2 ", "\xE2\x97\xA6 ",
        "\xE2\x96\xAA ", "\xC2\xB7 ", NULL
    };
    int i;
    for (i = 0; marks[i]; i++)
        if (starts_ci(s, n, marks[i]) && (marks[i][0] != 'o' || s[0] == 'o'))
            return strlen(marks[i]);
    return 0;
}

/* Is the code point at p (three UTF-8 bytes) a letter of a script written
** without spaces (CJK, kana, fullwidth forms)? */
static int is_wide3(const unsigned char *p)
{
    unsigned cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    return (p[0] & 0xF0) == 0xE0 && cp >= 0x2E80 && cp <= 0xFFEF;
}

/* Lines of such scripts are joined without a space. */
static int join_tight(const char *a, size_t an, const char *b, size_t bn)
{
    return an >= 3 && bn >= 3 && is_wide3((const unsigned char *)a + an - 3) &&
           is_wide3((const unsigned char *)b);
}

/* One physical line of the input. */
typedef struct pline {
    const char *s;        /* trimmed text */
    size_t n;
    int indent, width;    /* leading columns; columns up to the line end */
    int first_word;       /* columns of its first word */
} pline;

/* The wrap width of hard-wrapped text (lynx and w3m dumps, mail): the
** widest line when it is at most 110 columns and many lines come close to
** it, most of them stopping mid-sentence; 0 when the text is not hard-wrapped (one paragraph per line). */
static int wrap_width(const pline *l, int n)
{
    int i, maxw = 0, near = 0, nonblank = 0, open = 0, hist[112] = { 0 }, above = 0;
    for (i = 0; i < n; i++)
        if (l[i].n) {
            nonblank++;
            hist[l[i].width > 111 ? 111 : l[i].width]++;
        }
    /* the width most lines keep to: a few wider lines (a long link, a
    ** table row) do not set it */
    for (maxw = 111; maxw > 0 && above + hist[maxw] <= nonblank / 50 + 1; maxw--)
        above += hist[maxw];
    if (maxw < 40 || maxw > 110)
        return 0;
    for (i = 0; i < n; i++)
        if (l[i].n && l[i].width <= maxw && l[i].width * 10 >= maxw * 8) {
            near++;
            open += !ends_sentence(l[i].s, l[i].n);
        }
    /* a wrapper breaks lines mid-sentence far more often than not */
    return near >= 3 && open * 2 >= near ? maxw : 0;
}

/* Does line b continue the paragraph of line a in text wrapped at width w?
** A greedy wrapper breaks a line only when the next word does not fit, so
** the break is a wrap when a's width plus b's first word exceed w (a
** column of slack for renderers that keep one free). A bullet starts a new
** item; a continuation is indented at least as deep as its first line's
** text. */
static int continues(const pline *a, const pline *b, int w)
{
    int ind_a = a->indent + (int)bullet_len(a->s, a->n);
    if (!a->n || !b->n || bullet_len(b->s, b->n))
        return 0;
    if (b->indent < ind_a && !(b->indent == a->indent))
        return 0;
    return a->width + 1 + b->first_word >= w - 1;
}

/* Split text into units: lines, or paragraphs re-joined from their lines
** when the text is hard-wrapped. */
static int split_units(page *pg, const char *text, size_t n)
{
    const char *p = text, *end = text + n;
    pline *l = NULL;
    int nl_ = 0, capl = 0, i, w = 0, wide, start;
    dz_buf b = { 0 };
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        size_t len = (size_t)(le - p);
        const char *t = trim(p, &len);
        pline *x;
        if (DZ_VEC_PUSH(l, nl_, capl) != 0)
            goto nomem;
        x = &l[nl_++];
        x->s = t;
        x->n = len;
        x->indent = (int)(t - p);
        if (!nl)
            break;
        p = nl + 1;
    }
    /* the widths as the renderer counted them: wide letters as two
    ** columns, else as one */
    for (wide = 1; wide >= 0; wide--) {
        for (i = 0; i < nl_; i++) {
            pline *x = &l[i];
            size_t k;
            x->width = x->indent + disp_width(x->s, x->n, wide);
            for (k = 0; k < x->n && x->s[k] != ' '; k++)
                ;
            x->first_word = disp_width(x->s, k, wide);
        }
        if ((w = wrap_width(l, nl_)) > 0)
            break;
    }
    for (i = 0; i < nl_; i++) {
        if (!l[i].n)
            continue;
        if (!w || !continues(&l[i], i + 1 < nl_ ? &l[i + 1] : &l[i], w) || i + 1 >= nl_) {
            if (push_unit(pg, l[i].s, l[i].n, i + 1, i + 1) != 0)
                goto nomem;
            continue;
        }
        start = i;
        b.len = 0;
        if (dz_buf_append(&b, l[i].s, l[i].n) != 0)
            goto nomem;
        while (i + 1 < nl_ && continues(&l[i], &l[i + 1], w)) {
            i++;
            if ((!join_tight(b.data, b.len, l[i].s, l[i].n) && dz_buf_putc(&b, ' ') != 0) ||
                dz_buf_append(&b, l[i].s, l[i].n) != 0)
                goto nomem;
        }
        {
            char *c = dz_arena_strndup(pg->arena, b.data, b.len);
            if (!c || push_unit(pg, c, b.len, start + 1, i + 1) != 0)
                goto nomem;
        }
    }
    free(l);
    dz_buf_free(&b);
    return 0;
nomem:
    free(l);
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

/* Hash of the word shingle (4 words) starting at word k of ws. */
static uint64_t shingle_hash(const char *const *ws, const size_t *wl, int k)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    int j;
    size_t i;
    for (j = k; j < k + 4; j++) {
        for (i = 0; i < wl[j]; i++)
            h = (h ^ (unsigned char)ws[j][i]) * 0x100000001b3ULL;
        h = (h ^ ' ') * 0x100000001b3ULL;
    }
    return h | 1;
}

/* Mark the long units (60 words and more) whose 4-word shingles were
** mostly seen in earlier units: a hidden copy of the whole article, a
** summary block repeated. Pull quotes and other short repeats are left
** alone. Linear, with a hash set of shingles. -1 on no memory. */
static int mark_copies(page *pg)
{
    size_t total = 0, cap = 16, mask, k;
    uint64_t *set;
    const char **ws = NULL;
    size_t *wl = NULL;
    int i, capw = 0;
    for (i = 0; i < pg->n; i++)
        total += (size_t)pg->u[i].words;
    while (cap < total * 2)
        cap <<= 1;
    mask = cap - 1;
    if (!(set = calloc(cap, sizeof *set)))
        return -1;
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        int nw = 0, j, seen = 0;
        size_t p = 0;
        if (u->words + 1 > capw) {
            capw = u->words + 1;
            free(ws);
            free(wl);
            ws = malloc((size_t)capw * sizeof *ws);
            wl = malloc((size_t)capw * sizeof *wl);
            if (!ws || !wl) {
                free(ws);
                free(wl);
                free(set);
                return -1;
            }
        }
        while (p < u->n && nw < capw) {
            while (p < u->n && (u->s[p] == ' ' || u->s[p] == '\t'))
                p++;
            if (p >= u->n)
                break;
            ws[nw] = u->s + p;
            while (p < u->n && u->s[p] != ' ' && u->s[p] != '\t')
                p++;
            wl[nw] = (size_t)(u->s + p - ws[nw]);
            nw++;
        }
        for (j = 0; j + 4 <= nw; j++) {
            uint64_t h = shingle_hash(ws, wl, j);
            for (k = h & mask; set[k] && set[k] != h; k = (k + 1) & mask)
                ;
            if (set[k] == h)
                seen++;
        }
        if (nw >= 60 && seen * 2 >= nw - 3)
            u->copy = 1;
        for (j = 0; j + 4 <= nw; j++) {
            uint64_t h = shingle_hash(ws, wl, j);
            for (k = h & mask; set[k] && set[k] != h; k = (k + 1) & mask)
                ;
            set[k] = h;
        }
    }
    free(ws);
    free(wl);
    free(set);
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
        else if (is_image_marker(u->s, u->n, u->words))
            u->kind = U_IMAGE;
        else if (is_comments(u->s, u->n, u->words) == 1)
            u->kind = U_COMMENTS;
        else if (is_comments(u->s, u->n, u->words) == 2)
            u->kind = U_COMMENTS, u->copy = 2;
        else if (is_short && is_copyright(u->s, u->n, u->words))
            u->kind = U_LEGAL;
        else if (is_short && is_furniture(u->s, u->n, u->words))
            u->kind = U_NOISE;
        else if (u->copy)
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
        else if (u->words < 25 && is_truncated(u->s, u->n))
            u->kind = U_HEAD;
        else if (ends_sentence(u->s, u->n) && u->s[u->n - 1] != '?' &&
                 u->s[u->n - 1] != '!' && u->words >= W.stop_words)
            u->kind = U_PARA;
        else if (ends_sentence(u->s, u->n) && u->words >= W.q_words)
            u->kind = U_PARA;
        else if (u->words < W.head_words)
            u->kind = U_HEAD;
        else
            u->kind = U_PARA;
    }
    /* Short sentences in a row are text, not headlines: a headline rarely
    ** ends with a full stop, a question or an exclamation, and two such
    ** lines in a row, or one beside a paragraph, are a passage ("Thank you
    ** all! We hope to see you soon."). */
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        if (u->kind == U_HEAD && u->words >= 5 && ends_sentence(u->s, u->n) &&
            !is_truncated(u->s, u->n) && u->s[u->n - 1] != ':') {
            int k, near = 0;
            for (k = i - 1; k <= i + 1; k += 2)
                if (k >= 0 && k < pg->n && pg->u[k].words >= 5 &&
                    (pg->u[k].kind == U_PARA ||
                     (pg->u[k].kind == U_HEAD && ends_sentence(pg->u[k].s, pg->u[k].n) &&
                      pg->u[k].s[pg->u[k].n - 1] != ':')))
                    near = 1;
            if (near)
                u->kind = U_PARA;
        }
    }
    /* A credit on a line of its own ("Photo: Jane Doe, AP") closes the
    ** caption above it: the prose right before it (and its copy, the
    ** image's alt text) describes the picture. */
    for (i = 1; i < pg->n; i++)
        if (pg->u[i].kind == U_CAPTION && pg->u[i].words <= 8) {
            int k = i - 1, m = 0;
            while (k >= 0 && pg->u[k].kind == U_CAPTION && i - k <= 2)
                k--;
            for (; k >= 0 && m < 2 && pg->u[k].kind == U_PARA && pg->u[k].words <= 60; k--, m++)
                pg->u[k].kind = U_CAPTION;
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

/* Units that sit inside an article's text without breaking it: captions
** and the second copy of a doubled line. */
static int is_transparent(const page *pg, int i)
{
    return pg->u[i].kind == U_CAPTION || pg->u[i].kind == U_IMAGE ||
           (i > 0 && pg->u[i - 1].dup_next);
}

/* The kind of the nearest unit before (dir -1) or after (+1) i that is not
** transparent, or -1 at the page's edge. */
static int near_kind(const page *pg, int i, int dir)
{
    for (i += dir; i >= 0 && i < pg->n; i += dir)
        if (!is_transparent(pg, i))
            return pg->u[i].kind;
    return -1;
}

/* The stretch of units [lo, hi) with the largest sum of gains g that
** starts and ends on prose (Kadane's maximum-sum run). Sets *bs, *be (-1
** when there is no prose) and returns the sum. */
static double kadane(const page *pg, const double *g, int lo, int hi, int *bs, int *be)
{
    double best = -1, cur = 0;
    int i, start = -1;
    *bs = *be = -1;
    for (i = lo; i < hi; i++) {
        if (start < 0 || cur <= 0) {
            if (pg->u[i].kind != U_PARA || g[i] <= 0)
                continue;
            start = i;
            cur = 0;
        }
        cur += g[i];
        if (pg->u[i].kind == U_PARA && cur > best) {
            best = cur;
            *bs = start;
            *be = i;
        }
    }
    return best;
}

/* Does s[0..n) (words long) hold a number, leaving out a count in
** brackets at its end and a month's archive? Quantities, times, scores
** and ranks mark the rows of a table or a recipe's items; links and menu
** items rarely have them. A blog's sidebar lists its categories with
** their post counts ("Travel (12)") and its archive by month ("November
** 2019", "2019年11月"): a short line whose only long number is a year.
** Digits inside a name (a model, a handle) are no number. */
static int has_number(const char *s, size_t n, int words)
{
    size_t i, m = n;
    int runs = 0, year = 0, other = 0;
    if (m >= 3 && (s[m - 1] == ')' || s[m - 1] == ']')) {
        size_t k = m - 1;
        while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
            k--;
        if (k < m - 1 && k > 0 && (s[k - 1] == '(' || s[k - 1] == '['))
            m = k - 1;
    }
    for (i = 0; i < m;) {
        size_t k = i;
        while (k < m && s[k] >= '0' && s[k] <= '9')
            k++;
        if (k == i) {
            i++;
            continue;
        }
        /* a number stands alone or carries a short unit ("12", "3rd",
        ** "8oz"); digits inside a name ("P90X3", "9to5Mac", "@jd14")
        ** are not */
        if (i > 0 && isalpha((unsigned char)s[i - 1])) {
            i = k;
            continue;
        }
        {
            size_t t = k;
            while (t < m && t - k <= 2 && isalpha((unsigned char)s[t]))
                t++;
            if (t > k && t < m && (t - k > 2 || isalnum((unsigned char)s[t]))) {
                i = k;
                continue;
            }
        }
        runs++;
        if (k - i == 4 && (s[i] == '1' || s[i] == '2') && (s[i + 1] == '9' || s[i + 1] == '0'))
            year++;
        else if (k - i > 2)
            other++;
        i = k;
    }
    if (runs && words <= 3 && year == 1 && !other && runs <= 2)
        return 0;
    return runs > 0;
}

/* Is unit i a row: a short non-prose line next to another one? A line
** alone between paragraphs is a subheading or a teaser's title. */
static int is_row(const page *pg, int i)
{
    int k = pg->u[i].kind;
    if (k != U_HEAD && k != U_LABEL)
        return 0;
    return (i > 0 && (pg->u[i - 1].kind == U_HEAD || pg->u[i - 1].kind == U_LABEL)) ||
           (i + 1 < pg->n && (pg->u[i + 1].kind == U_HEAD || pg->u[i + 1].kind == U_LABEL));
}

/* Articles whose body is mostly a list or a table (recipes, meal plans,
** how-tos, standings): within a block of the page (the units between two
** furniture lines: share buttons, "Related articles", dates, bylines,
** copyright), between its first and its last paragraph, when at least
** eight lines are rows (short lines in runs) and at least half of them
** carry numbers (amounts, times, points), those rows are the article's
** data, not a menu: a menu or a list of teaser titles is words. Marks
** them (u->data). */
static void mark_data(page *pg)
{
    int i = 0;
    while (i < pg->n) {
        int k, first = -1, last = -1, rows = 0, digits = 0, j;
        for (k = i; k < pg->n; k++) {
            const unit *u = &pg->u[k];
            if (u->kind == U_NOISE || u->kind == U_LEGAL || u->kind == U_COMMENTS ||
                u->kind == U_CUTOFF || u->kind == U_BYLINE || u->kind == U_DATE ||
                u->kind == U_SECTION)
                break;
            if (u->kind == U_PARA) {
                if (first < 0)
                    first = k;
                last = k;
            }
        }
        for (j = first + 1; first >= 0 && j < last; j++)
            if (is_row(pg, j)) {
                rows++;
                digits += has_number(pg->u[j].s, pg->u[j].n, pg->u[j].words);
            }
        if (rows >= 8 && 2 * digits >= rows)
            for (j = first + 1; j < last; j++)
                if (is_row(pg, j))
                    pg->u[j].data = 1;
        i = k + 1;
    }
}

/* Find the main article's body: the stretch of the page that holds the
** most prose for the least furniture. Every prose paragraph gains its
** word count; every line that is not prose costs, a little for the first
** in a row (a subheading, a caption credit, "Advertisement" inside an
** article) and much more for each further one (menus, lists of teaser
** titles). Short prose closed by a cut-off ("keep reading") is a
** teaser's and counts against. The stretch with
** the largest total (Kadane's maximum-sum run) starts and ends on prose.
** Sets *first and *last (unit indices) and *score, and returns 0, -1 when
** the page has no prose, -2 when out of memory. The gains go to *gains
** (the caller frees them) when gains is not NULL. */
static int select_body(page *pg, int *first, int *last, double *score, double **gains)
{
    double *g = malloc((size_t)(pg->n ? pg->n : 1) * sizeof *g), best;
    int i, gap = 0, bs = -1, be = -1;
    if (!g)
        return -2;
    mark_data(pg);
    for (i = 0; i < pg->n; i++) {
        unit *u = &pg->u[i];
        if (is_transparent(pg, i)) {
            g[i] = 0;
        } else if (u->kind == U_PARA) {
            /* a paragraph shown again (a pull quote, a repeated notice)
            ** adds nothing the first copy did not */
            g[i] = u->seen_before ? u->words / 2.0 : u->words;
            gap = 0;
        } else if (u->data) {
            /* a row of the article's list or table: its numbers are
            ** text, its bare names and headings cost nothing */
            g[i] = has_number(u->s, u->n, u->words) ? u->words / 2.0 : 0;
            gap = 0;
        } else {
            /* a date or byline line opens a new item: inside an article's
            ** text it is as rare as furniture */
            g[i] = -(u->kind == U_NOISE || u->kind == U_LEGAL || u->kind == U_COMMENTS ||
                     u->kind == U_DATE ||
                     u->kind == U_BYLINE ? W.noise :
                     gap ? W.gap_next * (1 + W.gap_growth * (gap - 1)) : W.gap_first);
            gap++;
        }
    }
    /* a list of teasers: four or more paragraphs in a row that each stand
    ** alone under their own title line (an article's sections mostly
    ** hold several paragraphs) */
    for (i = 0; i < pg->n;) {
        int k = i, alone = 0, j;
        while (k < pg->n) {
            int t = k;
            while (t < pg->n && pg->u[t].kind != U_PARA && t - k < 3)
                t++;
            if (t == k || t >= pg->n || pg->u[t].kind != U_PARA ||
                (t + 1 < pg->n && pg->u[t + 1].kind == U_PARA))
                break;
            alone++;
            k = t + 1;
        }
        if (alone >= 4)
            for (j = i; j < k; j++)
                if (pg->u[j].kind == U_PARA)
                    g[j] -= W.list_pen;
        i = k > i ? k : i + 1;
    }
    /* the article's byline: the first "By ..." line of the page, when
    ** paragraphs follow within a few lines, marks where the article
    ** starts: that prose gains, and the stretch cannot reach back over it.
    ** One paragraph alone under the byline is a stand-first or a caption
    ** (the text starts further down, under the date or the picture) */
    for (i = 0; i < pg->n; i++)
        if (pg->u[i].kind == U_BYLINE) {
            int k;
            for (k = i + 1; k < pg->n && k <= i + 5; k++)
                if (pg->u[k].kind == U_PARA) {
                    if (k + 1 >= pg->n || pg->u[k + 1].kind != U_PARA)
                        break;
                    g[k] += W.byline_bonus;
                    /* and nothing above it joins the article */
                    if (W.byline_bonus > 0)
                        g[i] = -1e9;
                    break;
                }
            break;
        }
    /* prose right after a comment's signature ("jane says:" and a date) is
    ** a reader's */
    for (i = 0; i < pg->n; i++)
        if (pg->u[i].kind == U_COMMENTS && pg->u[i].copy == 2) {
            int k = i + 1;
            while (k < pg->n && k <= i + 2 && pg->u[k].kind != U_PARA)
                k++;
            for (; k < pg->n && pg->u[k].kind == U_PARA; k++)
                if (g[k] > 0)
                    g[k] = -g[k];
        }
    /* the site's legal text: prose in the same block as a copyright
    ** notice, after it, or before it when furniture (sign-ups, share
    ** buttons) opens that block; an article ending on a wire service's
    ** notice keeps its paragraphs */
    for (i = 0; i < pg->n; i++)
        if (pg->u[i].kind == U_LEGAL) {
            int k = i - 1;
            while (k >= 0 && pg->u[k].kind == U_PARA)
                k--;
            if (k >= 0 && pg->u[k].kind == U_NOISE)
                for (k++; k < i; k++)
                    g[k] = g[k] > 0 ? -g[k] : g[k];
            for (k = i + 1; k < pg->n && pg->u[k].kind == U_PARA; k++)
                g[k] = g[k] > 0 ? -g[k] : g[k];
        }
    /* prose right before a cut-off is a teaser's, when it is short */
    for (i = 0; i < pg->n; i++)
        if (pg->u[i].kind == U_CUTOFF) {
            int k = i - 1, words = 0;
            while (k >= 0 && (pg->u[k].kind == U_PARA || is_transparent(pg, k)))
                words += pg->u[k--].kind == U_PARA ? pg->u[k + 1].words : 0;
            if (words < W.teaser_words)
                for (k++; k < i; k++)
                    if (pg->u[k].kind == U_PARA && g[k] > 0)
                        g[k] = -g[k];
        }
    best = kadane(pg, g, pg->from, pg->n, &bs, &be);
#ifdef PAGE_TUNE
    /* evaluation builds only: every unit with its kind and gain */
    if (getenv("DOSSIER_PAGE_DEBUG"))
        for (i = 0; i < pg->n; i++)
            fprintf(stderr, "%c %4d %-2d %7.1f  %.*s\n", i >= bs && i <= be ? '*' : ' ', i,
                    pg->u[i].kind, g[i], (int)(pg->u[i].n < 140 ? pg->u[i].n : 140), pg->u[i].s);
#endif
    if (gains)
        *gains = g;
    else
        free(g);
    if (bs < 0)
        return -1;
    *first = bs;
    *last = be;
    *score = best;
    return 0;
}

/* Is unit i, inside the main body's stretch, text of the article? Prose
** is; so is a heading followed by prose (a subheading) and a list item in
** a run of list items next to prose. */
static int in_body(const page *pg, int i)
{
    const unit *u = &pg->u[i];
    if (u->kind == U_PARA)
        return 1;
    if (u->kind != U_HEAD && u->kind != U_LABEL)
        return 0;
    if (u->data)
        return 1;
    if (u->seen_before)
        return 0;
    if (near_kind(pg, i, 1) == U_PARA && !u->bullet)
        return 1;
    return u->bullet && u->kind == U_HEAD;
}

/* The length in bytes of u's first max bytes, cut back so no UTF-8
** letter is split. */
static int cut_len(const unit *u, size_t max)
{
    size_t k = u->n < max ? u->n : max;
    while (k > 0 && k < u->n && ((unsigned char)u->s[k] & 0xC0) == 0x80)
        k--;
    return (int)k;
}

/* Write the doclist's note: which stretch of the page was taken as the
** main article and why, with the runner-up, so a user can see (and
** correct) a wrong split. */
static int page_note(const page *pg, dz_doclist *out, const double *g, int first, int last,
                     double score)
{
    char buf[400];
    int i, k, paras = 0, words = 0, s1, e1, s2, e2, rs = -1;
    double r1 = kadane(pg, g, 0, first, &s1, &e1), r2 = kadane(pg, g, last + 1, pg->n, &s2, &e2);
    for (i = first; i <= last; i++)
        if (pg->u[i].kind == U_PARA) {
            paras++;
            words += pg->u[i].words;
        }
    if (pg->from > 0)
        s1 = -1;                    /* the user asked for a start */
    if (s1 >= 0 && (s2 < 0 || r1 >= r2))
        rs = s1;
    else if (s2 >= 0)
        rs = s2, r1 = r2;
    i = snprintf(buf, sizeof buf, "main article: lines %d-%d of the page, %d paragraphs, %d words, "
                 "starting \"%.*s\" (most prose for least furniture: score %.0f",
                 pg->u[first].line, pg->u[last].line_end, paras, words,
                 cut_len(&pg->u[first], 40), pg->u[first].s, score);
    for (k = first - 1; k >= 0 && k >= first - 5 && i > 0 && (size_t)i < sizeof buf; k--)
        if (pg->u[k].kind == U_BYLINE) {
            i += snprintf(buf + i, sizeof buf - (size_t)i, "; after the byline at line %d",
                          pg->u[k].line);
            break;
        }
    if (pg->after && i > 0 && (size_t)i < sizeof buf)
        i += snprintf(buf + i, sizeof buf - (size_t)i, pg->from > 0 ?
                      "; after line %d, as asked" : "; the line to start after was not found",
                      pg->from > 0 ? pg->u[pg->from - 1].line_end : 0);
    if (rs >= 0 && i > 0 && (size_t)i < sizeof buf)
        snprintf(buf + i, sizeof buf - (size_t)i, "; next best %.0f at line %d \"%.*s\")",
                 r1, pg->u[rs].line, cut_len(&pg->u[rs], 30), pg->u[rs].s);
    else if (i > 0 && (size_t)i < sizeof buf)
        snprintf(buf + i, sizeof buf - (size_t)i, ")");
    out->note = dz_arena_strdup(&out->arena, buf);
    return out->note ? 0 : -1;
}

/* Find the main article: its title, dek, labels, body and captions.
** Returns the index of the first unit after it, or -1 on no memory. *found
** is 0 when the page has no prose at all. */
static int parse_main(page *pg, dz_doclist *out, int *found)
{
    int first = -1, i, title = -1, dek = -1, end, last_para = -1, next;
    /* the title is looked for from the user's marker line on, if any */
    int top = pg->from > 0 ? pg->from - 1 : 0;
    item it;
    dossier_article *a;
    *found = 0;
    item_init(&it);
    /* the body: the stretch of the page with the most prose */
    {
        double *g = NULL, score = 0;
        int rc = select_body(pg, &first, &last_para, &score, &g);
        if (rc == -2)
            goto nomem;
        if (rc == 0 && page_note(pg, out, g, first, last_para, score) != 0) {
            free(g);
            goto nomem;
        }
        free(g);
        if (rc < 0)
            return 0;
    }
    /* the title: a headline shown twice before the body; else the last
    ** headline before the body, with a longer headline after it as the dek */
    for (i = top; i < first; i++)
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
        for (i = top; i < first; i++)
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
        for (i = first - 1; i >= top && title < 0; i--)
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
    /* captions (and doubled lines) right after the last paragraph belong
    ** to the article, unless a title with its own text follows them
    ** directly (then they are that teaser's; a label in between, such as
    ** "Related", closes the article first) */
    for (end = last_para + 1; end < pg->n && is_transparent(pg, end); end++)
        ;
    next = end;
    if (end > last_para + 1 && next + 1 < pg->n && pg->u[next].kind == U_HEAD &&
        (pg->u[next + 1].kind == U_PARA || pg->u[next + 1].kind == U_LABEL))
        end = last_para + 1;
    for (i = first; i < end; i++) {
        unit *u = &pg->u[i];
        if (i > 0 && pg->u[i - 1].dup_next)
            continue;
        if (in_body(pg, i)) {
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
        case U_COMMENTS: case U_IMAGE: case U_LEGAL:
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
    return page_parse_text_after(text, n, NULL, out, err, errlen);
}

int page_parse_text_after(const char *text, size_t n, const char *main_after,
                          dz_doclist *out, char *err, size_t errlen)
{
    page pg;
    int found = 0, end, i;
#ifdef PAGE_TUNE
    weights_from_env();
#endif
    memset(&pg, 0, sizeof pg);
    pg.arena = &out->arena;
    if (split_units(&pg, text, n) != 0)
        goto nomem;
    if (pg.n == 0) {
        free(pg.u);
        snprintf(err, errlen, "no text");
        return -1;
    }
    if (mark_repeats(&pg) != 0 || mark_copies(&pg) != 0)
        goto nomem;
    /* a per-site override: start after the first line holding main_after */
    pg.after = main_after && *main_after ? main_after : NULL;
    for (i = 0; pg.after && i < pg.n; i++)
        if (find_ci(pg.u[i].s, pg.u[i].n, main_after)) {
            pg.from = i + 1;
            break;
        }
    classify(&pg);
    end = parse_main(&pg, out, &found);
    if (end < 0)
        goto nomem;
    if (!found) {
        /* no prose: a title line and whatever follows as the body */
        dossier_article *a = doclist_add(out);
        dz_buf b = { 0 };
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
