/*
** train_ner.c — learn the name tagger's weights from CoNLL-2003 training
** data with the averaged structured perceptron, and write a model file.
**
**   train_ner --train eng.train [--dev eng.testa] [--clusters FILE]
**             [--gaz FILE] [--bits 18] [--epochs 10] [--seed 1]
**             [--dropout P] [--folds K [--fold-average 1 [--cv-single 1]]
**             [--fold-models DIR]] --out ner.model
**
** --clusters: lines "word<TAB>fine<TAB>coarse" (ner_clusters writes them).
** --gaz: lines "TYPE<TAB>phrase", TYPE one of PER LOC ORG MISC TITLE FIRST
** ORGWORD. --dropout: feature bagging (see dropped). --folds: K-fold
** cross-validation over whole documents in file order, FB1 per type on
** stdout ("cv TYPE precision P recall R FB1 F"); --fold-average 1 makes the
** model the average of the K fold models (else one model on all the data)
** and then scores each held-out fold with the same recipe applied to the
** other folds (an average of K - 1 models; see inner_ensemble), unless
** --cv-single 1 scores it with one model (K times cheaper, for exploring);
** --fold-models writes each fold's model as DIR/fold-K.model. --dev only
** reports F1 on that file (for checking settings); it never changes the
** weights. Training is deterministic: sentences are
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

/* Deterministic generator (splitmix64). */
static uint64_t rnd(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

enum { NT = (NER_NLABELS + 1) * NER_NLABELS };

/* The perceptron's working state, reused by every training run. */
typedef struct trainer {
    float *w;                     /* current weights */
    double *wa;                   /* their running sums, for averaging */
    float *emit;
    uint8_t *back, *pred;
    int *order;
} trainer;

static int trainer_init(trainer *T, size_t nw, int maxn)
{
    T->w = malloc(nw * sizeof *T->w);
    T->wa = malloc(nw * sizeof *T->wa);
    T->emit = malloc((size_t)maxn * NER_NLABELS * sizeof *T->emit);
    T->back = malloc((size_t)maxn * NER_NLABELS);
    T->pred = malloc((size_t)maxn);
    T->order = NULL;
    return T->w && T->wa && T->emit && T->back && T->pred ? 0 : -1;
}

static void trainer_free(trainer *T)
{
    free(T->w); free(T->wa); free(T->emit); free(T->back); free(T->pred);
    free(T->order);
}

/* Decode the sentences sel[0..nsel) of c and score them into sc; returns
** overall F1. */
static double evaluate_sel(const conll *c, const feats *fs, const int *sel,
                           int nsel, const float *w, const float *trans,
                           conll_score *sc, trainer *T)
{
    for (int k = 0; k < nsel; k++) {
        int s = sel[k];
        score(c, fs, s, w, T->emit);
        ner_viterbi(T->emit, trans, c->sents[s].n, T->back, T->pred);
        conll_score_sent(sc, c->gold + c->sents[s].first, T->pred, c->sents[s].n);
    }
    double p, r, f;
    conll_prf(sc, 0, &p, &r, &f);
    return f;
}

/* Is feature occurrence j left out of this update (feature bagging: each
** occurrence is dropped with probability drop / 65536, drawn afresh for
** every visit of a sentence from salt)? Models that cannot lean on one
** strong feature (the word itself) learn the weaker ones too, and tag
** unseen words better. */
static int dropped(size_t j, uint64_t salt, uint32_t drop)
{
    uint64_t z;
    if (!drop)
        return 0;
    z = (salt ^ (uint64_t)j) * 0x9E3779B97F4A7C15ULL;
    z ^= z >> 29;
    z *= 0xBF58476D1CE4E5B9ULL;
    return (uint32_t)(z >> 48) < drop;
}

/* Emission scores of sentence s under w, with feature bagging. */
static void score_drop(const conll *c, const feats *fs, int s, const float *w,
                       float *emit, uint32_t drop, uint64_t salt)
{
    const conll_sent *st = &c->sents[s];
    for (int i = 0; i < st->n; i++) {
        float *e = emit + (size_t)i * NER_NLABELS;
        memset(e, 0, NER_NLABELS * sizeof *e);
        int t = st->first + i;
        for (size_t j = fs->off[t]; j < fs->off[t + 1]; j++) {
            if (dropped(j, salt, drop))
                continue;
            const float *row = w + (size_t)fs->f[j] * NER_NLABELS;
            for (int l = 0; l < NER_NLABELS; l++)
                e[l] += row[l];
        }
    }
}

/* The averaged perceptron (Collins 2002) on the sentences sel[0..nsel) of
** tr for epochs passes in an order shuffled from *seed (drop: feature
** bagging, see dropped); the averaged
** weights into avg (nw) and tavg (NT). With dv, prints dev F1 after each
** epoch (never used to change the weights). 0 ok, -1 no memory. */
static int train_run(trainer *T, const conll *tr, const feats *ftr, const int *sel,
                 int nsel, int epochs, uint32_t drop, uint64_t *seed, size_t nw, float *avg,
                 float *tavg, const conll *dv, const feats *fdv, conll_score *sc)
{
    float trans[NT] = { 0 };
    double ta[NT] = { 0 }, c = 1;
    double t0 = now();
    free(T->order);
    if (!(T->order = malloc(sizeof *T->order * (size_t)(nsel ? nsel : 1))))
        return -1;
    memset(T->w, 0, nw * sizeof *T->w);
    memset(T->wa, 0, nw * sizeof *T->wa);
    for (int k = 0; k < nsel; k++)
        T->order[k] = sel[k];
    for (int ep = 1; ep <= epochs; ep++) {
        for (int s = nsel - 1; s > 0; s--) {
            int j = (int)(rnd(seed) % (uint64_t)(s + 1));
            int t = T->order[s]; T->order[s] = T->order[j]; T->order[j] = t;
        }
        long mistakes = 0;
        for (int k = 0; k < nsel; k++) {
            int s = T->order[k];
            const conll_sent *st = &tr->sents[s];
            const uint8_t *gold = tr->gold + st->first;
            uint64_t salt = rnd(seed);
            score_drop(tr, ftr, s, T->w, T->emit, drop, salt);
            ner_viterbi(T->emit, trans, st->n, T->back, T->pred);
            for (int i = 0; i < st->n; i++) {
                int g = gold[i], p = T->pred[i];
                int gp = i ? gold[i - 1] : -1, pp = i ? T->pred[i - 1] : -1;
                if (g != p) {
                    mistakes++;
                    int t = st->first + i;
                    for (size_t j = ftr->off[t]; j < ftr->off[t + 1]; j++) {
                        if (dropped(j, salt, drop))
                            continue;
                        size_t r = (size_t)ftr->f[j] * NER_NLABELS;
                        T->w[r + g] += 1; T->wa[r + g] += c;
                        T->w[r + p] -= 1; T->wa[r + p] -= c;
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
        if (dv || ep == epochs) {
            for (size_t i = 0; i < nw; i++)
                avg[i] = (float)(T->w[i] - T->wa[i] / c);
            for (int i = 0; i < NT; i++)
                tavg[i] = (float)(trans[i] - ta[i] / c);
        }
        if (dv) {
            int *all = malloc(sizeof *all * (size_t)dv->nsent);
            if (!all)
                return -1;
            for (int s = 0; s < dv->nsent; s++)
                all[s] = s;
            memset(sc, 0, sizeof *sc);
            fprintf(stderr, "epoch %d: %ld token errors, dev FB1 %.2f (%.1fs)\n",
                    ep, mistakes, evaluate_sel(dv, fdv, all, dv->nsent, avg,
                                               tavg, sc, T), now() - t0);
            free(all);
        }
    }
    return 0;
}

/* The cross-validated stand-in for the shipped model when the model is the
** average of fold models: for held-out fold k, the average of folds - 1
** models, each trained on the training part (sel, whole documents not in
** fold k) minus one more fold, i.e. the shipped recipe applied to the data
** fold k's model may see. Scoring fold k with one model trained on the rest
** would measure a single model while eng.testa measures the average (worth
** about 0.7 FB1): the two figures would not be comparable. The average goes
** into avg / tavg; inner (nw floats) is scratch. 0 ok, -1 no memory. */
static int inner_ensemble(trainer *T, const conll *tr, const feats *ftr,
                          int *sel, int k, int folds, int ndocs, int epochs,
                          uint32_t drop, uint64_t seed, size_t nw, float *avg,
                          float *tavg, float *inner)
{
    float itrans[NT];
    float tacc[NT] = { 0 };
    float *acc = calloc(nw, sizeof *acc);
    if (!acc)
        return -1;
    for (int j = 0; j < folds; j++) {
        if (j == k)
            continue;
        int nsel = 0;
        for (int s = 0; s < tr->nsent; s++) {
            int f = (int)((long)tr->sents[s].doc * folds / ndocs);
            if (f != k && f != j)
                sel[nsel++] = s;
        }
        uint64_t iseed = seed + 1000u * (uint64_t)(k + 1) + (uint64_t)j;
        if (train_run(T, tr, ftr, sel, nsel, epochs, drop, &iseed, nw, inner,
                      itrans, NULL, NULL, NULL) != 0) {
            free(acc);
            return -1;
        }
        for (size_t i = 0; i < nw; i++)
            acc[i] += inner[i] / (float)(folds - 1);
        for (int i = 0; i < NT; i++)
            tacc[i] += itrans[i] / (float)(folds - 1);
    }
    memcpy(avg, acc, nw * sizeof *avg);
    memcpy(tavg, tacc, sizeof tacc);
    free(acc);
    return 0;
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

static void usage(void)
{
    fprintf(stderr, "usage: train_ner --train FILE [--dev FILE] [--clusters FILE] "
            "[--gaz FILE] [--bits N] [--epochs N] [--seed N] [--folds K]\n"
            "       [--fold-average 0|1 [--cv-single 0|1]] [--dropout P] [--fold-models DIR]\n"
            "       --out FILE\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *train = NULL, *dev = NULL, *clusters = NULL, *gaz = NULL,
               *out = NULL, *fold_models = NULL;
    int bits = 18, epochs = 10, folds = 0, fold_average = 0, cv_single = 0;
    uint32_t drop = 0;
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
        else if (!strcmp(a, "--folds")) folds = atoi(v);
        else if (!strcmp(a, "--fold-models")) fold_models = v;
        else if (!strcmp(a, "--dropout")) drop = (uint32_t)(atof(v) * 65536);
        else if (!strcmp(a, "--fold-average")) fold_average = atoi(v);
        else if (!strcmp(a, "--cv-single")) cv_single = atoi(v);
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
    int maxn = 1;
    for (int s = 0; s < tr.nsent; s++)
        if (tr.sents[s].n > maxn) maxn = tr.sents[s].n;
    if (have_dev)
        for (int s = 0; s < dv.nsent; s++)
            if (dv.sents[s].n > maxn) maxn = dv.sents[s].n;
    trainer T = { 0 };
    float *avg = calloc(nw, sizeof *avg), *sum = NULL;
    float tavg[NT], tsum[NT] = { 0 };
    int *sel = malloc(sizeof *sel * (size_t)tr.nsent);
    if (!avg || !sel || trainer_init(&T, nw, maxn) != 0) {
        fprintf(stderr, "train_ner: out of memory\n");
        return 1;
    }
    conll_score sc;
    if (folds > 1) {
        /* cross-validation: folds of whole documents, in file order (news
        ** of other days than the training part, as unseen text is) */
        int ndocs = tr.nsent ? tr.sents[tr.nsent - 1].doc + 1 : 1;
        conll_score cv;
        memset(&cv, 0, sizeof cv);
        float *inner = NULL;
        if (fold_average && (!(sum = calloc(nw, sizeof *sum)) ||
                             !(inner = malloc(nw * sizeof *inner)))) {
            fprintf(stderr, "train_ner: out of memory\n");
            return 1;
        }
        for (int k = 0; k < folds; k++) {
            int nsel = 0, nheld = 0;
            for (int s = 0; s < tr.nsent; s++)
                if ((int)((long)tr.sents[s].doc * folds / ndocs) != k)
                    sel[nsel++] = s;
            uint64_t fseed = seed + (uint64_t)k;
            if (train_run(&T, &tr, &ftr, sel, nsel, epochs, drop, &fseed, nw,
                          avg, tavg, NULL, NULL, NULL) != 0) {
                fprintf(stderr, "train_ner: out of memory\n");
                return 1;
            }
            if (sum) {
                /* this fold's share of the shipped model: its own weights,
                ** before the held-out score may replace them */
                for (size_t i = 0; i < nw; i++)
                    sum[i] += avg[i] / (float)folds;
                for (int i = 0; i < NT; i++)
                    tsum[i] += tavg[i] / (float)folds;
            }
            if (sum && !cv_single &&
                inner_ensemble(&T, &tr, &ftr, sel, k, folds, ndocs, epochs, drop,
                               seed, nw, avg, tavg, inner) != 0) {
                fprintf(stderr, "train_ner: out of memory\n");
                return 1;
            }
            for (int s = 0; s < tr.nsent; s++)
                if ((int)((long)tr.sents[s].doc * folds / ndocs) == k)
                    sel[nheld++] = s;
            memset(&sc, 0, sizeof sc);
            double f = evaluate_sel(&tr, &ftr, sel, nheld, avg, tavg, &sc, &T);
            for (int t = 0; t < 5; t++) {
                cv.gold[t] += sc.gold[t];
                cv.found[t] += sc.found[t];
                cv.correct[t] += sc.correct[t];
            }
            fprintf(stderr, "train_ner: fold %d/%d: %d sentences held out, FB1 %.2f (%.1fs)\n",
                    k + 1, folds, nheld, f, now() - t0);
            if (fold_models) {
                /* each fold's model, for scoring the whole recogniser on
                ** the documents it did not see */
                char path[4096], ferr[256];
                snprintf(path, sizeof path, "%s/fold-%d.model", fold_models, k + 1);
                if (ner_save(m, avg, tavg, path, ferr, sizeof ferr) != 0) {
                    fprintf(stderr, "train_ner: %s\n", ferr);
                    return 1;
                }
            }
        }
        for (int t = 1; t <= 4; t++) {
            double p, r, f;
            conll_prf(&cv, t, &p, &r, &f);
            printf("cv %-4s precision %.2f recall %.2f FB1 %.2f\n",
                   ner_type_name(t), p, r, f);
        }
        {
            double p, r, f;
            conll_prf(&cv, 0, &p, &r, &f);
            printf("cv overall precision %.2f recall %.2f FB1 %.2f\n", p, r, f);
        }
        fflush(stdout);
        free(inner);
    }
    if (sum) {
        /* the model: the average of the fold models */
        memcpy(avg, sum, nw * sizeof *avg);
        memcpy(tavg, tsum, sizeof tavg);
    } else {
        for (int s = 0; s < tr.nsent; s++)
            sel[s] = s;
        if (train_run(&T, &tr, &ftr, sel, tr.nsent, epochs, drop, &seed, nw, avg, tavg,
              have_dev ? &dv : NULL, have_dev ? &fdv : NULL, &sc) != 0) {
            fprintf(stderr, "train_ner: out of memory\n");
            return 1;
        }
    }
    if (have_dev) {
        int *all = malloc(sizeof *all * (size_t)dv.nsent);
        if (!all)
            return 1;
        for (int s = 0; s < dv.nsent; s++)
            all[s] = s;
        memset(&sc, 0, sizeof sc);
        fprintf(stderr, "train_ner: dev FB1 %.2f\n",
                evaluate_sel(&dv, &fdv, all, dv.nsent, avg, tavg, &sc, &T));
        free(all);
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
    trainer_free(&T);
    free(avg); free(sum); free(sel);
    free(ftr.f); free(ftr.off);
    if (have_dev) {
        free(fdv.f); free(fdv.off);
        conll_free(&dv);
    }
    conll_free(&tr);
    ner_free(m);
    return 0;
}
