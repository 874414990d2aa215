/*
** story.c — the story judgement (story.h): political or business copy,
** from the article's words. The word lists are parsed once from the
** embedded lexicon/story_words.txt into a sorted table; a text is read
** word by word (ASCII letters, with inner apostrophes and hyphens), each
** word folded to lower case and looked up.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/story.h"

extern const char lexicon_story_words_txt[];
extern const size_t lexicon_story_words_txt_len;

#define WORD_MAX 32

typedef struct cue {
    char w[WORD_MAX];
    int political;
} cue;

static cue *cues;           /* sorted by w; built once */
static size_t ncues;
static int cues_failed;
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static int cue_cmp(const void *a, const void *b)
{
    return strcmp(((const cue *)a)->w, ((const cue *)b)->w);
}

/* Parse the embedded word lists into cues (sorted); sets cues_failed on
** no memory. A word belongs to one list (a word in both would count for
** either). */
static void cues_build(void)
{
    const char *p = lexicon_story_words_txt;
    const char *end = p + lexicon_story_words_txt_len;
    size_t cap = 0;
    int political = -1;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *q;
        if (!eol)
            eol = end;
        if (*p == '#') {
            p = eol + 1;
            continue;
        }
        if (*p == '[') {
            political = strncmp(p, "[political]", 11) == 0 ? 1
                      : strncmp(p, "[business]", 10) == 0 ? 0 : -1;
            p = eol + 1;
            continue;
        }
        for (q = p; q < eol;) {
            const char *w;
            while (q < eol && (*q == ' ' || *q == '\t' || *q == '\r'))
                q++;
            w = q;
            while (q < eol && *q != ' ' && *q != '\t' && *q != '\r')
                q++;
            if (q == w || political < 0 || q - w >= WORD_MAX)
                continue;
            if (ncues == cap) {
                cue *nc = realloc(cues, (cap ? cap * 2 : 256) * sizeof *nc);
                if (!nc) {
                    cues_failed = 1;
                    return;
                }
                cues = nc;
                cap = cap ? cap * 2 : 256;
            }
            memcpy(cues[ncues].w, w, (size_t)(q - w));
            cues[ncues].w[q - w] = '\0';
            cues[ncues].political = political;
            ncues++;
        }
        p = eol + 1;
    }
    if (ncues > 0)
        qsort(cues, ncues, sizeof *cues, cue_cmp);
}

static int cues_ready(void)
{
    pthread_once(&cues_once, cues_build);
    return cues_failed ? -1 : 0;
}

static int is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Call fn(index of the cue, or -1 for a ticker, ud) for every cue word of
** s (n bytes). */
static void scan(const char *s, size_t n, void (*fn)(long, void *), void *ud)
{
    size_t i = 0;
    if (!s)
        return;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == '<') {             /* a wire ticker: <GTE>, <PHAR.O> */
            size_t k = i + 1;
            while (k < n && k - i <= 40 && s[k] != '>' && s[k] != '<' &&
                   s[k] != '\n')
                k++;
            if (k < n && s[k] == '>' && k > i + 1) {
                fn(-1, ud);
                i = k + 1;
                continue;
            }
            i++;
            continue;
        }
        if (!is_letter(c)) {
            i++;
            continue;
        }
        {
            char w[WORD_MAX];
            size_t start = i, k = i, len = 0;
            cue key, *hit;
            while (k < n && (is_letter((unsigned char)s[k]) ||
                             ((s[k] == '\'' || s[k] == '-') && k + 1 < n &&
                              is_letter((unsigned char)s[k + 1]) && k > start))) {
                if (len < WORD_MAX - 1) {
                    char ch = s[k];
                    w[len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
                }
                k++;
            }
            w[len] = '\0';
            i = k;
            if (k - start >= WORD_MAX - 1)
                continue;           /* longer than any cue */
            memcpy(key.w, w, len + 1);
            hit = bsearch(&key, cues, ncues, sizeof *cues, cue_cmp);
            if (hit)
                fn((long)(hit - cues), ud);
        }
    }
}

static void count_cue(long idx, void *ud)
{
    dz_story *st = ud;
    if (idx >= 0 && cues[idx].political)
        st->political++;
    else
        st->business++;
}

int story_judge(const char *title, size_t tlen, const char *body, size_t blen,
                dz_story *out)
{
    memset(out, 0, sizeof *out);
    if (cues_ready() != 0)
        return -1;
    scan(title, tlen, count_cue, out);
    scan(body, blen, count_cue, out);
    out->is_political = out->political >= STORY_MIN_POLITICAL &&
        out->political >= STORY_POLITICAL_SHARE * (out->political + out->business);
    return 0;
}

typedef struct tally {
    int *count;         /* per cue, and the ticker at ncues */
    long *order;        /* cue indexes in order of first occurrence */
    size_t norder;
} tally;

static void tally_cue(long idx, void *ud)
{
    tally *t = ud;
    size_t k = idx < 0 ? ncues : (size_t)idx;
    if (t->count[k]++ == 0)
        t->order[t->norder++] = (long)k;
}

int story_words(const char *title, size_t tlen, const char *body, size_t blen,
                void (*fn)(const char *word, int political, int count, void *ud),
                void *ud)
{
    tally t = { 0 };
    size_t i;
    if (cues_ready() != 0)
        return -1;
    t.count = calloc(ncues + 1, sizeof *t.count);
    t.order = calloc(ncues + 1, sizeof *t.order);
    if (!t.count || !t.order) {
        free(t.count);
        free(t.order);
        return -1;
    }
    scan(title, tlen, tally_cue, &t);
    scan(body, blen, tally_cue, &t);
    for (i = 0; i < t.norder; i++) {
        size_t k = (size_t)t.order[i];
        if (k == ncues)
            fn("<ticker>", 0, t.count[k], ud);
        else
            fn(cues[k].w, cues[k].political, t.count[k], ud);
    }
    free(t.count);
    free(t.order);
    return 0;
}
