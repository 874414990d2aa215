/*
** ner.c — the learned name tagger: feature extraction, the model file
** (load, check, save) and Viterbi decoding. See ner.h for the model and the
** file layout; tests/tools/train_ner.c learns the weights.
**
** Speed: every token's word-level hashes (word, lower case, shapes,
** affixes, clusters, gazetteer matches) are computed once; each feature is
** then one 64-bit mix of a template number and those hashes, so a feature
** costs a multiply and a row of NER_NLABELS int16 weights. A word's own
** features, and those its neighbours take from it alone, sum to the same
** scores wherever it stands: each thread keeps those sums for the last
** ten thousand or so words it saw (the word cache), so a frequent word costs
** only the features of its pairs with its neighbours. Rows are added four
** labels at a time, and decoding (ner_decode) keeps no back pointers.
*/
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "analysis/ner.h"
#include "base/util.h"

#define NER_MAGIC "DZNER\r\n\032"
#define NER_FEAT_VERSION 3       /* bump when features change meaning */
#define GAZ_PREFIX (1u << 31)    /* gazetteer: a longer phrase starts so */
#define NER_GAZ_MAXLEN 6
#define NER_MAXCP 48             /* code points of a word that count */

/* The header at the start of a model file; sizeof is a multiple of 8. */
typedef struct ner_header {
    char magic[8];
    uint32_t version, nlabels, hash_bits, feat_version;
    uint32_t clus_cap, gaz_cap, gaz_maxlen, reserved;
    float scale;                          /* weight = int16 * scale */
    float trans[(NER_NLABELS + 1) * NER_NLABELS];
    uint32_t pad;
    uint64_t checksum;                    /* of the file, this field as 0 */
} ner_header;

_Static_assert(sizeof(ner_header) % 8 == 0, "header keeps 8-byte alignment");

struct dz_ner_model {
    int bits;
    float scale;
    float trans[(NER_NLABELS + 1) * NER_NLABELS];
    const int16_t *w;                     /* NULL in a trainer's model */
    uint64_t *ckeys; uint32_t *cvals; uint32_t ccap, ccount;
    uint64_t *gkeys; uint32_t *gvals; uint32_t gcap, gcount;
    int gmaxlen;
    int writable;                         /* tables are malloc'd by us */
    void *map; size_t maplen;             /* an mmap'd file, or NULL */
    void *copy;                           /* an aligned copy we own, or NULL */
    uint64_t serial;                      /* this model's number (word cache) */
};

/* Numbers for models, so that a cache of one model's sums is never read
** for another (an address may be reused). */
static atomic_uint_fast64_t model_serial;

const char *ner_type_name(int type)
{
    static const char *const names[] = { "", "PER", "LOC", "ORG", "MISC" };
    return type >= 0 && type <= 4 ? names[type] : "";
}

/* ---- hashing ------------------------------------------------------------ */

#define FNV_OFF 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

/* One code point into an FNV-style hash (a whole code point per step). */
static inline uint64_t fnv_u32(uint64_t h, uint32_t x)
{
    return (h ^ x) * FNV_PRIME;
}

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Combine two hashes (order matters). */
static inline uint64_t hcat(uint64_t a, uint64_t b)
{
    return mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

/* ---- words -------------------------------------------------------------- */

/* Word-level facts about one token, computed once per sentence. */
typedef struct ner_tok {
    uint64_t word, lower, shape, sshape;
    uint64_t pre[4], suf[4];
    uint32_t cfine, ccoarse;              /* UINT32_MAX: no cluster */
    uint32_t gaz;                         /* bit (type * 3 + B/I/U) */
    uint8_t ncp, allcap;
} ner_tok;

enum { CH_UPPER, CH_LOWER, CH_DIGIT, CH_OTHER };

/* Class of a code point, and its lower-case form in *lc (curly quotes and
** dashes as their ASCII forms, as CoNLL-2003 writes them). */
static int cp_kind(int32_t cp, int32_t *lc)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') { *lc = cp + 32; return CH_UPPER; }
        *lc = cp;
        if (cp >= 'a' && cp <= 'z') return CH_LOWER;
        if (cp >= '0' && cp <= '9') return CH_DIGIT;
        return CH_OTHER;
    }
    switch (cp) {                         /* typographic punctuation reads */
    case 0x2018: case 0x2019: case 0x201b: case 0x2032:    /* as CoNLL's */
        *lc = '\''; return CH_OTHER;
    case 0x201c: case 0x201d: case 0x201e: case 0x2033: case 0xab: case 0xbb:
        *lc = '"'; return CH_OTHER;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2212:
        *lc = '-'; return CH_OTHER;
    default:
        break;
    }
    *lc = utf8proc_tolower(cp);
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return CH_UPPER;
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CH_LOWER;
    case UTF8PROC_CATEGORY_ND: return CH_DIGIT;
    default: return CH_OTHER;
    }
}

/* Hash of a word's lower-case form: the key of clusters and gazetteers. */
static uint64_t lower_hash(const char *s, int len)
{
    uint64_t h = FNV_OFF;
    int i = 0, k;
    while (i < len) {
        int32_t cp, lc;
        if ((unsigned char)s[i] < 0x80) { cp = (unsigned char)s[i]; k = 1; }
        else cp = dz_utf8_decode((const unsigned char *)s + i, (size_t)(len - i), &k);
        cp_kind(cp, &lc);
        h = fnv_u32(h, (uint32_t)lc);
        i += k;
    }
    return h ? h : 1;
}

