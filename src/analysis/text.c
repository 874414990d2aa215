/*
** text.c — the text layer under every analyser: tokens with byte offsets
** and flags, paragraphs, sentences, and folding for matching.
**
** Tokens: a word is a run of letters, marks and digits that may hold an
** inner apostrophe ("O'Brien"), hyphen ("then-Speaker") or the dots of an
** abbreviation ("U.S.", "Ph.D."); a known abbreviation or an initial keeps
** its final dot ("Jan.", "J."). A possessive 's / ’s is its own word token.
** A number starts with a digit and may hold , . : / - between digits and
** letters after them ("93rd"). Anything else is one punctuation token per
** character, except runs of dots or hyphens ("...", "--").
**
** Paragraphs: a blank line always separates paragraphs. A single newline
** does too, unless the text is hard-wrapped (most lines of similar length
** under ~100 bytes); then only an indented next line or a short previous
** line breaks the paragraph.
**
** Sentences end at . ! ? … (with closing quotes and brackets after them)
** when the next token does not start in lower case and the dot is not one
** between two words glued to it (the ticker "<JARD.HK>"); after an
** abbreviation only when the next word is a typical sentence opener ("the
** U.S. The").
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "analysis/text.h"

/* ---- character classes ------------------------------------------------- */

enum { CC_SPACE, CC_NEWLINE, CC_LETTER, CC_MARK, CC_DIGIT, CC_OTHER };

/* Decode the code point at s[i]; *len gets its byte length (1 for an
** invalid byte, which reads as U+FFFD). */
static int32_t cp_at(const char *s, size_t n, size_t i, int *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    return dz_utf8_decode((const unsigned char *)s + i, n - i, len);
}

/* The class of each ASCII character (cp_class runs for every byte of
** every text): NUL, TAB, VT, FF, CR and space are spaces, LF a newline,
** A-Z a-z letters, 0-9 digits, the rest other. */
#define NL CC_NEWLINE
#define SP CC_SPACE
#define LE CC_LETTER
#define DI CC_DIGIT
#define OT CC_OTHER
static const unsigned char ascii_class[128] = {
    SP, OT, OT, OT, OT, OT, OT, OT, OT, SP, NL, SP, SP, SP, OT, OT,
    OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT,
    SP, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT, OT,
    DI, DI, DI, DI, DI, DI, DI, DI, DI, DI, OT, OT, OT, OT, OT, OT,
    OT, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
    LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, OT, OT, OT, OT, OT,
    OT, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE,
    LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, LE, OT, OT, OT, OT, OT,
};
#undef NL
#undef SP
#undef LE
#undef DI
#undef OT

static int cp_class_wide(int32_t cp);

/* The class of code point cp for tokenising (CC_*). */
static inline int cp_class(int32_t cp)
{
    if ((uint32_t)cp < 0x80)
        return ascii_class[cp];
    return cp_class_wide(cp);
}

/* cp_class of a code point outside ASCII. */
static int cp_class_wide(int32_t cp)
{
    if (cp < 0)
        return CC_OTHER;
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
        return CC_NEWLINE;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return CC_LETTER;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return CC_MARK;
    case UTF8PROC_CATEGORY_ND:
        return CC_DIGIT;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return CC_SPACE;
    default:
        return CC_OTHER;
    }
}

/* Upper or title case letter? */
static int cp_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    int c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* Lower case letter? */
static int cp_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
static int is_terminal(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
           cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}
/* Closing quote or bracket that may follow a sentence's last punctuation. */
static int is_closer(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
           cp == 0x201D || cp == 0x2019 || cp == 0x00BB || cp == 0x203A ||
           cp == '}';
}

/* ---- abbreviations ------------------------------------------------------- */

/* Abbreviations that keep their dot and never end a sentence (titles,
** months, "vs"), then ones that may ("Inc.", "Co."). Lower case, no dot. */
static const char *const abbrev_title[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "sen", "rep", "gov", "pres", "st", "rev", "hon",
    "amb", "sec", "supt", "insp", "brig", "cpl", "pvt", "fr", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "vs", "v", "no", "nos", "approx", "dept", "est", "fig",
    "mssrs", "messrs", "mme", "mlle", "gov", "atty", "assn", "ave", "blvd",
    "calif", "ariz", "colo", "conn", "fla", "ill", "ind", "kan", "mass",
    "mich", "minn", "miss", "mo", "neb", "nev", "okla", "ore", "pa", "penn",
    "tenn", "tex", "va", "wash", "wis", "wyo", "del", "md", "ga", "ala",
    "ark", "ky", "la", "vt", "wva", "nh", "nj", "nm", "ny", "nc", "nd", "sc",
    "sd", "ri", NULL
};
static const char *const abbrev_end[] = {
    "inc", "corp", "co", "ltd", "plc", "bros", "jr", "sr", "etc", "al",
    "cie", "ag", "sa", "nv", "bhd", "pty", NULL
};

