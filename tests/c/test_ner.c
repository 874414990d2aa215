/*
** test_ner.c — the learned name tagger: a model built here, saved, loaded
** and used to tag; missing, truncated, corrupt and foreign model files;
** bad input; BIO-valid decoding; the committed model; and determinism of
** the trainer (run twice on the same small data, byte-identical models).
*/
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "analysis/ner.h"
#include "analysis/entities.h"
#include "analysis/text.h"

/* The committed model, compiled in by CMake from src/analysis/lexicon/ner.model. */
extern const char lexicon_ner_model[];
extern const size_t lexicon_ner_model_len;

static char tmpdir[] = "/tmp/test_ner.XXXXXX";

static void path_in_tmp(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}

/* Split s on spaces into words/lens (pointers into s); returns the count. */
static int split(const char *s, const char **words, int *lens, int max)
{
    int n = 0;
    while (*s && n < max) {
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        if (e > s) {
            words[n] = s;
            lens[n++] = (int)(e - s);
        }
        s = e;
    }
    return n;
}

/* Write a model that tags "Paris" (and, through the gazetteer feature,
** any phrase listed as LOC) as a location and everything else O. */
static void write_toy_model(const char *path)
{
    dz_ner_model *m = ner_model_new(16);
    assert_non_null(m);
    assert_int_equal(ner_model_add_gaz(m, "New Caledonia", NER_GAZ_LOC), 0);
    assert_int_equal(ner_model_add_gaz(m, "", NER_GAZ_LOC), 1);
    assert_int_equal(ner_model_add_cluster(m, "paris", 5, 3, 1), 0);
    size_t nw = ((size_t)1 << 16) * NER_NLABELS;
    float *w = calloc(nw, sizeof *w);
    float trans[(NER_NLABELS + 1) * NER_NLABELS] = { 0 };
    assert_non_null(w);

    const char *words[8];
    int lens[8];
    uint32_t f[8 * NER_MAXFEAT];
    uint8_t nf[8];
    /* "Paris": the features it has in any context (word, affixes, shape,
       cluster) vote B-LOC; the bias feature (always the first) votes O */
    int n = split("a Paris b", words, lens, 8);
    assert_int_equal(ner_features(m, words, lens, n, f, nf), 0);
    uint32_t f2[3 * NER_MAXFEAT];
    uint8_t nf2[3];
    n = split("c Paris", words, lens, 8);
    assert_int_equal(ner_features(m, words, lens, n, f2, nf2), 0);
    int intrinsic = 0;
    for (int k = 1; k < nf[1]; k++) {
        uint32_t x = f[NER_MAXFEAT + k];
        for (int j = 1; j < nf2[1]; j++) {
            if (f2[NER_MAXFEAT + j] == x) {
                w[(size_t)x * NER_NLABELS + NER_B_LOC] += 1;
                intrinsic++;
                break;
            }
        }
    }
    assert_true(intrinsic >= 12);
    w[(size_t)f[0] * NER_NLABELS + NER_O] += 8;
    /* "New Caledonia": B-LOC I-LOC through the two gazetteer features */
    n = split("New Caledonia", words, lens, 8);
    uint32_t g[2 * NER_MAXFEAT];
    uint8_t ng[2];
    assert_int_equal(ner_features(m, words, lens, n, g, ng), 0);
    n = split("Old Caledonia", words, lens, 8);
    uint32_t h[2 * NER_MAXFEAT];
    uint8_t nh[2];
    assert_int_equal(ner_features(m, words, lens, n, h, nh), 0);
    /* features of the listed phrase that the unlisted one lacks */
    for (int i = 0; i < 2; i++) {
        for (int k = 0; k < ng[i]; k++) {
            uint32_t x = g[i * NER_MAXFEAT + k];
            int shared = 0;
            for (int j = 0; j < nh[i]; j++)
                shared |= h[i * NER_MAXFEAT + j] == x;
            if (!shared)
                w[(size_t)x * NER_NLABELS + (i ? NER_I_LOC : NER_B_LOC)] += 5;
        }
    }
    char err[256];
    assert_int_equal(ner_save(m, w, trans, path, err, sizeof err), 0);
    free(w);
    ner_free(m);
}

