/*
** eval_actions.c — score actions_find on PETRARCH gold event records.
**
**   eval_actions [-v] [-n] [-m] [-d] [-s] [-G] FILE...
**   eval_actions -b TEXTFILE...   (speed on plain text or Reuters SGML,
**                                   the whole analysis with the tagger)
**
** Each FILE is a PETRARCH validation file (PETR.UnitTest.records*.xml or
** PETR2_GSR_validation*.xml; the second is not well-formed XML, so records
** are read as text from "<Sentence" to "</Sentence>"). For every record the
** text is analysed with the record's date as publication date; each action
** becomes a triple (source country, target country, CAMEO root), where
** the country of an entity is its ISO alpha-3 code (CAMEO uses the same
** codes) and, for a person or organisation, the country code of the
** actor dictionary entry of the same name. Gold triples are the first
** three letters of sourcecode / targetcode and the first two digits of
** eventcode. Triples are compared as sets per record; precision, recall
** and F1 are micro-averaged. Records coded as errors are skipped;
** "noevents" records count only false alarms.
**
** The actor dictionaries named in the file's <Environment> (looked up in
** ../dictionaries beside the file) are loaded as user entities, since the
** gold was coded with them (the unit tests use fictional states); -n
** skips that. Like PETRARCH (require_dyad), an action with no target
** country is not counted; -m counts it (as source, "---", root). -s prints sentences per second of the whole analysis
** (text, entities, time expressions, actions). -v lists each record's
** misses and false alarms on stderr. -d scores dyads only (the root
** code ignored), to tell actor and target errors from category ones.
** Names come from the built-in learned tagger and the gazetteers, as in
** dossier; -G uses the gazetteers alone. The last line is "F1 X".
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <time.h>
#include "analysis/analysis.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/actions.h"
#include "analysis/ner.h"

typedef struct triple { char src[4], tgt[4], code[3]; } triple;

typedef struct dict_entry { char *key; char code[4]; } dict_entry;

/* Folded name -> country code of the actor dictionaries. */
static dict_entry *dict;
static size_t ndict, capdict;
static int verbose;
static int require_dyad = 1;
static int no_model;     /* -G: gazetteers and rules alone, no tagger */
static int ignore_code;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long n;
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = 0;
        *len = (size_t)n;
    }
    return buf;
}

static int cmp_dict(const void *a, const void *b)
{
    return strcmp(((const dict_entry *)a)->key, ((const dict_entry *)b)->key);
}

static const char *dict_code(const char *name)
{
    dict_entry k, *e;
    size_t n;
    char *key = text_fold(name, strlen(name), &n);
    if (!key || !ndict) {
        free(key);
        return NULL;
    }
    k.key = key;
    e = bsearch(&k, dict, ndict, sizeof *dict, cmp_dict);
    free(key);
    return e ? e->code : NULL;
}

