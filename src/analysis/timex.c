/*
** timex.c — time expressions: find them in raw text and resolve them
** against the article's publication date (the TimeML "document creation
** time"). Pure C scanning: the text is cut into light tokens, each word is
** looked up in a small sorted lexicon, and hand-written rules try the
** expression shapes at every token, keeping the longest match: absolute
** dates, partial dates whose year comes from the tense of the sentence,
** last/this/next periods, "N units ago", quarters and halves, seasons,
** holidays, weekdays, clock times, durations and sets. Values follow the
** TimeML / TIMEX3 conventions ("1998-01-08", "1998-W02", "1998-Q3",
** "1998-FA", "P3W", "PRESENT_REF"); every resolved expression also gets a
** begin/end range of ISO dates and a precision for the store.
**
** Tense is read from the words around an expression (will, said, -ed, ...)
** in the raw text, so the module needs no tagger. Long texts are tokenized
** in chunks of about 32 KB cut at blank lines, so memory stays small.
** The few numeric knobs (PAST_AHEAD_MONTHS, ...) were tuned on the TimeBank
** part of TempEval-3's training data (scripts/eval-timex).
**
** No global state: one timex_find call uses one malloc'd token array that
** it frees before returning.
*/
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "analysis/timex.h"

/* ---- lexicon ------------------------------------------------------------- */

enum {
    W_NONE = 0,
    W_MONTH,      /* val 1..12 */
    W_MONABBR,    /* abbreviation, may take a '.'; val 1..12 */
    W_WDAY,       /* val 0..6, Monday first */
    W_NUM,        /* number word; val */
    W_TENS,       /* twenty..ninety; val */
    W_ORD,        /* ordinal word; val */
    W_UNIT,       /* val U_* */
    W_SEASON,     /* val 0 spring, 1 summer, 2 fall, 3 winter */
    W_PART,       /* part of day: val 0 morning, 1 afternoon, 2 evening, 3 night */
    W_LAST,       /* last, past, previous, preceding */
    W_NEXT,       /* next, coming, following, upcoming */
    W_THIS,       /* this, current */
    W_POS,        /* early (1), mid/middle (2), late (3) */
    W_AGO,        /* ago (1), earlier (2), later (3), before(4), after(5) */
    W_VAGUE,      /* several, few, many, some, couple */
    W_THE,
    W_A,          /* a, an */
    W_DEICTIC,    /* val D_* */
    W_SET,        /* daily, weekly...; val U_* */
    W_EVERY,      /* every, each, per */
    W_FISCAL,
    W_HALF,
    W_APPROX,     /* about, nearly, almost */
    W_MISC,       /* words some rule looks for: more, less, noon, right... */
    W_HOLIDAY,    /* val H_* */
    W_DECADEW     /* twenties .. nineties; val 2..9 */
};

enum { H_CHRISTMAS = 1, H_NEWYEAR, H_THANKSGIVING, H_EASTER, H_HALLOWEEN,
       H_VALENTINE, H_INDEPENDENCE, H_LABOR, H_MEMORIAL };

enum { U_NONE = 0, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEKEND, U_WEEK, U_FORTNIGHT,
       U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_PERIOD };

enum { D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT, D_NOW, D_CURRENTLY,
       D_RECENTLY, D_SOON, D_FUTURE, D_PAST, D_PREVIOUSLY, D_NOWADAYS,
       D_YEARAGO, D_YEAREARLIER };

typedef struct lex_entry {
    const char *w;
    unsigned char cls, val, plural;
} lex_entry;

/* Sorted by strcmp: looked up with a binary search. timex_lexicon_sorted()
** lets the tests check the order. */
static const lex_entry LEX[] = {
    {"a", W_A, 1, 0},
    {"about", W_APPROX, 0, 0},
    {"afternoon", W_PART, 1, 0},
    {"afternoons", W_PART, 1, 1},
    {"ago", W_AGO, 1, 0},
    {"almost", W_APPROX, 0, 0},
    {"an", W_A, 1, 0},
    {"annual", W_SET, U_YEAR, 1},
    {"apr", W_MONABBR, 4, 0},
    {"april", W_MONTH, 4, 0},
    {"aug", W_MONABBR, 8, 0},
    {"august", W_MONTH, 8, 0},
    {"autumn", W_SEASON, 2, 0},
    {"before", W_AGO, 4, 0},
    {"biweekly", W_SET, U_FORTNIGHT, 0},
    {"centuries", W_UNIT, U_CENTURY, 1},
    {"century", W_UNIT, U_CENTURY, 0},
    {"christmas", W_HOLIDAY, H_CHRISTMAS, 0},
    {"coming", W_NEXT, 0, 0},
    {"couple", W_VAGUE, 2, 0},
    {"current", W_THIS, 1, 0},
    {"currently", W_DEICTIC, D_CURRENTLY, 0},
    {"daily", W_SET, U_DAY, 0},
    {"day", W_UNIT, U_DAY, 0},
    {"days", W_UNIT, U_DAY, 1},
    {"dec", W_MONABBR, 12, 0},
    {"decade", W_UNIT, U_DECADE, 0},
    {"decades", W_UNIT, U_DECADE, 1},
    {"december", W_MONTH, 12, 0},
    {"each", W_EVERY, 0, 0},
    {"earlier", W_AGO, 2, 0},
    {"early", W_POS, 1, 0},
    {"easter", W_HOLIDAY, H_EASTER, 0},
    {"eight", W_NUM, 8, 0},
    {"eighteen", W_NUM, 18, 0},
    {"eighth", W_ORD, 8, 0},
    {"eighties", W_DECADEW, 8, 0},
    {"eighty", W_TENS, 80, 0},
    {"eleven", W_NUM, 11, 0},
    {"eleventh", W_ORD, 11, 0},
    {"evening", W_PART, 2, 0},
    {"evenings", W_PART, 2, 1},
    {"every", W_EVERY, 0, 0},
    {"fall", W_SEASON, 2, 0},
    {"feb", W_MONABBR, 2, 0},
    {"february", W_MONTH, 2, 0},
    {"few", W_VAGUE, 3, 0},
    {"fewer", W_MISC, 0, 0},
    {"fifteen", W_NUM, 15, 0},
    {"fifth", W_ORD, 5, 0},
    {"fifties", W_DECADEW, 5, 0},
    {"fifty", W_TENS, 50, 0},
    {"first", W_ORD, 1, 0},
    {"fiscal", W_FISCAL, 0, 0},
    {"five", W_NUM, 5, 0},
    {"following", W_NEXT, 2, 0},
    {"forties", W_DECADEW, 4, 0},
    {"fortnight", W_UNIT, U_FORTNIGHT, 0},
    {"forty", W_TENS, 40, 0},
    {"four", W_NUM, 4, 0},
    {"fourteen", W_NUM, 14, 0},
    {"fourth", W_ORD, 4, 0},
    {"friday", W_WDAY, 4, 0},
    {"future", W_DEICTIC, D_FUTURE, 0},
    {"half", W_HALF, 0, 0},
    {"halloween", W_HOLIDAY, H_HALLOWEEN, 0},
    {"hour", W_UNIT, U_HOUR, 0},
    {"hourly", W_SET, U_HOUR, 0},
    {"hours", W_UNIT, U_HOUR, 1},
    {"independence", W_HOLIDAY, H_INDEPENDENCE, 0},
    {"jan", W_MONABBR, 1, 0},
    {"january", W_MONTH, 1, 0},
    {"jul", W_MONABBR, 7, 0},
    {"july", W_MONTH, 7, 0},
    {"jun", W_MONABBR, 6, 0},
    {"june", W_MONTH, 6, 0},
    {"labor", W_HOLIDAY, H_LABOR, 0},
    {"last", W_LAST, 0, 0},
    {"late", W_POS, 3, 0},
    {"lately", W_DEICTIC, D_RECENTLY, 0},
    {"later", W_AGO, 3, 0},
    {"latest", W_LAST, 2, 0},
    {"less", W_MISC, 0, 0},
    {"many", W_VAGUE, 4, 0},
    {"mar", W_MONABBR, 3, 0},
    {"march", W_MONTH, 3, 0},
    {"may", W_MONTH, 5, 0},
    {"memorial", W_HOLIDAY, H_MEMORIAL, 0},
    {"mid", W_POS, 2, 0},
    {"middle", W_POS, 2, 0},
    {"midnight", W_MISC, 0, 0},
    {"minute", W_UNIT, U_MIN, 0},
    {"minutes", W_UNIT, U_MIN, 1},
    {"monday", W_WDAY, 0, 0},
    {"month", W_UNIT, U_MONTH, 0},
    {"monthly", W_SET, U_MONTH, 0},
    {"months", W_UNIT, U_MONTH, 1},
    {"more", W_MISC, 0, 0},
    {"morning", W_PART, 0, 0},
    {"mornings", W_PART, 0, 1},
    {"nearly", W_APPROX, 0, 0},
    {"new", W_MISC, 0, 0},
    {"next", W_NEXT, 1, 0},
    {"night", W_PART, 3, 0},
    {"nightly", W_SET, U_DAY, 0},
    {"nights", W_PART, 3, 1},
    {"nine", W_NUM, 9, 0},
    {"nineteen", W_NUM, 19, 0},
    {"nineties", W_DECADEW, 9, 0},
    {"ninety", W_TENS, 90, 0},
    {"ninth", W_ORD, 9, 0},
    {"noon", W_MISC, 0, 0},
    {"nov", W_MONABBR, 11, 0},
    {"november", W_MONTH, 11, 0},
    {"now", W_DEICTIC, D_NOW, 0},
    {"nowadays", W_DEICTIC, D_NOWADAYS, 0},
    {"oct", W_MONABBR, 10, 0},
    {"october", W_MONTH, 10, 0},
    {"once", W_MISC, 0, 0},
    {"one", W_NUM, 1, 0},
    {"past", W_LAST, 1, 0},
    {"per", W_EVERY, 0, 0},
    {"period", W_UNIT, U_PERIOD, 0},
    {"preceding", W_LAST, 3, 0},
    {"presently", W_DEICTIC, D_CURRENTLY, 0},
    {"previous", W_LAST, 3, 0},
    {"q", W_MISC, 0, 0},
    {"quarter", W_UNIT, U_QUARTER, 0},
    {"quarters", W_UNIT, U_QUARTER, 1},
    {"recent", W_LAST, 4, 0},
    {"recently", W_DEICTIC, D_RECENTLY, 0},
    {"right", W_MISC, 0, 0},
    {"saturday", W_WDAY, 5, 0},
    {"second", W_ORD, 2, 0},
    {"seconds", W_UNIT, U_SEC, 1},
    {"sept", W_MONABBR, 9, 0},
    {"september", W_MONTH, 9, 0},
    {"seven", W_NUM, 7, 0},
    {"seventeen", W_NUM, 17, 0},
    {"seventh", W_ORD, 7, 0},
    {"seventies", W_DECADEW, 7, 0},
    {"seventy", W_TENS, 70, 0},
    {"several", W_VAGUE, 1, 0},
    {"six", W_NUM, 6, 0},
    {"sixteen", W_NUM, 16, 0},
    {"sixth", W_ORD, 6, 0},
    {"sixties", W_DECADEW, 6, 0},
    {"sixty", W_TENS, 60, 0},
    {"soon", W_DEICTIC, D_SOON, 0},
    {"spring", W_SEASON, 0, 0},
    {"summer", W_SEASON, 1, 0},
    {"sunday", W_WDAY, 6, 0},
    {"ten", W_NUM, 10, 0},
    {"tenth", W_ORD, 10, 0},
    {"thanksgiving", W_HOLIDAY, H_THANKSGIVING, 0},
    {"the", W_THE, 0, 0},
    {"third", W_ORD, 3, 0},
    {"thirteen", W_NUM, 13, 0},
    {"thirties", W_DECADEW, 3, 0},
    {"thirty", W_TENS, 30, 0},
    {"this", W_THIS, 0, 0},
    {"three", W_NUM, 3, 0},
    {"thursday", W_WDAY, 3, 0},
    {"today", W_DEICTIC, D_TODAY, 0},
    {"tomorrow", W_DEICTIC, D_TOMORROW, 0},
    {"tonight", W_DEICTIC, D_TONIGHT, 0},
    {"tuesday", W_WDAY, 1, 0},
    {"twelfth", W_ORD, 12, 0},
    {"twelve", W_NUM, 12, 0},
    {"twenties", W_DECADEW, 2, 0},
    {"twenty", W_TENS, 20, 0},
    {"twice", W_MISC, 0, 0},
    {"two", W_NUM, 2, 0},
    {"upcoming", W_NEXT, 3, 0},
    {"valentine", W_HOLIDAY, H_VALENTINE, 0},
    {"wednesday", W_WDAY, 2, 0},
    {"week", W_UNIT, U_WEEK, 0},
    {"weekend", W_UNIT, U_WEEKEND, 0},
    {"weekends", W_UNIT, U_WEEKEND, 1},
    {"weekly", W_SET, U_WEEK, 0},
    {"weeks", W_UNIT, U_WEEK, 1},
    {"winter", W_SEASON, 3, 0},
    {"year", W_UNIT, U_YEAR, 0},
    {"yearly", W_SET, U_YEAR, 0},
    {"years", W_UNIT, U_YEAR, 1},
    {"yesterday", W_DEICTIC, D_YESTERDAY, 0},
};
#define NLEX ((int)(sizeof LEX / sizeof LEX[0]))

/* First-letter buckets of LEX: words starting with 'a' + k are
** LEX[first[k] .. first[k + 1]). */
typedef struct lex_index {
    short first[27];
} lex_index;

static void lex_index_init(lex_index *x)
{
    int i = 0, k;
    for (k = 0; k <= 26; k++) {
        while (i < NLEX && (unsigned char)LEX[i].w[0] < 'a' + k)
            i++;
        x->first[k] = (short)i;
    }
}