/* Fill t from the word s (len bytes). */
static void word_facts(ner_tok *t, const char *s, int len)
{
    int32_t lc[NER_MAXCP];
    uint64_t h = FNV_OFF, lh = FNV_OFF, sh = FNV_OFF, ss = FNV_OFF;
    int ncp = 0, i = 0, k, run = 0, last = -1, nupper = 0, nletter = 0;

    while (i < len) {
        int32_t cp, l;
        if ((unsigned char)s[i] < 0x80) { cp = (unsigned char)s[i]; k = 1; }
        else cp = dz_utf8_decode((const unsigned char *)s + i, (size_t)(len - i), &k);
        i += k;
        int kind = cp_kind(cp, &l);
        h = fnv_u32(h, (uint32_t)(kind == CH_OTHER && l < 0x80 ? l : cp));
        lh = fnv_u32(lh, (uint32_t)l);
        if (ncp < NER_MAXCP)
            lc[ncp] = l;
        ncp++;
        int c = kind == CH_UPPER ? 'X' : kind == CH_LOWER ? 'x' :
                kind == CH_DIGIT ? 'd' : l < 0x80 ? l : 'o';
        if (kind == CH_UPPER) nupper++;
        if (kind == CH_UPPER || kind == CH_LOWER) nletter++;
        run = c == last ? run + 1 : 1;
        if (run <= 4)
            sh = fnv_u32(sh, (uint32_t)c);
        if (run == 1)
            ss = fnv_u32(ss, (uint32_t)c);
        last = c;
    }
    t->word = h;
    t->lower = lh ? lh : 1;
    t->shape = sh;
    t->sshape = ss;
    int n = ncp < NER_MAXCP ? ncp : NER_MAXCP;
    t->ncp = (uint8_t)(ncp > 255 ? 255 : ncp);
    t->allcap = nletter > 0 && nupper == nletter;
    uint64_t p = FNV_OFF, q = FNV_OFF;
    for (int j = 0; j < 4; j++) {
        if (j < n) {
            p = fnv_u32(p, (uint32_t)lc[j]);
            q = fnv_u32(q, (uint32_t)lc[n - 1 - j]);
        }
        t->pre[j] = p;
        t->suf[j] = q;
    }
}

/* ---- hash tables (word or phrase hash -> value) ------------------------- */

/* The value stored for key in an open-addressing table of cap slots (a
** power of two; key 0 marks a free slot), or 0. The probe is bounded, so a
** full table read from a damaged file cannot loop forever. */
static uint32_t table_get(const uint64_t *keys, const uint32_t *vals,
                          uint32_t cap, uint64_t key)
{
    uint32_t mask = cap - 1, i = (uint32_t)mix64(key) & mask;
    for (uint32_t k = 0; k < cap && keys[i]; k++) {
        if (keys[i] == key)
            return vals[i];
        i = (i + 1) & mask;
    }
    return 0;
}

/* Set key to val (or OR val in when or is set). 0 ok, -1 no memory. */
static int table_put(uint64_t **keys, uint32_t **vals, uint32_t *cap,
                     uint32_t *count, uint64_t key, uint32_t val, int or)
{
    if ((*count + 1) * 2 > *cap) {
        uint32_t ncap = *cap ? *cap * 2 : 1024;
        uint64_t *nk = calloc(ncap, sizeof *nk);
        uint32_t *nv = calloc(ncap, sizeof *nv);
        if (!nk || !nv) {
            free(nk);
            free(nv);
            return -1;
        }
        for (uint32_t j = 0; j < *cap; j++) {
            if (!(*keys)[j])
                continue;
            uint32_t i = (uint32_t)mix64((*keys)[j]) & (ncap - 1);
            while (nk[i])
                i = (i + 1) & (ncap - 1);
            nk[i] = (*keys)[j];
            nv[i] = (*vals)[j];
        }
        free(*keys);
        free(*vals);
        *keys = nk;
        *vals = nv;
        *cap = ncap;
    }
    uint32_t mask = *cap - 1, i = (uint32_t)mix64(key) & mask;
    while ((*keys)[i] && (*keys)[i] != key)
        i = (i + 1) & mask;
    if (!(*keys)[i]) {
        (*keys)[i] = key;
        (*vals)[i] = 0;
        (*count)++;
    }
    (*vals)[i] = or ? (*vals)[i] | val : val;
    return 0;
}

/* ---- building a model (trainer) ---------------------------------------- */

dz_ner_model *ner_model_new(int hash_bits)
{
    if (hash_bits < 10 || hash_bits > 24)
        return NULL;
    dz_ner_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->bits = hash_bits;
    m->scale = 1;
    m->writable = 1;
    m->serial = atomic_fetch_add(&model_serial, 1) + 1;
    return m;
}

int ner_model_hash_bits(const dz_ner_model *m)
{
    return m->bits;
}

int ner_model_add_cluster(dz_ner_model *m, const char *word, int len,
                          uint32_t fine, uint32_t coarse)
{
    if (!m->writable || fine > 0xffff || coarse > 0xffff)
        return -1;
    /* stored +1 so that 0 means "no cluster" */
    return table_put(&m->ckeys, &m->cvals, &m->ccap, &m->ccount,
                     lower_hash(word, len), ((coarse + 1) << 16) | (fine + 1), 0);
}

int ner_model_add_gaz(dz_ner_model *m, const char *phrase, uint32_t types)
{
    uint64_t h[NER_GAZ_MAXLEN];
    int nw = 0;
    const char *p = phrase;
    if (!m->writable)
        return -1;
    types &= (1u << NER_GAZ_NTYPES) - 1;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e > p) {
            if (nw == NER_GAZ_MAXLEN)
                return 1;
            uint64_t w = lower_hash(p, (int)(e - p));
            h[nw] = nw ? hcat(h[nw - 1], w) : w;
            nw++;
        }
        p = e;
    }
    if (nw == 0 || types == 0)
        return 1;
    if (nw > m->gmaxlen)
        m->gmaxlen = nw;
    /* the phrase's beginnings are marked, so that matching stops as soon as
       no listed phrase starts with the words seen so far */
    for (int i = 0; i < nw; i++)
        if (table_put(&m->gkeys, &m->gvals, &m->gcap, &m->gcount,
                      h[i] ? h[i] : 1, i + 1 < nw ? GAZ_PREFIX : types, 1) != 0)
            return -1;
    return 0;
}

/* ---- features ----------------------------------------------------------- */

enum {
    T_BIAS = 1, T_WORD, T_LOWER, T_PRE, T_SUF = T_PRE + 4, T_SHAPE = T_SUF + 4,
    T_SSHAPE, T_FIRST, T_LM1, T_LP1, T_LM2, T_LP2, T_BIM1, T_BIP1, T_SS3,
    T_SSM1, T_SSP1, T_CF, T_CC, T_CFM1, T_CFP1, T_CCM1, T_CCP1, T_GAZ,
    T_GAZM1, T_GAZP1, T_HEAD, T_LM1SS, T_SSLP1, T_HEADLOWER, T_SUF3M1,
    T_CFBI
};

/* Hashes standing for the words before the start and after the end. */
#define H_BOS 0x5bd1e9955bd1e995ULL
#define H_EOS 0x2545f4914f6cdd1dULL
#define H_NONE 0x27bb2ee687b0b0fdULL

