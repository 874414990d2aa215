/*
** groups.c — the agent nouns of groups (see groups.h). Both embedded files
** have PETRARCH's agents format: "PHRASE {PLURAL ...} [~CODE]", words of a
** phrase joined by "_", "!SET!" a substitution set declared as
** "!SET! = A, B, C", "{}" for no plural; without braces a regular plural
** of the last word is made ("rebel" -> "rebels", "party" -> "parties",
** "seaman" -> "seamen"). Each singular and plural form is a key of one
** open-addressing hash table, built once and read-only after.
*/
#include "analysis/groups.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

extern const char lexicon_phoenix_agents_txt[];
extern const size_t lexicon_phoenix_agents_txt_len;
extern const char lexicon_groups_extra_txt[];
extern const size_t lexicon_groups_extra_txt_len;

typedef struct gslot {
    const char *key;        /* arena string, NULL: empty */
    const char *code;       /* arena string */
    int flags;              /* GROUP_* */
} gslot;

typedef struct glex {
    dz_arena arena;
    gslot *slots;
    size_t mask, n;
    char sets[8][64][24];   /* substitution sets: name, then members */
    int nsets, setn[8];
} glex;

static uint32_t ghash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static int gadd1(glex *g, const char *key, const char *code, int flag);

/* Add key (folded) with code and flag, and its last word as a tail when it
** has several. */
static int gadd(glex *g, const char *key, const char *code, int flag)
{
    const char *sp = strrchr(key, ' ');
    if (sp && sp[1] && flag == GROUP_PLURAL && gadd1(g, sp + 1, code, GROUP_TAIL) != 0)
        return -1;
    return gadd1(g, key, code, flag);
}

/* Add one key with code and flag; grows the table at half load. */
static int gadd1(glex *g, const char *key, const char *code, int flag)
{
    size_t i;
    if ((g->n + 1) * 2 > g->mask + 1) {
        size_t cap = (g->mask + 1) * 2, k;
        gslot *ns = calloc(cap, sizeof *ns);
        if (!ns)
            return -1;
        for (k = 0; k <= g->mask; k++)
            if (g->slots[k].key) {
                size_t j = ghash(g->slots[k].key) & (cap - 1);
                while (ns[j].key)
                    j = (j + 1) & (cap - 1);
                ns[j] = g->slots[k];
            }
        free(g->slots);
        g->slots = ns;
        g->mask = cap - 1;
    }
    for (i = ghash(key) & g->mask; g->slots[i].key; i = (i + 1) & g->mask)
        if (!strcmp(g->slots[i].key, key)) {
            /* the code of a phrase that is the key itself wins over the
            ** code of a longer phrase it only ends ("firms" of
            ** "state-owned firms" is no state's agent) */
            if (g->slots[i].flags == GROUP_TAIL && flag != GROUP_TAIL &&
                !(g->slots[i].code = dz_arena_strdup(&g->arena, code)))
                return -1;
            g->slots[i].flags |= flag;
            return 0;
        }
    if (!(g->slots[i].key = dz_arena_strdup(&g->arena, key)) ||
        !(g->slots[i].code = dz_arena_strdup(&g->arena, code)))
        return -1;
    g->slots[i].flags = flag;
    g->n++;
    return 0;
}

/* "COMMUNIST_REBEL" -> "communist rebel" into out (cap bytes); 0, or -1. */
static int fold_phrase(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    while (n > 0 && (s[n - 1] == '_' || s[n - 1] == ' '))
        n--;
    for (i = 0; i < n; i++) {
        char ch = s[i] == '_' ? ' ' : (char)tolower((unsigned char)s[i]);
        if (o + 1 >= cap)
            return -1;
        if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
            continue;
        out[o++] = ch;
    }
    out[o] = 0;
    return o ? 0 : -1;
}

/* The regular plural of the phrase's last word, into out. */
static void regular_plural(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n + 3 >= cap) {
        out[0] = 0;
        return;
    }
    memcpy(out, w, n + 1);
    if (n >= 3 && !strcmp(w + n - 3, "man"))
        out[n - 2] = 'e';                             /* seaman -> seamen */
    else if (n >= 2 && w[n - 1] == 'y' && !strchr("aeiou", w[n - 2]))
        strcpy(out + n - 1, "ies");                   /* party -> parties */
    else if (w[n - 1] == 's' || w[n - 1] == 'x' || w[n - 1] == 'z' ||
             (n >= 2 && (!strcmp(w + n - 2, "ch") || !strcmp(w + n - 2, "sh"))))
        strcpy(out + n, "es");
    else
        strcpy(out + n, "s");
}

/* Add one phrase (as written in the file, substitution sets expanded
** already) with its plurals text (inside the braces; NULL: none given). */
static int add_phrase(glex *g, const char *ph, size_t n, const char *pl,
                      size_t pln, int braces, const char *code)
{
    char key[128], plural[136];
    if (fold_phrase(ph, n, key, sizeof key) != 0)
        return 0;
    if (gadd(g, key, code, GROUP_SINGULAR) != 0)
        return -1;
    if (braces) {                   /* listed plurals, or "{}": none */
        const char *p = pl, *end = pl ? pl + pln : pl;
        while (p < end) {
            const char *q;
            while (p < end && *p == ' ')
                p++;
            for (q = p; q < end && *q != ' '; q++)
                ;
            if (q > p && fold_phrase(p, (size_t)(q - p), plural, sizeof plural) == 0 &&
                gadd(g, plural, code, GROUP_PLURAL) != 0)
                return -1;
            p = q;
        }
        return 0;
    }
    regular_plural(key, plural, sizeof plural);
    if (plural[0] && gadd(g, plural, code, GROUP_PLURAL) != 0)
        return -1;
    return 0;
}