static const lex_entry *lex_find(const lex_index *x, const char *w)
{
    int lo, hi;
    if (w[0] < 'a' || w[0] > 'z')
        return NULL;
    lo = x->first[w[0] - 'a'];
    hi = x->first[w[0] - 'a' + 1] - 1;
    while (lo <= hi) {
        /* the bucket's words share their first letter: the second decides
        ** most comparisons without a call (strcmp's order all the same) */
        int mid = (lo + hi) / 2;
        int c = (unsigned char)w[1] - (unsigned char)LEX[mid].w[1];
        if (c == 0 && w[1])
            c = strcmp(w + 2, LEX[mid].w + 2);
        if (c == 0)
            return &LEX[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* 1 when the lexicon is in strcmp order (for the tests). */
int timex_lexicon_sorted(void)
{
    int i;
    for (i = 1; i < NLEX; i++)
        if (strcmp(LEX[i - 1].w, LEX[i].w) >= 0)
            return 0;
    return 1;
}

/* ---- tokens ---------------------------------------------------------------*/

enum { K_WORD = 1, K_NUM, K_PUNCT };

typedef struct tok {
    int32_t s, e;
    unsigned char kind, cls, val, plural;
    unsigned char sp;        /* whitespace (or start) before it */
    unsigned char cap;       /* first letter upper case */
    unsigned char ndig;      /* digits in a number */
    unsigned char brk;       /* a blank line before it */
    unsigned char ordsuf;    /* number with st/nd/rd/th glued on */
    unsigned char decade;    /* number with 's' glued on: 1990s */
    unsigned char tcache;    /* word_tense + 1 once computed, else 0 */
    long num;
    char w[16];              /* lower-cased word ("" when too long) */
} tok;

static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Cut text[from, len) into tokens: runs of ASCII letters, runs of digits,
** single punctuation bytes. Other bytes (UTF-8 sequences, controls) only
** separate. *out / *outcap is a token array reused between calls (malloc'd,
** caller frees; freed and NULL after a failure). Returns the number of
** tokens, or -1 on no memory. */
static int tokenize(const lex_index *lx, const char *text, size_t from, size_t len,
                    tok **out, int *outcap)
{
    size_t i = from;
    int n = 0, cap = *outcap, sp = 1, nl = 2;
    tok *v = *out;
    while (i < len) {
        unsigned char c = (unsigned char)text[i];
        tok *t;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
            c == '\v' || c == 0) {
            if (c == '\n')
                nl++;
            sp = 1;
            i++;
            continue;
        }
        if (c >= 0x80) {
            /* non-breaking space and other Unicode separators count as space;
            ** dashes and quotes become one punctuation token */
            int k = dz_utf8_seqlen((const unsigned char *)text + i, len - i);
            if (k == 0)
                k = 1;
            if (k == 2 && c == 0xC2 && (unsigned char)text[i + 1] == 0xA0) {
                sp = 1;
                i += 2;
                continue;
            }
            if (n == cap) {
                int nc = cap ? cap * 2 : 256;
                tok *nv = realloc(v, (size_t)nc * sizeof *nv);
                if (!nv) { free(v); *out = NULL; *outcap = 0; return -1; }
                v = nv; cap = nc; *out = v; *outcap = cap;
            }
            t = &v[n++];
            memset(t, 0, sizeof *t);
            t->s = (int32_t)i; t->e = (int32_t)(i + (size_t)k);
            t->kind = K_PUNCT;
            /* U+2013/2014 dashes read as '-' (22–24), U+2019 as '\'' */
            if (k == 3 && c == 0xE2 && (unsigned char)text[i + 1] == 0x80) {
                unsigned char c3 = (unsigned char)text[i + 2];
                t->w[0] = (c3 == 0x93 || c3 == 0x94) ? '-' :
                          (c3 == 0x98 || c3 == 0x99) ? '\'' : '?';
            } else {
                t->w[0] = '?';
            }
            t->sp = (unsigned char)sp; t->brk = nl >= 2;
            sp = 0; nl = 0;
            i += (size_t)k;
            continue;
        }
        if (n == cap) {
            int nc = cap ? cap * 2 : 256;
            tok *nv = realloc(v, (size_t)nc * sizeof *nv);
            if (!nv) { free(v); *out = NULL; *outcap = 0; return -1; }
            v = nv; cap = nc; *out = v; *outcap = cap;
        }
        t = &v[n++];
        memset(t, 0, sizeof *t);
        t->s = (int32_t)i;
        t->sp = (unsigned char)sp;
        t->brk = nl >= 2;
        sp = 0; nl = 0;
        if (is_alpha(c)) {
            size_t j = i, k = 0;
            while (j < len && is_alpha((unsigned char)text[j])) {
                if (k < sizeof t->w - 1)
                    t->w[k] = (char)lower((unsigned char)text[j]);
                k++;
                j++;
            }
            if (k >= sizeof t->w)
                t->w[0] = 0;      /* longer than any word we know */
            else
                t->w[k] = 0;
            t->kind = K_WORD;
            t->cap = c >= 'A' && c <= 'Z';
            t->e = (int32_t)j;
            if (t->w[0]) {
                const lex_entry *le = lex_find(lx, t->w);
                if (le) {
                    t->cls = le->cls; t->val = le->val; t->plural = le->plural;
                }
            }
            i = j;
        } else if (is_digit(c)) {
            size_t j = i;
            long num = 0;
            int nd = 0;
            while (j < len && is_digit((unsigned char)text[j])) {
                if (nd < 9)
                    num = num * 10 + (text[j] - '0');
                nd++;
                j++;
            }
            t->kind = K_NUM;
            t->num = nd <= 9 ? num : -1;
            t->ndig = (unsigned char)(nd > 255 ? 255 : nd);
            /* glued suffixes: 1st 2nd 3rd 4th, 1990s */
            if (j < len && is_alpha((unsigned char)text[j])) {
                size_t k = j;
                char suf[4] = {0};
                int m = 0;
                while (k < len && is_alpha((unsigned char)text[k])) {
                    if (m < 3)
                        suf[m] = (char)lower((unsigned char)text[k]);
                    m++;
                    k++;
                }
                if (m == 2 && (!strcmp(suf, "st") || !strcmp(suf, "nd") ||
                               !strcmp(suf, "rd") || !strcmp(suf, "th"))) {
                    t->ordsuf = 1;
                    j = k;
                } else if (m == 1 && suf[0] == 's') {
                    t->decade = 1;
                    j = k;
                }
            }
            t->e = (int32_t)j;
            i = j;
        } else {
            t->kind = K_PUNCT;
            t->w[0] = (char)c;
            t->e = (int32_t)i + 1;
            i++;
        }
    }
    return n;
}

/* Where to end the chunk that starts at from: at a blank line (or else a
** line end, or else a space) after about 32 KB, so the token array stays
** small on huge texts and no expression is cut. */
static size_t chunk_end(const char *text, size_t from, size_t len)
{
    size_t want = from + 32768, i, lim;
    if (want >= len)
        return len;
    lim = want + 65536 < len ? want + 65536 : len;
    for (i = want; i + 1 < lim; i++)
        if (text[i] == '\n' && text[i + 1] == '\n')
            return i + 1;
    for (i = want; i < lim; i++)
        if (text[i] == '\n')
            return i + 1;
    /* a sentence end: "met. On", "met. \u2014" (not "Oct. 23", "p.m. to") */
    for (i = want; i + 2 < lim; i++)
        if (text[i] == '.' && text[i + 1] == ' ' && text[i - 1] >= 'a' &&
            text[i - 1] <= 'z' && !(text[i + 2] >= 'a' && text[i + 2] <= 'z') &&
            !(text[i + 2] >= '0' && text[i + 2] <= '9'))
            return i + 2;
    for (i = want; i < lim; i++)
        if (text[i] == ' ')
            return i + 1;
    return lim;
}

/* ---- dates ----------------------------------------------------------------*/

static long days_of(int y, int m, int d) { return dz_date_to_days(y, m, d); }

static void fmt_days(char out[11], long days)
{
    int y, m, d;
    dz_days_to_date(days, &y, &m, &d);
    dz_date_format(out, y, m, d);
}

/* ISO 8601 week of a day number: *wy the week's year, returns week 1..53. */
static int iso_week(long days, int *wy)
{
    int y, m, d, wd;
    long thu, jan1;
    wd = (int)(((days + 3) % 7 + 7) % 7);          /* 0 Monday */
    thu = days - wd + 3;                            /* Thursday of the week */
    dz_days_to_date(thu, &y, &m, &d);
    jan1 = days_of(y, 1, 1);
    *wy = y;
    return (int)((thu - jan1) / 7 + 1);
}

/* Monday of ISO week w of year wy. */
static long iso_week_monday(int wy, int w)
{
    long jan4 = days_of(wy, 1, 4);
    int wd = (int)(((jan4 + 3) % 7 + 7) % 7);
    return jan4 - wd + (long)(w - 1) * 7;
}

/* ---- results --------------------------------------------------------------*/

enum { TY_DATE = 0, TY_TIME, TY_DURATION, TY_SET };
static const char *const TYPE_NAMES[] = { "DATE", "TIME", "DURATION", "SET" };
enum { TENSE_NONE = 0, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE };

typedef struct res {
    int type;
    char value[40];
    char begin[11], end[11];
    dz_precision prec;
    int relative;
    int unresolved;           /* relative, but no publication date */
} res;

typedef struct ctx {
    const char *text;
    tok *t;
    int n;
    int have_base;
    long base;                /* day number of the publication date */
    int by, bm, bd;
    int last_qy, last_q;      /* the last quarter named in the document */
    int last_q_tok;           /* and the token where it was named */
    int cur;                  /* token the matcher is at */
    int forced_tense;         /* timex_resolve: no sentence to look at */
    const dz_sentence *sent;  /* text_split's sentences when present */
    int nsent;
} ctx;

static void r_day(res *r, long days)
{
    int y, m, d;
    dz_days_to_date(days, &y, &m, &d);
    snprintf(r->value, sizeof r->value, "%04d-%02d-%02d", y, m, d);
    fmt_days(r->begin, days);
    memcpy(r->end, r->begin, 11);
    r->prec = DZ_PREC_DAY;
}

static void r_month(res *r, int y, int m)
{
    snprintf(r->value, sizeof r->value, "%04d-%02d", y, m);
    dz_date_format(r->begin, y, m, 1);
    dz_date_format(r->end, y, m, dz_days_in_month(y, m));
    r->prec = DZ_PREC_MONTH;
}

static void r_year(res *r, int y)
{
    snprintf(r->value, sizeof r->value, "%04d", y);
    dz_date_format(r->begin, y, 1, 1);
    dz_date_format(r->end, y, 12, 31);
    r->prec = DZ_PREC_YEAR;
}

static void r_week(res *r, long days)
{
    int wy, w = iso_week(days, &wy);
    long mon = iso_week_monday(wy, w);
    snprintf(r->value, sizeof r->value, "%04d-W%02d", wy, w);
    fmt_days(r->begin, mon);
    fmt_days(r->end, mon + 6);
    r->prec = DZ_PREC_WEEK;
}

static void r_quarter(res *r, int y, int q)
{
    snprintf(r->value, sizeof r->value, "%04d-Q%d", y, q);
    dz_date_format(r->begin, y, 3 * q - 2, 1);
    dz_date_format(r->end, y, 3 * q, dz_days_in_month(y, 3 * q));
    r->prec = DZ_PREC_SEASON;
}

static void r_half(res *r, int y, int h)
{
    snprintf(r->value, sizeof r->value, "%04d-H%d", y, h);
    dz_date_format(r->begin, y, h == 1 ? 1 : 7, 1);
    dz_date_format(r->end, y, h == 1 ? 6 : 12, h == 1 ? 30 : 31);
    r->prec = DZ_PREC_SEASON;
}

/* Seasons: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb
** (winter Y starts in December of Y). */
static void r_season(res *r, int y, int s)
{
    static const char *const code[] = { "SP", "SU", "FA", "WI" };
    int m0 = 3 + 3 * s;
    snprintf(r->value, sizeof r->value, "%04d-%s", y, code[s]);
    if (s == 3) {
        dz_date_format(r->begin, y, 12, 1);
        dz_date_format(r->end, y + 1, 2, dz_days_in_month(y + 1, 2));
    } else {
        dz_date_format(r->begin, y, m0, 1);
        dz_date_format(r->end, y, m0 + 2, dz_days_in_month(y, m0 + 2));
    }
    r->prec = DZ_PREC_SEASON;
}

static void r_decade(res *r, int y0)
{
    snprintf(r->value, sizeof r->value, "%03d", y0 / 10);
    dz_date_format(r->begin, y0, 1, 1);
    dz_date_format(r->end, y0 + 9, 12, 31);
    r->prec = DZ_PREC_YEAR;
}

static void r_ref(res *r, const ctx *c, int which)
{
    /* which: -1 past, 0 present, 1 future */
    strcpy(r->value, which < 0 ? "PAST_REF" : which ? "FUTURE_REF" : "PRESENT_REF");
    r->prec = DZ_PREC_VAGUE;
    r->begin[0] = r->end[0] = 0;
    if (!c->have_base)
        return;
    if (which < 0) {
        fmt_days(r->begin, c->base - 90);      /* "recently": a season back */
        fmt_days(r->end, c->base);
    } else if (which == 0) {
        fmt_days(r->begin, c->base);
        fmt_days(r->end, c->base);
    } else {
        fmt_days(r->begin, c->base);
        fmt_days(r->end, c->base + 90);
    }
}

/* Narrow a resolved range to its early / middle / late third: a year to
** January-April, May-August or September-December, a month to days 1-10,
** 11-20 or 21-end, anything else to a third of its days. */
static void r_narrow(res *r, int pos)
{
    int y, m, d;
    long b, e, len;
    if (!pos || !r->begin[0] || dz_date_parse(r->begin, &y, &m, &d))
        return;
    if (r->prec == DZ_PREC_YEAR && m == 1 && d == 1 && !strncmp(r->end + 4, "-12-31", 6)) {
        int m0 = pos == 1 ? 1 : pos == 2 ? 5 : 9;
        dz_date_format(r->begin, y, m0, 1);
        dz_date_format(r->end, y, m0 + 3, dz_days_in_month(y, m0 + 3));
        return;
    }
    if (r->prec == DZ_PREC_MONTH && d == 1) {
        dz_date_format(r->begin, y, m, pos == 1 ? 1 : pos == 2 ? 11 : 21);
        dz_date_format(r->end, y, m, pos == 1 ? 10 : pos == 2 ? 20 : dz_days_in_month(y, m));
        return;
    }
    b = days_of(y, m, d);
    if (dz_date_parse(r->end, &y, &m, &d))
        return;
    e = days_of(y, m, d);
    len = (e - b + 1) / 3;
    if (len < 1)
        return;
    if (pos == 1)
        e = b + len - 1;
    else if (pos == 2)
        b += len, e = b + len - 1;
    else
        b = e - len + 1;
    fmt_days(r->begin, b);
    fmt_days(r->end, e);
}

static const char *unit_code(int u, int *time)
{
    *time = 0;
    switch (u) {
    case U_SEC: *time = 1; return "S";
    case U_MIN: *time = 1; return "M";
    case U_HOUR: *time = 1; return "H";
    case U_DAY: return "D";
    case U_WEEKEND: return "WE";
    case U_WEEK: return "W";
    case U_MONTH: return "M";
    case U_QUARTER: return "Q";
    case U_YEAR: return "Y";
    case U_DECADE: return "E";
    case U_CENTURY: return "C";
    default: return "X";
    }
}

/* Duration value "P3W", "PT5H", "PXY" (n < 0: unknown amount). */
static void r_duration(res *r, long n, int u)
{
    int time;
    const char *code;
    if (u == U_FORTNIGHT) {
        u = U_WEEK;
        n = n < 0 ? n : 2 * n;
    }
    code = unit_code(u, &time);
    r->type = TY_DURATION;
    if (n < 0)
        snprintf(r->value, sizeof r->value, "P%sX%s", time ? "T" : "", code);
    else
        snprintf(r->value, sizeof r->value, "P%s%ld%s", time ? "T" : "", n, code);
    r->begin[0] = r->end[0] = 0;
    r->prec = u == U_DAY || time ? DZ_PREC_DAY : u == U_WEEK || u == U_WEEKEND ?
              DZ_PREC_WEEK : u == U_MONTH ? DZ_PREC_MONTH :
              u == U_QUARTER ? DZ_PREC_SEASON : u == U_YEAR || u == U_DECADE ||
              u == U_CENTURY ? DZ_PREC_YEAR : DZ_PREC_VAGUE;
}

/* Move a day number by n units (months clamp the day). */
static long shift_days(long days, int u, long n)
{
    int y, m, d;
    switch (u) {
    case U_SEC: case U_MIN: return days;
    case U_HOUR: return days + n / 24;
    case U_DAY: return days + n;
    case U_WEEK: case U_WEEKEND: return days + 7 * n;
    case U_FORTNIGHT: return days + 14 * n;
    default: break;
    }
    dz_days_to_date(days, &y, &m, &d);
    if (n > 100000 || n < -100000)
        n = n < 0 ? -100000 : 100000;
    switch (u) {
    case U_MONTH: dz_date_add_months(&y, &m, &d, (int)n); break;
    case U_QUARTER: dz_date_add_months(&y, &m, &d, (int)(3 * n)); break;
    case U_YEAR: dz_date_add_months(&y, &m, &d, (int)(12 * n)); break;
    case U_DECADE: dz_date_add_months(&y, &m, &d, (int)(120 * n)); break;
    case U_CENTURY: dz_date_add_months(&y, &m, &d, (int)(1200 * n)); break;
    default: break;
    }
    if (y < 1) y = 1, m = 1, d = 1;
    if (y > 9999) y = 9999, m = 12, d = 31;
    return days_of(y, m, d);
}

/* A point shifted from the base, valued at the unit's granularity ("two
** weeks ago" -> a week, "three years ago" -> a year). */
static void r_point(res *r, long days, int u)
{
    int y, m, d;
    dz_days_to_date(days, &y, &m, &d);
    switch (u) {
    case U_WEEK: case U_WEEKEND: case U_FORTNIGHT: r_week(r, days); break;
    case U_MONTH: r_month(r, y, m); break;
    case U_QUARTER: r_quarter(r, y, (m - 1) / 3 + 1); break;
    case U_YEAR: r_year(r, y); break;
    case U_DECADE: r_decade(r, y / 10 * 10); break;
    case U_CENTURY:
        snprintf(r->value, sizeof r->value, "%02d", y / 100);
        dz_date_format(r->begin, y / 100 * 100, 1, 1);
        dz_date_format(r->end, y / 100 * 100 + 99, 12, 31);
        r->prec = DZ_PREC_YEAR;
        break;
    default: r_day(r, days); break;
    }
}

static int is_w(const ctx *c, int i, const char *w)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_WORD && !strcmp(c->t[i].w, w);
}

static int is_p(const ctx *c, int i, char ch)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_PUNCT && c->t[i].w[0] == ch;
}

