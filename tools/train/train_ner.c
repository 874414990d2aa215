/*
** train_ner.c — learn the name tagger's weights from CoNLL-2003 training
** data with the averaged structured perceptron, and write a model file.
**
**   train_ner --train eng.train [--dev eng.testa] [--clusters FILE]
**             [--gaz FILE] [--bits 18] [--epochs 10] [--seed 1]
**             --out ner.model
**
** --clusters: lines "word<TAB>fine<TAB>coarse" (ner_clusters writes them).
** --gaz: lines "TYPE<TAB>phrase", TYPE one of PER LOC ORG MISC TITLE FIRST
** ORGWORD. --dev only reports F1 after each epoch (for choosing settings);
** it never changes the weights. Training is deterministic: sentences are
** visited in an order shuffled by a fixed-seed generator, on one thread.
** scripts/train-ner runs this with the project's settings.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "analysis/ner.h"
#include "conll.h"

typedef struct feats {
    uint32_t *f;                  /* all features, token after token */
    size_t *off;                  /* token i's features: f[off[i], off[i+1]) */
} feats;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Extract the features of every token of c. 0 ok, -1 no memory. */
static int extract_all(const dz_ner_model *m, const conll *c, feats *out)
{
    uint32_t *buf = NULL;
    uint8_t *nf = NULL;
    int maxn = 1;
    for (int s = 0; s < c->nsent; s++)
        if (c->sents[s].n > maxn)
            maxn = c->sents[s].n;
    buf = malloc((size_t)maxn * NER_MAXFEAT * sizeof *buf);
    nf = malloc((size_t)maxn);
    out->off = malloc(((size_t)c->ntok + 1) * sizeof *out->off);
    size_t cap = (size_t)c->ntok * 48, used = 0;
    out->f = malloc(cap * sizeof *out->f);
    if (!buf || !nf || !out->off || !out->f)
        return -1;
    for (int s = 0; s < c->nsent; s++) {
        const conll_sent *st = &c->sents[s];
        if (ner_features(m, c->words + st->first, c->lens + st->first, st->n,
                         buf, nf) != 0)
            return -1;
        for (int i = 0; i < st->n; i++) {
            if (used + NER_MAXFEAT > cap) {
                cap *= 2;
                uint32_t *nb = realloc(out->f, cap * sizeof *nb);
                if (!nb)
                    return -1;
                out->f = nb;
            }
            out->off[st->first + i] = used;
            memcpy(out->f + used, buf + (size_t)i * NER_MAXFEAT,
                   nf[i] * sizeof *buf);
            used += nf[i];
        }
    }
    out->off[c->ntok] = used;
    free(buf);
    free(nf);
    return 0;
}

/* Emission scores of sentence s under weights w. */
static void score(const conll *c, const feats *fs, int s, const float *w,
                  float *emit)
{
    const conll_sent *st = &c->sents[s];
    for (int i = 0; i < st->n; i++) {
        float *e = emit + (size_t)i * NER_NLABELS;
        memset(e, 0, NER_NLABELS * sizeof *e);
        int t = st->first + i;
        for (size_t j = fs->off[t]; j < fs->off[t + 1]; j++) {
            const float *row = w + (size_t)fs->f[j] * NER_NLABELS;
            for (int l = 0; l < NER_NLABELS; l++)
                e[l] += row[l];
        }
    }
}

/* Decode all of c with (w, trans) and score it; returns overall F1. */
static double evaluate(const conll *c, const feats *fs, const float *w,
                       const float *trans, conll_score *sc, float *emit,
                       uint8_t *back, uint8_t *pred)
{
    memset(sc, 0, sizeof *sc);
    for (int s = 0; s < c->nsent; s++) {
        score(c, fs, s, w, emit);
        ner_viterbi(emit, trans, c->sents[s].n, back, pred);
        conll_score_sent(sc, c->gold + c->sents[s].first, pred, c->sents[s].n);
    }
    double p, r, f;
    conll_prf(sc, 0, &p, &r, &f);
    return f;
}