/* Fill t with the facts of word s (len bytes) and its clusters; no
** gazetteer matches yet. */
static void token_facts(const dz_ner_model *m, ner_tok *t, const char *s,
                        int len)
{
    word_facts(t, s, len);
    uint32_t c = table_get(m->ckeys, m->cvals, m->ccap, t->lower);
    t->cfine = c ? (c & 0xffff) : UINT32_MAX;
    t->ccoarse = c ? (c >> 16) : UINT32_MAX;
    t->gaz = 0;
}

/* Mark the gazetteer matches among toks[0..n) (their lower set). */
static void sentence_gaz(const dz_ner_model *m, ner_tok *toks, int n)
{
    if (!m->gcap)
        return;
    for (int i = 0; i < n; i++) {
        uint64_t h = 0;
        for (int L = 1; L <= m->gmaxlen && i + L <= n; L++) {
            h = L == 1 ? toks[i].lower : hcat(h, toks[i + L - 1].lower);
            uint32_t v = table_get(m->gkeys, m->gvals, m->gcap, h ? h : 1);
            for (uint32_t bits = v & ((1u << NER_GAZ_NTYPES) - 1); bits;
                 bits &= bits - 1) {
                int b = __builtin_ctz(bits);
                if (L == 1) {
                    toks[i].gaz |= 1u << (b * 3 + 2);
                    continue;
                }
                toks[i].gaz |= 1u << (b * 3);
                for (int j = 1; j < L; j++)
                    toks[i + j].gaz |= 1u << (b * 3 + 1);
            }
            if (!(v & GAZ_PREFIX))
                break;
        }
    }
}

/* Fill toks[0..n) with word facts, clusters and gazetteer matches. */
static void sentence_facts(const dz_ner_model *m, const char *const *words,
                           const int *lens, int n, ner_tok *toks)
{
    for (int i = 0; i < n; i++)
        token_facts(m, &toks[i], words[i], lens[i] < 0 ? 0 : lens[i]);
    sentence_gaz(m, toks, n);
}

/* Which of a token's features token_features writes: those of its own
** word alone (the same wherever the word stands, so ner_tag may keep
** their sum per word), those of its place in the sentence, or both. The
** context features are of two sorts: those that read one neighbour's
** word alone (F_M1: the word before, F_M2: two before, F_P1: the word
** after, F_P2: two after; the same wherever that neighbour stands, so
** ner_tag may keep their sums per word too), and the rest (F_PAIR: the
** token with a neighbour, its place, the gazetteer, a headline). */
enum {
    F_OWN = 1, F_PAIR = 2, F_M1 = 4, F_M2 = 8, F_P1 = 16, F_P2 = 32,
    F_CONTEXT = F_PAIR | F_M1 | F_M2 | F_P1 | F_P2, F_ALL = F_OWN | F_CONTEXT
};

/* Write token i's features of the kinds in which (F_*) into f, in the one
** order the trainer sees them (F_ALL); returns how many. With F_CONTEXT
** alone, token i needs only the facts neighbours use (lower, sshape,
** suf[2], clusters, gaz); with one of F_M1, F_M2, F_P1 or F_P2 alone, only
** that neighbour's (not token i's). Inlined: each caller's which is a
** constant, so its tests fold away. */
static inline __attribute__((always_inline)) int
token_features(const dz_ner_model *m, const ner_tok *toks, int n, int i,
               int headline, uint32_t *f, int which)
{
    int k = 0, shift = 64 - m->bits;
#define FEAT(t, h) (f[k++] = (uint32_t)(mix64((h) ^ ((uint64_t)(t) << 56) ^ \
                                             ((uint64_t)(t) * 0x9e3779b97f4a7c15ULL)) >> shift))
#define OWN(t, h) do { if (which & F_OWN) FEAT(t, h); } while (0)
#define CTX(t, h) do { if (which & F_PAIR) FEAT(t, h); } while (0)
#define NB(kind, t, h) do { if (which & (kind)) FEAT(t, h); } while (0)
    const ner_tok *t = &toks[i];
    const ner_tok *p1 = i > 0 ? &toks[i - 1] : NULL;
    const ner_tok *n1 = i + 1 < n ? &toks[i + 1] : NULL;
    uint64_t lm1 = p1 ? p1->lower : H_BOS, lp1 = n1 ? n1->lower : H_EOS;
    uint64_t lm2 = i > 1 ? toks[i - 2].lower : H_BOS;
    uint64_t lp2 = i + 2 < n ? toks[i + 2].lower : H_EOS;
    uint64_t ssm1 = p1 ? p1->sshape : H_BOS, ssp1 = n1 ? n1->sshape : H_EOS;

    OWN(T_BIAS, 0);
    OWN(T_WORD, t->word);
    OWN(T_LOWER, t->lower);
    for (int j = 0; (which & F_OWN) && j < 4 && j < t->ncp; j++) {
        FEAT(T_PRE + j, t->pre[j]);
        FEAT(T_SUF + j, t->suf[j]);
    }
    OWN(T_SHAPE, t->shape);
    OWN(T_SSHAPE, t->sshape);
    CTX(T_FIRST, hcat(i == 0, t->sshape));
    NB(F_M1, T_LM1, lm1);
    NB(F_P1, T_LP1, lp1);
    NB(F_M2, T_LM2, lm2);
    NB(F_P2, T_LP2, lp2);
    CTX(T_BIM1, hcat(lm1, t->lower));
    CTX(T_BIP1, hcat(t->lower, lp1));
    CTX(T_SS3, hcat(hcat(ssm1, t->sshape), ssp1));
    NB(F_M1, T_SSM1, ssm1);
    NB(F_P1, T_SSP1, ssp1);
    CTX(T_LM1SS, hcat(lm1, t->sshape));
    CTX(T_SSLP1, hcat(t->sshape, lp1));
    NB(F_M1, T_SUF3M1, p1 ? p1->suf[2] : H_BOS);
    OWN(T_CF, t->cfine == UINT32_MAX ? H_NONE : t->cfine);
    OWN(T_CC, t->ccoarse == UINT32_MAX ? H_NONE : t->ccoarse);
    NB(F_M1, T_CFM1, p1 ? (p1->cfine == UINT32_MAX ? H_NONE : p1->cfine) : H_BOS);
    NB(F_P1, T_CFP1, n1 ? (n1->cfine == UINT32_MAX ? H_NONE : n1->cfine) : H_EOS);
    NB(F_M1, T_CCM1, p1 ? (p1->ccoarse == UINT32_MAX ? H_NONE : p1->ccoarse) : H_BOS);
    NB(F_P1, T_CCP1, n1 ? (n1->ccoarse == UINT32_MAX ? H_NONE : n1->ccoarse) : H_EOS);
    CTX(T_CFBI, hcat(p1 ? p1->cfine : H_BOS, t->cfine));
    /* at most 7 gazetteer bits: room is left whichever kinds come first */
    for (uint32_t g = t->gaz; (which & F_PAIR) && g && k < NER_MAXFEAT - 8;
         g &= g - 1)
        FEAT(T_GAZ, (uint64_t)__builtin_ctz(g));
    CTX(T_GAZM1, p1 ? p1->gaz : H_BOS);
    CTX(T_GAZP1, n1 ? n1->gaz : H_EOS);
    if (headline) {
        CTX(T_HEAD, t->sshape);
        CTX(T_HEADLOWER, t->lower);
    }
