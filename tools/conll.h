/*
** conll.h — reading CoNLL-2003 files and scoring entity spans the way
** conlleval does, shared by train_ner.c and eval_ner.c (static functions,
** included once per program).
**
** A file is read whole; words point into it. Gold IOB1 tags are turned into
** BIO (IOB2) labels: an entity starts at B-X, or at I-X after anything that
** is not X.
*/
#ifndef DOSSIER_TOOLS_CONLL_H
#define DOSSIER_TOOLS_CONLL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/ner.h"

typedef struct conll_sent {
    int first, n;                 /* tokens [first, first + n) */
    int doc;                      /* document number (from -DOCSTART-) */
} conll_sent;

typedef struct conll {
    char *text;                   /* the file, words NUL-terminated in it */
    const char **words;
    int *lens;
    uint8_t *gold;                /* BIO labels */
    int ntok, captok;
    conll_sent *sents;
    int nsent, capsent;
} conll;

static int conll_type(const char *t)
{
    if (!strcmp(t, "PER")) return 1;
    if (!strcmp(t, "LOC")) return 2;
    if (!strcmp(t, "ORG")) return 3;
    if (!strcmp(t, "MISC")) return 4;
    return 0;
}

/* Read path into c. 0 ok, -1 with a message on stderr. */
static int conll_read(conll *c, const char *path)
{
    memset(c, 0, sizeof *c);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return -1;
    }
    fseek(fp, 0, SEEK_END);
    long sz = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    c->text = malloc((size_t)sz + 1);
    if (!c->text || fread(c->text, 1, (size_t)sz, fp) != (size_t)sz) {
        fprintf(stderr, "%s: cannot read\n", path);
        fclose(fp);
        return -1;
    }
    fclose(fp);
    c->text[sz] = 0;
    /* at most one token per line */
    int maxtok = 1;
    for (long i = 0; i < sz; i++)
        maxtok += c->text[i] == '\n';
    c->words = malloc(sizeof *c->words * (size_t)maxtok);
    c->lens = malloc(sizeof *c->lens * (size_t)maxtok);
    c->gold = malloc((size_t)maxtok);
    c->sents = malloc(sizeof *c->sents * (size_t)maxtok);
    if (!c->words || !c->lens || !c->gold || !c->sents)
        return -1;
    char *p = c->text;
    int doc = -1, start = 0, prevtype = 0;
    while (*p) {
        char *eol = strchr(p, '\n');
        if (!eol)
            eol = p + strlen(p);
        char *next = *eol ? eol + 1 : eol;
        *eol = 0;
        if (eol > p && eol[-1] == '\r')
            eol[-1] = 0;
        if (!strncmp(p, "-DOCSTART-", 10)) {
            doc++;
        } else if (*p == 0) {
            if (c->ntok > start) {
                c->sents[c->nsent].first = start;
                c->sents[c->nsent].n = c->ntok - start;
                c->sents[c->nsent].doc = doc < 0 ? 0 : doc;
                c->nsent++;
            }
            start = c->ntok;
            prevtype = 0;
        } else {
            char *sp = strchr(p, ' ');
            char *tag = strrchr(p, ' ');
            if (!sp || !tag) {
                fprintf(stderr, "%s: bad line: %s\n", path, p);
                return -1;
            }
            *sp = 0;
            tag++;
            int type = 0, b = 0;
            if (tag[0] != 'O' && tag[1] == '-') {
                type = conll_type(tag + 2);
                b = tag[0] == 'B';
            }
            uint8_t l = NER_O;
            if (type)
                l = (uint8_t)((type - 1) * 2 + ((b || prevtype != type) ? 1 : 2));
            c->words[c->ntok] = p;
            c->lens[c->ntok] = (int)(sp - p);
            c->gold[c->ntok] = l;
            c->ntok++;
            prevtype = type;
        }
        p = next;
    }
    if (c->ntok > start) {
        c->sents[c->nsent].first = start;
        c->sents[c->nsent].n = c->ntok - start;
        c->sents[c->nsent].doc = doc < 0 ? 0 : doc;
        c->nsent++;
    }
    return 0;
}

static void conll_free(conll *c)
{
    free(c->text);
    free(c->words);
    free(c->lens);
    free(c->gold);
    free(c->sents);
}

/* Entity counts per type (index 1..4; 0 = all). */
typedef struct conll_score {
    long gold[5], found[5], correct[5];
} conll_score;

/* End (exclusive) of the entity starting at i in BIO labels l[0..n). */
static inline int span_end(const uint8_t *l, int n, int i)
{
    int j = i + 1;
    while (j < n && l[j] == l[i] + 1)
        j++;
    return j;
}

/* Add one sentence's gold and predicted spans to s. */
static inline void conll_score_sent(conll_score *s, const uint8_t *gold,
                             const uint8_t *pred, int n)
{
    for (int i = 0; i < n; i++) {
        if (NER_LABEL_IS_B(gold[i])) {
            int t = NER_LABEL_TYPE(gold[i]);
            s->gold[t]++;
            s->gold[0]++;
            if (pred[i] == gold[i] && span_end(gold, n, i) == span_end(pred, n, i)) {
                s->correct[t]++;
                s->correct[0]++;
            }
        }
        if (NER_LABEL_IS_B(pred[i])) {
            s->found[NER_LABEL_TYPE(pred[i])]++;
            s->found[0]++;
        }
    }
}

static inline void conll_prf(const conll_score *s, int t, double *p, double *r,
                      double *f)
{
    *p = s->found[t] ? 100.0 * s->correct[t] / s->found[t] : 0;
    *r = s->gold[t] ? 100.0 * s->correct[t] / s->gold[t] : 0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

#endif