static void tag_str(const dz_ner_model *m, const char *s, uint8_t *labels,
                    int expect_n)
{
    const char *words[64];
    int lens[64];
    int n = split(s, words, lens, 64);
    assert_int_equal(n, expect_n);
    assert_int_equal(ner_tag(m, words, lens, n, labels), 0);
}

static void test_save_load_tag(void **state)
{
    (void)state;
    char path[256], err[256];
    uint8_t l[16];
    path_in_tmp(path, sizeof path, "toy.model");
    write_toy_model(path);
    dz_ner_model *m = ner_load(path, err, sizeof err);
    assert_non_null(m);
    tag_str(m, "He flew to Paris today", l, 5);
    assert_int_equal(l[0], NER_O);
    assert_int_equal(l[2], NER_O);
    assert_int_equal(l[3], NER_B_LOC);
    assert_int_equal(l[4], NER_O);
    tag_str(m, "in New Caledonia and Old Caledonia", l, 6);
    assert_int_equal(l[1], NER_B_LOC);
    assert_int_equal(l[2], NER_I_LOC);
    assert_int_equal(l[4], NER_O);
    assert_int_equal(l[5], NER_O);
    /* case does not matter to the gazetteer */
    tag_str(m, "NEW CALEDONIA", l, 2);
    assert_int_equal(l[0], NER_B_LOC);
    assert_int_equal(l[1], NER_I_LOC);
    ner_free(m);

    /* the same bytes from memory, aligned and not */
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = malloc(4 << 20);
    assert_non_null(buf);
    size_t len = fread(buf + 8, 1, (4 << 20) - 16, fp);
    fclose(fp);
    m = ner_load_mem(buf + 8, len, err, sizeof err);
    assert_non_null(m);
    tag_str(m, "Paris", l, 1);
    assert_int_equal(l[0], NER_B_LOC);
    ner_free(m);
    memmove(buf + 1, buf + 8, len);
    m = ner_load_mem(buf + 1, len, err, sizeof err);
    assert_non_null(m);
    tag_str(m, "Paris", l, 1);
    assert_int_equal(l[0], NER_B_LOC);
    ner_free(m);
    free(buf);
    unlink(path);
}