#undef NB
#undef CTX
#undef OWN
#undef FEAT
    return k;
}

/* Is the sentence a headline (every word with letters in capitals)? */
static int is_headline(const ner_tok *toks, const char *const *words,
                       const int *lens, int n)
{
    int caps = 0;
    for (int i = 0; i < n; i++) {
        int letters = 0;
        for (int j = 0; j < lens[i]; j++) {
            unsigned char c = (unsigned char)words[i][j];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
                letters = 1;
                break;
            }
        }
        if (!letters)
            continue;
        if (!toks[i].allcap)
            return 0;
        caps++;
    }
    return caps >= 2;
}

int ner_features(const dz_ner_model *m, const char *const *words,
                 const int *lens, int n, uint32_t *feats, uint8_t *nfeat)
{
    if (n <= 0)
        return 0;
    ner_tok *toks = malloc((size_t)n * sizeof *toks);
    if (!toks)
        return -1;
    sentence_facts(m, words, lens, n, toks);
    int head = is_headline(toks, words, lens, n);
    for (int i = 0; i < n; i++)
        nfeat[i] = (uint8_t)token_features(m, toks, n, i, head,
                                           feats + (size_t)i * NER_MAXFEAT, F_ALL);
    free(toks);
    return 0;
}

/* ---- decoding ----------------------------------------------------------- */

/* May label l follow label p (p = -1 at the start) in BIO? */
static int bio_ok(int p, int l)
{
    if (l == NER_O || NER_LABEL_IS_B(l))
        return 1;
    return p == l || p == l - 1;          /* I-X after B-X or I-X */
}

/* The predecessor of label l after scores cur, t[l][p] the transition
** scores (-inf when not BIO): the first best of them. I-X follows only
** B-X (l - 1) or I-X: the other scores are -inf, never better, so the
** same label wins without them. */
static int best_prev(const float *cur, const float (*t)[NER_NLABELS], int l)
{
    float best = cur[0] + t[l][0];
    int arg = 0, lo = 1, hi = NER_NLABELS - 1;
    if (l != NER_O && !NER_LABEL_IS_B(l)) {
        lo = l - 1;
        hi = l;
    }
    for (int p = lo; p <= hi; p++) {
        float s = cur[p] + t[l][p];
        if (s > best) {
            best = s;
            arg = p;
        }
    }
    return arg;
}

void ner_viterbi(const float *emit, const float *trans, int n, uint8_t *back,
                 uint8_t *out)
{
    float cur[NER_NLABELS], nxt[NER_NLABELS];
    float t[NER_NLABELS][NER_NLABELS];       /* [l][p], -inf when not BIO */
    if (n <= 0)
        return;
    for (int l = 0; l < NER_NLABELS; l++) {
        for (int p = 0; p < NER_NLABELS; p++)
            t[l][p] = bio_ok(p, l) ? trans[(p + 1) * NER_NLABELS + l] : -INFINITY;
        cur[l] = bio_ok(-1, l) ? emit[l] + trans[l] : -INFINITY;
    }
    for (int i = 1; i < n; i++) {
        const float *e = emit + (size_t)i * NER_NLABELS;
        uint8_t *bk = back + (size_t)i * NER_NLABELS;
        for (int l = 0; l < NER_NLABELS; l++) {
            int arg = best_prev(cur, (const float (*)[NER_NLABELS])t, l);
            nxt[l] = (cur[arg] + t[l][arg]) + e[l];
            bk[l] = (uint8_t)arg;
        }
        memcpy(cur, nxt, sizeof cur);
    }
    int arg = 0;
    for (int l = 1; l < NER_NLABELS; l++)
        if (cur[l] > cur[arg])
            arg = l;
    for (int i = n - 1; i >= 0; i--) {
        out[i] = (uint8_t)arg;
        if (i > 0)
            arg = back[(size_t)i * NER_NLABELS + arg];
    }
}

/* ---- decoding without back pointers -------------------------------------
** ner_decode finds ner_viterbi's labels with less work. The forward pass
** keeps only each label's best score (the maximum over its predecessors:
** "strictly better replaces" keeps the same value as any order would, and
** the maximum of SSE keeps the earlier operand on ties just as that test
** does), all nine labels at once; the predecessor is then worked out for
** the one label on the best path at each token, by the loop ner_viterbi uses
** over the stored scores. Same sums in the same float order: same labels. */


/* Scores of the next token: nxt[l] = max over p of cur[p] + tt[p][l],
** plus e[l] (tt: [p][l], -inf when not BIO). The max keeps the earlier
** value on ties, as ner_viterbi's strict test does. */
static void forward_step(const float *cur, const float (*tt)[12],
                         const float *e, float *nxt)
{
#if defined(__SSE2__)
    __m128 c = _mm_set1_ps(cur[0]);
    __m128 b0 = _mm_add_ps(c, _mm_loadu_ps(tt[0]));
    __m128 b1 = _mm_add_ps(c, _mm_loadu_ps(tt[0] + 4));
    float b8 = cur[0] + tt[0][8];
    for (int p = 1; p < NER_NLABELS; p++) {
        c = _mm_set1_ps(cur[p]);
        /* _mm_max_ps(s, b): s where s > b, else b */
        b0 = _mm_max_ps(_mm_add_ps(c, _mm_loadu_ps(tt[p])), b0);
        b1 = _mm_max_ps(_mm_add_ps(c, _mm_loadu_ps(tt[p] + 4)), b1);
        float s8 = cur[p] + tt[p][8];
        if (s8 > b8)
            b8 = s8;
    }
    _mm_storeu_ps(nxt, _mm_add_ps(b0, _mm_loadu_ps(e)));
    _mm_storeu_ps(nxt + 4, _mm_add_ps(b1, _mm_loadu_ps(e + 4)));
    nxt[8] = b8 + e[8];
#else
    for (int l = 0; l < NER_NLABELS; l++) {
        float best = cur[0] + tt[0][l];
        for (int p = 1; p < NER_NLABELS; p++) {
            float s = cur[p] + tt[p][l];
            if (s > best)
                best = s;
        }
        nxt[l] = best + e[l];
    }
#endif
}

