/*
** ner_clusters.c — word classes from unlabelled news for the name tagger.
**
**   ner_clusters [--fine K] [--coarse K] [--min N] [--seed S] FILE.sgm.gz...
**
** Reads the TITLE and BODY text of Reuters-21578 SGML files (gzipped or
** not), splits it into lower-case tokens the way CoNLL-2003 is tokenised
** (punctuation apart, "'s" apart, abbreviation dots kept), and describes
** each word seen at least N times by the words just left and right of it
** (positive pointwise mutual information with the 1000 most frequent
** words, unit length). Spherical k-means (k-means++ start from a fixed seed,
** 15 rounds) groups the words twice, into K fine and K coarse classes.
** Writes "word<TAB>fine<TAB>coarse" lines, most frequent word first, to
** stdout. Deterministic: the same files and options give the same output.
*/
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define NCTX 1000

/* ---- vocabulary: open addressing, word -> id ---------------------------- */

typedef struct vocab {
    char **words;
    long *count;
    int n, cap;
    int *slot;                    /* hash slots: id + 1, 0 empty */
    int nslot;
} vocab;

static unsigned long hstr(const char *s)
{
    unsigned long h = 1469598103934665603UL;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211UL;
    return h;
}

static int vocab_id(vocab *v, const char *w)
{
    if ((v->n + 1) * 2 > v->nslot) {
        int ns = v->nslot ? v->nslot * 2 : 1 << 16;
        int *sl = calloc((size_t)ns, sizeof *sl);
        if (!sl) exit(1);
        for (int i = 0; i < v->n; i++) {
            unsigned long j = hstr(v->words[i]) & (unsigned long)(ns - 1);
            while (sl[j]) j = (j + 1) & (unsigned long)(ns - 1);
            sl[j] = i + 1;
        }
        free(v->slot);
        v->slot = sl;
        v->nslot = ns;
    }
    unsigned long j = hstr(w) & (unsigned long)(v->nslot - 1);
    while (v->slot[j]) {
        if (!strcmp(v->words[v->slot[j] - 1], w))
            return v->slot[j] - 1;
        j = (j + 1) & (unsigned long)(v->nslot - 1);
    }
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1 << 15;
        v->words = realloc(v->words, sizeof *v->words * (size_t)v->cap);
        v->count = realloc(v->count, sizeof *v->count * (size_t)v->cap);
        if (!v->words || !v->count) exit(1);
    }
    v->words[v->n] = strdup(w);
    v->count[v->n] = 0;
    v->slot[j] = v->n + 1;
    return v->n++;
}

/* ---- reading and tokenising --------------------------------------------- */

typedef struct ids { int *a; long n, cap; } ids;

static void push(ids *x, int id)
{
    if (x->n == x->cap) {
        x->cap = x->cap ? x->cap * 2 : 1 << 20;
        x->a = realloc(x->a, sizeof *x->a * (size_t)x->cap);
        if (!x->a) exit(1);
    }
    x->a[x->n++] = id;
}

static void emit(vocab *v, ids *seq, const char *s, size_t n)
{
    char w[64];
    if (n == 0) return;
    if (n >= sizeof w) n = sizeof w - 1;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)tolower((unsigned char)s[i]);
    w[n] = 0;
    int id = vocab_id(v, w);
    v->count[id]++;
    push(seq, id);
}

/* Split one whitespace-free chunk into tokens. */
static void chunk(vocab *v, ids *seq, const char *s, size_t n)
{
    static const char *lead = "(\"'[{<`$";
    static const char *trail = ",.;:!?)\"']}>%";
    while (n && strchr(lead, s[0])) { emit(v, seq, s, 1); s++; n--; }
    size_t tn = 0;
    char tail[64];
    while (n && strchr(trail, s[n - 1]) && tn < sizeof tail) {
        /* keep the dot of "U.S." or "Corp." only when the chunk has another dot
           or is one letter */
        if (s[n - 1] == '.' && (memchr(s, '.', n - 1) || n == 2) && n > 1 &&
            isalpha((unsigned char)s[n - 2]))
            break;
        tail[tn++] = s[--n];
    }
    if (n >= 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S')) {
        emit(v, seq, s, n - 2);
        emit(v, seq, s + n - 2, 2);
    } else {
        emit(v, seq, s, n);
    }
    while (tn)
        emit(v, seq, &tail[--tn], 1);
}