/* Is w (n bytes) in the NULL-terminated list? */
static int in_list(const char *const *list, const char *w, size_t n)
{
    if (n == 0)
        return 0;                       /* no list holds "" */
    for (; *list; list++)
        if ((*list)[0] == w[0] && strlen(*list) == n && memcmp(*list, w, n) == 0)
            return 1;
    return 0;
}

/* Lower-case ASCII copy of s[0..n) into out (cap bytes); 0 when s is not
** plain ASCII letters or too long. */
static size_t ascii_lower(const char *s, size_t n, char *out, size_t cap)
{
    size_t i;
    if (n >= cap)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (c < 'a' || c > 'z')
            return 0;
        out[i] = (char)c;
    }
    return n;
}

/* Openers: words after which an abbreviation's dot is taken to end the
** sentence ("... in the U.S. The talks ..."). */
static const char *const openers[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this",
    "that", "these", "those", "but", "and", "in", "on", "at", "as", "for",
    "if", "when", "while", "after", "before", "since", "its", "his", "her",
    "their", "there", "what", "why", "how", "who", "some", "many", "most",
    "all", "no", "yet", "so", "also", "however", "meanwhile", "still",
    "then", "now", "our", "my", "both", "officials", "analysts", NULL
};

/* ---- tokens -------------------------------------------------------------- */

static int push_token(dz_analysis *a, size_t start, size_t end, uint32_t flags)
{
    if (DZ_VEC_PUSH(a->tokens, a->ntokens, a->captokens) != 0)
        return -1;
    a->tokens[a->ntokens].start = (int32_t)start;
    a->tokens[a->ntokens].end = (int32_t)end;
    a->tokens[a->ntokens].flags = flags;
    a->ntokens++;
    return 0;
}

/* Scan a word starting at s[i] (a letter). Returns its end; *flags gets the
** case flags. */
static size_t scan_word(const char *s, size_t n, size_t i, uint32_t *flags)
{
    size_t start = i, seg = i;
    int len, nletters = 0, nupper = 0, first = 1, dotted = 0;
    uint32_t f = DZ_TOK_WORD;

    while (i < n) {
        int32_t cp = cp_at(s, n, i, &len);
        int cc = cp_class(cp);
        if (cc == CC_LETTER || cc == CC_MARK || cc == CC_DIGIT) {
            if (cc == CC_LETTER) {
                nletters++;
                if (cp_upper(cp)) {
                    nupper++;
                    if (first)
                        f |= DZ_TOK_CAP;
                }
                first = 0;
            }
            i += (size_t)len;
            continue;
        }
        if (i + (size_t)len >= n)
            break;
        {
            int len2;
            int32_t next = cp_at(s, n, i + (size_t)len, &len2);
            int ncc = cp_class(next);
            if (cp == '.' && ncc == CC_LETTER) {
                /* a.m., U.S., Ph.D.: segments of one or two letters */
                size_t seglen = i - seg;
                if (seglen >= 1 && seglen <= 2) {
                    i += (size_t)len;
                    seg = i;
                    dotted = 1;
                    continue;
                }
                break;
            }
            if (is_apostrophe(cp) && ncc == CC_LETTER) {
                /* possessive 's stays a token of its own */
                if ((next == 's' || next == 'S')) {
                    size_t after = i + (size_t)len + 1;
                    int len3;
                    if (after >= n ||
                        (cp_class(cp_at(s, n, after, &len3)) != CC_LETTER &&
                         cp_class(cp_at(s, n, after, &len3)) != CC_DIGIT))
                        break;
                }
                i += (size_t)len;
                continue;
            }
            if (is_hyphen(cp) && (ncc == CC_LETTER || ncc == CC_DIGIT)) {
                i += (size_t)len;
                seg = i;
                continue;
            }
        }
        break;
    }
    /* the final dot of an abbreviation or initial */
    if (i < n && s[i] == '.') {
        char low[16];
        size_t ln = ascii_lower(s + start, i - start, low, sizeof low);
        if (dotted || (nletters == 1 && i - start <= 2 && nupper == 1) ||
            (ln && (in_list(abbrev_title, low, ln) ||
                    in_list(abbrev_end, low, ln))))
            i++;
    }
    if (nletters >= 2 && nupper == nletters)
        f |= DZ_TOK_ALLCAP;
    *flags = f;
    return i;
}

