/*
** entities.c — the lexicon and the entity recogniser.
**
** The lexicon is built once from the compiled-in data files in src/analysis/lexicon/
** (see its README.md) plus the user's definitions, and is read-only after
** that, so analyses on several threads may share it. Aliases are keyed by
** their folded token sequence (text_split + text_fold, the same as the
** analysed text), hashed per token so that matching is a few hash probes
** per token with no allocation per token.
**
** entities_find runs in passes over each sentence:
**   0. the learned tagger, when one is attached (lexicon_set_model), labels
**      the sentence (BIO spans typed PER / LOC / ORG / MISC);
**   1. gazetteer: longest alias match at each token (names need capitals;
**      titles match in any case and are remembered, not reported). With a
**      tagger, a match gives way when the tagger's span around it is longer
**      ("New York Stock Exchange"), or a place is the same span with
**      another type ("Leeds" the club), metonyms excepted ("Kremlin" stays
**      Russia);
**      otherwise the gazetteer's canonical name, code and form are kept;
**   2. the tagger's spans on the tokens left (LOC -> place, MISC -> other;
**      a lone person word waits for pass 4);
**   3. rules for the rest: runs of capitalised words after a title, with a
**      given name first, in Chinese order, or made of no common word are
**      people; runs ending in "Ministry", "Bank" ... organisations; in
**      "Strait", "Province" ... places;
**   4. in-article resolution: a lone surname ("Swaine") becomes the full
**      name met in the article ("Michael Swaine"); a titled one
**      that is not met is kept as a short form for the store to resolve
**      against the corpus;
**   5. article-wide passes over the mentions: company names the wire
**      brackets ("<Donaldson, Lufkin and Jenrette Securities Corp>") and
**      their other writings, names joined or split at
**      "and", one sense per article, acronyms, described companies, one
**      type per article for an unknown lone word (word_vote), capitals
**      listed with towns, national bodies, the wire's furniture.
** A capital is the city where it is the place of an event ("talks in
** Paris"), its country where it acts or speaks ("Washington said").
*/
#include <stdlib.h>
#include <string.h>
#include "analysis/entities.h"
#include "analysis/text.h"
#include "analysis/ner.h"

#define LX_TITLE 100            /* entity type for titles (never reported) */
#define LX_MAXTOK 12            /* longest alias, in tokens */
#define LX_MAXRUN 6             /* longest capitalised run the rules take */

/* Word sets (bits in the word map's values). */
enum {
    W_GIVEN = 1, W_SURNAME_CN = 2, W_STOP = 4, W_ORGWORD = 8,
    W_PLACEWORD = 16, W_PARTICLE = 32, W_COMMON = 64,
    W_PLACEPREFIX = 128, W_EVENTWORD = 256, W_SIGNOFF = 512,
    W_LEGAL = 1024, W_NOT_NAME = 2048, W_ORGFIRST = 4096
};

typedef struct lx_entity {
    const char *name;           /* canonical name */
    const char *code;           /* ISO alpha-3 or NULL */
    const char *key;            /* folded canonical name */
    int type;                   /* dz_entity_type or LX_TITLE */
    char from[11], until[11];   /* a historic state's dates, "" open */
    int32_t succ;               /* its successor after until, or -1 */
    int32_t taken_by;           /* the state whose dates make this one's
                                   names count as it ("Moscow" in 1987:
                                   the Soviet Union), or -1 */
} lx_entity;

/* takes= / succ= links read before the entities they name exist:
** resolved once every file is loaded (link_states). */
typedef struct lx_link {
    int32_t entity;
    int succ;                   /* 1 succ=, 0 takes= */
    int type;                   /* of both entities */
    const char *name;
} lx_link;

typedef struct lx_alias {
    uint64_t hash;              /* of the folded token sequence */
    const char *key;            /* folded tokens joined by one space */
    int32_t entity;
    int32_t next;               /* next alias in the same bucket, -1 */
    uint16_t ntok;
    uint8_t form;               /* DZ_FORM_* */
    uint8_t lower_ok;           /* written lower case: text may be too */
    uint8_t city;               /* a capital city standing for its country
                                   (cap:): the city itself where it is the
                                   place of an event ("talks in Paris") */
} lx_alias;

/* Open-addressing map from a string to an int. */
typedef struct lx_map {
    const char **keys;
    uint64_t *hashes;
    int32_t *vals;
    size_t cap, n;
} lx_map;

struct dz_lexicon {
    dz_arena arena;
    lx_entity *ents;   int nents, capents;
    lx_alias *aliases; int naliases, capaliases;
    int32_t *buckets;  uint32_t nbuckets;       /* power of two */
    lx_map words;      /* folded word -> W_* bits */
    lx_map names;      /* folded name "\x1f" type -> entity */
    lx_map anyname;    /* folded name -> entity (latest) */
    lx_link *links;    int nlinks, caplinks;
    dz_ner_model *model;
    /* the most tokens of an alias whose first folded token's hash has
    ** these low bits (0: no alias starts so): longest_alias looks only for
    ** aliases that can start at a token, instead of probing a bucket for
    ** each of LX_MAXTOK lengths at every token */
    uint8_t firstmax[1 << 16];
};

/* ---- hashing and maps ---------------------------------------------------- */

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Append the folded form of an ASCII token s[0, n) to b, as text_fold_append
** would (A-Z lowered, NUL a space, a backquote a quote: nothing else
** changes in ASCII) and set *h to its hash_bytes, in one walk. Returns 0,
** b unchanged, when the token has a byte outside ASCII (or no room could
** be had): the caller folds it the general way. */
static int fold_ascii_token(dz_buf *b, const char *s, size_t n, uint64_t *h)
{
    uint64_t x = 1469598103934665603ULL;
    char *o;
    size_t i;
    if (dz_buf_reserve(b, n + 1) != 0)
        return 0;
    o = b->data + b->len;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            return 0;
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (c == 0)
            c = ' ';
        else if (c == '`')
            c = '\'';
        o[i] = (char)c;
        x ^= c;
        x *= 1099511628211ULL;
    }
    o[n] = 0;
    b->len += n;
    *h = x;
    return 1;
}

/* Hash of a token sequence: each token's hash mixed into the running one. */
#define SEQ_SEED 0x9E3779B97F4A7C15ULL
static uint64_t seq_mix(uint64_t h, uint64_t tok)
{
    h ^= tok + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h *= 0xFF51AFD7ED558CCDULL;
    return h ^ (h >> 33);
}

/* Double m's table (64 slots first: the maps of one article are small,
** and a larger first table was 1% of an ingest, zeroed). 0 ok, -1 no
** memory. */
static int map_grow(lx_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64, i;
    const char **keys = calloc(ncap, sizeof *keys);
    uint64_t *hashes = calloc(ncap, sizeof *hashes);
    int32_t *vals = calloc(ncap, sizeof *vals);
    if (!keys || !hashes || !vals) {
        free(keys); free(hashes); free(vals);
        return -1;
    }
    for (i = 0; i < m->cap; i++) {
        size_t j;
        if (!m->keys[i])
            continue;
        j = (size_t)m->hashes[i] & (ncap - 1);
        while (keys[j])
            j = (j + 1) & (ncap - 1);
        keys[j] = m->keys[i];
        hashes[j] = m->hashes[i];
        vals[j] = m->vals[i];
    }
    free(m->keys); free(m->hashes); free(m->vals);
    m->keys = keys; m->hashes = hashes; m->vals = vals;
    m->cap = ncap;
    return 0;
}

/* Slot of key (n bytes) in m: its index, or -1 when absent. */
static long map_find(const lx_map *m, const char *key, size_t n)
{
    uint64_t h;
    size_t j;
    if (!m->cap)
        return -1;
    h = hash_bytes(key, n);
    for (j = (size_t)h & (m->cap - 1); m->keys[j]; j = (j + 1) & (m->cap - 1))
        if (m->hashes[j] == h && strlen(m->keys[j]) == n &&
            memcmp(m->keys[j], key, n) == 0)
            return (long)j;
    return -1;
}

static int map_get(const lx_map *m, const char *key, size_t n, int32_t def)
{
    long j = map_find(m, key, n);
    return j < 0 ? def : m->vals[j];
}

/* Set key's value (or OR it in when or_bits). key is copied to arena. */
static int map_put(lx_map *m, dz_arena *ar, const char *key, size_t n,
                   int32_t val, int or_bits)
{
    long f = map_find(m, key, n);
    size_t j;
    uint64_t h;
    if (f >= 0) {
        m->vals[f] = or_bits ? (m->vals[f] | val) : val;
        return 0;
    }
    if ((m->n + 1) * 4 >= m->cap * 3 && map_grow(m) != 0)
        return -1;
    h = hash_bytes(key, n);
    j = (size_t)h & (m->cap - 1);
    while (m->keys[j])
        j = (j + 1) & (m->cap - 1);
    if (!(m->keys[j] = dz_arena_strndup(ar, key, n)))
        return -1;
    m->hashes[j] = h;
    m->vals[j] = val;
    m->n++;
    return 0;
}

static void map_free(lx_map *m)
{
    free(m->keys); free(m->hashes); free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- building ------------------------------------------------------------ */

/* Folded tokens of s joined by single spaces into key (reset first); the
** sequence hash in *hash, token count in *ntok, the hash of the first
** folded token in *first_hash (may be NULL). Drops a leading "the". */
static int fold_key(const char *s, size_t n, dz_buf *key, uint64_t *hash,
                    int *ntok, int *lower_first, uint64_t *first_hash)
{
    dz_analysis a;
    int i, first = 0, rc = 0;
    uint64_t h = SEQ_SEED;

    key->len = 0;
    dz_analysis_init(&a, s, n, NULL);
    if (text_split(&a) != 0) {
        dz_analysis_free(&a);
        return -1;
    }
    if (a.ntokens > 1 && a.tokens[0].end - a.tokens[0].start == 3 &&
        (s[0] == 't' || s[0] == 'T') && (s[1] | 32) == 'h' &&
        (s[2] | 32) == 'e')
        first = 1;
    *lower_first = a.ntokens > first &&
        !(a.tokens[first].flags & (DZ_TOK_CAP | DZ_TOK_NUMBER | DZ_TOK_PUNCT));
    for (i = first; i < a.ntokens && rc == 0; i++) {
        size_t at;
        if (i > first && dz_buf_putc(key, ' ') != 0) {
            rc = -1;
            break;
        }
        at = key->len;
        if (text_fold_append(key, s + a.tokens[i].start,
                             (size_t)(a.tokens[i].end - a.tokens[i].start)) != 0)
            rc = -1;
        else {
            uint64_t th = hash_bytes(key->data + at, key->len - at);
            if (i == first && first_hash)
                *first_hash = th;
            h = seq_mix(h, th);
        }
    }
    *ntok = a.ntokens - first;
    *hash = h;
    dz_analysis_free(&a);
    if (rc == 0 && !key->data && dz_buf_reserve(key, 1) != 0)
        rc = -1;
    return rc;
}

/* Rebuild the alias buckets with nb (a power of two) heads. */
static int rehash_aliases(dz_lexicon *lx, uint32_t nb)
{
    int32_t *b = malloc(nb * sizeof *b);
    int i;
    if (!b)
        return -1;
    memset(b, 0xff, nb * sizeof *b);
    /* oldest first, so each chain ends newest first */
    for (i = 0; i < lx->naliases; i++) {
        uint32_t j = (uint32_t)lx->aliases[i].hash & (nb - 1);
        lx->aliases[i].next = b[j];
        b[j] = i;
    }
    free(lx->buckets);
    lx->buckets = b;
    lx->nbuckets = nb;
    return 0;
}

/* Add alias text s (n bytes) for entity e with form. Duplicates are
** skipped. 0 ok, -1 no memory. */
static int add_alias(dz_lexicon *lx, int e, const char *s, size_t n, int form,
                     int city)
{
    dz_buf key = { 0 };
    uint64_t h, fh = 0;
    int ntok, lower, rc = 0;
    int32_t ai;
    uint32_t j;

    if (fold_key(s, n, &key, &h, &ntok, &lower, &fh) != 0) {
        dz_buf_free(&key);
        return -1;
    }
    if (ntok <= 0 || ntok > LX_MAXTOK)
        goto done;
    if (lx->nbuckets) {
        for (ai = lx->buckets[(uint32_t)h & (lx->nbuckets - 1)]; ai >= 0;
             ai = lx->aliases[ai].next)
            if (lx->aliases[ai].hash == h && lx->aliases[ai].entity == e &&
                strcmp(lx->aliases[ai].key, key.data) == 0) {
                /* a later file says what kind of alias it is */
                lx->aliases[ai].form = (uint8_t)form;
                lx->aliases[ai].city = (uint8_t)city;
                goto done;
            }
    }
    if ((uint32_t)(lx->naliases + 1) * 2 > lx->nbuckets &&
        rehash_aliases(lx, lx->nbuckets ? lx->nbuckets * 2 : 4096) != 0) {
        rc = -1;
        goto done;
    }
    if (DZ_VEC_PUSH(lx->aliases, lx->naliases, lx->capaliases) != 0) {
        rc = -1;
        goto done;
    }
    {
        lx_alias *al = &lx->aliases[lx->naliases];
        if (!(al->key = dz_arena_strndup(&lx->arena, key.data, key.len))) {
            rc = -1;
            goto done;
        }
        al->hash = h;
        al->entity = e;
        al->ntok = (uint16_t)ntok;
        al->form = (uint8_t)form;
        al->lower_ok = (uint8_t)lower;
        al->city = (uint8_t)city;
        j = (uint32_t)h & (lx->nbuckets - 1);
        al->next = lx->buckets[j];
        lx->buckets[j] = lx->naliases++;
        j = (uint32_t)fh & (sizeof lx->firstmax - 1);
        if (lx->firstmax[j] < ntok)
            lx->firstmax[j] = (uint8_t)ntok;
    }
done:
    dz_buf_free(&key);
    return rc;
}

/* Map key for an entity: folded name, \x1f, type digit(s). */
static int name_key(dz_buf *b, const char *name, size_t n, int type)
{
    b->len = 0;
    if (text_fold_append(b, name, n) != 0)
        return -1;
    return dz_buf_printf(b, "\x1f%d", type);
}

/* The entity (name, type), created when absent; its index, or -1 on no
** memory. code (may be NULL) is set when given. */
static int entity_get(dz_lexicon *lx, const char *name, size_t n, int type,
                      const char *code, size_t codelen)
{
    dz_buf k = { 0 };
    int e = -1;
    size_t flen;

    if (name_key(&k, name, n, type) != 0)
        goto done;
    e = map_get(&lx->names, k.data, k.len, -1);
    if (e < 0) {
        lx_entity *en;
        if (DZ_VEC_PUSH(lx->ents, lx->nents, lx->capents) != 0)
            goto fail;
        en = &lx->ents[lx->nents];
        memset(en, 0, sizeof *en);
        en->type = type;
        en->succ = en->taken_by = -1;
        if (!(en->name = dz_arena_strndup(&lx->arena, name, n)))
            goto fail;
        flen = strlen(k.data) - strlen(strrchr(k.data, '\x1f'));
        if (!(en->key = dz_arena_strndup(&lx->arena, k.data, flen)))
            goto fail;
        e = lx->nents++;
        if (map_put(&lx->names, &lx->arena, k.data, k.len, e, 0) != 0 ||
            map_put(&lx->anyname, &lx->arena, en->key, flen, e, 0) != 0 ||
            add_alias(lx, e, name, n, DZ_FORM_NAME, 0) != 0)
            goto fail;
    }
    if (code && codelen &&
        !(lx->ents[e].code = dz_arena_strndup(&lx->arena, code, codelen)))
        goto fail;
done:
    dz_buf_free(&k);
    return e;
fail:
    dz_buf_free(&k);
    return -1;
}

/* s..e without blanks at either end; the new end in *end. */
static const char *trim(const char *s, const char *e, const char **end)
{
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    *end = e;
    return s;
}

/* A data file section "[name]": the entity type it holds, or for word
** lists 0 with the W_* bit in *words; -1 when unknown. */
static int section_type(const char *s, size_t n, int *words)
{
    static const struct { const char *name; int type, words; } secs[] = {
        { "person", DZ_ENT_PERSON, 0 }, { "country", DZ_ENT_COUNTRY, 0 },
        { "organization", DZ_ENT_ORGANIZATION, 0 },
        { "place", DZ_ENT_PLACE, 0 }, { "town", DZ_ENT_PLACE, 0 },
        { "other", DZ_ENT_OTHER, 0 },
        { "title", LX_TITLE, 0 }, { "given", 0, W_GIVEN },
        { "surname-cn", 0, W_SURNAME_CN }, { "stop", 0, W_STOP },
        { "org-word", 0, W_ORGWORD }, { "place-word", 0, W_PLACEWORD },
        { "particle", 0, W_PARTICLE }, { "common", 0, W_COMMON },
        { "place-prefix", 0, W_PLACEPREFIX },
        { "event-word", 0, W_EVENTWORD }, { "signoff", 0, W_SIGNOFF },
        { "legal-suffix", 0, W_LEGAL }, { "not-name", 0, W_NOT_NAME },
        { "org-first", 0, W_ORGFIRST },
    };
    size_t i;
    for (i = 0; i < sizeof secs / sizeof secs[0]; i++)
        if (strlen(secs[i].name) == n && memcmp(secs[i].name, s, n) == 0) {
            *words = secs[i].words;
            return secs[i].type;
        }
    *words = 0;
    return -1;
}

/* Add the W_* bits to word s (folded). */
static int add_word(dz_lexicon *lx, const char *s, size_t n, int bits)
{
    dz_buf f = { 0 };
    int rc = text_fold_append(&f, s, n);
    if (rc == 0)
        rc = map_put(&lx->words, &lx->arena, f.data, f.len, bits, 1);
    dz_buf_free(&f);
    return rc;
}

/* Parse one data file (see src/analysis/lexicon/README.md). 0 ok, -1 no memory. */
static int load_data(dz_lexicon *lx, const char *data, size_t len)
{
    const char *p = data, *end = data + len;
    int type = -1, words = 0;

    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *le, *s;
        if (!nl)
            nl = end;
        s = trim(p, nl, &le);
        p = nl + 1;
        if (s == le || *s == '#')
            continue;
        if (*s == '[' && le[-1] == ']') {
            type = section_type(s + 1, (size_t)(le - s - 2), &words);
            continue;
        }
        if (words) {
            /* words separated by blanks */
            while (s < le) {
                const char *w = s;
                while (s < le && *s != ' ' && *s != '\t')
                    s++;
                if (s > w && add_word(lx, w, (size_t)(s - w), words) != 0)
                    return -1;
                while (s < le && (*s == ' ' || *s == '\t'))
                    s++;
            }
            continue;
        }
        if (type < 0)
            continue;
        {
            /* canonical | alias | prefix:alias | code=XXX ... */
            const char *bar = memchr(s, '|', (size_t)(le - s)), *ce;
            const char *name = trim(s, bar ? bar : le, &ce);
            const char *q;
            int e;
            if (ce == name)
                continue;
            e = entity_get(lx, name, (size_t)(ce - name), type, NULL, 0);
            if (e < 0)
                return -1;
            for (q = bar ? bar + 1 : le; q < le; ) {
                const char *b2 = memchr(q, '|', (size_t)(le - q)), *ae;
                const char *al = trim(q, b2 ? b2 : le, &ae);
                int form = DZ_FORM_NAME, rc = 0, city = 0;
                q = b2 ? b2 + 1 : le;
                if (ae == al)
                    continue;
                if (ae - al > 5 && memcmp(al, "code=", 5) == 0) {
                    if (!(lx->ents[e].code = dz_arena_strndup(
                              &lx->arena, al + 5, (size_t)(ae - al - 5))))
                        return -1;
                    continue;
                }
                if (ae - al > 6 && memcmp(al, "dates=", 6) == 0) {
                    /* dates=FIRST..LAST, either end may be empty */
                    const char *d = al + 6, *dots = d;
                    while (dots + 1 < ae && !(dots[0] == '.' && dots[1] == '.'))
                        dots++;
                    if (dots + 1 >= ae)
                        continue;
                    if (dots - d == 10)
                        memcpy(lx->ents[e].from, d, 10);
                    if (ae - dots - 2 == 10)
                        memcpy(lx->ents[e].until, dots + 2, 10);
                    continue;
                }
                if ((ae - al > 6 && memcmp(al, "takes=", 6) == 0) ||
                    (ae - al > 5 && memcmp(al, "succ=", 5) == 0)) {
                    int succ = al[0] == 's';
                    const char *nm = al + (succ ? 5 : 6);
                    lx_link *lk;
                    if (DZ_VEC_PUSH(lx->links, lx->nlinks, lx->caplinks) != 0)
                        return -1;
                    lk = &lx->links[lx->nlinks++];
                    lk->entity = e;
                    lk->succ = succ;
                    lk->type = type;
                    if (!(lk->name = dz_arena_strndup(&lx->arena, nm,
                                                      (size_t)(ae - nm))))
                        return -1;
                    continue;
                }
                if (ae - al > 4 && memcmp(al, "adj:", 4) == 0) {
                    /* a demonym spelt as the name ("Djibouti", "Gibraltar")
                    ** leaves the name a name, not an adjective */
                    if (ae - al - 4 == ce - name && memcmp(al + 4, name, (size_t)(ce - name)) == 0)
                        continue;
                    form = DZ_FORM_ADJ, al += 4;
                }
                else if (ae - al > 4 && memcmp(al, "met:", 4) == 0)
                    form = DZ_FORM_METONYM, al += 4;
                else if (ae - al > 4 && memcmp(al, "cap:", 4) == 0)
                    form = DZ_FORM_METONYM, city = 1, al += 4;
                else if (ae - al > 3 && memcmp(al, "cs:", 3) == 0)
                    form = DZ_FORM_CODE, al += 3;
                rc = add_alias(lx, e, al, (size_t)(ae - al), form, city);
                if (rc != 0)
                    return -1;
            }
        }
    }
    return 0;
}

/* Resolve the takes= / succ= links (load_data) to entities of the same
** type; a link to a name the lexicon does not know is dropped. */
static int link_states(dz_lexicon *lx)
{
    dz_buf k = { 0 };
    int i, rc = 0;
    for (i = 0; i < lx->nlinks && rc == 0; i++) {
        const lx_link *lk = &lx->links[i];
        int x;
        if (name_key(&k, lk->name, strlen(lk->name), lk->type) != 0) {
            rc = -1;
            break;
        }
        x = map_get(&lx->names, k.data, k.len, -1);
        if (x < 0 || x == lk->entity)
            continue;
        if (lk->succ)
            lx->ents[lk->entity].succ = x;
        else
            lx->ents[x].taken_by = lk->entity;
    }
    dz_buf_free(&k);
    free(lx->links);
    lx->links = NULL;
    lx->nlinks = lx->caplinks = 0;
    return rc;
}

/* The compiled-in data (CMake embeds src/analysis/lexicon/<file> as lexicon_<file>). */
extern const char lexicon_countries_txt[], lexicon_countries_extra_txt[],
    lexicon_places_txt[], lexicon_places_generated_txt[], lexicon_other_txt[], lexicon_organizations_txt[],
    lexicon_government_txt[], lexicon_titles_txt[], lexicon_people_txt[],
    lexicon_words_txt[], lexicon_common_words_txt[];
extern const size_t lexicon_countries_txt_len, lexicon_countries_extra_txt_len,
    lexicon_places_txt_len, lexicon_places_generated_txt_len,
    lexicon_other_txt_len, lexicon_organizations_txt_len,
    lexicon_government_txt_len, lexicon_titles_txt_len,
    lexicon_people_txt_len, lexicon_words_txt_len,
    lexicon_common_words_txt_len;

dz_lexicon *lexicon_new(void)
{
    const struct { const char *data; const size_t *len; } files[] = {
        { lexicon_countries_txt, &lexicon_countries_txt_len },
        { lexicon_countries_extra_txt, &lexicon_countries_extra_txt_len },
        { lexicon_places_generated_txt, &lexicon_places_generated_txt_len },
        { lexicon_places_txt, &lexicon_places_txt_len },
        { lexicon_other_txt, &lexicon_other_txt_len },
        { lexicon_government_txt, &lexicon_government_txt_len },
        { lexicon_organizations_txt, &lexicon_organizations_txt_len },
        { lexicon_people_txt, &lexicon_people_txt_len },
        { lexicon_titles_txt, &lexicon_titles_txt_len },
        { lexicon_words_txt, &lexicon_words_txt_len },
        { lexicon_common_words_txt, &lexicon_common_words_txt_len },
    };
    dz_lexicon *lx = calloc(1, sizeof *lx);
    size_t i;
    if (!lx)
        return NULL;
    for (i = 0; i < sizeof files / sizeof files[0]; i++)
        if (load_data(lx, files[i].data, *files[i].len) != 0)
            goto fail;
    if (link_states(lx) != 0)
        goto fail;
    return lx;
fail:
    lexicon_free(lx);
    return NULL;
}

void lexicon_free(dz_lexicon *lx)
{
    if (!lx)
        return;
    if (lx->model)
        ner_free(lx->model);
    free(lx->ents);
    free(lx->links);
    free(lx->aliases);
    free(lx->buckets);
    map_free(&lx->words);
    map_free(&lx->names);
    map_free(&lx->anyname);
    dz_arena_free(&lx->arena);
    free(lx);
}

int lexicon_define(dz_lexicon *lx, const char *name, dz_entity_type type,
                   const char *code)
{
    if (!name || !*name || type == DZ_ENT_NONE || type == DZ_ENT_GROUP)
        return -1;
    return entity_get(lx, name, strlen(name), (int)type, code,
                      code ? strlen(code) : 0) < 0 ? -1 : 0;
}

int lexicon_alias(dz_lexicon *lx, const char *alias, const char *canonical,
                  dz_entity_type type)
{
    int e = -1;
    if (!alias || !*alias || !canonical || !*canonical || type == DZ_ENT_GROUP)
        return -1;
    if (type == DZ_ENT_NONE) {
        dz_buf k = { 0 };
        if (text_fold_append(&k, canonical, strlen(canonical)) != 0) {
            dz_buf_free(&k);
            return -1;
        }
        e = map_get(&lx->anyname, k.data, k.len, -1);
        dz_buf_free(&k);
        if (e >= 0 && lx->ents[e].type == LX_TITLE)
            e = -1;                     /* a title names no one */
        if (e < 0)
            type = DZ_ENT_OTHER;
    }
    if (e < 0)
        e = entity_get(lx, canonical, strlen(canonical), (int)type, NULL, 0);
    if (e < 0)
        return -1;
    {
        /* the canonical name of another entity: that entity was merged
        ** into this one, so all its aliases now stand for this one */
        dz_buf k = { 0 };
        int x, i;
        if (text_fold_append(&k, alias, strlen(alias)) != 0) {
            dz_buf_free(&k);
            return -1;
        }
        x = map_get(&lx->anyname, k.data, k.len, -1);
        dz_buf_free(&k);
        if (x >= 0 && x != e && lx->ents[x].type != LX_TITLE &&
            strcmp(lx->ents[x].name, alias) == 0)
            for (i = 0; i < lx->naliases; i++)
                if (lx->aliases[i].entity == x)
                    lx->aliases[i].entity = e;
    }
    return add_alias(lx, e, alias, strlen(alias), DZ_FORM_NAME, 0);
}

void lexicon_set_model(dz_lexicon *lx, dz_ner_model *m)
{
    if (lx->model && lx->model != m)
        ner_free(lx->model);
    lx->model = m;
}

/* ---- recognising --------------------------------------------------------- */

enum { MARK_FREE = -1, MARK_TITLE = -2 };

/* Per-analysis scratch: folded tokens and their hashes. */
typedef struct scan {
    const dz_lexicon *lx;
    dz_analysis *a;
    dz_buf fold;
    int32_t *foff, *flen, *mark;
    uint64_t *th;
    uint8_t *single;    /* 1: lone capitalised word kept for resolution;
                           2: the same after a title;
                           3: a given name alone */
    uint8_t *lab;       /* the tagger's NER_* label per token (all NER_O
                           without a model) */
    const char **words; /* the tagger's input, one entry per token */
    int *lens;
} scan;

/* Entity kind of a gazetteer entry in the tagger's terms (1 PER, 2 LOC,
** 3 ORG, 4 MISC): country adjectives ("German") are MISC. */
static int gaz_kind(int type, int form)
{
    switch (type) {
    case DZ_ENT_PERSON: return 1;
    case DZ_ENT_COUNTRY: case DZ_ENT_PLACE: return form == DZ_FORM_ADJ ? 4 : 2;
    case DZ_ENT_ORGANIZATION: return 3;
    default: return 4;
    }
}

static const char *ftok(const scan *sc, int t, size_t *n)
{
    *n = (size_t)sc->flen[t];
    return sc->fold.data + sc->foff[t];
}

static int word_bits(const scan *sc, int t)
{
    size_t n;
    const char *w = ftok(sc, t, &n);
    return map_get(&sc->lx->words, w, n, 0);
}

/* Is folded word w (n bytes) a common English word, allowing regular
** inflections? */
static int is_common_depth(const dz_lexicon *lx, const char *w, size_t n,
                           int depth)
{
    /* with their lengths: this runs for about 40,000 words an article */
    static const struct { const char *suf, *add; unsigned char sl, al; } infl[] = {
        { "s", "", 1, 0 }, { "es", "", 2, 0 }, { "ed", "", 2, 0 },
        { "ed", "e", 2, 1 }, { "ing", "", 3, 0 }, { "ing", "e", 3, 1 },
        { "ly", "", 2, 0 }, { "ies", "y", 3, 1 }, { "ied", "y", 3, 1 },
    };
    char buf[64];
    size_t i;
    if (map_get(&lx->words, w, n, 0) & W_COMMON)
        return 1;
    if (n >= sizeof buf - 2)
        return 0;
    for (i = 0; i < sizeof infl / sizeof infl[0]; i++) {
        size_t sl = infl[i].sl, al = infl[i].al;
        if (n > sl + 1 && memcmp(w + n - sl, infl[i].suf, sl) == 0) {
            memcpy(buf, w, n - sl);
            memcpy(buf + n - sl, infl[i].add, al);
            /* the word list keeps stems only: "savings" -> "saving" -> "save" */
            if (depth < 3 && is_common_depth(lx, buf, n - sl + al, depth + 1))
                return 1;
        }
    }
    return 0;
}

static int is_common(const dz_lexicon *lx, const char *w, size_t n)
{
    return is_common_depth(lx, w, n, 0);
}

static int tok_common(const scan *sc, int t)
{
    size_t n;
    const char *w = ftok(sc, t, &n);
    return is_common(sc->lx, w, n);
}

/* Append a mention to a; name and code are borrowed (lexicon or arena). */
static int push_mention(dz_analysis *a, int sent, int start, int end,
                        int type, const char *name, const char *code,
                        int form, int short_form)
{
    dz_mention *m;
    if (DZ_VEC_PUSH(a->mentions, a->nmentions, a->capmentions) != 0)
        return -1;
    m = &a->mentions[a->nmentions++];
    memset(m, 0, sizeof *m);
    m->sentence = sent;
    m->start = start;
    m->end = end;
    m->type = (dz_entity_type)type;
    m->name = name;
    m->code = code;
    m->form = form;
    m->short_form = short_form;
    return 0;
}

/* The entity that entity e's names stand for in this article, by its
** publication date: the historic state that held them then ("Moscow" in
** 1987: the Soviet Union), or the successor of a state that no longer
** existed ("Soviet" in 2024, or undated: Russia). */
static int dated_entity(const scan *sc, int e)
{
    const dz_lexicon *lx = sc->lx;
    const char *pub = sc->a->published;
    const lx_entity *en = &lx->ents[e];
    if (en->taken_by >= 0 && pub[0]) {
        const lx_entity *h = &lx->ents[en->taken_by];
        if ((!h->from[0] || strcmp(pub, h->from) >= 0) &&
            (!h->until[0] || strcmp(pub, h->until) <= 0))
            return en->taken_by;
    }
    if (en->succ >= 0 && en->until[0] && (!pub[0] || strcmp(pub, en->until) > 0))
        return en->succ;
    return e;
}

/* Do the folded tokens t.. match alias key (ntok tokens)? */
static int key_match(const scan *sc, const lx_alias *al, int t)
{
    const char *k = al->key;
    int i;
    for (i = 0; i < al->ntok; i++) {
        size_t n;
        const char *w = ftok(sc, t + i, &n);
        if (strncmp(k, w, n) != 0)
            return 0;
        k += n;
        if (i + 1 < al->ntok) {
            if (*k != ' ')
                return 0;
            k++;
        }
    }
    return *k == 0;
}

/* Case rules for an alias matched at tokens t..t+n-1. */
static int is_month(const scan *sc, int t);

static int is_possessive(const scan *sc, int t);

/* Is alias al a country's own ISO alpha-3 code ("PRT", "AFG", "ECU")? Such
** a code is a key in data, not a name in prose: in news the letters are
** mostly something else ("Petroleum Revenue Tax (PRT)", "the ECU", "VAT",
** "CENTS PER LB", a ticker). A code that is also the usual abbreviation
** is given as a name in countries_extra.txt ("USA", "PNG"), which makes
** the alias a name. */
static int iso_code_alias(const dz_lexicon *lx, const lx_alias *al)
{
    const char *code = lx->ents[al->entity].code;
    int i;
    if (al->form != DZ_FORM_CODE || !code || strlen(code) != 3 || strlen(al->key) != 3)
        return 0;
    for (i = 0; i < 3; i++)
        if ((al->key[i] | 32) != (code[i] | 32))
            return 0;
    return 1;
}

static int case_ok(const scan *sc, const lx_alias *al, int t, int n, int headline)
{
    const dz_token *tk = sc->a->tokens;
    int i;
    if (sc->lx->ents[al->entity].type == LX_TITLE)
        return 1;
    if (al->form == DZ_FORM_CODE) {
        if (iso_code_alias(sc->lx, al))
            return 0;
        /* "MAR 27" in a table is March, not Morocco */
        if (headline == 2 || (n == 1 && is_month(sc, t)))
            return 0;
        for (i = 0; i < n; i++)
            if ((tk[t + i].flags & DZ_TOK_WORD) && !(tk[t + i].flags & DZ_TOK_ALLCAP))
                return 0;
        return 1;
    }
    if (al->lower_ok)
        return 1;
    if (!(tk[t].flags & (DZ_TOK_CAP | DZ_TOK_NUMBER)))
        return 0;
    /* the last word needs its capital, a possessive ending aside
    ** ("Standard and Poor's", "Moody's") */
    if (n >= 2 && is_possessive(sc, t + n - 1))
        n--;
    if (n > 1 && (tk[t + n - 1].flags & DZ_TOK_WORD) &&
        !(tk[t + n - 1].flags & DZ_TOK_CAP))
        return 0;
    return 1;
}

/* Longest alias at token t (not beyond end): its index, length in *len. */
static int longest_alias(const scan *sc, int t, int end, int headline, int *len)
{
    const dz_lexicon *lx = sc->lx;
    uint64_t hs[LX_MAXTOK + 1], h = SEQ_SEED;
    int maxn, k;
    if (end > sc->a->ntokens)
        end = sc->a->ntokens;
    if (t < 0 || t >= end)
        return -1;  /* no token there: a span past the last token */
    maxn = end - t;
    if (maxn > LX_MAXTOK)
        maxn = LX_MAXTOK;
    /* no longer than an alias that starts with this token (an alias found
    ** at t has t's folded text as its first token: the same hash) */
    if (maxn > lx->firstmax[sc->th[t] & (sizeof lx->firstmax - 1)])
        maxn = lx->firstmax[sc->th[t] & (sizeof lx->firstmax - 1)];
    if (!lx->nbuckets)
        return -1;
    for (k = 0; k < maxn; k++)
        hs[k + 1] = h = seq_mix(h, sc->th[t + k]);
    for (k = maxn; k >= 1; k--) {
        int32_t ai;
        for (ai = lx->buckets[(uint32_t)hs[k] & (lx->nbuckets - 1)]; ai >= 0;
             ai = lx->aliases[ai].next) {
            const lx_alias *al = &lx->aliases[ai];
            if (al->hash != hs[k] || al->ntok != k || !key_match(sc, al, t))
                continue;
            if (!case_ok(sc, al, t, k, headline))
                continue;
            *len = k;
            return ai;
        }
    }
    return -1;
}

/* Single-token alias for the folded text w (n bytes), any case. */
static int alias_of_word(const dz_lexicon *lx, const char *w, size_t n)
{
    uint64_t h = seq_mix(SEQ_SEED, hash_bytes(w, n));
    int32_t ai;
    if (!lx->nbuckets)
        return -1;
    for (ai = lx->buckets[(uint32_t)h & (lx->nbuckets - 1)]; ai >= 0;
         ai = lx->aliases[ai].next) {
        const lx_alias *al = &lx->aliases[ai];
        if (al->hash == h && al->ntok == 1 && strlen(al->key) == n &&
            memcmp(al->key, w, n) == 0)
            return ai;
    }
    return -1;
}

/* Is the sentence a headline: 2 when in all capitals (names need no
** capital then), 1 when in title case ("Blinken Goes to China") so that
** capitals prove little, else 0. */
static int is_headline(const dz_analysis *a, const dz_sentence *s)
{
    int i, words = 0, caps = 0, long_words = 0, long_caps = 0;
    for (i = s->tok_first; i < s->tok_first + s->tok_count; i++) {
        const dz_token *t = &a->tokens[i];
        if (!(t->flags & DZ_TOK_WORD) || t->end - t->start < 2)
            continue;
        words++;
        caps += (t->flags & DZ_TOK_ALLCAP) != 0;
        if (t->end - t->start >= 4) {
            long_words++;
            long_caps += (t->flags & DZ_TOK_CAP) != 0;
        }
    }
    if (words >= 2 && caps * 5 >= words * 4)
        return 2;
    return long_words >= 3 && long_caps * 5 >= long_words * 4;
}

static int is_possessive(const scan *sc, int t)
{
    size_t n;
    const char *w = ftok(sc, t, &n);
    return n == 2 && w[0] == '\'' && w[1] == 's';
}

/* Does the part of folded word w that starts at byte ps begin with a
** capital in the source (src, srclen bytes)? Folding keeps ASCII letters in
** place, so the part's first letter is found by counting hyphens. */
static int src_upper(const char *src, size_t srclen, const char *w, size_t ps)
{
    size_t k, hy = 0, j;
    for (k = 0; k < ps; k++)
        hy += w[k] == '-';
    for (j = 0; j < srclen && hy > 0; j++)
        hy -= src[j] == '-';
    return j < srclen && src[j] >= 'A' && src[j] <= 'Z';
}

/* Hyphenated word ("then-Speaker", "Russian-Turkish"): look each part up
** alone. Titles mark the token; country adjectives become mentions, unless
** a part in capitals is unknown: then the word is one name. */
static int hyphen_parts(scan *sc, int si, int t)
{
    const dz_lexicon *lx = sc->lx;
    size_t n, i, ps = 0;
    const char *w = ftok(sc, t, &n);
    const char *src = sc->a->text + sc->a->tokens[t].start;
    size_t srclen = (size_t)(sc->a->tokens[t].end - sc->a->tokens[t].start);
    size_t sp = 0;                      /* part start in the source */
    int titled = 0;

    if (!memchr(w, '-', n))
        return 0;
    /* a part in capitals the lexicon does not know makes the word one
    ** name ("Rhone-Poulenc", "Mercedes-Benz"): its parts name nothing */
    for (i = 0; i <= n; i++) {
        if (i < n && w[i] != '-')
            continue;
        if (i > ps && src_upper(src, srclen, w, ps) &&
            alias_of_word(lx, w + ps, i - ps) < 0)
            return 0;
        ps = i + 1;
    }
    ps = 0;
    for (i = 0; i <= n; i++) {
        size_t se;
        int ai;
        if (i < n && w[i] != '-')
            continue;
        /* the matching part of the source: up to its next hyphen char */
        for (se = sp; se < srclen; se++) {
            unsigned char c = (unsigned char)src[se];
            if (c == '-' || (c == 0xE2 && se + 2 < srclen &&
                             (unsigned char)src[se + 1] == 0x80 &&
                             ((unsigned char)src[se + 2] == 0x90 ||
                              (unsigned char)src[se + 2] == 0x91)))
                break;
        }
        ai = alias_of_word(lx, w + ps, i - ps);
        if (ai >= 0) {
            const lx_alias *al = &lx->aliases[ai];
            const lx_entity *en = &lx->ents[dated_entity(sc, al->entity)];
            if (en->type == LX_TITLE) {
                titled = 1;
            } else if (sp < se && (en->type == DZ_ENT_COUNTRY ||
                                   en->type == DZ_ENT_PLACE) &&
                       ((unsigned char)src[sp] >= 'A' && (unsigned char)src[sp] <= 'Z')) {
                if (push_mention(sc->a, si, sc->a->tokens[t].start + (int)sp,
                                 sc->a->tokens[t].start + (int)se, en->type,
                                 en->name, en->code, al->form, 0) != 0)
                    return -1;
                sc->mark[t] = sc->a->nmentions - 1;
            }
        }
        ps = i + 1;
        sp = se < srclen ? se + (((unsigned char)src[se] == '-') ? 1 : 3) : se;
    }
    /* "then-Speaker Nancy Pelosi": the token acts as a title */
    if (titled && sc->mark[t] == MARK_FREE)
        sc->mark[t] = MARK_TITLE;
    return 0;
}

/* Pass 1: gazetteer matches in sentence si. */
/* Is token t one to three capitals written against a following "$" ("C$",
** "A$", "HK$", "US$": a dollar of that country)? */
static int currency_prefix(const dz_analysis *a, int t)
{
    const dz_token *tk = &a->tokens[t], *nx = &a->tokens[t + 1];
    int k, n = tk->end - tk->start;
    if (n < 1 || n > 3 || nx->start != tk->end || nx->end != nx->start + 1 ||
        a->text[nx->start] != '$' || (t > 0 && a->tokens[t - 1].end == tk->start))
        return 0;
    for (k = tk->start; k < tk->end; k++)
        if (a->text[k] < 'A' || a->text[k] > 'Z')
            return 0;
    return 1;
}

static const char *span_name(scan *sc, int a, int b);

/* Does the tagger's organisation go on after the office the lexicon
** knows at t..t+n-1 with its holder's name: two capitalised words or more
** that are no common, organisation or place words ("U.S. Trade
** Representative" + "Clayton Yeutter"), the first a given name or the
** office's last word a title? */
static int holder_after(const scan *sc, int t, int n, int end)
{
    int k, len;
    for (k = t + n; k < end && sc->lab[k] == 3 * 2 /* I-ORG */; k++)
        if (!(sc->a->tokens[k].flags & DZ_TOK_CAP) || tok_common(sc, k) ||
            (word_bits(sc, k) & (W_ORGWORD | W_PLACEWORD | W_LEGAL | W_STOP)))
            return 0;
    if (k - (t + n) < 2)
        return 0;
    if (word_bits(sc, t + n) & W_GIVEN)
        return 1;
    k = longest_alias(sc, t + n - 1, t + n, 0, &len);
    return k >= 0 && sc->lx->ents[sc->lx->aliases[k].entity].type == LX_TITLE;
}

static int tok_is(const scan *sc, int t, const char *w);
static int tok_in(const scan *sc, int t, const char *const *list, size_t n);
static int is_and(const scan *sc, int t);
static int body_head(const scan *sc, int t, int a);
static int add_place_titled(scan *sc, int si, int a, int b);

/* Is the capital at tokens t..t+n-1 of sentence si named as the place
** where something happens, not as its government: after "in", "at",
** "near", "via" ... ("talks in Paris", "agreed in London", "arrived in
** Tokyo"), or after a part of the town ("northern Paris")? A visit "to
** Moscow" is to the country's government, and a capital's possessive
** ("in Washington's view") is the government's. */
static int place_of_event(const scan *sc, int si, int t, int n)
{
    static const char *const at[] = {
        "in", "at", "near", "outside", "around", "throughout", "across",
        "inside", "via"
    };
    static const char *const parts[] = {
        "northern", "southern", "eastern", "western", "central", "downtown",
        "suburban", "greater", "north-east", "north-west", "south-east",
        "south-west", "northeastern", "northwestern", "southeastern",
        "southwestern"
    };
    const dz_sentence *s = &sc->a->sentences[si];
    size_t i;
    if (t <= s->tok_first || (t + n < s->tok_first + s->tok_count &&
                              is_possessive(sc, t + n)))
        return 0;
    /* "in the Hague": the article of a name the lexicon keeps without it */
    if (tok_is(sc, t - 1, "the") && t - 1 > s->tok_first)
        t--;
    /* a part of the town: "northern Paris", "downtown Tokyo" */
    if (!(sc->a->tokens[t - 1].flags & DZ_TOK_CAP) &&
        tok_in(sc, t - 1, parts, sizeof parts / sizeof parts[0]))
        return 1;
    for (i = 0; i < sizeof at / sizeof at[0]; i++)
        if (tok_is(sc, t - 1, at[i]))
            return 1;
    return 0;
}

/* Is token k (before end) a lower-case noun for something of a city, or a
** word of money or markets and such a noun, so
** that a capital just before it is the city ("the Paris accord", "the
** London market", "BNL's London branch", "a Stockholm court"; in a
** heading in capitals any case: "LONDON COFFEE"), not its
** country's government ("the Bonn government", "Peking will")? */
static int city_thing(const scan *sc, int k, int end, int headline)
{
    static const char *const things[] = {
        "accord", "accords", "agreement", "pact", "meeting", "meetings", "talks",
        "summit", "conference", "session", "market", "markets", "stock",
        "stocks", "exchange", "bourse", "futures", "branch", "branches",
        "office", "offices", "headquarters", "traders", "dealers", "brokers",
        "broker", "brokerage", "analysts", "bankers", "banks", "interbank",
        "court", "newspaper", "newspapers", "daily", "firm", "firms", "company",
        "companies", "investment", "investors", "financial", "money",
        "bullion", "gold", "metal", "metals", "cocoa", "coffee", "sugar",
        "rubber", "commodity", "commodities", "club", "hotel", "airport",
        "port", "police", "residents", "area", "suburb", "subsidiary", "unit",
        "trading", "shipping", "insurance", "property", "shares", "bond",
        "bonds", "equity", "listing", "opening", "close", "closing", "fixing",
        "afternoon", "morning", "grain", "grains", "silver", "tin", "copper",
        "aluminium", "zinc", "lead", "nickel", "platinum", "oil", "petroleum",
        /* a body's seat or post there ("Chad's Paris embassy", "its London
        ** operation", "Dresdner Bank's Moscow representative", "a
        ** Washington lobbyist") and the city's market and clock ("the
        ** London options exchange", "1000 London time") */
        "embassy", "embassies", "consulate", "bureau", "operation",
        "operations", "representative", "representatives", "lobbyist",
        "lobbyists", "bank", "options", "terminal", "route", "time",
        /* the city's own bodies and prices ("the Belgrade trade union
        ** council", "Tokyo share prices", "a record Tokyo low") */
        "union", "unions", "prices", "low", "high"
    };
    /* a word of money, markets or sites between: "the Paris currency
    ** accord", "the Washington monetary talks", "the London foreign
    ** exchange", "its Copenhagen head office" */
    static const char *const mods[] = {
        "currency", "currencies", "monetary", "foreign", "international",
        "evening", "free", "head", "board", "spot", "trade", "share"
    };
    const dz_token *tk = sc->a->tokens;
    if (k + 1 < end && (tk[k].flags & DZ_TOK_WORD) && !(tk[k].flags & DZ_TOK_CAP) &&
        (tk[k + 1].flags & DZ_TOK_WORD) && !(tk[k + 1].flags & DZ_TOK_CAP) &&
        tok_in(sc, k, mods, sizeof mods / sizeof mods[0]) &&
        tok_in(sc, k + 1, things, sizeof things / sizeof things[0]))
        return 1;
    /* in capitals in a heading: "LONDON SUGAR OPTIONS" */
    return k < end && (tk[k].flags & DZ_TOK_WORD) &&
           (!(tk[k].flags & DZ_TOK_CAP) || headline == 2) &&
           tok_in(sc, k, things, sizeof things / sizeof things[0]);
}

/* Is the capital at tokens t..t+n-1 (before end), in capitals, the market
** opening the heading of a table ("LONDON EURO DEPOSITS - YEN MORNING",
** "TOKYO EXCH CLSG - APRIL 07", "PARIS SUGAR NO.6 FOB 1640")? The
** heading runs on in capitals into the table's lower-case rows, so the
** sentence is no headline in capitals (headline 2, where "TOKYO SAYS"
** is the government speaking); a dateline has a comma after the city. */
static int all_caps(const dz_analysis *an, int a, int b);

static int table_heading_city(const scan *sc, int t, int n, int end, int headline)
{
    const dz_token *tk = sc->a->tokens;
    return headline != 2 && t + n < end && all_caps(sc->a, t, t + n) &&
           (tk[t + n].flags & DZ_TOK_WORD) && (tk[t + n].flags & DZ_TOK_ALLCAP) &&
           tk[t + n].end - tk[t + n].start > 1;
}

/* Is the place at tokens t..t+n-1 of sentence si (before end) a town
** among places: its state's abbreviation after a comma ("Tucson, Ariz.",
** "Syracuse, N.Y."), or, when the tagger read it as a person (kind 1),
** after a place's mention and a comma or "and" ("Boston, Atlanta,
** Memphis and Minneapolis")? Clubs are listed as towns are ("Essex,
** Derbyshire and Surrey"): an organisation is not judged by its list. */
static int tok_punct(const dz_analysis *a, int t, char c);

static int town_in_list(const scan *sc, int si, int t, int n, int end, int headline,
                        int kind)
{
    const dz_analysis *a = sc->a;
    int len, ai, k;
    if (t + n + 1 < end && tok_punct(a, t + n, ',') &&
        (a->tokens[t + n + 1].flags & DZ_TOK_CAP) &&
        (ai = longest_alias(sc, t + n + 1, end, headline, &len)) >= 0 &&
        sc->lx->ents[sc->lx->aliases[ai].entity].type == DZ_ENT_PLACE &&
        a->text[a->tokens[t + n + len].end - 1] == '.')
        return 1;
    if (kind != 1 || t - 2 < a->sentences[si].tok_first ||
        !(tok_punct(a, t - 1, ',') || tok_is(sc, t - 1, "and")))
        return 0;
    k = sc->mark[t - 2];
    return k >= 0 && a->mentions[k].type == DZ_ENT_PLACE;
}

/* Is the place the lexicon knows at tokens t..t+n-1 of sentence si (before
** end) a place although the tagger reads it as an organisation (a
** club named by its town in sports results): where something is ("based
** in Cleveland", "grand juries in Colorado and Cleveland"), or before a
** lower-case noun of a thing there ("its Milwaukee plant", "12 Texas
** savings associations", "the Houston properties", "Detroit
** carmakers")? A town's possessive is left to the tagger ("Montreal's
** market portfolio index"). */
static int table_sentence(const scan *sc, int si);

static int place_thing(const scan *sc, int k, int end);

static int place_not_club(const scan *sc, int si, int t, int n, int end, int headline,
                          int kind)
{
    const dz_token *tk = sc->a->tokens;
    int k;
    if (t + n < end && is_possessive(sc, t + n))
        return 0;
    /* all in capitals, a team's town in a results line ("NEW YORK 74 59")
    ** is the tagger's; a market's in a table set out in columns
    ** ("CINCINNATI 1 UND MAY") is the place */
    if (headline == 2)
        return table_sentence(sc, si);
    if (place_of_event(sc, si, t, n) || table_sentence(sc, si) ||
        table_heading_city(sc, t, n, end, headline) ||
        town_in_list(sc, si, t, n, end, headline, kind))
        return 1;
    /* the noun, or one lower-case word and the noun ("its Cleveland
    ** chemical plant") */
    for (k = t + n; k < t + n + 2 && k < end; k++) {
        if (!(tk[k].flags & DZ_TOK_WORD) || (tk[k].flags & DZ_TOK_CAP))
            return 0;
        if (place_thing(sc, k, end))
            return 1;
    }
    return 0;
}

/* Is token k (before end) a lower-case noun for a thing in or of a place
** ("plant", "properties", "investor", "court", "market"; city_thing's
** and more)? */
static int place_thing(const scan *sc, int k, int end)
{
    static const char *const things[] = {
        "plant", "plants", "facility", "facilities", "mill", "mills",
        "refinery", "factory", "factories", "site", "properties",
        "operations", "operation", "division", "store", "stores", "investor",
        "financier", "businessman", "maker", "makers", "carmakers",
        "automakers", "partnership", "savings", "association", "associations",
        "thrift", "thrifts", "bank", "hospital", "region", "county",
        "district", "utility", "utilities", "lawyer", "attorney",
        "businesses", "concern", "concerns", "newspapers", "station",
        "stations", "area", "areas", "headquarters", "office", "offices"
    };
    const dz_token *tk = sc->a->tokens;
    return k < end && (tk[k].flags & DZ_TOK_WORD) && !(tk[k].flags & DZ_TOK_CAP) &&
           (city_thing(sc, k, end, 0) || tok_in(sc, k, things, sizeof things / sizeof things[0]));
}

/* Does the title at tokens t..t+n-1 (before end) open a name the tagger
** reads as one organisation or other name going on after it ("General
** Dynamics Corp", "the General Accounting Office", "General Tire"), so
** that it is the name's first word and not a title before a person? */
static int title_in_org(const scan *sc, int t, int n, int end)
{
    int k, kind;
    /* the next word capitalised: "Minister of Energy and Mines Subroto"
    ** is a title and its holder */
    if (!sc->lx->model || t + n >= end || !(sc->a->tokens[t].flags & DZ_TOK_CAP) ||
        !(sc->a->tokens[t + n].flags & DZ_TOK_CAP))
        return 0;
    kind = NER_LABEL_TYPE(sc->lab[t]);
    if (kind != 3 && kind != 4)
        return 0;
    for (k = 1; k < n; k++)
        if (sc->lab[t + k] != kind * 2)
            return 0;
    return sc->lab[t + n] == kind * 2;
}

static int is_legal(const scan *sc, int t);

/* Is the capital at tokens t..t+n-1 (before end) named with its own
** country after a comma, as an address is ("Sumitomo Bakelite Co Ltd,
** Tokyo, Japan, providing", "from Portland, Ore, to Seoul, Korea, via
** Tokyo")? The country must be the capital's own ("talks with
** Washington, Japan said" is two names) and end the phrase: a comma,
** a full stop or the sentence's end after it. */
static int capital_with_country(const scan *sc, int t, int n, int end)
{
    const dz_analysis *a = sc->a;
    int ai, ci, len, clen;
    if (t + n + 1 >= end || !tok_punct(a, t + n, ',') ||
        !(a->tokens[t + n + 1].flags & DZ_TOK_CAP) ||
        (ai = longest_alias(sc, t, end, 0, &len)) < 0 || len != n ||
        (ci = longest_alias(sc, t + n + 1, end, 0, &clen)) < 0 ||
        sc->lx->aliases[ci].entity != sc->lx->aliases[ai].entity ||
        sc->lx->aliases[ci].form != DZ_FORM_NAME || sc->lx->aliases[ci].city)
        return 0;
    return t + n + 1 + clen >= end || tok_punct(a, t + n + 1 + clen, ',') ||
           tok_punct(a, t + n + 1 + clen, '.');
}

static int is_month(const scan *sc, int t);

/* Is "from" and one to three capitalised words (no capital of a
** country among them) just before token k, at or after token first:
** "from Portland" in "service from Portland to Tokyo"? */
static int from_place_before(const scan *sc, int first, int k)
{
    int j;
    for (j = k - 1; j >= first && j >= k - 3; j--) {
        int len, ai;
        if (tok_is(sc, j, "from"))
            return j < k - 1;
        if (!(sc->a->tokens[j].flags & DZ_TOK_WORD) || !(sc->a->tokens[j].flags & DZ_TOK_CAP) ||
            ((ai = longest_alias(sc, j, k, 0, &len)) >= 0 && sc->lx->aliases[ai].city))
            return 0;
    }
    return 0;
}

/* Is the capital at tokens t..t+n-1 of sentence si (before end) the
** market opening the dated heading of a report in capitals: words in
** capitals and figures after it, then a dash and a month ("LONDON
** DOLLAR FLUCTUATIONS 1500 - APRIL 7", "PARIS EXCHANGES CLOSING - APR
** 7", "LONDON SEEDS 1330 - APR 7")? A headline of news has no date
** after a dash ("TOKYO SAYS IT WILL ACT"). */
static int dated_heading_city(const scan *sc, int si, int t, int n, int end)
{
    const dz_analysis *a = sc->a;
    int k;
    if (t != a->sentences[si].tok_first || !all_caps(a, t, t + n))
        return 0;
    for (k = t + n; k < end && k < t + n + 8; k++) {
        unsigned f = a->tokens[k].flags;
        if (tok_punct(a, k, '-')) {
            while (k < end && tok_punct(a, k, '-'))
                k++;
            return k < end && (a->tokens[k].flags & DZ_TOK_ALLCAP) && is_month(sc, k);
        }
        if (!((f & DZ_TOK_WORD) && (f & DZ_TOK_ALLCAP)) && !(f & DZ_TOK_NUMBER) &&
            !tok_punct(a, k, '/'))
            return 0;
    }
    return 0;
}

/* Is the capital at tokens t..t+n-1 of sentence si (before end) the
** dateline of one item of a news digest: opening its sentence, then a dash
** and a capitalised word ("... said as arranger. London - Colombia is in
** the process of", "Washington - Federal Reserve Board chairman")? A
** dash later in a sentence ("concern to Washington -- computer
** microchips") is no dateline. */
static int digest_dateline(const scan *sc, int si, int t, int n, int end)
{
    const dz_analysis *a = sc->a;
    int d = t + n;
    if (t != a->sentences[si].tok_first || d + 1 >= end ||
        !(a->tokens[d].flags & DZ_TOK_PUNCT) || a->text[a->tokens[d].start] != '-')
        return 0;
    while (d < end && tok_punct(a, d, '-'))
        d++;
    if (d == t + n)
        d++;    /* "--" as one token */
    return d < end && (a->tokens[d].flags & DZ_TOK_WORD) && (a->tokens[d].flags & DZ_TOK_CAP);
}

/* Is the capital at tokens t..t+n-1 of sentence si (before end) the city
** itself by the words around it, where place_of_event and city_thing do
** not see it: a way home or a scheduled line ("on his return from
** London", "flights between London and Tokyo"), a bearing ("northwest of
** Tokyo"), news filed or a call made from it ("press reports from
** Tokyo", "speaking from Bonn"), a way from it ("flew in from Tokyo",
** "flying from Paris to New York"), an address with its country
** ("Tokyo, Japan"), a digest item's dateline ("London - Colombia is"),
** the market of a dated heading ("LONDON SEEDS 1330 - APR 7"),
** a company's
** seat ("Morgan Grenfell Group PLC, of London"), a branch's town in
** brackets ("State Bank of India (London)"),
** a market's session ("in early Tokyo trade") or the city's own markets
** and sites ("London's booming financial markets", "Tokyo's stock
** exchange")? A visit or a trip "to Moscow" stays the government's, and so
** do ties "between Tokyo and Washington" and a possessive before anything
** else ("Tokyo's failure to honour"). */
static int city_literal(const scan *sc, int si, int t, int n, int end)
{
    /* a way back or a scheduled line; not a trip, a flight or a visit
    ** of someone acting ("Shultz is due to fly to Moscow"): that goes to
    ** the government */
    static const char *const moves[] = {
        "return", "returned", "returning", "returns", "flights",
        "route", "routes", "service", "services", "relocate", "relocated",
        "commute"
    };
    static const char *const bearings[] = {
        "north", "south", "east", "west", "northwest", "northeast",
        "southwest", "southeast", "north-west", "north-east", "south-west",
        "south-east", "outskirts", "centre", "center", "heart", "suburbs"
    };
    static const char *const pronouns[] = {
        "you", "we", "they", "i", "he", "she", "it"
    };
    static const char *const filed[] = {
        "report", "reports", "dispatch", "dispatches", "update",
        /* a call or a broadcast from there ("by telephone from Brasilia",
        ** "speaking from Bonn", "transmitted from Rome") */
        "despatch", "telephone", "speaking", "transmitted", "reported",
        "broadcast", "telephoned", "phoned"
    };
    /* a way from the city: "flew in from Tokyo", "arrived from Helsinki" */
    static const char *const leave[] = {
        "in", "flew", "flown", "arrived", "arrives", "arriving", "travelled",
        "traveled", "drove"
    };
    static const char *const session[] = {
        "early", "late", "midday", "morning", "afternoon"
    };
    static const char *const adjs[] = {
        "booming", "busy", "main", "major", "big", "biggest", "largest",
        "financial", "stock", "money", "foreign", "exchange", "gold",
        "commodity", "futures", "bullion", "international", "new", "two",
        "three", "four", "five", "several", "many", "other"
    };
    static const char *const sites[] = {
        "market", "markets", "stock", "stocks", "exchange", "exchanges",
        "bourse", "traders", "dealers", "brokers", "brokerage", "airport",
        "airports", "port", "docks", "residents", "hotels", "hotel",
        "suburbs", "area", "areas", "streets", "district", "districts",
        "futures", "banks", "institutions", "centre", "center", "city",
        "population", "mayor", "subway", "buildings", "offices"
    };
    static const char *const policy[] = {
        "access", "opening", "liberalisation", "liberalization", "reform",
        "reforms", "policy", "policies", "barriers", "regulation",
        "regulations", "deregulation", "efforts", "measures", "share"
    };
    const dz_sentence *s = &sc->a->sentences[si];
    const dz_token *tk = sc->a->tokens;
    int k, j;
    if (t - 1 >= s->tok_first) {
        if (t - 2 >= s->tok_first && (tok_is(sc, t - 1, "from") || tok_is(sc, t - 1, "to")) &&
            tok_in(sc, t - 2, moves, sizeof moves / sizeof moves[0]))
            return 1;
        if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "between") && t + n + 1 < end &&
            is_and(sc, t + n) && (tk[t + n + 1].flags & DZ_TOK_CAP) &&
            tok_in(sc, t - 2, moves, sizeof moves / sizeof moves[0]))
            return 1;
        if (t - 4 >= s->tok_first && is_and(sc, t - 1) && (tk[t - 2].flags & DZ_TOK_CAP) &&
            tok_is(sc, t - 3, "between") && tok_in(sc, t - 4, moves, sizeof moves / sizeof moves[0]))
            return 1;
        if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "of") &&
            tok_in(sc, t - 2, bearings, sizeof bearings / sizeof bearings[0]))
            return 1;
        /* news filed from the city ("press reports from Tokyo"), and a
        ** company's seat ("Morgan Grenfell Group PLC, of London", "<New
        ** London Oil Ltd> of London") */
        if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "from") &&
            (tok_in(sc, t - 2, filed, sizeof filed / sizeof filed[0]) ||
             tok_in(sc, t - 2, leave, sizeof leave / sizeof leave[0])))
            return 1;
        /* "a telephone call from Paris" (not "a call from Washington for
        ** talks"), "a telephone interview from Washington" */
        if (t - 3 >= s->tok_first && tok_is(sc, t - 1, "from") &&
            (tok_is(sc, t - 2, "call") || tok_is(sc, t - 2, "interview")) &&
            tok_is(sc, t - 3, "telephone"))
            return 1;
        /* a way from another place to the city: "service from Portland
        ** to Tokyo", "flights from New York to London" */
        if (tok_is(sc, t - 1, "to") && from_place_before(sc, s->tok_first, t - 1))
            return 1;
        /* a stretch from the city to another place: "flying from Paris to
        ** New York", "a railroad from Peking to Canton" */
        if (tok_is(sc, t - 1, "from") && t + n + 1 < end && tok_is(sc, t + n, "to") &&
            (tk[t + n + 1].flags & DZ_TOK_WORD) && (tk[t + n + 1].flags & DZ_TOK_CAP))
            return 1;
        if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "of") &&
            (is_legal(sc, t - 2) || tok_punct(sc->a, t - 2, '>') ||
             (t - 3 >= s->tok_first && tok_punct(sc->a, t - 2, ',') && is_legal(sc, t - 3))))
            return 1;
        if (t - 2 >= s->tok_first && tok_punct(sc->a, t - 1, '(') && t + n < end &&
            tok_punct(sc->a, t + n, ')') && (tk[t - 2].flags & DZ_TOK_CAP) &&
            !tok_in(sc, t - 2, pronouns, sizeof pronouns / sizeof pronouns[0]))
            return 1;
        if (tok_in(sc, t - 1, session, sizeof session / sizeof session[0]) && t + n < end &&
            (tok_is(sc, t + n, "trade") || tok_is(sc, t + n, "trading")))
            return 1;
    }
    if (capital_with_country(sc, t, n, end) || digest_dateline(sc, si, t, n, end) ||
        dated_heading_city(sc, si, t, n, end))
        return 1;
    if (t + n >= end || !is_possessive(sc, t + n))
        return 0;
    for (j = 0, k = t + n + 1; j < 3 && k < end; j++, k++) {
        if (!(tk[k].flags & DZ_TOK_WORD) || (tk[k].flags & DZ_TOK_CAP))
            return 0;
        if (tok_in(sc, k, sites, sizeof sites / sizeof sites[0]))
            /* "Seoul's market liberalisation efforts" are its government's */
            return !(k + 1 < end && tok_in(sc, k + 1, policy, sizeof policy / sizeof policy[0]));
        if (!tok_in(sc, k, adjs, sizeof adjs / sizeof adjs[0]))
            return 0;
    }
    return 0;
}

static int pass_gazetteer(scan *sc, int si)
{
    dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int end = s->tok_first + s->tok_count, t = s->tok_first;
    int headline = is_headline(a, s);

    while (t < end) {
        int n = 0, ai;
        const lx_alias *al;
        const lx_entity *en;
        if (a->tokens[t].flags & DZ_TOK_PUNCT) {
            t++;
            continue;
        }
        if (t + 1 < end && currency_prefix(a, t)) {
            /* "C$", "HK$": a currency, not the place its letters name */
            const char *name = span_name(sc, t, t + 2);
            if (!name || push_mention(a, si, a->tokens[t].start, a->tokens[t + 1].end,
                                      DZ_ENT_OTHER, name, NULL, DZ_FORM_NAME, 0) != 0)
                return -1;
            sc->mark[t] = sc->mark[t + 1] = a->nmentions - 1;
            t += 2;
            continue;
        }
        ai = longest_alias(sc, t, end, headline, &n);
        if (ai < 0) {
            if ((a->tokens[t].flags & DZ_TOK_WORD) && hyphen_parts(sc, si, t) != 0)
                return -1;
            t++;
            continue;
        }
        al = &sc->lx->aliases[ai];
        en = &sc->lx->ents[al->entity];
        if (en->type == LX_TITLE) {
            int k;
            if (title_in_org(sc, t, n, end)) {
                /* "General Dynamics Corp", "the General Accounting
                ** Office": the title word begins a firm's name */
                t += n;
                continue;
            }
            for (k = 0; k < n; k++)
                sc->mark[t + k] = MARK_TITLE;
            t += n;
            continue;
        }
        /* a one-word name after an unknown given name ("Jill Biden",
        ** "Michael Jordan") is left to the rules */
        if (n == 1 && t > s->tok_first &&
            !(en->type == DZ_ENT_PERSON && strcmp(al->key, en->key) == 0) &&
            sc->mark[t - 1] == MARK_FREE &&
            (a->tokens[t - 1].flags & DZ_TOK_CAP) &&
            (word_bits(sc, t - 1) & W_GIVEN)) {
            t++;
            continue;
        }
        if (sc->lx->model) {
            /* how the tagger sees these tokens */
            int k, kind = NER_LABEL_TYPE(sc->lab[t]), same = 1;
            int before, after;
            for (k = 0; k < n; k++) {
                int l = sc->lab[t + k];
                if (NER_LABEL_TYPE(l) != kind || (k > 0 && NER_LABEL_IS_B(l)))
                    same = 0;
            }
            before = kind && !NER_LABEL_IS_B(sc->lab[t]);
            after = kind && t + n < end && sc->lab[t + n] == kind * 2;
            if (same && kind == 3 && after && !before && en->type == DZ_ENT_ORGANIZATION &&
                holder_after(sc, t, n, end)) {
                /* an office and its holder read as one organisation ("U.S.
                ** Trade Representative" + "Clayton Yeutter"): the office is
                ** the lexicon's, the given name and the words after it a
                ** person */
                sc->lab[t + n] = 1;
                for (k = t + n + 1; k < end && sc->lab[k] == kind * 2; k++)
                    sc->lab[k] = 2;
                after = 0;
            }
            if (same && kind && before && !after && t - 1 > s->tok_first - 1 &&
                tok_is(sc, t - 1, "the") && NER_LABEL_TYPE(sc->lab[t - 1]) == kind &&
                (t - 1 == s->tok_first || NER_LABEL_TYPE(sc->lab[t - 2]) != kind ||
                 NER_LABEL_IS_B(sc->lab[t - 1])) &&
                (en->type == DZ_ENT_COUNTRY || en->type == DZ_ENT_PLACE) &&
                al->form == DZ_FORM_NAME && !al->city) {
                /* "The Philippines": the article is no part of the name,
                ** and the country stays one */
                sc->lab[t - 1] = NER_O;
                before = 0;
            }
            if (same && kind && (before || after)) {
                /* the tagger's span is longer ("New York Stock Exchange"):
                ** leave the tokens to it */
                t += n;
                continue;
            }
            if (same && kind && kind != gaz_kind(en->type, al->form) &&
                al->form != DZ_FORM_METONYM &&
                /* a country stays one whatever the tagger says of it
                ** ("the Philippines" as a borrower) */
                !(en->type == DZ_ENT_COUNTRY && kind == 3 && headline != 2) &&
                /* a country's acronym stays the country ("USSR", "UK") */
                !(en->type == DZ_ENT_COUNTRY && n == 1 && headline != 2 &&
                  (a->tokens[t].flags & DZ_TOK_ALLCAP)) &&
                /* a town before a noun after "a" is where someone is from
                ** ("a Cincinnati investor"), not a club or a firm */
                !(kind == 3 && t > s->tok_first && t + n < end &&
                  (tok_is(sc, t - 1, "a") || tok_is(sc, t - 1, "an")) &&
                  (a->tokens[t + n].flags & DZ_TOK_WORD) &&
                  !(a->tokens[t + n].flags & DZ_TOK_CAP)) &&
                !((kind == 3 || kind == 1) && en->type == DZ_ENT_PLACE &&
                  place_not_club(sc, si, t, n, end, headline, kind)) &&
                (en->type == DZ_ENT_COUNTRY || en->type == DZ_ENT_PLACE)) {
                /* the tagger's type wins over a place for the very same
                ** span ("Leeds" the club, "Jordan" the player), except
                ** for metonyms ("Kremlin" stays Russia): pass_model takes
                ** it. Known people and organisations keep their type. */
                t += n;
                continue;
            }
        }
        if (al->city && (place_of_event(sc, si, t, n) || city_thing(sc, t + n, end, headline) ||
                         table_heading_city(sc, t, n, end, headline) ||
                         city_literal(sc, si, t, n, end))) {
            /* the capital as the place of an event is the city */
            if (add_place_titled(sc, si, t, t + n) != 0)
                return -1;
            t += n;
            continue;
        }
        en = &sc->lx->ents[dated_entity(sc, al->entity)];
        if (push_mention(a, si, a->tokens[t].start, a->tokens[t + n - 1].end,
                         en->type, en->name, en->code, al->form, 0) != 0)
            return -1;
        {
            int k;
            for (k = 0; k < n; k++)
                sc->mark[t + k] = a->nmentions - 1;
        }
        t += n;
    }
    return 0;
}

/* Rename mention m: its type and name (borrowed), no code, not a short
** form; form >= 0 replaces its form (DZ_FORM_*). */
static void rename_mention(dz_mention *m, int type, const char *name, int form)
{
    m->type = type;
    m->name = name;
    m->code = NULL;
    if (form >= 0)
        m->form = form;
    m->short_form = 0;
}

/* Canonical text of tokens a..b-1: their source joined by single spaces,
** in the analysis arena. */
static const char *span_name(scan *sc, int a, int b)
{
    dz_buf buf = { 0 };
    const char *out = NULL;
    int t;
    for (t = a; t < b; t++) {
        const dz_token *tk = &sc->a->tokens[t];
        if (t > a && tk->start > sc->a->tokens[t - 1].end &&
            dz_buf_putc(&buf, ' ') != 0)
            goto done;
        if (dz_buf_append(&buf, sc->a->text + tk->start,
                          (size_t)(tk->end - tk->start)) != 0)
            goto done;
    }
    out = dz_arena_strndup(&sc->a->arena, buf.data ? buf.data : "", buf.len);
done:
    dz_buf_free(&buf);
    return out;
}

/* Is folded token t exactly w? Inlined: most callers pass a literal, whose
** first letter and length are then constants (this runs over two million
** times for 1,000 articles). */
static inline __attribute__((always_inline)) int
tok_is(const scan *sc, int t, const char *w)
{
    size_t n;
    const char *f = ftok(sc, t, &n);
    /* the first letters first: most tokens differ there (this runs over a
    ** million times for 1,000 articles) */
    if (n == 0)
        return *w == 0;
    return f[0] == w[0] && strlen(w) == n && memcmp(f, w, n) == 0;
}

/* ---- the token at a byte -------------------------------------------------
** The passes ask for the token at or after a byte (tok_from) about a
** thousand times an article, mostly at a mention's start. While
** entities_find runs on an article, its thread keeps the answer for every
** byte of the text (tokidx_build: 4 bytes a byte of text, made in one walk
** over the tokens, freed at the end); other analyses (and an article whose
** index could not be made) are answered by a binary search. */
static _Thread_local const dz_analysis *tokidx_a;   /* NULL: none */
static _Thread_local int32_t *tokidx;               /* [a->len + 1] */

/* Make the index of a's tokens (tokens in text order) the thread's, and
** return the one it replaces in *prev_a, *prev (restore with tokidx_end).
** No memory: no index (tok_from searches). */
static void tokidx_begin(const dz_analysis *a, const dz_analysis **prev_a,
                         int32_t **prev)
{
    int32_t *idx = NULL;
    *prev_a = tokidx_a;
    *prev = tokidx;
    if (a->len < ((size_t)1 << 30) &&
        (idx = malloc((a->len + 1) * sizeof *idx)) != NULL) {
        /* the bytes after token t - 1 starts, up to token t's start, map
        ** to t; a run of bytes per token rather than a test per byte */
        size_t off = 0;
        for (int t = 0; t < a->ntokens && off <= a->len; t++) {
            size_t upto = a->tokens[t].start < 0 ? 0 : (size_t)a->tokens[t].start;
            if (upto > a->len)
                upto = a->len;
            for (; off <= upto; off++)
                idx[off] = t;
        }
        for (; off <= a->len; off++)
            idx[off] = a->ntokens;
    }
    tokidx_a = idx ? a : NULL;
    tokidx = idx;
}

/* Free the thread's index and put back the one tokidx_begin replaced. */
static void tokidx_end(const dz_analysis *prev_a, int32_t *prev)
{
    free(tokidx);
    tokidx_a = prev_a;
    tokidx = prev;
}

/* tok_from without the thread's index: a binary search. */
static __attribute__((noinline)) int tok_search(const dz_analysis *a,
                                                int32_t off)
{
    int lo = 0, hi = a->ntokens;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (a->tokens[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Index of the token starting at or after byte off (tokens are in text
** order), a->ntokens when none. */
static inline int tok_from(const dz_analysis *a, int32_t off)
{
    if (a == tokidx_a && off >= 0 && (size_t)off <= a->len)
        return tokidx[off];
    return tok_search(a, off);
}

/* Is token t the punctuation c? */
static int tok_punct(const dz_analysis *a, int t, char c)
{
    return t < a->ntokens && (a->tokens[t].flags & DZ_TOK_PUNCT) &&
           a->tokens[t].end - a->tokens[t].start == 1 && a->text[a->tokens[t].start] == c;
}

/* Is token t a company's legal form ("Corp.", "Ltd", "N.V.")? */
static int is_legal(const scan *sc, int t)
{
    size_t n;
    const char *w = ftok(sc, t, &n);
    while (n > 1 && w[n - 1] == '.')
        n--;
    return (map_get(&sc->lx->words, w, n, 0) & W_LEGAL) != 0;
}

/* The end of an organisation's name a..b-1 without its legal form
** ("Hertz Corp." and "Hertz Corp" are "Hertz", "Encor Energy Corp Ltd" is
** "Encor Energy"), and without "and Co" / "& Co" after two words or more
** ("Goldman Sachs and Co" is "Goldman Sachs"; not "Roberts and Co", whose
** one word would read as a person's). */
static int org_end(const scan *sc, int a, int b)
{
    const dz_analysis *an = sc->a;
    while (b - a >= 2 && is_legal(sc, b - 1) && !(an->tokens[b - 2].flags & DZ_TOK_NUMBER)) {
        if (tok_is(sc, b - 2, "and") || tok_is(sc, b - 2, "&")) {
            if (b - 2 - a < 2 || !(tok_is(sc, b - 1, "co") || tok_is(sc, b - 1, "co.")))
                break;
            b--;                    /* "and" goes with it */
        }
        b--;
        if (b - a >= 2 && tok_punct(an, b - 1, ','))
            b--;
    }
    return b;
}

/* The canonical name of an organisation named by tokens a..b-1 that the
** gazetteer did not match whole, when the lexicon knows it: what is left
** without the legal form, or less a country naming it first ("U.S.
** Agriculture Department": "Department of Agriculture"). NULL when the
** lexicon does not know it (the caller names it by its text). */
static const char *org_name(scan *sc, int a, int b)
{
    int k, len, ai;
    b = org_end(sc, a, b);
    for (k = 0; k < 2 && a < b; k++) {
        ai = longest_alias(sc, a, b, 0, &len);
        if (ai >= 0) {
            const lx_entity *en = &sc->lx->ents[sc->lx->aliases[ai].entity];
            if (len == b - a && en->type == DZ_ENT_ORGANIZATION)
                return en->name;
            if (k == 0 && len < b - a && en->type == DZ_ENT_COUNTRY) {
                a += len;
                continue;
            }
        }
        break;
    }
    return NULL;
}

/* The name of an organisation written as tokens a..b-1 that the lexicon
** does not know: its words without the legal form, a legal form's last
** period and the commas of a list of partners left out ("Goldman, Sachs
** and Co." is "Goldman Sachs", as "Goldman Sachs and Co" is), in
** the analysis arena. NULL on
** no memory. */
static int tok_in(const scan *sc, int t, const char *const *list, size_t n);

static const char *org_text_name(scan *sc, int a, int b)
{
    static const char *const bodies[] = {
        "administration", "agency", "commission", "committee", "service",
        "department", "board", "bureau", "office"
    };
    dz_buf buf = { 0 };
    const char *out = NULL;
    int t, space = 0, with_and = 0;
    for (t = a; t < b; t++)
        with_and |= tok_is(sc, t, "and") || tok_is(sc, t, "&");
    b = org_end(sc, a, b);
    /* a national body's name without the dotted code of its country
    ** ("U.S. Food and Drug Administration" is the Food and Drug
    ** Administration, as the lexicon names "U.S. Agriculture
    ** Department"); not a firm's ("U.S. Video Vending Corp") */
    if (b - a >= 3 && (tok_is(sc, a, "u.s.") || tok_is(sc, a, "u.k.")) &&
        (sc->a->tokens[a + 1].flags & DZ_TOK_CAP) &&
        tok_in(sc, b - 1, bodies, sizeof bodies / sizeof bodies[0]))
        a++;
    for (t = a; t < b; t++) {
        const dz_token *tk = &sc->a->tokens[t];
        size_t n = (size_t)(tk->end - tk->start);
        if (tok_punct(sc->a, t, ',') && t > a && t + 1 < b && with_and) {
            space = 1;
            continue;
        }
        if (t > a && (space || tk->start > sc->a->tokens[t - 1].end) &&
            dz_buf_putc(&buf, ' ') != 0)
            goto done;
        space = 0;
        if (t == b - 1 && t > a && n > 1 && sc->a->text[tk->start + n - 1] == '.' &&
            is_legal(sc, t))
            n--;
        if (dz_buf_append(&buf, sc->a->text + tk->start, n) != 0)
            goto done;
    }
    out = dz_arena_strndup(&sc->a->arena, buf.data ? buf.data : "", buf.len);
done:
    dz_buf_free(&buf);
    return out;
}

/* A mention of type over tokens a..b-1 named by its own text (an
** organisation by org_name's rules, else org_text_name). */
static int add_span(scan *sc, int si, int a, int b, int type)
{
    const char *name = NULL;
    int t;
    if (type == DZ_ENT_ORGANIZATION)
        name = org_name(sc, a, b);
    if (!name)
        name = type == DZ_ENT_ORGANIZATION ? org_text_name(sc, a, b) : span_name(sc, a, b);
    if (!name)
        return -1;
    if (push_mention(sc->a, si, sc->a->tokens[a].start, sc->a->tokens[b - 1].end,
                     type, name, NULL, DZ_FORM_NAME, 0) != 0)
        return -1;
    for (t = a; t < b; t++)
        sc->mark[t] = sc->a->nmentions - 1;
    return 0;
}

/* Tag sentence si with the learned tagger into sc->lab (left all NER_O
** when there is no model: rules only).
** sc->words / sc->lens are the scratch input, allocated with the model.
** Returns 0, or -1 when out of memory. */
#define TAG_WINDOW 1024
static int tag_sentence(scan *sc, int si)
{
    dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int n = s->tok_count, i, w;

    if (!sc->words || n == 0)
        return 0;
    for (i = 0; i < n; i++) {
        const dz_token *tk = &a->tokens[s->tok_first + i];
        sc->words[i] = a->text + tk->start;
        sc->lens[i] = tk->end - tk->start;
    }
    /* The tagger's scratch grows with the sentence (about 400 bytes a
    ** token): a "sentence" of a whole unpunctuated file would take 100
    ** times its size, so one longer than any real sentence is tagged in
    ** windows. A tagger that runs out of memory fails the analysis rather
    ** than leaving names to the rules in silence. */
    for (w = 0; w < n; w += TAG_WINDOW) {
        int k = n - w < TAG_WINDOW ? n - w : TAG_WINDOW;
        if (ner_tag(sc->lx->model, sc->words + w, sc->lens + w, k,
                    sc->lab + s->tok_first + w) != 0)
            return -1;
    }
    /* "told Reuters Taiwan would ...", "told Reuters MHI is ...": the
    ** agency told ends the name; what follows is the sentence's subject */
    for (i = s->tok_first + 1; i + 1 < s->tok_first + n; i++) {
        uint8_t *l = sc->lab + i;
        if (NER_LABEL_IS_B(l[0]) && l[1] == l[0] + 1 &&
            (tok_is(sc, i, "reuters") || tok_is(sc, i, "reuter")) &&
            (tok_is(sc, i - 1, "told") || tok_is(sc, i - 1, "tell") ||
             tok_is(sc, i - 1, "tells") || tok_is(sc, i - 1, "telling"))) {
            l[1] = l[0];
            l[0] = NER_B_ORG;
        }
    }
    return 0;
}

static int add_place_titled(scan *sc, int si, int a, int b);

/* Are the words among tokens a..b-1 all in capitals? */
static int all_caps(const dz_analysis *an, int a, int b)
{
    int t;
    for (t = a; t < b; t++)
        if ((an->tokens[t].flags & DZ_TOK_WORD) && !(an->tokens[t].flags & DZ_TOK_ALLCAP))
            return 0;
    return 1;
}

/* A country or place alias of exactly the tokens a..b-1 in any case (a
** code in capitals), or -1. */
static int alias_any_case(const scan *sc, int a, int b)
{
    const dz_lexicon *lx = sc->lx;
    uint64_t h = SEQ_SEED;
    int32_t ai;
    int k;
    if (b - a > LX_MAXTOK || !lx->nbuckets)
        return -1;
    for (k = a; k < b; k++)
        h = seq_mix(h, sc->th[k]);
    for (ai = lx->buckets[(uint32_t)h & (lx->nbuckets - 1)]; ai >= 0;
         ai = lx->aliases[ai].next) {
        const lx_alias *al = &lx->aliases[ai];
        int type = lx->ents[al->entity].type;
        if (al->hash == h && al->ntok == b - a && key_match(sc, al, a) &&
            (type == DZ_ENT_COUNTRY || type == DZ_ENT_PLACE) &&
            al->form != DZ_FORM_ADJ && !iso_code_alias(lx, al) &&
            /* a code counts in capitals only ("Mar", "Pak" are no codes) */
            (al->form != DZ_FORM_CODE || all_caps(sc->a, a, b)))
            return ai;
    }
    return -1;
}

/* Is token t a bracket or quote, which the tagger may take into a name's
** edge ("<Goldman, Sachs and Co>")? */
static int edge_punct(const dz_analysis *a, int t)
{
    const dz_token *tk = &a->tokens[t];
    char c;
    if (!(tk->flags & DZ_TOK_PUNCT) || tk->end - tk->start != 1)
        return 0;
    c = a->text[tk->start];
    return c == '<' || c == '>' || c == '(' || c == ')' || c == '"' ||
           c == '[' || c == ']';
}

/* The tagger's span i..j-1 of type kind (NER type) in sentence si, its
** tokens free: see pass_model. 0, or -1 on no memory. */
static int model_span(scan *sc, int si, int i, int j, int kind)
{
    static const int types[] = { DZ_ENT_NONE, DZ_ENT_PERSON, DZ_ENT_PLACE,
                                 DZ_ENT_ORGANIZATION, DZ_ENT_OTHER };
    int k;
    if (j - i == 1 && sc->a->tokens[i].end - sc->a->tokens[i].start < 2)
        return 0;                       /* "P", "F" */
    if (j - i == 1 && (word_bits(sc, i) & W_NOT_NAME))
        return 0;                       /* "GNP": never a name */
    if (j - i == 1 && (sc->a->tokens[i].flags & DZ_TOK_ALLCAP) && is_month(sc, i) &&
        i + 1 < sc->a->ntokens && (sc->a->tokens[i + 1].flags & DZ_TOK_NUMBER))
        return 0;                       /* "MAR 27": a date in a table */
    if (kind == 1 && j - i == 1) {
        sc->single[i] = 2;              /* resolve with the rules */
        return 0;
    }
    if (kind == 2) {
        /* a place the lexicon knows, written in lower case ("u.s.
        ** corn"): the tagger vouches for the name, the lexicon names it */
        int ai = alias_any_case(sc, i, j);
        if (ai >= 0) {
            const lx_alias *al = &sc->lx->aliases[ai];
            const lx_entity *en = &sc->lx->ents[dated_entity(sc, al->entity)];
            if (push_mention(sc->a, si, sc->a->tokens[i].start,
                             sc->a->tokens[j - 1].end, en->type, en->name,
                             en->code, al->form, 0) != 0)
                return -1;
            for (k = i; k < j; k++)
                sc->mark[k] = sc->a->nmentions - 1;
            return 0;
        }
    }
    if (kind == 2 && (sc->a->tokens[i].flags & DZ_TOK_PARA_START)) {
        for (k = i; k < j && (sc->a->tokens[k].flags & DZ_TOK_ALLCAP); k++)
            ;
        if (k == j)
            return add_place_titled(sc, si, i, j);
    }
    return add_span(sc, si, i, j, types[kind]);
}

/* Is token t a wire's sign-off in capitals ("REUTER") with no word of
** two letters or more after it in the text? */
static int signoff_at_end(const scan *sc, int t)
{
    const dz_analysis *a = sc->a;
    int k;
    if (!(a->tokens[t].flags & DZ_TOK_ALLCAP) || !(word_bits(sc, t) & W_SIGNOFF))
        return 0;
    for (k = t + 1; k < a->ntokens; k++)
        if ((a->tokens[k].flags & DZ_TOK_WORD) && a->tokens[k].end - a->tokens[k].start >= 2)
            return 0;
    return 1;
}

/* Is token k, inside the tagger's organisation b0..b1-1, the "and"
** between two companies named in full ("Baker International Corp and
** Hughes Tool Co", "Toshiba Corp and Fujitsu Ltd.")? A legal form before
** it, a capitalised word after it, and a legal form ending the span. */
static int firms_and(const scan *sc, int b0, int k, int b1)
{
    int j;
    if (!(tok_is(sc, k, "and") || tok_is(sc, k, "&")) || k - 1 <= b0 || k + 1 >= b1 ||
        !(sc->a->tokens[k + 1].flags & DZ_TOK_CAP) || is_legal(sc, k + 1) ||
        !is_legal(sc, b1 - 1))
        return 0;
    if (is_legal(sc, k - 1))
        return 1;
    /* "Dominion Securities and Wood Gundy Inc": a firm's word before "and",
    ** a word of another name after it (not "Bank and Trust Co") */
    if (!(word_bits(sc, k - 1) & W_ORGWORD))
        return 0;
    for (j = k + 1; j < b1 - 1; j++)
        if (!(word_bits(sc, j) & W_ORGWORD) && !tok_common(sc, j) && !is_legal(sc, j))
            return 1;
    return 0;
}

/* Is token k, the last of the tagger's place or organisation b0..k, a
** verb run into the name where an abbreviation did not end the sentence
** ("U.K. Have", "Algemene Bank Nederland N.V. Said", "Turk Henkel A.S.
** Is")? Persons are left alone ("Koos Ten Have", "James F. Will"). */
static int verb_in_name(const scan *sc, int b0, int k, int kind)
{
    static const char *const verbs[] = {
        "have", "has", "had", "is", "was", "were", "are", "will", "would",
        "said", "says", "shall"
    };
    return (kind == 2 || kind == 3) && k > b0 && (sc->a->tokens[k].flags & DZ_TOK_CAP) &&
           tok_in(sc, k, verbs, sizeof verbs / sizeof verbs[0]);
}

/* A minister's portfolio read as an organisation: the tagger's
** organisation b0..b1-1 just before a title ("Nigerian Oil" + "Minister",
** "Indonesian Mines and Energy" + "Minister"; or + "and Mines Minister"),
** a country or its demonym
** and then only capitalised common words (and "and", "of", "for"). The
** country is a mention, the portfolio part of the title. 1 done, 0 not
** such a span, -1 no memory. */
static int portfolio_title(scan *sc, int si, int b0, int b1)
{
    const dz_analysis *a = sc->a;
    int len = 0, ai, k, words = 0;
    int send = a->sentences[si].tok_first + a->sentences[si].tok_count;
    /* the tagger's span may stop at "and": "Venezuelan Energy" + "and
    ** Mines" + "Minister" */
    for (k = b1; k < send && k < b1 + 4 && sc->mark[k] != MARK_TITLE &&
                 (tok_is(sc, k, "and") || tok_is(sc, k, "of") || tok_is(sc, k, "for") ||
                  ((a->tokens[k].flags & DZ_TOK_CAP) && sc->mark[k] == MARK_FREE &&
                   tok_common(sc, k)));
         k++)
        ;
    if (k > b1 && k < send && sc->mark[k] == MARK_TITLE && !tok_is(sc, k - 1, "and"))
        b1 = k;
    if (b1 >= a->ntokens || sc->mark[b1] != MARK_TITLE ||
        !(tok_is(sc, b1, "minister") || tok_is(sc, b1, "secretary")))
        return 0;
    ai = longest_alias(sc, b0, b1, 0, &len);
    if (ai >= 0 && sc->lx->ents[sc->lx->aliases[ai].entity].type != DZ_ENT_COUNTRY)
        return 0;
    if (ai < 0)
        len = 0;
    for (k = b0 + len; k < b1; k++) {
        if (tok_is(sc, k, "and") || tok_is(sc, k, "of") || tok_is(sc, k, "for"))
            continue;
        if (!(a->tokens[k].flags & DZ_TOK_CAP) ||
            !(tok_common(sc, k) || (word_bits(sc, k) & W_ORGWORD)) ||
            body_head(sc, k, b0 + len))
            return 0;       /* "Department of Energy Secretary": a body */
        words++;
    }
    if (!words)
        return 0;
    if (len) {
        const lx_alias *al = &sc->lx->aliases[ai];
        const lx_entity *en = &sc->lx->ents[dated_entity(sc, al->entity)];
        if (push_mention(sc->a, si, a->tokens[b0].start, a->tokens[b0 + len - 1].end,
                         en->type, en->name, en->code, al->form, 0) != 0)
            return -1;
        for (k = b0; k < b0 + len; k++)
            sc->mark[k] = sc->a->nmentions - 1;
    }
    for (k = b0 + len; k < b1; k++)
        sc->mark[k] = MARK_TITLE;
    return 1;
}

/* Pass 2: the tagger's spans on the tokens the gazetteer left. A lone
** person word is left to resolution ("Swaine" -> "Michael Swaine"); a
** single letter ("P", "F") to the rules; a place in capitals at the head of a paragraph (a
** dateline: "SAN MATEO, Calif.") is named in title case; brackets at a
** span's edges are left out. */
static int pass_model(scan *sc, int si)
{
    static const char *const lead_words[] = {
        "both", "neither", "either", "some", "many", "former",
        /* a sentence's first word the tagger took in: "Besides IBM",
        ** "Unlike Amro", "However Baker" */
        "besides", "unlike", "although", "however", "but", "then", "by", "for"
    };
    const dz_sentence *s = &sc->a->sentences[si];
    int end = s->tok_first + s->tok_count, i, j, k;

    if (!sc->lx->model)
        return 0;
    for (i = s->tok_first; i < end; i = j) {
        int kind = NER_LABEL_TYPE(sc->lab[i]), free_span = 1, b0, b1, split, pair;
        if (kind == 0 || kind > 4) {
            j = i + 1;
            continue;
        }
        for (j = i + 1; j < end && sc->lab[j] == kind * 2; j++)
            ;
        for (k = i; k < j; k++)
            if (sc->mark[k] != MARK_FREE)
                free_span = 0;
        if (!free_span)
            continue;
        for (b0 = i, b1 = j; b0 < b1 && edge_punct(sc->a, b0); b0++)
            ;
        /* a quantifier opening a sentence is no part of the name ("Both
        ** Sears and Kellwood Co", "Former Guinness Plc") */
        pair = 0;
        while (b1 - b0 >= 2 && tok_in(sc, b0, lead_words, sizeof lead_words / sizeof lead_words[0]) &&
               (sc->a->tokens[b0 + 1].flags & DZ_TOK_CAP)) {
            /* "Both X and Y": two names */
            pair |= tok_is(sc, b0, "both") || tok_is(sc, b0, "neither") || tok_is(sc, b0, "either");
            b0++;
        }
        while (b1 > b0 && edge_punct(sc->a, b1 - 1))
            b1--;
        /* the wire's sign-off run into the last name ("Heldring and
        ** Pierson NV. REUTER"): the name ends before it */
        if (b1 - b0 >= 2 && signoff_at_end(sc, b1 - 1))
            for (b1--; b1 > b0 && (sc->a->tokens[b1 - 1].flags & DZ_TOK_PUNCT); b1--)
                ;
        /* a ticker's bracket inside the span ends a name: "<MER> London";
        ** a piece the lexicon knows is named by it, one after "of" is
        ** where the company is */
        if (kind == 3 && b1 > b0) {
            int rc = portfolio_title(sc, si, b0, b1);
            if (rc < 0)
                return -1;
            if (rc)
                continue;
        }
        for (k = b0, split = 0; k <= b1; k++) {
            int len, ai;
            if (k < b1 && !tok_punct(sc->a, k, '<') && !tok_punct(sc->a, k, '>') &&
                !(pair && (is_and(sc, k) || tok_is(sc, k, "or") || tok_is(sc, k, "nor"))) &&
                !(kind == 3 && firms_and(sc, b0, k, b1)) &&
                !(k == b1 - 1 && verb_in_name(sc, b0, k, kind)))
                continue;
            split |= k < b1;
            if (split && b0 < k && tok_is(sc, b0, "of")) {
                /* "<Pioneer Savings> of Racine": where the company is */
                if (k > b0 + 1 && (sc->a->tokens[b0 + 1].flags & DZ_TOK_CAP) &&
                    add_span(sc, si, b0 + 1, k, DZ_ENT_PLACE) != 0)
                    return -1;
                b0 = k + 1;
                continue;
            }
            while (split && b0 < k && !(sc->a->tokens[b0].flags & DZ_TOK_CAP))
                b0++;
            if (k > b0 && split && (ai = longest_alias(sc, b0, k, 0, &len)) >= 0 &&
                len == k - b0 && sc->lx->ents[sc->lx->aliases[ai].entity].type != LX_TITLE) {
                const lx_alias *al = &sc->lx->aliases[ai];
                const lx_entity *en = &sc->lx->ents[dated_entity(sc, al->entity)];
                int t;
                if (push_mention(sc->a, si, sc->a->tokens[b0].start, sc->a->tokens[k - 1].end,
                                 en->type, en->name, en->code, al->form, 0) != 0)
                    return -1;
                for (t = b0; t < k; t++)
                    sc->mark[t] = sc->a->nmentions - 1;
            } else if (k > b0 && model_span(sc, si, b0, k, kind) != 0) {
                return -1;
            }
            b0 = k + 1;
        }
    }
    return 0;
}

/* A token that can be part of a capitalised name. */
static int name_tok(const scan *sc, int t, int headline)
{
    const dz_token *tk = &sc->a->tokens[t];
    int bits;
    if (sc->mark[t] != MARK_FREE || !(tk->flags & DZ_TOK_WORD) ||
        !(tk->flags & DZ_TOK_CAP) || is_possessive(sc, t))
        return 0;
    (void)headline;
    bits = word_bits(sc, t);
    if ((bits & W_STOP) && !(bits & W_SURNAME_CN))
        return 0;
    return 1;
}

/* A country or place mention (not a metonym) covering token t, or -1. */
static int geo_mention(const scan *sc, int t)
{
    const dz_mention *m;
    if (sc->mark[t] < 0)
        return -1;
    m = &sc->a->mentions[sc->mark[t]];
    if ((m->type != DZ_ENT_COUNTRY && m->type != DZ_ENT_PLACE) ||
        m->form == DZ_FORM_METONYM)
        return -1;
    return sc->mark[t];
}

/* An organisation a..b-1 that ends in an organisation word: it takes in
** a country or place named just before it ("Sudan Airways", "Kurdistan
** Democratic Party") and an "of" / "for" phrase after it ("Bank of
** England"); the swallowed mentions are dropped. */
static int add_org(scan *sc, int si, int a, int b)
{
    dz_analysis *an = sc->a;
    const dz_sentence *s = &an->sentences[si];
    int end = s->tok_first + s->tok_count, m;

    if (a > s->tok_first && (m = geo_mention(sc, a - 1)) >= 0 &&
        an->mentions[m].end == an->tokens[a - 1].end) {
        while (a > s->tok_first && sc->mark[a - 1] == m)
            a--;
        an->mentions[m].type = DZ_ENT_NONE;
    }
    if (b + 1 < end && (tok_is(sc, b, "of") || tok_is(sc, b, "for"))) {
        if ((m = geo_mention(sc, b + 1)) >= 0 &&
            an->mentions[m].start == an->tokens[b + 1].start) {
            b++;
            while (b < end && sc->mark[b] == m)
                b++;
            an->mentions[m].type = DZ_ENT_NONE;
        } else if (sc->mark[b + 1] == MARK_FREE &&
                   (an->tokens[b + 1].flags & DZ_TOK_CAP) &&
                   !(word_bits(sc, b + 1) & W_STOP)) {
            /* "of International Trade and Industry" */
            int k = b + 1;
            while (k < end && k - b <= 6) {
                if (sc->mark[k] == MARK_FREE &&
                    (an->tokens[k].flags & DZ_TOK_CAP) && !is_possessive(sc, k))
                    k++;
                else if (k + 1 < end && tok_is(sc, k, "and") &&
                         sc->mark[k + 1] == MARK_FREE &&
                         (an->tokens[k + 1].flags & DZ_TOK_CAP))
                    k += 2;
                else
                    break;
            }
            b = k;
        }
    }
    return add_span(sc, si, a, b, DZ_ENT_ORGANIZATION);
}

/* A place named in capitals in a dateline ("BOCA RATON"): its name is
** written in title case ("Boca Raton") for ASCII letters. */
/* The name of tokens a..b-1 in title case for ASCII letters ("BOCA
** RATON" -> "Boca Raton"), in the analysis arena; NULL on no memory. */
static const char *titled_name(scan *sc, int a, int b)
{
    char *name;
    const char *src = span_name(sc, a, b);
    size_t i;
    int start = 1;
    if (!src || !(name = dz_arena_strdup(&sc->a->arena, src)))
        return NULL;
    for (i = 0; name[i]; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 'A' && c <= 'Z' && !start)
            name[i] = (char)(c + 32);
        start = c == ' ' || c == '-' || c == '.';
    }
    return name;
}

static int add_place_titled(scan *sc, int si, int a, int b)
{
    const char *name = titled_name(sc, a, b);
    if (!name || add_span(sc, si, a, b, DZ_ENT_PLACE) != 0)
        return -1;
    sc->a->mentions[sc->a->nmentions - 1].name = name;
    return 0;
}

/* Is token t a single letter ("B", "J.")? */
static int is_letter(const dz_analysis *a, int t)
{
    const dz_token *tk = &a->tokens[t];
    int n = tk->end - tk->start;
    return n == 1 || (n == 2 && a->text[tk->end - 1] == '.');
}

/* Is token t an initial ("J.")? */
static int is_initial(const dz_analysis *a, int t)
{
    const dz_token *tk = &a->tokens[t];
    return tk->end - tk->start == 2 && a->text[tk->end - 1] == '.';
}

/* Classify the capitalised run a..b-1 of sentence si. */
static int classify_run(scan *sc, int si, int a, int b, int headline)
{
    const dz_analysis *an = sc->a;
    int first = an->sentences[si].tok_first;
    int bits, lastbits, len, t, titled, ncommon = 0, surname, mixed = 0;
    int of_phrase;

    /* "He" / "This" opening the sentence is not part of a name, nor is a
    ** common word that opens it ("Diplomacy Watch") */
    while (a < b) {
        bits = word_bits(sc, a);
        if ((bits & W_STOP) &&
            ((an->tokens[a].flags & DZ_TOK_SENT_START) || b - a != 2))
            a++;
        else if ((an->tokens[a].flags & DZ_TOK_SENT_START) &&
                 !(bits & (W_GIVEN | W_SURNAME_CN)) && tok_common(sc, a))
            a++;
        else
            break;
    }
    /* in a title-case headline, capitals at the end prove nothing
    ** ("Michael Jordan Visits") */
    while (headline == 1 && b - a > 1 && tok_common(sc, b - 1) &&
           !(word_bits(sc, b - 1) & (W_ORGWORD | W_PLACEWORD | W_EVENTWORD |
                                     W_GIVEN)))
        b--;
    /* "Exchequer Nigel Lawson": common words before a given name are not
    ** part of the name */
    for (t = a + 1; t < b - 1; t++)
        if ((word_bits(sc, t) & W_GIVEN) && tok_common(sc, t - 1) &&
            !(word_bits(sc, t - 1) & (W_GIVEN | W_ORGWORD | W_PLACEWORD))) {
            int k, all = 1;
            for (k = a; k < t; k++)
                if (!tok_common(sc, k) || (word_bits(sc, k) & W_GIVEN))
                    all = 0;
            if (all)
                a = t;
            break;
        }
    len = b - a;
    if (len <= 0)
        return 0;
    {
        /* "Nigerian Oil Minister": a portfolio, not a body */
        int rc = portfolio_title(sc, si, a, b);
        if (rc != 0)
            return rc < 0 ? -1 : 0;
    }
    /* "Co Inc": nothing but organisation words names nothing */
    of_phrase = b + 1 < first + an->sentences[si].tok_count &&
        (tok_is(sc, b, "of") || tok_is(sc, b, "for")) &&
        (an->tokens[b + 1].flags & DZ_TOK_CAP);
    for (t = a; t < b && (word_bits(sc, t) & W_ORGWORD); t++)
        ;
    if (t == b && !of_phrase && !(a > first && geo_mention(sc, a - 1) >= 0))
        return 0;
    /* a dateline: "BOCA RATON, Fla., March 3 -", "ZORBVILLE (Reuters)" */
    if ((an->tokens[a].flags & DZ_TOK_SENT_START) && b < an->ntokens &&
        !(an->tokens[b].flags & DZ_TOK_PARA_START) &&
        ((an->tokens[b].flags & DZ_TOK_NUMBER) ||
         an->text[an->tokens[b].start] == '(' ||
         an->text[an->tokens[b].start] == ',')) {
        for (t = a; t < b && (an->tokens[t].flags & DZ_TOK_ALLCAP); t++)
            ;
        if (t == b && !(len == 1 && tok_common(sc, a)))
            return add_place_titled(sc, si, a, b);
    }
    titled = a > first && sc->mark[a - 1] == MARK_TITLE;
    bits = word_bits(sc, a);
    lastbits = word_bits(sc, b - 1);
    for (t = a; t < b; t++)
        ncommon += tok_common(sc, t);
    if ((lastbits & W_ORGWORD) &&
        (len >= 2 || of_phrase || (a > first && geo_mention(sc, a - 1) >= 0)))
        return add_org(sc, si, a, b);
    /* "Class B": a name does not end in a lone letter */
    if (len >= 2 && is_letter(an, b - 1) && !titled && !(bits & W_GIVEN))
        return 0;
    if (len >= 2 && ((lastbits & W_PLACEWORD) || (bits & W_PLACEPREFIX)))
        return add_span(sc, si, a, b, DZ_ENT_PLACE);
    if (len >= 2 && (lastbits & W_EVENTWORD))
        return headline ? 0 : add_span(sc, si, a, b, DZ_ENT_OTHER);
    /* with no title or given name, a person's name ends in a word that is
    ** not a common one nor a letter, and is not all in capitals */
    surname = !tok_common(sc, b - 1) && !is_letter(an, b - 1);
    for (t = a; t < b; t++)
        if (!(an->tokens[t].flags & DZ_TOK_ALLCAP) && !is_letter(an, t))
            mixed = 1;
    /* in capitals, a title before common words is a heading ("PREMIER
    ** DIVISION RESULT", "OFFICIAL JOURNAL CONTENTS"), not a person */
    if (titled && !mixed && ncommon == len)
        titled = 0;
    if (len >= 2 && (titled || (bits & W_GIVEN) || is_initial(an, a) ||
                     (len == 2 && (bits & W_SURNAME_CN)) ||
                     (headline == 0 && surname && mixed) ||
                     (headline == 1 && ncommon == 0 && mixed)))
        return add_span(sc, si, a, b, DZ_ENT_PERSON);
    if (len >= 2)
        return headline ? 0 : add_span(sc, si, a, b, DZ_ENT_OTHER);
    /* a lone word in capitals: an acronym (not "N.J.") */
    if ((an->tokens[a].flags & DZ_TOK_ALLCAP) && headline != 2 &&
        !tok_common(sc, a) && an->tokens[a].end - an->tokens[a].start <= 6 &&
        !memchr(an->text + an->tokens[a].start, '.',
                (size_t)(an->tokens[a].end - an->tokens[a].start)))
        return add_span(sc, si, a, b, DZ_ENT_ORGANIZATION);
    if (an->tokens[a].flags & DZ_TOK_SENT_START && tok_common(sc, a))
        return 0;
    if ((bits & W_GIVEN) && !headline)
        sc->single[a] = 3;              /* a first name alone: a person */
    else if (sc->single[a] != 2)        /* the tagger's lone person stays */
    /* after a title, a surname-like word is a short form ("Secretary
    ** Grimbold"), a common one is not ("General Agreement") */
    sc->single[a] = titled && !tok_common(sc, a) ? 2 : 1;
    return 0;
}

/* Pass 3: capitalised runs left by the gazetteer and the tagger. */
static int pass_rules(scan *sc, int si)
{
    const dz_sentence *s = &sc->a->sentences[si];
    int end = s->tok_first + s->tok_count, t = s->tok_first;
    int headline = is_headline(sc->a, s);

    while (t < end) {
        int b;
        if (!name_tok(sc, t, headline)) {
            t++;
            continue;
        }
        b = t + 1;
        while (b < end && b - t < LX_MAXRUN) {
            if (name_tok(sc, b, headline))
                b++;
            else if ((word_bits(sc, b) & W_PARTICLE) && b + 1 < end &&
                     name_tok(sc, b + 1, headline) &&
                     !(sc->a->tokens[b].flags & DZ_TOK_CAP))
                b += 2;
            else
                break;
        }
        /* "Food and Drug Administration": "and" / "&" inside a name
        ** that ends in an organisation word */
        while (b + 1 < end && (tok_is(sc, b, "and") || tok_is(sc, b, "&")) &&
               name_tok(sc, b + 1, headline)) {
            int c = b + 1, only_org = 1;
            while (c < end && c - b <= LX_MAXRUN && name_tok(sc, c, headline)) {
                if (!(word_bits(sc, c) & W_ORGWORD))
                    only_org = 0;
                c++;
            }
            /* not two names ("Fluor Corp and Joe Minerals Inc", "Ongpin
            ** and Central Bank"), but "Food and Drug ...", "Roberts and Co" */
            if (!(word_bits(sc, c - 1) & W_ORGWORD) ||
                (word_bits(sc, b - 1) & W_ORGWORD) ||
                !(only_org || tok_common(sc, b - 1)))
                break;
            b = c;
        }
        if (classify_run(sc, si, t, b, headline) != 0)
            return -1;
        t = b;
    }
    return 0;
}

/* The surname of folded person's name f whose last word begins at lw:
** the word before a generation's mark ("charles e. exley jr" is
** "exley", "henry heinz ii" is "heinz"), else lw itself; its length in
** *n. */
static const char *surname_of(const char *f, const char *lw, size_t *n)
{
    static const char *const marks[] = { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };
    const char *p;
    size_t i;
    *n = strlen(lw);
    for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strcmp(lw, marks[i]) == 0)
            break;
    if (i == sizeof marks / sizeof marks[0] || lw - f < 2)
        return lw;
    p = lw - 1;                 /* the space before the mark */
    while (p > f && (p[-1] == ',' || p[-1] == ' '))
        p--;
    if (p == f)
        return lw;
    *n = (size_t)(p - f);
    while (p > f && p[-1] != ' ')
        p--;
    *n -= (size_t)(p - f);
    return *n ? p : lw;
}

/* Pass 4: lone capitalised words become the person of that surname met in
** the article (or of that first name, for given names and Chinese family
** names), or a short form when a title vouches for them. Names are
** indexed by their folded last and first words, so each lookup is one
** probe. */
static int pass_resolve(scan *sc)
{
    dz_analysis *a = sc->a;
    dz_arena ar = { 0 };
    lx_map last = { 0 }, first = { 0 };
    dz_buf f = { 0 };
    int t, i, si, nm = a->nmentions, rc = -1;

    for (i = 0; i < nm; i++) {
        const dz_mention *m = &a->mentions[i];
        const char *sp, *lw;
        size_t lwn;
        if (m->type != DZ_ENT_PERSON || m->short_form)
            continue;
        f.len = 0;
        if (text_fold_append(&f, m->name, strlen(m->name)) != 0 || !f.data)
            goto done;
        if (!(sp = strchr(f.data, ' ')))
            continue;
        lw = strrchr(f.data, ' ') + 1;
        lw = surname_of(f.data, lw, &lwn);
        /* the first person met keeps the word */
        if ((map_find(&last, lw, lwn) < 0 &&
             map_put(&last, &ar, lw, lwn, i, 0) != 0) ||
            (map_find(&first, f.data, (size_t)(sp - f.data)) < 0 &&
             map_put(&first, &ar, f.data, (size_t)(sp - f.data), i, 0) != 0))
            goto done;
    }
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        for (t = s->tok_first; t < s->tok_first + s->tok_count; t++) {
            size_t n;
            const char *w, *found = NULL;
            int k;
            if (!sc->single[t] || sc->mark[t] != MARK_FREE)
                continue;
            w = ftok(sc, t, &n);
            if ((k = map_get(&last, w, n, -1)) >= 0)
                found = a->mentions[k].name;
            else if ((k = map_get(&first, w, n, -1)) >= 0 &&
                     (sc->single[t] == 3 || (word_bits(sc, t) & W_SURNAME_CN)))
                found = a->mentions[k].name;
            if (!found && sc->single[t] == 1)
                continue;
            if (push_mention(a, si, a->tokens[t].start, a->tokens[t].end,
                             DZ_ENT_PERSON, found ? found : span_name(sc, t, t + 1),
                             NULL, DZ_FORM_NAME,
                             found == NULL && sc->single[t] != 3) != 0)
                goto done;
            if (!a->mentions[a->nmentions - 1].name)
                goto done;
            sc->mark[t] = a->nmentions - 1;
        }
    }
    rc = 0;
done:
    map_free(&last);
    map_free(&first);
    dz_buf_free(&f);
    dz_arena_free(&ar);
    return rc;
}

/* The canonical name of an organisation spanning tokens a..b-1: the
** lexicon's, or its words without the legal form. NULL on no memory. */
static const char *org_span_name(scan *sc, int a, int b)
{
    const char *name = org_name(sc, a, b);
    return name ? name : org_text_name(sc, a, b);
}

/* Is mention m an acronym of the lower-case words just before it ("high
** fructose corn syrup, HFCS," "gross domestic product (GDP)"): a common
** thing abbreviated, not a name? */
static int common_acronym(const scan *sc, const dz_mention *m)
{
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->start), n = m->end - m->start, k, w;
    if (n < 2 || n > 8 || tok_from(a, m->end) != t + 1)
        return 0;
    for (k = 0; k < n; k++)
        if (a->text[m->start + k] < 'A' || a->text[m->start + k] > 'Z')
            return 0;
    w = t - 1;
    if (w >= 0 && (tok_punct(a, w, ',') || tok_punct(a, w, '(')))
        w--;
    /* one long compound word in brackets before it, its first letter the
    ** acronym's ("thermophotovoltaic (TPV) technologies") */
    if (w >= 0 && w == t - 2 && tok_punct(a, t - 1, '(') &&
        (a->tokens[w].flags & DZ_TOK_WORD) && !(a->tokens[w].flags & DZ_TOK_CAP) &&
        a->tokens[w].end - a->tokens[w].start >= 3 * n &&
        (w == 0 || !(a->tokens[w - 1].flags & DZ_TOK_CAP))) {
        /* the acronym's letters in the word's, in order */
        const char *p = a->text + a->tokens[w].start, *e = a->text + a->tokens[w].end;
        for (k = 0; k < n && p < e; p++)
            if ((*p | 32) == (a->text[m->start + k] | 32))
                k++;
        if (k == n && (a->text[a->tokens[w].start] | 32) == (a->text[m->start] | 32))
            return 1;
    }
    /* its letters, last first, are the initials of the words before it,
    ** small words aside ("certificate of deposit (CD)") */
    for (k = n - 1; k >= 0; k--, w--) {
        const dz_token *tk;
        if (w < 0)
            return 0;
        tk = &a->tokens[w];
        if (k < n - 1 && (tok_is(sc, w, "of") || tok_is(sc, w, "and") ||
                                   tok_is(sc, w, "for") || tok_is(sc, w, "on")) &&
            (a->text[tk->start] | 32) != (a->text[m->start + k] | 32))
            tk = &a->tokens[--w];
        if (w < 0 || !(tk->flags & DZ_TOK_WORD) || (tk->flags & DZ_TOK_CAP) ||
            (a->text[tk->start] | 32) != (a->text[m->start + k] | 32))
            return 0;
    }
    return 1;
}

/* Is mention m a US legislator's party and state in brackets ("(D-Ark.)",
** "(R-Miss.)"), not a name? */
static int party_tag(const scan *sc, const dz_mention *m)
{
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->start), n = m->end - m->start, k;
    const char *p = a->text + m->start;
    if (t == 0 || !tok_punct(a, t - 1, '(') || n < 4 ||
        (p[0] != 'D' && p[0] != 'R' && p[0] != 'I') || p[1] != '-' ||
        p[2] < 'A' || p[2] > 'Z')
        return 0;
    for (k = 3; k < n; k++)
        if (!((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z') ||
              (p[k] == '.' && k == n - 1)))
            return 0;
    return 1;
}

/* Is the text p (n bytes) a credit rating grade: Standard and Poor's
** "AAA" ... "D" with "-plus" / "-minus" / "+" / "-", Moody's "Aaa" ...
** "C" with 1-3, commercial paper's "A-1", "P-2", Duff and Phelps's
** "DP-7"? */
static int grade_text(const char *p, size_t n)
{
    static const char *const stems[] = {
        "AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa", "Ba",
        "Caa", "Ca", "A", "B", "C", "P"
    };
    size_t i, k;
    /* Duff and Phelps's grades: "DP-1" ... "DP-17" */
    if (n >= 4 && n <= 5 && memcmp(p, "DP-", 3) == 0 && p[3] >= '1' && p[3] <= '9' &&
        (n == 4 || (p[4] >= '0' && p[4] <= '9')))
        return 1;
    /* every stem starts with A, B, C or P: most names are none */
    if (n == 0 || (p[0] != 'A' && p[0] != 'B' && p[0] != 'C' && p[0] != 'P'))
        return 0;
    for (i = 0; i < sizeof stems / sizeof stems[0]; i++) {
        size_t l = strlen(stems[i]);
        const char *r;
        if (n < l || memcmp(p, stems[i], l) != 0)
            continue;
        r = p + l;
        k = n - l;
        if (k > 0 && *r == '-') {
            r++;
            k--;
        }
        if (k > 0 && *r >= '1' && *r <= '3') {
            r++;
            k--;
            if (k > 0 && *r == '-') {
                r++;
                k--;
            }
        }
        if (k == 0 || (k == 4 && memcmp(r, "plus", 4) == 0) ||
            (k == 5 && memcmp(r, "minus", 5) == 0) || (k == 1 && *r == '+'))
            return (l > 1 || n > 1) && !(l == n && stems[i][0] == 'P');
    }
    return 0;
}

/* Is mention m a rating grade in a sentence about ratings ("rated AA by
** Moody's", "lowered ... to CCC from B-minus", Duff and Phelps's "DP-8
** (High BBB)"), not a name? */
static int rating_grade(const scan *sc, const dz_mention *m)
{
    static const char *const steps[] = { "High ", "Low ", "Middle ", "HIGH ", "LOW " };
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[m->sentence];
    const char *p = a->text + m->start;
    size_t n = (size_t)(m->end - m->start), i;
    int t, end = s->tok_first + s->tok_count;
    for (i = 0; i < sizeof steps / sizeof steps[0]; i++)
        if (n > strlen(steps[i]) && memcmp(p, steps[i], strlen(steps[i])) == 0) {
            p += strlen(steps[i]);
            n -= strlen(steps[i]);
            break;
        }
    if (!grade_text(p, n))
        return 0;
    /* a grade changed: "cut to CCC from B-minus", "raised to B from CCC" -
    ** a grade after "to" or "from" and another grade after the other word
    ** in the sentence */
    t = tok_from(a, m->start);
    if (t > s->tok_first && (tok_is(sc, t - 1, "to") || tok_is(sc, t - 1, "from"))) {
        const char *other = tok_is(sc, t - 1, "to") ? "from" : "to";
        int k;
        for (k = s->tok_first; k + 1 < end; k++)
            if (k + 1 != t && tok_is(sc, k, other) &&
                (grade_text(a->text + a->tokens[k + 1].start,
                            (size_t)(a->tokens[k + 1].end - a->tokens[k + 1].start)) ||
                 (a->tokens[k + 1].end - a->tokens[k + 1].start == 1 &&
                  a->text[a->tokens[k + 1].start] >= 'A' &&
                  a->text[a->tokens[k + 1].start] <= 'D')))
                return 1;
    }
    for (t = s->tok_first; t < end; t++) {
        size_t wn;
        const char *w = ftok(sc, t, &wn);
        if ((wn >= 5 && (memcmp(w, "rated", 5) == 0 || memcmp(w, "ratin", 5) == 0)) ||
            (wn >= 7 && (memcmp(w, "downgra", 7) == 0 || memcmp(w, "upgrade", 7) == 0)) ||
            (wn == 5 && memcmp(w, "moody", 5) == 0))
            return 1;
    }
    return 0;
}

/* Is mention m one word that is never a name ("GNP", a time zone after a
** clock time: "1500 hrs EST" is no Estonia, "NA" in a table of results),
** or a rating grade? */
/* Is p (n bytes) a time of a month: "end-January", "mid-Feb", "early-March"? */
static int month_part(const char *p, size_t n)
{
    static const char *const pre[] = { "end-", "mid-", "early-", "late-" };
    static const char *const months[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "sept"
    };
    size_t i, j, k, l;
    for (i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        l = strlen(pre[i]);
        if (n <= l || memcmp(p, pre[i], l) != 0)
            continue;
        for (j = 0; j < sizeof months / sizeof months[0]; j++) {
            const char *mo = months[j];
            size_t ml = n - l;
            if (ml != strlen(mo) && ml != 3)
                continue;
            if (ml > strlen(mo))
                continue;
            for (k = 0; k < ml; k++) {
                char c = p[l + k];
                if (c >= 'A' && c <= 'Z')
                    c = (char)(c + 32);
                if (c != mo[k])
                    break;
            }
            if (k == ml)
                return 1;
        }
    }
    return 0;
}

/* Is mention m no name: a time of a month, a ticker's exchange, a word
** that never names (W_NOT_NAME), a rating's grade, a month in capitals
** before a figure, or a person that is
** a lone initial ("series A.", "rated BBB by S and P." cut short): no
** person's name is one letter. */
/* Is mention m the word of a dividend's dates before its date ("Pay 6
** May Record 21 April"): "Record", "Pay" or "Payable" and a day and a
** month? */
static int dividend_date(const scan *sc, const dz_mention *m)
{
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->start);
    return t + 2 < a->ntokens && tok_from(a, m->end) == t + 1 &&
           (tok_is(sc, t, "record") || tok_is(sc, t, "pay") || tok_is(sc, t, "payable")) &&
           (a->tokens[t + 1].flags & DZ_TOK_NUMBER) && is_month(sc, t + 2);
}

static int not_a_name(const scan *sc, const dz_mention *m)
{
    const char *p = sc->a->text + m->start, *q = sc->a->text + m->end, *w = q;
    char low[16];
    size_t k;
    if (m->type == DZ_ENT_PERSON && q - p == 2 && p[0] >= 'A' && p[0] <= 'Z' && p[1] == '.')
        return 1;
    {
        /* a month in capitals before a figure: a report's date or a
        ** futures month in a table ("LONDON COCOA 1300 - APR 7", "DEC
        ** 115.0 116.0"), not "Digital Equipment Corp <DEC>" */
        const dz_analysis *a = sc->a;
        int t = tok_from(a, m->start);
        if (t + 1 < a->ntokens && tok_from(a, m->end) == t + 1 &&
            (a->tokens[t].flags & DZ_TOK_ALLCAP) && is_month(sc, t) &&
            a->text[a->tokens[t + 1].start] >= '0' && a->text[a->tokens[t + 1].start] <= '9')
            return 1;
    }
    /* its last word: "GMT", "M-2", also after other words ("Unadjusted
    ** M-2", "Sterling M3") when it holds a figure */
    while (w > p && w[-1] != ' ')
        w--;
    if (w == p && month_part(p, (size_t)(q - p)))
        return 1;               /* "at end-January" is a date */
    /* the exchange's letters of a ticker cut by the sentence splitter
    ** ("<CAPH.HKG>" read as "HKG>"): no name of a place */
    if (m->start > 0 && p[-1] == '.' && (size_t)m->end < sc->a->len && *q == '>')
        return 1;
    if (q - w > 2 && q[-1] == '.' && !memchr(w, '.', (size_t)(q - w - 1)))
        q--;                    /* "EST." ending a sentence */
    if ((size_t)(q - w) < sizeof low) {
        int digit = 0;
        for (k = 0; w + k < q; k++) {
            low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
            digit |= w[k] >= '0' && w[k] <= '9';
        }
        /* after other words only a measure with its figure: "Citibank
        ** NA" is a bank */
        if ((w == p || digit) && (map_get(&sc->lx->words, low, k, 0) & W_NOT_NAME))
            return 1;
    }
    return rating_grade(sc, m) || dividend_date(sc, m);
}

static int known_span(const scan *sc, const dz_mention *m);

/* Is sentence si a table rather than prose: columns set apart by runs of
** spaces ("Hvy Oats   M-155n-166n  unch"), or a company's results ("Shr
** 55 cts vs NA")? Names in tables are mostly the heads of rows and
** columns, which the tagger reads as names. (A line of figures alone is
** no sign: sports results are one, "Arsenal 2 Chelsea 1", their teams
** names, "CSKA" too.) */
static int table_sentence(const scan *sc, int si)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int t, end = s->tok_first + s->tok_count, gaps = 0;
    for (t = s->tok_first; t < end; t++) {
        const dz_token *tk = &a->tokens[t];
        if (t > s->tok_first && tk->start - a->tokens[t - 1].end >= 3) {
            int32_t k;
            for (k = a->tokens[t - 1].end; k < tk->start && a->text[k] == ' '; k++)
                ;
            gaps += k == tk->start;
        }
        /* "vs" between figures: a results line */
        if ((tok_is(sc, t, "vs") || tok_is(sc, t, "vs.")) && t + 1 < end &&
            ((a->tokens[t + 1].flags & DZ_TOK_NUMBER) || tok_is(sc, t + 1, "n.a.") ||
             tok_is(sc, t + 1, "na") || tok_is(sc, t + 1, "nil")))
            return 1;
    }
    return gaps >= 2;
}

/* Is mention m a word in capitals amid figures: a name the lexicon does
** not know, in capitals, of one or two short tokens (five letters at most
** or hyphened: "L-CATTLE"), not a ticker, with three figures or more
** among the six tokens either side in its sentence and no word in small
** letters in the three after it, and a price or a rate (not a count) as
** the first figure after it ("118.50 BYR/119 SLR",
** "MAY PRICE - UNC NEW CROP, 7 UNDER JULY", "FIX - AVR 07 81.750", "CH 2-3
** CH 2-3 GD 2-3"): the head of a row or column of a table whose columns
** are not set apart by spaces, or a wire code ("(NRAP 0213)")? */
static int caps_amid_figures(const scan *sc, const dz_mention *m)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s;
    int t = tok_from(a, m->start), e = tok_from(a, m->end), k, lo, hi, figs = 0;
    if (m->form != DZ_FORM_NAME || m->sentence < 0 || t < 0 || e - t < 1 || e - t > 2)
        return 0;
    /* short words: codes, units and grades ("DMK", "RSS", "UNTRD"), not
    ** a share's name in a price list ("KINROSS 5750"), nor a ticker
    ** ("<SRD>") */
    if (t > 0 && tok_punct(a, t - 1, '<'))
        return 0;
    for (k = t; k < e; k++)
        if (!(a->tokens[k].flags & DZ_TOK_ALLCAP) ||
            (a->tokens[k].end - a->tokens[k].start > 5 &&
             !memchr(a->text + a->tokens[k].start, '-',
                     (size_t)(a->tokens[k].end - a->tokens[k].start))))
            return 0;
    /* a town in a weather table ("LONDRINA 6.0 MM") stays, and so does a
    ** name the rules gave a fuller one (a ticker: "<ARC>") */
    if (m->type == DZ_ENT_PLACE || m->type == DZ_ENT_COUNTRY || known_span(sc, m) ||
        strlen(m->name) != (size_t)(m->end - m->start) ||
        memcmp(m->name, a->text + m->start, (size_t)(m->end - m->start)) != 0)
        return 0;
    s = &a->sentences[m->sentence];
    lo = t - 6 < s->tok_first ? s->tok_first : t - 6;
    hi = e + 6 > s->tok_first + s->tok_count ? s->tok_first + s->tok_count : e + 6;
    /* a word in small letters soon after it is prose: a share's move
    ** in a market report ("BMW fell 13 marks", "GMK 30 to 8.50", "AEL
    ** reported") */
    for (k = e; k < e + 3 && k < hi; k++)
        if ((a->tokens[k].flags & DZ_TOK_WORD) && !(a->tokens[k].flags & DZ_TOK_CAP))
            return 0;
    for (k = lo; k < hi; k++)
        figs += (a->tokens[k].flags & DZ_TOK_NUMBER) != 0;
    if (figs < 3)
        return 0;
    /* a price or a rate follows: the first figure within two tokens has
    ** digits before a point or a slash ("DMK 1.8195/8205", "RSS 62.50");
    ** a team's row in a sports table has counts ("LG 46 5 59 .441") */
    for (k = e; k < e + 3 && k < hi; k++)
        if (a->tokens[k].flags & DZ_TOK_NUMBER) {
            const char *p = a->text + a->tokens[k].start;
            const char *q = a->text + a->tokens[k].end;
            return p < q && *p >= '0' && *p <= '9' &&
                   (memchr(p, '.', (size_t)(q - p)) || memchr(p, '/', (size_t)(q - p)));
        }
    return 0;
}

/* Is mention m a name the tagger or the rules read in a table
** (table_sentence), where only names the gazetteer knows whole are
** trusted ("CHICAGO" in a weather table stays; "Bismuth", "DECATUR",
** "Shr N.A." go)? */
static int table_guess(const scan *sc, const dz_mention *m)
{
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->start), e = tok_from(a, m->end);
    if (t >= a->ntokens)    /* a mention that starts on no token */
        return 0;
    /* a dateline before the table ("SECAUCUS, N.J., March 31 - Shr ..."):
    ** pass_wire's */
    if ((a->tokens[t].flags & DZ_TOK_PARA_START) && (a->tokens[t].flags & DZ_TOK_ALLCAP) &&
        (tok_punct(a, e, ',') || tok_punct(a, e, '(') || tok_punct(a, e, '-')))
        return 0;
    return m->form == DZ_FORM_NAME && !known_span(sc, m) &&
           table_sentence(sc, m->sentence);
}

/* Where the company name that mention m (tokens ma..me-1) begins ends,
** when the words after it finish it, else 0:
**   - "and" or "&", capitalised words and a legal form: "Standard" + "and
**     Poor's Corp", "Alex Brown" + "and Sons Inc", "Hongkong" + "and
**     Shanghai Banking Corp"; not when m is an organisation already, or
**     the words after "and" begin one the lexicon knows ("Ford and
**     Chrysler Corp", "KeyCorp and Banc One Corp.": two companies);
**   - "and" or "&" and legal forms alone: "William Blair" + "and Co";
**   - a country's adjective, "and", two words or more and a legal form:
**     "British and Commonwealth Shipping Co Plc" (not with an
**     organisation word alone: "British and U.S. Securities houses");
**   - a bracket of capitalised words (or a year) and a legal form: the
**     branch of a group ("Yamaichi International (Europe) Ltd",
**     "Cheung Kong (Holdings) Ltd");
**   - after an organisation, its legal form ("Standard and Poor's" the
**     lexicon knows + "Corp.").
** m must not end in a legal form itself ("PaineWebber Inc and Advest
** Inc": two companies) but before a bracket. m is tokens ..me-1. */
static int company_tail(const scan *sc, const dz_mention *m, int me)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[m->sentence];
    int send = s->tok_first + s->tok_count, k, ncap = 0, len;
    if ((m->form != DZ_FORM_NAME && m->form != DZ_FORM_ADJ) || me >= send ||
        m->type == DZ_ENT_NONE)
        return 0;
    if (is_legal(sc, me - 1) && !tok_punct(a, me, '('))
        return 0;               /* "China Development Finance Co (H.K.) Ltd"
                                   goes on */
    k = tok_from(a, m->start);
    if (k > s->tok_first && tok_is(sc, k - 1, "between"))
        return 0;               /* "the merger between USAir and Piedmont
                                   Aviation Inc": two parties */
    if (tok_is(sc, me, "and") || tok_is(sc, me, "&")) {
        for (k = me + 1; k < send && ncap < 4 && !is_legal(sc, k); k++) {
            const dz_token *tk = &a->tokens[k];
            if (tok_is(sc, k, "'s") && ncap > 0)
                continue;
            if (!(tk->flags & DZ_TOK_WORD) || !(tk->flags & DZ_TOK_CAP) ||
                (word_bits(sc, k) & W_STOP))
                return 0;
            ncap++;
        }
        if (k >= send || !is_legal(sc, k))
            return 0;
        if (m->form == DZ_FORM_ADJ && ncap < 2)
            return 0;
        if (ncap > 0) {
            int ai = longest_alias(sc, me + 1, k, 0, &len), ma = tok_from(a, m->start), j;
            /* a person named in full and a company are two ("Asher Edelman
            ** and Dominion Textile Ltd"), but for a family firm's words
            ** ("Alex Brown and Sons Inc"); a country starts a company's
            ** name only before two words or more ("Australia and New
            ** Zealand Banking Group Ltd"; not "Canada and Pearson Plc") */
            if (m->type == DZ_ENT_PERSON && me - ma > 1 && (word_bits(sc, ma) & W_GIVEN))
                for (j = me + 1; j < k; j++)
                    if (!tok_is(sc, j, "sons") && !tok_is(sc, j, "son") &&
                        !tok_is(sc, j, "brothers") && !tok_is(sc, j, "partners") &&
                        !tok_is(sc, j, "associates"))
                        return 0;
            if (m->type == DZ_ENT_COUNTRY && ncap < 2)
                return 0;
            /* a list of three: "Wagner and Brown and AFG Industries Inc" */
            if (ma > s->tok_first && (tok_is(sc, ma - 1, "and") || tok_is(sc, ma - 1, "&")))
                return 0;
            /* not a town and a company
            ** ("Mount Clemens and Bankers Life Insurance Co"), nor a
            ** country's company ("Belgium and West Germany's VEBA AG") */
            if (m->type == DZ_ENT_PLACE && me - ma > 1)
                return 0;
            for (j = me + 2; j < k; j++)
                if (tok_is(sc, j, "'s") && k - me - 1 > 2)
                    return 0;
            if (m->type == DZ_ENT_ORGANIZATION)
                return 0;       /* "KeyCorp and Banc One Corp." */
            /* a name ending in a company word is a firm already, and one
            ** after "and" with a word of its own is another ("Dominion
            ** Securities and Wood Gundy Inc"), not its words ("Candlewood
            ** Bank and Trust Co") */
            if (me - ma > 1 && (word_bits(sc, me - 1) & W_ORGWORD))
                for (j = me + 1; j < k; j++)
                    if (!(word_bits(sc, j) & W_ORGWORD) && !tok_common(sc, j))
                        return 0;
            if (ai >= 0 && sc->lx->ents[sc->lx->aliases[ai].entity].type ==
                               DZ_ENT_ORGANIZATION)
                return 0;
        }
    } else if (m->form != DZ_FORM_NAME) {
        return 0;
    } else if (m->type == DZ_ENT_ORGANIZATION && is_legal(sc, me)) {
        k = me;                 /* "Standard and Poor's" + "Corp" */
    } else if (tok_punct(a, me, '(')) {
        for (k = me + 1; k < send && k - me <= 3; k++) {
            const dz_token *tk = &a->tokens[k];
            if (!((tk->flags & DZ_TOK_CAP) || (tk->flags & DZ_TOK_NUMBER)))
                break;
        }
        if (k == me + 1 || k >= send || !tok_punct(a, k, ')') || k + 1 >= send ||
            !is_legal(sc, k + 1))
            return 0;
        k++;
    } else {
        return 0;
    }
    while (k < send && is_legal(sc, k))
        k++;
    return k;
}

/* A word that may join two halves of one name: "and", "&", and the
** Italian, Spanish and French ones ("Banca d'America e d'Italia"). */
static int is_and(const scan *sc, int t)
{
    return tok_is(sc, t, "and") || tok_is(sc, t, "&") || tok_is(sc, t, "e") ||
           tok_is(sc, t, "y") || tok_is(sc, t, "et");
}

/* Is token t the plural of an organisation or place word ("Departments",
** "Counties", "Rivers"): two names sharing it? */
static int plural_head(const scan *sc, int t)
{
    size_t n;
    const char *w = ftok(sc, t, &n);
    char b[64];
    if (n < 4 || w[n - 1] != 's')
        return 0;
    if (map_get(&sc->lx->words, w, n - 1, 0) & (W_ORGWORD | W_PLACEWORD))
        return 1;
    if (n > sizeof b || w[n - 2] != 'e' || w[n - 3] != 'i')
        return 0;
    memcpy(b, w, n - 3);                /* "Counties": "County" */
    b[n - 3] = 'y';
    return (map_get(&sc->lx->words, b, n - 2, 0) & (W_ORGWORD | W_PLACEWORD)) != 0;
}

/* Does token t hold a digit ("Aa-3")? */
static int has_digit(const dz_analysis *a, int t)
{
    int32_t k;
    for (k = a->tokens[t].start; k < a->tokens[t].end; k++)
        if (a->text[k] >= '0' && a->text[k] <= '9')
            return 1;
    return 0;
}

/* Do tokens t and u hold the same word (folded)? */
static int same_word(const scan *sc, int t, int u)
{
    size_t n, m;
    const char *p = ftok(sc, t, &n), *q = ftok(sc, u, &m);
    return n == m && memcmp(p, q, n) == 0;
}

/* Are the words w and x of "w and x" halves of one name: the pair is
** written at least need times in the article and w does not stand alone
** in it, nor x when need > 1 ("Pratt and Whitney" twice, "Johnson and
** Johnson"), where two names joined by "and" are each written alone as
** well ("Korth and PaineWebber" ... "Korth said", "Stone and
** International Paper" ... "Stone")? */
static int one_name_pair(const scan *sc, int w, int x, int need)
{
    const dz_analysis *a = sc->a;
    int t, pairs = 0;
    for (t = 0; t < a->ntokens; t++) {
        if (t + 2 < a->ntokens && same_word(sc, t, w) && is_and(sc, t + 1) &&
            same_word(sc, t + 2, x)) {
            pairs++;
            t += 2;
        } else if ((same_word(sc, t, w) || (need > 1 && same_word(sc, t, x))) &&
                   !(t > 0 && is_and(sc, t - 1) && same_word(sc, t, x) &&
                     t > 1 && same_word(sc, t - 2, w))) {
            return 0;
        }
    }
    return pairs >= need;
}

/* Names cut at "and" (mentions in text order): a capitalised word "and"
** a name after it the lexicon does not know are one organisation when
** the name after it is an organisation of two words or more ("Horn and"
** + "Hardart Co", "Ways and" + "Means Committee") or both halves are
** single words that are not common ones and make one name by
** one_name_pair ("Pratt and Whitney"). The word
** before "and" is either in no mention or a lone word the lexicon does
** not know (which is swallowed). Not in a list ("A, Harper and Row") nor
** after "between", and not when a known name or a country is either
** half ("Texaco and Pennzoil Co", "Trinidad and Tobago"). 0, or -1 on
** no memory. */
/* Is the word at x never written but after "w and" ("Bradstreet" in
** "Dun and Bradstreet Corp"), and w written alone inside a sentence ("...
** Dun said")? Then a company's name begins with w, and w alone is its
** short form. */
static int tail_only(const scan *sc, int w, int x)
{
    const dz_analysis *a = sc->a;
    int t, alone = 0;
    for (t = 0; t < a->ntokens; t++) {
        if (same_word(sc, t, x) &&
            !(t > 1 && is_and(sc, t - 1) && same_word(sc, t - 2, w)))
            return 0;
        /* w alone, in capitals inside a sentence: "... Dun said" */
        if (t != w && same_word(sc, t, w) && !(a->tokens[t].flags & DZ_TOK_SENT_START) &&
            (a->tokens[t].flags & DZ_TOK_CAP) && !(t + 1 < a->ntokens && is_and(sc, t + 1)))
            alone = 1;
    }
    return alone;
}

static int join_and_names(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *x = &a->mentions[i], *p = NULL;
        const dz_sentence *s = &a->sentences[x->sentence];
        int xa = tok_from(a, x->start), xe = tok_from(a, x->end), w, one, j;
        const char *name;
        if (xa >= a->ntokens || x->type == DZ_ENT_NONE || x->type == DZ_ENT_COUNTRY ||
            x->form != DZ_FORM_NAME || xa - 2 < s->tok_first || !is_and(sc, xa - 1) ||
            known_span(sc, x))
            continue;
        one = xe == xa + 1;
        if ((x->type != DZ_ENT_ORGANIZATION || one) && (!one || tok_common(sc, xa)))
            continue;
        w = xa - 2;
        if (!(a->tokens[w].flags & DZ_TOK_WORD) || !(a->tokens[w].flags & DZ_TOK_CAP) ||
            has_digit(a, w) ||
            (word_bits(sc, w) & W_STOP) || is_possessive(sc, w) ||
            ((a->tokens[w].flags & DZ_TOK_SENT_START) && tok_common(sc, w) && one) ||
            (x->type != DZ_ENT_ORGANIZATION && tok_common(sc, w)))
            continue;
        if (sc->mark[w] == MARK_TITLE ||
            (one && x->type == DZ_ENT_ORGANIZATION && (a->tokens[xa].flags & DZ_TOK_ALLCAP)))
            continue;           /* "Minister and", "Chrysler and AMC" */
        for (j = i - 1; j >= first && a->mentions[j].end > a->tokens[w].start; j--)
            if (a->mentions[j].type != DZ_ENT_NONE) {
                p = &a->mentions[j];
                break;
            }
        if (p) {
            if (p->start != a->tokens[w].start || p->end != a->tokens[w].end ||
                p->type == DZ_ENT_NONE || p->type == DZ_ENT_COUNTRY ||
                p->type == DZ_ENT_ORGANIZATION || p->form != DZ_FORM_NAME ||
                known_span(sc, p) ||
                (p->type == DZ_ENT_PERSON && strchr(p->name, ' ')))
                continue;
        }
        if (w > s->tok_first &&
            (is_and(sc, w - 1) || tok_punct(a, w - 1, ',') || tok_is(sc, w - 1, "between")))
            continue;
        if (plural_head(sc, xe - 1))
            continue;           /* "Agriculture and Commerce Departments" */
        if (!one_name_pair(sc, w, xa, one ? 2 : 1) &&
            (one || is_letter(a, w) || !tail_only(sc, w, xa)))
            continue;           /* "Korth and PaineWebber": two firms */
        if (!(name = org_span_name(sc, w, xe)))
            return -1;
        if (p)
            p->type = DZ_ENT_NONE;
        x->start = a->tokens[w].start;
        rename_mention(x, DZ_ENT_ORGANIZATION, name, -1);
    }
    return 0;
}

/* Is the text at byte i a state's abbreviation the lexicon may not know,
** by its shape: a capitalised word of two to five letters and a dot, then
** a comma or a space ("Wash.", "Neb."); not a legal form ("Inc."), nor
** "Jr.", "St.", "Mt." and the like, nor a word the lexicon knows? */
static int state_abbreviation(const scan *sc, int32_t i)
{
    static const char *const not_state[] = { "jr", "sr", "st", "mt", "ft", "mr", "dr",
                                             "no", "co", "inc", "ltd", "corp" };
    const dz_analysis *a = sc->a;
    char low[8];
    size_t n = 0, k;
    if (i < 0 || (size_t)i >= a->len || a->text[i] < 'A' || a->text[i] > 'Z')
        return 0;
    while ((size_t)i + n < a->len && n < 6 &&
           ((a->text[i + n] >= 'a' && a->text[i + n] <= 'z') || n == 0))
        n++;
    if (n < 2 || n > 5 || (size_t)i + n + 1 >= a->len || a->text[i + n] != '.' ||
        (a->text[i + n + 1] != ',' && a->text[i + n + 1] != ' ' && a->text[i + n + 1] != '\n'))
        return 0;
    for (k = 0; k < n; k++)
        low[k] = (char)(a->text[i + k] | 32);
    for (k = 0; k < sizeof not_state / sizeof not_state[0]; k++)
        if (strlen(not_state[k]) == n && memcmp(not_state[k], low, n) == 0)
            return 0;
    /* not a name the lexicon knows, ending a sentence ("Milan, Italy.",
    ** "the London Interbank Offered Rate, Libor.") */
    return !(map_get(&sc->lx->words, low, n, 0) & W_LEGAL) &&
           alias_of_word(sc->lx, low, n) < 0;
}

/* Does the lexicon know mention m's words whole as something other than a
** place (a company, a person)? */
static int known_not_place(const scan *sc, const dz_mention *m)
{
    int t = tok_from(sc->a, m->start), e = tok_from(sc->a, m->end), len;
    int ai = longest_alias(sc, t, e, 0, &len);
    return ai >= 0 && len == e - t &&
           sc->lx->ents[sc->lx->aliases[ai].entity].type != DZ_ENT_PLACE;
}

/* A name of capitalised words the lexicon does not know (or knows as a
** place only: "Spokane"), written right before a comma and a state's dotted abbreviation ("Belvidere, Ill.",
** "Cherry Hill, N.J.", "Spokane, Wash." the lexicon does not know), is a town,
** whatever the tagger called it: not a name with a legal form or an
** organisation's word ("Bankers Trust Co, N.Y."), nor a person written
** with a given name or named more fully elsewhere in the article
** ("Zorinsky, Neb." after "Edward Zorinsky"), nor the end of a longer
** name. Mentions in text order; 0,
** or -1 on no memory. */
static int towns_before_states(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j, k;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const dz_mention *st = i + 1 < a->nmentions ? &a->mentions[i + 1] : NULL;
        int t = tok_from(a, m->start), e = tok_from(a, m->end);
        const char *name;
        size_t sn = st ? (size_t)(st->end - st->start) : 0;
        if ((m->type != DZ_ENT_ORGANIZATION && m->type != DZ_ENT_PERSON &&
             m->type != DZ_ENT_OTHER) || m->form != DZ_FORM_NAME || t < 0 || e <= t ||
            (size_t)m->end + 2 >= a->len || a->text[m->end] != ',' ||
            a->text[m->end + 1] != ' ')
            continue;
        if (st && st->start == m->end + 2 ?
                (st->type == DZ_ENT_PLACE ? (sn < 3 || sn > 6 || a->text[st->end - 1] != '.')
                                          : ((st->type != DZ_ENT_ORGANIZATION &&
                                              st->type != DZ_ENT_PERSON) ||
                                             !state_abbreviation(sc, st->start))) :
                !state_abbreviation(sc, m->end + 2))
            continue;
        if (known_not_place(sc, m) ||
            /* the end of a longer name ("Rep. David O'B. Martin, N.Y.") */
            (t > 0 && (a->tokens[t - 1].flags & DZ_TOK_CAP)) ||
            (t > 1 && tok_punct(a, t - 1, '.') && (a->tokens[t - 2].flags & DZ_TOK_CAP) &&
             a->tokens[t - 2].end == a->tokens[t - 1].start))
            continue;
        for (k = t; k < e; k++)
            if (!(a->tokens[k].flags & DZ_TOK_CAP) ||
                (word_bits(sc, k) & (W_LEGAL | W_ORGWORD)) ||
                (k == t && e - t > 1 && m->type == DZ_ENT_PERSON &&
                 (word_bits(sc, k) & W_GIVEN)))
                break;
        if (k < e)
            continue;
        for (j = first; j < a->nmentions; j++)
            if (j != i && a->mentions[j].type == DZ_ENT_PERSON &&
                strcmp(a->mentions[j].name, m->name) == 0 &&
                a->mentions[j].end - a->mentions[j].start != m->end - m->start)
                break;
        if (j < a->nmentions)
            continue;
        name = span_name(sc, t, e);
        if (!name)
            return -1;
        rename_mention(m, DZ_ENT_PLACE, name, DZ_FORM_NAME);
        if (st && st->start == m->end + 2 && st->type != DZ_ENT_PLACE && sn <= 6) {
            /* the state the tagger took for a name of its own ("Wash.") */
            dz_mention *s2 = &a->mentions[i + 1];
            rename_mention(s2, DZ_ENT_PLACE, s2->name, DZ_FORM_NAME);
        }
    }
    return 0;
}


static int mention_cmp(const void *x, const void *y);

/* Put a's mentions from first on back in text order (mention_cmp), after
** a pass pushed new ones at the end. */
static void sort_mentions(dz_analysis *a, int first)
{
    if (a->nmentions - first > 1)
        qsort(a->mentions + first, (size_t)(a->nmentions - first),
              sizeof *a->mentions, mention_cmp);
}

/* Make tokens ta..tb-1 of sentence si one organisation named name: the
** first live mention inside takes the span, the others are dropped
** (DZ_ENT_NONE); with none inside a new mention is pushed and *pushed
** set. Mentions that reach outside the span leave it as it is (0). 1
** done, 0 left, -1 no memory. */
static int one_org_over(scan *sc, int si, int ta, int tb, const char *name, int *pushed)
{
    dz_analysis *a = sc->a;
    int32_t s = a->tokens[ta].start, e = a->tokens[tb - 1].end;
    int i, keep = -1, n = a->nmentions;
    for (i = 0; i < n; i++) {
        const dz_mention *m = &a->mentions[i];
        if (m->type == DZ_ENT_NONE || m->end <= s || m->start >= e)
            continue;
        if (m->start < s || m->end > e)
            return 0;
        if (m->start == s && m->end == e && m->type == DZ_ENT_ORGANIZATION &&
            m->form == DZ_FORM_NAME)
            return 0;                   /* whole already */
        if (keep < 0)
            keep = i;
    }
    if (keep < 0) {
        if (push_mention(a, si, s, e, DZ_ENT_ORGANIZATION, name, NULL, DZ_FORM_NAME, 0) != 0)
            return -1;
        *pushed = 1;
        return 1;
    }
    for (i = keep + 1; i < n; i++)
        if (a->mentions[i].start < e && a->mentions[i].end > s)
            a->mentions[i].type = DZ_ENT_NONE;
    a->mentions[keep].start = s;
    a->mentions[keep].end = e;
    rename_mention(&a->mentions[keep], DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
    return 1;
}

/* The token of the '>' that closes a '<' at token t within 14 tokens,
** before end and with no '<' between; -1 when there is none. */
static int bracket_close(const dz_analysis *a, int t, int end)
{
    int k;
    if (!tok_punct(a, t, '<'))
        return -1;
    for (k = t + 1; k < end && k - t <= 14 && !tok_punct(a, k, '>'); k++)
        if (tok_punct(a, k, '<'))
            return -1;
    return k < end && tok_punct(a, k, '>') ? k : -1;
}

/* Pass 4a: a company's name the wire sets in angle brackets, ending in
** its legal form, is one name however the tagger cut it ("<Donaldson,
** Lufkin and Jenrette Securities Corp>", "<Japanese Aero Engines Corp>",
** "<Merrill Lynch, Pierce, Fenner and Smith Ltd>"); a leading "The" is
** left out; a name alone in the brackets is a company too. The
** article's other writings of such names are company_writings'. Mentions in text order; 0, or -1 on no memory. */
static int respan_mention(scan *sc, dz_mention *m, int a, int b, int type);

static int bracket_companies(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int si, t, pushed = 0, i;
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        int end = s->tok_first + s->tok_count;
        for (t = s->tok_first; t < end; t++) {
            int k, ta = t + 1, ok = 1;
            const char *name;
            if ((k = bracket_close(a, t, end)) < 0)
                continue;
            if (tok_is(sc, ta, "the") && ta + 1 < k)
                ta++;
            if (k - ta < 2 || !is_legal(sc, k - 1) ||
                !(a->tokens[ta].flags & (DZ_TOK_CAP | DZ_TOK_NUMBER)))
                continue;
            for (i = ta; i < k && ok; i++)
                if (!(a->tokens[i].flags & (DZ_TOK_WORD | DZ_TOK_NUMBER)) &&
                    !tok_punct(a, i, ',') && !tok_punct(a, i, '&') && !tok_punct(a, i, '(') &&
                    !tok_punct(a, i, ')') && !tok_punct(a, i, '-') && !tok_punct(a, i, '.') &&
                    !is_possessive(sc, i))
                    ok = 0;
            if (!ok)
                continue;
            if (!(name = org_span_name(sc, ta, k)))
                return -1;
            if (one_org_over(sc, si, ta, k, name, &pushed) < 0)
                return -1;
            t = k;
        }
    }
    if (pushed)
        sort_mentions(a, first);
    /* a name alone in the brackets without its legal form is the company
    ** too ("British manufacturer <Westland>", "<Martin Marietta>"), not a
    ** ticker in capitals ("<ROK>") */
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int32_t k;
        if ((m->type != DZ_ENT_PERSON && m->type != DZ_ENT_PLACE && m->type != DZ_ENT_OTHER) ||
            m->start < 1 || a->text[m->start - 1] != '<' || (size_t)m->end >= a->len ||
            a->text[m->end] != '>')
            continue;
        for (k = m->start; k < m->end && !(a->text[k] >= 'a' && a->text[k] <= 'z'); k++)
            ;
        if (k < m->end &&
            respan_mention(sc, m, tok_from(a, m->start), tok_from(a, m->end),
                           DZ_ENT_ORGANIZATION) != 0)
            return -1;
    }
    return 0;
}

/* Pass 4b: a name the wire sets alone in angle brackets is one
** company's name even without a legal form at its end, its small joining
** words and a place in brackets inside it ("<Istituto per la
** Ricostruzione Industriale>", "<Pratt and Whitney>", "<Mutual of
** Omaha>", "<European Sugar (France)>"): every word capitalised but the
** joining words, first and last words capitalised, some small letter in
** it (not a ticker, "<BNPP.P>"), no dash standing alone (a name and its
** acronym, "<IMI - Istituto Mobiliare Italiano>"); a leading "The" and a
** trailing possessive are left out. Mentions in text order; 0, or -1 on
** no memory. */
static int bracket_whole_names(scan *sc, int first)
{
    static const char *const joins[] = {
        "and", "of", "the", "de", "du", "des", "di", "del", "della", "la", "le",
        "per", "pour", "et", "e", "y", "und", "fur", "van", "von", "en", "da",
        "do", "dos", "das", "for"
    };
    dz_analysis *a = sc->a;
    int si, t, pushed = 0;
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        int end = s->tok_first + s->tok_count;
        for (t = s->tok_first; t < end; t++) {
            int k, i, ta = t + 1, tb, ok = 1, small = 0, depth = 0;
            const char *name;
            if ((k = bracket_close(a, t, end)) < 0)
                continue;
            if (tok_is(sc, ta, "the") && ta + 1 < k)
                ta++;
            tb = k;
            while (tb > ta && (tok_punct(a, tb - 1, '.') || tok_punct(a, tb - 1, ',') ||
                               is_possessive(sc, tb - 1)))
                tb--;
            /* an acronym in brackets at its end is not of the name
            ** ("<Cie Generale de Constructions Telephoniques (CGCT)>") */
            if (tb - ta >= 5 && tok_punct(a, tb - 1, ')') && tok_punct(a, tb - 3, '(') &&
                (a->tokens[tb - 2].flags & DZ_TOK_ALLCAP))
                tb -= 3;
            if (tb - ta < 2 || !(a->tokens[ta].flags & DZ_TOK_CAP) ||
                !((a->tokens[tb - 1].flags & (DZ_TOK_CAP | DZ_TOK_NUMBER)) ||
                  tok_punct(a, tb - 1, ')')))
                continue;
            for (i = ta; i < tb && ok; i++) {
                const dz_token *tk = &a->tokens[i];
                int32_t c;
                if (tk->flags & DZ_TOK_WORD) {
                    /* "<Morgan Guaranty Trust Co of New York>": the
                    ** company and its seat (bracket_companies') */
                    /* a legal form ends the name ("<Cascade Importers
                    ** Inc USA>", "<Morgan Guaranty Trust Co of New
                    ** York>": bracket_companies' or none) */
                    if (is_legal(sc, i) && i + 1 < tb && !tok_punct(a, i + 1, ')') &&
                        !tok_punct(a, i + 1, '.'))
                        ok = 0;
                    if (!(tk->flags & DZ_TOK_CAP) &&
                        !tok_in(sc, i, joins, sizeof joins / sizeof joins[0]))
                        ok = 0;
                } else if (tok_punct(a, i, '(')) {
                    ok = depth++ == 0 && i > ta;
                } else if (tok_punct(a, i, ')')) {
                    ok = depth-- == 1;
                } else if (tok_punct(a, i, ',')) {
                    /* commas between partners' names before "and"
                    ** ("<Welsh, Carson, Anderson and Stowe>"), not a
                    ** seat after them ("<OEC Dallas, Texas>") */
                    int j;
                    for (j = i + 1; j < tb && !tok_is(sc, j, "and") && !tok_punct(a, j, '&'); j++)
                        ;
                    ok = j < tb;
                } else if (!(tk->flags & DZ_TOK_NUMBER) &&
                           !tok_punct(a, i, '&') && !tok_punct(a, i, '.') &&
                           !tok_punct(a, i, '\''))
                    ok = 0;
                for (c = tk->start; c < tk->end; c++)
                    small |= a->text[c] >= 'a' && a->text[c] <= 'z';
            }
            if (!ok || depth || !small)
                continue;
            if (!(name = org_span_name(sc, ta, tb)))
                return -1;
            if (one_org_over(sc, si, ta, tb, name, &pushed) < 0)
                return -1;
            t = k;
        }
    }
    if (pushed)
        sort_mentions(a, first);
    return 0;
}

/* Pass 4b': a partners' firm written with a comma after its first name
** ("Bear, Stearns and Co", "Kidder, Peabody and Co Inc", "Alex. Brown
** and Sons Inc") is one company, which the tagger cuts at the comma and
** whose first word it reads as a person or a place: an organisation of
** one capitalised word, "and" or "&" and more just after "Word, " (or
** after "Alex. ", a given name's short form) takes the word in, when the
** lexicon does not know the organisation whole ("Morton-Thiokol,
** Standard and Poor's") and the word is no known place or country
** ("Milan, Italy and ARCO Seed Co"), no short form of a longer person's
** name ("Boesky, Jefferies and Co"), no acronym in capitals ("AZT,
** Merck and Co") and, opening a sentence, no common word ("However,
** Smith and Co said"). Mentions in text order; 0, or -1 on no memory. */
/* Is token w a word the article writes as the last of a longer
** person's name ("Boesky" after "Ivan Boesky"), or a single-word
** mention of it that cannot be taken into a firm's name (a name the
** lexicon knows, "Welsh"; a person's short form)? Mentions from first. */
static int partner_word_bad(const scan *sc, int first, int w)
{
    const dz_analysis *a = sc->a;
    const dz_token *wt = &a->tokens[w];
    size_t n = (size_t)(wt->end - wt->start);
    int j;
    for (j = first; j < a->nmentions; j++) {
        const dz_mention *x = &a->mentions[j];
        size_t xn = x->name ? strlen(x->name) : 0;
        if (x->type == DZ_ENT_PERSON && xn > n + 1 && x->name[xn - n - 1] == ' ' &&
            memcmp(x->name + xn - n, a->text + wt->start, n) == 0)
            return 1;
        if (x->type == DZ_ENT_NONE || x->end <= wt->start || x->start >= wt->end)
            continue;
        if (x->start != wt->start || x->end != wt->end || known_span(sc, x) ||
            (x->type == DZ_ENT_PERSON &&
             (xn != n || memcmp(x->name, a->text + wt->start, n) != 0)))
            return 1;
    }
    return 0;
}

/* Is token w a capitalised word that may be a partner's name in a firm's
** name: a word, not in capitals, no stop word. */
static int partner_word(const scan *sc, int w)
{
    const dz_token *wt = &sc->a->tokens[w];
    return (wt->flags & DZ_TOK_WORD) && (wt->flags & DZ_TOK_CAP) &&
           !(wt->flags & DZ_TOK_ALLCAP) && !(word_bits(sc, w) & W_STOP);
}

static int comma_partner_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *o = &a->mentions[i];
        int t = tok_from(a, o->start), e = tok_from(a, o->end), w = t - 2;
        const dz_token *wt;
        const char *name;
        if (o->type != DZ_ENT_ORGANIZATION || o->form != DZ_FORM_NAME || o->sentence < 0 ||
            e - t < 3 || t < 2 || !(a->tokens[t].flags & DZ_TOK_CAP) ||
            !(tok_is(sc, t + 1, "and") || tok_punct(a, t + 1, '&')) || known_span(sc, o))
            continue;
        if (tok_punct(a, t - 1, ',')) {
            if (w < a->sentences[o->sentence].tok_first)
                continue;
        } else if (!(tok_punct(a, t - 1, '.') && a->tokens[w].end == a->tokens[t - 1].start &&
                     (word_bits(sc, w) & W_GIVEN)))
            continue;       /* "Alex. Brown": the splitter may end a sentence there */
        if (!partner_word(sc, w) || partner_word_bad(sc, first, w) ||
            (w == a->sentences[o->sentence].tok_first && tok_common(sc, w)))
            continue;
        /* more partners before it, each one word after a comma ("Johnson,
        ** Lane, Space, Smith and Co Inc", "Peat, Marwick, Mitchell and
        ** Co"), not the last word of a longer name ("Merrill Lynch,
        ** Pierce, Fenner and Smith": the lexicon's) */
        while (w - 2 >= a->sentences[o->sentence].tok_first && w - 2 >= 0 &&
               tok_punct(a, w - 1, ',') && partner_word(sc, w - 2) &&
               !(w - 3 >= 0 && (a->tokens[w - 3].flags & DZ_TOK_CAP) &&
                 a->tokens[w - 3].end + 1 >= a->tokens[w - 2].start) &&
               !partner_word_bad(sc, first, w - 2) &&
               !(w - 2 == a->sentences[o->sentence].tok_first && tok_common(sc, w - 2)))
            w -= 2;
        wt = &a->tokens[w];
        for (j = first; j < a->nmentions; j++) {
            dz_mention *x = &a->mentions[j];
            if (j != i && x->type != DZ_ENT_NONE && x->start >= wt->start &&
                x->end <= o->start)
                x->type = DZ_ENT_NONE;
        }
        if (!(name = org_span_name(sc, w, e)))
            return -1;
        while (o->sentence > 0 && w < a->sentences[o->sentence].tok_first)
            o->sentence--;
        o->start = wt->start;
        rename_mention(o, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
    }
    sort_mentions(a, first);
    return 0;
}

/* A lone word the tagger read as a person, a place or a thing, which the
** article writes nowhere as a longer name of its own but inside one
** company's longer name ("Bangor" beside "Bangor Hydro-Electric Co",
** "Grace" beside "W.R. Grace and Co", "Fluke" beside "John Fluke Mfg Co
** Inc"), is that company: not a name the lexicon knows ("Chicago" beside
** "Chicago Board of Trade"), not in capitals, and not a word after a
** given name in the company's name ("Bird" beside "Anthony Bird
** Associates" may be the man), nor a word the article gives a person's
** cue anywhere ("Bird said he"); a word inside two companies' names is
** left alone. */
static int person_cue(const scan *sc, int si, int t);
static int company_cue(const scan *sc, int si, int t);

/* Is the organisation name s a clean one to give a lone word: no comma,
** no "-based" or rating grade, its last word capitalised ("California-based
** Safeway Stores", "B-minus Valero Energy", "F. Hoffmann-La Roche und")? */
static int clean_firm_name(const char *s)
{
    const char *last = strrchr(s, ' ');
    if (strchr(s, ',') || strstr(s, "-based") || strstr(s, "-minus") || strstr(s, "-plus"))
        return 0;
    last = last ? last + 1 : s;
    return *last >= 'A' && *last <= 'Z';
}

/* Is the lone word at token t part of a longer name written around it:
** joined to a capitalised word by a comma, "and", "&", "/" or "'s"
** ("Tucker, Anthony", "Phillips and Drew", "San/Bar", "Reader's Digest")? */
static int joined_word(const scan *sc, int t)
{
    const dz_analysis *a = sc->a;
    int k;
    for (k = t + 1; k < a->ntokens && k <= t + 2; k++)
        if (tok_punct(a, k, ',') || tok_punct(a, k, '/') || tok_punct(a, k, '&') ||
            tok_is(sc, k, "and") || is_possessive(sc, k)) {
            if (k + 1 < a->ntokens && (a->tokens[k + 1].flags & DZ_TOK_CAP) && k == t + 1)
                return 1;
        }
    if (t >= 2 && (tok_punct(a, t - 1, ',') || tok_punct(a, t - 1, '/') ||
                   tok_punct(a, t - 1, '&') || tok_is(sc, t - 1, "and")) &&
        (a->tokens[t - 2].flags & DZ_TOK_CAP))
        return 1;
    return 0;
}

static void lone_words_of_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), k;
        size_t n = (size_t)(m->end - m->start);
        const dz_mention *firm = NULL;
        if ((m->type != DZ_ENT_PERSON && m->type != DZ_ENT_PLACE && m->type != DZ_ENT_OTHER) ||
            m->form != DZ_FORM_NAME || tok_from(a, m->end) != t + 1 ||
            !(a->tokens[t].flags & DZ_TOK_CAP) || (a->tokens[t].flags & DZ_TOK_ALLCAP) ||
            strlen(m->name) != n || memcmp(m->name, a->text + m->start, n) != 0 ||
            known_span(sc, m) || joined_word(sc, t) || m->sentence < 0)
            continue;
        /* a place or a thing before a small word names a region or a
        ** kind of thing ("Aegean oil", "Soybean producers", "Guayana
        ** region"), unless the word is a company's ("Corona shares") */
        if (m->type != DZ_ENT_PERSON &&
            t + 1 < a->ntokens && (a->tokens[t + 1].flags & DZ_TOK_WORD) &&
            !(a->tokens[t + 1].flags & DZ_TOK_CAP) &&
            !company_cue(sc, m->sentence, t) && !tok_is(sc, t + 1, "said") &&
            !tok_is(sc, t + 1, "says"))
            continue;
        for (j = first; j < a->nmentions && firm != (const dz_mention *)m; j++) {
            const dz_mention *o = &a->mentions[j];
            int oa, oe;
            if (o->end - o->start == (int32_t)n && o->sentence >= 0 &&
                memcmp(a->text + o->start, a->text + m->start, n) == 0 &&
                person_cue(sc, o->sentence, tok_from(a, o->start)))
                firm = m;               /* "Bird said he ..." */
            if (firm == (const dz_mention *)m || o->type != DZ_ENT_ORGANIZATION ||
                o->form != DZ_FORM_NAME)
                continue;
            oa = tok_from(a, o->start);
            oe = tok_from(a, o->end);
            if (oe - oa < 2)
                continue;
            for (k = oa; k < oe; k++)
                if (a->tokens[k].end - a->tokens[k].start == (int32_t)n &&
                    memcmp(a->text + a->tokens[k].start, a->text + m->start, n) == 0)
                    break;
            if (k == oe)
                continue;
            if ((k > oa && (word_bits(sc, k - 1) & W_GIVEN)) || !clean_firm_name(o->name) ||
                (k > oa && (tok_punct(a, k - 1, '/') || tok_punct(a, k - 1, '-'))) ||
                (k + 1 < oe && tok_punct(a, k + 1, '/')))
                firm = m;               /* the man, maybe, or no clean name: leave it */
            else if (firm && strcmp(firm->name, o->name) != 0)
                firm = m;               /* two companies */
            else
                firm = o;
        }
        if (firm && firm != (const dz_mention *)m)
            rename_mention(m, DZ_ENT_ORGANIZATION, firm->name, DZ_FORM_NAME);
    }
}

/* Pass 4c: the article's other writings of a company's name with "and"
** or a comma inside, ending in its legal form or known to the lexicon, as
** far as its word after the last "and" or more ("Harper and Row" after
** "Harper and Row Publishers Inc", "Donaldson Lufkin and Jenrette" after
** "Donaldson, Lufkin and Jenrette Securities Corp"; commas may be left
** out), are that company too, once bracket_companies and pass_join_orgs
** have made the names whole ("Harper" + "and Row Publishers Inc"). 0, or
** -1 on no memory. */
static int company_writings(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int t, pushed = 0, i, n = a->nmentions;
    for (i = first; i < n; i++) {
        const dz_mention *m = &a->mentions[i];
        int ma = tok_from(a, m->start), me = tok_from(a, m->end), key = 0, k;
        const char *name = m->name;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME || me - ma < 3 ||
            ma >= a->ntokens)
            continue;
        /* the key: up to the word after the last "and" (or comma) */
        for (k = ma + 1; k + 1 < me; k++)
            if ((is_and(sc, k) || tok_punct(a, k, ',')) &&
                (a->tokens[k + 1].flags & DZ_TOK_CAP) && (a->tokens[k - 1].flags & DZ_TOK_WORD))
                key = k + 2;
        if (!key || !(a->tokens[ma].flags & DZ_TOK_CAP) ||
            !(is_legal(sc, me - 1) || known_span(sc, m)))
            continue;           /* a company for sure, not "Baker and Volcker" */
        for (t = 0; t < a->ntokens; t++) {
            int p = ma, q = t, s2;
            if ((t >= ma && t < me) || !same_word(sc, t, ma))
                continue;
            /* match the name's words from t on, commas optional */
            while (p < me && q < a->ntokens) {
                if (same_word(sc, p, q) &&
                    (a->tokens[q].flags & DZ_TOK_CAP) == (a->tokens[p].flags & DZ_TOK_CAP) &&
                    sc->mark[q] != MARK_TITLE) {
                    p++;
                    q++;
                } else if (tok_punct(a, p, ',')) {
                    p++;
                } else if (tok_punct(a, q, ',') && q > t) {
                    q++;
                } else {
                    break;
                }
            }
            while (q > t && tok_punct(a, q - 1, ','))
                q--;
            if (p < key || (t > 0 && (a->tokens[t - 1].flags & DZ_TOK_CAP) &&
                            (a->tokens[t - 1].flags & DZ_TOK_WORD)))
                continue;
            /* the same sentence */
            for (s2 = 0; s2 < a->nsentences; s2++)
                if (t >= a->sentences[s2].tok_first &&
                    t < a->sentences[s2].tok_first + a->sentences[s2].tok_count)
                    break;
            if (s2 == a->nsentences ||
                q > a->sentences[s2].tok_first + a->sentences[s2].tok_count)
                continue;
            /* not a word of a longer capitalised name after it */
            if (q < a->ntokens && ((p < me && (a->tokens[q].flags & DZ_TOK_CAP) &&
                                    (a->tokens[q].flags & DZ_TOK_WORD)) ||
                                   sc->mark[q] == MARK_TITLE))
                continue;
            if (one_org_over(sc, s2, t, q, name, &pushed) < 0)
                return -1;
            t = q - 1;
        }
    }
    if (pushed)
        sort_mentions(a, first);
    return 0;
}

/* Pass 4b: organisations whose name the tagger or the rules cut in two
** (mentions in text order): an organisation, "of" and a country or place
** named as such are one name when the organisation ends in an
** organisation word that is not a legal form ("Federal Reserve Bank" +
** "of" + "New York"; not the clubs "Galatasaray of Turkey"); and an
** unresolved lone person word (its name one word) right before an
** organisation ("Martin" + "Marietta Corp") is its first word, as is a
** place right before a company with its legal form ("Santa Fe" +
** "Southern Pacific Corp"). A party's name followed by "party" in lower
** case is the party ("Conservative party": the Conservative Party, named
** as the lexicon knows it). The swallowed mention gets DZ_ENT_NONE
** (dropped by the caller). First, company names finished after a
** mention (company_tail). 0, or -1 on no memory. */
static int pass_join_orgs(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;

    /* a "person" of two words or more that begins with a word that
    ** begins companies ("Banque Paribas", "Raffinerie Tirlemontoise") or
    ** ends in an organisation word or a legal form ("Ohta Shoji") is an
    ** organisation */
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int ma = tok_from(a, m->start), me = tok_from(a, m->end);
        const char *name;
        if (ma >= a->ntokens || m->type != DZ_ENT_PERSON || m->form != DZ_FORM_NAME ||
            me - ma < 2 ||
            known_span(sc, m) ||
            !((word_bits(sc, ma) & W_ORGFIRST) || (word_bits(sc, me - 1) & W_LEGAL) ||
              /* not "David Steel" */
              ((word_bits(sc, me - 1) & W_ORGWORD) && !(word_bits(sc, ma) & W_GIVEN))))
            continue;
        if (!(name = org_span_name(sc, ma, me)))
            return -1;
        m->type = DZ_ENT_ORGANIZATION;
        m->name = name;
        m->short_form = 0;
    }

    /* company names finished after the mention: see company_tail */
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int ma, me, end, j;
        const char *name;
        if (m->type == DZ_ENT_NONE)
            continue;
        ma = tok_from(a, m->start);
        me = tok_from(a, m->end);
        if (!(end = company_tail(sc, m, me)))
            continue;
        for (j = i + 1; j < a->nmentions && a->mentions[j].start < a->tokens[end - 1].end; j++)
            if (a->mentions[j].end > a->tokens[end - 1].end)
                break;
        if (j < a->nmentions && a->mentions[j].start < a->tokens[end - 1].end)
            continue;           /* a longer name overlaps the tail */
        if (!(name = org_span_name(sc, ma, end)))
            return -1;
        for (j = i + 1; j < a->nmentions && a->mentions[j].start < a->tokens[end - 1].end; j++)
            a->mentions[j].type = DZ_ENT_NONE;
        m->end = a->tokens[end - 1].end;
        rename_mention(m, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
        i = j - 1;
    }
    for (i = first; i + 1 < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i], *x = &a->mentions[i + 1];
        int ma = tok_from(a, m->start), me = tok_from(a, m->end);
        int xa = tok_from(a, x->start), xe = tok_from(a, x->end);
        const char *name;
        if (m->type == DZ_ENT_NONE || m->sentence != x->sentence ||
            m->form != DZ_FORM_NAME || x->form != DZ_FORM_NAME)
            continue;
        if (m->type == DZ_ENT_ORGANIZATION && xa == me + 1 && tok_is(sc, me, "of") &&
            (x->type == DZ_ENT_COUNTRY || x->type == DZ_ENT_PLACE) &&
            (word_bits(sc, me - 1) & W_ORGWORD) && !is_legal(sc, me - 1)) {
            if (!(name = org_span_name(sc, ma, xe)))
                return -1;
            m->end = x->end;
        } else if (m->type == DZ_ENT_PERSON && !strchr(m->name, ' ') && me == ma + 1 &&
                   xa == me && x->type == DZ_ENT_ORGANIZATION && xe - xa >= 2 &&
                   !(a->tokens[xa].flags & DZ_TOK_PUNCT)) {
            if (!(name = org_span_name(sc, ma, xe)))
                return -1;
            m->end = x->end;
            m->type = DZ_ENT_ORGANIZATION;
            m->short_form = 0;
        } else if ((m->type == DZ_ENT_PLACE ||
                    (m->type == DZ_ENT_OTHER &&
                     !memchr(a->text + m->start, '-', (size_t)(m->end - m->start)))) &&
                   xa == me && xe - xa >= 2 && x->type == DZ_ENT_ORGANIZATION &&
                   is_legal(sc, xe - 1) && !(a->tokens[xa].flags & DZ_TOK_PUNCT)) {
            /* "Santa Fe" + "Southern Pacific Corp", "Dow" + "Jones and Co
            ** Inc": one company (not "Hong Kong-based" + "Hutchison Whampoa
            ** Ltd") */
            if (!(name = org_span_name(sc, ma, xe)))
                return -1;
            m->end = x->end;
            m->type = DZ_ENT_ORGANIZATION;
        } else {
            continue;
        }
        m->name = name;
        m->code = NULL;
        x->type = DZ_ENT_NONE;
        i++;
    }
    if (join_and_names(sc, first) != 0)
        return -1;
    /* "Britain's ruling Conservative party": the party's name */
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int me = tok_from(a, m->end), ma = tok_from(a, m->start);
        dz_buf b = { 0 };
        dz_entity_type ty = DZ_ENT_NONE;
        const char *known;
        if ((m->type != DZ_ENT_ORGANIZATION && m->type != DZ_ENT_OTHER) ||
            m->form != DZ_FORM_NAME)
            continue;
        if (me - ma >= 2 && tok_is(sc, me - 1, "party") &&
            !(a->tokens[me - 1].flags & DZ_TOK_CAP)) {
            me--;                       /* the tagger took "party" in */
        } else if (me >= a->ntokens ||
                   me >= a->sentences[m->sentence].tok_first +
                         a->sentences[m->sentence].tok_count ||
                   !tok_is(sc, me, "party") || (a->tokens[me].flags & DZ_TOK_CAP) ||
                   (i + 1 < a->nmentions &&
                    a->mentions[i + 1].start < a->tokens[me].end)) {
            continue;
        }
        if (dz_buf_append(&b, a->text + m->start,
                          (size_t)(a->tokens[me - 1].end - m->start)) != 0 ||
            dz_buf_append(&b, " Party", 6) != 0) {
            dz_buf_free(&b);
            return -1;
        }
        known = lexicon_lookup(sc->lx, b.data, &ty);
        m->name = known && ty == DZ_ENT_ORGANIZATION ? known :
                  dz_arena_strndup(&a->arena, b.data, b.len);
        dz_buf_free(&b);
        if (!m->name)
            return -1;
        m->type = DZ_ENT_ORGANIZATION;
        /* the name is the party's; the word "party" is not part of it */
        m->end = a->tokens[me - 1].end;
    }
    return 0;
}

/* Number of non-ASCII bytes in s: the accented spelling of a name wins. */
static int non_ascii(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += (unsigned char)*s >= 0x80;
    return n;
}

/* Length of a ticker's exchange suffix at byte i (".L" in "<CAWL.L>",
** ".TO", " ST" in "<SKBS ST>"), 0 when none. */
static int exchange_suffix(const dz_analysis *a, int32_t i)
{
    int k = 1;
    if (i >= (int32_t)a->len || (a->text[i] != '.' && a->text[i] != ' '))
        return 0;
    while (k <= 3 && i + k < (int32_t)a->len && a->text[i + k] >= 'A' &&
           a->text[i + k] <= 'Z')
        k++;
    return k > 1 && i + k < (int32_t)a->len && a->text[i + k] == '>' ? k : 0;
}

/* The initials of the capitalised words of text s (n bytes) into out
** (cap bytes, NUL-terminated), hyphenated parts counted apart
** ("Inter-American Development Bank": "IADB"); with bare, a company's
** legal form is left out ("Renison Goldfields Consolidated Ltd": "RGC").
** Returns their number, 0 when more than cap - 1. */
static int initials(const scan *sc, const char *s, size_t n, int bare, char *out,
                    size_t cap)
{
    size_t i = 0, k = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '-')
            j++;
        if (j > i && s[i] >= 'A' && s[i] <= 'Z') {
            size_t wl = j - i, c;
            char low[16];
            while (wl > 1 && s[i + wl - 1] == '.')
                wl--;
            for (c = 0; c < wl && c < sizeof low; c++)
                low[c] = (char)(s[i + c] >= 'A' && s[i + c] <= 'Z' ? s[i + c] + 32 : s[i + c]);
            if (!(bare && k > 0 && wl <= sizeof low &&
                  (map_get(&sc->lx->words, low, wl, 0) & W_LEGAL))) {
                if (k + 1 >= cap)
                    return 0;
                out[k++] = s[i];
            }
        }
        i = j + 1;
    }
    out[k] = '\0';
    return (int)k;
}

/* An acronym the lexicon does not know, written in capitals, that is the
** initials of an organisation named in the article ("the USDA and NPPC"
** after "National Pork Producers Council", "ITC" after "International Tin
** Council") names that organisation. Mentions in text order. */
static void acronyms_of_article(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start;
        size_t n = (size_t)(m->end - m->start), k;
        char ini[16];
        if (n < 3 || n > 8 || m->type == DZ_ENT_COUNTRY || m->form != DZ_FORM_NAME ||
            strlen(m->name) != n || memcmp(m->name, p, n) != 0 || known_span(sc, m))
            continue;
        for (k = 0; k < n && p[k] >= 'A' && p[k] <= 'Z'; k++)
            ;
        if (k < n)
            continue;
        for (j = first; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            int bare;
            if (o->type != DZ_ENT_ORGANIZATION || j == i || o->form != DZ_FORM_NAME ||
                !memchr(a->text + o->start, ' ', (size_t)(o->end - o->start)))
                continue;
            for (bare = 0; bare < 2; bare++)
                if ((size_t)initials(sc, a->text + o->start, (size_t)(o->end - o->start),
                                     bare, ini, sizeof ini) == n &&
                    memcmp(ini, p, n) == 0)
                    break;
            if (bare < 2)
                break;
        }
        if (j < a->nmentions) {
            rename_mention(m, DZ_ENT_ORGANIZATION, a->mentions[j].name, -1);
        }
    }
}

/* An acronym alone ("CPC said") that is the first word of one company the
** article names with its legal form ("CPC International Inc"), where the
** lexicon's meaning of the letters (the Chinese Communist Party) is not
** written out in the article and the lexicon does not know the letters as
** a company's own name ("BP"), names that company. Mentions in text
** order. */
static void acronym_first_words(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start;
        size_t n = (size_t)(m->end - m->start), k;
        const dz_mention *firm = NULL;
        if (n < 2 || n > 6 || m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME)
            continue;
        for (k = 0; k < n && p[k] >= 'A' && p[k] <= 'Z'; k++)
            ;
        if (k < n)
            continue;
        if (strlen(m->name) == n && memcmp(m->name, p, n) == 0 ? known_span(sc, m) :
            memmem(a->text, a->len, m->name, strlen(m->name)) != NULL)
            continue;   /* a company the lexicon knows by these letters ("BP"
                        ** before "BP North America Inc"), or the lexicon's
                        ** name is written out */
        for (j = first; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            int oe = tok_from(a, o->end);
            if (o->type != DZ_ENT_ORGANIZATION || o->form != DZ_FORM_NAME ||
                o->end - o->start <= (int32_t)n + 1 || a->text[o->start + (int32_t)n] != ' ' ||
                memcmp(a->text + o->start, p, n) != 0 || oe < 1 || !is_legal(sc, oe - 1))
                continue;
            if (firm && strcmp(firm->name, o->name) != 0)
                break;          /* two companies */
            firm = o;
        }
        if (firm && j == a->nmentions)
            rename_mention(m, DZ_ENT_ORGANIZATION, firm->name, -1);
    }
}

/* Is mention x an acronym the lexicon knows whose entity has a longer
** name ending in the same word as mention m ("the Organisation for
** Economic Cooperation and Development (OECD)": the lexicon's
** "Organisation for Economic Co-operation and Development"), so that m is
** another writing of that name? Not "Interstate Commerce Commission
** (ICC)" when the lexicon's ICC is the International Criminal Court. */
static int acronym_spelt(const scan *sc, const dz_mention *x, const dz_mention *m)
{
    int t = tok_from(sc->a, x->start), e = tok_from(sc->a, x->end), len, ai, i;
    int last = tok_from(sc->a, m->end) - 1;
    size_t wn;
    const char *w;
    if (t < 0 || e < 0 || last < 0)
        return 0;
    ai = longest_alias(sc, t, e, 0, &len);
    if (ai < 0 || len != e - t)
        return 0;
    w = ftok(sc, last, &wn);
    for (i = 0; i < sc->lx->naliases; i++) {
        const lx_alias *al = &sc->lx->aliases[i];
        size_t kl;
        if (al->entity != sc->lx->aliases[ai].entity || al->ntok < 3)
            continue;
        kl = strlen(al->key);
        if (kl > wn && al->key[kl - wn - 1] == ' ' &&
            memcmp(al->key + kl - wn, w, wn) == 0)
            return 1;
    }
    return 0;
}

/* Is x, in angle brackets right after company m ("Chinese Petroleum
** Corp <CPC>"), the company's ticker though the lexicon knows its letters
** as another name (the Chinese Communist Party), whose full name the
** article does not write? surf is x's text. */
static int ticker_of_company(const dz_analysis *a, const dz_mention *m,
                             const dz_mention *x, const char *surf)
{
    return m->type == DZ_ENT_ORGANIZATION && x->type == DZ_ENT_ORGANIZATION &&
           x->form == DZ_FORM_NAME && surf > a->text && surf[-1] == '<' &&
           !memmem(a->text, a->len, x->name, strlen(x->name));
}

/* Pass 5: one spelling per person in the article ("Jose Ramos" and "José
** Ramos" become "José Ramos"), and acronyms the article defines
** ("Growers Union (GU)") name what they stand for. Mentions are in text
** order here. */
static int pass_unify(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    dz_arena ar = { 0 };
    lx_map best = { 0 };            /* folded name -> mention with the most
                                       accented spelling */
    dz_buf f = { 0 };
    int i, j, pass, rc = 0;

    for (pass = 0; pass < 2 && rc == 0; pass++) {
        for (i = first; i < a->nmentions; i++) {
            dz_mention *m = &a->mentions[i];
            long slot;
            if (m->type != DZ_ENT_PERSON || m->short_form)
                continue;
            f.len = 0;
            if (text_fold_append(&f, m->name, strlen(m->name)) != 0 || !f.data) {
                rc = -1;
                break;
            }
            slot = map_find(&best, f.data, f.len);
            if (pass == 1) {
                if (slot >= 0)
                    m->name = a->mentions[best.vals[slot]].name;
            } else if (slot < 0) {
                if (map_put(&best, &ar, f.data, f.len, i, 0) != 0)
                    rc = -1;
            } else if (non_ascii(m->name) >
                       non_ascii(a->mentions[best.vals[slot]].name)) {
                best.vals[slot] = i;
            }
        }
    }
    map_free(&best);
    dz_buf_free(&f);
    dz_arena_free(&ar);
    if (rc)
        return rc;
    /* "Full Name ( ACR )" or "Full Name <ACR>": ACR names Full Name in the
    ** whole article */
    for (i = first; i + 1 < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        dz_mention *x = &a->mentions[i + 1];
        const char *gap = a->text + m->end, *surf = a->text + x->start;
        size_t xl = (size_t)(x->end - x->start), full;
        int k, ntok = 0;
        char close;
        const char *xname;
        if (x->start - m->end < 1 ||
            (x->start - m->end > 3 &&
             /* "Merrill Lynch and Co's <MER>" */
             !(x->start - m->end == 4 && memcmp(gap, "'s <", 4) == 0)) ||
            (m->type == DZ_ENT_PERSON &&
             /* a lone word before a ticker is a company: "Mobil <MOB>" */
             (strchr(m->name, ' ') || !memchr(gap, '<', (size_t)(x->start - m->end)))))
            continue;
        /* "(ACR)", or a stock ticker: "Hertz Corp <HRZ>" */
        close = memchr(gap, '(', (size_t)(x->start - m->end)) ? ')' :
                memchr(gap, '<', (size_t)(x->start - m->end)) ? '>' : 0;
        full = xl;
        if (close == '>') {
            /* the exchange inside the mention: "<RY.TO>", "<SKBS ST>" */
            const char *dot = memchr(surf, '.', xl);
            if (!dot)
                dot = memchr(surf, ' ', xl);
            if (dot && dot > surf &&
                (size_t)exchange_suffix(a, x->start + (int32_t)(dot - surf)) ==
                    xl - (size_t)(dot - surf))
                xl = (size_t)(dot - surf);
        }
        if (!close || x->end >= (int32_t)a->len ||
            a->text[x->end + (close == '>' && xl == full ? exchange_suffix(a, x->end) : 0)] != close ||
            xl < 2 || xl > 8 || strcmp(x->name, m->name) == 0 ||
            /* a ticker that is also a country's code is the ticker
            ** ("Schlumberger Ltd <SLB>" is no Solomon Islands) */
            ((strlen(x->name) != full || memcmp(x->name, surf, full) != 0) &&
             !(close == '>' && x->form == DZ_FORM_CODE) &&
             !ticker_of_company(a, m, x, surf)))
            continue;
        for (k = 0; k < (int)xl; k++)
            if (surf[k] < 'A' || surf[k] > 'Z')
                break;
        if (k < (int)xl)
            continue;
        for (k = m->start; k < m->end; k++)    /* words: "Moet-Hennessy <MHSP>" */
            ntok += a->text[k] == ' ' || a->text[k] == '-';
        /* an acronym in brackets has the name's initials; a ticker right
        ** after a company is its ticker whatever its letters ("NV Philips
        ** Gloeilampenfabrieken <PGLO>", "George Wimpey Plc <WMPY>") */
        if (close == ')' ? ((surf[0] | 32) != (a->text[m->start] | 32) || (int)xl > ntok + 3)
                         : ((m->type != DZ_ENT_ORGANIZATION && m->type != DZ_ENT_PERSON) ||
                            /* not another ticker: "<RD> <SC>" */
                            (m->start > 0 && a->text[m->start - 1] == '<')))
            continue;
        if (m->type == DZ_ENT_PERSON) {
            m->type = DZ_ENT_ORGANIZATION;
            m->short_form = 0;
        }
        if (close == ')' && x->type == DZ_ENT_ORGANIZATION && !known_span(sc, m) &&
            acronym_spelt(sc, x, m)) {
            /* the lexicon knows the acronym, not this writing of its name
            ** ("the General Agreement of Tariffs and Trade (GATT)"): the
            ** name is the acronym's entity */
            m->name = x->name;
            m->code = x->code;
            m->type = x->type;
            continue;
        }
        if (x->form == DZ_FORM_CODE) {
            x->form = DZ_FORM_NAME;
            x->name = m->name;
            x->type = m->type;
            x->code = m->code;
            continue;
        }
        xname = x->name;
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (o->end - o->start == (int32_t)full &&
                memcmp(a->text + o->start, surf, full) == 0 &&
                ((strlen(o->name) == full && memcmp(o->name, surf, full) == 0) ||
                 (close == '>' && strcmp(o->name, xname) == 0))) {
                o->name = m->name;
                o->type = m->type;
                o->code = m->code;
            }
        }
    }
    return 0;
}

/* Is token t a month's name ("March", "Sept.")? */
static int is_month(const scan *sc, int t)
{
    static const char *const months[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec" };
    size_t n, i;
    const char *w = ftok(sc, t, &n);
    if (n > 1 && w[n - 1] == '.')
        n--;
    for (i = 0; i < sizeof months / sizeof months[0]; i++)
        if (strlen(months[i]) == n && memcmp(months[i], w, n) == 0)
            return 1;
    return 0;
}

/* Does a dateline's date follow token e: ", March 2" or ", Pa., March 2"
** (a comma, at most one capitalised word with its comma, a month and a
** number)? */
static int date_follows(const scan *sc, int e)
{
    const dz_analysis *a = sc->a;
    int k = e;
    if (!tok_punct(a, k, ','))
        return 0;
    k++;
    if (k + 1 < a->ntokens && !is_month(sc, k) && (a->tokens[k].flags & DZ_TOK_CAP) &&
        tok_punct(a, k + 1, ','))
        k += 2;
    return k + 1 < a->ntokens && is_month(sc, k) && (a->tokens[k + 1].flags & DZ_TOK_NUMBER);
}

/* Pass 6: datelines and sign-offs (mentions in text order). A dateline is
** a name in capitals opening a paragraph and followed by a comma, a
** bracket, a dash or a date ("WASHINGTON, March 2 -", "ZORBVILLE
** (Reuters)", "NEW YORK - Firm oil prices", "LONDON 1996-08-30"), or in
** title case followed by a date ("Toronto, April 17 -"), with the names
** after it up to the date ("BOCA RATON, Fla., March 3", "BOCA" and
** "RATON" too when the tagger cut them apart); a sign-off is a wire's name ("REUTER") as the
** last word of the text (of two letters or more). Both keep their span and entity but get their
** own form, so that counts can leave them out. */
static void pass_wire(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, last = a->ntokens - 1;

    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), k, head, caps;
        int j = i, dated;
        if (t >= a->ntokens)
            continue;
        for (k = t; k < e && (a->tokens[k].flags & DZ_TOK_ALLCAP); k++)
            ;
        caps = k == e;
        if (e >= a->ntokens || (a->tokens[e].flags & DZ_TOK_PARA_START))
            continue;
        /* at the head of its paragraph, rules ("****LONDON") aside */
        for (k = t; k > 0 && !(a->tokens[k].flags & DZ_TOK_PARA_START) &&
                    (a->tokens[k - 1].flags & DZ_TOK_PUNCT); k--)
            ;
        head = (a->tokens[k].flags & DZ_TOK_PARA_START) != 0;
        /* after words in capitals the tagger or the lexicon did not take
        ** ("OLD GREENWICH, Conn., March 2", "KING OF PRUSSIA, Pa., March
        ** 2", "STERLING, Va., March 2"), when a date follows */
        if (!head && date_follows(sc, e)) {
            for (k = t; k > 0 && !(a->tokens[k].flags & DZ_TOK_PARA_START) &&
                        (a->tokens[k - 1].flags & (DZ_TOK_PUNCT | DZ_TOK_ALLCAP)); k--)
                ;
            head = (a->tokens[k].flags & DZ_TOK_PARA_START) != 0;
        }
        /* a place in capitals the tagger cut in two: "BOCA" + "RATON" */
        while (caps && head && m->form == DZ_FORM_NAME && j + 1 < a->nmentions &&
               a->mentions[j + 1].form == DZ_FORM_NAME &&
               tok_from(a, a->mentions[j + 1].start) == e) {
            int xe = tok_from(a, a->mentions[j + 1].end);
            for (k = e; k < xe && (a->tokens[k].flags & DZ_TOK_ALLCAP); k++)
                ;
            if (k < xe || xe >= a->ntokens)
                break;
            e = xe;
            j++;
        }
        dated = tok_punct(a, e, ',') && e + 2 < a->ntokens && is_month(sc, e + 1) &&
                (a->tokens[e + 2].flags & DZ_TOK_NUMBER);
        if (!caps) {
            /* in title case only with the date: "Toronto, April 17 -" */
            if (!(head && dated))
                continue;
        } else if (!(head && (tok_punct(a, e, ',') || tok_punct(a, e, '(') ||
                              tok_punct(a, e, '-') ||
                              (a->tokens[e].flags & DZ_TOK_NUMBER))) &&
                   /* anywhere: "... ANALYSTS LONDON, March 4 -" */
                   !dated) {
            continue;
        }
        for (; i < j; i++)
            a->mentions[i].form = DZ_FORM_DATELINE;
        m = &a->mentions[i];
        m->form = DZ_FORM_DATELINE;
        /* ", Fla.," / ", Calif." after it, before the date */
        while (i + 1 < a->nmentions && tok_punct(a, e, ',')) {
            dz_mention *x = &a->mentions[i + 1];
            if (tok_from(a, x->start) != e + 1)
                break;
            x->form = DZ_FORM_DATELINE;
            e = tok_from(a, x->end);
            i++;
        }
    }
    /* past the punctuation and stray letters of the wire ("REUTER...^M") */
    while (last >= 0 && (!(a->tokens[last].flags & DZ_TOK_WORD) ||
                         a->tokens[last].end - a->tokens[last].start < 2))
        last--;
    if (last >= 0 && (word_bits(sc, last) & W_SIGNOFF) && a->nmentions > first) {
        dz_mention *m = &a->mentions[a->nmentions - 1];
        int ma = tok_from(a, m->start), b = last;
        if (m->start == a->tokens[last].start && m->end == a->tokens[last].end) {
            m->form = DZ_FORM_SIGNOFF;
        } else if (m->end == a->tokens[last].end && ma < last && signoff_at_end(sc, last)) {
            /* "Thyssen AG. REUTER": the name ends before the sign-off */
            const char *name;
            while (b > ma && (a->tokens[b - 1].flags & DZ_TOK_PUNCT))
                b--;
            name = b > ma ? (m->type == DZ_ENT_ORGANIZATION ? org_span_name(sc, ma, b)
                                                             : span_name(sc, ma, b)) : NULL;
            if (name) {
                m->end = a->tokens[b - 1].end;
                m->name = name;
            } else {
                m->form = DZ_FORM_SIGNOFF;
            }
        }
    }
    /* the wire named in the text ("a Reuter report"), not a person of
    ** that name the article does not name in full */
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start);
        dz_entity_type ty = DZ_ENT_NONE;
        const char *wire;
        if (t >= a->ntokens || m->form != DZ_FORM_NAME || m->type != DZ_ENT_PERSON ||
            tok_from(a, m->end) != t + 1 || !(word_bits(sc, t) & W_SIGNOFF) ||
            (strchr(m->name, ' ') && !strstr(m->name, "REUTER")))
            continue;
        wire = lexicon_lookup(sc->lx, "REUTER", &ty);
        if (wire && ty == DZ_ENT_ORGANIZATION && (tok_is(sc, t, "reuter") || tok_is(sc, t, "reuters"))) {
            rename_mention(m, DZ_ENT_ORGANIZATION, wire, -1);
        }
    }
}

/* Is mention m a name the gazetteer knows as a whole? */
static int known_span(const scan *sc, const dz_mention *m)
{
    int t = tok_from(sc->a, m->start), e = tok_from(sc->a, m->end), len;
    return longest_alias(sc, t, e, 0, &len) >= 0 && len == e - t;
}

/* Where the last word of folded name f (len bytes) begins (0 when it is
** one word). */
static size_t last_word(const char *f, size_t len)
{
    size_t i = len;
    while (i > 0 && f[i - 1] != ' ')
        i--;
    return i;
}

/* Is the apposition after mention m a company's description: ", the
** Canadian company that owns ...", ", a Dallas-based oil firm,"? The
** article, up to four words and a company noun that heads the phrase
** (punctuation or "that", "which", "based" ... after it, not "the
** company's chairman", "a company official", "the founder of the
** company" or "the company said"). */
static int company_apposition(const scan *sc, const dz_mention *m)
{
    static const char *const nouns[] = {
        "company", "firm", "concern", "group", "bank", "maker", "manufacturer",
        "producer", "corporation", "subsidiary", "unit", "affiliate", "retailer",
        "utility", "insurer", "airline", "carrier", "brokerage", "distributor",
        "conglomerate", "chain", "supplier", "holding", "partnership", "refiner",
        "publisher", "developer", "lender", "bancorp"
    };
    static const char *const after[] = {
        "that", "which", "based", "with", "of", "in", "and", "owned",
        "controlled", "headquartered", "whose"
    };
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[m->sentence];
    int send = s->tok_first + s->tok_count, t = tok_from(a, m->end), k, j;
    size_t i;
    if (t + 2 >= send || !tok_punct(a, t, ',') ||
        !(tok_is(sc, t + 1, "a") || tok_is(sc, t + 1, "an") || tok_is(sc, t + 1, "the")))
        return 0;
    for (k = t + 2; k < send && k <= t + 6; k++) {
        for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
            if (tok_is(sc, k, nouns[i]))
                break;
        if (i == sizeof nouns / sizeof nouns[0]) {
            /* "the founder of the company" is no company */
            if ((!(a->tokens[k].flags & (DZ_TOK_WORD | DZ_TOK_NUMBER)) &&
                 !tok_punct(a, k, '-')) || (word_bits(sc, k) & W_STOP))
                return 0;
            continue;
        }
        if (k + 1 >= send || (a->tokens[k + 1].flags & DZ_TOK_PUNCT))
            return 1;
        for (j = 0; j < (int)(sizeof after / sizeof after[0]); j++)
            if (tok_is(sc, k + 1, after[j]))
                return 1;
        return 0;
    }
    return 0;
}

/* A name the lexicon does not know that the article describes as a
** company ("Nova, the Canadian company that owns 56 pct of Husky Oil Ltd")
** is an organisation wherever the article writes it ("Nova said ...").
** Mentions in text order. */
static void described_companies(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start;
        size_t n = (size_t)(m->end - m->start);
        const char *name;
        if (m->form != DZ_FORM_NAME || m->type == DZ_ENT_ORGANIZATION ||
            m->type == DZ_ENT_COUNTRY || m->type == DZ_ENT_NONE ||
            (m->type == DZ_ENT_PERSON && !m->short_form &&
             (strlen(m->name) != n || memcmp(m->name, p, n) != 0)) ||
            known_span(sc, m) || !company_apposition(sc, m))
            continue;
        /* a person named in full stays one ("Harold Simmons, the ...") */
        if (m->type == DZ_ENT_PERSON && memchr(p, ' ', n) &&
            (word_bits(sc, tok_from(a, m->start)) & W_GIVEN))
            continue;
        name = strlen(m->name) == n && memcmp(m->name, p, n) == 0 ? m->name :
               span_name(sc, tok_from(a, m->start), tok_from(a, m->end));
        if (!name)
            continue;
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (o->end - o->start == (int32_t)n && memcmp(a->text + o->start, p, n) == 0 &&
                o->form == DZ_FORM_NAME && o->type != DZ_ENT_COUNTRY) {
                rename_mention(o, DZ_ENT_ORGANIZATION, name, -1);
            }
        }
    }
}

/* Pass 7: one sense per article (mentions in text order). A lone name the
** gazetteer does not know is read as the article's other names say:
**   - a place, an other name, a lone person word left unresolved, a
**     person's name as written ("Railway Maintenance") or a one-word
**     organisation ("Shearson" the tagger found), that is the first words of an organisation named in the article ("Dome"
**     and "Dome Mines" after "Dome Petroleum Ltd", "Shearson" after
**     "Shearson Lehman Brothers Inc"), or one word that is the last word
**     of its name, legal form left out ("Sprint" after "US Sprint", "Block"
**     after "H and R Block Inc"; "the Exchange" after "New York Stock
**     Exchange" when it was found as an organisation), is that
**     organisation (the first one);
**   - one word called an organisation, place, country or other name (the
**     gazetteer's too) that is the surname of a person named in full in
**     the article ("Fogarty" after "Carl Fogarty" in a results table,
**     "Holland said" after "David Holland") is that person, unless it also
**     begins an organisation of the article ("Ford" and "Ford Motor Co").
** 0, or -1 on no memory. */
static int misspelt(const char *a, size_t na, const char *b, size_t nb);
static int initials(const scan *sc, const char *s, size_t n, int bare, char *out,
                    size_t cap);

/* May mention m, one word the lexicon knows as a town or state, stand for
** an organisation of its article whose name begins with it ("Wichita
** said" after "Wichita Industries Inc", "to indemnify Kansas City" after
** "Kansas City Southern Industries")? Not where it is the place: after
** "in", "at", "near" ..., before a comma and a capital ("Wichita, Kan."),
** or before "-based". */
static int firm_town(const scan *sc, const dz_mention *m)
{
    static const char *const at[] = {
        "in", "at", "near", "outside", "around", "throughout", "across", "via",
        "to", "from", "based", "into", "downtown", "greater", "central"
    };
    static const char *const firm_after[] = {
        "said", "says", "is", "was", "has", "had", "will", "would", "could",
        "can", "may", "also", "officials", "executives", "chairman",
        "president", "spokesman", "spokeswoman", "management", "board",
        "directors", "shares", "stock", "stake", "common", "holders",
        "shareholders", "stockholders", "unit", "subsidiary", "agreed",
        "announced", "reported", "earned", "posted", "expects", "plans",
        "from", "for", "by", "at", "since", "executive", "official", "sale",
        "have", "railroad"
    };
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->start), e = tok_from(a, m->end);
    /* the tagger may call it a person ("Wichita also said") */
    if ((m->type != DZ_ENT_PLACE && m->type != DZ_ENT_PERSON) || m->code ||
        m->form != DZ_FORM_NAME)
        return 0;
    if (t > a->sentences[m->sentence].tok_first && tok_in(sc, t - 1, at, sizeof at / sizeof at[0]))
        return 0;
    if (e < a->ntokens && (tok_punct(a, e, ',') || tok_punct(a, e, '-')) &&
        e + 1 < a->ntokens && (a->tokens[e + 1].flags & (DZ_TOK_CAP | DZ_TOK_WORD)))
        return 0;
    /* "Halifax, Nova Scotia": the state of a town */
    if (t >= 2 && tok_punct(a, t - 1, ',') && (a->tokens[t - 2].flags & DZ_TOK_CAP))
        return 0;
    /* it acts or is spoken of as a firm ("Wichita said", "Santa Fe
    ** chairman John Schmidt", "Utah's assets"), or ends a clause ("BHP
    ** acquired Utah from"); not before a thing of the place ("the
    ** greater Houston area", "Texas lawmakers", "a strong New Jersey
    ** economy") */
    if (e >= a->ntokens || !(a->tokens[e].flags & DZ_TOK_WORD))
        return 1;
    return is_possessive(sc, e) || tok_in(sc, e, firm_after, sizeof firm_after / sizeof firm_after[0]);
}

static int pass_one_sense(scan *sc, int first)
{
    enum { MAXORG = 64, MAXPER = 64 };
    dz_analysis *a = sc->a;
    dz_buf f = { 0 }, w = { 0 };
    int org[MAXORG], norg = 0, per[MAXPER], nper = 0, i, j, rc = 0;
    size_t off[MAXORG], noff[MAXORG], poff[MAXPER];

    for (i = first; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        if (m->type == DZ_ENT_ORGANIZATION && norg < MAXORG &&
            memchr(a->text + m->start, ' ', (size_t)(m->end - m->start))) {
            /* its words as written, then its canonical name's */
            off[norg] = f.len;
            if (text_fold_append(&f, a->text + m->start, (size_t)(m->end - m->start)) != 0 ||
                dz_buf_putc(&f, 0) != 0)
                goto oom;
            noff[norg] = f.len;
            if (text_fold_append(&f, m->name, strlen(m->name)) != 0 ||
                dz_buf_putc(&f, 0) != 0)
                goto oom;
            org[norg++] = i;
        } else if (m->type == DZ_ENT_PERSON && !m->short_form && nper < MAXPER &&
                   strchr(m->name, ' ')) {
            size_t at = f.len;
            if (text_fold_append(&f, m->name, strlen(m->name)) != 0 ||
                dz_buf_putc(&f, 0) != 0)
                goto oom;
            poff[nper] = at;
            per[nper++] = i;
        }
    }
    for (i = first; i < a->nmentions && (norg > 0 || nper > 0); i++) {
        dz_mention *m = &a->mentions[i];
        int one = !memchr(a->text + m->start, ' ', (size_t)(m->end - m->start));
        int as_org = ((m->type == DZ_ENT_PLACE || m->type == DZ_ENT_OTHER) &&
                      !m->code) ||
                     (m->type == DZ_ENT_PERSON &&
                      ((m->short_form && one) || (!one && !m->short_form &&
                                                  strlen(m->name) == (size_t)(m->end - m->start) &&
                                                  memcmp(m->name, a->text + m->start,
                                                         (size_t)(m->end - m->start)) == 0))) ||
                     (m->type == DZ_ENT_ORGANIZATION && one);
        int as_per = one && m->type != DZ_ENT_PERSON && nper > 0;
        int hit = -1, begins = 0, town;
        as_org = as_org && norg > 0;
        if ((!as_org && !as_per) || m->form != DZ_FORM_NAME)
            continue;
        town = as_org && known_span(sc, m);
        if (town && !firm_town(sc, m))
            as_org = 0;
        w.len = 0;
        if (text_fold_append(&w, a->text + m->start, (size_t)(m->end - m->start)) != 0)
            goto oom;
        if (!w.data || w.len < 2)
            continue;
        for (j = 0; j < norg && hit < 0; j++) {
            const char *o = f.data + off[j], *nm = f.data + noff[j];
            size_t nl = strlen(nm), lw = last_word(nm, nl);
            int start = strncmp(o, w.data, w.len) == 0 && o[w.len] == ' ';
            begins |= start;
            if (org[j] == i || !as_org)
                continue;
            /* a town the lexicon knows stands only for a company named
            ** with its legal form ("Wichita Industries Inc"), not for an
            ** exchange or a body of the place ("Chicago Board of Trade") */
            if (town && (!start || !is_legal(sc, tok_from(a, a->mentions[org[j]].end) - 1)))
                continue;
            /* a chamber alone is the chamber, not one of its committees
            ** ("a House source", "the full House" beside "the House Ways
            ** and Means Committee"): only "House of Representatives" */
            if (one && (strcmp(w.data, "house") == 0 || strcmp(w.data, "senate") == 0) &&
                !(start && strncmp(nm + w.len, " of ", 4) == 0))
                continue;
            /* "Mario Gabelli" and his firm "Mario Gabelli and Co" */
            if (start && !one && m->type == DZ_ENT_PERSON &&
                strncmp(o + w.len, " and ", 5) == 0 &&
                (word_bits(sc, tok_from(a, m->start)) & W_GIVEN))
                continue;
            if (start || (one && lw > 0 && nl - lw == w.len &&
                          memcmp(nm + lw, w.data, w.len) == 0 &&
                          (m->type == DZ_ENT_ORGANIZATION ||
                           !(word_bits(sc, tok_from(a, m->start)) & W_ORGWORD))))
                hit = j;
            /* the last word as written when the name is an acronym: "the
            ** Fund" after "International Monetary Fund" (IMF) */
            if (hit < 0 && one && m->type == DZ_ENT_ORGANIZATION &&
                !is_legal(sc, tok_from(a, m->start))) {
                size_t ol = strlen(o), ow = last_word(o, ol);
                if (ow > 0 && ol - ow == w.len && memcmp(o + ow, w.data, w.len) == 0)
                    hit = j;
            }
        }
        if (hit >= 0 && one && m->type == DZ_ENT_ORGANIZATION &&
            (a->tokens[tok_from(a, m->start)].flags & DZ_TOK_ALLCAP) && w.len >= 2) {
            /* a word that begins two organisations of the article named
            ** apart is the group they share, not one of them: an acronym ("BHP"
            ** with "BHP Petroleum (Americas) Inc" and "BHP Petroleum
            ** International") keeps its name */
            const char *hn = f.data + noff[hit];
            for (j = 0; j < norg; j++) {
                const char *o = f.data + off[j], *on = f.data + noff[j];
                /* not a misspelling of it nor two names joined by "and" */
                if (org[j] != i && strncmp(o, w.data, w.len) == 0 && o[w.len] == ' ' &&
                    strcmp(on, hn) != 0 && !strstr(on, " and ") &&
                    !misspelt(hn, strlen(hn), on, strlen(on)))
                    break;
            }
            if (j < norg)
                continue;
            /* nor when it is the initials of another organisation of the
            ** article ("ICI" with "ICI Pharma" and "Imperial Chemical
            ** Industries PLC"): acronyms_of_article names it */
            for (j = 0; j < norg; j++) {
                const dz_mention *o = &a->mentions[org[j]];
                char ini[16];
                int bare;
                if (strncmp(f.data + off[j], w.data, w.len) == 0)
                    continue;
                for (bare = 0; bare < 2; bare++)
                    if ((size_t)initials(sc, a->text + o->start, (size_t)(o->end - o->start),
                                         bare, ini, sizeof ini) == (size_t)(m->end - m->start) &&
                        memcmp(ini, a->text + m->start, (size_t)(m->end - m->start)) == 0)
                        break;
                if (bare < 2)
                    break;
            }
            if (j < norg)
                continue;
        }
        if (hit >= 0) {
            m->type = DZ_ENT_ORGANIZATION;
            m->name = a->mentions[org[hit]].name;
            m->short_form = 0;
            continue;
        }
        if (!as_per || begins)
            continue;
        for (j = 0; j < nper; j++) {
            const char *nm = f.data + poff[j];
            size_t nl = strlen(nm), lw = last_word(nm, nl);
            if (nl - lw == w.len && memcmp(nm + lw, w.data, w.len) == 0) {
                m->type = DZ_ENT_PERSON;
                m->name = a->mentions[per[j]].name;
                m->code = NULL;
                break;
            }
        }
    }
    goto done;
oom:
    rc = -1;
done:
    dz_buf_free(&f);
    dz_buf_free(&w);
    return rc;
}

/* Does token t, one of the words of sentence si, read as a word in
** list (n entries)? */
static int tok_in(const scan *sc, int t, const char *const *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (tok_is(sc, t, list[i]))
            return 1;
    return 0;
}

/* Evidence around the lone word at token t of sentence si that it names
** a person: a title before it ("Mr Kresge", "Chairman Dun") or "he",
** "she", "his", "her", "him" after it in its sentence or at the start of
** the next one ("Dun said he ..."). */
static int person_cue(const scan *sc, int si, int t)
{
    static const char *const pron[] = { "he", "she", "his", "her", "him" };
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int end = s->tok_first + s->tok_count, k;
    if (t > s->tok_first && sc->mark[t - 1] == MARK_TITLE)
        return 1;
    for (k = t + 1; k < end && k <= t + 12; k++)
        if (tok_in(sc, k, pron, 5))
            return 1;
    if (k == end && si + 1 < a->nsentences) {
        const dz_sentence *n = &a->sentences[si + 1];
        for (k = n->tok_first; k < n->tok_first + n->tok_count && k < n->tok_first + 3; k++)
            if (tok_in(sc, k, pron, 5))
                return 1;
    }
    return 0;
}

/* Evidence around the lone word at token t of sentence si that it names
** a company: "Kresge said it ...", "Kresge shares", "Kresge's stores",
** "shares of Kresge", "a stake in Kresge", "acquired Kresge". */
static int company_cue(const scan *sc, int si, int t)
{
    static const char *const after[] = {
        "shares", "stock", "stockholders", "shareholders", "subsidiary", "unit",
        "units", "stores", "spokesman", "spokeswoman",
        "executives", "management", "directors", "board", "earnings",
        "revenues", "profits", "division", "affiliate", "shareholder", "group"
    };
    static const char *const of[] = {
        "shares", "stake", "unit", "subsidiary", "division", "shareholders",
        "stockholders", "acquisition", "purchase", "takeover", "parent",
        "affiliate", "merger", "units", "pct", "percent"
    };
    static const char *const buy[] = {
        "acquire", "acquired", "acquires", "acquiring", "buy", "buys", "bought"
    };
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int end = s->tok_first + s->tok_count, n = t + 1;
    if (n < end && is_possessive(sc, n))
        n++;
    if (n < end && tok_in(sc, n, after, sizeof after / sizeof after[0]))
        return 1;
    if (t + 2 < end && (tok_is(sc, t + 1, "said") || tok_is(sc, t + 1, "says")) &&
        (tok_is(sc, t + 2, "it") || tok_is(sc, t + 2, "its")))
        return 1;
    if (t - 1 >= s->tok_first && tok_in(sc, t - 1, buy, sizeof buy / sizeof buy[0]))
        return 1;
    /* "95 pct of Rotterdam traffic": a word before a noun is no company */
    if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "of") &&
        tok_in(sc, t - 2, of, sizeof of / sizeof of[0]) &&
        !(t + 1 < end && (a->tokens[t + 1].flags & DZ_TOK_WORD) &&
          !(a->tokens[t + 1].flags & DZ_TOK_CAP) && !is_possessive(sc, t + 1)))
        return 1;
    if (t - 2 >= s->tok_first && tok_is(sc, t - 1, "in") &&
        (tok_is(sc, t - 2, "stake") || tok_is(sc, t - 2, "interest")))
        return 1;
    return 0;
}

/* Is the lone word at token t of sentence si the subject of a verb of
** speech: "Pharmacia said", "Exim added"? */
static int speaks(const scan *sc, int si, int t)
{
    static const char *const verbs[] = {
        "said", "says", "added", "reported", "announced", "told", "stated"
    };
    const dz_sentence *s = &sc->a->sentences[si];
    return t + 1 < s->tok_first + s->tok_count &&
           tok_in(sc, t + 1, verbs, sizeof verbs / sizeof verbs[0]);
}

/* Has the word p (n bytes) a part in lower case after a hyphen
** ("Oporto-based", "Sealy-brand")? */
static int lower_part(const char *p, size_t n)
{
    size_t i;
    for (i = 0; i + 1 < n; i++)
        if (p[i] == '-' && p[i + 1] >= 'a' && p[i + 1] <= 'z')
            return 1;
    return 0;
}

static int listed(const scan *sc, const dz_mention *m, const dz_mention *o);
static int said_before(const scan *sc, int si, int t);

/* Is the lone word at token t of sentence si quoted as a person is:
** "Gaviria said", "Ketchum asked", "said John \"Bud\" Frazier"? (A
** company that speaks says "it": company_cue.) */
static int quoted_person(const scan *sc, int si, int t)
{
    static const char *const verbs[] = {
        "said", "says", "told", "added", "asked", "admitted", "noted", "argued",
        "urged", "explained", "insisted", "believes", "believed", "thinks",
        "predicted", "warned", "replied", "acknowledged", "declined"
    };
    const dz_sentence *s = &sc->a->sentences[si];
    int end = s->tok_first + s->tok_count;
    if (t + 1 < end && tok_in(sc, t + 1, verbs, sizeof verbs / sizeof verbs[0]))
        return 1;
    return said_before(sc, si, t);
}

/* Is the lone word at token t of sentence si after "said" or "says" with
** only capitalised words and marks between: "said John \"Bud\" Frazier"? */
static int said_before(const scan *sc, int si, int t)
{
    const dz_sentence *s = &sc->a->sentences[si];
    int k = t - 1;
    while (k >= s->tok_first && (sc->a->tokens[k].flags & (DZ_TOK_CAP | DZ_TOK_PUNCT)))
        k--;                            /* said John "Bud" Frazier */
    return k >= s->tok_first && k >= t - 4 &&
           (tok_is(sc, k, "said") || tok_is(sc, k, "says"));
}

/* Is the word p (n bytes) a word of a person's name of two words or more
** among the mentions from first ("John Johnstone Jr" for "Johnstone")? */
static int in_person_name(const dz_analysis *a, int first, const char *p, size_t n)
{
    int i;
    for (i = first; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        const char *s = a->text + m->start, *e = a->text + m->end, *w;
        if (m->type != DZ_ENT_PERSON || (size_t)(e - s) <= n)
            continue;
        for (w = s; w + n <= e; w++)
            if ((w == s || w[-1] == ' ') && memcmp(w, p, n) == 0 &&
                (w + n == e || w[n] == ' ' || w[n] == ','))
                return 1;
    }
    return 0;
}

/* Is mention m a place or country the lexicon knows, by its name ("Peking",
** "Zurich"; not "Welsh")? */
static int known_place(const scan *sc, const dz_mention *m)
{
    return (m->type == DZ_ENT_PLACE || m->type == DZ_ENT_COUNTRY) &&
           m->form == DZ_FORM_NAME && known_span(sc, m);
}

/* Is mention o written as the len bytes at p (another use of a word)? */
static int same_surface(const dz_analysis *a, const dz_mention *o, const char *p, size_t len)
{
    return (size_t)(o->end - o->start) == len && memcmp(a->text + o->start, p, len) == 0;
}

/* Relabel every use of a lone word among the mentions from first: each
** mention written as the len bytes at p, read as one of the types in the
** bit mask from (1 << type) and, with same_name, named name in the name
** form, becomes type to named name (DZ_ENT_NONE: only marked, for
** drop_none_mentions). name is borrowed. The closing step of
** uncued_persons, uncued_places and plain_word_persons. */
static void relabel_uses(scan *sc, int first, const char *p, size_t len, unsigned from,
                         int to, const char *name, int same_name)
{
    dz_analysis *a = sc->a;
    int j;
    for (j = first; j < a->nmentions; j++) {
        dz_mention *o = &a->mentions[j];
        if (!same_surface(a, o, p, len) || o->type < 0 || o->type >= 32 ||
            !(from & (1u << o->type)) ||
            (same_name && (strcmp(o->name, name) != 0 || o->form != DZ_FORM_NAME)))
            continue;
        if (to == DZ_ENT_NONE)
            o->type = DZ_ENT_NONE;
        else
            rename_mention(o, to, name, DZ_FORM_NAME);
    }
}

/* Is m, at token t, a person of one word named as it is written, a word
** that is no given name and that the lexicon does not know: the lone
** "person" that uncued_persons and plain_word_persons judge? */
static int lone_person_word(const scan *sc, const dz_mention *m, int t)
{
    const dz_analysis *a = sc->a;
    size_t len = (size_t)(m->end - m->start);
    return m->type == DZ_ENT_PERSON && m->form == DZ_FORM_NAME && m->sentence >= 0 &&
           t + 1 == tok_from(a, m->end) && strlen(m->name) == len &&
           memcmp(m->name, a->text + m->start, len) == 0 &&
           !(word_bits(sc, t) & (W_GIVEN | W_SURNAME_CN)) && !known_span(sc, m);
}

/* One type per article for a lone word the lexicon does not know
** ("Kresge", "Investcorp", "Dun"): all its uses in the article vote.
** Any use with a person's cue (a title, "he" / "she" after it) leaves the
** word as the tagger read it. Otherwise a use typed organisation or with
** a company's cue (company_cue) makes every use the organisation; and a
** word read as a person somewhere with no cue for it takes the type of
** its other uses, or is an organisation when it has none: an unknown
** word with no first name, no title and never "he" is not a person.
** Mentions in text order. */
static void word_vote(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t len = (size_t)(m->end - m->start);
        const char *p = a->text + m->start, *org = NULL;
        int t = tok_from(a, m->start), per = 0, cue = 0, nper = 0, n[8] = { 0 };
        int best = -1, k, says = 0, place = 0, quoted = 0, firm = 0;
        if (m->form != DZ_FORM_NAME || m->code || t + 1 != tok_from(a, m->end) ||
            (m->type != DZ_ENT_PERSON && m->type != DZ_ENT_PLACE &&
             m->type != DZ_ENT_OTHER && m->type != DZ_ENT_ORGANIZATION) ||
            strlen(m->name) != len || memcmp(m->name, p, len) != 0 ||
            (word_bits(sc, t) & (W_GIVEN | W_SURNAME_CN | W_ORGWORD | W_PLACEWORD)) ||
            tok_common(sc, t) || known_span(sc, m) || lower_part(p, len) ||
            (t + 1 < a->ntokens && tok_punct(a, t + 1, '-')))
            continue;
        /* the first use decides for all: look at every use once (a use
        ** named otherwise, "Golkar" of "Golkar party", is no first use) */
        for (j = first; j < i; j++) {
            const dz_mention *o = &a->mentions[j];
            if (same_surface(a, o, p, len) &&
                strlen(o->name) == len && memcmp(o->name, p, len) == 0)
                break;
        }
        if (j < i)
            continue;
        for (j = i; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            int u;
            if (!same_surface(a, o, p, len) ||
                o->form != DZ_FORM_NAME || o->type <= 0 || o->type >= 8)
                continue;
            u = tok_from(a, o->start);
            if (o->type == DZ_ENT_PERSON && strlen(o->name) != len)
                per = 1;        /* resolved to a person named in full */
            per |= person_cue(sc, o->sentence, u);
            cue |= company_cue(sc, o->sentence, u);
            says |= speaks(sc, o->sentence, u);
            quoted |= quoted_person(sc, o->sentence, u);
            /* listed with places: "Shanghai, Peking and Harbin" */
            place |= (j > first && listed(sc, &a->mentions[j - 1], o) &&
                      known_place(sc, &a->mentions[j - 1])) ||
                     (j + 1 < a->nmentions && listed(sc, o, &a->mentions[j + 1]) &&
                      known_place(sc, &a->mentions[j + 1]));
            /* listed with companies: "Sun Co, Coastal, Citgo and Murphy Oil" */
            firm |= (j > first && listed(sc, &a->mentions[j - 1], o) &&
                     a->mentions[j - 1].type == DZ_ENT_ORGANIZATION) ||
                    (j + 1 < a->nmentions && listed(sc, o, &a->mentions[j + 1]) &&
                     a->mentions[j + 1].type == DZ_ENT_ORGANIZATION);
            n[o->type]++;
            nper += o->type == DZ_ENT_PERSON;
            if (o->type == DZ_ENT_ORGANIZATION && !org)
                org = o->name;
        }
        if (per)
            continue;
        if (cue && !(a->tokens[t].flags & DZ_TOK_ALLCAP))
            best = DZ_ENT_ORGANIZATION;
        else if (nper > 0) {
            for (k = 1; k < 8; k++)
                if (k != DZ_ENT_PERSON && n[k] > 0 && (best < 0 || n[k] > n[best]))
                    best = k;
            /* a place or a thing does not speak: "Pharmacia said" */
            if (says && (best == DZ_ENT_PLACE || best == DZ_ENT_OTHER)) {
                best = DZ_ENT_ORGANIZATION;
                cue = 1;
            }
            /* only ever a person, yet never with a first name, a title or
            ** "he" / "she" in the article, and not in capitals: news
            ** names a person in full first, so this is a company ("Nova
            ** said it received", "Sun Co, Coastal, Citgo and Murphy Oil") */
            if (best < 0 && (place || firm) && !(a->tokens[t].flags & DZ_TOK_ALLCAP) &&
                !quoted && !in_person_name(a, first, p, len))
                best = place ? DZ_ENT_PLACE : DZ_ENT_ORGANIZATION;
            if (best < 0)
                continue;
        } else
            continue;
        for (j = i; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (!same_surface(a, o, p, len) ||
                o->form != DZ_FORM_NAME || o->type <= 0 || o->type >= 8 ||
                o->type == DZ_ENT_COUNTRY ||
                /* no company cue: only the uses read as a person change
                ** ("PITTSBURGH" the team and the town in a table) */
                (!cue && o->type != DZ_ENT_PERSON))
                continue;
            o->type = best;
            o->short_form = 0;
            o->code = NULL;
            if (best == DZ_ENT_ORGANIZATION && org)
                o->name = org;
        }
    }
}

/* A lone capitalised word read as a place that the lexicon does not know,
** with a company's cue at one of its uses (company_cue: "the shares of
** Wharf", "Shareholders of Hayes", "Hayes shares"), names the company:
** every use of it read as a place or a person becomes the organisation
** ("On Friday, Wharf fell five cents"). word_vote leaves common words
** ("Wharf") to their first reading; a place with a company's cue is no
** place. Not a word in capitals (a table's town). */
static void cued_place_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t len = (size_t)(m->end - m->start);
        const char *p = a->text + m->start;
        int t = tok_from(a, m->start), cue = 0;
        if (m->type != DZ_ENT_PLACE || m->form != DZ_FORM_NAME || m->code ||
            m->sentence < 0 || t < 0 || t + 1 != tok_from(a, m->end) ||
            !(a->tokens[t].flags & DZ_TOK_CAP) || (a->tokens[t].flags & DZ_TOK_ALLCAP) ||
            strlen(m->name) != len || memcmp(m->name, p, len) != 0 || known_span(sc, m))
            continue;
        for (j = first; j < a->nmentions && !cue; j++) {
            const dz_mention *o = &a->mentions[j];
            int u = tok_from(a, o->start);
            /* a town's market is no company's stock ("the Nancy stock
            ** exchange") */
            if (same_surface(a, o, p, len) && o->sentence >= 0 &&
                !(u + 2 < a->ntokens && tok_is(sc, u + 1, "stock") &&
                  (tok_is(sc, u + 2, "exchange") || tok_is(sc, u + 2, "market"))))
                cue = company_cue(sc, o->sentence, u);
        }
        if (cue)
            relabel_uses(sc, first, p, len, 1u << DZ_ENT_PLACE | 1u << DZ_ENT_PERSON,
                         DZ_ENT_ORGANIZATION, m->name, 0);
    }
}

/* Are mentions m and o (m first) next to each other in a list: nothing
** between them but a comma, "and" or "or"? */
static int listed(const scan *sc, const dz_mention *m, const dz_mention *o)
{
    const dz_analysis *a = sc->a;
    int t = tok_from(a, m->end), e = tok_from(a, o->start);
    if (m->sentence != o->sentence || e - t < 1 || e - t > 2)
        return 0;
    for (; t < e; t++)
        if (!tok_punct(a, t, ',') && !tok_is(sc, t, "and") && !tok_is(sc, t, "or"))
            return 0;
    return 1;
}

/* A town named in the list that mention i (at or after first) belongs
** to, not next to it: the neighbours may be towns the tagger typed
** otherwise ("Zurich, Milan and Paris" with "Milan" an organisation;
** "Rochester, Syracuse and Washington" with "Syracuse" a person). The
** town is a place by name that is no capital standing for a country;
** NULL when the list has none. */
static const dz_mention *town_in_chain(const scan *sc, int i, int first)
{
    const dz_analysis *a = sc->a;
    int h;
    for (h = i; h > first && listed(sc, &a->mentions[h - 1], &a->mentions[h]); h--)
        if (h - 1 < i - 1 && a->mentions[h - 1].type == DZ_ENT_PLACE &&
            a->mentions[h - 1].form == DZ_FORM_NAME)
            return &a->mentions[h - 1];
    for (h = i; h + 1 < a->nmentions && listed(sc, &a->mentions[h], &a->mentions[h + 1]); h++)
        if (h + 1 > i + 1 && a->mentions[h + 1].type == DZ_ENT_PLACE &&
            a->mentions[h + 1].form == DZ_FORM_NAME)
            return &a->mentions[h + 1];
    return NULL;
}

/* A capital listed with towns is a town too: "London, New York and
** Tokyo", "than New York or Tokyo" (after "in London" became the city);
** so is one in a list whose first name is the place of an event
** ("markets in the United States, London, Amsterdam and Stockholm").
** Mentions in text order; two passes carry it along a list. 0, or -1 on
** no memory. */
static int capitals_in_lists(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int pass, i;
    for (pass = 0; pass < 2; pass++)
        for (i = first; i < a->nmentions; i++) {
            dz_mention *m = &a->mentions[i];
            int t = tok_from(a, m->start), e = tok_from(a, m->end), len, ai;
            const dz_mention *o = NULL;
            const char *name;
            if (m->form != DZ_FORM_METONYM || m->type != DZ_ENT_COUNTRY)
                continue;
            if (i > first && a->mentions[i - 1].type == DZ_ENT_PLACE &&
                listed(sc, &a->mentions[i - 1], m))
                o = &a->mentions[i - 1];
            else if (i + 1 < a->nmentions && a->mentions[i + 1].type == DZ_ENT_PLACE &&
                     listed(sc, m, &a->mentions[i + 1]))
                o = &a->mentions[i + 1];
            if (!o)
                o = town_in_chain(sc, i, first);
            if (!o) {
                /* the list's first name after "in", "at" ...: "markets in
                ** the United States, London, Amsterdam and Stockholm" */
                int h = i, ht;
                while (h > first && listed(sc, &a->mentions[h - 1], &a->mentions[h]))
                    h--;
                ht = tok_from(a, a->mentions[h].start);
                if (h < i && !(e < a->ntokens && is_possessive(sc, e)) &&
                    place_of_event(sc, a->mentions[h].sentence, ht,
                                            tok_from(a, a->mentions[h].end) - ht))
                    o = m;
            }
            if (!o || (o != m && o->form != DZ_FORM_NAME) ||
                (ai = longest_alias(sc, t, e, 0, &len)) < 0 || len != e - t ||
                !sc->lx->aliases[ai].city)
                continue;
            if (!(name = titled_name(sc, t, e)))
                return -1;
            m->type = DZ_ENT_PLACE;
            m->name = name;
            m->code = NULL;
            m->form = DZ_FORM_NAME;
        }
    return 0;
}

/* Is token t the head of a country's body ("Ministry", "Treasury",
** "Bureau", "Institute", "Parliament", "Cabinet", "Department"; "Bank"
** when central, national or reserve: "Central Bank")? */
static int body_head(const scan *sc, int t, int a)
{
    static const char *const heads[] = {
        "ministry", "treasury", "bureau", "institute", "parliament", "cabinet",
        "department"
    };
    size_t i;
    int k;
    for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
        if (tok_is(sc, t, heads[i]))
            return 1;
    if (!tok_is(sc, t, "bank"))
        return 0;
    for (k = a; k < t; k++)
        if (tok_is(sc, k, "central") || tok_is(sc, k, "national") || tok_is(sc, k, "reserve"))
            return 1;
    return 0;
}

/* Where the generic name of a country's body begins in mention m (tokens
** ..me-1), after a country named in it ("Dutch" + "Central Bank"); -1
** when m is no such name. Generic: capitalised common or organisation
** words (and "of", "for", "and") with a body_head ("Finance Ministry",
** "Central Bureau of Statistics", "Coffee Institute"). *country gets the
** country named in it, or NULL. */
static int generic_body(const scan *sc, const dz_mention *m, const char **country)
{
    const dz_analysis *a = sc->a;
    int ma = tok_from(a, m->start), me = tok_from(a, m->end), k, len, ai, head = 0;
    *country = NULL;
    if (ma >= me)           /* a mention that covers no token */
        return -1;
    ai = longest_alias(sc, ma, me, 0, &len);
    if (ai >= 0 && len < me - ma &&
        sc->lx->ents[sc->lx->aliases[ai].entity].type == DZ_ENT_COUNTRY) {
        *country = sc->lx->ents[dated_entity(sc, sc->lx->aliases[ai].entity)].name;
        ma += len;
        /* a country's name is part of some proper names: "American
        ** Petroleum Institute", "Philippine National Bank" */
        if (ma < me && (tok_is(sc, me - 1, "institute") ||
                        (tok_is(sc, me - 1, "bank") && !tok_is(sc, ma, "central"))))
            return -1;
    }
    /* one word: which ministry or department is not said */
    if (ma >= me || (ma + 1 == me && (tok_is(sc, ma, "ministry") ||
                                      tok_is(sc, ma, "department") ||
                                      tok_is(sc, ma, "bureau") ||
                                      tok_is(sc, ma, "institute"))))
        return -1;
    for (k = ma; k < me; k++) {
        if (tok_is(sc, k, "of") || tok_is(sc, k, "for") || tok_is(sc, k, "and"))
            continue;
        if (!(a->tokens[k].flags & DZ_TOK_CAP) ||
            !(tok_common(sc, k) || (word_bits(sc, k) & W_ORGWORD)))
            return -1;
        if (body_head(sc, k, ma) && (k == me - 1 || tok_is(sc, k + 1, "of")))
            head = 1;
    }
    return head ? ma : -1;
}

/* Pass 7b: the generic names of a country's bodies ("the Finance
** Ministry", "Central Bank", "the Treasury") name the body of the country
** the text says: the one named with it ("Japan's Finance Ministry",
** "the Dutch Central Bank", "Brazilian Coffee Institute"), else the
** country the article names most. Such a name is written "Finance
** Ministry (Japan)". A body the lexicon knows as the United States' own
** ("Treasury", "Commerce Department") stays it, but with another
** country named with it ("the British Treasury") or in an article that
** names another country twice or more and not the United States.
** Mentions in text order. 0, or -1 on no memory. */
static int national_bodies(scan *sc, int first)
{
    enum { MAXC = 32 };
    dz_analysis *a = sc->a;
    const char *cname[MAXC];
    int ccount[MAXC], nc = 0, i, j, best = -1, us = 0;
    for (i = first; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        if (m->type != DZ_ENT_COUNTRY || !m->name)
            continue;
        us |= strcmp(m->name, "United States") == 0;
        for (j = 0; j < nc && strcmp(cname[j], m->name) != 0; j++)
            ;
        if (j == nc) {
            if (nc == MAXC)
                continue;
            cname[nc] = m->name;
            ccount[nc++] = 0;
        }
        ccount[j]++;
        if (best < 0 || ccount[j] > ccount[best])
            best = j;
    }
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *country = NULL, *known;
        int ma = tok_from(a, m->start), body, k;
        dz_buf b = { 0 };
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME ||
            (body = generic_body(sc, m, &country)) < 0)
            continue;
        /* a country named just before it: "Japan's", "Dutch" */
        for (k = i - 1; !country && k >= first && a->mentions[k].sentence == m->sentence; k--) {
            const dz_mention *p = &a->mentions[k];
            int pe = tok_from(a, p->end);
            if (p->type == DZ_ENT_NONE)
                continue;
            if (p->type == DZ_ENT_COUNTRY && (pe == ma || (pe + 1 == ma && tok_is(sc, pe, "'s"))))
                country = p->name;
            break;
        }
        known = org_name(sc, body, tok_from(a, m->end));
        if (!country) {
            /* a body the lexicon knows (the United States' own) takes
            ** another country from the article only when the article is
            ** about it: named twice or more, the United States not at all */
            if (best < 0 || (known && (us || ccount[best] < 2)))
                continue;
            country = cname[best];
        }
        if (known && strcmp(country, "United States") == 0) {
            m->name = known;
            continue;
        }
        {
            const char *bn = span_name(sc, body, tok_from(a, m->end));
            if (!bn || dz_buf_append(&b, bn, strlen(bn)) != 0 ||
                dz_buf_append(&b, " (", 2) != 0 ||
                dz_buf_append(&b, country, strlen(country)) != 0 ||
                dz_buf_putc(&b, ')') != 0) {
                dz_buf_free(&b);
                return -1;
            }
        }
        m->name = dz_arena_strndup(&a->arena, b.data, b.len);
        dz_buf_free(&b);
        if (!m->name)
            return -1;
        m->code = NULL;
    }
    return 0;
}

/* The kind a name's last word gives it when the name is no body nor
** person: a law, pact, plan or index is a thing (CoNLL's MISC: "Financial
** Services Act", "Louvre Accord", "Baker Plan", "Commodity Research Bureau
** Index", "European Currency Units"), an airport, dam, canal or tunnel a
** place, and so a bridge, plant, mine, field or station ("George
** Washington Bridge", "Alvin W. Vogtle Nuclear Plant", "Sunshine Mine",
** "Seabrook Station") but for a two-word person ("Robert Plant", "Sally
** Field"); a programme or a requirement is a thing ("Export Enhancement
** Program", "Public Sector Borrowing Requirement", "London Interbank
** Offered Rate"), a building or a range
** a place ("White Sands Missile Range").
** DZ_ENT_NONE when the last word says nothing. */
static int head_kind(const scan *sc, int a, int e, int type)
{
    static const char *const things[] = {
        "act", "accord", "agreement", "treaty", "plan", "index", "program",
        "programme", "requirement", "rate", "rates"
    };
    static const char *const places[] = {
        "airport", "dam", "canal", "tunnel", "building", "range"
    };
    static const char *const sites[] = { "bridge", "plant", "mine", "field", "station" };
    int l = e - 1;
    if (e - a < 2 || !(sc->a->tokens[l].flags & DZ_TOK_CAP))
        return DZ_ENT_NONE;
    if (tok_in(sc, l, things, sizeof things / sizeof things[0]) ||
        ((tok_is(sc, l, "unit") || tok_is(sc, l, "units")) && tok_is(sc, l - 1, "currency")))
        return DZ_ENT_OTHER;
    if (tok_is(sc, l, "building") && (word_bits(sc, l - 1) & W_ORGWORD))
        return DZ_ENT_NONE;     /* "Bank Building" the company */
    if (tok_in(sc, l, places, sizeof places / sizeof places[0]) ||
        (tok_in(sc, l, sites, sizeof sites / sizeof sites[0]) &&
         (type != DZ_ENT_PERSON || e - a >= 3)))
        return DZ_ENT_PLACE;
    return DZ_ENT_NONE;
}

/* Do the tokens from k on tell a share's move in a market report: a
** verb of prices or none, a figure (and its unit), then "to" or "at" and
** a figure ("rose 12p to 587", "8p at 525", "gained 7/8 to 27-1/4")? */
static int share_move_after(const scan *sc, int k)
{
    static const char *const verbs[] = {
        "rose", "fell", "added", "lost", "gained", "eased", "firmed", "dropped",
        "slipped", "climbed", "jumped", "shed", "dipped", "improved", "declined",
        "advanced", "slid", "rallied"
    };
    const dz_analysis *a = sc->a;
    if (k < a->ntokens && tok_in(sc, k, verbs, sizeof verbs / sizeof verbs[0]))
        k++;
    if (k >= a->ntokens || a->text[a->tokens[k].start] < '0' || a->text[a->tokens[k].start] > '9')
        return 0;
    k++;
    if (k < a->ntokens && (tok_is(sc, k, "p") || tok_is(sc, k, "pence") ||
                           tok_is(sc, k, "cts") || tok_is(sc, k, "cents")))
        k++;
    return k + 1 < a->ntokens && (tok_is(sc, k, "to") || tok_is(sc, k, "at")) &&
           a->text[a->tokens[k + 1].start] >= '0' && a->text[a->tokens[k + 1].start] <= '9';
}

/* Is the word before token t a plural noun for firms that name
** themselves, not their people ("brokers", "stockbrokers")? */
static int firm_noun_before(const scan *sc, int t)
{
    return (sc->a->tokens[t - 1].flags & DZ_TOK_WORD) &&
           !(sc->a->tokens[t - 1].flags & DZ_TOK_CAP) &&
           (tok_is(sc, t - 1, "brokers") || tok_is(sc, t - 1, "stockbrokers"));
}

/* The number of letters of token t when it is written as capitals each
** followed by a period ("E.D.F." 3), else 0. */
static int dotted_letters(const dz_analysis *a, int t)
{
    int32_t k, b = a->tokens[t].start, e = a->tokens[t].end;
    int n = 0;
    if (e - b < 2 || (e - b) % 2)
        return 0;
    for (k = b; k < e; k += 2) {
        if (a->text[k] < 'A' || a->text[k] > 'Z' || a->text[k + 1] != '.')
            return 0;
        n++;
    }
    return n;
}

/* Mentions from first on that are a legislator's party and state set
** apart after his name ("Sen. James McClure, R-Idaho, who agreed", "Bill
** Frenzel, R-MI., said") become none: "R-Idaho" names neither a person
** nor a body. */
static void drop_party_state_tags(dz_analysis *a, int first)
{
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int32_t j = m->start - 1;
        while (j >= 0 && a->text[j] == ' ')
            j--;
        if (j >= 0 && (a->text[j] == ',' || a->text[j] == '(') &&
            text_party_state(a->text + m->start, (size_t)(m->end - m->start)))
            m->type = DZ_ENT_NONE;
    }
}

/* Drops the mentions from index first on that a pass marked DZ_ENT_NONE
** (taken into a longer name, or no name at all), keeping the others in
** their order. */
static void drop_none_mentions(dz_analysis *a, int first)
{
    int i, j;
    for (i = j = first; i < a->nmentions; i++)
        if (a->mentions[i].type != DZ_ENT_NONE)
            a->mentions[j++] = a->mentions[i];
    a->nmentions = j;
}

/* Pass 7a: names of things and sites the tagger or the rules made a
** person or an organisation take the kind their last word gives
** (head_kind), named as written. Mentions the lexicon knows keep theirs.
** 0, or -1 on no memory. */
static int kind_by_head(scan *sc, int first)
{
    /* the last word of a company named after its place */
    static const char *const firm_heads[] = {
        "bank", "bell", "power", "savings", "trust", "casino", "steel", "edison",
        "hotels", "airlines", "airways", "utilities", "telephone", "bancorp"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), kind;
        const char *name;
        if (m->form == DZ_FORM_NAME && m->type == DZ_ENT_PERSON && t < a->ntokens &&
            !strchr(m->name, ' ') && share_move_after(sc, e) && !known_span(sc, m)) {
            /* "Plessey 2p to 243", "Jaguar rose 12p to 587": a share, so a
            ** company, wherever the article writes it */
            size_t len = (size_t)(m->end - m->start);
            if (!(name = span_name(sc, t, e)))
                return -1;
            for (j = first; j < a->nmentions; j++) {
                dz_mention *o = &a->mentions[j];
                if (o->type == DZ_ENT_PERSON && (size_t)(o->end - o->start) == len &&
                    memcmp(a->text + o->start, a->text + m->start, len) == 0) {
                    o->type = DZ_ENT_ORGANIZATION;
                    o->name = name;
                    o->short_form = 0;
                }
            }
            continue;
        }
        if (m->form == DZ_FORM_NAME && m->type == DZ_ENT_PERSON && t > 0 && t < a->ntokens &&
            firm_noun_before(sc, t) && !known_span(sc, m)) {
            /* "brokers James Capel", "stockbrokers Phillips and Drew": a
            ** firm, with its partner's name after "and" */
            int k = e;
            if (k + 1 < a->ntokens && is_and(sc, k) &&
                (a->tokens[k + 1].flags & DZ_TOK_CAP) && (a->tokens[k + 1].flags & DZ_TOK_WORD) &&
                !(k + 2 < a->ntokens && (a->tokens[k + 2].flags & DZ_TOK_CAP) &&
                  (a->tokens[k + 2].flags & DZ_TOK_WORD))) {
                for (j = i + 1; j < a->nmentions && a->mentions[j].start < a->tokens[k + 1].end; j++)
                    if (a->mentions[j].end > a->tokens[k + 1].end)
                        break;
                if (j == a->nmentions || a->mentions[j].start >= a->tokens[k + 1].end) {
                    for (j = i + 1; j < a->nmentions &&
                                    a->mentions[j].start < a->tokens[k + 1].end; j++)
                        a->mentions[j].type = DZ_ENT_NONE;
                    e = k + 2;
                    m->end = a->tokens[k + 1].end;
                }
            }
            if (!(name = org_span_name(sc, t, e)))
                return -1;
            m->type = DZ_ENT_ORGANIZATION;
            m->name = name;
            m->short_form = 0;
            continue;
        }
        if (m->form == DZ_FORM_NAME && !m->code && m->type == DZ_ENT_PLACE && e - t >= 2 &&
            t < a->ntokens && (tok_is(sc, e - 1, "bourse") || tok_is(sc, e - 1, "exchange") ||
                               tok_in(sc, e - 1, firm_heads, sizeof firm_heads / sizeof firm_heads[0])) &&
            (a->tokens[e - 1].flags & DZ_TOK_CAP) && !known_span(sc, m)) {
            /* "Paris Bourse": the market, not the town; "New Jersey Bell",
            ** "Georgia Power", "Midland Bank": a company named after its
            ** place */
            if (!(name = span_name(sc, t, e)))
                return -1;
            m->type = DZ_ENT_ORGANIZATION;
            m->name = name;
            continue;
        }
        if (m->form != DZ_FORM_NAME || m->code ||
            (m->type != DZ_ENT_PERSON && m->type != DZ_ENT_ORGANIZATION) ||
            t >= a->ntokens || known_span(sc, m))
            continue;
        if (m->type == DZ_ENT_PERSON && e - t == 1 && dotted_letters(a, t) >= 3) {
            /* "E.D.F.", "H.R.S.": a firm's letters, not a person's */
            if (!(name = span_name(sc, t, e)))
                return -1;
            m->type = DZ_ENT_ORGANIZATION;
            m->name = name;
            m->short_form = 0;
            continue;
        }
        if (m->type == DZ_ENT_PERSON && e - t == 2 &&
            (tok_is(sc, e - 1, "dlr") || tok_is(sc, e - 1, "dlrs"))) {
            /* "N.Z. Dlrs", "H.K. Dlr": a currency */
            if (!(name = span_name(sc, t, e)))
                return -1;
            m->type = DZ_ENT_OTHER;
            m->name = name;
            m->short_form = 0;
            continue;
        }
        if ((kind = head_kind(sc, t, e, m->type)) == DZ_ENT_NONE)
            continue;
        if (!(name = span_name(sc, t, e)))
            return -1;
        for (j = first; j < a->nmentions; j++) {
            /* its acronym and other writings ("EEP" after "Export
            ** Enhancement Program") are the same thing */
            dz_mention *o = &a->mentions[j];
            if (j != i && o->type == m->type && o->name && m->name &&
                strcmp(o->name, m->name) == 0) {
                o->type = kind;
                o->name = name;
                o->short_form = 0;
            }
        }
        m->type = kind;
        m->name = name;
        m->short_form = 0;
    }
    /* drop the partners' names a firm took in */
    drop_none_mentions(a, first);
    return 0;
}

/* Pass 7a': a country's dotted abbreviation and one common word the wire
** capitalised after it ("U.S. Officials", "U.K. Control", "U.S. Rose",
** "U.S. Treasuries"; Reuters restores capitals after "U.S.") name the
** country alone, unless the word names something itself ("U.S. Treasury",
** "U.S. Navy"), is a word of places or bodies ("Gulf", "Embassy",
** "Bank") or the whole is known. 0, or -1 on no memory. */
static int country_and_word(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), len, ai;
        const lx_alias *al;
        const lx_entity *en;
        size_t n;
        const char *w;
        if (m->form != DZ_FORM_NAME || e - t != 2 || m->type == DZ_ENT_COUNTRY ||
            m->type == DZ_ENT_PERSON || !(a->tokens[t + 1].flags & DZ_TOK_CAP) ||
            (a->tokens[t + 1].flags & DZ_TOK_ALLCAP) || !tok_common(sc, t + 1) ||
            is_legal(sc, t + 1) || (word_bits(sc, t + 1) & (W_PLACEWORD | W_ORGWORD)) ||
            known_span(sc, m))
            continue;           /* "U.S. Gulf", "U.S. Embassy": a region, a body */
        w = ftok(sc, t, &n);
        if (n < 4 || w[n - 1] != '.' || !memchr(w, '.', n - 1) ||
            (ai = longest_alias(sc, t, t + 1, 0, &len)) < 0 ||
            sc->lx->ents[sc->lx->aliases[ai].entity].type != DZ_ENT_COUNTRY ||
            longest_alias(sc, t + 1, e, 0, &len) >= 0)
            continue;
        al = &sc->lx->aliases[ai];
        en = &sc->lx->ents[dated_entity(sc, al->entity)];
        m->end = a->tokens[t].end;
        m->type = en->type;
        m->name = en->name;
        m->code = en->code;
        m->form = al->form;
        m->short_form = 0;
    }
    return 0;
}

/* Is token t a word that closes a family firm's name after "and", "&",
** "und" or "et" ("Sons", "Brothers", "Associates", "Partners", "Cie",
** "Co")? Capitalised only. */
static int family_word(const scan *sc, int t)
{
    static const char *const w[] = {
        "son", "sons", "brothers", "associates", "partners", "cie", "co", "company"
    };
    return (sc->a->tokens[t].flags & DZ_TOK_CAP) && tok_in(sc, t, w, sizeof w / sizeof w[0]);
}

/* Is token t a word that joins a founder's name to a family word: "and",
** "&", German "und", French "et"? */
static int firm_joiner(const scan *sc, int t)
{
    return tok_is(sc, t, "and") || tok_is(sc, t, "&") || tok_is(sc, t, "und") ||
           tok_is(sc, t, "et");
}

/* Is token t a capitalised word that can be part of a founder's name
** (not a stop word, not a number; "E.Gutzwiller", "Seagram")? */
static int founder_word(const scan *sc, int t)
{
    const dz_token *tk = &sc->a->tokens[t];
    return (tk->flags & DZ_TOK_WORD) && (tk->flags & DZ_TOK_CAP) && !has_digit(sc->a, t) &&
           !(word_bits(sc, t) & W_STOP) && !is_possessive(sc, t);
}

/* Family firms cut at their joiner: a name, "and" / "&" / "und" / "et"
** and a family word (family_word) with its legal forms are one company,
** when no mention spans the joiner yet: "E.Gutzwiller und Cie",
** "Lazard Freres et Cie", "Joseph E. Seagram and Son's", "Sanford Cohen
** and Associates". The name before the joiner is the mention ending
** there (not a country, nor a company with its own legal form: "Texaco
** Inc and Co-Steel"), or else up to three capitalised words. The mentions
** taken in become DZ_ENT_NONE; a new one is pushed when none was there
** (sort after). 0, or -1 on no memory. */
static int family_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int si;
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        int send = s->tok_first + s->tok_count, t;
        for (t = s->tok_first + 2; t < send; t++) {
            int st = t - 2, e = t + 1, i, keep = -1, n = a->nmentions;
            int32_t bs, be;
            const char *name;
            if (!family_word(sc, t) || !firm_joiner(sc, t - 1) || !founder_word(sc, t - 2) ||
                (t + 1 < send && founder_word(sc, t + 1) && !is_legal(sc, t + 1)))
                continue;       /* not "Credit Lyonnais and Cie Financiere de
                                   Paribas": a name begins there */
            bs = a->tokens[t - 2].start;
            for (i = first; i < n; i++) {
                const dz_mention *m = &a->mentions[i];
                if (m->type == DZ_ENT_NONE || m->end <= bs || m->start > a->tokens[t - 2].end)
                    continue;
                if (m->end > a->tokens[t - 2].end)
                    break;      /* one name over the joiner already */
                if (m->type == DZ_ENT_COUNTRY || m->form != DZ_FORM_NAME ||
                    is_legal(sc, tok_from(a, m->end) - 1))
                    break;      /* "Texaco Inc and Co-Steel": two */
                keep = i;
                st = tok_from(a, m->start);
            }
            if (i < n)
                continue;
            if (keep < 0) {
                while (st - 1 >= s->tok_first && st > t - 4 && founder_word(sc, st - 1))
                    st--;
                while (st < t - 2 && (a->tokens[st].flags & DZ_TOK_SENT_START) &&
                       tok_common(sc, st))
                    st++;
                if (tok_common(sc, t - 2) && st == t - 2)
                    continue;   /* "Treasury and Co": no founder */
            }
            while (e < send && is_legal(sc, e))
                e++;
            bs = a->tokens[st].start;
            be = a->tokens[e - 1].end;
            if (!(name = org_span_name(sc, st, e)))
                return -1;
            for (i = first; i < n; i++) {
                dz_mention *m = &a->mentions[i];
                if (m->type == DZ_ENT_NONE || m->end <= bs || m->start >= be)
                    continue;
                if (keep < 0)
                    keep = i;
                else if (i != keep)
                    m->type = DZ_ENT_NONE;
            }
            if (keep < 0) {
                if (push_mention(a, si, bs, be, DZ_ENT_ORGANIZATION, name, NULL,
                                 DZ_FORM_NAME, 0) != 0)
                    return -1;
            } else {
                dz_mention *m = &a->mentions[keep];
                m->start = bs;
                m->end = be;
                rename_mention(m, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
            }
            t = e - 1;
        }
    }
    sort_mentions(a, first);
    return 0;
}

/* A party's members named in the plural stand for the party: "the
** Conservatives" is the Conservative Party, Italy's "Liberals" the Liberal
** Party, when the lexicon's canonical name is the word without its "s"
** and "Party" (an adjective's form: CoNLL tags "Democrats" MISC). Mentions
** of one capitalised word the lexicon does not know. 0, or -1 on no
** memory. */
static int party_plurals(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start);
        size_t n = (size_t)(m->end - m->start);
        const char *p = a->text + m->start, *known;
        dz_entity_type ty = DZ_ENT_NONE;
        char b[48];
        if (m->type == DZ_ENT_NONE || m->type == DZ_ENT_COUNTRY || m->form != DZ_FORM_NAME ||
            n < 5 || n > 32 || p[n - 1] != 's' || p[n - 2] == 's' || p[n - 2] == '\'' ||
            t + 1 != tok_from(a, m->end) || (a->tokens[t].flags & DZ_TOK_ALLCAP) ||
            known_span(sc, m))
            continue;
        memcpy(b, p, n - 1);
        memcpy(b + n - 1, " Party", 7);
        known = lexicon_lookup(sc->lx, b, &ty);
        if (!known || ty != DZ_ENT_ORGANIZATION || strcmp(known, b) != 0)
            continue;
        rename_mention(m, DZ_ENT_ORGANIZATION, known, DZ_FORM_ADJ);
    }
    return 0;
}

/* Is b (nb bytes) a one-letter misspelling of a (na bytes): a letter
** left out, doubled or added, changed, or two next letters swapped? Not
** a plural's "s" added or dropped ("Treasurys" of "Treasury", "Clinton"
** of "the Clintons"), nor case only. */
static int misspelt(const char *a, size_t na, const char *b, size_t nb)
{
    size_t i = 0, j;
    if (na == nb) {
        int d[2], nd = 0, fold = 1;
        for (j = 0; j < na; j++)
            if (a[j] != b[j]) {
                if (nd == 2)
                    return 0;
                d[nd++] = (int)j;
                fold &= (a[j] | 0x20) == (b[j] | 0x20);
            }
        if (nd == 0 || fold)
            return 0;
        return nd == 1 || (d[1] == d[0] + 1 && a[d[0]] == b[d[1]] && a[d[1]] == b[d[0]]);
    }
    if ((nb == na + 1 && b[nb - 1] == 's' && memcmp(a, b, na) == 0) ||
        (na == nb + 1 && a[na - 1] == 's' && memcmp(a, b, nb) == 0))
        return 0;               /* a plural: "Clintons", "Treasurys" */
    if (na > nb) {
        const char *x = a;
        size_t nx = na;
        a = b, na = nb, b = x, nb = nx;
    }
    if (nb != na + 1)
        return 0;
    while (i < na && a[i] == b[i])
        i++;
    return memcmp(a + i, b + i + 1, na - i) == 0;
}

/* A lone word read as a person that is a one-letter misspelling
** (misspelt) of the first word of a company, a place or a country named
** in the same article is that one ("Sclumberger" of "Schlumberger", "Tood" of
** "Todd Shipyards", "Venezula"), unless it is a given name, a common
** word, part of a person's full name in the article or has a person's
** cue (a title, "he" after it). Mentions from first. */
static void misspelt_names(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start);
        size_t n = (size_t)(m->end - m->start);
        const char *p = a->text + m->start;
        if (m->type != DZ_ENT_PERSON || m->form != DZ_FORM_NAME || n < 4 ||
            t + 1 != tok_from(a, m->end) || strlen(m->name) != n ||
            memcmp(m->name, p, n) != 0 ||
            (word_bits(sc, t) & (W_GIVEN | W_SURNAME_CN)) || tok_common(sc, t) ||
            person_cue(sc, m->sentence, t) || in_person_name(a, first, p, n))
            continue;
        for (j = first; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            const char *q = a->text + o->start;
            size_t k = 0, no = (size_t)(o->end - o->start);
            if (o->type != DZ_ENT_ORGANIZATION && o->type != DZ_ENT_PLACE &&
                o->type != DZ_ENT_COUNTRY)
                continue;
            while (k < no && q[k] != ' ' && q[k] != ',')
                k++;
            if (misspelt(q, k, p, n)) {
                m->type = o->type;
                m->name = o->name;
                m->code = o->code;
                m->form = o->form;
                break;
            }
        }
    }
}

/* Is mention o's organisation named in its article outside the list
** that ends at mention last: the maker ("Chrysler Corp's Omni and Horizon
** cars ... The Chrysler cars")? */
static int maker_named(const scan *sc, int first, const dz_mention *o, int last)
{
    const dz_analysis *a = sc->a;
    int k;
    if (o->type != DZ_ENT_ORGANIZATION || !o->name)
        return 0;
    for (k = first; k < a->nmentions; k++) {
        const dz_mention *x = &a->mentions[k];
        if ((x->start < o->start || k > last) && x->type == DZ_ENT_ORGANIZATION && x->name &&
            strcmp(x->name, o->name) == 0)
            return 1;
    }
    return 0;
}

/* Names listed before a product's noun are products, not their makers:
** "the Oldsmobile Ciera and Pontiac 6000 models", "Taurus and Sable
** cars", "Doublemint and Big Red brands". A list (mentions joined by
** commas, "and", "or") right before a plural noun of products; a
** member the lexicon knows keeps its type ("Ford and GM cars": makers),
** and so does one named as a company elsewhere in the article
** (maker_named).
** Mentions in text order. */
static int product_lists(scan *sc, int first)
{
    static const char *const nouns[] = {
        "models", "cars", "brands", "trucks", "vehicles", "cigarettes", "beers"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int e = tok_from(a, m->end), send;
        if (m->type == DZ_ENT_NONE || e >= a->ntokens)
            continue;
        send = a->sentences[m->sentence].tok_first + a->sentences[m->sentence].tok_count;
        if (e + 1 < send && (a->tokens[e].flags & DZ_TOK_NUMBER) &&
            !(i + 1 < a->nmentions && a->mentions[i + 1].start < a->tokens[e].end))
            e++;                /* "Pontiac 6000 models" */
        if (e >= send || (a->tokens[e].flags & DZ_TOK_CAP) ||
            !tok_in(sc, e, nouns, sizeof nouns / sizeof nouns[0]))
            continue;
        if (e > tok_from(a, m->end) && m->type != DZ_ENT_COUNTRY && m->form == DZ_FORM_NAME &&
            m->type != DZ_ENT_OTHER && !known_span(sc, m) && !maker_named(sc, first, m, i))
            m->end = a->tokens[e - 1].end;
        for (j = i; j > first && listed(sc, &a->mentions[j - 1], &a->mentions[j]); j--)
            ;
        for (; j <= i; j++) {
            dz_mention *o = &a->mentions[j];
            if (o->type != DZ_ENT_COUNTRY && o->type != DZ_ENT_OTHER &&
                o->form == DZ_FORM_NAME && !known_span(sc, o) && !maker_named(sc, first, o, i)) {
                const char *name = span_name(sc, tok_from(a, o->start), tok_from(a, o->end));
                if (!name)
                    return -1;
                rename_mention(o, DZ_ENT_OTHER, name, -1);
            }
        }
    }
    return 0;
}

/* A company's unit named after its parent's possessive is two names:
** "Boeing Aerospace Co's Information Systems Division" is Boeing
** Aerospace Co and its Information Systems Division, "Unocal Corp's Union
** Oil Co" Unocal and Union Oil. The possessive must follow a legal form.
** Pushes the units' mentions (sort after). 0, or -1 on no memory. */
static int parent_units(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, n = a->nmentions;
    for (i = first; i < n; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), k;
        const char *pname, *uname;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME)
            continue;
        for (k = t + 1; k + 2 < e; k++)
            if (is_legal(sc, k) && is_possessive(sc, k + 1) &&
                (a->tokens[k + 2].flags & DZ_TOK_CAP))
                break;
        if (k + 2 >= e)
            continue;
        if (!(pname = org_span_name(sc, t, k + 1)) || !(uname = org_span_name(sc, k + 2, e)) ||
            push_mention(a, m->sentence, a->tokens[k + 2].start, m->end,
                         DZ_ENT_ORGANIZATION, uname, NULL, DZ_FORM_NAME, 0) != 0)
            return -1;
        m = &a->mentions[i];    /* the push may move them */
        m->end = a->tokens[k].end;
        m->name = pname;
        m->code = NULL;
        m->short_form = 0;
    }
    sort_mentions(a, first);
    return 0;
}

/* The place a firm is based in, named by "X-based" as by an adjective
** (the mention spans the word with "-based"): "Minneapolis-based" is
** Minneapolis (the tagger took the word whole), "London-based" the town
** London, not the United Kingdom the capital stands for, "New
** York-based" New York (the lexicon's name over the words before the
** hyphen), "New Jersey-based" not the island of Jersey. Names the lexicon
** knows as a place or a country are named by it; "U.S.-based" stays as
** it was. 0, or -1 on no memory. */
static int based_places(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start, *known;
        size_t n = (size_t)(m->end - m->start);
        int t = tok_from(a, m->start), k, whole = 0;
        dz_entity_type ty = DZ_ENT_NONE;
        char *s;
        if (m->type == DZ_ENT_NONE || m->form == DZ_FORM_ADJ || m->form == DZ_FORM_CODE)
            continue;
        if (n > 7 && memcmp(p + n - 6, "-based", 6) == 0 &&
            p[0] >= 'A' && p[0] <= 'Z' && !memchr(p, '-', n - 6)) {
            n -= 6;             /* "Minneapolis-based": its place */
            m->end -= 6;
            whole = 1;
        } else if (!((size_t)m->end + 6 <= a->len && memcmp(p + n, "-based", 6) == 0) ||
                   (m->form == DZ_FORM_NAME && m->type != DZ_ENT_PLACE &&
                    m->type != DZ_ENT_COUNTRY)) {
            continue;
        }
        /* the capitalised words before it in the same token run: "New"
        ** York-based */
        for (k = t; k > a->sentences[m->sentence].tok_first && t - k < 2 &&
                    (a->tokens[k - 1].flags & DZ_TOK_WORD) &&
                    (a->tokens[k - 1].flags & DZ_TOK_CAP) && !tok_is(sc, k - 1, "the") &&
                    !(i > first && a->mentions[i - 1].end > a->tokens[k - 1].start);
             k--)
            ;
        for (; k <= t; k++) {
            size_t len = (size_t)(m->end - a->tokens[k].start);
            if (!(s = dz_arena_strndup(&a->arena, a->text + a->tokens[k].start, len)))
                return -1;
            known = lexicon_lookup(sc->lx, s, &ty);
            if (known && (ty == DZ_ENT_PLACE || (ty == DZ_ENT_COUNTRY && k < t))) {
                m->start = a->tokens[k].start;
                m->name = known;
                break;
            }
            if (k == t && ((!whole && m->form == DZ_FORM_NAME) ||
                           (whole && (n < 2 || (p[1] >= 'A' && p[1] <= 'Z') ||
                                      (p[n - 2] == 'a' && p[n - 1] == 'n')))))
                k = t + 2;      /* "U.S.-based", "Houston-based": as named;
                                   "PC-based", "Bavarian-based": no place */
            else if (k == t)
                m->name = s;    /* "London": the town, by its name */
        }
        if (k > t + 1) {
            if (whole)
                m->end += 6;
            continue;
        }
        m->type = ty == DZ_ENT_COUNTRY && k < t ? ty : DZ_ENT_PLACE;
        /* the word with "-based" is the place's adjective (CoNLL's MISC,
        ** as "German" is Germany's) */
        m->end += 6;
        m->form = DZ_FORM_ADJ;
        m->code = NULL;
        m->short_form = 0;
    }
    return 0;
}

/* A name joined by a hyphen to a participle ("IMF-sponsored", "OPEC-led",
** "LDP-dominated", "Democratic-controlled") names the body or state before
** the hyphen: the tagger took the word whole as a name of its own. Like
** "London-based" (based_places), the word stays whole, as the adjective
** of the entity the lexicon knows by the words before the hyphen (CoNLL's
** MISC). Words before a hyphen the lexicon does not know are left as they
** are. 0, or -1 on no memory. */
static int hyphen_participles(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start, *h, *known, *q;
        size_t n = (size_t)(m->end - m->start), pre, suf;
        dz_entity_type ty = DZ_ENT_NONE;
        int lower = 1;
        char *s;
        if (m->type == DZ_ENT_NONE || m->form != DZ_FORM_NAME || n < 6 ||
            !(h = memchr(p, '-', n)) || memchr(h + 1, '-', (size_t)(p + n - h - 1)))
            continue;
        pre = (size_t)(h - p);
        suf = n - pre - 1;
        for (q = h + 1; q < p + n; q++)
            lower &= *q >= 'a' && *q <= 'z';
        if (!lower || pre < 2 || suf < 3 || !(p[0] >= 'A' && p[0] <= 'Z') ||
            !((p[n - 2] == 'e' && p[n - 1] == 'd') ||
              (suf == 3 && (memcmp(h + 1, "run", 3) == 0)) ||
              (suf == 4 && memcmp(h + 1, "made", 4) == 0) ||
              (suf == 5 && memcmp(h + 1, "built", 5) == 0)))
            continue;
        if (!(s = dz_arena_strndup(&a->arena, p, pre)))
            return -1;
        if (!(known = lexicon_lookup(sc->lx, s, &ty)) || ty == DZ_ENT_NONE ||
            ty == DZ_ENT_OTHER)
            continue;
        m->name = known;
        m->type = ty;
        m->form = DZ_FORM_ADJ;
        m->code = NULL;
        m->short_form = 0;
    }
    return 0;
}

/* Is the word of n bytes at p a capitalised word joined by a hyphen to a
** participle ("Montreal-based", "Privately-held", "State-owned",
** "Family-run"): 1, else 0. Not a name of its own with a lower-case part
** ("Co-operative", "Euro-clear", "Pei-yuan"). */
static int lead_participle(const char *p, size_t n)
{
    const char *h = memchr(p, '-', n), *q;
    size_t suf;
    if (!h || h == p || !(p[0] >= 'A' && p[0] <= 'Z') ||
        memchr(h + 1, '-', (size_t)(p + n - h - 1)))
        return 0;
    suf = (size_t)(p + n - h - 1);
    for (q = h + 1; q < p + n; q++)
        if (!(*q >= 'a' && *q <= 'z'))
            return 0;
    return suf >= 3 && ((p[n - 2] == 'e' && p[n - 1] == 'd') ||
                        (suf == 3 && memcmp(h + 1, "run", 3) == 0) ||
                        (suf == 4 && (memcmp(h + 1, "held", 4) == 0 ||
                                      memcmp(h + 1, "made", 4) == 0 ||
                                      memcmp(h + 1, "born", 4) == 0)) ||
                        (suf == 5 && memcmp(h + 1, "built", 5) == 0));
}

/* A name that opens with a word joined by a hyphen to a participle and
** goes on in capitalised words ("Montreal-based Noverco Inc said",
** "Privately-held Clayton and Dubilier Inc"; mostly at a sentence's
** start, where the tagger cannot tell the capital of the sentence from a
** name's) is the name after it: the mention loses that word. "X-based"
** becomes a mention of its own, which based_places makes the place's
** adjective; the other words ("Privately-held", "State-owned") name
** nothing. Mentions in text order after. 0, or -1 on no memory. */
static int lead_participle_names(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, n = a->nmentions, pushed = 0;
    for (i = first; i < n; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e;
        const dz_token *w;
        size_t len;
        const char *sp;
        /* the bytes first: a hyphen in the first word */
        if (m->type == DZ_ENT_NONE || m->form != DZ_FORM_NAME ||
            !(sp = memchr(a->text + m->start, ' ', (size_t)(m->end - m->start))) ||
            !memchr(a->text + m->start, '-', (size_t)(sp - (a->text + m->start))))
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e > a->ntokens || e < t + 2 || a->tokens[t].start != m->start)
            continue;
        w = &a->tokens[t];
        len = (size_t)(w->end - w->start);
        if (!lead_participle(a->text + w->start, len) ||
            !(a->tokens[t + 1].flags & DZ_TOK_WORD) || !(a->tokens[t + 1].flags & DZ_TOK_CAP))
            continue;
        if (respan_mention(sc, m, t + 1, e,
                           m->type == DZ_ENT_ORGANIZATION ? DZ_ENT_ORGANIZATION
                                                          : (int)m->type) != 0)
            return -1;
        if (len > 6 && memcmp(a->text + w->end - 6, "-based", 6) == 0) {
            const char *s = dz_arena_strndup(&a->arena, a->text + w->start, len - 6);
            if (!s || push_mention(a, m->sentence, w->start, w->end, DZ_ENT_PLACE, s, NULL,
                                   DZ_FORM_NAME, 0) != 0)
                return -1;
            pushed = 1;
        }
    }
    if (pushed)
        sort_mentions(a, first);
    return 0;
}

/* A country or a town just before "round" names a round of trade talks
** held there ("the Uruguay round of talks", "the Tokyo round of
** multilateral trade negotiations"): the mention takes the word and is
** the round (CoNLL's MISC), named with its capital, "Uruguay Round", as
** the wire writes it too, when the sentence speaks of trade or talks.
** Not a "round trip". 0, or -1 on no memory. */
static int trade_rounds(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int e, end;
        size_t n = (size_t)(m->end - m->start);
        char *name;
        if ((m->type != DZ_ENT_COUNTRY && m->type != DZ_ENT_PLACE) ||
            m->form == DZ_FORM_ADJ || m->sentence < 0 || (size_t)m->end + 6 > a->len ||
            (a->text[m->end + 1] | 32) != 'r')
            continue;
        e = tok_from(a, m->end);
        if (e >= a->ntokens)
            continue;
        end = a->sentences[m->sentence].tok_first + a->sentences[m->sentence].tok_count;
        if (e >= end || !tok_is(sc, e, "round") || (e + 1 < end && tok_is(sc, e + 1, "trip")))
            continue;
        {
            /* trade talked of in the sentence: not a round of a fight
            ** or a game ("the north Lebanon round") */
            static const char *const trade[] = {
                "trade", "trading", "talks", "negotiations", "gatt", "tariffs"
            };
            int k;
            for (k = a->sentences[m->sentence].tok_first; k < end; k++)
                if (tok_in(sc, k, trade, sizeof trade / sizeof trade[0]))
                    break;
            if (k == end)
                continue;
        }
        if (!(name = dz_arena_alloc(&a->arena, n + 7)))
            return -1;
        memcpy(name, a->text + m->start, n);
        memcpy(name + n, " Round", 7);
        m->end = a->tokens[e].end;
        rename_mention(m, DZ_ENT_OTHER, name, DZ_FORM_NAME);
    }
    return 0;
}

/* A name the tagger read as a person just before a word only a company
** has, with no "'s" between ("Taft stock rose", "417,100 Jacobs common
** shares", "Kaiser Cement shareholders", "its Fluor Daniel unit",
** "Heineken board member") is a company: a person owns stock but is not
** followed by it. A possessive ("Goldsmith's stock", "Seizer's board
** nominees") proves nothing, nor do spokesmen and officials ("Chirac
** spokesman"). A lone word that opens one company's name in the article
** is that company ("Taft" of "Taft Broadcasting Co"); else the company
** is named by its words. 0, or -1 on no memory. */
static int person_firm_nouns(scan *sc, int first)
{
    static const char *const nouns[] = {
        "stock", "shares", "common", "stockholders", "shareholders", "unit",
        "units", "subsidiary", "subsidiaries", "board"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), end;
        const char *name = NULL;
        if (m->type != DZ_ENT_PERSON || m->form != DZ_FORM_NAME || m->sentence < 0 ||
            e >= a->ntokens)
            continue;
        end = a->sentences[m->sentence].tok_first + a->sentences[m->sentence].tok_count;
        if (e >= end || a->tokens[e].start != m->end + 1 ||
            (a->tokens[e].flags & DZ_TOK_CAP) ||
            !tok_in(sc, e, nouns, sizeof nouns / sizeof nouns[0]))
            continue;
        for (j = first; j < a->nmentions && e == t + 1; j++) {
            const dz_mention *o = &a->mentions[j];
            int oa = tok_from(a, o->start);
            if (o->type == DZ_ENT_ORGANIZATION && o->form == DZ_FORM_NAME &&
                tok_from(a, o->end) > oa + 1 &&
                a->tokens[oa].end - a->tokens[oa].start == m->end - m->start &&
                memcmp(a->text + a->tokens[oa].start, a->text + m->start,
                       (size_t)(m->end - m->start)) == 0) {
                if (name && strcmp(name, o->name) != 0) {
                    name = NULL;        /* two companies: by its words */
                    break;
                }
                name = o->name;
            }
        }
        if (!name && !(name = org_span_name(sc, t, e)))
            return -1;
        rename_mention(m, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
    }
    return 0;
}

/* A lone word in the plural of a body the lexicon knows in the singular
** names the things that body issues or makes, not the body ("Treasuries"
** are the Treasury's bonds, "U.S. Treasuries" too): a thing of its own
** (CoNLL's MISC), named by its word. A word the lexicon knows as it is
** keeps its reading. 0, or -1 on no memory. */
static int body_plurals(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    char buf[64];
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t;
        const dz_token *w;
        size_t n;
        dz_entity_type ty = DZ_ENT_NONE;
        char *s;
        if (m->type == DZ_ENT_NONE || m->type == DZ_ENT_PERSON || m->form != DZ_FORM_NAME ||
            m->end < 5 || a->text[m->end - 1] != 's')
            continue;
        t = tok_from(a, m->end) - 1;
        if (t < 0 || t >= a->ntokens)
            continue;
        w = &a->tokens[t];
        n = (size_t)(w->end - w->start);
        if (n < 5 || n >= sizeof buf || a->text[w->end - 1] != 's' ||
            (w->flags & DZ_TOK_ALLCAP) || !(w->flags & DZ_TOK_CAP) ||
            !(w->start == m->start || (t > 0 && a->tokens[t - 1].start == m->start &&
                                       a->tokens[t - 1].end - a->tokens[t - 1].start == 4 &&
                                       memcmp(a->text + m->start, "U.S.", 4) == 0)))
            continue;
        if (!(s = dz_arena_strndup(&a->arena, a->text + w->start, n)))
            return -1;
        if (lexicon_lookup(sc->lx, s, &ty))
            continue;
        memcpy(buf, s, n);
        if (n > 3 && memcmp(buf + n - 3, "ies", 3) == 0) {
            buf[n - 3] = 'y';
            buf[n - 2] = 0;
        } else {
            buf[n - 1] = 0;
        }
        if (!lexicon_lookup(sc->lx, buf, &ty) || ty != DZ_ENT_ORGANIZATION)
            continue;
        rename_mention(m, DZ_ENT_OTHER, s, DZ_FORM_NAME);
    }
    return 0;
}

/* A lone surname the article writes as an inner word of one person's
** full name is that person: Spanish and Portuguese names put the family
** name used alone before the mother's or a particle ("Chacin" after
** "Juan Chacin Guzman", "Teixeira" after "Anibal Teixeira de Souza"),
** where the surname index of the store, by last words, finds no one. Not
** when another person of the article ends with the word, nor a word of
** two persons' names. */
static void inner_surnames(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t n = (size_t)(m->end - m->start);
        const char *who = NULL;
        int clash = 0;
        if (m->type != DZ_ENT_PERSON || !m->short_form || n < 3 ||
            memchr(a->text + m->start, ' ', n))
            continue;
        for (j = first; j < a->nmentions && !clash; j++) {
            const dz_mention *o = &a->mentions[j];
            const char *p, *q, *sp1, *end;
            size_t on;
            if (o->type != DZ_ENT_PERSON || o->short_form || j == i)
                continue;
            on = strlen(o->name);
            end = o->name + on;
            /* its last word: the store's index finds it */
            for (q = end; q > o->name && q[-1] != ' '; q--)
                ;
            if ((size_t)(end - q) == n && memcmp(q, a->text + m->start, n) == 0) {
                clash = 1;
                break;
            }
            if (!(sp1 = memchr(o->name, ' ', on)) || sp1 + 1 >= q)
                continue;
            /* its inner words, after the first and before the last */
            for (p = sp1 + 1; p < q; ) {
                const char *w = p;
                while (p < q && *p != ' ')
                    p++;
                if ((size_t)(p - w) == n && memcmp(w, a->text + m->start, n) == 0) {
                    if (who && strcmp(who, o->name) != 0)
                        clash = 1;
                    who = o->name;
                }
                p++;
            }
        }
        if (!who || clash)
            continue;
        m->name = who;
        m->short_form = 0;
    }
}

/* A country's short name before the wire's "Dlrs" ("1.32 billion N.Z.
** Dlrs", "200 mln H.K. Dlrs") names the country whose currency it is, as
** "U.S." does in "U.S. Dlrs": the mention loses the word, and is the
** country the lexicon knows by the rest; a rest it does not know, or
** "Dlrs" alone, names nothing. 0, or -1 on no memory. */
static int currency_words(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e;
        const dz_token *w;
        size_t n;
        const char *known;
        dz_entity_type ty = DZ_ENT_NONE;
        char *s;
        /* the bytes first: "Dlr" or "Dlrs" at its end */
        if (m->end - m->start < 3 ||
            !(memcmp(a->text + m->end - 3, "Dlr", 3) == 0 ||
              (m->end - m->start >= 4 && memcmp(a->text + m->end - 4, "Dlrs", 4) == 0)))
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (m->type == DZ_ENT_NONE || m->form != DZ_FORM_NAME || e > a->ntokens || e < t + 1)
            continue;
        w = &a->tokens[e - 1];
        n = (size_t)(w->end - w->start);
        if (!((n == 4 && memcmp(a->text + w->start, "Dlrs", 4) == 0) ||
              (n == 3 && memcmp(a->text + w->start, "Dlr", 3) == 0)))
            continue;
        if (e == t + 1) {       /* "Dlrs" alone */
            m->type = DZ_ENT_NONE;
            cut = 1;
            continue;
        }
        if (!(s = dz_arena_strndup(&a->arena, a->text + m->start,
                                   (size_t)(a->tokens[e - 2].end - m->start))))
            return -1;
        known = lexicon_lookup(sc->lx, s, &ty);
        if (!known || (ty != DZ_ENT_COUNTRY && ty != DZ_ENT_PLACE)) {
            m->type = DZ_ENT_NONE;
            cut = 1;
            continue;
        }
        m->end = a->tokens[e - 2].end;
        rename_mention(m, ty, known, DZ_FORM_NAME);
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

/* A name just before "analyst", "economist" or "strategist" and a
** person's name is the firm they work for, not a person: "Dean Witter
** analyst Karen Gibbs", "E.F. Hutton analyst Terence Quinn" (a person's
** aide is "Chirac spokesman ...": spokesmen are left out). Its other
** uses in the article read as a person go with it. 0, or -1 on no memory. */
static int employer_firms(scan *sc, int first)
{
    static const char *const jobs[] = {
        "analyst", "analysts", "economist", "economists", "strategist", "strategists"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end);
        size_t len = (size_t)(m->end - m->start);
        const char *name;
        if (m->type != DZ_ENT_PERSON || m->form != DZ_FORM_NAME || e + 1 >= a->ntokens ||
            (a->tokens[e].flags & DZ_TOK_CAP) ||
            !tok_in(sc, e, jobs, sizeof jobs / sizeof jobs[0]) ||
            !(a->tokens[e + 1].flags & DZ_TOK_CAP) || !(a->tokens[e + 1].flags & DZ_TOK_WORD) ||
            known_span(sc, m))
            continue;
        if (!(name = org_span_name(sc, t, e)))
            return -1;
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (o->type == DZ_ENT_PERSON && (size_t)(o->end - o->start) == len &&
                memcmp(a->text + o->start, a->text + m->start, len) == 0) {
                rename_mention(o, DZ_ENT_ORGANIZATION, name, -1);
            }
        }
    }
    return 0;
}

/* Give mention m the span of tokens a..b-1 as an organisation (type
** DZ_ENT_ORGANIZATION) or another thing, named by its own text as
** add_span names it. 0, or -1 on no memory. */
static int respan_mention(scan *sc, dz_mention *m, int a, int b, int type)
{
    const char *name = type == DZ_ENT_ORGANIZATION ? org_name(sc, a, b) : NULL;
    if (!name)
        name = type == DZ_ENT_ORGANIZATION ? org_text_name(sc, a, b) : span_name(sc, a, b);
    if (!name)
        return -1;
    m->start = sc->a->tokens[a].start;
    m->end = sc->a->tokens[b - 1].end;
    rename_mention(m, type, name, DZ_FORM_NAME);
    return 0;
}

/* A Scandinavian legal form written with a slash after a company
** ("Citibank A/S <CCI.N>", "Norsk Hydro A/S", "Bergesen d.y. A/S" aside)
** ends its name, as "Inc" does: the mention takes it, keeping its name
** without the form, so that a ticker after it is the company's. No
** mention of its own may hold the form's letters. */
static void slash_forms(scan *sc, int first)
{
    static const char *const forms[] = { "A/S", "I/S", "K/S", "A/B" };
    dz_analysis *a = sc->a;
    int i, j, cut = 0;
    size_t f;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->end;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME ||
            (size_t)m->end + 4 > a->len || p[0] != ' ')
            continue;
        for (f = 0; f < 4; f++)
            if (memcmp(p + 1, forms[f], 3) == 0)
                break;
        if (f == 4 || ((size_t)m->end + 4 < a->len &&
                       ((p[4] >= 'A' && p[4] <= 'Z') || (p[4] >= 'a' && p[4] <= 'z') ||
                        (p[4] >= '0' && p[4] <= '9'))))
            continue;
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (j != i && o->type != DZ_ENT_NONE && o->start >= m->end + 1 &&
                o->start < m->end + 4) {
                o->type = DZ_ENT_NONE;  /* "S" read alone */
                cut = 1;
            }
        }
        m->end += 4;
    }
    if (cut)
        drop_none_mentions(a, first);
}

/* Is there a ticker in angle brackets at byte i: "<", two to eight
** capitals, then ">", "." or a space ("<TCSF.PA>", "<SMBS ST>")? */
static int ticker_at(const dz_analysis *a, size_t i)
{
    size_t k;
    if (i >= a->len || a->text[i] != '<')
        return 0;
    for (k = i + 1; k < a->len && a->text[k] >= 'A' && a->text[k] <= 'Z'; k++)
        ;
    return k - i - 1 >= 2 && k - i - 1 <= 8 && k < a->len &&
           (a->text[k] == '>' || a->text[k] == '.' || a->text[k] == ' ');
}

/* Capitalised words no mention holds just before a ticker ("Thomson-CSF
** <TCSF.PA>", "Ashton-Tate <TATE>", "Supermarkets General <SGL>"; the
** tagger and the gazetteer left them out) are the company listed under
** it: a mention of their own, up to four words back, not words in
** capitals, a title, nor a sentence's first word, a common word, a letter
** or a participle alone. Mentions in text order after. 0, or -1 on no
** memory. */
static int listed_words(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int si, t, j, pushed = 0;
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        int end = s->tok_first + s->tok_count;
        for (t = s->tok_first + 1; t < end; t++) {
            int b = t, held = 0;
            const char *name;
            if (!ticker_at(a, (size_t)a->tokens[t].start) ||
                a->tokens[t].start != a->tokens[t - 1].end + 1)
                continue;
            while (b > s->tok_first && t - b < 4 && (a->tokens[b - 1].flags & DZ_TOK_WORD) &&
                   (a->tokens[b - 1].flags & DZ_TOK_CAP) &&
                   !(a->tokens[b - 1].flags & DZ_TOK_ALLCAP) &&
                   sc->mark[b - 1] != MARK_TITLE && !tok_is(sc, b - 1, "the"))
                b--;
            /* not a lone common word, letter or participle: "its U.S.
            ** Subsidiary <...>", "class E <GME>", "State-owned <BAA PLC>" */
            if (b == t || (b == s->tok_first && t - b == 1) ||
                (t - b == 1 && (tok_common(sc, b) || a->tokens[b].end - a->tokens[b].start < 3 ||
                                lead_participle(a->text + a->tokens[b].start,
                                                (size_t)(a->tokens[b].end - a->tokens[b].start)))))
                continue;
            for (j = first; j < a->nmentions && !held; j++)
                held = a->mentions[j].type != DZ_ENT_NONE &&
                       a->mentions[j].end > a->tokens[b].start &&
                       a->mentions[j].start < a->tokens[t - 1].end;
            if (held)
                continue;
            if (!(name = org_span_name(sc, b, t)) ||
                push_mention(a, si, a->tokens[b].start, a->tokens[t - 1].end,
                             DZ_ENT_ORGANIZATION, name, NULL, DZ_FORM_NAME, 0) != 0)
                return -1;
            pushed = 1;
        }
    }
    if (pushed)
        sort_mentions(a, first);
    return 0;
}

/* A name read as a place, a person or a thing just before a ticker in
** angle brackets ("Atlantic Richfield <ARC>", "Toshiba <TSBA.T>", "H.J.
** Heinz <HNZ.N>", "McDonnell Douglas <MD>") is the company listed under
** it; pass_unify then names the ticker by it. Not a country, nor a place
** after "of", which ends a company's name ("Public Service Co of New
** Hampshire <PNH>", "Alitalia of Italy <AERI.MI>"). 0, or -1 on no
** memory. */
static int listed_names(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->end;
        int t = tok_from(a, m->start), e = tok_from(a, m->end), k;
        const char *name;
        if ((m->type != DZ_ENT_PLACE && m->type != DZ_ENT_PERSON && m->type != DZ_ENT_OTHER) ||
            m->form != DZ_FORM_NAME || (size_t)m->end + 4 > a->len || p[0] != ' ' ||
            p[1] != '<' || (m->start > 0 && a->text[m->start - 1] == '<') ||
            (t > 0 && tok_is(sc, t - 1, "of")) || e > a->ntokens || e <= t)
            continue;
        for (k = 2; (size_t)m->end + k < a->len && p[k] >= 'A' && p[k] <= 'Z'; k++)
            ;
        if (k < 3 || k > 10 || (size_t)m->end + k >= a->len ||
            (p[k] != '.' && p[k] != '>' && p[k] != ' '))
            continue;
        if (!(name = org_span_name(sc, t, e)))
            return -1;
        rename_mention(m, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
    }
    return listed_words(sc, first);
}

/* A capitalised "First" just before a name is the first word of a bank's
** or a firm's name ("lead manager First Boston Corp", "said First
** Chicago's Johnson", "First Wisconsin said"), which the tagger and the
** gazetteer leave out as an ordinal; a name that is something else keeps
** its kind ("the First World War"). Not in a title-case headline. */
static int ordinal_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end);
        const dz_token *f;
        if (m->sentence < 0 || t <= a->sentences[m->sentence].tok_first ||
            m->type == DZ_ENT_NONE)
            continue;
        f = &a->tokens[t - 1];
        if (f->end - f->start != 5 || memcmp(a->text + f->start, "First", 5) != 0 ||
            m->start - f->end != 1 || (i > first && a->mentions[i - 1].end > f->start) ||
            is_headline(a, &a->sentences[m->sentence]) == 1)
            continue;
        if (respan_mention(sc, m, t - 1, e,
                           m->type == DZ_ENT_OTHER ? DZ_ENT_OTHER : DZ_ENT_ORGANIZATION) != 0)
            return -1;
    }
    return 0;
}

/* A word for an interbank offered rate ("LIBOR", "Libor", "BIBOR",
** "HELIBOR": a city's one to three letters, then "IBOR") names the rate,
** an other name, whichever way it is written or read, and so does the
** name it stands for in the article; not "Maribor". */
static int interbank_rates(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const char *p = a->text + m->start;
        size_t n = (size_t)(m->end - m->start), k, caps = 0;
        char *up;
        if (m->type == DZ_ENT_NONE || n < 5 || n > 7 ||
            tok_from(a, m->end) - tok_from(a, m->start) != 1)
            continue;
        for (k = 0; k < n; k++)
            caps += p[k] >= 'A' && p[k] <= 'Z';
        if (!((caps == n || (caps == 1 && n == 5)) &&
              (p[n - 4] | 32) == 'i' && (p[n - 3] | 32) == 'b' && (p[n - 2] | 32) == 'o' &&
              (p[n - 1] | 32) == 'r'))
            continue;
        if (!(up = dz_arena_strndup(&a->arena, p, n)))
            return -1;
        for (k = 0; k < n; k++)
            if (up[k] >= 'a' && up[k] <= 'z')
                up[k] = (char)(up[k] - 32);
        if (strlen(m->name) > n) {
            /* the rate the article spelt out ("London Interbank Offered
            ** Rates (LIBOR)") is named by its acronym too */
            const char *old = m->name;
            int j;
            for (j = first; j < a->nmentions; j++)
                if (j != i && a->mentions[j].type != DZ_ENT_NONE &&
                    strcmp(a->mentions[j].name, old) == 0) {
                    a->mentions[j].type = DZ_ENT_OTHER;
                    a->mentions[j].name = up;
                }
        }
        rename_mention(m, DZ_ENT_OTHER, up, DZ_FORM_NAME);
    }
    return 0;
}

/* Rates and funds named after a market or a bank: a name the tagger read
** as an organisation just before "Offered Rate" / "Bid Rate" ("12.5
** basis points above the London Interbank Offered Rate (Libor)") is that
** rate, "other", the words taken in; "Fed funds" is the federal funds
** rate, not the Federal Reserve. */
static int named_rates(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e, b = 0;
        const char *name;
        if (m->type != DZ_ENT_ORGANIZATION)
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e + 1 > a->ntokens || e <= t)
            continue;
        if (e + 1 < a->ntokens && (tok_is(sc, e, "offered") || tok_is(sc, e, "bid") ||
                                   tok_is(sc, e, "offer")) &&
            (tok_is(sc, e + 1, "rate") || tok_is(sc, e + 1, "rates")) &&
            (a->tokens[e].flags & DZ_TOK_CAP))
            b = e + 2;
        else if (e == t + 1 && e < a->ntokens && tok_is(sc, t, "fed") &&
                 tok_is(sc, e, "funds") && !(a->tokens[e].flags & DZ_TOK_CAP))
            b = e + 1;
        if (!b)
            continue;
        if (!(name = span_name(sc, t, b)))
            return -1;
        /* the words taken in may be a mention of their own ("Offered Rate") */
        for (j = i + 1; j < a->nmentions && a->mentions[j].start < a->tokens[b - 1].end; j++)
            if (a->mentions[j].start >= m->end) {
                a->mentions[j].type = DZ_ENT_NONE;
                cut = 1;
            }
        m->end = a->tokens[b - 1].end;
        rename_mention(m, DZ_ENT_OTHER, name, DZ_FORM_NAME);
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

/* Names with a bracket the wire's editors put in ("the (International
** Monetary) Fund", "the (World) Bank") whose span holds the closing
** bracket of the pair only: the span takes the opening one in, and the
** name is the words without brackets, the lexicon's when it knows them
** ("International Monetary Fund" is the IMF). A name of the same type
** just before the bracket is the same one ("European Community (EC)
** Commission", "James E. (Jim) Nugent"), its acronym or nickname no part
** of the name. A span whose bracket opens and does not close ("House (of
** Commons") stays as it was. Mentions in text order; drops those taken
** in. 0, or -1 on no memory. */
static int bracketed_names(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e, k, open = 0, close = 0, inner = 0, in;
        dz_buf b = { 0 };
        const char *name;
        dz_entity_type type;
        if (m->type == DZ_ENT_NONE ||
            (!memchr(a->text + m->start, '(', (size_t)(m->end - m->start)) &&
             !memchr(a->text + m->start, ')', (size_t)(m->end - m->start))))
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e <= t || e > a->ntokens)
            continue;
        for (k = t; k < e; k++) {
            if (tok_punct(a, k, '('))
                open++;
            else if (tok_punct(a, k, ')')) {
                if (open)
                    open--;
                else
                    close++;
            }
        }
        if (open + close != 1)
            continue;
        if (close && t > 0 && tok_punct(a, t - 1, '(') &&
            a->tokens[t - 1].end == a->tokens[t].start) {
            t--;
            /* the name before the bracket is of the same one: "European
            ** Community (EC) Commission", "James E. (Jim) Nugent" */
            if (i > first && t > 0 && a->mentions[i - 1].type == m->type &&
                a->mentions[i - 1].end == a->tokens[t - 1].end) {
                dz_mention *p = &a->mentions[i - 1];
                int u;
                for (u = t + 1; u < e && !tok_punct(a, u, ')'); u++)
                    if (m->type == DZ_ENT_PERSON || (a->tokens[u].flags & DZ_TOK_ALLCAP))
                        inner = 1;
                t = tok_from(a, p->start);
                p->type = DZ_ENT_NONE;
                cut = 1;
            }
        } else
            continue;
        for (k = t, in = 0; k < e; k++) {
            if (tok_punct(a, k, '(') || tok_punct(a, k, ')')) {
                in = tok_punct(a, k, '(');
                continue;
            }
            /* an acronym or a nickname in brackets is no part of the name */
            if (in && inner)
                continue;
            if ((b.len && dz_buf_putc(&b, ' ') != 0) ||
                dz_buf_append(&b, a->text + a->tokens[k].start,
                              (size_t)(a->tokens[k].end - a->tokens[k].start)) != 0 ||
                dz_buf_putc(&b, 0) != 0) {
                dz_buf_free(&b);
                return -1;
            }
            b.len--;
        }
        name = b.data ? lexicon_lookup(sc->lx, b.data, &type) : NULL;
        if (name && type != (dz_entity_type)m->type)
            name = NULL;
        if (!name && b.data)
            name = dz_arena_strndup(&a->arena, b.data, b.len);
        dz_buf_free(&b);
        if (!name)
            return -1;
        m->start = a->tokens[t].start;
        m->end = a->tokens[e - 1].end;
        rename_mention(m, m->type, name, -1);
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

/* A country's adjective that opens the short form of a company of its
** article ("[[British]] Printing last week withdrew its offer" after
** "British Printing and Communication Corp PLC") is that company: the
** adjective and the capitalised words after it that begin the company's
** name as written. Mentions in text order. 0, or -1 on no memory. */
static int adjective_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e, best = -1, bestk = 0;
        if (m->form != DZ_FORM_ADJ)
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e >= a->ntokens || !(a->tokens[e].flags & DZ_TOK_CAP) ||
            !(a->tokens[e].flags & DZ_TOK_WORD) || (a->tokens[e].flags & DZ_TOK_ALLCAP) ||
            (i + 1 < a->nmentions && a->mentions[i + 1].start <= a->tokens[e].start))
            continue;
        for (j = first; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            int ot = tok_from(a, o->start), oe = tok_from(a, o->end), k;
            if (j == i || o->type != DZ_ENT_ORGANIZATION || oe - ot < 3)
                continue;
            /* the words from the adjective on, as the company writes them */
            for (k = 0; t + k < a->ntokens && ot + k < oe && same_word(sc, t + k, ot + k) &&
                        (a->tokens[t + k].flags & DZ_TOK_CAP); k++)
                ;
            /* not the whole name (then the lexicon or the tagger had it) */
            if (k >= 2 && ot + k < oe && k > bestk) {
                best = j;
                bestk = k;
            }
        }
        if (best < 0)
            continue;
        m->end = a->tokens[t + bestk - 1].end;
        rename_mention(m, DZ_ENT_ORGANIZATION, a->mentions[best].name, DZ_FORM_NAME);
    }
    return 0;
}

/* A name before a lower-case noun of a land or a water ("the St Lawrence
** river", "the Amazon basin", "the Mediterranean region", "the Oregon
** coast") is that place, whatever type the tagger gave it. Not an
** acronym ("the OECD area"), a word with a lower-case part
** ("Nationalist-ruled island"), an adjective, or a name the lexicon knows
** as a person or an organisation. */
static int geo_nouns(scan *sc, int first)
{
    static const char *const geo[] = {
        "river", "rivers", "lake", "island", "islands", "sea", "hemisphere",
        "valley", "mountains", "basin", "delta", "peninsula", "coast", "gulf",
        "strait", "bay", "region", "provinces"
    };
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e;
        if ((m->type != DZ_ENT_ORGANIZATION && m->type != DZ_ENT_OTHER &&
             m->type != DZ_ENT_PERSON) || m->form != DZ_FORM_NAME)
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e >= a->ntokens || e <= t || a->tokens[e].start - m->end > 1 ||
            !(a->tokens[e].flags & DZ_TOK_WORD) || (a->tokens[e].flags & DZ_TOK_CAP) ||
            !tok_in(sc, e, geo, sizeof geo / sizeof geo[0]) || all_caps(a, t, e) ||
            lower_part(a->text + m->start, (size_t)(m->end - m->start)) || known_span(sc, m))
            continue;
        rename_mention(m, DZ_ENT_PLACE, m->name, -1);
    }
    return 0;
}

/* A newspaper or a magazine named before its noun ("the authoritative
** Business Day newspaper", "the Observer newspaper", "today's Handelsblatt
** daily", "Der Spiegel magazine") is an organisation, as its other
** mentions in the article are, whatever type the tagger gave it. A
** place the lexicon knows before the noun is the paper's town or country
** ("a Kuwait newspaper", "the Milan daily"), a word with a lower-case part
** its description ("English-language", "Hamburg-based"). */
static int paper_names(scan *sc, int first)
{
    static const char *const papers[] = {
        "newspaper", "newspapers", "daily", "weekly", "magazine", "newsletter",
        "journal"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int e;
        const char *old;
        if ((m->type != DZ_ENT_OTHER && m->type != DZ_ENT_PERSON && m->type != DZ_ENT_PLACE) ||
            m->form != DZ_FORM_NAME)
            continue;
        e = tok_from(a, m->end);
        if (e >= a->ntokens || a->tokens[e].start - m->end > 1 ||
            (a->tokens[e].flags & DZ_TOK_CAP) ||
            !tok_in(sc, e, papers, sizeof papers / sizeof papers[0]) ||
            lower_part(a->text + m->start, (size_t)(m->end - m->start)) || known_span(sc, m))
            continue;
        /* "daily" before a noun is no paper ("a 20 Ecu daily rebate") */
        if (tok_is(sc, e, "daily") && e + 1 < a->ntokens &&
            (a->tokens[e + 1].flags & DZ_TOK_WORD) && !(a->tokens[e + 1].flags & DZ_TOK_CAP))
            continue;
        /* a town is the paper's only after "the", "in" or "by" ("in
        ** Progressive magazine"; not "a Christchurch daily", "leave
        ** Heathrow daily") */
        if (m->type == DZ_ENT_PLACE) {
            int t = tok_from(a, m->start);
            if (t == 0 || !(tok_is(sc, t - 1, "the") || tok_is(sc, t - 1, "in") ||
                            tok_is(sc, t - 1, "by")))
                continue;
        }
        old = m->name;
        for (j = first; j < a->nmentions; j++)
            if (j != i && a->mentions[j].type == m->type && a->mentions[j].name &&
                strcmp(a->mentions[j].name, old) == 0)
                a->mentions[j].type = DZ_ENT_ORGANIZATION;
        m->type = DZ_ENT_ORGANIZATION;
    }
    return 0;
}

/* An organisation's name cut after its "and": the tagger or the rules
** took only the words after it ("offer from McAndrews and [[Forbes]]",
** "the Coffee, Sugar and [[Cocoa Exchange]]", "the Australian Meat and
** [[Livestock Corp]]", "Pope and [[Talbot]] said"). The capitalised word
** before "and" / "&", outside any mention, begins the name, and so do
** words before it joined by commas when the name ends in an
** organisation's word ("Exchange", "Corp"), and a country's adjective or
** a place just before them ("New York Coffee, Sugar and Cocoa
** Exchange"). Not a month or a weekday ("March and Reuter estimates"), a
** title, an acronym ("FOB and CIF"), nor after "both" or "between"
** ("both Sears and Kellwood"); a lone word takes only a rare word before
** it ("Pope", "Proctor"), never a common one. Mentions in text order;
** drops the mentions taken in. 0, or -1 on no memory. */
static int has_digit(const dz_analysis *a, int t);

/* Is token x a capitalised word, not in capitals, that no mention (from
** first) holds and that is no title: 1, else 0. */
static int free_cap(const scan *sc, int first, int x)
{
    const dz_analysis *a = sc->a;
    int j;
    if (!(a->tokens[x].flags & DZ_TOK_WORD) || !(a->tokens[x].flags & DZ_TOK_CAP) ||
        (a->tokens[x].flags & DZ_TOK_ALLCAP) || sc->mark[x] == MARK_TITLE)
        return 0;
    for (j = first; j < a->nmentions; j++)
        if (a->mentions[j].type != DZ_ENT_NONE && a->mentions[j].start <= a->tokens[x].start &&
            a->mentions[j].end > a->tokens[x].start)
            return 0;
    return 1;
}

static int and_names_cut(scan *sc, int first)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"
    };
    static const char *const before[] = { "both", "between", "either", "neither" };
    dz_analysis *a = sc->a;
    int i, j, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e, x, st, one, orgend, s0;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME)
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (t >= a->ntokens ||
            e > a->ntokens || e <= t)
            continue;
        s0 = a->sentences[m->sentence].tok_first;
        x = t - 2;
        if (x < s0 || !(tok_is(sc, t - 1, "and") || tok_punct(a, t - 1, '&')))
            continue;
        one = e == t + 1;
        orgend = (word_bits(sc, e - 1) & W_ORGWORD) || is_legal(sc, e - 1) ||
                 (e < a->ntokens && is_legal(sc, e));
        /* x: a capitalised word no mention holds (free_cap) */
        if (is_month(sc, x) || tok_in(sc, x, days, sizeof days / sizeof days[0]) ||
            (a->tokens[t].flags & DZ_TOK_ALLCAP))
            continue;
        /* not a grade ("Aa-3 and Standard and Poor's"), a form's letter
        ** ("Norge A/S and Amerada Hess"), a name's possessive head ("the
        ** Attorney General's Office and Department of Health Services"),
        ** nor before a body named in its own right ("Department of ...") */
        if (has_digit(a, x) ||
            (x > s0 && (tok_punct(a, x - 1, '/') || is_possessive(sc, x - 1) || is_and(sc, x - 1))) ||
            (word_bits(sc, t) & (W_ORGWORD | W_ORGFIRST)) || free_cap(sc, first, x) != 1)
            continue;
        if (!orgend && (!one || tok_common(sc, x) || tok_common(sc, t) ||
                        (a->tokens[x].flags & DZ_TOK_SENT_START)))
            continue;
        st = x;
        /* "Coffee, Sugar and": more words joined by commas */
        while (orgend && st - 2 >= s0 && tok_punct(a, st - 1, ',') && !has_digit(a, st - 2)) {
            if (free_cap(sc, first, st - 2) != 1) {
                /* or a word the tagger took for a name of its own ("the
                ** [[Coffee]], Sugar and Cocoa Exchange") */
                for (j = first; j < a->nmentions; j++)
                    if (a->mentions[j].type == DZ_ENT_ORGANIZATION &&
                        a->mentions[j].start == a->tokens[st - 2].start &&
                        a->mentions[j].end == a->tokens[st - 2].end)
                        break;
                if (j == a->nmentions || (a->tokens[st - 2].flags & DZ_TOK_ALLCAP))
                    break;
                a->mentions[j].type = DZ_ENT_NONE;
                cut = 1;
            }
            st -= 2;
        }
        if (st > s0 && tok_in(sc, st - 1, before, sizeof before / sizeof before[0]))
            continue;
        /* a country's adjective or a place just before: part of the name */
        if (orgend && st > s0 && (a->tokens[st - 1].flags & DZ_TOK_CAP)) {
            for (j = first; j < a->nmentions; j++) {
                dz_mention *o = &a->mentions[j];
                if (o->type != DZ_ENT_NONE && o->end == a->tokens[st - 1].end &&
                    (o->form == DZ_FORM_ADJ || o->type == DZ_ENT_PLACE) &&
                    o->start >= a->tokens[s0].start) {
                    st = tok_from(a, o->start);
                    o->type = DZ_ENT_NONE;
                    cut = 1;
                    break;
                }
            }
        }
        if (respan_mention(sc, m, st, e, DZ_ENT_ORGANIZATION) != 0)
            return -1;
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

/* A firm whose name opens with a possessive: one word the tagger read as
** a person or a place, "'s", capitalised words beginning with a common
** word, and a legal form ("Ryan's Family Steak Houses Inc", "Rose's
** Stores Inc", "Heini's Nursery Inc"), or a legal form alone after it
** ("Heck's Inc", "Lowe's Cos Inc", even when read as an organisation),
** is one company. Not a person's firm ("Robert Maxwell's British
** Printing", "Icahn's Transworld Airlines Inc": a name of two words or a
** short form), a country's ("Japan's Toshiba Corp"), nor a parent's unit
** named by a proper name ("Dupont's Conoco Inc"). Mentions in text
** order; drops those taken in. 0, or -1 on no memory. */
static int possessive_firms(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, e, k, send, bare;
        if (m->type == DZ_ENT_NONE || m->type == DZ_ENT_COUNTRY || m->form != DZ_FORM_NAME ||
            (size_t)m->end + 2 > a->len || a->text[m->end] != '\'')
            continue;
        t = tok_from(a, m->start);
        e = tok_from(a, m->end);
        if (e != t + 1 || e + 1 >= a->ntokens || !is_possessive(sc, e) ||
            !(a->tokens[e + 1].flags & DZ_TOK_CAP) || a->tokens[e].start != m->end)
            continue;
        /* a person's name read whole elsewhere ("Sugarman" for Burt
        ** Sugarman) is that person's; a lone surname is not */
        if (strlen(m->name) != (size_t)(m->end - m->start) ||
            memcmp(m->name, a->text + m->start, (size_t)(m->end - m->start)) != 0)
            continue;
        send = a->sentences[m->sentence].tok_first + a->sentences[m->sentence].tok_count;
        bare = is_legal(sc, e + 1);
        if (!bare && (m->type == DZ_ENT_ORGANIZATION || !tok_common(sc, e + 1)))
            continue;
        for (k = e + 1; k < send && k < e + 8 && !is_legal(sc, k); k++)
            if (!(a->tokens[k].flags & DZ_TOK_WORD) ||
                (!(a->tokens[k].flags & DZ_TOK_CAP) && !is_and(sc, k)))
                break;
        if (k >= send || k >= e + 8 || !is_legal(sc, k))
            continue;
        while (k < send && is_legal(sc, k))
            k++;
        /* a firm's possessive before its form and a unit ("Pharmacia's AB
        ** Leo unit") is the firm's */
        if (bare && m->type == DZ_ENT_ORGANIZATION && k < send &&
            (a->tokens[k].flags & DZ_TOK_CAP))
            continue;
        /* the mentions the tail holds go into the firm */
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            if (j != i && o->type != DZ_ENT_NONE && o->start >= a->tokens[e].start &&
                o->start < a->tokens[k - 1].end) {
                o->type = DZ_ENT_NONE;
                cut = 1;
            }
        }
        if (respan_mention(sc, m, t, k, DZ_ENT_ORGANIZATION) != 0)
            return -1;
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

/* Is mention m's organisation acting or owned as a company anywhere in
** its article (mentions from first): named with a legal form ("Apollo
** Computer Inc"), or just before a word a company takes ("Kodak said",
** "IBM's", "Sun shares")? */
static int named_as_company(const scan *sc, int first, const dz_mention *m)
{
    static const char *const firm[] = {
        "said", "says", "spokesman", "spokeswoman", "officials", "official",
        "chairman", "president", "executive", "executives", "shares", "stock",
        "unit", "subsidiary", "division", "announced", "reported", "agreed",
        "plans", "earned", "posted", "expects", "makes", "made", "sells",
        "sold", "introduced", "unveiled", "launched", "has", "had", "is", "was",
        "will", "would", "also", "and", "or", "inc", "corp", "co", "ltd"
    };
    const dz_analysis *a = sc->a;
    int k;
    for (k = first; k < a->nmentions; k++) {
        const dz_mention *x = &a->mentions[k];
        int e;
        if (x->type != DZ_ENT_ORGANIZATION || !x->name || strcmp(x->name, m->name) != 0)
            continue;
        e = tok_from(a, x->end);
        /* a body's word ends its name: "Naval Air Development Center" */
        if (known_span(sc, x) || is_legal(sc, e - 1) || (word_bits(sc, e - 1) & W_ORGWORD) ||
            (e < a->ntokens && (is_possessive(sc, e) ||
                                tok_in(sc, e, firm, sizeof firm / sizeof firm[0]))))
            return 1;
    }
    return 0;
}

/* A product or a technology the tagger reads as an organisation: a name
** just before a noun for a made thing ("a single CD-ROM disk", "DAT
** players", "the KIMS system", "ISDN protocol controller", "four MD-11
** jets", "its MS-DOS operating system"; not an operating company or unit)
** that its article never names as a company (named_as_company: "Kodak said", "Apollo Computer Inc") is
** "other", with the article's other mentions of it. Makers before the
** same nouns ("IBM computers", "Pratt and Whitney engines") are
** companies elsewhere in their article, or the lexicon's. */
static int product_names(scan *sc, int first)
{
    static const char *const things[] = {
        "system", "systems", "computer", "computers", "software", "workstation",
        "workstations", "disk", "disks", "drive", "drives",
        "aircraft", "jet", "jets", "jetliner", "jetliners", "engine", "engines",
        "chip", "chips", "tablets", "pills", "capsules", "printer", "printers",
        "scanner", "scanners", "standard", "protocol", "operating", "compatible",
        "compatibles", "microcomputer", "microcomputers", "minicomputer",
        "minicomputers", "mainframe", "mainframes", "copier", "copiers",
        "vaccine", "satellite", "satellites", "packages", "devices"
    };
    static const char *const op_units[] = {
        "company", "companies", "unit", "units", "subsidiary", "subsidiaries"
    };
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int e;
        const char *old, *name;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME || !m->name)
            continue;
        e = tok_from(a, m->end);
        if (e >= a->ntokens || (a->tokens[e].flags & DZ_TOK_CAP) ||
            !(a->tokens[e].flags & DZ_TOK_WORD) ||
            a->tokens[e].start - m->end > 1 ||
            !tok_in(sc, e, things, sizeof things / sizeof things[0]) ||
            named_as_company(sc, first, m))
            continue;
        /* "its Pacific Bell operating company": a company's unit */
        if (tok_is(sc, e, "operating") && e + 1 < a->ntokens &&
            tok_in(sc, e + 1, op_units, sizeof op_units / sizeof op_units[0]))
            continue;
        old = m->name;
        name = span_name(sc, tok_from(a, m->start), e);
        if (!name)
            return -1;
        /* the same writing, or the whole name the mention was read as
        ** ("Macintosh II" for "Macintosh computers"), but not a shorter
        ** one ("a Cray supercomputer" beside "the Cray II computer") */
        for (j = first; j < a->nmentions; j++) {
            dz_mention *o = &a->mentions[j];
            size_t ol = (size_t)(o->end - o->start);
            if (j != i && o->type == DZ_ENT_ORGANIZATION && o->name &&
                strcmp(o->name, old) == 0 &&
                ((ol == (size_t)(m->end - m->start) &&
                  memcmp(a->text + o->start, a->text + m->start, ol) == 0) ||
                 (ol == strlen(old) && memcmp(a->text + o->start, old, ol) == 0)))
                rename_mention(o, DZ_ENT_OTHER, name, -1);
        }
        rename_mention(m, DZ_ENT_OTHER, name, -1);
    }
    return 0;
}

/* A state's or province's abbreviation written without its dot after a
** town and a comma ("Shawnee, Okla, in the existing plant", "Madill,
** Okla, to the healthy First American"): the lexicon knows it with the
** dot ("Okla."), and the name is that state, not a place "Okla". Only a
** mention of one word after a capitalised word and a comma. 0, or -1 on
** no memory. */
static int dotless_states(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    dz_buf key = { 0 };
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t, ai;
        size_t n;
        const lx_entity *en;
        /* one short word after a comma */
        if (m->type == DZ_ENT_NONE || m->end - m->start > 6 || m->start < 2 ||
            a->text[m->start - 2] != ',')
            continue;
        t = tok_from(a, m->start);
        if (tok_from(a, m->end) != t + 1 || t < 2 ||
            !tok_punct(a, t - 1, ',') || !(a->tokens[t - 2].flags & DZ_TOK_CAP) ||
            a->text[m->end - 1] == '.')
            continue;
        n = (size_t)sc->flen[t];
        key.len = 0;
        if (dz_buf_append(&key, sc->fold.data + sc->foff[t], n) != 0 ||
            dz_buf_putc(&key, '.') != 0) {
            dz_buf_free(&key);
            return -1;
        }
        ai = alias_of_word(sc->lx, key.data, n + 1);
        if (ai < 0)
            continue;
        en = &sc->lx->ents[sc->lx->aliases[ai].entity];
        if (en->type != DZ_ENT_PLACE)
            continue;
        rename_mention(m, DZ_ENT_PLACE, en->name, DZ_FORM_NAME);
    }
    dz_buf_free(&key);
    return 0;
}

/* A company's name that ends its sentence with a legal form written as
** capitals, not as an abbreviation with its dot ("Abbey Life Group PLC.
** For 1985", "Wellcome Plc." at a paragraph's end or before the wire's
** sign-off), leaves the sentence's full stop out. A word's abbreviation keeps its dot,
** which is the sentence's too ("Wood Gundy Inc.", "Roberts and Co."), and
** so does a form with inner dots ("S.A."). */
static void legal_stops(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const dz_sentence *s;
        const char *p;
        size_t n;
        int t = tok_from(a, m->end) - 1, k;
        if (m->type != DZ_ENT_ORGANIZATION || m->sentence < 0 || t < 0 ||
            m->end - m->start < 3 || a->text[m->end - 1] != '.' ||
            a->tokens[t].end != m->end || !is_legal(sc, t))
            continue;
        s = &a->sentences[m->sentence];
        for (k = t + 1; k < s->tok_first + s->tok_count && (word_bits(sc, k) & W_SIGNOFF); k++)
            ;                           /* "... PLC. REUTER" */
        /* the sentence goes on, but not after a dot a form in capitals
        ** does not take, before a capitalised word: "Abbey Life Group
        ** PLC. For 1985, ..." */
        if (k != s->tok_first + s->tok_count &&
            !(k == t + 1 && (a->tokens[k].flags & DZ_TOK_CAP) &&
              a->tokens[k].start > m->end))
            continue;
        p = a->text + a->tokens[t].start;
        n = (size_t)(m->end - 1 - a->tokens[t].start);
        if (!(n == 3 && (memcmp(p, "Plc", 3) == 0 || memcmp(p, "plc", 3) == 0))) {
            size_t j;
            for (j = 0; j < n && p[j] >= 'A' && p[j] <= 'Z'; j++)
                ;
            if (j < n || n < 2)
                continue;               /* "Inc.", "Corp.", "S.A." */
        }
        m->end--;
    }
}

/* A company's name right before the size of an index it publishes names
** the index, a thing of its own (CoNLL's MISC), not the company: "S and P
** 500 futures fell", "the Standard and Poor's 500 stock index", "the S&P
** 100 index option". The mention takes the number in and is named by the
** company's canonical name and the number, so that its writings count as
** one ("Standard and Poor's 500"). Not a sum ("Drexel 500 mln dlrs"), a
** price's change ("Hyundai Motor 100 to 2,577") or a table's figure
** ("Canary Islands 500 (300)"). 0, or -1 on no memory. */
static int index_numbers(scan *sc, int first)
{
    static const char *const sizes[] = { "100", "500" };
    static const char *const units[] = {
        "mln", "million", "billion", "dlrs", "dlr", "pct", "shares", "stg",
        "yen", "tonnes", "marks", "francs", "units", "cars", "aircraft",
        "planes", "workers", "jobs", "employees", "people", "acres", "barrels"
    };
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        const dz_sentence *s;
        int t = tok_from(a, m->end), end;
        char *name;
        size_t n;
        if (m->type != DZ_ENT_ORGANIZATION || m->sentence < 0 || t >= a->ntokens ||
            a->tokens[t].start != m->end + 1 || a->text[m->end] != ' ')
            continue;
        s = &a->sentences[m->sentence];
        end = s->tok_first + s->tok_count;
        if (t >= end || !tok_in(sc, t, sizes, sizeof sizes / sizeof sizes[0]) ||
            (t + 1 < end && (tok_in(sc, t + 1, units, sizeof units / sizeof units[0]) ||
                             tok_is(sc, t + 1, "to") || tok_punct(a, t + 1, '('))))
            continue;
        n = strlen(m->name);
        if (!(name = dz_arena_alloc(&a->arena, n + 5)))
            return -1;
        memcpy(name, m->name, n);
        name[n] = ' ';
        memcpy(name + n + 1, a->text + a->tokens[t].start, 3);
        name[n + 4] = 0;
        m->end = a->tokens[t].end;
        rename_mention(m, DZ_ENT_OTHER, name, DZ_FORM_NAME);
    }
    return 0;
}

/* Is the lone word at token t of sentence si quoted as a person is
** (quoted_person), "said" before it not opening a thing's report: "S and P
** said Valero's refining segment" is about a company; "a spokesman said
** O'Connor granted a stay" quotes a person? */
static int quoted_by(const scan *sc, int si, int t)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int end = s->tok_first + s->tok_count;
    if (!quoted_person(sc, si, t))
        return 0;
    if (!said_before(sc, si, t) || t + 1 >= end)
        return 1;                       /* quoted by a verb after it */
    return !is_possessive(sc, t + 1);
}

/* Is the lone word at token t of sentence si followed by what is said of
** a person only: "who" ("Dheeraj, who ...", "Klesh who"), an age or
** "aged" ("Chan, 42,"), "employed" or "born" ("Dheeraj, employed by the
** man")? A company is "which", and "Prescott, Ball and Turben" is no
** apposition. */
static int person_apposition(const scan *sc, int si, int t)
{
    static const char *const words[] = {
        "who", "whose", "aged", "employed", "born", "himself", "herself"
    };
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int end = s->tok_first + s->tok_count, k = t + 1;
    if (k < end && tok_punct(a, k, ','))
        k++;
    if (k >= end)
        return 0;
    if (tok_in(sc, k, words, sizeof words / sizeof words[0]))
        return 1;
    /* an age between commas */
    return k > t + 1 && k + 1 < end && (a->tokens[k].flags & DZ_TOK_NUMBER) &&
           a->tokens[k].end - a->tokens[k].start <= 2 && tok_punct(a, k + 1, ',');
}

/* Does the article name companies as the wire does in business news: a
** legal form after a capitalised word ("Valero Energy Corp", "Fluke Mfg
** Co Inc") or a name in angle brackets ("<John Fluke Mfg Co Inc>")? */
static int business_story(const scan *sc)
{
    const dz_analysis *a = sc->a;
    int t;
    for (t = 1; t < a->ntokens; t++)
        if (((a->tokens[t].flags & DZ_TOK_CAP) && (a->tokens[t - 1].flags & DZ_TOK_CAP) &&
             is_legal(sc, t)) || tok_punct(a, t - 1, '<'))
            return 1;
    return 0;
}

/* A lone capitalised word read as a person that nothing in the article
** shows to be one is not a person: news names a person in full first, or
** with a title, and goes on with "he" or "she". The word is a company
** ("30 pct or more of Centronic's common"), a law firm ("Fulbright and
** Jaworski"), a product, a ship, a mine, a newspaper or no name at all
** ("Greed has created"). Evidence that keeps the reading, from any use
** of the word in the article: a title before it, "he" / "she" after it
** (person_cue), a verb of speech it is quoted by (quoted_person), an
** apposition said of a person only (person_apposition: "Dheeraj,
** employed by"), a word of a fuller person's name, a given name (names
** cut: "Alfred and David Billes"), resolution to a person named in full,
** a word the lexicon knows. A use with a company's cue (company_cue)
** makes every use of the word the organisation it names (those read as a
** place or a thing too); otherwise the uses read as a person are
** dropped. Only in a story that names companies with their legal forms
** (business_story): a sports report names its players by surname alone
** ("Gascoigne scored"). */
static void uncued_persons(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j, business = -1;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t len = (size_t)(m->end - m->start);
        const char *p = a->text + m->start;
        int t = tok_from(a, m->start), keep = 0, firm = 0;
        if (!lone_person_word(sc, m, t))
            continue;
        for (j = first; j < a->nmentions && !keep; j++) {
            const dz_mention *o = &a->mentions[j];
            int u;
            if (!same_surface(a, o, p, len) || o->sentence < 0)
                continue;
            u = tok_from(a, o->start);
            if ((o->type == DZ_ENT_PERSON && strcmp(o->name, m->name) != 0) ||
                person_cue(sc, o->sentence, u) || quoted_by(sc, o->sentence, u) ||
                person_apposition(sc, o->sentence, u))
                keep = 1;
            firm |= company_cue(sc, o->sentence, u);
        }
        if (keep || in_person_name(a, first, p, len))
            continue;
        if (business < 0)
            business = business_story(sc);
        if (!business)
            continue;
        /* the company's other uses, read as a place or a thing ("a stake
        ** in Fluke" the place), name it too */
        if (firm)
            relabel_uses(sc, first, p, len,
                         1u << DZ_ENT_PERSON | 1u << DZ_ENT_PLACE | 1u << DZ_ENT_OTHER,
                         DZ_ENT_ORGANIZATION, m->name, 1);
        else
            relabel_uses(sc, first, p, len, 1u << DZ_ENT_PERSON, DZ_ENT_NONE, m->name, 1);
    }
    drop_none_mentions(a, first);
}

/* ---- a company's town after its legal form -------------------------------
** A company's name that ends with its legal form and then "of" and a town
** ("Terumo Corp of Tokyo", "Hunt Building Corp of El Paso", "Cominco Ltd
** of Vancouver") names the company by the words up to its legal form; the
** town is its seat, a place of its own. A state, a province, a region or
** a country after "of" is often part of the name ("Public Service Co of
** New Hampshire", "Ford Motor Co of Canada", "Associates Corp of North
** America"), and so is a town in a bank's name ("Citizens Bank and Trust
** Co of Thibodaux"): those are left whole. The company's other mentions
** named as the whole take the shorter name. 0, or -1 on no memory. */

/* Is lexicon entity e a place that is no town: a state or a province (an
** alias with a dot: "Minn.", "Ont."), a place with an adjective
** ("Texan", "European"), a region of a continent, or one of the states
** the lexicon gives no abbreviation? */
static int not_a_town(const dz_lexicon *lx, int e)
{
    static const char *const states[] = {
        "Alaska", "Hawaii", "Idaho", "Indiana", "Iowa", "Maine", "Mississippi",
        "Ohio", "Utah", "Washington State", "Quebec", "Ontario"
    };
    static const char *const parts[] = { "America", "Europe", "Asia", "Africa", "East" };
    const char *name = lx->ents[e].name;
    size_t k;
    int i;
    for (k = 0; k < sizeof states / sizeof states[0]; k++)
        if (strcmp(name, states[k]) == 0)
            return 1;
    for (k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (strstr(name, parts[k]))
            return 1;
    for (i = 0; i < lx->naliases; i++) {
        const lx_alias *al = &lx->aliases[i];
        size_t n;
        if (al->entity != e)
            continue;
        n = strlen(al->key);
        if (al->form == DZ_FORM_ADJ || (n > 0 && al->key[n - 1] == '.'))
            return 1;
    }
    return 0;
}

/* The pass the block above describes. */
static int seat_towns(scan *sc, int first)
{
    static const char *const banks[] = {
        "bank", "banks", "trust", "savings", "bancorp", "bancshares", "bankshares",
        "national", "federal", "reserve", "service", "utility", "utilities"
    };
    dz_analysis *a = sc->a;
    int i, n = a->nmentions, pushed = 0;
    for (i = first; i < n; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), k, of = -1, ai, len, j;
        const char *old = m->name, *name, *town;
        const lx_entity *en;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME || m->sentence < 0 ||
            t < 0 || e - t < 4)
            continue;
        for (k = t + 2; k < e - 1; k++)
            if (tok_is(sc, k, "of") && is_legal(sc, k - 1)) {
                of = k;
                break;
            }
        if (of < 0 || !(a->tokens[of + 1].flags & DZ_TOK_CAP))
            continue;
        for (k = t; k < of; k++)
            if (tok_in(sc, k, banks, sizeof banks / sizeof banks[0]))
                break;
        if (k < of)
            continue;
        /* one common word is no company's name alone ("Financial Corp
        ** of Santa Barbara") */
        if (of - 1 - t < 2 && tok_common(sc, t))
            continue;
        ai = longest_alias(sc, of + 1, e, 0, &len);
        if (ai < 0 || len != e - of - 1) {
            /* a town the lexicon does not know, before its state ("Hunt
            ** Building Corp of El Paso, Texas", "of Hollister, Calif.") */
            if (e + 1 < a->ntokens && tok_punct(a, e, ',') && e - of - 1 <= 3 &&
                (state_abbreviation(sc, a->tokens[e + 1].start) ||
                 ((ai = longest_alias(sc, e + 1, e + 2, 0, &len)) >= 0 && len == 1 &&
                  sc->lx->aliases[ai].form == DZ_FORM_NAME &&
                  sc->lx->ents[sc->lx->aliases[ai].entity].type == DZ_ENT_PLACE &&
                  not_a_town(sc->lx, sc->lx->aliases[ai].entity)))) {
                town = titled_name(sc, of + 1, e);
                goto found;
            }
            continue;
        }
        en = &sc->lx->ents[sc->lx->aliases[ai].entity];
        if (sc->lx->aliases[ai].city)
            town = titled_name(sc, of + 1, e);
        else if (en->type == DZ_ENT_PLACE && sc->lx->aliases[ai].form == DZ_FORM_NAME &&
                 !not_a_town(sc->lx, sc->lx->aliases[ai].entity))
            town = en->name;
        else
            continue;
    found:
        if (!town || !(name = org_span_name(sc, t, of)))
            return -1;
        if (push_mention(a, m->sentence,
                         a->tokens[of + 1].start, a->tokens[e - 1].end,
                         DZ_ENT_PLACE, town, NULL, DZ_FORM_NAME, 0) != 0)
            return -1;
        m = &a->mentions[i];    /* the vector may have moved */
        m->end = a->tokens[of - 1].end;
        for (j = first; j < n; j++)
            if (a->mentions[j].type == DZ_ENT_ORGANIZATION && a->mentions[j].name &&
                strcmp(a->mentions[j].name, old) == 0)
                a->mentions[j].name = name;
        pushed = 1;
    }
    if (pushed)
        sort_mentions(a, first);
    return 0;
}

/* ---- "The" before a body's name -------------------------------------------
** An organisation's name read with the "The" that opens its sentence or
** noun phrase ("The Stock Exchange of Singapore has decided", "The Data
** Systems Division is responsible", "The First Boston Corp") is the name
** without it, as CoNLL marks it: "The" is a word of a newspaper's title
** only ("The Times", "The Wall Street Journal") and of names the lexicon
** knows with it. Left as they are: what is left would be one common word
** ("The Office", "The Association": no name either way) or a legal form
** alone ("The Limited Inc"). */

/* Is token t the last word of a newspaper's title ("Times", "Post")? */
static int paper_head(const scan *sc, int t)
{
    static const char *const heads[] = {
        "times", "journal", "post", "herald", "sun", "statesman", "telegraph",
        "observer", "economist", "independent", "guardian", "mirror", "star",
        "tribune", "globe", "news", "press", "daily", "report", "review"
    };
    return tok_in(sc, t, heads, sizeof heads / sizeof heads[0]);
}

/* The pass the block above describes. Always 0. */
static int leading_the(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e = tok_from(a, m->end), b, ai, len;
        const char *name;
        if (m->type != DZ_ENT_ORGANIZATION || m->form != DZ_FORM_NAME || t < 0 ||
            e - t < 2 || a->text[m->start] != 'T' || !tok_is(sc, t, "the") ||
            !(a->tokens[t + 1].flags & DZ_TOK_CAP) || known_span(sc, m))
            continue;
        b = org_end(sc, t + 1, e);
        if (b <= t + 1 || (b == t + 2 && tok_common(sc, t + 1)) ||
            (b == e && (paper_head(sc, e - 1) || paper_head(sc, t + 1))))
            continue;
        /* its name: the one the lexicon knows for the words left whole
        ** ("Energy Department"), else the name less its "The" (not the
        ** lexicon's name for part of it: "Soviet Communist Party") */
        ai = longest_alias(sc, t + 1, b, 0, &len);
        if (ai >= 0 && len == b - t - 1 &&
            sc->lx->ents[sc->lx->aliases[ai].entity].type == DZ_ENT_ORGANIZATION)
            name = sc->lx->ents[sc->lx->aliases[ai].entity].name;
        else if (strncmp(m->name, "The ", 4) == 0 || strncmp(m->name, "THe ", 4) == 0)
            name = m->name + 4;
        else
            name = m->name;
        m->start = a->tokens[t + 1].start;
        rename_mention(m, DZ_ENT_ORGANIZATION, name, DZ_FORM_NAME);
    }
    return 0;
}

/* ---- lone "persons" named as places ---------------------------------------
** A lone capitalised word read as a person that no use in the article
** shows to be one (no title before it, no "he" / "she" after it, no
** apposition said of a person, no word of a fuller name, no company's
** cue) is a place when a use of it stands where only a place stands:
** right after "in", "from" or "near" ("bankers in Muscat said", "15,000
** tonnes from Sete", "supplies from Palembang"), or listed beside a
** place or country the lexicon knows by that name ("Tokyo, Yokohama,
** Nagoya, Osaka, Kobe, Kitakyushu"; not a partner's name listed in a
** firm's, "Robertson, Colman and Stephens", nor a common word: "the
** U.K., Said it"). A verb of speech after
** such a use is said by the people there ("bankers in Muscat said"); one
** after another use keeps the person. Every use read as a person becomes
** the place, named as written. */

/* Is the use of a lone word at mention index j (token u) where only a
** place stands: after "in", "from", "near", or listed next to a known
** place? */
static int place_slot(const scan *sc, int first, int j, int u)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[a->mentions[j].sentence];
    const dz_mention *o = &a->mentions[j];
    int k;
    static const char *const faith[] = { "believe", "believes", "believed", "faith", "trust" };
    /* not a belief ("We believe in God") nor a person's view ("in
    ** Bird's view") */
    if (u > s->tok_first && !(a->tokens[u - 1].flags & DZ_TOK_CAP) &&
        (tok_is(sc, u - 1, "in") || tok_is(sc, u - 1, "from") || tok_is(sc, u - 1, "near")) &&
        !(u - 2 >= s->tok_first && tok_in(sc, u - 2, faith, sizeof faith / sizeof faith[0])) &&
        !(u + 1 < s->tok_first + s->tok_count && is_possessive(sc, u + 1)))
        return 1;
    for (k = j - 1; k <= j + 1; k += 2) {
        const dz_mention *p;
        if (k < first || k >= a->nmentions)
            continue;
        p = &a->mentions[k];
        if (known_place(sc, p) && !tok_common(sc, u) &&
            (k < j ? listed(sc, p, o) : listed(sc, o, p)))
            return 1;
    }
    return 0;
}

/* The pass the block above describes. Mentions in text order. */
static void uncued_places(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t len = (size_t)(m->end - m->start);
        const char *p = a->text + m->start;
        int t = tok_from(a, m->start), keep = 0, place = 0;
        if (!lone_person_word(sc, m, t) || in_person_name(a, first, p, len))
            continue;
        for (j = first; j < a->nmentions && !keep; j++) {
            const dz_mention *o = &a->mentions[j];
            int u, slot;
            if (!same_surface(a, o, p, len) || o->sentence < 0)
                continue;
            u = tok_from(a, o->start);
            slot = place_slot(sc, first, j, u);
            if ((o->type == DZ_ENT_PERSON && strcmp(o->name, m->name) != 0) ||
                person_cue(sc, o->sentence, u) || person_apposition(sc, o->sentence, u) ||
                company_cue(sc, o->sentence, u) || (!slot && quoted_by(sc, o->sentence, u)))
                keep = 1;
            place |= slot;
        }
        if (keep || !place)
            continue;
        relabel_uses(sc, first, p, len, 1u << DZ_ENT_PERSON, DZ_ENT_PLACE, m->name, 1);
    }
}

/* ---- lone words no person could be --------------------------------------
** Two readings of a lone capitalised word as a person that the word's
** place in its sentence undoes, whatever cue the article gives (a "said"
** after it is said of a body or a company as well):
** - after an article ("the Mint said", "the Richter scale", "the tanker
**   Pivot ... the Pivot was hit"): no person's name takes "the" or "a";
**   the word is a body when it speaks or has a company's cue ("the Mint
**   said", "Conrail shares": an organisation), else a thing and no
**   mention; unless a use with no article shows a
**   person (a title, a verb of speech: "President Carter" beside "the
**   Carter administration"), or a possessive follows ("the Shah's loan");
** - a common English word opening its sentence or a quotation, with no
**   title before it nor verb of speech for it anywhere in the article
**   ("Snow reached from Montana", "Cocaine, although illegal,", "\"Greed
**   has created"): its capital is the sentence's.
** Words kept: a given name ("the Diane von Furstenberg lines" is a name
** cut), a word the lexicon knows, a word of a fuller person's name in the
** article, a person resolved to a full name. Every use of the word read
** as a person changes with it. */

/* Is token t, in sentence si, after "the", "a" or "an"? */
static int after_article(const scan *sc, int si, int t)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    /* "Mark A Cote": a capital "A" inside a sentence is an initial */
    return t > s->tok_first &&
           (tok_is(sc, t - 1, "the") || tok_is(sc, t - 1, "a") || tok_is(sc, t - 1, "an")) &&
           (t - 1 == s->tok_first || !(a->tokens[t - 1].flags & DZ_TOK_CAP)) &&
           !(t + 1 < s->tok_first + s->tok_count && is_possessive(sc, t + 1));
}

/* Does token t open sentence si or a quotation or bracket in it? */
static int opens_sentence(const scan *sc, int si, int t)
{
    const dz_analysis *a = sc->a;
    const dz_sentence *s = &a->sentences[si];
    int k = t - 1;
    while (k >= s->tok_first && (tok_punct(a, k, '"') || tok_punct(a, k, '(')))
        k--;
    return k < s->tok_first;
}

/* The pass the block above describes: each lone person word's uses vote;
** the uses read as a person become the organisation or are dropped. */
static void plain_word_persons(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        size_t len = (size_t)(m->end - m->start);
        const char *p = a->text + m->start;
        int t = tok_from(a, m->start), art = 0, open = 0, cue = 0, speak = 0, type;
        if (!lone_person_word(sc, m, t) || in_person_name(a, first, p, len))
            continue;
        for (j = first; j < a->nmentions; j++) {
            const dz_mention *o = &a->mentions[j];
            int u;
            if (!same_surface(a, o, p, len) || o->sentence < 0)
                continue;
            u = tok_from(a, o->start);
            if (o->type == DZ_ENT_PERSON && strcmp(o->name, m->name) != 0)
                break;                  /* resolved to a full name */
            speak |= speaks(sc, o->sentence, u) || company_cue(sc, o->sentence, u);
            if (after_article(sc, o->sentence, u)) {
                art = 1;
                continue;
            }
            /* a use with no article before it may show a person
            ** ("President Carter" beside "the Carter administration") */
            open |= opens_sentence(sc, o->sentence, u);
            cue |= (u > a->sentences[o->sentence].tok_first && sc->mark[u - 1] == MARK_TITLE) ||
                   quoted_by(sc, o->sentence, u) || person_apposition(sc, o->sentence, u);
        }
        if (j < a->nmentions)
            continue;
        if (art && !cue)
            type = speak ? DZ_ENT_ORGANIZATION : DZ_ENT_NONE;
        else if (open && !cue && tok_common(sc, t))
            type = DZ_ENT_NONE;
        else
            continue;
        relabel_uses(sc, first, p, len, 1u << DZ_ENT_PERSON, type, m->name, 0);
    }
    drop_none_mentions(a, first);
}

/* ---- given names cut from their surnames ---------------------------------
** A given name read as a person of one word whose surname the tagger left
** out:
** - a surname that is also a title or a common word, after it with at
**   most an initial between, and no capitalised word after ("said John
**   Lord, a Mobil spokesman", "consultant Scott King", "Mark A Cote",
**   "John Pope Jr"): the mention takes the surname;
** - the first of given names sharing one surname ("Alfred and David
**   Billes", "Alfred, David and Martha Billes", "William and Elizabeth
**   Stern"): the mention, still one word, names the person with the
**   surname of the full name that ends the list ("Alfred Billes").
** Mentions held by the words taken in are dropped. 0, or -1 on no
** memory. */

/* Is token t a word written with a capital and then small letters? */
static int title_case(const dz_analysis *a, int t)
{
    return (a->tokens[t].flags & DZ_TOK_WORD) && (a->tokens[t].flags & DZ_TOK_CAP) &&
           !(a->tokens[t].flags & DZ_TOK_ALLCAP);
}

/* The mention (from first) starting at token t, or -1. */
static int mention_at(const scan *sc, int first, int t)
{
    const dz_analysis *a = sc->a;
    int j;
    for (j = first; j < a->nmentions; j++)
        if (a->mentions[j].type != DZ_ENT_NONE && a->mentions[j].start == a->tokens[t].start)
            return j;
    return -1;
}

/* Token end of the surname cut from the given name at token t (sentence
** end e), mentions from first: the token after it, or 0 when none. */
static int cut_surname(const scan *sc, int first, int t, int e)
{
    const dz_analysis *a = sc->a;
    int k = t + 1, j;
    if (k < e && is_letter(a, k) && (a->tokens[k].flags & DZ_TOK_CAP))
        k++;                                    /* "Mark A Cote" */
    if (k >= e || !title_case(a, k) || a->text[a->tokens[k].start + 1] < 'a' ||
        (sc->mark[k] != MARK_TITLE && !tok_common(sc, k)) || is_month(sc, k) ||
        (word_bits(sc, k) & W_GIVEN))
        return 0;
    if (k + 1 < e && (tok_is(sc, k + 1, "jr") || tok_is(sc, k + 1, "sr")))
        k++;
    else if (k + 1 < e && (a->tokens[k + 1].flags & DZ_TOK_CAP))
        return 0;
    /* the words taken in hold no mention but a lone person */
    for (j = first; j < a->nmentions; j++) {
        const dz_mention *o = &a->mentions[j];
        if (o->type != DZ_ENT_NONE && o->end > a->tokens[t + 1].start &&
            o->start <= a->tokens[k].start &&
            (o->type != DZ_ENT_PERSON || tok_from(a, o->end) != tok_from(a, o->start) + 1))
            return 0;
    }
    return k + 1;
}

static int given_name_cuts(scan *sc, int first)
{
    dz_analysis *a = sc->a;
    int i, j, cut = 0;
    for (i = first; i < a->nmentions; i++) {
        dz_mention *m = &a->mentions[i];
        int t = tok_from(a, m->start), e, k, n, o;
        if (m->type != DZ_ENT_PERSON || m->form != DZ_FORM_NAME || m->sentence < 0 ||
            t + 1 != tok_from(a, m->end) || !title_case(a, t) ||
            !(word_bits(sc, t) & W_GIVEN))
            continue;
        e = a->sentences[m->sentence].tok_first + a->sentences[m->sentence].tok_count;
        if ((k = cut_surname(sc, first, t, e)) > 0) {
            for (j = first; j < a->nmentions; j++)
                if (j != i && a->mentions[j].type != DZ_ENT_NONE &&
                    a->mentions[j].start >= a->tokens[t + 1].start &&
                    a->mentions[j].end <= a->tokens[k - 1].end)
                    a->mentions[j].type = DZ_ENT_NONE;
            if (respan_mention(sc, m, t, k, DZ_ENT_PERSON) != 0)
                return -1;
            cut = 1;
            continue;
        }
        /* "Alfred and David Billes", "Alfred, David and Martha Billes" */
        for (k = t + 1, n = 0; n < 4 && k + 1 < e; n++) {
            int and = tok_is(sc, k, "and");
            if (!and && !tok_punct(a, k, ','))
                break;
            k++;
            if (!title_case(a, k) || !(word_bits(sc, k) & W_GIVEN))
                break;
            o = mention_at(sc, first, k);
            if (o >= 0 && a->mentions[o].type == DZ_ENT_PERSON &&
                tok_from(a, a->mentions[o].end) > k + 1 && k + 1 < e &&
                title_case(a, k + 1) && !(word_bits(sc, k + 1) & W_GIVEN)) {
                const char *sur = a->text + a->tokens[k + 1].start;
                size_t gl = (size_t)(m->end - m->start);
                size_t sl = (size_t)(a->mentions[o].end - a->tokens[k + 1].start);
                char *name = dz_arena_alloc(&a->arena, gl + sl + 2);
                if (!name)
                    return -1;
                memcpy(name, a->text + m->start, gl);
                name[gl] = ' ';
                memcpy(name + gl + 1, sur, sl);
                name[gl + 1 + sl] = 0;
                rename_mention(m, DZ_ENT_PERSON, name, DZ_FORM_NAME);
                break;
            }
            if (and)
                break;                  /* "and" ends the list */
            k++;
        }
    }
    if (cut)
        drop_none_mentions(a, first);
    return 0;
}

static int mention_cmp(const void *x, const void *y)
{
    const dz_mention *p = x, *q = y;
    return p->start != q->start ? (p->start < q->start ? -1 : 1)
                                : (p->end > q->end) - (p->end < q->end);
}

/* Fold every token once into one buffer, then run the passes described
** at the top of this file sentence by sentence. */
int entities_find(const dz_lexicon *lx, dz_analysis *a)
{
    scan sc;
    int t, si, rc = -1, first = a->nmentions;
    size_t n = (size_t)a->ntokens;
    const dz_analysis *idx_a;
    int32_t *idx;

    if (!lx || a->ntokens == 0)
        return 0;
    memset(&sc, 0, sizeof sc);
    sc.lx = lx;
    sc.a = a;
    tokidx_begin(a, &idx_a, &idx);
    sc.foff = malloc(n * sizeof *sc.foff);
    sc.flen = malloc(n * sizeof *sc.flen);
    sc.mark = malloc(n * sizeof *sc.mark);
    sc.th = malloc(n * sizeof *sc.th);
    sc.single = calloc(n, 1);
    sc.lab = calloc(n, 1);
    if (lx->model) {
        sc.words = malloc(n * sizeof *sc.words);
        sc.lens = malloc(n * sizeof *sc.lens);
        if (!sc.words || !sc.lens)
            goto done;
    }
    if (!sc.lab || !sc.foff || !sc.flen || !sc.mark || !sc.th || !sc.single ||
        dz_buf_reserve(&sc.fold, a->len + 16) != 0)
        goto done;
    for (t = 0; t < a->ntokens; t++) {
        const dz_token *tk = &a->tokens[t];
        sc.foff[t] = (int32_t)sc.fold.len;
        if (!fold_ascii_token(&sc.fold, a->text + tk->start,
                              (size_t)(tk->end - tk->start), &sc.th[t])) {
            if (text_fold_append(&sc.fold, a->text + tk->start,
                                 (size_t)(tk->end - tk->start)) != 0)
                goto done;
            sc.th[t] = hash_bytes(sc.fold.data + sc.foff[t],
                                  sc.fold.len - (size_t)sc.foff[t]);
        }
        sc.flen[t] = (int32_t)(sc.fold.len - (size_t)sc.foff[t]);
        sc.mark[t] = MARK_FREE;
    }
    for (si = 0; si < a->nsentences; si++) {
        if (tag_sentence(&sc, si) != 0)
            goto done;
        if (pass_gazetteer(&sc, si) != 0 || pass_model(&sc, si) != 0 ||
            pass_rules(&sc, si) != 0)
            goto done;
    }
    if (pass_resolve(&sc) != 0)
        goto done;
    drop_party_state_tags(a, first);
    drop_none_mentions(a, first);     /* those organisations swallowed, and
                                      ** "R-Idaho" */
    sort_mentions(a, first);
    slash_forms(&sc, first);
    if (listed_names(&sc, first) != 0 || ordinal_firms(&sc, first) != 0 ||
        bracket_companies(&sc, first) != 0 || bracket_whole_names(&sc, first) != 0 ||
        pass_join_orgs(&sc, first) != 0 || comma_partner_firms(&sc, first) != 0 ||
        company_writings(&sc, first) != 0 || parent_units(&sc, first) != 0 ||
        family_firms(&sc, first) != 0 || party_plurals(&sc, first) != 0)
        goto done;
    {
        /* not names: a common thing's acronym ("annual percentage rate
        ** (APR)": also its other uses in the article), party tags, words
        ** that never name, names guessed in a table */
        int i, j, k = first;
        for (i = first; i < a->nmentions; i++) {
            dz_mention *m = &a->mentions[i];
            size_t len = (size_t)(m->end - m->start);
            if (m->type == DZ_ENT_NONE || !common_acronym(&sc, m))
                continue;
            for (j = first; j < a->nmentions; j++) {
                dz_mention *o = &a->mentions[j];
                if (j != i && (size_t)(o->end - o->start) == len &&
                    memcmp(a->text + o->start, a->text + m->start, len) == 0)
                    o->type = DZ_ENT_NONE;
            }
            m->type = DZ_ENT_NONE;
        }
        for (i = first; i < a->nmentions; i++)
            if (a->mentions[i].type != DZ_ENT_NONE &&
                !party_tag(&sc, &a->mentions[i]) && !not_a_name(&sc, &a->mentions[i]) &&
                !table_guess(&sc, &a->mentions[i]) && !caps_amid_figures(&sc, &a->mentions[i]))
                a->mentions[k++] = a->mentions[i];
        a->nmentions = k;
    }
    if (pass_unify(&sc, first) != 0)
        goto done;
    if (pass_one_sense(&sc, first) != 0)
        goto done;
    acronyms_of_article(&sc, first);
    acronym_first_words(&sc, first);
    described_companies(&sc, first);
    /* twice: a word listed with companies after it ("Gleneagles,
    ** Champneys, Cranks, Hediard and Guinness") learns it once they are */
    word_vote(&sc, first);
    word_vote(&sc, first);
    cued_place_firms(&sc, first);
    misspelt_names(&sc, first);
    if (capitals_in_lists(&sc, first) != 0)
        goto done;
    if (kind_by_head(&sc, first) != 0 || country_and_word(&sc, first) != 0 ||
        national_bodies(&sc, first) != 0 || product_lists(&sc, first) != 0 ||
        lead_participle_names(&sc, first) != 0 || trade_rounds(&sc, first) != 0 ||
        based_places(&sc, first) != 0 || hyphen_participles(&sc, first) != 0 ||
        employer_firms(&sc, first) != 0 ||
        interbank_rates(&sc, first) != 0 || dotless_states(&sc, first) != 0 ||
        product_names(&sc, first) != 0 || and_names_cut(&sc, first) != 0 ||
        possessive_firms(&sc, first) != 0 || named_rates(&sc, first) != 0 ||
        bracketed_names(&sc, first) != 0 || paper_names(&sc, first) != 0 ||
        adjective_firms(&sc, first) != 0 || geo_nouns(&sc, first) != 0)
        goto done;
    if (seat_towns(&sc, first) != 0)
        goto done;
    lone_words_of_firms(&sc, first);
    if (person_firm_nouns(&sc, first) != 0 || body_plurals(&sc, first) != 0 ||
        currency_words(&sc, first) != 0)
        goto done;
    inner_surnames(&sc, first);
    if (towns_before_states(&sc, first) != 0)
        goto done;
    pass_wire(&sc, first);
    uncued_places(&sc, first);
    uncued_persons(&sc, first);
    plain_word_persons(&sc, first);
    if (given_name_cuts(&sc, first) != 0)
        goto done;
    if (leading_the(&sc, first) != 0)
        goto done;
    legal_stops(&sc, first);
    if (index_numbers(&sc, first) != 0)
        goto done;
    rc = 0;
done:
    free(sc.foff);
    free(sc.flen);
    free(sc.mark);
    free(sc.th);
    free(sc.single);
    free(sc.lab);
    free(sc.words);
    free(sc.lens);
    dz_buf_free(&sc.fold);
    tokidx_end(idx_a, idx);
    return rc;
}

const char *lexicon_lookup(const dz_lexicon *lx, const char *alias,
                           dz_entity_type *type)
{
    dz_buf key = { 0 };
    uint64_t h;
    int ntok, lower;
    const char *out = NULL;
    int32_t ai;

    if (!lx || !alias || !lx->nbuckets ||
        fold_key(alias, strlen(alias), &key, &h, &ntok, &lower, NULL) != 0 ||
        !key.data) {
        dz_buf_free(&key);
        return NULL;
    }
    for (ai = lx->buckets[(uint32_t)h & (lx->nbuckets - 1)]; ai >= 0;
         ai = lx->aliases[ai].next) {
        const lx_alias *al = &lx->aliases[ai];
        const lx_entity *en = &lx->ents[al->entity];
        if (al->hash == h && en->type != LX_TITLE &&
            strcmp(al->key, key.data) == 0) {
            out = en->name;
            if (type)
                *type = (dz_entity_type)en->type;
            break;
        }
    }
    dz_buf_free(&key);
    return out;
}