static int cls(const ctx *c, int i)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_WORD ? c->t[i].cls : W_NONE;
}

/* Glued: token i follows token i-1 with no space. */
static int glued(const ctx *c, int i)
{
    return i > 0 && i < c->n && !c->t[i].sp;
}

/* ---- tense ----------------------------------------------------------------*/

static const char *const PAST_WORDS[] = {
    "ago", "ate", "became", "began", "bought", "brought", "built", "came",
    "chose", "did", "drew", "fell", "felt", "fled", "flew", "fought", "found",
    "gave", "got", "grew", "had", "heard", "held", "hit", "kept", "knew",
    "led", "left", "lost", "made", "meant", "met", "paid", "put", "ran",
    "rose", "said", "sank", "sat", "saw", "sent", "set", "shot", "slid",
    "sold", "spoke", "spent", "stood", "struck", "swore", "took", "told",
    "thought", "threw", "told", "was", "were", "won", "wrote", "yesterday"
};
static const char *const FUTURE_WORDS[] = {
    "planned", "plans", "scheduled", "shall", "tomorrow", "upcoming", "will",
    "expected", "expects", "ll", "next", "going", "would", "plan", "intends",
    "due", "set", "effective"
};

static int in_list(const char *w, const char *const *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (w[0] == list[i][0] && !strcmp(w, list[i]))
            return 1;
    return 0;
}

static int word_tense1(const ctx *c, int i);

/* 1 past, 3 future, 0 neither. "set"/"due" count as future only before
** "to" / "for"; words ending in -ed count as past, unless a modal comes
** just before ("will be held", "would have paid"). */
static int word_tense2(const ctx *c, int i);

/* word_tense2, remembered in the token: tense_at looks at the same words
** again for every expression of a sentence. */
static int word_tense(const ctx *c, int i)
{
    if (!c->t[i].tcache)
        c->t[i].tcache = (unsigned char)(word_tense2(c, i) + 1);
    return c->t[i].tcache - 1;
}

static int word_tense2(const ctx *c, int i)
{
    int ts = word_tense1(c, i), k;
    if (ts != TENSE_PAST || is_w(c, i, "was") || is_w(c, i, "were") || is_w(c, i, "said"))
        return ts;
    for (k = i - 1; k >= 0 && k >= i - 3; k--) {
        const char *w = c->t[k].w;
        if (c->t[k].kind != K_WORD)
            break;
        if (!strcmp(w, "will") || !strcmp(w, "ll") || !strcmp(w, "shall") ||
            !strcmp(w, "would"))
            return TENSE_FUTURE;
        if (!strcmp(w, "be") || !strcmp(w, "is") || !strcmp(w, "are") || !strcmp(w, "been"))
            continue;
        if (strcmp(w, "to") && strcmp(w, "not") && strcmp(w, "have"))
            break;
    }
    return ts;
}

static int word_tense1(const ctx *c, int i)
{
    const tok *t = &c->t[i];
    size_t n;
    if (t->kind != K_WORD || !t->w[0])
        return 0;
    if (in_list(t->w, FUTURE_WORDS, sizeof FUTURE_WORDS / sizeof *FUTURE_WORDS)) {
        if (!strcmp(t->w, "set") || !strcmp(t->w, "due") || !strcmp(t->w, "going")) {
            if (i + 1 < c->n && (!strcmp(c->t[i + 1].w, "to") ||
                                 !strcmp(c->t[i + 1].w, "for")))
                return TENSE_FUTURE;
            return !strcmp(t->w, "set") ? TENSE_PAST : 0;
        }
        if (!strcmp(t->w, "expected") || !strcmp(t->w, "planned")) {
            if (i + 1 < c->n && !strcmp(c->t[i + 1].w, "to"))
                return TENSE_FUTURE;
            return TENSE_PAST;
        }
        return TENSE_FUTURE;
    }
    if (in_list(t->w, PAST_WORDS, sizeof PAST_WORDS / sizeof *PAST_WORDS))
        return TENSE_PAST;
    n = strlen(t->w);
    if (n > 4 && t->w[n - 1] == 'd' && t->w[n - 2] == 'e' &&
        strcmp(t->w, "need") && strcmp(t->w, "indeed") && strcmp(t->w, "speed"))
        return TENSE_PAST;
    if (!strcmp(t->w, "is") || !strcmp(t->w, "are") || !strcmp(t->w, "says"))
        return TENSE_PRESENT;
    return 0;
}

/* Does a blank line come before token i? */
static int sentence_end(const ctx *c, int i)
{
    return i >= 0 && i < c->n && c->t[i].brk;
}

/* Is the '.' at token i a decimal point, glued between two numbers ("will
** sign its 7.7 billion dlr commercial bank loan on Friday")? It ends no
** sentence, and the tense of "will" before it still reaches "Friday". */
static int decimal_point(const ctx *c, int i)
{
    return i > 0 && i + 1 < c->n && !c->t[i].sp && !c->t[i + 1].sp &&
           c->t[i - 1].kind == K_NUM && c->t[i + 1].kind == K_NUM;
}

/* Does token i end a sentence? A '.' after an initial or a short
** abbreviation ("Daniel P. Davison", "Mr.", "Corp.") does not. */
static int is_stop(const ctx *c, int i)
{
    const tok *t = &c->t[i];
    if (t->kind != K_PUNCT)
        return 0;
    if (t->w[0] == '?' || t->w[0] == '!' || t->w[0] == ';')
        return 1;
    if (t->w[0] != '.')
        return 0;
    if (decimal_point(c, i))
        return 0;
    if (i > 0 && !t->sp && c->t[i - 1].kind == K_WORD) {
        const char *w = c->t[i - 1].w;
        size_t n = strlen(w);
        if (n <= 2 && c->t[i - 1].cap)
            return 0;
        if (!strcmp(w, "mrs") || !strcmp(w, "corp") || !strcmp(w, "inc") ||
            !strcmp(w, "gen") || !strcmp(w, "sen") || !strcmp(w, "rep") ||
            !strcmp(w, "gov") || !strcmp(w, "sept") || !strcmp(w, "ltd") ||
            c->t[i - 1].cls == W_MONABBR)
            return 0;
    }
    return 1;
}

/* Tense around tokens [a, b): the nearest marker in the same sentence,
** looking left first within 12 tokens, then right within 10. */
static int tense_at(const ctx *c, int a, int b)
{
    int i, k, tl = 0, dl = 99, tr = 0, dr = 99;
    int32_t lo = -1, hi = INT32_MAX;
    if (c->forced_tense)
        return c->forced_tense;
    if (c->nsent > 0) {
        /* the sentence text_split found around the expression */
        int l = 0, h = c->nsent - 1;
        int32_t off = c->t[a].s;
        while (l <= h) {
            int mid = (l + h) / 2;
            if (off < c->sent[mid].start)
                h = mid - 1;
            else if (off >= c->sent[mid].end)
                l = mid + 1;
            else {
                lo = c->sent[mid].start;
                hi = c->sent[mid].end;
                break;
            }
        }
    }
    for (i = a - 1, k = 0; i >= 0 && k < 14; i--, k++) {
        int ts;
        if (is_stop(c, i) || sentence_end(c, i + 1) || c->t[i].s < lo)
            break;
        ts = word_tense(c, i);
        if (ts == TENSE_PAST || ts == TENSE_FUTURE) {
            tl = ts; dl = k;
            break;
        }
    }
    for (i = b, k = 0; i < c->n && k < 12; i++, k++) {
        int ts;
        if (is_stop(c, i) || (i > b && sentence_end(c, i)) || c->t[i].s >= hi)
            break;
        /* "arrived here on Saturday and will have talks tomorrow": after
        ** "and" / "but" comes another clause, whose tense is not the
        ** expression's when a verb before it has one */
        if (tl && (is_w(c, i, "and") || is_w(c, i, "but")))
            break;
        ts = word_tense(c, i);
        if (ts == TENSE_PAST || ts == TENSE_FUTURE) {
            tr = ts; dr = k;
            break;
        }
    }
    if (tl && tr && tl != tr) {
        /* "will" before wins over a following -ed participle */
        if (tl == TENSE_FUTURE)
            return TENSE_FUTURE;
        return dl <= dr ? tl : tr;
    }
    return tl ? tl : tr;
}

/* ---- matching helpers -----------------------------------------------------*/

/* A cardinal number at i (digits, or words "twenty four", "twenty-four",
** "a"/"an" when allow_a). Returns tokens used, 0 if none; *val set. */
static int number_at(const ctx *c, int i, long *val, int allow_a)
{
    const tok *t;
    if (i >= c->n)
        return 0;
    t = &c->t[i];
    if (t->kind == K_NUM && !t->ordsuf && !t->decade && t->num >= 0) {
        /* not part of 1.5 or 1,000 */
        if (i + 2 < c->n && (is_p(c, i + 1, '.') || is_p(c, i + 1, ',')) &&
            glued(c, i + 1) && glued(c, i + 2) && c->t[i + 2].kind == K_NUM)
            return 0;
        *val = t->num;
        return 1;
    }
    if (t->kind != K_WORD)
        return 0;
    if (t->cls == W_NUM) {
        *val = t->val;
        return 1;
    }
    if (t->cls == W_TENS) {
        *val = t->val;
        if (i + 1 < c->n && cls(c, i + 1) == W_NUM && c->t[i + 1].val < 10) {
            *val += c->t[i + 1].val;
            return 2;
        }
        if (i + 2 < c->n && is_p(c, i + 1, '-') && glued(c, i + 1) &&
            glued(c, i + 2) && cls(c, i + 2) == W_NUM && c->t[i + 2].val < 10) {
            *val += c->t[i + 2].val;
            return 3;
        }
        return 1;
    }
    if (allow_a && t->cls == W_A) {
        *val = 1;
        return 1;
    }
    return 0;
}