void ner_decode(float *score, const float *trans, int n, uint8_t *out)
{
    float t[NER_NLABELS][NER_NLABELS];       /* [l][p], -inf when not BIO */
    float tt[NER_NLABELS][12];               /* [p][l], the same */
    if (n <= 0)
        return;
    for (int l = 0; l < NER_NLABELS; l++) {
        for (int p = 0; p < NER_NLABELS; p++)
            tt[p][l] = t[l][p] =
                bio_ok(p, l) ? trans[(p + 1) * NER_NLABELS + l] : -INFINITY;
        score[l] = bio_ok(-1, l) ? score[l] + trans[l] : -INFINITY;
    }
    for (int l = NER_NLABELS; l < 12; l++)
        for (int p = 0; p < NER_NLABELS; p++)
            tt[p][l] = 0;
    for (int i = 1; i < n; i++) {
        float *row = score + (size_t)i * NER_NLABELS, e[NER_NLABELS];
        memcpy(e, row, sizeof e);
        forward_step(row - NER_NLABELS, (const float (*)[12])tt, e, row);
    }
    const float *last = score + (size_t)(n - 1) * NER_NLABELS;
    int arg = 0;
    for (int l = 1; l < NER_NLABELS; l++)
        if (last[l] > last[arg])
            arg = l;
    for (int i = n - 1; i >= 0; i--) {
        out[i] = (uint8_t)arg;
        if (i > 0)
            arg = best_prev(score + (size_t)(i - 1) * NER_NLABELS,
                            (const float (*)[NER_NLABELS])t, arg);
    }
}

/* Four int32 lanes, signed and unsigned. */
typedef int32_t ner_v4i __attribute__((vector_size(16)));
typedef uint32_t ner_v4u __attribute__((vector_size(16)));

/* Add the weight rows of nf features f to sums (NER_NLABELS int32: no
** overflow, at most NER_MAXFEAT int16 terms, and the order of adding does
** not matter). Labels 0..7 of a row are read as four int32 lanes (the
** model is little-endian): a lane's low half is an even label, its high
** half the odd one after it, each sign-extended by shifts. */
static void add_rows(const dz_ner_model *m, const uint32_t *f, int nf,
                     int32_t *sums)
{
    ner_v4i even = { 0, 0, 0, 0 }, odd = { 0, 0, 0, 0 };
    int32_t a8 = 0;
    for (int j = 0; j < nf; j++) {
        const int16_t *r = m->w + (size_t)f[j] * NER_NLABELS;
        ner_v4i x;
        memcpy(&x, r, sizeof x);
        even += (ner_v4i)((ner_v4u)x << 16) >> 16;
        odd += x >> 16;
        a8 += r[8];
    }
    for (int l = 0; l < 4; l++) {
        sums[2 * l] += even[l];
        sums[2 * l + 1] += odd[l];
    }
    sums[8] += a8;
}

/* ---- the word cache -----------------------------------------------------
** A word's own features (F_OWN) and the facts its neighbours read do not
** depend on where it stands, and neither do the features a token takes
** from one neighbour's word alone (F_M1, F_M2, F_P1, F_P2), so each
** tagging thread keeps, per word, the sums of the weight rows of these
** five sets (word_sums): a direct-mapped table of the last words seen,
** keyed by their exact bytes (and the model's serial number). A word found
** there skips word_facts, the cluster lookup and the hashing and rows of
** all those features; a token then hashes only the features of its pairs
** with its neighbours, its place, the gazetteer and a headline (F_PAIR).
** The sums are of int16 rows in int32, so their order does not change
** them: the scores are those of token_features(F_ALL) exactly. The table
** has a fixed size per thread, is made on first use and freed when the
** thread ends (the main thread's lives as long as the process). */

/* a power of two; 240 bytes a slot, so about 4 MB a tagging thread. With
** 4,096 slots a quarter of the words of 1,000 bench articles were missed
** and worked out again; with 16,384, 15% (the tagger's instructions 470 ->
** 416 M) */
#define NER_CACHE_SLOTS 16384
#define NER_CACHE_KEYMAX 24                 /* longer words are not kept */

/* Where a word stands to the token whose scores its features add to: the
** token itself, one or two before it, one or two after it. */
enum { W_OWN, W_M1, W_M2, W_P1, W_P2, W_ROLES };

typedef int32_t ner_wsums[W_ROLES][NER_NLABELS];

typedef struct ner_cword {
    uint64_t lower, sshape, suf2;
    ner_wsums sums;                         /* word_sums of the word */
    uint32_t cfine, ccoarse;
    uint8_t len, allcap;                    /* len 0: a free slot */
    char key[NER_CACHE_KEYMAX];
} ner_cword;

typedef struct ner_cache {
    uint64_t serial;                        /* the model the words are of */
    char *scratch;                          /* ner_tag's work block, or NULL */
    size_t scratch_cap;                     /* its bytes */
    struct ner_cache *next;                 /* in the pool of spare tables */
    ner_cword slot[NER_CACHE_SLOTS];
} ner_cache;

static _Thread_local ner_cache *thread_words;
static pthread_key_t words_key;             /* frees a thread's table */
static pthread_once_t words_once = PTHREAD_ONCE_INIT;
static int words_key_ok;

/* The tables of threads that have ended, kept for the next thread that
** tags: an ingest's workers are started for each batch of articles, and a
** new worker then starts with the words its predecessor learnt instead of
** an empty table. At most NER_POOL_MAX are kept (the rest are freed), so
** the tables in the process are at most the tagging threads alive at once
** plus that. A table belongs to one thread at a time; the pool's mutex
** hands it over. */
#define NER_POOL_MAX 8
static pthread_mutex_t pool_mu = PTHREAD_MUTEX_INITIALIZER;
static ner_cache *pool;
static int pool_n;