/* Scan a number starting at s[i] (a digit). */
static size_t scan_number(const char *s, size_t n, size_t i)
{
    int len;
    while (i < n) {
        int32_t cp = cp_at(s, n, i, &len);
        int cc = cp_class(cp);
        if (cc == CC_DIGIT || cc == CC_LETTER || cc == CC_MARK) {
            i += (size_t)len;
            continue;
        }
        if ((cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-') &&
            i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            i++;
            continue;
        }
        break;
    }
    return i;
}

/* ---- paragraphs ---------------------------------------------------------- */

/* The end of the line starting at byte from of s[0, n): its '\n', or n. */
static size_t line_end(const char *s, size_t n, size_t from)
{
    const char *p = from < n ? memchr(s + from, '\n', n - from) : NULL;
    return p ? (size_t)(p - s) : n;
}

/* Is the text hard-wrapped (lines broken at a fixed width)? Lines are
** found with memchr, a line at a time (the text after its last '\n' is
** a line too, empty when the text ends with one). */
static int text_wrapped(const char *s, size_t n, size_t *maxline)
{
    size_t i, start, nlines = 0, longest = 0, nlong = 0;
    for (start = 0;; start = i + 1) {
        size_t l;
        i = line_end(s, n, start);
        l = i - start;
        if (l > 0) {
            nlines++;
            if (l > longest)
                longest = l;
        }
        if (i >= n)
            break;
    }
    *maxline = longest;
    if (nlines < 3 || longest > 100 || longest < 50)
        return 0;
    for (start = 0;; start = i + 1) {
        i = line_end(s, n, start);
        if (i - start >= longest * 7 / 10)
            nlong++;
        if (i >= n)
            break;
    }
    return nlong * 2 >= nlines;
}

/* ---- sentences ----------------------------------------------------------- */

static int push_sentence(dz_analysis *a, int first, int last, int para)
{
    dz_sentence *st;
    if (last < first)
        return 0;
    if (DZ_VEC_PUSH(a->sentences, a->nsentences, a->capsentences) != 0)
        return -1;
    st = &a->sentences[a->nsentences++];
    st->start = a->tokens[first].start;
    st->end = a->tokens[last].end;
    st->tok_first = first;
    st->tok_count = last - first + 1;
    st->paragraph = para;
    for (; first <= last; first++) {
        if (!(a->tokens[first].flags & DZ_TOK_PUNCT)) {
            a->tokens[first].flags |= DZ_TOK_SENT_START;
            break;
        }
    }
    return 0;
}

/* First and last code points of token t. */
static int32_t tok_first_cp(const dz_analysis *a, int t)
{
    int len;
    return cp_at(a->text, a->len, (size_t)a->tokens[t].start, &len);
}

static int32_t tok_last_cp(const dz_analysis *a, int t)
{
    size_t e = (size_t)a->tokens[t].end, b = e - 1;
    int len;
    while (b > (size_t)a->tokens[t].start &&
           ((unsigned char)a->text[b] & 0xC0) == 0x80)
        b--;
    return cp_at(a->text, a->len, b, &len);
}

/* After "U.S." or "U.K.", does the capitalised "On", "At" or "For" at
** token u go on with the sentence? Wire copy capitalises every word
** after "U.S.": "when he visits the U.S. On April 19", "a request to the
** U.S. For it to raise its discount rate", "returning to the U.S. At the
** weekend" (21 of 22 such places in the Reuters-21578 stories). Not
** when a comma and a capital soon follow: "... with the U.S. At the GATT
** talks, Japan will try" opens a sentence with its introduction. Tokens
** before end are read; nothing is kept. */
static int continues_after_country(const dz_analysis *a, int u, int end)
{
    static const char *const preps[] = { "on", "at", "for", NULL };
    char low[8];
    size_t ln = ascii_lower(a->text + a->tokens[u].start,
                            (size_t)(a->tokens[u].end - a->tokens[u].start),
                            low, sizeof low);
    int i;
    if (!ln || !in_list(preps, low, ln))
        return 0;
    for (i = u + 1; i + 1 < end && i <= u + 6; i++) {
        const dz_token *tk = &a->tokens[i];
        if ((tk->flags & DZ_TOK_PUNCT) && a->text[tk->start] == ',' &&
            cp_upper(tok_first_cp(a, i + 1)))
            return 0;
        if ((tk->flags & DZ_TOK_PUNCT) && is_terminal(tok_first_cp(a, i)))
            break;
    }
    return 1;
}

/* Does a sentence end after token t (whose next token is t+1, in the same
** paragraph)? *last gets the last token of the sentence (t, or closing
** quotes after it). */
static int ends_sentence(const dz_analysis *a, int t, int end, int *last)
{
    const dz_token *tk = &a->tokens[t];
    int32_t lc = tok_last_cp(a, t);
    int abbrev = 0, u = t + 1;

    *last = t;
    if (!is_terminal(lc))
        return 0;
    if (tk->flags & DZ_TOK_WORD)
        abbrev = 1;                     /* "Jan." "U.S." "J." */
    /* more terminal punctuation and closers glued to it */
    while (u < end && a->tokens[u].start == a->tokens[u - 1].end) {
        int32_t c = tok_first_cp(a, u);
        if (!(a->tokens[u].flags & DZ_TOK_PUNCT) ||
            !(is_terminal(c) || is_closer(c)))
            break;
        if (is_terminal(c))
            abbrev = 0;
        *last = u++;
    }
    if (u >= end)
        return 1;
    /* a dot between two words, glued to both, goes on: the wire ticker
    ** "<JARD.HK>", "<LHAG.F>" is no sentence end ("... Holdings Ltd
    ** <JARD.HK> to list") */
    if (*last == t && t > 0 && tk->end - tk->start == 1 && a->text[tk->start] == '.' &&
        a->tokens[t - 1].end == tk->start && (a->tokens[t - 1].flags & DZ_TOK_WORD) &&
        a->tokens[u].start == tk->end && (a->tokens[u].flags & DZ_TOK_WORD))
        return 0;
    {
        const dz_token *nx = &a->tokens[u];
        int32_t c = tok_first_cp(a, u);
        if (cp_lower(c))
            return 0;
        if (nx->flags & DZ_TOK_PUNCT) {
            /* "—", ",", ";" go on; an opening quote or bracket starts */
            if (c == ',' || c == ';' || c == ':' || c == '-' ||
                c == 0x2013 || c == 0x2014 || c == ')' || c == '%')
                return 0;
        }
        if (abbrev) {
            const char *w = a->text + tk->start;
            size_t wl = (size_t)(tk->end - tk->start) - 1;
            char low[16];
            size_t ln = ascii_lower(w, wl, low, sizeof low);
            /* titles, months and initials never end a sentence */
            if (ln && in_list(abbrev_title, low, ln))
                return 0;
            if (wl == 1 || (wl <= 4 && cp_upper(tok_first_cp(a, t)) &&
                            ln == 0 && wl == 1))
                return 0;
            if (nx->flags & DZ_TOK_WORD) {
                /* wire copy capitalises after "U.S.": "Some U.S. Officials
                ** complained" is one sentence, whose subject the officials
                ** of the U.S. are */
                int country = wl == 3 && (w[0] == 'U' || w[0] == 'u') && w[1] == '.' &&
                              (w[2] == 'S' || w[2] == 's' || w[2] == 'K' || w[2] == 'k');
                ln = ascii_lower(a->text + nx->start,
                                 (size_t)(nx->end - nx->start), low, sizeof low);
                if (country && ((ln == 9 && !memcmp(low, "officials", 9)) ||
                                (ln == 8 && !memcmp(low, "analysts", 8))))
                    return 0;
                /* "both the U.S. And Japan", "the U.S. Or West Germany":
                ** the same capital after "U.S." joins two names (50 times
                ** in 1,079 Reuters stories, never a new sentence) */
                if (country && ((ln == 3 && !memcmp(low, "and", 3)) ||
                                (ln == 2 && !memcmp(low, "or", 2))))
                    return 0;
                if (country && continues_after_country(a, u, end))
                    return 0;
                return ln && in_list(openers, low, ln);
            }
            return (c == 0x201C || c == '"');
        }
        return 1;
    }
}

/* Tokens first (marking paragraph starts), then sentences paragraph by
** paragraph; the rules are at the top of this file. */
int text_split(dz_analysis *a)
{
    const char *s = a->text;
    size_t n = a->len, i = 0, maxline = 0;
    int wrapped, para = 0, first_in_para = 1, t;
    size_t line_start = 0;

    a->ntokens = 0;
    a->nsentences = 0;
    if (n > (size_t)INT32_MAX - 8)
        return -1;
    wrapped = text_wrapped(s, n, &maxline);

    /* tokens, with paragraph starts marked */
    while (i < n) {
        int len;
        int32_t cp = cp_at(s, n, i, &len);
        int cc = cp_class(cp);
        uint32_t flags = 0;
        size_t end;

        if (cc == CC_SPACE) {
            i += (size_t)len;
            continue;
        }
        if (cc == CC_NEWLINE) {
            /* look at the run of whitespace: blank line, indent, short line */
            size_t prev_len = i - line_start, j = i + (size_t)len;
            int blank = 0, indent = 0;
            while (j < n) {
                int l2;
                int32_t c2 = cp_at(s, n, j, &l2);
                int k = cp_class(c2);
                if (k == CC_NEWLINE) {
                    blank = 1;
                    indent = 0;
                    line_start = j + (size_t)l2;
                } else if (k == CC_SPACE) {
                    if (j == line_start || indent || j == i + (size_t)len)
                        indent = 1;
                } else
                    break;
                j += (size_t)l2;
            }
            if (!blank)
                line_start = i + (size_t)len;
            if (blank || !wrapped || indent || prev_len < maxline / 2)
                first_in_para = 1;
            i = j;
            continue;
        }
        if (cc == CC_LETTER || cc == CC_MARK) {
            end = scan_word(s, n, i, &flags);
        } else if (cc == CC_DIGIT) {
            end = scan_number(s, n, i);
            flags = DZ_TOK_NUMBER;
        } else if (is_apostrophe(cp) && i + (size_t)len < n &&
                   (s[i + len] == 's' || s[i + len] == 'S') &&
                   a->ntokens > 0 &&
                   (size_t)a->tokens[a->ntokens - 1].end == i &&
                   (i + (size_t)len + 1 >= n ||
                    cp_class(cp_at(s, n, i + (size_t)len + 1, &(int){0})) !=
                        CC_LETTER)) {
            end = i + (size_t)len + 1;          /* possessive 's */
            flags = DZ_TOK_WORD;
        } else {
            end = i + (size_t)len;
            flags = DZ_TOK_PUNCT;
            if (cp == '.' || cp == '-')
                while (end < n && s[end] == (char)cp)
                    end++;
        }
        if (first_in_para) {
            flags |= DZ_TOK_PARA_START;
            first_in_para = 0;
        }
        if (push_token(a, i, end, flags) != 0)
            return -1;
        i = end;
    }

    /* sentences, paragraph by paragraph */
    for (t = 0; t < a->ntokens; ) {
        int end = t + 1, first = t, last;
        while (end < a->ntokens && !(a->tokens[end].flags & DZ_TOK_PARA_START))
            end++;
        for (; t < end; t++) {
            if (ends_sentence(a, t, end, &last)) {
                if (push_sentence(a, first, last, para) != 0)
                    return -1;
                t = last;
                first = last + 1;
            }
        }
        if (first < end && push_sentence(a, first, end - 1, para) != 0)
            return -1;
        para++;
        t = end;
    }
    return 0;
}

/* ---- folding ------------------------------------------------------------- */

/* Extra mappings after utf8proc's LUMP: quotes, dashes and spaces that it
** leaves alone. Returns the replacement or cp. */
static int32_t fold_extra(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC: case 0x02BB: case 0x0060: case 0x00B4:
        return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
        return '-';
    case 0x00A0: case 0x2007: case 0x202F:
        return ' ';
    case 0x0131:                        /* dotless i (Turkish) */
        return 'i';
    case 0x00F8: return 'o';            /* ø does not decompose */
    case 0x00D8: return 'o';
    case 0x0142: case 0x0141: return 'l';   /* ł */
    case 0x0111: case 0x0110: return 'd';   /* đ */
    case 0x00E6: case 0x00C6: return -2;    /* æ -> ae */
    case 0x00DF: return -3;                 /* ß -> ss */
    default:
        return cp;
    }
}