/* Labels the trainer's view gives: ner_features, the weights w as the
** file keeps them (int16 times the scale ner_save picks), ner_viterbi. */
static void tag_reference(const dz_ner_model *m, const float *w, size_t nw,
                          const float *trans, const char **words,
                          const int *lens, int n, uint8_t *out)
{
    static uint32_t f[64 * NER_MAXFEAT];
    static float emit[64 * NER_NLABELS];
    static uint8_t nf[64], back[64 * NER_NLABELS];
    float maxabs = 0;
    for (size_t i = 0; i < nw; i++)
        if (fabsf(w[i]) > maxabs)
            maxabs = fabsf(w[i]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    assert_int_equal(ner_features(m, words, lens, n, f, nf), 0);
    for (int i = 0; i < n; i++) {
        for (int l = 0; l < NER_NLABELS; l++) {
            int32_t sum = 0;
            for (int k = 0; k < nf[i]; k++)
                sum += (int16_t)lrintf(w[(size_t)f[i * NER_MAXFEAT + k] *
                                         NER_NLABELS + l] / scale);
            emit[i * NER_NLABELS + l] = (float)sum * scale;
        }
    }
    ner_viterbi(emit, trans, n, back, out);
}

/* One round of test_tag_matches_features in a thread of its own: every
** sentence tagged with both models, model first first; bad is set to the
** first sentence (model * 100 + sentence) whose labels differ from want. */
typedef struct tag_round {
    dz_ner_model *const *m;
    const char *const *sents;
    size_t nsents;
    int first, bad;
    int n[2][8];
    uint8_t want[2][8][64];
} tag_round;

static void *tag_in_thread(void *arg)
{
    tag_round *r = arg;
    for (int j = 0; j < 2; j++) {
        int k = j ? 1 - r->first : r->first;
        for (size_t s = 0; s < r->nsents; s++) {
            const char *words[64];
            int lens[64];
            uint8_t got[64];
            int n = split(r->sents[s], words, lens, 64);
            if (r->bad < 0 && (n != r->n[k][s] ||
                               ner_tag(r->m[k], words, lens, n, got) != 0 ||
                               memcmp(got, r->want[k][s], (size_t)n) != 0))
                r->bad = k * 100 + (int)s;
        }
    }
    return NULL;
}

/* ner_tag (word cache, vector sums, ner_decode) agrees with the trainer's
** view of the same model, token for token, on sentences whose words
** repeat (cache hits), run long (not cached) or collide, with the cache
** cold and warm, after another model used the same thread, and in new
** threads that take over the table of a thread that ended. */
static void test_tag_matches_features(void **state)
{
    (void)state;
    static const char *const sents[] = {
        "The Bank of Japan said on Tuesday it would buy bonds",
        "BANK OF JAPAN SAYS IT WILL BUY BONDS",
        "Mr Smith told Reuters the bank would buy the bonds of the bank",
        "a supercalifragilisticexpialidociously-long word beside New Caledonia",
        "Paris , Paris and paris ; 1987 1,000 U.S. ( Reuters ) - said said",
        "x",
    };
    char path[2][256], err[256];
    size_t nw = ((size_t)1 << 12) * NER_NLABELS;
    float *w[2], trans[2][(NER_NLABELS + 1) * NER_NLABELS];
    dz_ner_model *built[2], *m[2];
    uint32_t x = 99;
    for (int k = 0; k < 2; k++) {
        built[k] = ner_model_new(12);
        assert_non_null(built[k]);
        assert_int_equal(ner_model_add_gaz(built[k], "bank of japan", NER_GAZ_ORG), 0);
        assert_int_equal(ner_model_add_gaz(built[k], "new caledonia", NER_GAZ_LOC), 0);
        assert_int_equal(ner_model_add_cluster(built[k], "bank", 4, 7, 2), 0);
        assert_non_null(w[k] = malloc(nw * sizeof *w[k]));
        for (size_t i = 0; i < nw; i++) {
            x = x * 1103515245u + 12345u;
            w[k][i] = (float)((x >> 8) % 2001) / 100.0f - 10;
        }
        for (int i = 0; i < (NER_NLABELS + 1) * NER_NLABELS; i++) {
            x = x * 1103515245u + 12345u;
            trans[k][i] = (float)((x >> 8) % 401) / 100.0f - 2;
        }
        char name[32];
        snprintf(name, sizeof name, "random%d.model", k);
        path_in_tmp(path[k], sizeof path[k], name);
        assert_int_equal(ner_save(built[k], w[k], trans[k], path[k], err, sizeof err), 0);
        m[k] = ner_load(path[k], err, sizeof err);
        assert_non_null(m[k]);
    }
    for (int round = 0; round < 3; round++) {
        for (int k = 0; k < 2; k++) {
            for (size_t s = 0; s < sizeof sents / sizeof sents[0]; s++) {
                const char *words[64];
                int lens[64];
                uint8_t got[64], want[64];
                int n = split(sents[s], words, lens, 64);
                tag_reference(built[k], w[k], nw, trans[k], words, lens, n, want);
                assert_int_equal(ner_tag(m[k], words, lens, n, got), 0);
                assert_memory_equal(got, want, (size_t)n);
            }
        }
    }
    /* each round again in a thread of its own: a thread that ends leaves
    ** its word table to the next (the first round's ends with model 1's
    ** words, which the second starts with) */
    for (int round = 0; round < 3; round++) {
        tag_round r;
        pthread_t th;
        r.m = m;
        r.sents = sents;
        r.nsents = sizeof sents / sizeof sents[0];
        r.first = round % 2 ? 1 : 0;
        r.bad = -1;
        for (int k = 0; k < 2; k++)
            for (size_t s = 0; s < r.nsents; s++) {
                const char *words[64];
                int lens[64];
                r.n[k][s] = split(sents[s], words, lens, 64);
                tag_reference(built[k], w[k], nw, trans[k], words, lens,
                              r.n[k][s], r.want[k][s]);
            }
        assert_int_equal(pthread_create(&th, NULL, tag_in_thread, &r), 0);
        assert_int_equal(pthread_join(th, NULL), 0);
        assert_int_equal(r.bad, -1);
    }
    for (int k = 0; k < 2; k++) {
        ner_free(m[k]);
        ner_free(built[k]);
        free(w[k]);
        unlink(path[k]);
    }
}

/* Write len bytes of data to path. */
static void put_file(const char *path, const void *data, size_t len)
{
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(data, 1, len, fp), len);
    fclose(fp);
}