/* A thread's table goes back to the pool, or is freed with its work block
** when the pool is full (the key's destructor). */
static void words_free(void *p)
{
    ner_cache *c = p;
    if (!c)
        return;
    pthread_mutex_lock(&pool_mu);
    if (pool_n < NER_POOL_MAX) {
        c->next = pool;
        pool = c;
        pool_n++;
        c = NULL;
    }
    pthread_mutex_unlock(&pool_mu);
    if (c)
        free(c->scratch);
    free(c);
}

/* A table from the pool, or NULL when it is empty. */
static ner_cache *words_reuse(void)
{
    ner_cache *c;
    pthread_mutex_lock(&pool_mu);
    if ((c = pool) != NULL) {
        pool = c->next;
        pool_n--;
    }
    pthread_mutex_unlock(&pool_mu);
    return c;
}

static void words_key_make(void)
{
    words_key_ok = pthread_key_create(&words_key, words_free) == 0;
}

/* This thread's word table for model m (emptied when it held another
** model's words), or NULL when there is none (no memory: tag without). */
static ner_cache *words_of(const dz_ner_model *m)
{
    ner_cache *c = thread_words;
    if (!c) {
        int fresh = 0;
        pthread_once(&words_once, words_key_make);
        if (!words_key_ok)
            return NULL;
        if (!(c = words_reuse())) {
            if (!(c = malloc(sizeof *c)))
                return NULL;
            fresh = 1;
            c->serial = 0;
            c->scratch = NULL;
            c->scratch_cap = 0;
        }
        if (pthread_setspecific(words_key, c) != 0) {
            if (fresh)
                free(c);
            else
                words_free(c);
            return NULL;
        }
        thread_words = c;
    }
    if (c->serial != m->serial) {
        for (int i = 0; i < NER_CACHE_SLOTS; i++)
            c->slot[i].len = 0;
        c->serial = m->serial;
    }
    return c;
}

/* The slot for word s (len bytes, 1..NER_CACHE_KEYMAX). */
static ner_cword *words_slot(ner_cache *c, const char *s, int len)
{
    uint64_t h = (uint64_t)len * 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < len; i += 8) {
        uint64_t x = 0;
        memcpy(&x, s + i, (size_t)(len - i < 8 ? len - i : 8));
        h = (h ^ x) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    return &c->slot[h & (NER_CACHE_SLOTS - 1)];
}

/* The rows of word t's features in each place (W_*) summed into sums,
** which this sets: its own, and those a token takes from t as the word
** one or two before or after it. token_features is run on a sentence of
** one to three words in which t stands where the set reads it (the other
** words are blank and not read). t == NULL: the sums of the places
** outside a sentence (H_BOS, H_EOS; its W_OWN is zero). f has room for
** NER_MAXFEAT features. */
static void word_sums(const dz_ner_model *m, const ner_tok *t, uint32_t *f,
                      ner_wsums sums)
{
    ner_tok a[3];
    int k;
    memset(sums, 0, sizeof(ner_wsums));
    if (!m->w)
        return;
    memset(a, 0, sizeof a);
    if (!t) {
        k = token_features(m, a, 1, 0, 0, f, F_M1);
        add_rows(m, f, k, sums[W_M1]);
        k = token_features(m, a, 1, 0, 0, f, F_M2);
        add_rows(m, f, k, sums[W_M2]);
        k = token_features(m, a, 1, 0, 0, f, F_P1);
        add_rows(m, f, k, sums[W_P1]);
        k = token_features(m, a, 1, 0, 0, f, F_P2);
        add_rows(m, f, k, sums[W_P2]);
        return;
    }
    k = token_features(m, t, 1, 0, 0, f, F_OWN);
    add_rows(m, f, k, sums[W_OWN]);
    a[0] = *t;                              /* t before token 1 or 2 */
    k = token_features(m, a, 2, 1, 0, f, F_M1);
    add_rows(m, f, k, sums[W_M1]);
    k = token_features(m, a, 3, 2, 0, f, F_M2);
    add_rows(m, f, k, sums[W_M2]);
    memset(&a[0], 0, sizeof a[0]);
    a[1] = *t;                              /* t after token 0 */
    k = token_features(m, a, 2, 0, 0, f, F_P1);
    add_rows(m, f, k, sums[W_P1]);
    memset(&a[1], 0, sizeof a[1]);
    a[2] = *t;                              /* t two after token 0 */
    k = token_features(m, a, 3, 0, 0, f, F_P2);
    add_rows(m, f, k, sums[W_P2]);
}

_Static_assert(NER_NLABELS == 9, "sums5 and add_rows read 4 + 4 + 1 labels");

/* out[l] = the sum of the five rows' label l: a token's own sums and
** those it takes from the words around it (four labels at a time). */
static inline void sums5(int32_t *out, const int32_t *a, const int32_t *b,
                         const int32_t *c, const int32_t *d, const int32_t *e)
{
    ner_v4i lo, hi, x;
    memcpy(&lo, a, sizeof lo);
    memcpy(&hi, a + 4, sizeof hi);
#define SUMS5_ADD(r) do { memcpy(&x, (r), sizeof x); lo += x; \
                          memcpy(&x, (r) + 4, sizeof x); hi += x; } while (0)
    SUMS5_ADD(b);
    SUMS5_ADD(c);
    SUMS5_ADD(d);
    SUMS5_ADD(e);
#undef SUMS5_ADD
    memcpy(out, &lo, sizeof lo);
    memcpy(out + 4, &hi, sizeof hi);
    out[8] = a[8] + b[8] + c[8] + d[8] + e[8];
}

/* ---- ner_tag's work block ------------------------------------------------
** A sentence's working memory (token facts, features, scores) is one
** block. Each thread keeps its block between sentences in its word table,
** grown to the longest sentence seen up to NER_SCRATCH_MAX bytes; a longer
** sentence gets a block of its own, freed when it is tagged. A malloc and
** free per sentence cost more than tagging a short one: the block is
** larger than the allocator's small bins, so each free merged it back. */

#define NER_SCRATCH_MAX ((size_t)1 << 20)

/* A block of sz bytes for one sentence: c's kept block (NULL c: none) or
** a new one. NULL when out of memory. Give it back with scratch_put. */
static char *scratch_get(ner_cache *c, size_t sz)
{
    if (!c || sz > NER_SCRATCH_MAX)
        return malloc(sz);
    if (c->scratch_cap < sz) {
        size_t cap = c->scratch_cap ? c->scratch_cap : 16384;
        char *p;
        while (cap < sz)
            cap *= 2;
        if (cap > NER_SCRATCH_MAX)
            cap = NER_SCRATCH_MAX;
        if (!(p = malloc(cap)))
            return NULL;
        free(c->scratch);
        c->scratch = p;
        c->scratch_cap = cap;
    }
    return c->scratch;
}