/* text_fold of each ASCII byte: A-Z lowered, NUL a space, ` a quote. */
#define FOLD_ROW(a) a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7
static const unsigned char fold_ascii[128] = {
    ' ', 1, 2, 3, 4, 5, 6, 7, FOLD_ROW(8), FOLD_ROW(16), FOLD_ROW(24),
    FOLD_ROW(32), FOLD_ROW(40), FOLD_ROW(48), FOLD_ROW(56),
    64, FOLD_ROW('a'), FOLD_ROW('a' + 8), FOLD_ROW('a' + 16), 'y', 'z', 91, 92, 93, 94, 95,
    '\'', FOLD_ROW('a'), FOLD_ROW('a' + 8), FOLD_ROW('a' + 16), 'y', 'z', 123, 124, 125, 126, 127,
};
#undef FOLD_ROW

/* ASCII is lowered in place; other code points go through utf8proc
** (compatibility decomposition, case fold, lumping, marks stripped). */
int text_fold_append(dz_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    if (dz_buf_reserve(b, n + 1) != 0)
        return -1;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int len;
        int32_t cp;
        if (c < 0x80) {
            /* a run of ASCII, as far as the room left allows (the room
            ** reserved above, unless wide characters took it) */
            size_t stop, j;
            char *o;
            if (b->len + 2 > b->cap && dz_buf_reserve(b, 1) != 0)
                return -1;
            stop = b->cap - b->len - 1 < n - i ? i + (b->cap - b->len - 1) : n;
            o = b->data + b->len;
            for (j = i; j < stop && (c = (unsigned char)s[j]) < 0x80; j++)
                *o++ = (char)fold_ascii[c];
            b->len += j - i;
            i = j;
            continue;
        }
        cp = dz_utf8_decode((const unsigned char *)s + i, n - i, &len);
        i += (size_t)len;
        {
            int32_t x = fold_extra(cp), out[32];
            utf8proc_ssize_t k, m;
            int last = 0;
            char enc[4];
            if (x == -2) {
                if (dz_buf_append(b, "ae", 2) != 0)
                    return -1;
                continue;
            }
            if (x == -3) {
                if (dz_buf_append(b, "ss", 2) != 0)
                    return -1;
                continue;
            }
            if (x != cp) {
                if (dz_buf_putc(b, (char)x) != 0)
                    return -1;
                continue;
            }
            m = utf8proc_decompose_char(cp, out, 32,
                    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_LUMP |
                    UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE, &last);
            if (m < 0 || m > 32) {
                out[0] = 0xFFFD;
                m = 1;
            }
            for (k = 0; k < m; k++) {
                int32_t y = fold_extra(out[k]);
                int el;
                if (y == -2) {
                    if (dz_buf_append(b, "ae", 2) != 0)
                        return -1;
                    continue;
                }
                if (y == -3) {
                    if (dz_buf_append(b, "ss", 2) != 0)
                        return -1;
                    continue;
                }
                if (y >= 'A' && y <= 'Z')
                    y += 32;
                el = dz_utf8_encode(y, enc);
                if (dz_buf_append(b, enc, (size_t)el) != 0)
                    return -1;
            }
        }
    }
    if (dz_buf_reserve(b, 0) != 0)
        return -1;
    b->data[b->len] = 0;
    return 0;
}

char *text_fold(const char *s, size_t n, size_t *outlen)
{
    dz_buf b = { 0 };
    if (text_fold_append(&b, s, n) != 0) {
        dz_buf_free(&b);
        return NULL;
    }
    if (!b.data && dz_buf_reserve(&b, 1) != 0)
        return NULL;
    b.data[b.len] = 0;
    if (outlen)
        *outlen = b.len;
    return dz_buf_detach(&b);
}

char *text_fold_arena(dz_arena *ar, const char *s, size_t n)
{
    dz_buf b = { 0 };
    char *p;
    if (text_fold_append(&b, s, n) != 0) {
        dz_buf_free(&b);
        return NULL;
    }
    p = dz_arena_strndup(ar, b.data ? b.data : "", b.len);
    dz_buf_free(&b);
    return p;
}

int text_party_state(const char *s, size_t n)
{
    size_t i;
    if (n < 3 || n > 18 || !strchr("DRI", s[0]) || s[1] != '-' ||
        !(s[2] >= 'A' && s[2] <= 'Z'))
        return 0;
    for (i = 3; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              s[i] == '.' || s[i] == ' '))
            return 0;
    return 1;
}