static void test_bad_files(void **state)
{
    (void)state;
    char path[256], bad[256], err[256];
    path_in_tmp(path, sizeof path, "good.model");
    path_in_tmp(bad, sizeof bad, "bad.model");
    write_toy_model(path);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    static char img[4 << 20];
    size_t len = fread(img, 1, sizeof img, fp);
    fclose(fp);
    assert_true(len > 1000);

    assert_null(ner_load("/nonexistent/dir/ner.model", err, sizeof err));
    assert_non_null(strstr(err, "cannot open"));
    assert_non_null(strstr(err, "/nonexistent/dir/ner.model"));

    put_file(bad, "", 0);
    assert_null(ner_load(bad, err, sizeof err));
    assert_non_null(strstr(err, "empty"));
    assert_null(ner_load(tmpdir, err, sizeof err));       /* a directory */
    assert_non_null(strstr(err, "not a regular file"));

    put_file(bad, "hello, this is not a model at all, not even close", 49);
    assert_null(ner_load(bad, err, sizeof err));
    assert_non_null(strstr(err, "not a dossier NER model"));

    put_file(bad, img, len / 2);                 /* truncated */
    assert_null(ner_load(bad, err, sizeof err));
    assert_non_null(strstr(err, "corrupt"));

    img[len / 2] ^= 0x40;                         /* one flipped bit */
    put_file(bad, img, len);
    assert_null(ner_load(bad, err, sizeof err));
    assert_non_null(strstr(err, "checksum"));
    img[len / 2] ^= 0x40;

    img[8] = 99;                                  /* a future version */
    put_file(bad, img, len);
    assert_null(ner_load(bad, err, sizeof err));
    assert_non_null(strstr(err, "format 99"));
    img[8] = NER_FORMAT_VERSION;

    put_file(bad, img, len);                      /* restored: loads */
    dz_ner_model *m = ner_load(bad, err, sizeof err);
    assert_non_null(m);
    ner_free(m);
    ner_free(NULL);
    unlink(bad);
    unlink(path);
}

static void test_bad_input(void **state)
{
    (void)state;
    char err[256];
    dz_ner_model *m = ner_load_mem(lexicon_ner_model, lexicon_ner_model_len,
                                   err, sizeof err);
    assert_non_null(m);
    uint8_t l[4] = { 7, 7, 7, 7 };
    const char *w[4] = { "\xff\xfe", "a\0b", "\xe2\x82", "" };
    int lens[4] = { 2, 3, 2, 0 };
    assert_int_equal(ner_tag(m, w, lens, 0, l), 0);       /* empty */
    assert_int_equal(l[0], 7);
    assert_int_equal(ner_tag(m, w, lens, 4, l), 0);
    for (int i = 0; i < 4; i++)
        assert_true(l[i] < NER_NLABELS);

    /* a huge word and a long sentence */
    size_t big = 100000;
    char *s = malloc(big);
    assert_non_null(s);
    for (size_t i = 0; i < big; i++)
        s[i] = (char)('A' + i % 26);
    int n = 20000;
    const char **words = malloc(sizeof *words * (size_t)n);
    int *wl = malloc(sizeof *wl * (size_t)n);
    uint8_t *lab = malloc((size_t)n);
    assert_true(words && wl && lab);
    for (int i = 0; i < n; i++) {
        words[i] = s + i % 1000;
        wl[i] = i == 5 ? (int)big - 1000 : 1 + i % 9;
    }
    assert_int_equal(ner_tag(m, words, wl, n, lab), 0);
    for (int i = 0; i < n; i++) {
        assert_true(lab[i] < NER_NLABELS);
        if (lab[i] != NER_O && !NER_LABEL_IS_B(lab[i]))
            assert_true(i > 0 && (lab[i - 1] == lab[i] || lab[i - 1] == lab[i] - 1));
    }
    free(s);
    free(words);
    free(wl);
    free(lab);
    ner_free(m);
}