/* Give back a block from scratch_get. */
static void scratch_put(ner_cache *c, char *mem)
{
    if (!c || mem != c->scratch)
        free(mem);
}

int ner_tag(const dz_ner_model *m, const char *const *words, const int *lens,
            int n, uint8_t *labels)
{
    if (n <= 0)
        return 0;
    /* one block: token facts, features, scores, word sums (one more for
       the places outside the sentence), feature counts */
    size_t sz = sizeof(ner_wsums) +
                (size_t)n * (sizeof(ner_tok) + NER_MAXFEAT * sizeof(uint32_t) +
                             NER_NLABELS * sizeof(float) +
                             sizeof(ner_wsums) + 1);
    ner_cache *c = m->w ? words_of(m) : NULL;
    char *mem = scratch_get(c, sz);
    if (!mem)
        return -1;
    ner_tok *toks = (ner_tok *)mem;
    uint32_t *f = (uint32_t *)(toks + n);
    float *emit = (float *)(f + (size_t)n * NER_MAXFEAT);
    ner_wsums *ws = (ner_wsums *)(emit + (size_t)n * NER_NLABELS);
    uint8_t *nf = (uint8_t *)(ws + n + 1);

    /* word facts and sums, from the cache when the word is there (nf[i]) */
    for (int i = 0; i < n; i++) {
        ner_tok *t = &toks[i];
        int len = lens[i] < 0 ? 0 : lens[i];
        ner_cword *w = c && len > 0 && len <= NER_CACHE_KEYMAX
                           ? words_slot(c, words[i], len) : NULL;
        nf[i] = w && w->len == len && !memcmp(w->key, words[i], (size_t)len);
        if (nf[i]) {
            memset(t, 0, sizeof *t);
            t->lower = w->lower;
            t->sshape = w->sshape;
            t->suf[2] = w->suf2;
            t->cfine = w->cfine;
            t->ccoarse = w->ccoarse;
            t->allcap = w->allcap;
            memcpy(ws[i], w->sums, sizeof(ner_wsums));
        } else {
            token_facts(m, t, words[i], len);
        }
    }
    /* the sums of the words not found, kept for next time */
    for (int i = 0; i < n; i++) {
        if (nf[i])
            continue;
        word_sums(m, &toks[i], f, ws[i]);
        int len = lens[i] < 0 ? 0 : lens[i];
        if (c && len > 0 && len <= NER_CACHE_KEYMAX) {
            ner_cword *w = words_slot(c, words[i], len);
            const ner_tok *t = &toks[i];
            w->len = (uint8_t)len;
            memcpy(w->key, words[i], (size_t)len);
            w->lower = t->lower;
            w->sshape = t->sshape;
            w->suf2 = t->suf[2];
            w->cfine = t->cfine;
            w->ccoarse = t->ccoarse;
            w->allcap = t->allcap;
            memcpy(w->sums, ws[i], sizeof(ner_wsums));
        }
    }
    word_sums(m, NULL, f, ws[n]);
    sentence_gaz(m, toks, n);
    int head = is_headline(toks, words, lens, n);
    /* the pair features next, asking for their weight rows as we go:
       the rows are scattered over a table larger than the cache, and
       fetching them together overlaps the misses */
    for (int i = 0; i < n; i++) {
        uint32_t *fi = f + (size_t)i * NER_MAXFEAT;
        nf[i] = (uint8_t)token_features(m, toks, n, i, head, fi, F_PAIR);
        for (int j = 0; m->w && j < nf[i]; j++)
            __builtin_prefetch(m->w + (size_t)fi[j] * NER_NLABELS);
    }
    for (int i = 0; i < n; i++) {
        int32_t sums[NER_NLABELS];
        float *e = emit + (size_t)i * NER_NLABELS;
        sums5(sums, ws[i][W_OWN], ws[i > 0 ? i - 1 : n][W_M1],
              ws[i > 1 ? i - 2 : n][W_M2], ws[i + 1 < n ? i + 1 : n][W_P1],
              ws[i + 2 < n ? i + 2 : n][W_P2]);
        if (m->w)
            add_rows(m, f + (size_t)i * NER_MAXFEAT, nf[i], sums);
        for (int l = 0; l < NER_NLABELS; l++)
            e[l] = (float)sums[l] * m->scale;
    }
    ner_decode(emit, m->trans, n, labels);
    scratch_put(c, mem);
    return 0;
}

/* ---- the file ----------------------------------------------------------- */

/* Checksum of a file image of len bytes (a multiple of 8), with the
** header's checksum field read as zero. */
static uint64_t image_checksum(const unsigned char *p, size_t len)
{
    uint64_t h = FNV_OFF;
    size_t skip = offsetof(ner_header, checksum);
    for (size_t i = 0; i + 8 <= len; i += 8) {
        uint64_t x;
        if (i == skip)
            x = 0;
        else
            memcpy(&x, p + i, 8);
        h = (h ^ x) * 0x9e3779b97f4a7c15ULL;
        h ^= h >> 29;
    }
    return h;
}

/* Bytes in a model file with these table sizes. */
static size_t image_size(int bits, uint32_t ccap, uint32_t gcap)
{
    return sizeof(ner_header) +
           ((size_t)1 << bits) * NER_NLABELS * sizeof(int16_t) +
           (size_t)ccap * 12 + (size_t)gcap * 12;
}

