/*
** bench_ner.c — how much the learned tagger costs inside the analysis
** path: text_split + entities_find over the sentences of a CoNLL-2003 file
** (joined as articles, one per -DOCSTART-), first with gazetteers and rules
** alone, then with the built-in model attached (lexicon_set_model), plus the
** tagger alone on the same tokens.
**
**   bench_ner --data eng.testa [--model FILE] [--repeat N]
**
** Prints tokens per second for each and the slowdown factor. Best of N.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "analysis/analysis.h"
#include "analysis/entities.h"
#include "analysis/text.h"
#include "analysis/ner.h"
#include "conll.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: the machine is shared */
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Analyse every article; returns seconds, mentions found in *nment and
** tokens seen by text_split in *ntok. -1 on failure. */
static double run(const dz_lexicon *lx, char **arts, int narts, long *nment,
                  long *ntok)
{
    double t0 = now();
    *nment = *ntok = 0;
    for (int i = 0; i < narts; i++) {
        dz_analysis a;
        dz_analysis_init(&a, arts[i], strlen(arts[i]), NULL);
        if (text_split(&a) != 0 || entities_find(lx, &a) != 0) {
            dz_analysis_free(&a);
            return -1;
        }
        *nment += a.nmentions;
        *ntok += a.ntokens;
        dz_analysis_free(&a);
    }
    return now() - t0;
}

int main(int argc, char **argv)
{
    const char *data = NULL, *model = NULL;
    int repeat = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--data")) data = argv[i + 1];
        else if (!strcmp(argv[i], "--model")) model = argv[i + 1];
        else if (!strcmp(argv[i], "--repeat")) repeat = atoi(argv[i + 1]);
    }
    if (!data || repeat < 1) {
        fprintf(stderr, "usage: bench_ner --data FILE [--model FILE] [--repeat N]\n");
        return 2;
    }
    conll c;
    if (conll_read(&c, data) != 0)
        return 1;
    /* articles: sentences joined by spaces, one article per document */
    int ndoc = c.nsent ? c.sents[c.nsent - 1].doc + 1 : 0;
    char **arts = calloc((size_t)ndoc + 1, sizeof *arts);
    dz_buf *bufs = calloc((size_t)ndoc + 1, sizeof *bufs);
    for (int s = 0; s < c.nsent; s++) {
        dz_buf *b = &bufs[c.sents[s].doc];
        for (int i = 0; i < c.sents[s].n; i++) {
            dz_buf_append(b, c.words[c.sents[s].first + i],
                          (size_t)c.lens[c.sents[s].first + i]);
            dz_buf_putc(b, ' ');
        }
        dz_buf_puts(b, "\n\n");
    }
    int narts = 0;
    for (int d = 0; d < ndoc; d++)
        if (bufs[d].len)
            arts[narts++] = bufs[d].data;

    char err[512];
    dz_ner_model *m = model ? ner_load(model, err, sizeof err)
                            : ner_load_builtin(err, sizeof err);
    if (!m) {
        fprintf(stderr, "bench_ner: %s\n", err);
        return 1;
    }
    dz_lexicon *lx = lexicon_new();
    if (!lx)
        return 1;
    double best[2] = { 1e30, 1e30 };
    long nment[2] = { 0, 0 }, ntok = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            lexicon_set_model(lx, m);
        for (int r = 0; r < repeat; r++) {
            double t = run(lx, arts, narts, &nment[pass], &ntok);
            if (t < 0) {
                fprintf(stderr, "bench_ner: analysis failed\n");
                return 1;
            }
            if (t < best[pass])
                best[pass] = t;
        }
    }
    /* the tagger alone on the CoNLL tokens */
    uint8_t *pred = malloc((size_t)c.ntok + 1);
    double tag = 1e30;
    for (int r = 0; r < repeat; r++) {
        double t0 = now();
        for (int s = 0; s < c.nsent; s++)
            ner_tag(m, c.words + c.sents[s].first, c.lens + c.sents[s].first,
                    c.sents[s].n, pred + c.sents[s].first);
        double t = now() - t0;
        if (t < tag)
            tag = t;
    }
    printf("%d articles, %ld tokens\n", narts, ntok);
    printf("rules only:   %.3f s, %.0f tokens per second, %ld mentions\n",
           best[0], ntok / best[0], nment[0]);
    printf("with tagger:  %.3f s, %.0f tokens per second, %ld mentions\n",
           best[1], ntok / best[1], nment[1]);
    printf("tagger alone: %.3f s, %.0f tokens per second\n", tag, c.ntok / tag);
    printf("slowdown with tagger: %.2fx\n", best[1] / best[0]);
    lexicon_free(lx);                     /* frees the model too */
    for (int d = 0; d < ndoc; d++)
        dz_buf_free(&bufs[d]);
    free(bufs);
    free(arts);
    free(pred);
    conll_free(&c);
    return 0;
}