static int load_clusters(dz_ner_model *m, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, fp)) {
        char *t1 = strchr(line, '\t');
        if (!t1)
            continue;
        *t1 = 0;
        unsigned fine = 0, coarse = 0;
        if (sscanf(t1 + 1, "%u\t%u", &fine, &coarse) != 2)
            continue;
        if (ner_model_add_cluster(m, line, (int)strlen(line), fine, coarse) != 0) {
            fclose(fp);
            return -1;
        }
        n++;
    }
    fclose(fp);
    fprintf(stderr, "train_ner: %d cluster words\n", n);
    return 0;
}

static int load_gaz(dz_ner_model *m, const char *path)
{
    static const char *const types[] = { "PER", "LOC", "ORG", "MISC", "TITLE",
                                         "FIRST", "ORGWORD" };
    FILE *fp = fopen(path, "r");
    if (!fp) {
        perror(path);
        return -1;
    }
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = 0;
        char *tab = strchr(line, '\t');
        if (!tab || line[0] == '#')
            continue;
        *tab = 0;
        uint32_t bits = 0;
        for (int i = 0; i < 7; i++)
            if (!strcmp(line, types[i]))
                bits = 1u << i;
        if (!bits)
            continue;
        int rc = ner_model_add_gaz(m, tab + 1, bits);
        if (rc < 0) {
            fclose(fp);
            return -1;
        }
        n += rc == 0;
    }
    fclose(fp);
    fprintf(stderr, "train_ner: %d gazetteer phrases\n", n);
    return 0;
}