/* Is member m of substitution set s the regular plural of another
** member ("MINISTERS" of "MINISTER", "MEN" of "MAN")? */
static int set_plural(const glex *g, int s, int m)
{
    char low[24], other[24], pl[32];
    int k;
    if (fold_phrase(g->sets[s][m], strlen(g->sets[s][m]), low, sizeof low) != 0)
        return 0;
    for (k = 1; k < g->setn[s]; k++)
        if (k != m && fold_phrase(g->sets[s][k], strlen(g->sets[s][k]), other, sizeof other) == 0) {
            regular_plural(other, pl, sizeof pl);
            if (!strcmp(pl, low))
                return 1;
        }
    return 0;
}

/* Read one embedded agents file into g. */
static int gload(glex *g, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    char line[512];
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p)), *br, *lb, *rb, *tl;
        char code[16], ph[256];
        size_t n, c = 0;
        int s;
        if (!e)
            e = end;
        n = (size_t)(e - p) < sizeof line - 1 ? (size_t)(e - p) : sizeof line - 1;
        memcpy(line, p, n);
        line[n] = 0;
        p = e < end ? e + 1 : end;
        if (line[0] == '#' || !line[0])
            continue;
        if (line[0] == '!' && strstr(line, " = ") && g->nsets < 8) {
            /* "!PERSON! = MAN, MEN, WOMAN": a substitution set */
            char *eq = strstr(line, " = "), *q;
            int k = g->nsets++, m = 1;
            *eq = 0;
            snprintf(g->sets[k][0], sizeof g->sets[k][0], "%.23s", line);
            for (q = eq + 3; *q && m < 64;) {
                size_t w = strcspn(q, ", \r");
                if (w > 0 && w < sizeof g->sets[k][0])
                    snprintf(g->sets[k][m++], sizeof g->sets[k][0], "%.*s", (int)w, q);
                q += w;
                q += strspn(q, ", \r");
            }
            g->setn[k] = m;
            continue;
        }
        if (!(br = strchr(line, '[')) || br[1] != '~')
            continue;
        for (tl = br + 2; isalnum((unsigned char)*tl) && c + 1 < sizeof code; tl++)
            code[c++] = (char)toupper((unsigned char)*tl);
        code[c] = 0;
        if (!c)
            continue;
        lb = memchr(line, '{', (size_t)(br - line));
        rb = lb ? memchr(lb, '}', (size_t)(br - lb)) : NULL;
        n = (size_t)((lb ? lb : br) - line);
        while (n > 0 && line[n - 1] == ' ')
            n--;
        if (n >= sizeof ph)
            continue;
        memcpy(ph, line, n);
        ph[n] = 0;
        /* "GOVERNMENT_SPOKES!PERSON!", "!MINIST! FOR_SPORTS": one
        ** phrase per member of the set it names */
        for (s = 0; s < g->nsets; s++) {
            char *at = strstr(ph, g->sets[s][0]);
            int m;
            if (!at)
                continue;
            for (m = 1; m < g->setn[s]; m++) {
                char x[256], key[128];
                int w = snprintf(x, sizeof x, "%.*s%s%s", (int)(at - ph), ph,
                                 g->sets[s][m], at + strlen(g->sets[s][0]));
                if (w <= 0 || (size_t)w >= sizeof x)
                    continue;
                /* "INDUSTRY_MINISTERS": a member that is the plural of
                ** another member makes a plural phrase */
                if (set_plural(g, s, m)) {
                    if (fold_phrase(x, strlen(x), key, sizeof key) == 0 &&
                        gadd(g, key, code, GROUP_PLURAL) != 0)
                        return -1;
                } else if (add_phrase(g, x, strlen(x), NULL, 0, 1, code) != 0)
                    return -1;
            }
            break;
        }
        if (s < g->nsets || strchr(ph, '!'))
            continue;
        if (add_phrase(g, ph, n, lb ? lb + 1 : NULL,
                       lb && rb ? (size_t)(rb - lb - 1) : 0, lb && rb, code) != 0)
            return -1;
    }
    return 0;
}

static glex *the_groups;
static pthread_once_t groups_once = PTHREAD_ONCE_INIT;

static void groups_build(void)
{
    glex *g = calloc(1, sizeof *g);
    if (!g)
        return;
    g->mask = 4095;
    if (!(g->slots = calloc(g->mask + 1, sizeof *g->slots)) ||
        gload(g, lexicon_phoenix_agents_txt, lexicon_phoenix_agents_txt_len) != 0 ||
        gload(g, lexicon_groups_extra_txt, lexicon_groups_extra_txt_len) != 0) {
        free(g->slots);
        dz_arena_free(&g->arena);
        free(g);
        return;
    }
    the_groups = g;
}

int groups_lookup(const char *key, const char **code)
{
    const glex *g;
    size_t i;
    pthread_once(&groups_once, groups_build);
    if (!(g = the_groups) || !key || !*key)
        return 0;
    for (i = ghash(key) & g->mask; g->slots[i].key; i = (i + 1) & g->mask)
        if (!strcmp(g->slots[i].key, key)) {
            if (code)
                *code = g->slots[i].code;
            return g->slots[i].flags;
        }
    return 0;
}