static void test_viterbi_bio(void **state)
{
    (void)state;
    enum { N = 50 };
    float emit[N * NER_NLABELS], trans[(NER_NLABELS + 1) * NER_NLABELS];
    uint8_t back[N * NER_NLABELS], out[N];
    uint32_t x = 12345;
    for (int round = 0; round < 200; round++) {
        for (int i = 0; i < N * NER_NLABELS; i++) {
            x = x * 1103515245u + 12345u;
            emit[i] = (float)((x >> 8) % 2000) / 100.0f - 10;
        }
        for (int i = 0; i < (NER_NLABELS + 1) * NER_NLABELS; i++) {
            x = x * 1103515245u + 12345u;
            trans[i] = (float)((x >> 8) % 200) / 100.0f - 1;
        }
        /* make I- labels tempting everywhere: decoding must still refuse
           an I- that does not continue its own entity */
        for (int i = 0; i < N; i++)
            emit[i * NER_NLABELS + NER_I_ORG] += 15;
        ner_viterbi(emit, trans, N, back, out);
        for (int i = 0; i < N; i++) {
            if (out[i] == NER_O || NER_LABEL_IS_B(out[i]))
                continue;
            assert_true(i > 0);
            assert_true(out[i - 1] == out[i] || out[i - 1] == out[i] - 1);
        }
    }
    /* a single token: best allowed label */
    float e1[NER_NLABELS] = { 0, 1, 9, 0, 0, 0, 0, 0, 0 };
    memset(trans, 0, sizeof trans);
    ner_viterbi(e1, trans, 1, back, out);
    assert_int_equal(out[0], NER_B_PER);
    assert_string_equal(ner_type_name(NER_LABEL_TYPE(NER_I_MISC)), "MISC");
    assert_string_equal(ner_type_name(9), "");
}

/* ner_decode gives ner_viterbi's labels, ties included: scores on a
** coarse grid so that equal sums are common, some transitions -inf. */
static void test_viterbi_ties(void **state)
{
    (void)state;
    enum { N = 40 };
    float emit[N * NER_NLABELS], trans[(NER_NLABELS + 1) * NER_NLABELS];
    uint8_t back[N * NER_NLABELS], out[N], want[N];
    uint32_t x = 777;
    for (int round = 0; round < 2000; round++) {
        int n = 1 + round % N;
        for (int i = 0; i < n * NER_NLABELS; i++) {
            x = x * 1103515245u + 12345u;
            emit[i] = (float)((x >> 8) % 5) * 0.5f;
        }
        for (int i = 0; i < (NER_NLABELS + 1) * NER_NLABELS; i++) {
            x = x * 1103515245u + 12345u;
            trans[i] = (x >> 8) % 7 == 0 ? -INFINITY : (float)((x >> 12) % 3) - 1;
        }
        ner_viterbi(emit, trans, n, back, want);
        ner_decode(emit, trans, n, out);
        assert_memory_equal(out, want, (size_t)n);
    }
}

/* Curly quotes and dashes read as the ASCII ones CoNLL-2003 has; case
** matters to the word feature only. */
static void test_typography(void **state)
{
    (void)state;
    dz_ner_model *m = ner_model_new(16);
    assert_non_null(m);
    const char *a[4] = { "\xe2\x80\x9cObama", "\xe2\x80\x99s", "\xe2\x80\x94", "x" };
    const char *b[4] = { "\"Obama", "'s", "-", "x" };
    const char *c[4] = { "\"OBAMA", "'S", "-", "x" };
    int la[4] = { 8, 4, 3, 1 }, lb[4] = { 6, 2, 1, 1 };
    uint32_t fa[4 * NER_MAXFEAT], fb[4 * NER_MAXFEAT], fc[4 * NER_MAXFEAT];
    uint8_t na[4], nb[4], nc[4];
    assert_int_equal(ner_features(m, a, la, 4, fa, na), 0);
    assert_int_equal(ner_features(m, b, lb, 4, fb, nb), 0);
    assert_int_equal(ner_features(m, c, lb, 4, fc, nc), 0);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(na[i], nb[i]);
        assert_memory_equal(fa + i * NER_MAXFEAT, fb + i * NER_MAXFEAT,
                            na[i] * sizeof *fa);
    }
    /* upper case: the lower-case word feature (the third) is shared, the
       word itself (the second) is not */
    assert_int_equal(fc[2], fb[2]);
    assert_true(fc[1] != fb[1]);
    ner_free(m);
}

