/*
** demonyms.c — country adjectives (see demonyms.h). Each line of a
** [country] section of the country lexicon is "Name | alias | adj:A |
** adj:As | ..."; a country's adjective is the first adj: alias, those of
** countries_extra.txt (hand-made) before those of countries.txt, that is
** not a plural ("Filipinos") and not the name itself. The United States' is "U.S.", as the wire writes it.
*/
#include "analysis/demonyms.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern const char lexicon_countries_txt[], lexicon_countries_extra_txt[];
extern const size_t lexicon_countries_txt_len, lexicon_countries_extra_txt_len;
extern const char lexicon_government_txt[], lexicon_organizations_txt[];
extern const size_t lexicon_government_txt_len, lexicon_organizations_txt_len;

typedef struct demonym {
    char *name;             /* canonical country name, malloc'd */
    char *adj;              /* malloc'd */
} demonym;

static demonym *dtab;
static int ndtab;
static pthread_once_t dtab_once = PTHREAD_ONCE_INIT;

/* Is [s, s + n) a plural ("Brazilians", "Filipinos"), not an adjective?
** A singular demonym ends in "s" only as "Swiss" does. */
static int plural_alias(const char *s, size_t n)
{
    return n >= 2 && s[n - 1] == 's' && s[n - 2] != 's';
}

/* Is the adj: alias [as, ae) of the country named [l, ne) a noun for its
** people rather than an adjective ("New Zealander", "Luxembourger"), or
** a name of several words with "-ese" ("Hong Kongese")? The wire
** writes the name there ("New Zealand farmers"). */
static int person_noun(const char *as, const char *ae, const char *l, const char *ne)
{
    size_t n = (size_t)(ae - as), ln = (size_t)(ne - l);
    return (n > 2 && as[n - 2] == 'e' && as[n - 1] == 'r') ||
           (n == ln + 3 && !memcmp(as, l, ln) && !memcmp(as + ln, "ese", 3) &&
            memchr(l, ' ', ln));
}

/* The index of name [s, s + n) in the table, or -1. */
static int find_name(const char *s, size_t n)
{
    int i;
    for (i = 0; i < ndtab; i++)
        if (strlen(dtab[i].name) == n && !memcmp(dtab[i].name, s, n))
            return i;
    return -1;
}

/* Add country name [nm, nm + nn) with adjective [ad, ad + an). 0, or -1
** on no memory. */
static int add_entry(const char *nm, size_t nn, const char *ad, size_t an)
{
    demonym *nt = realloc(dtab, (size_t)(ndtab + 1) * sizeof *nt);
    if (!nt)
        return -1;
    dtab = nt;
    if (!(nt[ndtab].name = strndup(nm, nn)))
        return -1;
    if (!(nt[ndtab].adj = strndup(ad, an))) {
        free(nt[ndtab].name);
        return -1;
    }
    ndtab++;
    return 0;
}

/* Add the adjectives of one lexicon file's [country] lines to the table,
** keeping an adjective a country already has. A country whose adj:
** aliases are all plurals or nouns for people takes its name ("New
** Zealand"). 0, or -1 on no memory. */
static int load_file(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    int in_country = 0;
    while (p < end) {
        const char *l = p, *e = memchr(p, '\n', (size_t)(end - p)), *ne, *a;
        int any = 0, done = 0;
        if (!e)
            e = end;
        p = e + 1;
        if (l < e && *l == '[') {
            in_country = e - l >= 9 && !memcmp(l, "[country]", 9);
            continue;
        }
        if (!in_country || l == e || *l == '#')
            continue;
        for (ne = l; ne < e && *ne != '|'; ne++)
            ;
        while (ne > l && ne[-1] == ' ')
            ne--;
        if (ne == l || find_name(l, (size_t)(ne - l)) >= 0)
            continue;
        for (a = l; !done && a < e && (a = memmem(a, (size_t)(e - a), "| adj:", 6)) != NULL;) {
            const char *as = a + 6, *ae = as;
            while (ae < e && *ae != '|')
                ae++;
            while (ae > as && ae[-1] == ' ')
                ae--;
            a = as;
            any = 1;
            if (ae == as || plural_alias(as, (size_t)(ae - as)) || person_noun(as, ae, l, ne))
                continue;
            if (add_entry(l, (size_t)(ne - l), as, (size_t)(ae - as)) != 0)
                return -1;
            done = 1;
        }
        if (any && !done && add_entry(l, (size_t)(ne - l), l, (size_t)(ne - l)) != 0)
            return -1;
    }
    return 0;
}

/* Build the table once: the hand-made file first, so its adjectives win. */
static void dtab_build(void)
{
    if (load_file(lexicon_countries_extra_txt, lexicon_countries_extra_txt_len) != 0 ||
        load_file(lexicon_countries_txt, lexicon_countries_txt_len) != 0)
        ndtab = 0;      /* no memory: no adjectives (the strings stay) */
}

const char *country_adjective(const char *country)
{
    int i;
    if (!country)
        return NULL;
    if (!strcmp(country, "United States"))
        return "U.S.";
    pthread_once(&dtab_once, dtab_build);
    i = find_name(country, strlen(country));
    return i >= 0 ? dtab[i].adj : NULL;
}

/* ---- the United States' own bodies ----------------------------------------*/

static char **ustab;        /* canonical names, malloc'd */
static int nustab;
static pthread_once_t ustab_once = PTHREAD_ONCE_INIT;

/* Add the names of one lexicon file's lines that have an alias "U.S. ..."
** or "US ...". 0, or -1 on no memory. */
static int load_us(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *l = p, *e = memchr(p, '\n', (size_t)(end - p)), *ne;
        char **nt;
        size_t rest;
        if (!e)
            e = end;
        p = e + 1;
        if (l == e || *l == '#' || *l == '[')
            continue;
        for (ne = l; ne < e && *ne != '|'; ne++)
            ;
        if (ne >= e)
            continue;
        rest = (size_t)(e - ne);
        if (!memmem(ne, rest, "| U.S. ", 7) && !memmem(ne, rest, "| US ", 5))
            continue;
        while (ne > l && ne[-1] == ' ')
            ne--;
        if (ne == l || !(nt = realloc(ustab, (size_t)(nustab + 1) * sizeof *nt)))
            return ne == l ? 0 : -1;
        ustab = nt;
        if (!(nt[nustab] = strndup(l, (size_t)(ne - l))))
            return -1;
        nustab++;
    }
    return 0;
}

static void ustab_build(void)
{
    if (load_us(lexicon_government_txt, lexicon_government_txt_len) != 0 ||
        load_us(lexicon_organizations_txt, lexicon_organizations_txt_len) != 0)
        nustab = 0;     /* no memory: no body is known */
}

int us_body(const char *name)
{
    int i;
    if (!name)
        return 0;
    pthread_once(&ustab_once, ustab_build);
    for (i = 0; i < nustab; i++)
        if (!strcmp(ustab[i], name))
            return 1;
    return 0;
}