/* A day of month at i: 1..31 as digits, or "1st", "22nd". */
static int day_at(const ctx *c, int i, int *d)
{
    const tok *t;
    if (i >= c->n)
        return 0;
    t = &c->t[i];
    if (t->kind != K_NUM || t->decade || t->ndig > 2 || t->num < 1 || t->num > 31)
        return 0;
    /* not a clock time (5:30) or a decimal */
    if (i + 1 < c->n && (is_p(c, i + 1, ':') || (is_p(c, i + 1, '.') &&
        i + 2 < c->n && glued(c, i + 1) && glued(c, i + 2) &&
        c->t[i + 2].kind == K_NUM)))
        return 0;
    *d = (int)t->num;
    return 1;
}

/* A four-digit year 1000..2199 at i (not 1,000 or 2000.5). */
static int year_at(const ctx *c, int i, int *y)
{
    const tok *t;
    if (i >= c->n)
        return 0;
    t = &c->t[i];
    if (t->kind != K_NUM || t->ordsuf || t->decade || t->ndig != 4 ||
        t->num < 1000 || t->num > 2199)
        return 0;
    if (i > 0 && glued(c, i) && (is_p(c, i - 1, ',') || is_p(c, i - 1, '.') ||
                                 is_p(c, i - 1, '$') || c->t[i - 1].kind == K_NUM))
        return 0;
    if (i + 1 < c->n && glued(c, i + 1) && (is_p(c, i + 1, ',') || is_p(c, i + 1, '.')) &&
        i + 2 < c->n && glued(c, i + 2) && c->t[i + 2].kind == K_NUM)
        return 0;
    if (i + 1 < c->n && (is_p(c, i + 1, '%') || is_w(c, i + 1, "percent")))
        return 0;
    *y = (int)t->num;
    return 1;
}

/* A year written out, "nineteen ninety-four", or as digits: tokens used,
** 0 if none. */
static int year_words_at(const ctx *c, int i, int *y)
{
    long v;
    int k;
    if (year_at(c, i, y))
        return 1;
    if (is_w(c, i, "nineteen") && cls(c, i + 1) == W_TENS &&
        (k = number_at(c, i + 1, &v, 0)) && v >= 10 && v <= 99) {
        *y = 1900 + (int)v;
        return 1 + k;
    }
    return 0;
}

/* Does one of text_split's sentences start at byte off? */
static int sentence_starts(const ctx *c, int32_t off)
{
    int l = 0, h = c->nsent - 1;
    while (l <= h) {
        int mid = (l + h) / 2;
        if (off < c->sent[mid].start)
            h = mid - 1;
        else if (off > c->sent[mid].start)
            l = mid + 1;
        else
            return 1;
    }
    return 0;
}

/* Does the month name at i, after "in", "last", "early", "late", "since"
** or "during", open a clause (the sentence's start, or after a comma, a
** dash, a semicolon, "and", "but" or "that"), so that it is a time even
** with a capitalised word right after ("In January Canada and France
** concluded", "Last November President Museveni ordered")? A name that
** opens with a month ("April Glaspie") has none of these before it, and
** inside a clause the month may be a noun's ("the drop in January U.S.
** factory orders", "the late February Paris accord"). */
static int month_after_prep(const ctx *c, int i)
{
    static const char *const w[] = { "in", "last", "early", "late", "since", "during",
                                     NULL };
    int k, j = i - 2;
    for (k = 0; w[k]; k++)
        if (is_w(c, i - 1, w[k]))
            break;
    if (!w[k])
        return 0;
    return j < 0 || c->t[i - 1].brk || is_p(c, j, '.') || is_p(c, j, ',') || is_p(c, j, ';') ||
           is_p(c, j, '-') ||
           is_p(c, j, '"') || is_w(c, j, "and") || is_w(c, j, "but") ||
           is_w(c, j, "that") ||
           (c->sent && sentence_starts(c, c->t[i - 1].s));
}

/* A month name at i; abbreviations take an optional glued '.'. Returns
** tokens used. Ambiguous words (May, March, "mar") need a capital. */
static int month_at(const ctx *c, int i, int *m)
{
    const tok *t;
    if (i >= c->n)
        return 0;
    t = &c->t[i];
    if (t->kind != K_WORD)
        return 0;
    if (t->cls == W_MONTH) {
        if ((t->val == 5 || t->val == 3) && !t->cap)
            return 0;
        *m = t->val;
        if (i + 1 < c->n && is_p(c, i + 1, '.') && glued(c, i + 1) &&
            !strcmp(t->w, "sept"))
            return 2;
        return 1;
    }
    if (t->cls == W_MONABBR && t->cap) {
        *m = t->val;
        if (i + 1 < c->n && is_p(c, i + 1, '.') && glued(c, i + 1))
            return 2;
        return 1;
    }
    return 0;
}

#ifndef PAST_AHEAD_MONTHS
#define PAST_AHEAD_MONTHS 2
#endif
#ifndef FUTURE_BEHIND_MONTHS
#define FUTURE_BEHIND_MONTHS 2
#endif
#ifndef MONTH_PAST_AHEAD
#define MONTH_PAST_AHEAD 1
#endif
#ifndef NONE_AHEAD_MONTHS
#define NONE_AHEAD_MONTHS 6
#endif

/* Year for a month (or month-day) given without one: the tense picks the
** last or the next occurrence; with no tense the base year, unless that
** lies more than ~6 months ahead, then the year before. */
static int year_for_month(const ctx *c, int m, int d, int tense)
{
    long md = m * 100 + (d ? d : 15), bmd = c->bm * 100 + c->bd;
    int ahead = (m - c->bm + 12) % 12;          /* months until it comes */
    if (tense == TENSE_FUTURE) {
        if (md >= bmd || (d == 0 && m == c->bm))
            return c->by;
        if (12 - ahead <= FUTURE_BEHIND_MONTHS)
            return c->by;
        return c->by + 1;
    }
    if (tense == TENSE_PAST) {
        if (md <= bmd || (d == 0 && m == c->bm))
            return c->by;
        /* a date a few weeks ahead in a past-tense sentence is still more
        ** often the coming one ("said it will pay Dec. 7") */
        if ((d || MONTH_PAST_AHEAD) && ahead <= PAST_AHEAD_MONTHS)
            return c->by;
        return c->by - 1;
    }
    if (md > bmd && ahead > NONE_AHEAD_MONTHS)
        return c->by - 1;
    /* no tense: the nearest occurrence, looking at most a few months ahead */
    if (md < bmd && ahead > 0 && ahead <= NONE_AHEAD_MONTHS && m < c->bm)
        return c->by + 1;
    return c->by;
}

/* Weekday resolution: past -> the latest such day on or before the base,
** future -> the next on or after it; no tense -> past. */
static long weekday_days(const ctx *c, int wd, int tense, int strict)
{
    int bw = (int)(((c->base + 3) % 7 + 7) % 7);
    int diff;
    if (tense == TENSE_FUTURE) {
        diff = (wd - bw + 7) % 7;
        if (strict && diff == 0)
            diff = 7;
        return c->base + diff;
    }
    diff = (bw - wd + 7) % 7;
    if (strict && diff == 0)
        diff = 7;
    return c->base - diff;
}

static int season_of_month(int m)
{
    return m == 12 || m <= 2 ? 3 : (m - 3) / 3;
}

/* Year of season s for "last" (dir -1), "this" (0) or "next" (1). */
static int season_year(const ctx *c, int s, int dir)
{
    int cur = season_of_month(c->bm);
    int cy = c->by;
    if (c->bm <= 2)
        cy--;                       /* January is in the winter of the year before */
    if (dir < 0)
        return s < cur ? cy : cy - 1;
    if (dir > 0)
        return s > cur ? cy : cy + 1;
    return s == 3 && c->bm <= 2 ? cy : c->by;
}

#ifndef QUARTER_WINDOW
#define QUARTER_WINDOW 150
#endif

/* ---- the matcher ------------------------------------------------------------
** Each rule looks at tokens from i, returns the number of tokens it takes
** (0 = no match) and fills r. match_at keeps the longest. */

static void set_rel(const ctx *c, res *r)
{
    r->relative = 1;
    if (!c->have_base) {
        r->unresolved = 1;
        r->begin[0] = r->end[0] = 0;
    }
}