/* The committed model recognises plain cases, unseen names included. */
static void test_committed_model(void **state)
{
    (void)state;
    char err[256];
    dz_ner_model *m = ner_load_mem(lexicon_ner_model, lexicon_ner_model_len,
                                   err, sizeof err);
    if (!m)
        fail_msg("committed model: %s", err);
    uint8_t l[32];
    tag_str(m, "Foreign Minister Zanthor Pelquist flew to Germany on Monday .", l, 10);
    assert_int_equal(l[2], NER_B_PER);
    assert_int_equal(l[3], NER_I_PER);
    assert_int_equal(l[6], NER_B_LOC);
    assert_int_equal(l[7], NER_O);
    tag_str(m, "Shares of Quarnell Industries Inc rose 5 percent .", l, 9);
    assert_int_equal(l[2], NER_B_ORG);
    assert_int_equal(l[3], NER_I_ORG);
    assert_int_equal(l[4], NER_I_ORG);
    assert_int_equal(l[0], NER_O);
    ner_free(m);
}

/* A thread's sentence block is kept between sentences (ner_tag's work
** block): a sentence tags the same before and after a longer one that
** grew the block, one longer than the block may get (tagged with a block
** of its own), and a shorter one. */
static void test_block_reuse(void **state)
{
    (void)state;
    char err[256];
    dz_ner_model *m = ner_load_mem(lexicon_ner_model, lexicon_ner_model_len,
                                   err, sizeof err);
    if (!m)
        fail_msg("committed model: %s", err);
    static const char *const base[] = { "Foreign", "Minister", "Zanthor",
        "Pelquist", "flew", "to", "Germany", "on", "Monday", "." };
    enum { NB = 10, NLONG = 5000 };
    const char **words = malloc(NLONG * sizeof *words);
    int *lens = malloc(NLONG * sizeof *lens);
    uint8_t *l = malloc(NLONG), first[NB], again[NB];
    assert_non_null(words);
    assert_non_null(lens);
    assert_non_null(l);
    for (int i = 0; i < NLONG; i++) {
        words[i] = base[i % NB];
        lens[i] = (int)strlen(words[i]);
    }
    assert_int_equal(ner_tag(m, words, lens, NB, first), 0);
    assert_int_equal(first[2], NER_B_PER);
    assert_int_equal(first[6], NER_B_LOC);
    /* 5,000 tokens: more than the block kept (1 MiB) */
    for (int n = 200; n <= NLONG; n = n == 200 ? NLONG : NLONG + 1) {
        assert_int_equal(ner_tag(m, words, lens, n, l), 0);
        /* the sentence's copies in the long one keep their labels */
        assert_int_equal(l[n - NB + 2], NER_B_PER);
        assert_int_equal(l[n - NB + 6], NER_B_LOC);
        assert_int_equal(ner_tag(m, words, lens, NB, again), 0);
        assert_memory_equal(first, again, NB);
        assert_int_equal(ner_tag(m, words, lens, 3, l), 0);
        assert_int_equal(ner_tag(m, words, lens, NB, again), 0);
        assert_memory_equal(first, again, NB);
    }
    free(words);
    free(lens);
    free(l);
    ner_free(m);
}

/* Type of the mention spanning exactly `surface` in text, or -1. */
static int mention_type(const dz_lexicon *lx, const char *text,
                        const char *surface)
{
    dz_analysis a;
    int type = -1;
    dz_analysis_init(&a, text, strlen(text), NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lx, &a), 0);
    const char *at = strstr(text, surface);
    assert_non_null(at);
    for (int i = 0; i < a.nmentions; i++)
        if (a.mentions[i].start == at - text &&
            a.mentions[i].end == at - text + (int)strlen(surface))
            type = (int)a.mentions[i].type;
    dz_analysis_free(&a);
    return type;
}