/* Deterministic generator (splitmix64). */
static uint64_t rnd(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void usage(void)
{
    fprintf(stderr, "usage: train_ner --train FILE [--dev FILE] [--clusters FILE] "
            "[--gaz FILE] [--bits N] [--epochs N] [--seed N] --out FILE\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *clusters = NULL, *gaz = NULL,
               *out = NULL;
    int bits = 18, epochs = 10;
    uint64_t seed = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (i + 1 >= argc)
            usage();
        const char *v = argv[++i];
        if (!strcmp(a, "--train")) train = v;
        else if (!strcmp(a, "--dev")) dev = v;
        else if (!strcmp(a, "--clusters")) clusters = v;
        else if (!strcmp(a, "--gaz")) gaz = v;
        else if (!strcmp(a, "--out")) out = v;
        else if (!strcmp(a, "--bits")) bits = atoi(v);
        else if (!strcmp(a, "--epochs")) epochs = atoi(v);
        else if (!strcmp(a, "--seed")) seed = strtoull(v, NULL, 10);
        else usage();
    }
    if (!train || !out)
        usage();
    double t0 = now();
    dz_ner_model *m = ner_model_new(bits);
    if (!m) {
        fprintf(stderr, "train_ner: bad --bits %d (10..24)\n", bits);
        return 1;
    }
    if ((clusters && load_clusters(m, clusters) != 0) ||
        (gaz && load_gaz(m, gaz) != 0))
        return 1;

    conll tr, dv;
    feats ftr, fdv;
    if (conll_read(&tr, train) != 0 || extract_all(m, &tr, &ftr) != 0)
        return 1;
    int have_dev = dev != NULL;
    if (have_dev && (conll_read(&dv, dev) != 0 || extract_all(m, &dv, &fdv) != 0))
        return 1;
    fprintf(stderr, "train_ner: %d sentences, %d tokens, %zu features\n",
            tr.nsent, tr.ntok, ftr.off[tr.ntok]);

    size_t nw = ((size_t)1 << bits) * NER_NLABELS;
    enum { NT = (NER_NLABELS + 1) * NER_NLABELS };
    float *w = calloc(nw, sizeof *w), *avg = calloc(nw, sizeof *avg);
    double *wa = calloc(nw, sizeof *wa);
    float trans[NT] = { 0 }, tavg[NT];
    double ta[NT] = { 0 };
    int maxn = 1;
    for (int s = 0; s < tr.nsent; s++)
        if (tr.sents[s].n > maxn) maxn = tr.sents[s].n;
    if (have_dev)
        for (int s = 0; s < dv.nsent; s++)
            if (dv.sents[s].n > maxn) maxn = dv.sents[s].n;
    float *emit = malloc((size_t)maxn * NER_NLABELS * sizeof *emit);
    uint8_t *back = malloc((size_t)maxn * NER_NLABELS);
    uint8_t *pred = malloc((size_t)maxn);
    int *order = malloc(sizeof *order * (size_t)tr.nsent);
    if (!w || !avg || !wa || !emit || !back || !pred || !order) {
        fprintf(stderr, "train_ner: out of memory\n");
        return 1;
    }
    for (int s = 0; s < tr.nsent; s++)
        order[s] = s;

    double c = 1;
    conll_score sc;
    for (int ep = 1; ep <= epochs; ep++) {
        for (int s = tr.nsent - 1; s > 0; s--) {
            int j = (int)(rnd(&seed) % (uint64_t)(s + 1));
            int t = order[s]; order[s] = order[j]; order[j] = t;
        }
        long mistakes = 0;
        for (int k = 0; k < tr.nsent; k++) {
            int s = order[k];
            const conll_sent *st = &tr.sents[s];
            const uint8_t *gold = tr.gold + st->first;
            score(&tr, &ftr, s, w, emit);
            ner_viterbi(emit, trans, st->n, back, pred);
            for (int i = 0; i < st->n; i++) {
                int g = gold[i], p = pred[i];
                int gp = i ? gold[i - 1] : -1, pp = i ? pred[i - 1] : -1;
                if (g != p) {
                    mistakes++;
                    int t = st->first + i;
                    for (size_t j = ftr.off[t]; j < ftr.off[t + 1]; j++) {
                        size_t r = (size_t)ftr.f[j] * NER_NLABELS;
                        w[r + g] += 1; wa[r + g] += c;
                        w[r + p] -= 1; wa[r + p] -= c;
                    }
                }
                if (g != p || gp != pp) {
                    int a = (gp + 1) * NER_NLABELS + g, b = (pp + 1) * NER_NLABELS + p;
                    trans[a] += 1; ta[a] += c;
                    trans[b] -= 1; ta[b] -= c;
                }
            }
            c++;
        }
        fprintf(stderr, "epoch %d: %ld token errors", ep, mistakes);
        if (have_dev || ep == epochs) {
            for (size_t i = 0; i < nw; i++)
                avg[i] = (float)(w[i] - wa[i] / c);
            for (int i = 0; i < NT; i++)
                tavg[i] = (float)(trans[i] - ta[i] / c);
        }
        if (have_dev)
            fprintf(stderr, ", dev FB1 %.2f",
                    evaluate(&dv, &fdv, avg, tavg, &sc, emit, back, pred));
        fprintf(stderr, " (%.1fs)\n", now() - t0);
    }
    if (have_dev) {
        for (int t = 1; t <= 4; t++) {
            double p, r, f;
            conll_prf(&sc, t, &p, &r, &f);
            fprintf(stderr, "  dev %-4s precision %.2f recall %.2f FB1 %.2f\n",
                    ner_type_name(t), p, r, f);
        }
    }
    char err[256];
    if (ner_save(m, avg, tavg, out, err, sizeof err) != 0) {
        fprintf(stderr, "train_ner: %s\n", err);
        return 1;
    }
    fprintf(stderr, "train_ner: wrote %s in %.1fs\n", out, now() - t0);
    free(w); free(avg); free(wa); free(emit); free(back); free(pred); free(order);
    free(ftr.f); free(ftr.off);
    if (have_dev) {
        free(fdv.f); free(fdv.off);
        conll_free(&dv);
    }
    conll_free(&tr);
    ner_free(m);
    return 0;
}