/* Absolute dates: "June 19, 2023", "June 19", "19 June 2023", "June 2023",
** "October 22-24", "Oct. 23", "1998", "2024-04-23", "the 1990s",
** weekday + date ("Friday, Oct. 23"). */
static int rule_absolute(const ctx *c, int i, res *r)
{
    int m, d, y, k, j, d2 = 0;
    /* callers probe the token after a modifier ("early", "late"), which
    ** may be one past the last */
    if (i < 0 || i >= c->n)
        return 0;
    /* ISO: 2024-04-23 or 2024-04 */
    if (year_at(c, i, &y) && i + 2 < c->n && is_p(c, i + 1, '-') && glued(c, i + 1) &&
        glued(c, i + 2) && c->t[i + 2].kind == K_NUM && c->t[i + 2].ndig == 2 &&
        c->t[i + 2].num >= 1 && c->t[i + 2].num <= 12) {
        m = (int)c->t[i + 2].num;
        if (i + 4 < c->n && is_p(c, i + 3, '-') && glued(c, i + 3) && glued(c, i + 4) &&
            c->t[i + 4].kind == K_NUM && c->t[i + 4].ndig == 2 &&
            c->t[i + 4].num >= 1 && c->t[i + 4].num <= dz_days_in_month(y, m)) {
            r_day(r, days_of(y, m, (int)c->t[i + 4].num));
            return 5;
        }
        r_month(r, y, m);
        return 3;
    }
    /* ISO quarters and weeks: 2024-Q1, 2024-W17; and Q1 2024 */
    if (year_at(c, i, &y) && i + 3 < c->n && is_p(c, i + 1, '-') && glued(c, i + 1) &&
        glued(c, i + 2) && (is_w(c, i + 2, "q") || is_w(c, i + 2, "w")) &&
        glued(c, i + 3) && c->t[i + 3].kind == K_NUM && !c->t[i + 3].ordsuf) {
        long v = c->t[i + 3].num;
        if (is_w(c, i + 2, "q") && v >= 1 && v <= 4) {
            r_quarter(r, y, (int)v);
            return 4;
        }
        if (is_w(c, i + 2, "w") && v >= 1 && v <= 53) {
            r_week(r, iso_week_monday(y, (int)v));
            return 4;
        }
    }
    if (is_w(c, i, "q") && c->t[i].cap && i + 2 < c->n && glued(c, i + 1) &&
        c->t[i + 1].kind == K_NUM && c->t[i + 1].num >= 1 && c->t[i + 1].num <= 4 &&
        year_at(c, i + 2, &y)) {
        r_quarter(r, y, (int)c->t[i + 1].num);
        return 3;
    }
    /* US numeric: 4/23/2024 */
    if (i + 4 < c->n && c->t[i].kind == K_NUM && c->t[i].ndig <= 2 &&
        is_p(c, i + 1, '/') && glued(c, i + 1) && glued(c, i + 2) &&
        c->t[i + 2].kind == K_NUM && c->t[i + 2].ndig <= 2 && is_p(c, i + 3, '/') &&
        glued(c, i + 3) && glued(c, i + 4) && c->t[i + 4].kind == K_NUM &&
        (c->t[i + 4].ndig == 4 || c->t[i + 4].ndig == 2)) {
        m = (int)c->t[i].num; d = (int)c->t[i + 2].num; y = (int)c->t[i + 4].num;
        if (c->t[i + 4].ndig == 2)
            y += y < 50 ? 2000 : 1900;
        if (m >= 1 && m <= 12 && d >= 1 && d <= dz_days_in_month(y, m)) {
            r_day(r, days_of(y, m, d));
            return 5;
        }
    }
    /* Month ... */
    if ((k = month_at(c, i, &m))) {
        j = i + k;
        if (day_at(c, j, &d) && !(j + 1 < c->n && (cls(c, j + 1) == W_UNIT))) {
            int used = j + 1 - i;
            int yy;
            /* range "22-24" */
            if (j + 2 < c->n && is_p(c, j + 1, '-') && day_at(c, j + 2, &d2) && d2 > d) {
                used += 2;
            } else {
                d2 = 0;
            }
            if (i + used + 1 < c->n && is_p(c, i + used, ',') &&
                year_at(c, i + used + 1, &yy)) {
                y = yy;
                used += 2;
            } else if (year_at(c, i + used, &yy)) {
                y = yy;
                used += 1;
            } else {
                if (!c->have_base) {
                    /* no year and no base: the month-day alone */
                    snprintf(r->value, sizeof r->value, "XXXX-%02d-%02d", m, d);
                    r->prec = DZ_PREC_DAY;
                    r->relative = 1;
                    r->unresolved = 1;
                    return used;
                }
                y = year_for_month(c, m, d, tense_at(c, i, i + used));
                r->relative = 1;
            }
            if (d > dz_days_in_month(y, m))
                return 0;
            r_day(r, days_of(y, m, d));
            if (d2 && d2 <= dz_days_in_month(y, m))
                dz_date_format(r->end, y, m, d2);
            return used;
        }
        /* Month [of|,] Year */
        {
            int ky = year_words_at(c, j, &y);
            if (ky) {
                r_month(r, y, m);
                return j + ky - i;
            }
        }
        /* "July last year", "January this year" */
        if ((cls(c, j) == W_LAST || cls(c, j) == W_THIS || cls(c, j) == W_NEXT) &&
            c->t[j].val <= 1 && is_w(c, j + 1, "year")) {
            if (!c->have_base)
                return 0;
            r_month(r, c->by + (cls(c, j) == W_LAST ? -1 : cls(c, j) == W_NEXT ? 1 : 0), m);
            r->relative = 1;
            return j + 2 - i;
        }
        if (is_p(c, j, ',') && year_at(c, j + 1, &y)) {
            r_month(r, y, m);
            return j + 2 - i;
        }
        if (is_w(c, j, "of") && year_at(c, j + 1, &y)) {
            r_month(r, y, m);
            return j + 2 - i;
        }
        /* a lone month name: needs a capital and must not be a name
        ** ("April Glaspie") */
        if (!c->t[i].cap)
            return 0;
        if (j < c->n && c->t[j].kind == K_WORD && c->t[j].cap && c->t[j].sp &&
            !cls(c, j) && !month_after_prep(c, i))
            return 0;
        if (!c->have_base) {
            snprintf(r->value, sizeof r->value, "XXXX-%02d", m);
            r->prec = DZ_PREC_MONTH;
            r->relative = 1;
            r->unresolved = 1;
            return k;
        }
        r_month(r, year_for_month(c, m, 0, tense_at(c, i, j)), m);
        r->relative = 1;
        return k;
    }
    /* Day Month [Year]: "19 June 2023" */
    if (day_at(c, i, &d) && (k = month_at(c, i + 1, &m))) {
        j = i + 1 + k;
        if (year_at(c, j, &y)) {
            if (d <= dz_days_in_month(y, m)) {
                r_day(r, days_of(y, m, d));
                return j + 1 - i;
            }
            return 0;
        }
        if (!c->have_base)
            return 0;
        y = year_for_month(c, m, d, tense_at(c, i, j));
        if (d > dz_days_in_month(y, m))
            return 0;
        r_day(r, days_of(y, m, d));
        r->relative = 1;
        return j - i;
    }
    /* spoken years: "nineteen ninety-four" */
    if (is_w(c, i, "nineteen") && cls(c, i + 1) == W_TENS) {
        long v;
        int kk = number_at(c, i + 1, &v, 0);
        if (kk && v >= 10 && v <= 99) {
            r_year(r, 1900 + (int)v);
            return 1 + kk;
        }
    }
    /* "the nineties", "the early eighties" */
    if (cls(c, i) == W_THE && cls(c, i + 1) == W_DECADEW) {
        r_decade(r, 1900 + 10 * c->t[i + 1].val);
        return 2;
    }
    /* decades: 1990s, the '90s */
    if (cls(c, i) == W_THE && i + 1 < c->n && c->t[i + 1].kind == K_NUM &&
        c->t[i + 1].decade && c->t[i + 1].ndig == 4 && c->t[i + 1].num % 10 == 0 &&
        c->t[i + 1].num >= 1000 && c->t[i + 1].num < 2200) {
        r_decade(r, (int)c->t[i + 1].num);
        return 2;
    }
    if (c->t[i].kind == K_NUM && c->t[i].decade && c->t[i].ndig == 4 &&
        c->t[i].num % 10 == 0 && c->t[i].num >= 1000 && c->t[i].num < 2200) {
        r_decade(r, (int)c->t[i].num);
        return 1;
    }
    if (is_p(c, i, '\'') && i + 1 < c->n && glued(c, i + 1) &&
        c->t[i + 1].kind == K_NUM && c->t[i + 1].decade && c->t[i + 1].ndig == 2 &&
        c->t[i + 1].num % 10 == 0) {
        r_decade(r, 1900 + (int)c->t[i + 1].num);
        return 2;
    }
    /* "the 20th century" -> "19" */
    {
        int j2 = i + (cls(c, i) == W_THE);
        if (j2 < c->n && c->t[j2].kind == K_NUM && c->t[j2].ordsuf && c->t[j2].num >= 1 &&
            c->t[j2].num <= 21 && is_w(c, j2 + 1, "century")) {
            int cy = (int)c->t[j2].num - 1;
            snprintf(r->value, sizeof r->value, "%02d", cy);
            dz_date_format(r->begin, cy * 100 > 0 ? cy * 100 : 1, 1, 1);
            dz_date_format(r->end, cy * 100 + 99, 12, 31);
            r->prec = DZ_PREC_YEAR;
            return j2 + 2 - i;
        }
    }
    /* "year end", "year's end" */
    if (is_w(c, i, "year") && c->have_base &&
        (is_w(c, i + 1, "end") || (is_p(c, i + 1, '\'') && is_w(c, i + 2, "s") &&
                                   is_w(c, i + 3, "end")))) {
        r_year(r, c->by);
        r_narrow(r, 3);
        r->relative = 1;
        return is_w(c, i + 1, "end") ? 2 : 4;
    }
    /* a year */
    if (year_at(c, i, &y)) {
        /* a year needs context: not "1,200 people"-like counts. Accept
        ** 1900..2100 freely, other years only after in/since/of/by. */
        if (y < 1900 || y > 2100) {
            if (!(i > 0 && (is_w(c, i - 1, "in") || is_w(c, i - 1, "since"))))
                return 0;
        }
        /* "2000 people", "1990 cars": a plural noun right after is a count */
        if (i + 1 < c->n && c->t[i + 1].kind == K_WORD && !c->t[i + 1].cap &&
            !cls(c, i + 1)) {
            size_t n = strlen(c->t[i + 1].w);
            if (n > 3 && c->t[i + 1].w[n - 1] == 's' && c->t[i + 1].w[n - 2] != 's' &&
                !is_w(c, i + 1, "was") && !is_w(c, i + 1, "has") &&
                !is_w(c, i + 1, "is"))
                return 0;
        }
        r_year(r, y);
        return 1;
    }
    return 0;
}

/* Day number of holiday h in year y (Western Easter by the anonymous
** Gregorian algorithm). */
static long holiday_days(int h, int y)
{
    int wd;
    switch (h) {
    case H_CHRISTMAS: return days_of(y, 12, 25);
    case H_NEWYEAR: return days_of(y, 1, 1);
    case H_HALLOWEEN: return days_of(y, 10, 31);
    case H_VALENTINE: return days_of(y, 2, 14);
    case H_INDEPENDENCE: return days_of(y, 7, 4);
    case H_THANKSGIVING:                      /* fourth Thursday of November */
        wd = dz_date_weekday(y, 11, 1);
        return days_of(y, 11, 1) + (3 - wd + 7) % 7 + 21;
    case H_LABOR:                             /* first Monday of September */
        wd = dz_date_weekday(y, 9, 1);
        return days_of(y, 9, 1) + (7 - wd) % 7;
    case H_MEMORIAL:                          /* last Monday of May */
        wd = dz_date_weekday(y, 5, 31);
        return days_of(y, 5, 31) - wd;
    case H_EASTER: {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - hh - k) % 7;
        int m = (a + 11 * hh + 22 * l) / 451;
        int month = (hh + l - 7 * m + 114) / 31, day = (hh + l - 7 * m + 114) % 31 + 1;
        return days_of(y, month, day);
    }
    default: return 0;
    }
}

/* Holidays: "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving
** [Day]", "Easter", "Labor Day", "Memorial Day", "Independence Day",
** "Halloween", "Valentine's Day"; optionally followed by a year. */
static int rule_holiday(const ctx *c, int i, res *r)
{
    int h, k = i + 1, y = 0, eve = 0;
    long days;
    if (is_w(c, i, "new") && c->t[i].cap && is_w(c, i + 1, "year") && c->t[i + 1].cap &&
        is_p(c, i + 2, '\'') && is_w(c, i + 3, "s")) {
        h = H_NEWYEAR;
        k = i + 4;
        if (is_w(c, k, "eve")) {
            eve = 1;
            k++;
        } else if (is_w(c, k, "day")) {
            k++;
        } else {
            return 0;
        }
    } else {
        if (cls(c, i) != W_HOLIDAY || !c->t[i].cap)
            return 0;
        h = c->t[i].val;
        if (h == H_VALENTINE) {
            if (!(is_p(c, k, '\'') && is_w(c, k + 1, "s") && is_w(c, k + 2, "day")))
                return 0;
            k += 3;
        } else if (h == H_INDEPENDENCE || h == H_LABOR || h == H_MEMORIAL) {
            if (!is_w(c, k, "day") || !c->t[k].cap)
                return 0;
            k++;
        } else if (is_w(c, k, "day") && c->t[k].cap) {
            k++;
        } else if (h == H_CHRISTMAS && is_w(c, k, "eve")) {
            eve = 1;
            k++;
        }
        /* "Easter Island", "Christmas tree" stay out: a lower-case or
        ** capitalised noun right after, other than the above */
        if (k == i + 1 && k < c->n && c->t[k].kind == K_WORD && c->t[k].sp &&
            !cls(c, k) && !is_w(c, k, "and") && !is_w(c, k, "or"))
            return 0;
    }
    if (year_at(c, k, &y))
        k++;
    else if (is_p(c, k, ',') && year_at(c, k + 1, &y))
        k += 2;
    if (!y) {
        long d0;
        int ts;
        if (!c->have_base) {
            strcpy(r->value, "XXXX-XX-XX");
            r->prec = DZ_PREC_DAY;
            r->relative = r->unresolved = 1;
            return k - i;
        }
        ts = tense_at(c, i, k);
        y = c->by;
        d0 = h == H_NEWYEAR && eve ? days_of(y, 12, 31) : holiday_days(h, y) - (eve ? 1 : 0);
        if (ts == TENSE_PAST && d0 > c->base)
            y--;
        else if (ts == TENSE_FUTURE && d0 < c->base)
            y++;
        else if (!ts && d0 - c->base > 183)
            y--;
        else if (!ts && c->base - d0 > 183)
            y++;
        r->relative = 1;
    }
    if (y < 1583 || y > 9999)
        return 0;
    days = h == H_NEWYEAR && eve ? days_of(y, 12, 31) : holiday_days(h, y) - (eve ? 1 : 0);
    r_day(r, days);
    return k - i;
}

/* Weekday [part of day], with "last"/"next"/"this" handled by rule_rel. */
static int rule_weekday(const ctx *c, int i, res *r, int dir)
{
    int wd, k = 1, tense;
    long days;
    if (cls(c, i) != W_WDAY || c->t[i].plural)
        return 0;
    if (!c->t[i].cap && !dir &&
        !(i > 0 && (is_w(c, i - 1, "on") || is_w(c, i - 1, "since") ||
                    is_w(c, i - 1, "until") || is_w(c, i - 1, "by"))) &&
        !(cls(c, i + 1) == W_PART && !c->t[i + 1].plural))
        return 0;           /* a weekday in lower case only after a
                            ** preposition of time ("stopped selling ...
                            ** on tuesday") or before a part of the day
                            ** ("will address the nation wednesday night") */
    wd = c->t[i].val;
    /* "Friday, Oct. 23" / "Friday (Oct. 23)": the explicit date wins */
    {
        res r2;
        int j = i + 1, k2;
        if (is_p(c, j, ',') || is_p(c, j, '('))
            j++;
        memset(&r2, 0, sizeof r2);
        if (j < c->n && (k2 = rule_absolute(c, j, &r2)) && r2.prec == DZ_PREC_DAY) {
            *r = r2;
            j += k2;
            if (is_p(c, j, ')'))
                j++;
            return j - i;
        }
    }
    if (!c->have_base) {
        snprintf(r->value, sizeof r->value, "XXXX-WXX-%d", wd + 1);
        r->prec = DZ_PREC_DAY;
        r->relative = 1;
        r->unresolved = 1;
    } else {
        tense = dir < 0 ? TENSE_PAST : dir > 0 ? TENSE_FUTURE : tense_at(c, i, i + 1);
        days = weekday_days(c, wd, tense, dir != 0);
        r_day(r, days);
        r->relative = 1;
    }
    if (cls(c, i + 1) == W_PART && !c->t[i + 1].plural) {
        static const char *const part[] = { "TMO", "TAF", "TEV", "TNI" };
        if (!r->unresolved)
            strncat(r->value, part[c->t[i + 1].val], sizeof r->value - strlen(r->value) - 1);
        k = 2;
    }
    return k;
}

/* Is "this weekend" at token a the one just gone: told on a weekday with
** a verb in the simple past right before it in its clause ("Spanish
** farmers ... staged protest rallies this weekend", a Monday story)? Not
** after a modal ("could be finalized and announced this weekend"), nor
** with a present that means the future ("who flies to Washington this
** weekend"). On a Saturday or a Sunday the weekend of the base is still
** this one. */
static int past_weekend(const ctx *c, int a)
{
    static const char *const modal[] = { "could", "would", "will", "may", "might",
        "should", "can", "must", "to", "be", "shall" };
    int bw = (int)(((c->base + 3) % 7 + 7) % 7), i, k;
    if (!c->have_base || bw >= 5)
        return 0;
    for (i = a - 1; i >= 0 && i >= a - 6; i--) {
        int ts;
        if (c->t[i].kind == K_PUNCT || sentence_end(c, i + 1))
            return 0;
        if (!(ts = word_tense(c, i)))
            continue;
        if (ts != TENSE_PAST)
            return 0;
        for (k = i - 1; k >= 0 && k >= i - 4 && c->t[k].kind == K_WORD; k--)
            if (in_list(c->t[k].w, modal, sizeof modal / sizeof *modal))
                return 0;
        return 1;
    }
    return 0;
}

/* The unit words that name a calendar period for last/this/next. */
static int calendar_unit(int u)
{
    return u == U_DAY || u == U_WEEK || u == U_WEEKEND || u == U_MONTH ||
           u == U_QUARTER || u == U_YEAR || u == U_DECADE || u == U_CENTURY;
}