/* "UNITED_STATES_" -> "United States": words title-cased, small words
** lower-cased, joins made spaces. */
static void phrase_name(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0, w = 0;
    static const char *const small[] = { "of", "the", "and", "for", "de", "la", "al", NULL };
    for (i = 0; i < n && o + 1 < cap; i++) {
        char ch = s[i] == '_' ? ' ' : s[i];
        if (ch == ' ') {
            if (o > 0 && out[o - 1] != ' ')
                out[o++] = ' ';
            w = o;
            continue;
        }
        out[o] = (char)(o == w ? toupper((unsigned char)ch)
                                : tolower((unsigned char)ch));
        o++;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    /* lower-case the small words inside */
    {
        char *p = out;
        while ((p = strchr(p, ' '))) {
            int k;
            p++;
            for (k = 0; small[k]; k++) {
                size_t l = strlen(small[k]);
                if (strncasecmp(p, small[k], l) == 0 && (p[l] == ' ' || !p[l]))
                    p[0] = (char)tolower((unsigned char)p[0]);
            }
        }
    }
}

static void dict_add(const char *name, const char *code)
{
    size_t n;
    if (ndict == capdict) {
        capdict = capdict ? capdict * 2 : 1024;
        dict = realloc(dict, capdict * sizeof *dict);
    }
    dict[ndict].key = text_fold(name, strlen(name), &n);
    snprintf(dict[ndict].code, sizeof dict[ndict].code, "%.3s", code);
    ndict++;
}

/* Load one PETRARCH actor dictionary into lx and the code map. */
static void load_actors(dz_lexicon *lx, const char *path)
{
    size_t len;
    char *buf = read_all(path, &len), *p, *end;
    char primary[256] = "", code[16] = "";
    char *pending[16];
    int nloaded = 0, npending = 0;
    if (!buf) {
        fprintf(stderr, "eval_actions: cannot read %s\n", path);
        return;
    }
    for (p = buf, end = buf + len; p < end;) {
        char *nl = memchr(p, '\n', (size_t)(end - p)), *line = p, *hash, *br;
        size_t n;
        if (!nl)
            nl = end;
        p = nl + 1;
        n = (size_t)(nl - line);
        if (n == 0 || line[0] == '<' || line[0] == '#')
            continue;
        {
            char tmp[512];
            if (n >= sizeof tmp)
                n = sizeof tmp - 1;
            memcpy(tmp, line, n);
            tmp[n] = 0;
            for (size_t i = 0; i < n; i++)
                if (tmp[i] == 0x1a || tmp[i] == '\r')
                    tmp[i] = ' ';
            if ((hash = strchr(tmp, '#')))
                *hash = 0;
            br = strchr(tmp, '[');
            if (tmp[0] == '\t' || tmp[0] == ' ') {
                /* a dated code line: the last one is the newest */
                if (br && primary[0] && isalpha((unsigned char)br[1])) {
                    int k;
                    snprintf(code, sizeof code, "%.3s", br + 1);
                    for (k = 0; code[k]; k++)
                        code[k] = (char)toupper((unsigned char)code[k]);
                    dict_add(primary, code);
                    /* synonyms listed before the first code line */
                    for (k = 0; k < npending; k++) {
                        dict_add(pending[k], code);
                        free(pending[k]);
                    }
                    npending = 0;
                }
                continue;
            }
            if (br)
                *br = 0;
            {
                char name[256];
                size_t l = strlen(tmp);
                while (l > 0 && isspace((unsigned char)tmp[l - 1]))
                    tmp[--l] = 0;
                if (tmp[0] == '+') {
                    phrase_name(tmp + 1, l - 1, name, sizeof name);
                    if (name[0] && primary[0] && !code[0] && npending < 16)
                        pending[npending++] = strdup(name);
                    if (name[0] && primary[0] && code[0]) {
                        lexicon_alias(lx, name, primary,
                                      strlen(code) == 3 ? DZ_ENT_COUNTRY
                                                        : DZ_ENT_ORGANIZATION);
                        dict_add(name, code);
                    }
                    continue;
                }
                phrase_name(tmp, l, name, sizeof name);
                if (!name[0])
                    continue;
                snprintf(primary, sizeof primary, "%s", name);
                code[0] = 0;
                while (npending > 0)
                    free(pending[--npending]);
                if (br && isalpha((unsigned char)br[1])) {
                    char *e = strchr(br + 1, ']');
                    size_t cl = e ? (size_t)(e - br - 1) : 3;
                    char full[16];
                    snprintf(full, sizeof full, "%.*s", (int)(cl < 15 ? cl : 15), br + 1);
                    for (char *q = full; *q; q++)
                        *q = (char)toupper((unsigned char)*q);
                    snprintf(code, sizeof code, "%.3s", full);
                    lexicon_define(lx, name, strlen(full) == 3 ? DZ_ENT_COUNTRY
                                                               : DZ_ENT_ORGANIZATION,
                                   strlen(full) == 3 ? full : NULL);
                    dict_add(name, code);
                    nloaded++;
                }
            }
        }
    }
    while (npending > 0)
        free(pending[--npending]);
    free(buf);
    if (verbose)
        fprintf(stderr, "loaded %d actors from %s\n", nloaded, path);
}

/* The value of attribute name in the tag text [s, e): tolerant of spaces
** around '='. Copies into out; "" when absent. */
static void attr(const char *s, const char *e, const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    const char *p = s;
    out[0] = 0;
    while ((p = strstr(p, name)) && p < e) {
        const char *q = p + n;
        if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) {
            p = q;
            continue;
        }
        while (q < e && isspace((unsigned char)*q))
            q++;
        if (q < e && *q == '=') {
            q++;
            while (q < e && isspace((unsigned char)*q))
                q++;
            if (q < e && (*q == '"' || *q == '\'')) {
                char quote = *q++;
                const char *r = memchr(q, quote, (size_t)(e - q));
                if (r) {
                    size_t l = (size_t)(r - q);
                    if (l >= cap)
                        l = cap - 1;
                    memcpy(out, q, l);
                    out[l] = 0;
                }
            }
            return;
        }
        p = q;
    }
}