dz_ner_model *ner_load_mem(const void *data, size_t len, char *err,
                           size_t errlen)
{
    const unsigned char *p = data;
    ner_header h;
    uint16_t one = 1;

    if (*(const unsigned char *)&one != 1) {
        snprintf(err, errlen, "ner: model files need a little-endian machine");
        return NULL;
    }
    if (((uintptr_t)data & 7) != 0) {
        /* e.g. a char array compiled into the program: tag from a copy */
        void *copy = malloc(len ? len : 1);
        if (!copy) {
            snprintf(err, errlen, "ner: out of memory");
            return NULL;
        }
        memcpy(copy, data, len);
        dz_ner_model *m = ner_load_mem(copy, len, err, errlen);
        if (m)
            m->copy = copy;
        else
            free(copy);
        return m;
    }
    if (len < sizeof h || memcmp(p, NER_MAGIC, 8) != 0) {
        snprintf(err, errlen, "ner: not a dossier NER model");
        return NULL;
    }
    memcpy(&h, p, sizeof h);
    if (h.version != NER_FORMAT_VERSION || h.feat_version != NER_FEAT_VERSION) {
        snprintf(err, errlen, "ner: model format %u.%u, this program reads %d.%d",
                 h.version, h.feat_version, NER_FORMAT_VERSION, NER_FEAT_VERSION);
        return NULL;
    }
    if (h.nlabels != NER_NLABELS || h.hash_bits < 10 || h.hash_bits > 24 ||
        (h.clus_cap & (h.clus_cap - 1)) || (h.gaz_cap & (h.gaz_cap - 1)) ||
        h.gaz_maxlen > NER_GAZ_MAXLEN || !isfinite(h.scale) ||
        image_size((int)h.hash_bits, h.clus_cap, h.gaz_cap) != len) {
        snprintf(err, errlen, "ner: corrupt model (bad sizes)");
        return NULL;
    }
    if (image_checksum(p, len) != h.checksum) {
        snprintf(err, errlen, "ner: corrupt model (checksum mismatch)");
        return NULL;
    }
    for (size_t i = 0; i < sizeof h.trans / sizeof h.trans[0]; i++) {
        if (isnan(h.trans[i])) {
            snprintf(err, errlen, "ner: corrupt model (bad transitions)");
            return NULL;
        }
    }
    dz_ner_model *m = calloc(1, sizeof *m);
    if (!m) {
        snprintf(err, errlen, "ner: out of memory");
        return NULL;
    }
    m->bits = (int)h.hash_bits;
    m->scale = h.scale;
    m->serial = atomic_fetch_add(&model_serial, 1) + 1;
    memcpy(m->trans, h.trans, sizeof m->trans);
    size_t off = sizeof h;
    m->w = (const int16_t *)(p + off);
    off += ((size_t)1 << m->bits) * NER_NLABELS * sizeof(int16_t);
    m->ccap = h.clus_cap;
    m->ckeys = (uint64_t *)(p + off);
    off += (size_t)h.clus_cap * 8;
    m->gcap = h.gaz_cap;
    m->gkeys = (uint64_t *)(p + off);
    off += (size_t)h.gaz_cap * 8;
    m->cvals = (uint32_t *)(p + off);
    off += (size_t)h.clus_cap * 4;
    m->gvals = (uint32_t *)(p + off);
    m->gmaxlen = (int)h.gaz_maxlen;
    return m;
}

/* The model compiled in from src/analysis/lexicon/ner.model by CMake's embedding
** of every file there (a build needs that file). */
extern const char lexicon_ner_model[];
extern const size_t lexicon_ner_model_len;

dz_ner_model *ner_load_builtin(char *err, size_t errlen)
{
    return ner_load_mem(lexicon_ner_model, lexicon_ner_model_len, err, errlen);
}

dz_ner_model *ner_load(const char *path, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "ner: cannot open model %s: %s", path,
                 strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
        snprintf(err, errlen, "ner: model %s is empty or not a regular file",
                 path);
        close(fd);
        return NULL;
    }
    size_t len = (size_t)st.st_size;
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        snprintf(err, errlen, "ner: cannot map model %s: %s", path,
                 strerror(errno));
        return NULL;
    }
    char why[200];
    dz_ner_model *m = ner_load_mem(map, len, why, sizeof why);
    if (!m) {
        snprintf(err, errlen, "%s: %s", path, why);
        munmap(map, len);
        return NULL;
    }
    m->map = map;
    m->maplen = len;
    return m;
}

void ner_free(dz_ner_model *m)
{
    if (!m)
        return;
    if (m->map)
        munmap(m->map, m->maplen);
    free(m->copy);
    if (m->writable) {
        free(m->ckeys);
        free(m->cvals);
        free(m->gkeys);
        free(m->gvals);
    }
    free(m);
}

int ner_save(const dz_ner_model *m, const float *w, const float *trans,
             const char *path, char *err, size_t errlen)
{
    size_t nw = ((size_t)1 << m->bits) * NER_NLABELS;
    size_t len = image_size(m->bits, m->ccap, m->gcap);
    unsigned char *img = calloc(1, len);
    if (!img) {
        snprintf(err, errlen, "ner: out of memory");
        return -1;
    }
    ner_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, NER_MAGIC, 8);
    h.version = NER_FORMAT_VERSION;
    h.nlabels = NER_NLABELS;
    h.hash_bits = (uint32_t)m->bits;
    h.feat_version = NER_FEAT_VERSION;
    h.clus_cap = m->ccap;
    h.gaz_cap = m->gcap;
    h.gaz_maxlen = (uint32_t)m->gmaxlen;
    float maxabs = 0;
    for (size_t i = 0; i < nw; i++)
        if (fabsf(w[i]) > maxabs)
            maxabs = fabsf(w[i]);
    h.scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    memcpy(h.trans, trans, sizeof h.trans);

    size_t off = sizeof h;
    int16_t *q = (int16_t *)(img + off);
    for (size_t i = 0; i < nw; i++)
        q[i] = (int16_t)lrintf(w[i] / h.scale);
    off += nw * sizeof(int16_t);
    if (m->ccap)
        memcpy(img + off, m->ckeys, (size_t)m->ccap * 8);
    off += (size_t)m->ccap * 8;
    if (m->gcap)
        memcpy(img + off, m->gkeys, (size_t)m->gcap * 8);
    off += (size_t)m->gcap * 8;
    if (m->ccap)
        memcpy(img + off, m->cvals, (size_t)m->ccap * 4);
    off += (size_t)m->ccap * 4;
    if (m->gcap)
        memcpy(img + off, m->gvals, (size_t)m->gcap * 4);
    memcpy(img, &h, sizeof h);
    h.checksum = image_checksum(img, len);
    memcpy(img, &h, sizeof h);

    FILE *fp = fopen(path, "wb");
    int rc = 0;
    if (!fp || fwrite(img, 1, len, fp) != len) {
        snprintf(err, errlen, "ner: cannot write %s: %s", path, strerror(errno));
        rc = -1;
    }
    if (fp && fclose(fp) != 0 && rc == 0) {
        snprintf(err, errlen, "ner: cannot write %s: %s", path, strerror(errno));
        rc = -1;
    }
    free(img);
    return rc;
}