/* Period of the base shifted by dir units (dir -1 last, 0 this, 1 next). */
static void r_period(const ctx *c, res *r, int u, int dir)
{
    int y, m, d;
    long days = c->base;
    switch (u) {
    case U_DAY: r_day(r, c->base + dir); break;
    case U_WEEK: r_week(r, c->base + 7 * dir); break;
    case U_WEEKEND: {
        int bw = (int)(((c->base + 3) % 7 + 7) % 7);
        long sat;
        int wy, w;
        if (dir < 0)
            sat = c->base - bw - 2;           /* the weekend before this week */
        else if (dir > 0)
            sat = c->base - bw + 12;
        else
            sat = c->base - bw + 5;
        if (dir < 0 && bw >= 5)
            sat = c->base - bw + 5 - 7;
        w = iso_week(sat, &wy);
        snprintf(r->value, sizeof r->value, "%04d-W%02d-WE", wy, w);
        fmt_days(r->begin, sat);
        fmt_days(r->end, sat + 1);
        r->prec = DZ_PREC_WEEK;
        break;
    }
    case U_MONTH:
        dz_days_to_date(days, &y, &m, &d);
        dz_date_add_months(&y, &m, &d, dir);
        r_month(r, y, m);
        break;
    case U_QUARTER: {
        int q = (c->bm - 1) / 3 + 1 + dir;
        y = c->by;
        if (q < 1) q += 4, y--;
        if (q > 4) q -= 4, y++;
        r_quarter(r, y, q);
        break;
    }
    case U_YEAR: r_year(r, c->by + dir); break;
    case U_DECADE: r_decade(r, (c->by / 10 + dir) * 10); break;
    case U_CENTURY:
        y = (c->by / 100 + dir) * 100;
        snprintf(r->value, sizeof r->value, "%02d", y / 100);
        dz_date_format(r->begin, y, 1, 1);
        dz_date_format(r->end, y + 99, 12, 31);
        r->prec = DZ_PREC_YEAR;
        break;
    default: break;
    }
}

static int rule_deictic(const ctx *c, int i, res *r);
static int rule_absolute(const ctx *c, int i, res *r);

