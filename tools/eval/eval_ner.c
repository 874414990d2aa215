/*
** eval_ner.c — score a tagger model on a CoNLL-2003 file, conlleval-style,
** and measure tagging speed.
**
**   eval_ner --model FILE --data eng.testa [--repeat N] [--dump OUT]
**
** Prints load time, tokens per second (tagging only, best of N passes over
** the whole file on this thread), then one line per type and the overall
** line last:
**   overall precision P recall R FB1 F
** --dump writes "word gold predicted" per token (types only, "O" or
** "B-X" / "I-X"), a blank line after each sentence, for reading errors.
** Exit status 0, 1 on an unreadable model or data file, 2 on bad usage.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "analysis/ner.h"
#include "conll.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);   /* CPU time: the machine is shared */
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Write each token of c with its gold and predicted label to path. */
static int dump_tags(const conll *c, const uint8_t *pred, const char *path)
{
    FILE *fp = fopen(path, "w");
    if (!fp) {
        perror(path);
        return -1;
    }
    for (int s = 0; s < c->nsent; s++) {
        const conll_sent *st = &c->sents[s];
        for (int i = st->first; i < st->first + st->n; i++) {
            int g = c->gold[i], p = pred[i];
            fprintf(fp, "%.*s %s%s %s%s\n", c->lens[i], c->words[i],
                    g ? (NER_LABEL_IS_B(g) ? "B-" : "I-") : "O",
                    ner_type_name(NER_LABEL_TYPE(g)),
                    p ? (NER_LABEL_IS_B(p) ? "B-" : "I-") : "O",
                    ner_type_name(NER_LABEL_TYPE(p)));
        }
        fputc('\n', fp);
    }
    return fclose(fp) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    const char *model = NULL, *data = NULL, *dump = NULL;
    int repeat = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--model")) model = argv[i + 1];
        else if (!strcmp(argv[i], "--data")) data = argv[i + 1];
        else if (!strcmp(argv[i], "--repeat")) repeat = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--dump")) dump = argv[i + 1];
        else model = NULL, i = argc;
    }
    if (!model || !data || repeat < 1 || argc % 2 == 0) {
        fprintf(stderr, "usage: eval_ner --model FILE --data FILE [--repeat N] [--dump OUT]\n");
        return 2;
    }
    char err[512];
    double t0 = now();
    dz_ner_model *m = ner_load(model, err, sizeof err);
    double tload = now() - t0;
    if (!m) {
        fprintf(stderr, "eval_ner: %s\n", err);
        return 1;
    }
    conll c;
    if (conll_read(&c, data) != 0)
        return 1;
    uint8_t *pred = malloc((size_t)c.ntok + 1);
    if (!pred)
        return 1;
    double best = 1e30;
    for (int r = 0; r < repeat; r++) {
        double t1 = now();
        for (int s = 0; s < c.nsent; s++) {
            const conll_sent *st = &c.sents[s];
            if (ner_tag(m, c.words + st->first, c.lens + st->first, st->n,
                        pred + st->first) != 0) {
                fprintf(stderr, "eval_ner: out of memory\n");
                return 1;
            }
        }
        double dt = now() - t1;
        if (dt < best)
            best = dt;
    }
    conll_score sc;
    memset(&sc, 0, sizeof sc);
    long ok = 0;
    for (int s = 0; s < c.nsent; s++) {
        const conll_sent *st = &c.sents[s];
        conll_score_sent(&sc, c.gold + st->first, pred + st->first, st->n);
    }
    for (int i = 0; i < c.ntok; i++)
        ok += pred[i] == c.gold[i];
    if (dump && dump_tags(&c, pred, dump) != 0)
        return 1;
    printf("model loaded in %.2f ms\n", tload * 1000);
    printf("tagged %d tokens in %.3f s: %.0f tokens per second\n", c.ntok,
           best, c.ntok / best);
    printf("processed %d tokens with %ld phrases; found: %ld phrases; correct: %ld.\n",
           c.ntok, sc.gold[0], sc.found[0], sc.correct[0]);
    printf("accuracy: %.2f%%\n", 100.0 * ok / (c.ntok ? c.ntok : 1));
    static const int order[] = { 2, 4, 3, 1 };    /* conlleval's: LOC MISC ORG PER */
    for (int k = 0; k < 4; k++) {
        int t = order[k];
        double p, r, f;
        conll_prf(&sc, t, &p, &r, &f);
        printf("%s precision %.2f recall %.2f FB1 %.2f  %ld\n",
               ner_type_name(t), p, r, f, sc.found[t]);
    }
    double p, r, f;
    conll_prf(&sc, 0, &p, &r, &f);
    printf("overall precision %.2f recall %.2f FB1 %.2f\n", p, r, f);
    free(pred);
    conll_free(&c);
    ner_free(m);
    return 0;
}