/* The country code of mention m: its own, or the dictionary's. */
static const char *mention_code(const dz_analysis *a, int m)
{
    const char *c;
    if (m < 0)
        return "---";
    if (a->mentions[m].code)
        return a->mentions[m].code;
    if ((c = dict_code(a->mentions[m].name)))
        return c;
    {
        char surf[256];
        int n = a->mentions[m].end - a->mentions[m].start;
        if (n > 0 && n < (int)sizeof surf) {
            memcpy(surf, a->text + a->mentions[m].start, (size_t)n);
            surf[n] = 0;
            if ((c = dict_code(surf)))
                return c;
        }
    }
    return "---";
}

static int has_triple(const triple *t, int n, const triple *x)
{
    int i;
    for (i = 0; i < n; i++)
        if (!strcmp(t[i].src, x->src) && !strcmp(t[i].tgt, x->tgt) &&
            !strcmp(t[i].code, x->code))
            return 1;
    return 0;
}

typedef struct score { long records, gold, sys, tp, sentences; double seconds; } score;

/* Decode the few XML entities gold texts use, collapse white space. */
static void clean_text(const char *s, const char *e, char *out, size_t cap)
{
    size_t o = 0;
    int space = 0;
    while (s < e && o + 4 < cap) {
        if (isspace((unsigned char)*s)) {
            space = o > 0;
            s++;
            continue;
        }
        if (space) {
            out[o++] = ' ';
            space = 0;
        }
        if (*s == '&') {
            static const struct { const char *ent; char ch; } ents[] = {
                { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
                { "&quot;", '"' }, { "&apos;", '\'' } };
            size_t k;
            for (k = 0; k < 5; k++)
                if (!strncmp(s, ents[k].ent, strlen(ents[k].ent))) {
                    out[o++] = ents[k].ch;
                    s += strlen(ents[k].ent);
                    break;
                }
            if (k < 5)
                continue;
        }
        out[o++] = *s++;
    }
    out[o] = 0;
}

static void score_file(dz_lexicon **lxp, const char *path, int load, score *sc)
{
    size_t len;
    char *buf = read_all(path, &len), *p;
    if (!buf) {
        fprintf(stderr, "eval_actions: cannot read %s\n", path);
        exit(1);
    }
    if (load) {
        /* the dictionaries the gold assumes */
        char *env = strstr(buf, "<Actorfile>"), dir[4096];
        const char *slash = strrchr(path, '/');
        snprintf(dir, sizeof dir, "%.*s../dictionaries",
                 slash ? (int)(slash - path + 1) : 0, path);
        if (env) {
            char *e = strstr(env, "</Actorfile>"), *q = env + 11;
            while (e && q < e) {
                char *comma = memchr(q, ',', (size_t)(e - q)), file[4200];
                char *stop = comma ? comma : e;
                snprintf(file, sizeof file, "%s/%.*s", dir, (int)(stop - q), q);
                load_actors(*lxp, file);
                q = stop + 1;
            }
            qsort(dict, ndict, sizeof *dict, cmp_dict);
        }
    }
    for (p = buf; (p = strstr(p, "<Sentence"));) {
        char *end = strstr(p, "</Sentence>"), *tag_end = strchr(p, '>');
        char id[128], date[16], text[8192], published[11] = "";
        triple gold[32], sys[64];
        int ngold = 0, nsys = 0, error = 0, i;
        char *q;
        if (!end || !tag_end)
            break;
        if (p[9] != ' ' && p[9] != '>') {        /* <Sentences> */
            p += 9;
            continue;
        }
        attr(p, tag_end, "id", id, sizeof id);
        attr(p, tag_end, "date", date, sizeof date);
        for (q = p; (q = strstr(q, "<EventCoding")) && q < end; q++) {
            char *te = strchr(q, '>');
            char src[32], tgt[32], code[16], noev[16], err[64];
            attr(q, te, "sourcecode", src, sizeof src);
            attr(q, te, "targetcode", tgt, sizeof tgt);
            attr(q, te, "eventcode", code, sizeof code);
            attr(q, te, "noevents", noev, sizeof noev);
            attr(q, te, "error", err, sizeof err);
            if (err[0])
                error = 1;
            if (noev[0] || !code[0] || !isdigit((unsigned char)code[0]) ||
                ngold >= 32)
                continue;
            snprintf(gold[ngold].src, 4, "%.3s", src[0] ? src : "---");
            snprintf(gold[ngold].tgt, 4, "%.3s", tgt[0] ? tgt : "---");
            snprintf(gold[ngold].code, 3, "%.2s", ignore_code ? "00" : code);
            for (i = 0; i < 3; i++) {
                gold[ngold].src[i] = (char)toupper((unsigned char)gold[ngold].src[i]);
                gold[ngold].tgt[i] = (char)toupper((unsigned char)gold[ngold].tgt[i]);
            }
            if (!has_triple(gold, ngold, &gold[ngold]))
                ngold++;
        }
        {
            char *ts = strstr(p, "<Text>"), *tend = ts ? strstr(ts, "</Text>") : NULL;
            if (!ts || !tend || tend > end || error || !strcmp(id, "FINAL-RECORD")) {
                p = end + 1;
                continue;
            }
            clean_text(ts + 6, tend, text, sizeof text);
        }
        if (strlen(date) == 8)
            snprintf(published, sizeof published, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        {
            dz_analysis a;
            clock_t t0 = clock();
            dz_analysis_init(&a, text, strlen(text), published);
            text_split(&a);
            entities_find(*lxp, &a);
            timex_find(&a);
            actions_find(&a);
            sc->seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
            sc->sentences += a.nsentences;
            for (i = 0; i < a.nactions && nsys < 64; i++) {
                const dz_action *x = &a.actions[i];
                triple t;
                if (x->modality == DZ_MOD_NEGATED || x->modality == DZ_MOD_HYPOTHETICAL)
                    continue;
                snprintf(t.src, 4, "%s", mention_code(&a, x->actor));
                snprintf(t.tgt, 4, "%s", mention_code(&a, x->target));
                snprintf(t.code, 3, "%02d", ignore_code ? 0 : x->category);
                /* PETRARCH's require_dyad: no event without both sides */
                if (!strcmp(t.src, "---") || (require_dyad && !strcmp(t.tgt, "---")) ||
                    has_triple(sys, nsys, &t))
                    continue;
                sys[nsys++] = t;
            }
            dz_analysis_free(&a);
        }
        sc->records++;
        sc->gold += ngold;
        sc->sys += nsys;
        for (i = 0; i < nsys; i++)
            if (has_triple(gold, ngold, &sys[i]))
                sc->tp++;
        if (verbose) {
            for (i = 0; i < ngold; i++)
                if (!has_triple(sys, nsys, &gold[i]))
                    fprintf(stderr, "%s miss %s %s %s: %s\n", id, gold[i].src,
                            gold[i].tgt, gold[i].code, text);
            for (i = 0; i < nsys; i++)
                if (!has_triple(gold, ngold, &sys[i]))
                    fprintf(stderr, "%s false %s %s %s: %s\n", id, sys[i].src,
                            sys[i].tgt, sys[i].code, text);
        }
        p = end + 1;
    }
    free(buf);
}

/* Give lx the built-in learned tagger, as dossier does, so that what is
** scored and timed is the product's analysis. 0, or -1 with a message. */
static int add_model(dz_lexicon *lx)
{
    char err[256];
    dz_ner_model *m = ner_load_builtin(err, sizeof err);
    if (!m) {
        fprintf(stderr, "eval_actions: %s\n", err);
        return -1;
    }
    lexicon_set_model(lx, m);
    return 0;
}

/* -b: analyse the <BODY> elements of each file (Reuters SGML), or the
** whole file, on one thread; print sentences per second of the whole
** analysis and of actions_find alone. */
static int bench(int argc, char **argv, int first)
{
    dz_lexicon *lx = lexicon_new();
    long sentences = 0, actions = 0, docs = 0;
    double total = 0, act = 0;
    int i;
    if (!lx || add_model(lx) != 0) {
        lexicon_free(lx);
        return 1;
    }
    for (i = first; i < argc; i++) {
        size_t len;
        char *buf = read_all(argv[i], &len), *p, *e;
        if (!buf) {
            fprintf(stderr, "eval_actions: cannot read %s\n", argv[i]);
            continue;
        }
        for (p = buf; p < buf + len; p = e) {
            char *b = strstr(p, "<BODY>");
            dz_analysis a;
            struct timespec t0, t1, t2;
            if (b) {
                b += 6;
                e = strstr(b, "</BODY>");
                if (!e)
                    break;
            } else if (p == buf) {
                b = buf;
                e = buf + len;
            } else
                break;
            dz_analysis_init(&a, b, (size_t)(e - b), "1987-03-01");
            clock_gettime(CLOCK_MONOTONIC, &t0);
            text_split(&a);
            entities_find(lx, &a);
            timex_find(&a);
            clock_gettime(CLOCK_MONOTONIC, &t1);
            actions_find(&a);
            clock_gettime(CLOCK_MONOTONIC, &t2);
            total += (double)(t2.tv_sec - t0.tv_sec) + (double)(t2.tv_nsec - t0.tv_nsec) / 1e9;
            act += (double)(t2.tv_sec - t1.tv_sec) + (double)(t2.tv_nsec - t1.tv_nsec) / 1e9;
            sentences += a.nsentences;
            actions += a.nactions;
            docs++;
            dz_analysis_free(&a);
        }
        free(buf);
    }
    lexicon_free(lx);
    printf("%ld texts, %ld sentences, %ld actions\n", docs, sentences, actions);
    if (total > 0)
        printf("full analysis: %.0f sentences/s; actions_find alone: %.0f sentences/s\n",
               (double)sentences / total, act > 0 ? (double)sentences / act : 0);
    return 0;
}

static void print_score(const char *name, const score *s)
{
    double pr = s->sys ? (double)s->tp / (double)s->sys : 0;
    double rc = s->gold ? (double)s->tp / (double)s->gold : 0;
    double f1 = pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0;
    printf("%-40s records %4ld  gold %4ld  system %4ld  correct %4ld  P %.3f  R %.3f  F1 %.3f\n",
           name, s->records, s->gold, s->sys, s->tp, pr, rc, f1);
}

int main(int argc, char **argv)
{
    score total = { 0 };
    int i, load = 1, speed = 0, nfiles = 0;
    if (argc > 2 && !strcmp(argv[1], "-b"))
        return bench(argc, argv, 2);
    for (i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-v"))
            verbose = 1;
        else if (!strcmp(argv[i], "-n"))
            load = 0;
        else if (!strcmp(argv[i], "-s"))
            speed = 1;
        else if (!strcmp(argv[i], "-m"))
            require_dyad = 0;
        else if (!strcmp(argv[i], "-G"))
            no_model = 1;
        else if (!strcmp(argv[i], "-d"))
            ignore_code = 1;
    }
    for (i = 1; i < argc; i++) {
        dz_lexicon *lx;
        score s = { 0 };
        const char *base;
        if (argv[i][0] == '-')
            continue;
        lx = lexicon_new();
        if (!lx) {
            fprintf(stderr, "eval_actions: out of memory\n");
            return 1;
        }
        if (!no_model && add_model(lx) != 0) {
            lexicon_free(lx);
            return 1;
        }
        score_file(&lx, argv[i], load, &s);
        base = strrchr(argv[i], '/');
        print_score(base ? base + 1 : argv[i], &s);
        total.records += s.records;
        total.gold += s.gold;
        total.sys += s.sys;
        total.tp += s.tp;
        total.sentences += s.sentences;
        total.seconds += s.seconds;
        lexicon_free(lx);
        for (size_t k = 0; k < ndict; k++)
            free(dict[k].key);
        ndict = 0;
        nfiles++;
    }
    if (nfiles == 0) {
        fprintf(stderr, "usage: eval_actions [-v] [-n] [-m] [-d] [-s] FILE...\n");
        return 2;
    }
    free(dict);
    if (nfiles > 1)
        print_score("all", &total);
    if (speed && total.seconds > 0)
        printf("analysis speed: %.0f sentences/s (%ld sentences, %.3f s)\n",
               (double)total.sentences / total.seconds, total.sentences, total.seconds);
    {
        double pr = total.sys ? (double)total.tp / (double)total.sys : 0;
        double rc = total.gold ? (double)total.tp / (double)total.gold : 0;
        printf("F1 %.3f\n", pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0);
    }
    return 0;
}