/* Relative expressions that start with last/this/next/past/coming/early/
** late/mid/earlier/later, and "N units ago", "the past N units", ... */
static int rule_relative(ctx *c, int i, res *r)
{
    int j = i, the = 0, pos = 0, k;
    long n;
    int approx = 0;
    if (cls(c, j) == W_APPROX) {
        long dummy;
        approx = 1;
        j++;
        if (!number_at(c, j, &dummy, 1) && cls(c, j) != W_VAGUE)
            return 0;
    }
    if (cls(c, j) == W_THE && !approx) {
        the = 1;
        j++;
    }
    /* early / mid / late / the end of / the beginning of */
    if (cls(c, j) == W_POS) {
        pos = c->t[j].val;
        j++;
        if (is_p(c, j, '-') && glued(c, j))
            j++;
        else if (the && is_w(c, j, "of")) {
            j++;
            if (cls(c, j) == W_THE)
                j++;
        }
    } else if (the && (is_w(c, j, "end") || is_w(c, j, "beginning") ||
                       is_w(c, j, "start") || is_w(c, j, "middle")) && is_w(c, j + 1, "of")) {
        pos = is_w(c, j, "end") ? 3 : is_w(c, j, "middle") ? 2 : 1;
        j += 2;
        if (cls(c, j) == W_THE)
            j++;
    }
    /* "the weekend": the one before the base in a past-tense sentence */
    if (the && !pos && is_w(c, j, "weekend") && c->have_base) {
        int ts = tense_at(c, i, j + 1);
        r_period(c, r, U_WEEKEND, ts == TENSE_FUTURE ? 0 : -1);
        r->relative = 1;
        return j + 1 - i;
    }
    /* "the end of the year": the base's year / month / week */
    if (pos && j > i && cls(c, j - 1) == W_THE && cls(c, j) == W_UNIT && !c->t[j].plural &&
        (c->t[j].val == U_YEAR || c->t[j].val == U_MONTH || c->t[j].val == U_WEEK) &&
        c->have_base) {
        r_period(c, r, c->t[j].val, 0);
        r_narrow(r, pos);
        r->relative = 1;
        return j + 1 - i;
    }
    /* "earlier this year", "later this month" */
    if (cls(c, j) == W_AGO && (c->t[j].val == 2 || c->t[j].val == 3) &&
        cls(c, j + 1) == W_THIS && cls(c, j + 2) == W_UNIT) {
        pos = c->t[j].val == 2 ? 1 : 3;
        j++;
    }
    /* "later in the week", "earlier in the month": the base's own week or
    ** month, narrowed as "later this week" is (not the year: "later in
    ** the year" follows a past year told before as often as the base's) */
    if (!pos && cls(c, j) == W_AGO && (c->t[j].val == 2 || c->t[j].val == 3) &&
        is_w(c, j + 1, "in") && cls(c, j + 2) == W_THE && cls(c, j + 3) == W_UNIT &&
        !c->t[j + 3].plural && (c->t[j + 3].val == U_WEEK || c->t[j + 3].val == U_MONTH) &&
        c->have_base) {
        r_period(c, r, c->t[j + 3].val, 0);
        r_narrow(r, c->t[j].val == 2 ? 1 : 3);
        r->relative = 1;
        return j + 4 - i;
    }
    /* "this past week" is "last week" */
    if (cls(c, j) == W_THIS && c->t[j].val == 0 && is_w(c, j + 1, "past"))
        j++;
    /* last / this / next + unit | weekday | month | season */
    if ((cls(c, j) == W_LAST && c->t[j].val != 4) || cls(c, j) == W_THIS ||
        (cls(c, j) == W_NEXT && c->t[j].val != 2)) {
        int dir = cls(c, j) == W_LAST ? -1 : cls(c, j) == W_THIS ? 0 : 1;
        int w = j + 1, m, kk;
        long nn;
        /* "the past 20 years", "the last two weeks", "the next 14 months":
        ** durations; "the last month": a duration back from the base. */
        if (dir != 0 && (kk = number_at(c, w, &nn, 0)) && cls(c, w + kk) == W_UNIT) {
            int u = c->t[w + kk].val;
            r_duration(r, nn, u);
            if (c->have_base) {
                long b = shift_days(c->base, u, dir * nn);
                if (dir < 0) { fmt_days(r->begin, b); fmt_days(r->end, c->base); }
                else { fmt_days(r->begin, c->base); fmt_days(r->end, b); }
            }
            r->relative = 1;
            set_rel(c, r);
            return w + kk + 1 - i;
        }
        if (dir > 0 && cls(c, w) == W_UNIT && c->t[w].plural) {
            /* "the coming weeks" */
            r_duration(r, -1, c->t[w].val);
            set_rel(c, r);
            return w + 1 - i;
        }
        if (dir != 0 && (cls(c, w) == W_VAGUE || is_w(c, w, "few")) ) {
            int kk2 = 1;
            if (is_w(c, w + 1, "of")) kk2 = 2;
            if (cls(c, w + kk2) == W_UNIT && c->t[w + kk2].plural) {
                r_duration(r, -1, c->t[w + kk2].val);
                set_rel(c, r);
                return w + kk2 + 1 - i;
            }
        }
        if (cls(c, w) == W_UNIT && !c->t[w].plural && (calendar_unit(c->t[w].val) ||
            (c->t[w].val == U_PERIOD && c->t[j].val == 2))) {
            int u = c->t[w].val;
            if (dir == 0 && u == U_DAY)
                return 0;
            if (!c->have_base) {
                r->relative = 1;
                r->unresolved = 1;
                strcpy(r->value, "XXXX");
                r->prec = DZ_PREC_VAGUE;
                return w + 1 - i;
            }
            if (the && dir < 0 && cls(c, j) == W_LAST && c->t[j].val <= 1 &&
                u != U_QUARTER) {
                /* "the last month", "the past week": TimeML values it as
                ** the previous period; the range rolls back from the base */
                r_period(c, r, u, -1);
                fmt_days(r->begin, shift_days(c->base, u, -1));
                fmt_days(r->end, c->base);
                r->relative = 1;
                return w + 1 - i;
            }
            if (cls(c, j) == W_LAST && c->t[j].val == 2 && (u == U_QUARTER || u == U_PERIOD)) {
                /* "the latest quarter": the last one reported */
                r_period(c, r, U_QUARTER, -1);
            } else if (dir == 0 && u == U_WEEKEND && past_weekend(c, i)) {
                r_period(c, r, u, -1);  /* "staged protest rallies this
                                        ** weekend", told on a Monday */
            } else {
                r_period(c, r, u, dir);
            }
            r_narrow(r, pos);
            r->relative = 1;
            k = w + 1 - i;
            /* "this year's third quarter" */
            if (u == U_YEAR && is_p(c, w + 1, '\'') && is_w(c, w + 2, "s") &&
                cls(c, w + 3) == W_ORD && is_w(c, w + 4, "quarter")) {
                int q = c->t[w + 3].val;
                if (q >= 1 && q <= 4) {
                    r_quarter(r, c->by + dir, q);
                    c->last_qy = c->by + dir; c->last_q = q;
                    return w + 5 - i;
                }
            }
            return k;
        }
        /* last night */
        if (dir < 0 && is_w(c, w, "night") && j == i) {
            if (!c->have_base)
                return 0;
            r_day(r, c->base - 1);
            strcat(r->value, "TNI");
            r->type = TY_TIME;
            r->relative = 1;
            return w + 1 - i;
        }
        /* last Friday, next Monday */
        if (cls(c, w) == W_WDAY && (kk = rule_weekday(c, w, r, dir == 0 ? 1 : dir))) {
            if (dir == 0 && c->have_base) {
                /* "this Friday": the one of the base's week */
                int bw = (int)(((c->base + 3) % 7 + 7) % 7);
                r_day(r, c->base - bw + c->t[w].val);
            }
            return w + kk - i;
        }
        /* last November, this spring, next summer */
        if ((kk = month_at(c, w, &m)) || (cls(c, w) == W_MONTH && (m = c->t[w].val) && (kk = 1))) {
            if (!c->have_base) {
                snprintf(r->value, sizeof r->value, "XXXX-%02d", m);
                r->prec = DZ_PREC_MONTH;
                r->relative = r->unresolved = 1;
                return w + kk - i;
            }
            if (dir < 0)
                r_month(r, m < c->bm ? c->by : c->by - 1, m);
            else if (dir > 0)
                r_month(r, m > c->bm ? c->by : c->by + 1, m);
            else
                r_month(r, c->by, m);
            r_narrow(r, pos);
            r->relative = 1;
            return w + kk - i;
        }
        if (cls(c, w) == W_SEASON) {
            int s = c->t[w].val;
            if (!c->have_base) {
                static const char *const code[] = { "SP", "SU", "FA", "WI" };
                snprintf(r->value, sizeof r->value, "XXXX-%s", code[s]);
                r->prec = DZ_PREC_SEASON;
                r->relative = r->unresolved = 1;
                return w + 1 - i;
            }
            r_season(r, season_year(c, s, dir), s);
            r_narrow(r, pos);
            r->relative = 1;
            return w + 1 - i;
        }
        /* "in recent years", "recent weeks" */
        return 0;
    }
    /* "recent years/months/weeks/days" */
    if (cls(c, j) == W_LAST && c->t[j].val == 4 && cls(c, j + 1) == W_UNIT &&
        c->t[j + 1].plural) {
        int u = c->t[j + 1].val;
        r_duration(r, -1, u == U_QUARTER ? U_MONTH : u);
        if (c->have_base) {
            fmt_days(r->begin, shift_days(c->base, u, -3));
            fmt_days(r->end, c->base);
        }
        set_rel(c, r);
        return j + 2 - i;
    }
    /* "coming weeks", "the coming months" */
    if (cls(c, j) == W_NEXT && c->t[j].val == 0 && cls(c, j + 1) == W_UNIT &&
        c->t[j + 1].plural) {
        r_duration(r, -1, c->t[j + 1].val);
        set_rel(c, r);
        return j + 2 - i;
    }
    /* early / late / mid + absolute or season: "late 2022", "early
    ** January", "mid-1990s", "late last week" handled above */
    if (pos) {
        res r2;
        memset(&r2, 0, sizeof r2);
        if ((k = rule_absolute(c, j, &r2)) && r2.prec != DZ_PREC_DAY) {
            *r = r2;
            r_narrow(r, pos);
            return j + k - i;
        }
        if (cls(c, j) == W_SEASON) {
            int s = c->t[j].val, y;
            if (year_at(c, j + 1, &y)) {
                r_season(r, y, s);
                r_narrow(r, pos);
                return j + 2 - i;
            }
        }
        if ((cls(c, j) == W_DEICTIC && c->t[j].val <= D_TONIGHT) ||
            (cls(c, j) == W_WDAY && c->t[j].cap)) {
            res r3;
            memset(&r3, 0, sizeof r3);
            k = cls(c, j) == W_WDAY ? rule_weekday(c, j, &r3, 0) : rule_deictic(c, j, &r3);
            if (k && !the) {
                *r = r3;
                return j + k - i;
            }
        }
        return 0;
    }
    /* "Earlier Sunday", "later yesterday" */
    if (cls(c, j) == W_AGO && (c->t[j].val == 2 || c->t[j].val == 3) && !the &&
        ((cls(c, j + 1) == W_DEICTIC && c->t[j + 1].val <= D_TONIGHT) ||
         (cls(c, j + 1) == W_WDAY && c->t[j + 1].cap))) {
        res r2;
        memset(&r2, 0, sizeof r2);
        k = cls(c, j + 1) == W_WDAY ? rule_weekday(c, j + 1, &r2, 0) :
            rule_deictic(c, j + 1, &r2);
        if (k) {
            *r = r2;
            return j + 1 + k - i;
        }
    }
    /* N units ago / earlier / later: "two weeks ago", "a year earlier" */
    if ((k = number_at(c, j, &n, 1)) || cls(c, j) == W_VAGUE) {
        int vague = 0, w;
        if (k == 1 && cls(c, j) == W_A && cls(c, j + 1) == W_VAGUE) {
            j++;                    /* "a few years ago" */
            k = 0;
        }
        if (!k) {
            vague = 1;
            k = 1;
            if (is_w(c, j + 1, "of"))
                k = 2;
        }
        w = j + k;
        if (cls(c, w) == W_UNIT && cls(c, w + 1) == W_AGO && c->t[w + 1].val <= 3) {
            int u = c->t[w].val, dir = c->t[w + 1].val == 3 ? 1 : -1;
            if (!c->have_base) {
                strcpy(r->value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
                r->prec = DZ_PREC_VAGUE;
                r->relative = r->unresolved = 1;
                return w + 2 - i;
            }
            if (vague) {
                long lo = shift_days(c->base, u, dir * 6), hi = shift_days(c->base, u, dir * 2);
                r_ref(r, c, dir);
                if (dir < 0) { fmt_days(r->begin, lo); fmt_days(r->end, hi); }
                else { fmt_days(r->begin, hi); fmt_days(r->end, lo); }
            } else if (u == U_YEAR && c->last_q && i - c->last_q_tok < QUARTER_WINDOW &&
                       (c->t[w + 1].val == 1 || c->t[w + 1].val == 2)) {
                /* earnings news: "a year ago" is the same quarter a year back */
                r_quarter(r, c->last_qy - (int)n, c->last_q);
            } else {
                r_point(r, shift_days(c->base, u, dir * n), u);
            }
            r->relative = 1;
            if (the)
                return 0;
            return w + 2 - i;
        }
    }
    return 0;
}

/* Quarters and halves: "the third quarter", "third-quarter", "the first
** half", "the fourth quarter of 1988", "fiscal 1989", "the year-earlier
** quarter", "year-ago", "the 1988 period". */
static int rule_quarter(ctx *c, int i, res *r)
{
    int j = i, q, y, k;
    if (cls(c, j) == W_THE)
        j++;
    if (cls(c, j) == W_FISCAL && year_at(c, j + 1, &y)) {
        r_year(r, y);
        return j + 2 - i;
    }
    /* the 1988 period / the 1988 quarter / the 1988 second quarter */
    if (j > i && year_at(c, j, &y)) {
        if (is_w(c, j + 1, "period")) {
            r_year(r, y);
            return j + 2 - i;
        }
        if (is_w(c, j + 1, "quarter")) {
            if (!c->last_q)
                return 0;
            r_quarter(r, y, c->last_q);
            return j + 2 - i;
        }
        if (cls(c, j + 1) == W_ORD && c->t[j + 1].val <= 4 && is_w(c, j + 2, "quarter")) {
            r_quarter(r, y, c->t[j + 1].val);
            return j + 3 - i;
        }
    }
    /* the first / second / last half of 1989 */
    if ((cls(c, j) == W_ORD || is_w(c, j, "last")) && is_w(c, j + 1, "half") &&
        is_w(c, j + 2, "of") && year_at(c, j + 3, &y)) {
        r_half(r, y, is_w(c, j, "first") ? 1 : 2);
        return j + 4 - i;
    }
    /* the full year, the fiscal year, the current fiscal year */
    if (j > i && (is_w(c, j, "full") || cls(c, j) == W_FISCAL) && is_w(c, j + 1, "year") &&
        c->have_base) {
        if (is_w(c, j, "full")) {
            r_year(r, c->by);
            r->relative = 1;
        } else {
            r_duration(r, 1, U_YEAR);
        }
        return j + 2 - i;
    }
    if (j > i && cls(c, j) == W_THIS && cls(c, j + 1) == W_FISCAL && is_w(c, j + 2, "year") &&
        c->have_base) {
        r_year(r, c->by);
        r->relative = 1;
        return j + 3 - i;
    }
    if (cls(c, j) == W_FISCAL && (cls(c, j + 1) == W_ORD ||
                                  (is_p(c, j + 1, '-') && cls(c, j + 2) == W_ORD))) {
        int k2 = rule_quarter(c, j + 1 + is_p(c, j + 1, '-'), r);
        return k2 ? j + 1 + is_p(c, j + 1, '-') + k2 - i : 0;
    }
    /* year-earlier / year-ago [quarter|period] */
    if ((is_w(c, j, "year") && is_p(c, j + 1, '-') && glued(c, j + 1) &&
         (is_w(c, j + 2, "earlier") || is_w(c, j + 2, "ago")) && glued(c, j + 2))) {
        k = j + 3;
        if (cls(c, k) == W_ORD && is_w(c, k + 1, "quarter"))
            k += 2, q = c->t[k - 2].val;
        else if (is_w(c, k, "quarter") || is_w(c, k, "period"))
            k += 1, q = 0;
        else {
            q = 0;
            if (j > i)
                return 0;
        }
        if (!c->have_base) {
            strcpy(r->value, "XXXX");
            r->relative = r->unresolved = 1;
            return k - i;
        }
        if (q >= 1 && q <= 4)
            r_quarter(r, c->by - 1, q);
        else if (c->last_q)
            r_quarter(r, c->last_qy - 1, c->last_q);
        else
            r_year(r, c->by - 1);
        r->relative = 1;
        return k - i;
    }
    /* "the quarter", "the year-ago quarter" handled above */
    if (j > i && is_w(c, j, "quarter") && !(j + 1 < c->n && is_p(c, j + 1, '-'))) {
        if (!c->have_base)
            return 0;
        if (c->last_q && i - c->last_q_tok < QUARTER_WINDOW * 2)
            r_quarter(r, c->last_qy, c->last_q);
        else
            r_period(c, r, U_QUARTER, -1);
        r->relative = 1;
        return j + 1 - i;
    }
    if (cls(c, j) == W_ORD && c->t[j].val <= 4) {
        q = c->t[j].val;
        k = j + 1;
        if (is_p(c, k, '-') && glued(c, k))
            k++;
        if (is_w(c, k, "quarter") || (is_w(c, k, "half") && q <= 2)) {
            int half = is_w(c, k, "half");
            if (j > i && k == j + 2 && k + 1 < c->n && c->t[k + 1].kind == K_WORD &&
                !cls(c, k + 1) && !is_w(c, k + 1, "of"))
                return 0;           /* "the third-quarter loss": at j */
            int yy = 0;
            k++;
            if (is_w(c, k, "of") && year_at(c, k + 1, &yy))
                k += 2;
            else if (is_w(c, k, "of") && cls(c, k + 1) == W_FISCAL &&
                     year_at(c, k + 2, &yy))
                k += 3;
            else if (year_at(c, k, &yy))
                k += 1;
            if (!yy) {
                if (!c->have_base) {
                    snprintf(r->value, sizeof r->value, half ? "XXXX-H%d" : "XXXX-Q%d", q);
                    r->prec = DZ_PREC_SEASON;
                    r->relative = r->unresolved = 1;
                    return k - i;
                }
                yy = c->by;
                if (!half && q > (c->bm - 1) / 3 + 1 &&
                    tense_at(c, i, k) != TENSE_FUTURE)
                    yy--;
                r->relative = 1;
            }
            if (half)
                r_half(r, yy, q);
            else {
                r_quarter(r, yy, q);
                c->last_qy = yy; c->last_q = q; c->last_q_tok = i;
            }
            return k - i;
        }
    }
    /* 1988 third quarter */
    return 0;
}

/* Seasons alone or with a year: "summer 1998", "the summer", "this fall"
** is in rule_relative. */
static int rule_season(const ctx *c, int i, res *r)
{
    int j = i, y, s, k;
    if (cls(c, j) == W_THE)
        j++;
    if (cls(c, j) != W_SEASON || c->t[j].plural)
        return 0;
    s = c->t[j].val;
    if (year_at(c, j + 1, &y)) {
        r_season(r, y, s);
        return j + 2 - i;
    }
    if (is_w(c, j + 1, "of") && (k = year_words_at(c, j + 2, &y))) {
        r_season(r, y, s);
        return j + 2 + k - i;
    }
    /* "fall" is a verb and "spring" a noun too often: only after "the" or
    ** "in"/"this"-less prepositions */
    if (s == 2 || s == 0) {
        if (!(i > 0 && (is_w(c, i - 1, "in") || is_w(c, i - 1, "by") ||
                        is_w(c, i - 1, "until") || is_w(c, i - 1, "since"))))
            return 0;
    }
    if (!c->have_base) {
        static const char *const code[] = { "SP", "SU", "FA", "WI" };
        snprintf(r->value, sizeof r->value, "XXXX-%s", code[s]);
        r->prec = DZ_PREC_SEASON;
        r->relative = r->unresolved = 1;
        return j + 1 - i;
    }
    {
        int t = tense_at(c, i, j + 1);
        r_season(r, season_year(c, s, t == TENSE_PAST ? -1 : t == TENSE_FUTURE ? 1 : 0), s);
        if (t == TENSE_PAST && season_of_month(c->bm) == s)
            r_season(r, c->by, s);
        if (t == TENSE_FUTURE && season_of_month(c->bm) == s)
            r_season(r, c->by, s);
    }
    r->relative = 1;
    return j + 1 - i;
}

/* today, yesterday, tomorrow, tonight, now, currently, recently, soon,
** the past, the future, [this|yesterday] morning, ... */
static int rule_deictic(const ctx *c, int i, res *r)
{
    int j = i, the = 0, dv;
    if (cls(c, j) == W_THE) {
        the = 1;
        j++;
    }
    if (the && is_w(c, j, "past") && !(j + 1 < c->n && c->t[j + 1].kind == K_WORD &&
                                     (cls(c, j + 1) == W_UNIT || cls(c, j + 1) == W_NUM ||
                                      cls(c, j + 1) == W_TENS || cls(c, j + 1) == W_VAGUE))) {
        if (j + 1 < c->n && c->t[j + 1].kind == K_NUM)
            return 0;
        r_ref(r, c, -1);
        set_rel(c, r);
        return j + 1 - i;
    }
    if (cls(c, j) == W_THIS && c->t[j].val == 0 && cls(c, j + 1) == W_PART &&
        !c->t[j + 1].plural) {
        static const char *const part[] = { "TMO", "TAF", "TEV", "TNI" };
        if (!c->have_base) {
            snprintf(r->value, sizeof r->value, "XXXX-XX-XX%s", part[c->t[j + 1].val]);
            r->type = TY_TIME;
            r->prec = DZ_PREC_DAY;
            r->relative = r->unresolved = 1;
            return j + 2 - i;
        }
        r_day(r, c->base);
        strncat(r->value, part[c->t[j + 1].val], sizeof r->value - strlen(r->value) - 1);
        r->type = TY_TIME;
        r->relative = 1;
        return j + 2 - i;
    }
    if ((is_w(c, j, "right") && is_w(c, j + 1, "now")) ||
        (is_w(c, j, "more") && is_w(c, j + 1, "recently")))
        j++;
    if (cls(c, j) != W_DEICTIC)
        return 0;
    dv = c->t[j].val;
    if (the && dv != D_FUTURE && dv != D_PAST)
        return 0;
    switch (dv) {
    case D_TODAY: case D_YESTERDAY: case D_TOMORROW: case D_TONIGHT: {
        int k = j + 1;
        long day = c->base + (dv == D_YESTERDAY ? -1 : dv == D_TOMORROW ? 1 : 0);
        if (!c->have_base) {
            strcpy(r->value, "XXXX-XX-XX");
            r->prec = DZ_PREC_DAY;
            r->relative = r->unresolved = 1;
            return k - i;
        }
        r_day(r, day);
        if (cls(c, k) == W_PART && k == j + 1 &&
            !c->t[k].plural) {
            static const char *const part[] = { "TMO", "TAF", "TEV", "TNI" };
            strncat(r->value, part[c->t[k].val], sizeof r->value - strlen(r->value) - 1);
            k++;
        }
        r->relative = 1;
        return k - i;
    }
    case D_NOW: case D_CURRENTLY: case D_NOWADAYS:
        /* "now" as in "now that" / "just now" is still the present */
        r_ref(r, c, 0);
        set_rel(c, r);
        return j + 1 - i;
    case D_RECENTLY: case D_PREVIOUSLY:
        r_ref(r, c, -1);
        set_rel(c, r);
        return j + 1 - i;
    case D_SOON:
        /* "as soon as", "soon after": a conjunction, not a time */
        if (is_w(c, j - 1, "as") || is_w(c, j + 1, "after"))
            return 0;
        r_ref(r, c, 1);
        set_rel(c, r);
        return j + 1 - i;
    case D_FUTURE:
        if (!the && !(i > 0 && (is_w(c, i - 1, "in") || is_w(c, i - 1, "near"))))
            return 0;
        r_ref(r, c, 1);
        set_rel(c, r);
        return j + 1 - i;
    default:
        return 0;
    }
}

/* Durations: "two weeks", "five-year", "24 hours", "a year", "several
** years", "the nine months", "the first nine months", "years", "decades".
** Also sets: "daily", "every week", "a year" after a price. */
static int rule_duration(const ctx *c, int i, res *r)
{
    int j = i, k, the = 0, approx = 0;
    long n;
    /* "twice a year", "three times a week", "once a month": sets */
    {
        int k2 = 0;
        long nn;
        if (is_w(c, j, "once") || is_w(c, j, "twice"))
            k2 = 1;
        else if ((k2 = number_at(c, j, &nn, 0)) && is_w(c, j + k2, "times"))
            k2++;
        else
            k2 = 0;
        if (k2 && (cls(c, j + k2) == W_A || is_w(c, j + k2, "per")) &&
            cls(c, j + k2 + 1) == W_UNIT && !c->t[j + k2 + 1].plural) {
            r_duration(r, 1, c->t[j + k2 + 1].val);
            r->type = TY_SET;
            return j + k2 + 2 - i;
        }
    }
    if (cls(c, j) == W_EVERY && cls(c, j + 1) == W_UNIT && !c->t[j + 1].plural) {
        if (is_w(c, j, "per"))
            return 0;
        r_duration(r, 1, c->t[j + 1].val);
        r->type = TY_SET;
        return 2;
    }
    if (cls(c, j) == W_SET) {
        if (c->t[j].plural)   /* "annual": an adjective, skip */
            return 0;
        /* "average daily volume": an adjective before its noun */
        if (j + 1 < c->n && c->t[j + 1].kind == K_WORD && !c->t[j + 1].cap &&
            !cls(c, j + 1) && c->t[j + 1].sp && strcmp(c->t[j + 1].w, "and") &&
            strcmp(c->t[j + 1].w, "or") && strcmp(c->t[j + 1].w, "basis"))
            return 0;
        r_duration(r, 1, c->t[j].val);
        r->type = TY_SET;
        return 1;
    }
    if (cls(c, j) == W_APPROX) {
        approx = 1;
        j++;
    } else if ((is_w(c, j, "more") || is_w(c, j, "less") || is_w(c, j, "fewer")) &&
               is_w(c, j + 1, "than")) {
        approx = 1;
        j += 2;
    }
    if (cls(c, j) == W_THE) {
        the = 1;
        j++;
    }
    if (the && cls(c, j) == W_ORD && c->t[j].val <= 2)
        j++;                      /* the first nine months */
    if ((k = number_at(c, j, &n, !the)) ) {
        int w = j + k, hy = 0;
        /* "a few days", "a couple of weeks" */
        if (cls(c, j) == W_A && cls(c, w) == W_VAGUE) {
            w++;
            if (is_w(c, w, "of"))
                w++;
            if (cls(c, w) == W_UNIT && c->t[w].plural) {
                r_duration(r, -1, c->t[w].val);
                return w + 1 - i;
            }
            return 0;
        }
        if (is_p(c, w, '-') && glued(c, w) && glued(c, w + 1)) {
            w++;
            hy = 1;
        }
        /* ranges: "two to three weeks", "12 to 18 months" */
        if (!hy && (is_w(c, w, "to") || is_w(c, w, "or"))) {
            long n2;
            int k2 = number_at(c, w + 1, &n2, 0);
            if (k2 && cls(c, w + 1 + k2) == W_UNIT) {
                r_duration(r, -1, c->t[w + 1 + k2].val);
                return w + 2 + k2 - i;
            }
        }
        if (cls(c, w) == W_UNIT && c->t[w].val != U_PERIOD) {
            int u = c->t[w].val;
            /* "52 years old", "a 136-year-old bank" */
            if (is_w(c, w + 1, "old") || (is_p(c, w + 1, '-') && is_w(c, w + 2, "old")))
                return 0;
            /* "a year-earlier quarter" is a date (rule_quarter) */
            if (is_p(c, w + 1, '-') && glued(c, w + 1) &&
                (is_w(c, w + 2, "earlier") || is_w(c, w + 2, "ago")))
                return 0;
            /* "$1.20 a year", "5% a year": a set */
            if (cls(c, j) == W_A && j > 0 && (is_p(c, j - 1, '%') || c->t[j - 1].kind == K_NUM ||
                                            is_w(c, j - 1, "million") || is_w(c, j - 1, "billion") ||
                                            is_w(c, j - 1, "percent") || is_w(c, j - 1, "cents"))) {
                r_duration(r, 1, u);
                r->type = TY_SET;
                return w + 1 - i;
            }
            if (u == U_QUARTER && !c->t[w].plural && !hy && n <= 4 && c->t[j].kind != K_NUM)
                return 0;
            if (n == 0 && c->t[j].kind == K_NUM && !hy)
                return 0;
            if (hy && c->t[w].plural && u == U_QUARTER)
                return 0;                     /* three-quarters */
            r_duration(r, n, u);
            if (hy && the)
                return 0;                     /* "the two-week": rule at j */
            return w + 1 - i;
        }
        return 0;
    }
    /* several years, many months, a few days */
    if (cls(c, j) == W_VAGUE && !the) {
        int w = j + 1;
        if (is_w(c, w, "of"))
            w++;
        if (cls(c, w) == W_UNIT && c->t[w].plural) {
            r_duration(r, -1, c->t[w].val);
            return w + 1 - i;
        }
        return 0;
    }
    /* bare plural units: "for years", "in recent decades", "weeks" */
    if (!the && !approx && cls(c, j) == W_UNIT && c->t[j].plural &&
        c->t[j].val != U_SEC && c->t[j].val != U_QUARTER) {
        if (i > 0 && (is_w(c, i - 1, "for") || is_w(c, i - 1, "in") ||
                      is_w(c, i - 1, "within") || is_w(c, i - 1, "over"))) {
            r_duration(r, -1, c->t[j].val);
            return j + 1 - i;
        }
    }
    if (the && j == i + 1 && is_w(c, j, "year") && !is_p(c, j + 1, '-') &&
        !is_p(c, j + 1, '\'') && cls(c, j + 1) != W_AGO && !is_w(c, j + 1, "before")) {
        r_duration(r, 1, U_YEAR);
        return 2;
    }
    return 0;
}

/* Clock times: "10:30 a.m.", "5 p.m.", "noon". */
static int rule_clock(const ctx *c, int i, res *r)
{
    int h, mi = 0, k;
    if (is_w(c, i, "noon") || is_w(c, i, "midnight")) {
        h = is_w(c, i, "noon") ? 12 : 24;
        k = i + 1;
        goto day;
    }
    if (c->t[i].kind != K_NUM || c->t[i].ndig > 2 || c->t[i].num > 24)
        return 0;
    h = (int)c->t[i].num;
    k = i + 1;
    if (is_p(c, k, ':') && glued(c, k) && k + 1 < c->n && glued(c, k + 1) &&
        c->t[k + 1].kind == K_NUM && c->t[k + 1].ndig == 2 && c->t[k + 1].num < 60) {
        mi = (int)c->t[k + 1].num;
        k += 2;
    } else if (!(is_w(c, k, "a") || is_w(c, k, "p") || is_w(c, k, "am") ||
                 is_w(c, k, "pm"))) {
        return 0;
    }
    if ((is_w(c, k, "a") || is_w(c, k, "p")) && is_p(c, k + 1, '.') &&
        is_w(c, k + 2, "m")) {
        if (is_w(c, k, "p") && h < 12)
            h += 12;
        if (is_w(c, k, "a") && h == 12)
            h = 0;
        k += 3;
        if (is_p(c, k, '.') && glued(c, k))
            k++;
    } else if (is_w(c, k, "am") || is_w(c, k, "pm")) {
        if (is_w(c, k, "pm") && h < 12)
            h += 12;
        k++;
    } else if (k == i + 1) {
        return 0;
    }
    if (h > 23)
        return 0;
day:
    /* a time zone, then the day: "5 p.m. EST, Nov. 6", "noon Thursday" */
    {
        int j = k, kd = 0;
        res rd;
        if (c->t[j < c->n ? j : 0].kind == K_WORD && j < c->n && c->t[j].cap &&
            strlen(c->t[j].w) == 3 && c->t[j].w[2] == 't')
            j++;                                    /* EST, GMT, PDT */
        if (is_p(c, j, ','))
            j++;
        memset(&rd, 0, sizeof rd);
        if (j < c->n && ((cls(c, j) == W_WDAY && (kd = rule_weekday(c, j, &rd, 0))) ||
                         (cls(c, j) == W_DEICTIC && (kd = rule_deictic(c, j, &rd))) ||
                         ((cls(c, j) == W_MONTH || cls(c, j) == W_MONABBR) &&
                          (kd = rule_absolute(c, j, &rd)))) &&
            rd.prec == DZ_PREC_DAY && !rd.unresolved && strlen(rd.value) >= 10) {
            *r = rd;
            r->type = TY_TIME;
            if (h == 24)
                snprintf(r->value + 10, sizeof r->value - 10, "T24");
            else if (mi || !(is_w(c, i, "noon")))
                snprintf(r->value + 10, sizeof r->value - 10, "T%02d:%02d", h, mi);
            else
                snprintf(r->value + 10, sizeof r->value - 10, "T12:00");
            return j + kd - i;
        }
        if (h == 24 || is_w(c, i, "noon"))
            return 0;
    }
    r->type = TY_TIME;
    if (c->have_base) {
        r_day(r, c->base);
        snprintf(r->value + 10, sizeof r->value - 10, "T%02d:%02d", h, mi);
        r->relative = 1;
    } else {
        snprintf(r->value, sizeof r->value, "XXXX-XX-XXT%02d:%02d", h, mi);
        r->prec = DZ_PREC_DAY;
        r->relative = r->unresolved = 1;
    }
    return k - i;
}

/* The longest expression starting at token i: *r filled, returns tokens. */
static int match_at(ctx *c, int i, res *r)
{
    res cand;
    int best = 0, k;
    const tok *t = &c->t[i];
    /* quick reject: most tokens start nothing */
    if (t->kind == K_PUNCT && t->w[0] != '\'')
        return 0;
    if (t->kind == K_WORD && t->cls == W_NONE)
        return 0;
#define TRY(call) do { memset(&cand, 0, sizeof cand); k = (call); \
        if (k > best) { best = k; *r = cand; } } while (0)
    TRY(rule_relative(c, i, &cand));
    TRY(rule_quarter(c, i, &cand));
    TRY(rule_absolute(c, i, &cand));
    TRY(rule_weekday(c, i, &cand, 0));
    TRY(rule_season(c, i, &cand));
    TRY(rule_deictic(c, i, &cand));
    TRY(rule_duration(c, i, &cand));
    TRY(rule_clock(c, i, &cand));
    TRY(rule_holiday(c, i, &cand));
#undef TRY
    return best;
}