/* In the analysis path: with the model attached the recogniser finds a
** place no list has; detached, it falls back to gazetteers and rules. */
static void test_in_analysis(void **state)
{
    (void)state;
    static const char text[] =
        "The talks in Vlarsk were chaired by Tomasz Wendler of the Baltic "
        "Shipping Council.";
    char err[256];
    dz_lexicon *lx = lexicon_new();
    assert_non_null(lx);
    assert_int_equal(mention_type(lx, text, "Vlarsk"), -1);
    dz_ner_model *m = ner_load_builtin(err, sizeof err);
    assert_non_null(m);
    lexicon_set_model(lx, m);
    assert_int_equal(mention_type(lx, text, "Vlarsk"), DZ_ENT_PLACE);
    assert_int_equal(mention_type(lx, text, "Tomasz Wendler"), DZ_ENT_PERSON);
    lexicon_set_model(lx, NULL);                  /* frees the model */
    assert_int_equal(mention_type(lx, text, "Vlarsk"), -1);
    assert_int_equal(mention_type(lx, text, "Tomasz Wendler"), DZ_ENT_PERSON);
    lexicon_free(lx);
}

/* Train twice on the same small data: identical model files. */
static void test_training_deterministic(void **state)
{
    (void)state;
    const char *build = getenv("DOSSIER_BUILD");
    char trainer[512];
    if (!build || !*build)
        skip();
    snprintf(trainer, sizeof trainer, "%s/train_ner", build);
    if (access(trainer, X_OK) != 0)
        skip();
    char data[256], gaz[256], m1[256], m2[256], cmd[2048];
    path_in_tmp(data, sizeof data, "mini.conll");
    path_in_tmp(gaz, sizeof gaz, "mini.gaz");
    path_in_tmp(m1, sizeof m1, "m1.model");
    path_in_tmp(m2, sizeof m2, "m2.model");
    FILE *fp = fopen(data, "w");
    assert_non_null(fp);
    fputs("-DOCSTART- -X- O O\n\n", fp);
    for (int i = 0; i < 30; i++) {
        fprintf(fp, "John NNP I-NP I-PER\nSmith%d NNP I-NP I-PER\n"
                    "visited VBD I-VP O\nParis NNP I-NP I-LOC\n. . O O\n\n", i);
        fprintf(fp, "Acme NNP I-NP I-ORG\nCorp%d NNP I-NP I-ORG\n"
                    "sells VBZ I-VP O\nGerman JJ I-NP I-MISC\ncars NNS I-NP O\n\n", i);
    }
    fclose(fp);
    fp = fopen(gaz, "w");
    assert_non_null(fp);
    fputs("LOC\tParis\nORGWORD\tCorp\n", fp);
    fclose(fp);
    const char *outs[2] = { m1, m2 };
    for (int k = 0; k < 2; k++) {
        snprintf(cmd, sizeof cmd, "'%s' --train '%s' --gaz '%s' --bits 12 "
                 "--epochs 3 --seed 5 --out '%s' 2>/dev/null",
                 trainer, data, gaz, outs[k]);
        assert_int_equal(system(cmd), 0);
    }
    char *img[2];
    size_t len[2];
    for (int k = 0; k < 2; k++) {
        fp = fopen(outs[k], "rb");
        assert_non_null(fp);
        img[k] = malloc(1 << 20);
        len[k] = fread(img[k], 1, 1 << 20, fp);
        fclose(fp);
    }
    assert_int_equal(len[0], len[1]);
    assert_memory_equal(img[0], img[1], len[0]);
    /* and the result is a working model */
    char err[256];
    dz_ner_model *m = ner_load(m1, err, sizeof err);
    assert_non_null(m);
    uint8_t l[8];
    tag_str(m, "John Smith99 visited Paris .", l, 5);
    assert_int_equal(l[0], NER_B_PER);
    assert_int_equal(l[1], NER_I_PER);
    assert_int_equal(l[3], NER_B_LOC);
    ner_free(m);
    for (int k = 0; k < 2; k++) {
        free(img[k]);
        unlink(outs[k]);
    }
    unlink(data);
    unlink(gaz);
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return rmdir(tmpdir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_save_load_tag),
        cmocka_unit_test(test_bad_files),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_viterbi_bio),
        cmocka_unit_test(test_viterbi_ties),
        cmocka_unit_test(test_tag_matches_features),
        cmocka_unit_test(test_typography),
        cmocka_unit_test(test_committed_model),
        cmocka_unit_test(test_block_reuse),
        cmocka_unit_test(test_in_analysis),
        cmocka_unit_test(test_training_deterministic),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