/* Tokenise text (HTML entities decoded), sentence-ish breaks as -1. */
static void tokenize(vocab *v, ids *seq, char *t, size_t n)
{
    size_t i = 0, o = 0;
    while (i < n) {                       /* decode &lt; &gt; &amp; &#N; */
        if (t[i] == '&') {
            if (!strncmp(t + i, "&lt;", 4)) { t[o++] = '<'; i += 4; continue; }
            if (!strncmp(t + i, "&gt;", 4)) { t[o++] = '>'; i += 4; continue; }
            if (!strncmp(t + i, "&amp;", 5)) { t[o++] = '&'; i += 5; continue; }
            if (t[i + 1] == '#') {
                size_t j = i + 2;
                while (j < n && isdigit((unsigned char)t[j])) j++;
                if (j < n && t[j] == ';') { t[o++] = ' '; i = j + 1; continue; }
            }
        }
        t[o++] = t[i++];
    }
    n = o;
    push(seq, -1);
    for (i = 0; i < n;) {
        while (i < n && isspace((unsigned char)t[i])) i++;
        size_t s = i;
        while (i < n && !isspace((unsigned char)t[i])) i++;
        if (i > s)
            chunk(v, seq, t + s, i - s);
    }
    push(seq, -1);
}

static int read_file(vocab *v, ids *seq, const char *path)
{
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        fprintf(stderr, "ner_clusters: cannot open %s\n", path);
        return -1;
    }
    size_t cap = 1 << 22, n = 0;
    char *buf = malloc(cap);
    int k;
    while (buf && (k = gzread(gz, buf + n, (unsigned)(cap - n - 1))) > 0) {
        n += (size_t)k;
        if (cap - n < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    gzclose(gz);
    if (!buf) return -1;
    buf[n] = 0;
    static const char *tags[][2] = { { "<TITLE>", "</TITLE>" },
                                     { "<BODY>", "</BODY>" } };
    for (char *p = buf; (p = strstr(p, "<REUTERS")) != NULL;) {
        char *end = strstr(p, "</REUTERS>");
        if (!end) break;
        for (int t = 0; t < 2; t++) {
            char *a = strstr(p, tags[t][0]);
            if (!a || a > end) continue;
            a += strlen(tags[t][0]);
            char *b = strstr(a, tags[t][1]);
            if (!b || b > end) continue;
            tokenize(v, seq, a, (size_t)(b - a));
        }
        p = end;
    }
    free(buf);
    return 0;
}

/* ---- vectors and k-means ------------------------------------------------ */

typedef struct svec { int *dim; float *val; int n; } svec;

static uint64_t rnd(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static float sdot(const svec *x, const float *c)
{
    float s = 0;
    for (int i = 0; i < x->n; i++)
        s += x->val[i] * c[x->dim[i]];
    return s;
}

/* Spherical k-means of x[0..n) into k classes; writes class[]. */
static void kmeans(const svec *x, int n, int k, uint64_t seed, int *class)
{
    const int D = 2 * NCTX;
    float *c = calloc((size_t)k * D, sizeof *c);
    float *best = malloc(sizeof *best * (size_t)n);
    if (!c || !best) exit(1);
    /* k-means++ start: the first centre is the most frequent word; each next
       one is drawn with weight (1 - similarity to its nearest centre)^2 */
    for (int i = 0; i < n; i++) best[i] = -1;
    int pick = 0;
    for (int j = 0; j < k; j++) {
        for (int i = 0; i < x[pick].n; i++)
            c[(size_t)j * D + x[pick].dim[i]] = x[pick].val[i];
        double tot = 0;
        for (int i = 0; i < n; i++) {
            float s = sdot(&x[i], c + (size_t)j * D);
            if (s > best[i]) best[i] = s;
            tot += (1.0 - best[i]) * (1.0 - best[i]);
        }
        double r = (double)(rnd(&seed) >> 11) / 9007199254740992.0 * tot;
        for (pick = 0; pick < n - 1; pick++) {
            r -= (1.0 - best[pick]) * (1.0 - best[pick]);
            if (r <= 0) break;
        }
    }
    for (int round = 0; round < 15; round++) {
        int moved = 0;
        for (int i = 0; i < n; i++) {
            int arg = 0;
            float bs = -2;
            for (int j = 0; j < k; j++) {
                float s = sdot(&x[i], c + (size_t)j * D);
                if (s > bs) { bs = s; arg = j; }
            }
            if (round == 0 || class[i] != arg) moved++;
            class[i] = arg;
        }
        memset(c, 0, sizeof *c * (size_t)k * D);
        for (int i = 0; i < n; i++)
            for (int d = 0; d < x[i].n; d++)
                c[(size_t)class[i] * D + x[i].dim[d]] += x[i].val[d];
        for (int j = 0; j < k; j++) {
            double norm = 0;
            for (int d = 0; d < D; d++) norm += (double)c[(size_t)j * D + d] * c[(size_t)j * D + d];
            if (norm > 0) {
                float inv = (float)(1.0 / sqrt(norm));
                for (int d = 0; d < D; d++) c[(size_t)j * D + d] *= inv;
            }
        }
        fprintf(stderr, "ner_clusters: k=%d round %d: %d moved\n", k, round + 1, moved);
        if (moved == 0) break;
    }
    free(c);
    free(best);
}

static int by_count_desc(const void *a, const void *b, void *arg)
{
    const long *cnt = arg;
    int x = *(const int *)a, y = *(const int *)b;
    if (cnt[x] != cnt[y]) return cnt[x] < cnt[y] ? 1 : -1;
    return x - y;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int kfine = 256, kcoarse = 32, minc = 3, nfiles = 0;
    uint64_t seed = 1;
    vocab v = { 0 };
    ids seq = { 0 };
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--fine") && i + 1 < argc) kfine = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--coarse") && i + 1 < argc) kcoarse = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--min") && i + 1 < argc) minc = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc) seed = strtoull(argv[++i], NULL, 10);
        else if (read_file(&v, &seq, argv[i]) != 0) return 1;
        else nfiles++;
    }
    if (nfiles == 0 || kfine < 2 || kcoarse < 2) {
        fprintf(stderr, "usage: ner_clusters [--fine K] [--coarse K] [--min N] [--seed S] FILE...\n");
        return 2;
    }
    /* rank words by frequency */
    int *rank = malloc(sizeof *rank * (size_t)v.n), *order = malloc(sizeof *order * (size_t)v.n);
    for (int i = 0; i < v.n; i++) order[i] = i;
    qsort_r(order, (size_t)v.n, sizeof *order, by_count_desc, v.count);
    for (int i = 0; i < v.n; i++) rank[order[i]] = i;
    int nw = 0;
    while (nw < v.n && v.count[order[nw]] >= minc) nw++;
    fprintf(stderr, "ner_clusters: %ld tokens, %d words, %d clustered\n", seq.n, v.n, nw);

    /* (word rank, context dim) pairs, sorted and counted */
    uint64_t *pairs = malloc(sizeof *pairs * (size_t)seq.n * 2);
    long np = 0;
    long ctxcount[2 * NCTX] = { 0 };
    for (long i = 1; i + 1 < seq.n; i++) {
        int w = seq.a[i];
        if (w < 0 || rank[w] >= nw) continue;
        int l = seq.a[i - 1], r = seq.a[i + 1];
        if (l >= 0 && rank[l] < NCTX)
            pairs[np++] = ((uint64_t)rank[w] << 32) | (uint64_t)rank[l];
        if (r >= 0 && rank[r] < NCTX)
            pairs[np++] = ((uint64_t)rank[w] << 32) | (uint64_t)(NCTX + rank[r]);
    }
    qsort(pairs, (size_t)np, sizeof *pairs, cmp_u64);
    for (long i = 0; i < np; i++) ctxcount[pairs[i] & 0xffffffff]++;
    svec *x = calloc((size_t)nw, sizeof *x);
    for (long i = 0; i < np;) {
        long j = i;
        while (j < np && pairs[j] == pairs[i]) j++;
        int w = (int)(pairs[i] >> 32), d = (int)(pairs[i] & 0xffffffff);
        double pmi = log((double)(j - i) * (double)np /
                         ((double)v.count[order[w]] * 2.0 * (double)ctxcount[d]));
        if (pmi > 0) {
            svec *s = &x[w];
            s->dim = realloc(s->dim, sizeof *s->dim * (size_t)(s->n + 1));
            s->val = realloc(s->val, sizeof *s->val * (size_t)(s->n + 1));
            s->dim[s->n] = d;
            s->val[s->n++] = (float)pmi;
        }
        i = j;
    }
    for (int w = 0; w < nw; w++) {
        double norm = 0;
        for (int d = 0; d < x[w].n; d++) norm += (double)x[w].val[d] * x[w].val[d];
        for (int d = 0; d < x[w].n && norm > 0; d++) x[w].val[d] /= (float)sqrt(norm);
    }
    int *fine = malloc(sizeof *fine * (size_t)nw), *coarse = malloc(sizeof *coarse * (size_t)nw);
    kmeans(x, nw, kfine, seed, fine);
    kmeans(x, nw, kcoarse, seed + 1, coarse);
    for (int w = 0; w < nw; w++)
        printf("%s\t%d\t%d\n", v.words[order[w]], fine[w], coarse[w]);
    for (int w = 0; w < nw; w++) { free(x[w].dim); free(x[w].val); }
    for (int i = 0; i < v.n; i++) free(v.words[i]);
    free(x); free(fine); free(coarse); free(pairs); free(rank); free(order);
    free(v.words); free(v.count); free(v.slot); free(seq.a);
    return 0;
}