/* Sentence holding byte offset off, or -1 (binary search). */
static int sentence_of(const dz_analysis *a, int32_t off)
{
    int lo = 0, hi = a->nsentences - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (off < a->sentences[mid].start)
            hi = mid - 1;
        else if (off >= a->sentences[mid].end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

static int ctx_base(ctx *c, const char *published)
{
    c->have_base = 0;
    if (published && published[0] &&
        dz_date_parse(published, &c->by, &c->bm, &c->bd) == 0) {
        c->base = days_of(c->by, c->bm, c->bd);
        c->have_base = 1;
    }
    return c->have_base;
}

static int find_chunk(dz_analysis *a, ctx *c);

int timex_find(dz_analysis *a)
{
    ctx c;
    tok *toks = NULL;
    int cap = 0;
    size_t from = 0, to;
    lex_index lx;
    memset(&c, 0, sizeof c);
    lex_index_init(&lx);
    if (!a->text || a->len == 0)
        return 0;
    if (a->len > (size_t)INT32_MAX - 8)
        return 0;
    c.text = a->text;
    c.sent = a->sentences;
    c.nsent = a->nsentences;
    ctx_base(&c, a->published);
    for (from = 0; from < a->len; from = to) {
        to = chunk_end(a->text, from, a->len);
        c.n = tokenize(&lx, a->text, from, to, &toks, &cap);
        if (c.n < 0)
            return -1;
        c.t = toks;
        /* the quarter a document last named is kept across chunks */
        c.last_q_tok = -(1 << 30);
        if (find_chunk(a, &c) != 0) {
            free(toks);
            return -1;
        }
    }
    free(toks);
    return 0;
}

/* Match every expression in the tokens of c and append them to a. */
static int find_chunk(dz_analysis *a, ctx *c)
{
    int i, n = c->n;
    const tok *toks = c->t;
    for (i = 0; i < n; ) {
        res r;
        int k;
        dz_timex *x;
        memset(&r, 0, sizeof r);
        k = match_at(c, i, &r);
        if (!k) {
            i++;
            continue;
        }
        if (DZ_VEC_PUSH(a->timexes, a->ntimexes, a->captimexes))
            return -1;
        x = &a->timexes[a->ntimexes];
        memset(x, 0, sizeof *x);
        x->start = toks[i].s;
        x->end = toks[i + k - 1].e;
        x->sentence = a->nsentences > 0 ? sentence_of(a, x->start) : -1;
        x->type = TYPE_NAMES[r.type];
        x->value = r.value[0] ? dz_arena_strdup(&a->arena, r.value) : NULL;
        if (r.value[0] && !x->value)
            return -1;
        if (!r.unresolved) {
            memcpy(x->begin, r.begin, 11);
            memcpy(x->end_date, r.end, 11);
        }
        x->precision = r.prec;
        x->relative = r.relative;
        a->ntimexes++;
        i += k;
    }
    return 0;
}

int timex_resolve(const char *expr, const char *base, char begin[11],
                  char end[11])
{
    ctx c;
    tok *toks;
    res r;
    int n, i = 0, k;
    size_t len;
    begin[0] = end[0] = 0;
    if (!expr)
        return -1;
    len = strlen(expr);
    if (len == 0 || len > 200)
        return -1;
    {
        int cap = 0;
        toks = NULL;
        lex_index lx;
        lex_index_init(&lx);
        n = tokenize(&lx, expr, 0, len, &toks, &cap);
    }
    if (n <= 0) {
        free(toks);
        return -1;
    }
    /* callers may lower-case the expression ("may 2024", "friday"): a
    ** lone expression has no sentence to tell names from words */
    for (i = 0; i < n; i++)
        if (toks[i].kind == K_WORD)
            toks[i].cap = 1;
    i = 0;
    memset(&c, 0, sizeof c);
    c.text = expr;
    c.t = toks;
    c.n = n;
    c.forced_tense = TENSE_PAST;
    ctx_base(&c, base);
    if (n > 1 && (is_w(&c, 0, "in") || is_w(&c, 0, "since") || is_w(&c, 0, "on") ||
                  is_w(&c, 0, "during")))
        i = 1;
    memset(&r, 0, sizeof r);
    k = match_at(&c, i, &r);
    if (!k || i + k != n || r.unresolved) {
        free(toks);
        return -1;
    }
    if (r.type == TY_DURATION && !r.begin[0]) {
        /* "2 weeks": the span back from the base */
        long nn;
        int kk, j = i, u;
        if (!c.have_base) {
            free(toks);
            return -1;
        }
        if (cls(&c, j) == W_THE) j++;
        kk = number_at(&c, j, &nn, 1);
        u = kk ? c.t[j + kk].val : 0;
        if (!kk || cls(&c, j + kk) != W_UNIT) {
            free(toks);
            return -1;
        }
        fmt_days(r.begin, shift_days(c.base, u, -nn));
        fmt_days(r.end, c.base);
    }
    free(toks);
    if (!r.begin[0] || !r.end[0])
        return -1;
    memcpy(begin, r.begin, 11);
    memcpy(end, r.end, 11);
    return 0;
}
