/*
** actions.c — who did what to whom, when.
**
** There is no parser: a sentence is read as a row of tokens classed by a
** small closed-class word list (determiners, prepositions, conjunctions,
** subordinators, pronouns, auxiliaries) and by the verb lexicon
** (src/analysis/lexicon/verbs.txt). The steps, per sentence:
**
**  1. Verb forms: each word is lemmatised against the lexicon (irregular
**     forms listed there, regular ones derived) and kept as a verb only
**     when its context says so: after an auxiliary, "to" or a subject, not
**     after a determiner or a possessive ("Pelosi's visit" is a noun).
**  2. Predicates: an auxiliary chain and its main verb; a control verb
**     ("is set to travel", "plans to visit") hands over to its infinitive
**     with planned modality. Modality comes from the chain (will, could,
**     not), an "if" clause, or a verb of saying before it (reported).
**  3. Subjects: the words left of the chain back to a clause boundary,
**     split at commas and "and" (coordinated subjects), with introductory
**     phrases dropped ("In a call with Biden,", "Last year,"). Each part's
**     head entity is an actor. A predicate with nothing but "and", a comma
**     or a semicolon before it shares the subject of the last predicate of
**     the same tense ("have attacked ... and prepared ...; blamed ...").
**     Passives take their actor from "by".
**  4. Target and category: the first entity after the verb up to the next
**     clause that is not the actor or a modifier ("a WTO dispute"); a
**     pronoun refers back to the previous target. Light verbs ("prepare",
**     "open", "add") take their category from the object noun, and a
**     noun such as "legislation" from the verb inside it.
**  5. Date: a time expression in the clause, else one that opens the
**     sentence or an earlier sentence of the paragraph ("In the last month
**     alone, ..."), else the publication date.
**
** Only predicates with an actor and a category become actions.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <strings.h>
#include <pthread.h>
#include "analysis/actions.h"
#include "analysis/dateline.h"
#include "analysis/demonyms.h"
#include "analysis/groups.h"
#include "analysis/text.h"

extern const char lexicon_verbs_txt[];
extern const size_t lexicon_verbs_txt_len;
extern const char lexicon_cameo_verbs_txt[];
extern const size_t lexicon_cameo_verbs_txt_len;

/* ---- the lexicon ---------------------------------------------------------*/

enum {                      /* closed-class word kinds */
    K_NONE = 0, K_DET, K_PREP, K_CONJ, K_SUB, K_PRON, K_NEG, K_TO,
    K_MODAL, K_ADV, K_REL, K_QUANT
};

enum { V_CONTROL = 1, V_SPEECH = 2, V_PARTICLE = 4 };
enum { ROOT_LIGHT = -1, NOUN_EMBED = 100 };

typedef struct verbdef {
    const char *lemma;
    int root;               /* 1..20, 0 structure, ROOT_LIGHT */
    unsigned flags;         /* V_* */
    int phrases;            /* first phrase index, -1 */
    int block;              /* CAMEO verb block (cameo_verbs.txt), -1 */
    uint32_t vclasses;      /* [verbclasses] bits (verblex.vc_*) */
} verbdef;

typedef struct cameo_pat {  /* a CAMEO pattern: block + object word */
    const char *word;       /* NULL: empty slot */
    int block;
    int root;               /* 0: no event */
} cameo_pat;

typedef struct phrase {
    const char *word;       /* object word or particle, NULL for a class */
    uint32_t cls;           /* class bit when word is NULL */
    int root;
    int next;
} phrase;

typedef struct lexent {
    const char *key;
    int verb;               /* lemma of this base form, -1 */
    int irr;                /* verb of this irregular form, -1 */
    int noun_root;          /* [nouns] root or NOUN_EMBED, -1 */
    int kind;               /* K_* */
    int modal;              /* dz_modality + 1 for auxiliaries, 0 */
    uint32_t classes;       /* noun classes */
    int media;              /* [media]: a news organisation's name */
} lexent;

typedef struct verblex {
    dz_arena arena;
    lexent *slots;
    size_t mask;
    verbdef *verbs;   int nverbs, capverbs;
    phrase *phrases;  int nphrases, capphrases;
    char classnames[32][24];
    int nclasses;
    int be, have, doo;      /* verb indexes of the auxiliaries */
    cameo_pat *pats;        /* CAMEO patterns, open addressing */
    size_t pmask;
    uint32_t role_person, role_body, actorish;  /* class masks, 0 if none */
    uint32_t unnamed;       /* @unnamed: one source not named ("an official") */
    uint32_t private_;      /* @private: bankers, dealers, companies */
    uint32_t commentator;   /* @commentator: analysts, dealers, sources */
    uint32_t institution;   /* @institution: police, army, court ... */
    uint32_t meeting;       /* class @meeting: "talks", "meeting" ... */
    uint32_t nominal;       /* @nominal: acts named by a noun ("threat") */
    uint32_t economic;      /* @economic: what makes an accord material */
    uint32_t market;        /* @market: figures of markets and statistics */
    char vclassnames[32][24];   /* [verbclasses] names, apart from nouns' */
    int nvclasses;
    uint32_t vc_put_off;    /* @put_off: "postpone", "delay" ... */
    uint32_t vc_order;      /* @order: an order of a thing or to a party */
    uint32_t vc_attend;     /* @attend: a visit only to someone named */
    uint32_t vc_show;       /* @show: a protest only without an object */
    uint32_t vc_make_way;   /* @make_way: "open the way", "pave the way" */
    uint32_t vc_strike;     /* @strike: a labour strike, or a blow by arms */
    uint32_t vc_occupy;     /* @occupy: taking a place, or a sit-in */
    uint32_t vc_address;    /* @address: speaking with someone, or to the press */
    uint32_t vc_walk_out;   /* @walk_out: a strike, or leaving talks */
    uint32_t force;         /* @force: armed forces and their arms */
    uint32_t civilian;      /* @civilian: farmers, workers, students ... */
    uint32_t press;         /* @press: journalists, reporters, the press */
    uint32_t own_matter;    /* @own_matter: a decision, a publication ... */
} verblex;

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static lexent *lex_find(const verblex *vl, const char *key)
{
    size_t i = hash_str(key) & vl->mask;
    for (; vl->slots[i].key; i = (i + 1) & vl->mask)
        if (strcmp(vl->slots[i].key, key) == 0)
            return &vl->slots[i];
    return NULL;
}

/* The entry for key, created empty when absent; NULL on no memory. The
** table is sized once, larger than the lexicon can fill. */
static lexent *lex_get(verblex *vl, const char *key)
{
    size_t i = hash_str(key) & vl->mask;
    for (; vl->slots[i].key; i = (i + 1) & vl->mask)
        if (strcmp(vl->slots[i].key, key) == 0)
            return &vl->slots[i];
    if (!(vl->slots[i].key = dz_arena_strdup(&vl->arena, key)))
        return NULL;
    vl->slots[i].verb = vl->slots[i].irr = vl->slots[i].noun_root = -1;
    return &vl->slots[i];
}

static const struct { const char *w; int kind; int modal; } closed[] = {
    { "a", K_DET, 0 }, { "an", K_DET, 0 }, { "the", K_DET, 0 },
    { "this", K_DET, 0 }, { "these", K_DET, 0 }, { "those", K_DET, 0 },
    { "its", K_DET, 0 }, { "his", K_DET, 0 }, { "her", K_DET, 0 },
    { "their", K_DET, 0 }, { "our", K_DET, 0 }, { "my", K_DET, 0 },
    { "your", K_DET, 0 }, { "no", K_DET, 0 }, { "every", K_DET, 0 },
    { "any", K_DET, 0 }, { "some", K_DET, 0 }, { "another", K_DET, 0 },
    { "such", K_DET, 0 }, { "more", K_DET, 0 }, { "new", K_DET, 0 },
    { "of", K_PREP, 0 }, { "in", K_PREP, 0 }, { "on", K_PREP, 0 },
    { "at", K_PREP, 0 }, { "for", K_PREP, 0 }, { "with", K_PREP, 0 },
    { "from", K_PREP, 0 }, { "by", K_PREP, 0 }, { "about", K_PREP, 0 },
    { "against", K_PREP, 0 }, { "between", K_PREP, 0 },
    { "into", K_PREP, 0 }, { "over", K_PREP, 0 }, { "under", K_PREP, 0 },
    { "during", K_PREP, 0 }, { "despite", K_PREP, 0 },
    { "toward", K_PREP, 0 }, { "towards", K_PREP, 0 },
    { "through", K_PREP, 0 }, { "without", K_PREP, 0 },
    { "amid", K_PREP, 0 }, { "among", K_PREP, 0 }, { "across", K_PREP, 0 },
    { "like", K_PREP, 0 }, { "than", K_PREP, 0 }, { "per", K_PREP, 0 },
    { "alongside", K_PREP, 0 }, { "around", K_PREP, 0 },
    { "thanks", K_PREP, 0 }, { "via", K_PREP, 0 }, { "upon", K_PREP, 0 },
    { "within", K_PREP, 0 }, { "behind", K_PREP, 0 },
    { "and", K_CONJ, 0 }, { "or", K_CONJ, 0 }, { "but", K_CONJ, 0 },
    { "nor", K_CONJ, 0 },
    { "that", K_REL, 0 }, { "which", K_REL, 0 }, { "who", K_REL, 0 },
    { "whom", K_REL, 0 }, { "whose", K_REL, 0 },
    { "because", K_SUB, 0 }, { "while", K_SUB, 0 }, { "although", K_SUB, 0 },
    { "though", K_SUB, 0 }, { "if", K_SUB, 0 }, { "unless", K_SUB, 0 },
    { "when", K_SUB, 0 }, { "whether", K_SUB, 0 }, { "as", K_SUB, 0 },
    { "since", K_SUB, 0 }, { "after", K_SUB, 0 }, { "before", K_SUB, 0 },
    { "until", K_SUB, 0 }, { "whereas", K_SUB, 0 }, { "where", K_SUB, 0 },
    { "once", K_SUB, 0 }, { "so", K_SUB, 0 }, { "what", K_SUB, 0 },
    { "how", K_SUB, 0 }, { "why", K_SUB, 0 },
    { "he", K_PRON, 0 }, { "she", K_PRON, 0 }, { "it", K_PRON, 0 },
    { "they", K_PRON, 0 }, { "we", K_PRON, 0 }, { "i", K_PRON, 0 },
    { "you", K_PRON, 0 }, { "him", K_PRON, 0 }, { "them", K_PRON, 0 },
    { "us", K_PRON, 0 },
    { "not", K_NEG, 0 }, { "never", K_NEG, 0 }, { "n't", K_NEG, 0 },
    { "to", K_TO, 0 },
    { "also", K_ADV, 0 }, { "now", K_ADV, 0 }, { "still", K_ADV, 0 },
    { "then", K_ADV, 0 }, { "already", K_ADV, 0 }, { "just", K_ADV, 0 },
    { "again", K_ADV, 0 }, { "even", K_ADV, 0 }, { "only", K_ADV, 0 },
    { "recently", K_ADV, 0 }, { "reportedly", K_ADV, 0 },
    { "jointly", K_ADV, 0 }, { "later", K_ADV, 0 }, { "soon", K_ADV, 0 },
    { "finally", K_ADV, 0 }, { "quickly", K_ADV, 0 }, { "first", K_ADV, 0 },
    { "however", K_ADV, 0 }, { "instead", K_ADV, 0 }, { "yet", K_ADV, 0 },
    /* how often, inside a verb chain: "they should always defend" */
    { "always", K_ADV, 0 }, { "often", K_ADV, 0 }, { "sometimes", K_ADV, 0 },
    { "usually", K_ADV, 0 },
    { "all", K_QUANT, 0 }, { "both", K_QUANT, 0 }, { "each", K_QUANT, 0 },
};

/* Fold a word for lookups: ASCII lower case, curly apostrophe made plain.
** Returns 0, or -1 when it does not fit (then it matches nothing). */
static int fold_word(const char *s, size_t n, char *out, size_t cap)
{
    size_t i, o = 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            c = '\'';
            i += 2;
        } else if (c >= 0x80 || c == 0)
            return -1;
        if (o + 1 >= cap)
            return -1;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = 0;
    return o ? 0 : -1;
}

/* Next line of the embedded text: [*p, end) up to '\n'; comments cut. */
static int next_line(const char **p, const char *end, char *line, size_t cap)
{
    const char *s = *p, *e;
    size_t n;
    if (s >= end)
        return 0;
    e = memchr(s, '\n', (size_t)(end - s));
    if (!e)
        e = end;
    *p = e < end ? e + 1 : end;
    n = (size_t)(e - s);
    if (n >= cap)
        n = cap - 1;
    memcpy(line, s, n);
    line[n] = 0;
    {
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
    }
    return 1;
}

static int add_verb(verblex *vl, const char *lemma, int root)
{
    lexent *e = lex_get(vl, lemma);
    if (!e)
        return -1;
    if (e->verb >= 0) {                 /* listed twice: the later wins */
        vl->verbs[e->verb].root = root;
        return e->verb;
    }
    if (DZ_VEC_PUSH(vl->verbs, vl->nverbs, vl->capverbs))
        return -1;
    vl->verbs[vl->nverbs].lemma = e->key;
    vl->verbs[vl->nverbs].root = root;
    vl->verbs[vl->nverbs].flags = 0;
    vl->verbs[vl->nverbs].phrases = -1;
    vl->verbs[vl->nverbs].block = -1;
    vl->verbs[vl->nverbs].vclasses = 0;
    e->verb = vl->nverbs;
    return vl->nverbs++;
}

static int class_bit(verblex *vl, const char *name, int create)
{
    int i;
    for (i = 0; i < vl->nclasses; i++)
        if (strcmp(vl->classnames[i], name) == 0)
            return i;
    if (!create || vl->nclasses >= 32 || strlen(name) >= 24)
        return -1;
    strcpy(vl->classnames[vl->nclasses], name);
    return vl->nclasses++;
}

static int class_bit_find(const verblex *vl, const char *name)
{
    int i;
    for (i = 0; i < vl->nclasses; i++)
        if (strcmp(vl->classnames[i], name) == 0)
            return i;
    return -1;
}

/* Verb classes ([verbclasses] in verbs.txt): "@name lemma..." gives
** each listed verb the class's bit in its verbdef. The names are a
** namespace of their own (at most 32), apart from the noun classes. A
** lemma that is no verb of [verbs] (listed before) is skipped: it can
** never be the lemma of a predicate. 0 ok (also for a bad line). */
static int verb_class_line(verblex *vl, char **tok, int n)
{
    int b, k;
    if (n < 2 || tok[0][0] != '@' || strlen(tok[0]) >= 24)
        return 0;
    for (b = 0; b < vl->nvclasses; b++)
        if (!strcmp(vl->vclassnames[b], tok[0]))
            break;
    if (b == vl->nvclasses) {
        if (b >= 32)
            return 0;
        strcpy(vl->vclassnames[vl->nvclasses++], tok[0]);
    }
    for (k = 1; k < n; k++) {
        const lexent *e = lex_find(vl, tok[k]);
        if (e && e->verb >= 0)
            vl->verbs[e->verb].vclasses |= 1u << b;
    }
    return 0;
}

/* The bit of the verb class named name, 0 when verbs.txt has none. */
static uint32_t verb_class_mask(const verblex *vl, const char *name)
{
    int b;
    for (b = 0; b < vl->nvclasses; b++)
        if (!strcmp(vl->vclassnames[b], name))
            return 1u << b;
    return 0;
}

/* Look up the verb classes the coder tests by name. */
static void verb_class_masks(verblex *vl)
{
    vl->vc_put_off = verb_class_mask(vl, "@put_off");
    vl->vc_order = verb_class_mask(vl, "@order");
    vl->vc_attend = verb_class_mask(vl, "@attend");
    vl->vc_show = verb_class_mask(vl, "@show");
    vl->vc_make_way = verb_class_mask(vl, "@make_way");
    vl->vc_strike = verb_class_mask(vl, "@strike");
    vl->vc_occupy = verb_class_mask(vl, "@occupy");
    vl->vc_address = verb_class_mask(vl, "@address");
    vl->vc_walk_out = verb_class_mask(vl, "@walk_out");
}

/* Is the verb vd of the verb class mask (one of verblex's vc_*)? */
static int verb_in(const verbdef *vd, uint32_t mask)
{
    return (vd->vclasses & mask) != 0;
}

/* Parse the embedded verbs.txt into vl. 0 ok, -1 no memory. */
static int verblex_load(verblex *vl)
{
    const char *p = lexicon_verbs_txt, *end = p + lexicon_verbs_txt_len;
    char line[4096], *tok[256];
    enum { S_NONE, S_VERBS, S_PHRASES, S_CLASSES, S_NOUNS, S_CONTROL,
           S_SPEECH, S_AUX, S_MEDIA, S_PARTICLE, S_VCLASSES } sec = S_NONE;
    size_t i;

    vl->mask = 8191;
    vl->slots = calloc(vl->mask + 1, sizeof *vl->slots);
    if (!vl->slots)
        return -1;
    for (i = 0; i < sizeof closed / sizeof closed[0]; i++) {
        lexent *e = lex_get(vl, closed[i].w);
        if (!e)
            return -1;
        e->kind = closed[i].kind;
    }
    while (next_line(&p, end, line, sizeof line)) {
        int n = 0;
        char *s = line, *save = NULL, *t;
        while (n < 256 && (t = strtok_r(s, " \t\r", &save))) {
            tok[n++] = t;
            s = NULL;
        }
        if (n == 0)
            continue;
        if (tok[0][0] == '[') {
            sec = !strcmp(tok[0], "[verbs]") ? S_VERBS
                : !strcmp(tok[0], "[phrases]") ? S_PHRASES
                : !strcmp(tok[0], "[classes]") ? S_CLASSES
                : !strcmp(tok[0], "[nouns]") ? S_NOUNS
                : !strcmp(tok[0], "[control]") ? S_CONTROL
                : !strcmp(tok[0], "[speech]") ? S_SPEECH
                : !strcmp(tok[0], "[aux]") ? S_AUX
                : !strcmp(tok[0], "[media]") ? S_MEDIA
                : !strcmp(tok[0], "[particle]") ? S_PARTICLE
                : !strcmp(tok[0], "[verbclasses]") ? S_VCLASSES : S_NONE;
            continue;
        }
        switch (sec) {
        case S_VERBS: {
            int root, v, k;
            if (n < 2)
                break;
            root = tok[1][0] == 'L' ? ROOT_LIGHT : atoi(tok[1]);
            if ((v = add_verb(vl, tok[0], root)) < 0)
                return -1;
            for (k = 2; k < n; k++) {
                lexent *e = lex_get(vl, tok[k]);
                if (!e)
                    return -1;
                e->irr = v;
            }
            break;
        }
        case S_PHRASES: {
            lexent *e;
            phrase *ph;
            if (n < 3 || !(e = lex_find(vl, tok[0])) || e->verb < 0)
                break;
            if (DZ_VEC_PUSH(vl->phrases, vl->nphrases, vl->capphrases))
                return -1;
            ph = &vl->phrases[vl->nphrases];
            ph->word = NULL;
            ph->cls = 0;
            if (tok[1][0] == '@') {
                int b = class_bit(vl, tok[1], 1);
                if (b < 0)
                    break;
                ph->cls = 1u << b;
            } else if (!(ph->word = dz_arena_strdup(&vl->arena, tok[1])))
                return -1;
            ph->root = atoi(tok[2]);
            ph->next = vl->verbs[e->verb].phrases;
            vl->verbs[e->verb].phrases = vl->nphrases++;
            break;
        }
        case S_CLASSES: {
            int b = class_bit(vl, tok[0], 1), k;
            if (b < 0)
                break;
            for (k = 1; k < n; k++) {
                lexent *e = lex_get(vl, tok[k]);
                if (!e)
                    return -1;
                e->classes |= 1u << b;
            }
            break;
        }
        case S_NOUNS: {
            lexent *e;
            if (n < 2 || !(e = lex_get(vl, tok[0])))
                return n < 2 ? 0 : -1;
            e->noun_root = tok[1][0] == 'E' ? NOUN_EMBED : atoi(tok[1]);
            break;
        }
        case S_CONTROL:
        case S_SPEECH:
        case S_PARTICLE: {
            lexent *e = lex_find(vl, tok[0]);
            int v = e && e->verb >= 0 ? e->verb : add_verb(vl, tok[0], 0);
            if (v < 0)
                return -1;
            vl->verbs[v].flags |= sec == S_CONTROL ? V_CONTROL
                                : sec == S_SPEECH ? V_SPEECH : V_PARTICLE;
            break;
        }
        case S_AUX: {
            lexent *e;
            if (n < 2 || !(e = lex_get(vl, tok[0])))
                return n < 2 ? 0 : -1;
            e->kind = K_MODAL;
            e->modal = 1 + (!strcmp(tok[1], "planned") ? DZ_MOD_PLANNED
                            : DZ_MOD_HYPOTHETICAL);
            break;
        }
        case S_MEDIA: {
            /* the whole line is one name, words joined by single spaces */
            char name[256];
            size_t o = 0;
            int k;
            lexent *e;
            for (k = 0; k < n && o + strlen(tok[k]) + 2 < sizeof name; k++) {
                size_t q;
                if (k)
                    name[o++] = ' ';
                for (q = 0; tok[k][q]; q++)
                    name[o++] = (char)tolower((unsigned char)tok[k][q]);
            }
            name[o] = 0;
            if (!(e = lex_get(vl, name)))
                return -1;
            e->media = 1;
            break;
        }
        case S_VCLASSES:
            if (verb_class_line(vl, tok, n) != 0)
                return -1;
            break;
        case S_NONE:
            break;
        }
    }
    verb_class_masks(vl);
    {
        static const char *const actorish[] = { "@agent", "@role_person",
                                                "@role_body", "@institution" };
        int b;
        size_t k;
        if ((b = class_bit_find(vl, "@role_person")) >= 0)
            vl->role_person = 1u << b;
        if ((b = class_bit_find(vl, "@role_body")) >= 0)
            vl->role_body = 1u << b;
        if ((b = class_bit_find(vl, "@meeting")) >= 0)
            vl->meeting = 1u << b;
        if ((b = class_bit_find(vl, "@nominal")) >= 0)
            vl->nominal = 1u << b;
        if ((b = class_bit_find(vl, "@unnamed")) >= 0)
            vl->unnamed = 1u << b;
        if ((b = class_bit_find(vl, "@private")) >= 0)
            vl->private_ = 1u << b;
        if ((b = class_bit_find(vl, "@commentator")) >= 0)
            vl->commentator = 1u << b;
        if ((b = class_bit_find(vl, "@institution")) >= 0)
            vl->institution = 1u << b;
        if ((b = class_bit_find(vl, "@economic")) >= 0)
            vl->economic = 1u << b;
        if ((b = class_bit_find(vl, "@market")) >= 0)
            vl->market = 1u << b;
        if ((b = class_bit_find(vl, "@force")) >= 0)
            vl->force = 1u << b;
        if ((b = class_bit_find(vl, "@civilian")) >= 0)
            vl->civilian = 1u << b;
        if ((b = class_bit_find(vl, "@press")) >= 0)
            vl->press = 1u << b;
        if ((b = class_bit_find(vl, "@own_matter")) >= 0)
            vl->own_matter = 1u << b;
        for (k = 0; k < sizeof actorish / sizeof actorish[0]; k++)
            if ((b = class_bit_find(vl, actorish[k])) >= 0)
                vl->actorish |= 1u << b;
    }
    {
        lexent *e;
        vl->be = (e = lex_find(vl, "be")) ? e->verb : -1;
        vl->have = (e = lex_find(vl, "have")) ? e->verb : -1;
        vl->doo = (e = lex_find(vl, "do")) ? e->verb : -1;
    }
    return 0;
}

static uint32_t pat_hash(int block, const char *word)
{
    return hash_str(word) ^ ((uint32_t)block * 2654435761u);
}

/* The root of CAMEO pattern (block, object word), or -1 when none. */
static int cameo_pattern(const verblex *vl, int block, const char *word)
{
    size_t i;
    if (!vl->pats || block < 0 || !word[0])
        return -1;
    for (i = pat_hash(block, word) & vl->pmask; vl->pats[i].word;
         i = (i + 1) & vl->pmask)
        if (vl->pats[i].block == block && !strcmp(vl->pats[i].word, word))
            return vl->pats[i].root;
    return -1;
}

/* Add pattern (block, word) -> root unless present (the first wins). */
static int add_pattern(verblex *vl, int block, const char *word, int root)
{
    size_t i;
    for (i = pat_hash(block, word) & vl->pmask; vl->pats[i].word;
         i = (i + 1) & vl->pmask)
        if (vl->pats[i].block == block && !strcmp(vl->pats[i].word, word))
            return 0;
    if (!(vl->pats[i].word = dz_arena_strdup(&vl->arena, word)))
        return -1;
    vl->pats[i].block = block;
    vl->pats[i].root = root;
    return 0;
}

/* Read the embedded cameo_verbs.txt (generated from the CAMEO verb
** dictionary): verbs of verbs.txt get their CAMEO block, so its object
** patterns apply to them; verbs.txt, read first, keeps its roots and
** its [phrases] come before the dictionary's. 0 ok, -1 no memory. */
static int cameo_load(verblex *vl)
{
    const char *p = lexicon_cameo_verbs_txt, *end = p + lexicon_cameo_verbs_txt_len;
    char line[4096], *tok[512];
    struct { char name[32]; char *words; } sets[128];
    int nsets = 0, block = -1, k;
    size_t npat = 0, cap;

    /* size the pattern table: the "N count" line gives the number of
    ** patterns with the sets expanded; the table is kept under half full */
    for (cap = 0; !cap && next_line(&p, end, line, sizeof line); )
        if (line[0] == 'N' && line[1] == ' ')
            cap = (size_t)atol(line + 2);
    if (!cap)
        return 0;
    for (vl->pmask = 1; vl->pmask < cap * 2 + 2; vl->pmask <<= 1)
        ;
    vl->pmask -= 1;
    if (!(vl->pats = calloc(vl->pmask + 1, sizeof *vl->pats)))
        return -1;
    p = lexicon_cameo_verbs_txt;
    while (next_line(&p, end, line, sizeof line)) {
        int n = 0;
        char *s = line, *save = NULL, *t;
        while (n < 512 && (t = strtok_r(s, " \t\r", &save))) {
            tok[n++] = t;
            s = NULL;
        }
        if (n == 0)
            continue;
        if (!strcmp(tok[0], "S") && n >= 3 && nsets < 128 && strlen(tok[1]) < 32) {
            size_t len = 0;
            char *w;
            for (k = 2; k < n; k++)
                len += strlen(tok[k]) + 1;
            if (!(w = dz_arena_alloc(&vl->arena, len + 1)))
                return -1;
            sets[nsets].words = w;
            for (k = 2; k < n; k++) {
                size_t l = strlen(tok[k]);
                memcpy(w, tok[k], l + 1);
                w += l + 1;
            }
            *w = 0;
            strcpy(sets[nsets++].name, tok[1]);
        } else if (!strcmp(tok[0], "B")) {
            block++;
        } else if (!strcmp(tok[0], "V") && n >= 3 && block >= 0) {
            /* only verbs verbs.txt lists: the dictionary's other verbs
            ** (with their block's default root) made more false alarms
            ** than finds on wire news */
            lexent *e = lex_find(vl, tok[1]);
            if (e && e->verb >= 0 && vl->verbs[e->verb].block < 0)
                vl->verbs[e->verb].block = block;
        } else if (!strcmp(tok[0], "P") && n >= 3 && block >= 0) {
            int root = atoi(tok[2]);
            if (tok[1][0] == '&') {
                for (k = 0; k < nsets; k++)
                    if (!strcmp(sets[k].name, tok[1])) {
                        const char *w;
                        for (w = sets[k].words; *w; w += strlen(w) + 1)
                            if (npat * 2 < vl->pmask && add_pattern(vl, block, w, root))
                                return -1;
                            else
                                npat++;
                        break;
                    }
            } else {
                char *q;
                for (q = tok[1]; *q; q++)
                    *q = (char)tolower((unsigned char)*q);
                if (npat * 2 < vl->pmask && add_pattern(vl, block, tok[1], root))
                    return -1;
                npat++;
            }
        }
    }
    return 0;
}

static verblex *the_lexicon;
static pthread_once_t lexicon_once = PTHREAD_ONCE_INIT;

static void lexicon_build(void)
{
    verblex *vl = calloc(1, sizeof *vl);
    if (!vl)
        return;
    if (verblex_load(vl) != 0 || cameo_load(vl) != 0) {
        free(vl->slots);
        free(vl->verbs);
        free(vl->phrases);
        free(vl->pats);
        dz_arena_free(&vl->arena);
        free(vl);
        return;
    }
    the_lexicon = vl;
}

/* The verb lexicon, built on first use; NULL when out of memory. */
static const verblex *lexicon(void)
{
    pthread_once(&lexicon_once, lexicon_build);
    return the_lexicon;
}

/* ---- lemmatising ---------------------------------------------------------*/

enum { F_NONE = 0, F_BASE, F_S, F_ED, F_ING, F_IRR };

static int lookup_verb(const verblex *vl, const char *w)
{
    const lexent *e = lex_find(vl, w);
    return e ? e->verb : -1;
}

/* Verb index of word w (folded) and its form in *form; -1 if none. */
static int lemmatise(const verblex *vl, const char *w, int *form)
{
    const lexent *e = lex_find(vl, w);
    char buf[40];
    size_t n = strlen(w);
    int v;

    *form = F_NONE;
    if (!e && !strncmp(w, "re-", 3) && w[3])
        return lemmatise(vl, w + 3, form);      /* "re-examine" */
    if (e && e->irr >= 0) {
        *form = F_IRR;
        return e->irr;
    }
    if (e && e->verb >= 0) {
        *form = F_BASE;
        return e->verb;
    }
    if (n < 3 || n + 2 >= sizeof buf)
        return -1;
    memcpy(buf, w, n + 1);
    if (w[n - 1] == 's') {
        *form = F_S;
        buf[n - 1] = 0;
        if ((v = lookup_verb(vl, buf)) >= 0)
            return v;
        if (n > 3 && w[n - 2] == 'e') {
            buf[n - 2] = 0;
            if ((v = lookup_verb(vl, buf)) >= 0)
                return v;
            if (w[n - 3] == 'i') {
                strcpy(buf + n - 3, "y");
                if ((v = lookup_verb(vl, buf)) >= 0)
                    return v;
            }
        }
    } else if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') {
        *form = F_ED;
        buf[n - 1] = 0;                                  /* prepare-d */
        if ((v = lookup_verb(vl, buf)) >= 0)
            return v;
        buf[n - 2] = 0;                                  /* attack-ed */
        if ((v = lookup_verb(vl, buf)) >= 0)
            return v;
        if (n > 4 && buf[n - 3] == buf[n - 4]) {         /* plann-ed */
            buf[n - 3] = 0;
            if ((v = lookup_verb(vl, buf)) >= 0)
                return v;
        }
        if (w[n - 3] == 'i') {                           /* appl-ied */
            strcpy(buf + n - 3, "y");
            if ((v = lookup_verb(vl, buf)) >= 0)
                return v;
        }
    } else if (n > 4 && !strcmp(w + n - 3, "ing")) {
        *form = F_ING;
        buf[n - 3] = 0;                                  /* attack-ing */
        if ((v = lookup_verb(vl, buf)) >= 0)
            return v;
        buf[n - 3] = 'e';                                /* prepar-ing */
        buf[n - 2] = 0;
        if ((v = lookup_verb(vl, buf)) >= 0)
            return v;
        if (n > 5 && w[n - 4] == w[n - 5]) {             /* plann-ing */
            buf[n - 4] = 0;
            if ((v = lookup_verb(vl, buf)) >= 0)
                return v;
        }
    }
    *form = F_NONE;
    return -1;
}

const char *actions_lemma(const char *word, int *root)
{
    const verblex *vl = lexicon();
    char w[40];
    int form, v;
    if (!vl || !word || fold_word(word, strlen(word), w, sizeof w) != 0)
        return NULL;
    if ((v = lemmatise(vl, w, &form)) < 0)
        return NULL;
    if (root)
        *root = vl->verbs[v].root;
    return vl->verbs[v].lemma;
}

/* ---- categories ------------------------------------------------------------*/

static const char *const plain_verbs[] = {
    "say", "tell", "add", "state", "note", "explain", "comment", "remark",
    "report", "write", "stress", "emphasize", "emphasise", "reiterate",
    "repeat", "describe", "claim", "assert", "affirm", "acknowledge",
    "confirm", "predict", "forecast", "estimate", "argue", "indicate",
    "mention", "brief", "speak", "publish", "signal", "underscore",
    "highlight", "concede", "believe", "think", "know",
    /* what is made known, with no one addressed: "Japanese officials
    ** admitted there is little more they can do", "South Africa will
    ** disclose new arrangements": the act is in what is made known, which
    ** the verb alone does not tell (these are not verbs of plain saying
    ** for the target: "disclosed to the EC"). Not "announce" nor
    ** "declare": an announcement is an act of its own time ("announced at
    ** a similar press conference last year" is recalled, see
    ** action_query.c); nor "reaffirm": what is reaffirmed is mostly a
    ** policy ("reaffirmed his opposition to protectionism") */
    "admit", "reveal", "disclose",
    /* "expressed optimism that ...": a feeling made known, which says no
    ** more (CAMEO 012); "expressed concern" is no statement (11) */
    "express"
};
enum { N_SAYING = 37 };     /* plain_verbs[0 .. N_SAYING): plain saying */

/* Is verb one of plain saying ("said X ...": what follows is said)? */
static int plain_saying(const char *verb)
{
    int i;
    for (i = 0; i < N_SAYING; i++)
        if (!strcmp(verb, plain_verbs[i]))
            return 1;
    return 0;
}

/* ---- saying to an audience ----------------------------------------------*/

/* Verbs of plain saying whose addressee is an audience, not one acted on:
** "she told Parliament", "Papandreou told the U.S. And NATO that ...",
** "Baker told the House Appropriations Committee". What was said is the
** act, and the verb alone does not code it, so such a statement is plain
** with its addressee too. Not "say": its target comes from a meeting or
** call named with it ("In a call with Biden, Xi said"), a statement to
** the other side; nor "repeat", "reiterate", "affirm", "confirm": what is repeated
** or affirmed to someone is mostly an act ("repeated an invitation to
** Turkey", "affirmed ratings of"); nor "brief", "speak" (a consultation). */
static const char *const audience_verbs[] = {
    "tell", "add", "state", "note", "explain", "comment", "remark",
    "write", "stress", "emphasize", "emphasise", "describe", "argue", "mention"
};

/* Is verb one of audience_verbs? */
static int plain_to_audience(const char *verb)
{
    size_t i;
    for (i = 0; i < sizeof audience_verbs / sizeof audience_verbs[0]; i++)
        if (!strcmp(verb, audience_verbs[i]))
            return 1;
    return 0;
}

const char *const *actions_audience_verbs(int *n)
{
    *n = (int)(sizeof audience_verbs / sizeof audience_verbs[0]);
    return audience_verbs;
}

const char *const *actions_plain_verbs(int *n)
{
    *n = (int)(sizeof plain_verbs / sizeof plain_verbs[0]);
    return plain_verbs;
}

int actions_plain_statement(const char *verb, int category, int has_target)
{
    size_t i;
    if (category == 1 && has_target && verb)
        return plain_to_audience(verb);
    if (category != 1 || has_target || !verb)
        return 0;
    for (i = 0; i < sizeof plain_verbs / sizeof plain_verbs[0]; i++)
        if (!strcmp(verb, plain_verbs[i]))
            return 1;
    return 0;
}

static const struct { const char *name; int code; } category_words[] = {
    { "statement", 1 }, { "make statement", 1 }, { "say", 1 },
    { "appeal", 2 }, { "intend to cooperate", 3 }, { "intent", 3 },
    { "consult", 4 }, { "meet", 4 }, { "visit", 4 }, { "meeting", 4 },
    { "diplomatic cooperation", 5 }, { "cooperate", 5 },
    { "material cooperation", 6 }, { "aid", 7 }, { "provide aid", 7 },
    { "yield", 8 }, { "investigate", 9 }, { "demand", 10 },
    { "disapprove", 11 }, { "accuse", 11 }, { "criticise", 11 },
    { "criticize", 11 }, { "reject", 12 }, { "threaten", 13 },
    { "protest", 14 }, { "show force", 15 }, { "force", 15 },
    { "exhibit force posture", 15 }, { "reduce relations", 16 },
    { "sanction", 16 }, { "sanctions", 16 }, { "coerce", 17 },
    { "consult/meet/visit", 4 }, { "travel", 4 }, { "talks", 4 },
    { "disapprove/accuse/criticise", 11 }, { "criticism", 11 },
    { "reduce relations/sanction", 16 }, { "show of force", 15 },
    { "use force", 19 }, { "attack", 19 }, { "violence", 20 },
    { "assault", 18 }, { "fight", 19 }, { "mass violence", 20 },
    { "use unconventional mass violence", 20 },
};

int actions_needs_target(int category, dz_entity_type actor_type)
{
    switch (category) {
    case 2: case 3: case 5: case 7: case 8: case 9: case 11: case 12: case 13:
    case 17:
        return 1;
    case 4: case 10:
        return actor_type != DZ_ENT_ORGANIZATION;
    default:
        return 0;
    }
}

int actions_category_parse(const char *s)
{
    size_t i;
    char *end;
    long n;
    if (!s || !*s)
        return 0;
    n = strtol(s, &end, 10);
    if (*end == 0)
        return n >= 1 && n <= 20 ? (int)n : 0;
    for (i = 0; i < sizeof category_words / sizeof category_words[0]; i++)
        if (strcasecmp(s, category_words[i].name) == 0)
            return category_words[i].code;
    for (i = 1; i <= 20; i++)
        if (dz_cameo_name((int)i) && strcasecmp(s, dz_cameo_name((int)i)) == 0)
            return (int)i;
    return 0;
}

/* ---- one sentence ----------------------------------------------------------*/

typedef struct tinfo {
    char w[32];             /* folded word, "" for punctuation / long words */
    int kind;               /* K_* */
    int modal;              /* dz_modality + 1 for a modal auxiliary */
    int verb, form;         /* lexicon verb and form, -1 / F_NONE */
    int is_verb;            /* kept as a verb after the context test */
    int mention;            /* mention covering the token, -1 */
    int timex;              /* timex covering the token, -1 */
    uint32_t flags;
    int noun_root;
    uint32_t classes;
    int media;              /* a word of a news organisation's name */
} tinfo;

typedef struct pred {
    int g, v;               /* first token of the chain, main verb */
    int verb;               /* lexicon verb */
    int form;               /* form of the first verb in the chain */
    int vform;              /* form of the main verb */
    int modality;
    int passive;            /* 1: "was backed by"; 2: reduced, "X backed by" */
    int rel;                /* subject is a relative pronoun */
    int subj_start;         /* first token of its subject, -1 if shared */
    int shared;             /* shares the subject of an earlier predicate */
    int shared_from;        /* that predicate's index, -1 */
    int gerund;             /* "after holding talks": the -ing form after a
                               preposition, done by the clause's subject */
    int actors[8], nactors;
    int end;                /* end of its clause (exclusive token) */
    int would;              /* "would" in its chain */
    int disowned;           /* "has no plans to", "no intention of" */
    int act_root, act_target;   /* the root and target it was coded with
                                   (0 / -1 before or without) */
    int maybe;              /* "could", "can", "should" or "must" in its
                               chain: an ability, a possibility or a duty,
                               no act */
    int intent;             /* "is ready to", "pledged to": an intent */
    int ctl;                /* token of the control verb handing over, -1 */
    int pronoun;            /* its subject is a pronoun or role noun:
                               P_PERSON ("he", "the minister"), P_OTHER
                               ("it", "they", "the ministry"), 0 */
    int role_subj;          /* its subject is a body's unnamed voice ("a
                               company spokesman"), coded as that body
                               (role_subject): still a source not named */
} pred;

enum { P_PERSON = 1, P_OTHER = 2 };

typedef struct ctx {
    const verblex *vl;
    const unsigned char *isgroup; /* per mention: 1 for a group named by a
                                     common noun (groups_add) */
    const unsigned char *blocked; /* per mention: 1 in a dateline or a
                                     party member, 2 a news organisation
                                     (no actor) */
    int filed_in;              /* the country of the story's dateline, a
                                  mention, -1 */
    dz_analysis *a;
    const dz_sentence *s;
    tinfo *t;
    int n;                  /* tokens in the sentence */
    pred *p;
    int np, capp;
    const char *pair[2];       /* the two countries the article is about */
    int pair_ok;
    int last_actor;            /* last actor of the previous sentence, -1 */
    int last_body_speaker;     /* the state or body that spoke in the last
                                  sentence with an actor (note_speaker), -1 */
    int last_role_body;        /* the state or body the last spokesman
                                  spoke for ("a Daimler spokesman said",
                                  note_role_speaker), -1 */
    int32_t unnamed_at;        /* where a source not named last spoke ("the
                                  official said"): "he" after it is that
                                  source, not a person named before; 0 */
    int32_t media_at;          /* where a news organisation last spoke
                                  ("the New China News Agency said"): a
                                  later "it" is that channel, no actor; 0 */
    int32_t unnamed_they_at;   /* where a group not named last spoke
                                  ("officials said", "bankers said"): a
                                  later "they" is that group; 0 */
    int mention_from;          /* first mention not before this sentence */
    int timex_from;            /* first time expression not before it */
    int skip;                  /* tokens of the sentence's dateline */
    int last_speaker;          /* the person who spoke in sentence
                                  last_speaker_si (note_speaker), -1 */
    int last_speaker_si;
    int last_persons[8];       /* two or more persons who acted together
                                  last ("Funaro and Gros visited"), for a
                                  later "they" (note_persons) */
    int nlast_persons;
    int voice_body;            /* the state or body an unnamed spokesman or
                                  official last spoke for ("a Canon
                                  spokesman said"), -1 (note_voice) */
    int32_t voice_at;          /* where that voice spoke */
    int voice_si;              /* in which sentence */
    int past_act;              /* an act of the previous sentence done on a
                                  day its own time puts before the story's
                                  (note_past_act), -1; past_si its sentence */
    int past_si;
} ctx;

static int is_punct(const ctx *c, int i, char ch)
{
    const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
    const char *s = c->a->text + tk->start;
    int n = tk->end - tk->start;
    if (!(tk->flags & DZ_TOK_PUNCT))
        return 0;
    if (ch == '-')          /* a dash: -- or an en / em dash */
        return (n == 2 && s[0] == '-' && s[1] == '-') ||
               (n == 3 && (unsigned char)s[0] == 0xE2 &&
                (unsigned char)s[1] == 0x80 &&
                ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94));
    if (ch == '"')
        return (n == 1 && s[0] == '"') ||
               (n == 3 && (unsigned char)s[0] == 0xE2 &&
                (unsigned char)s[1] == 0x80 &&
                ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x9D));
    return n == 1 && s[0] == ch;
}

/* A clause boundary mark: ; : ( ) or a dash (is_punct's forms). The
** token is read once: this runs for most tokens of every sentence. */
static int is_boundary_punct(const ctx *c, int i)
{
    const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
    const unsigned char *s = (const unsigned char *)c->a->text + tk->start;
    int n = tk->end - tk->start;
    if (!(tk->flags & DZ_TOK_PUNCT))
        return 0;
    if (n == 1)
        return s[0] == ';' || s[0] == ':' || s[0] == '(' || s[0] == ')';
    return is_punct(c, i, '-');
}

static int is_quote(const ctx *c, int i)
{
    return is_punct(c, i, '"');
}

static int is_poss(const ctx *c, int i)
{
    return i >= 0 && i < c->n && (!strcmp(c->t[i].w, "'s") || !strcmp(c->t[i].w, "'"));
}

static int is_adverb(const ctx *c, int i)
{
    size_t n = strlen(c->t[i].w);
    return c->t[i].kind == K_ADV || c->t[i].kind == K_QUANT ||
           (n > 4 && !strcmp(c->t[i].w + n - 2, "ly") && c->t[i].verb < 0 &&
            c->t[i].mention < 0);
}

static int is_aux_word(const ctx *c, int i)
{
    const tinfo *t = &c->t[i];
    return t->kind == K_MODAL || t->verb == c->vl->be ||
           t->verb == c->vl->have || t->verb == c->vl->doo;
}

/* Index of the previous token skipping adverbs and negations; -1. */
static int prev_content(const ctx *c, int i)
{
    for (i--; i >= 0; i--)
        if (!is_adverb(c, i) && c->t[i].kind != K_NEG)
            return i;
    return -1;
}

/* Is token i a number ("1987", "15.5")? */
static int is_number(const ctx *c, int i)
{
    const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
    return isdigit((unsigned char)c->a->text[tk->start]);
}

/* The last token of the run of mention m's tokens right after token i
** (i itself when the next token is not m's). */
static int mention_run_end(const ctx *c, int i, int m)
{
    while (i + 1 < c->n && c->t[i + 1].mention == m)
        i++;
    return i;
}

/* Does token i start or sit inside an entity mention that ends at i? */
static int mention_ends(const ctx *c, int i)
{
    return i >= 0 && c->t[i].mention >= 0 &&
           (i + 1 >= c->n || c->t[i + 1].mention != c->t[i].mention);
}

/* Is mention m an adjective ("Venezuelan", "Chinese") rather than a
** name? Its surface is longer than a name it starts like, or has a
** demonym ending. */
static int adjectival(const ctx *c, int m)
{
    const dz_mention *mt = &c->a->mentions[m];
    const char *sf = c->a->text + mt->start;
    int n = mt->end - mt->start, ln = (int)strlen(mt->name);
    if (mt->type != DZ_ENT_COUNTRY || n < 4)
        return 0;
    if (n > ln && strncasecmp(sf, mt->name, 4) == 0)
        return 1;
    return (n > 3 && !strncmp(sf + n - 3, "ese", 3)) ||
           (n > 3 && !strncmp(sf + n - 3, "ish", 3)) ||
           (n > 3 && !strncmp(sf + n - 3, "ian", 3)) ||
           (n > 3 && strncmp(sf, mt->name, 3) != 0 && sf[n - 1] == 'i');
}

static int named_meeting_after_of(const ctx *c, int i, int j);

/* Is w the plural of a member of an assembly ("senators", "lawmakers",
** "governors"): people who act as a group of their own, not as their
** state (member_group)? */
static int member_noun(const char *w)
{
    static const char *const members[] = {
        "senators", "congressmen", "lawmakers", "legislators", "governors",
        "parliamentarians", NULL
    };
    return dz_word_in(w, members);
}

/* Could token i, a word with a subject-like thing before it, be a finite
** verb? The context test of step 1. */
static int verb_context(const ctx *c, int i)
{
    const tinfo *t = &c->t[i];
    int j = prev_content(c, i);
    const tinfo *pt = j >= 0 ? &c->t[j] : NULL;
    int form = t->form;

    if (t->mention >= 0)
        return 0;
    if (t->verb == c->vl->be || t->verb == c->vl->have || t->verb == c->vl->doo)
        return 1;
    if (!pt)                    /* sentence start: an imperative or a noun */
        return form == F_ED || form == F_IRR;
    if (pt->kind == K_DET || is_poss(c, j))
        return 0;
    if (pt->kind == K_MODAL || pt->kind == K_TO)
        return form == F_BASE || form == F_IRR;
    if (pt->verb >= 0 && is_aux_word(c, j) && pt->is_verb)
        return 1;
    if (pt->kind == K_PREP)
        return 0;
    switch (form) {
    case F_ING:
        return 0;               /* only after "be", handled above */
    case F_ED:
    case F_IRR:
        return 1;
    case F_S:
        if (mention_ends(c, j) && adjectival(c, pt->mention))
            return 0;           /* "the Venezuelan talks" */
        if (mention_ends(c, j) && named_meeting_after_of(c, i, j))
            return 0;           /* "a new round of IMF talks" */
        if (mention_ends(c, j)) {
            /* "attacked OECD forecasts", "rejected U.S. demands": a name
            ** right after an act verb (not a verb of saying: "said Japan
            ** wants") modifies the plural noun after it */
            int b0 = j, v;
            while (b0 > 0 && c->t[b0 - 1].mention == pt->mention)
                b0--;
            v = b0 - 1;
            if (v >= 0 && c->t[v].verb >= 0 && c->t[v].is_verb &&
                !(c->vl->verbs[c->t[v].verb].flags & V_SPEECH) &&
                !is_aux_word(c, v) && c->vl->verbs[c->t[v].verb].root != 0)
                return 0;
        }
        return mention_ends(c, j) || pt->kind == K_PRON || pt->kind == K_REL ||
               is_adverb(c, i - 1) ||
               (c->a->tokens[c->s->tok_first + j].flags & DZ_TOK_CAP);
    case F_BASE:
        /* a group of members is plural: "EC industry ministers meet
        ** again" (other groups keep the rule of names: "the police
        ** report", "Bankers say" are too often a noun or a source) */
        if (mention_ends(c, j) && c->isgroup[pt->mention] &&
            (member_noun(pt->w) || !strcmp(pt->w, "ministers")))
            return 1;
        if (mention_ends(c, j)) {
            /* a singular name takes "-s": a base form needs "X and Y" */
            int b0 = j;
            while (b0 > 0 && c->t[b0 - 1].mention == pt->mention)
                b0--;
            return b0 >= 2 && c->t[b0 - 1].kind == K_CONJ &&
                   c->t[b0 - 2].mention >= 0;
        }
        return pt->kind == K_PRON || pt->kind == K_REL ||
               pt->kind == K_NEG ||
               (strlen(pt->w) > 3 && pt->w[strlen(pt->w) - 1] == 's' &&
                pt->verb < 0 && pt->kind == K_NONE && pt->w[0]);
    }
    return 0;
}

/* ---- predicates ------------------------------------------------------------*/

static int push_pred(ctx *c, int g, int v, int form, int modality)
{
    pred *p;
    if (DZ_VEC_PUSH(c->p, c->np, c->capp))
        return -1;
    p = &c->p[c->np++];
    memset(p, 0, sizeof *p);
    p->g = g;
    p->v = v;
    p->verb = c->t[v].verb;
    p->form = form;
    p->modality = modality;
    p->subj_start = -1;
    p->shared_from = -1;
    p->ctl = -1;
    p->end = c->n;
    p->act_target = -1;
    return 0;
}

/* Is the gerund at token i (after "after", "by" ...) done by the subject
** of the predicate before it? Not when an infinitive, a relative clause,
** "that" or "of" stands between ("asked Venezuela to help by supplying",
** "accused creditor banks of standing in the way by demanding", "the
** decision ... after admitting China"), nor after a passive ("hit by
** flying glass", "attended by visiting President ..."). */
static int gerund_of_subject(const ctx *c, int i)
{
    const pred *q = &c->p[c->np - 1];
    int j;
    if (i >= 2 && c->t[i - 2].verb >= 0 &&
        (c->t[i - 2].form == F_ED || c->t[i - 2].form == F_IRR))
        return 0;
    if (q->passive)
        return 0;
    for (j = q->v + 1; j < i - 1; j++)
        if (c->t[j].kind == K_TO || c->t[j].kind == K_REL || c->t[j].kind == K_SUB ||
            !strcmp(c->t[j].w, "that") || !strcmp(c->t[j].w, "of") ||
            is_boundary_punct(c, j))
            return 0;
    return 1;
}

/* ---- an intent told by an adjective ---------------------------------------*/

/* After "be" at token b, an adjective of intent and a to-infinitive of a
** lexicon verb: "was ready to negotiate", "is willing to pay", "are
** equally determined to resist Brazil's demands", "is keen to expand
** ties" (one adverb may stand before the adjective). The token of the
** infinitive's verb, or 0. */
static int intent_adjective(const ctx *c, int b)
{
    static const char *const adjectives[] = {
        "ready", "willing", "eager", "determined", "keen"
    };
    int a = b + 1;
    size_t k;
    if (a < c->n && is_adverb(c, a) && c->t[a].kind != K_NEG)
        a++;
    if (a + 2 >= c->n || c->t[a + 1].kind != K_TO || c->t[a + 2].verb < 0 ||
        c->t[a + 2].mention >= 0 ||
        !(c->t[a + 2].form == F_BASE || c->t[a + 2].form == F_IRR))
        return 0;
    for (k = 0; k < sizeof adjectives / sizeof *adjectives; k++)
        if (!strcmp(c->t[a].w, adjectives[k]))
            return a + 2;
    return 0;
}

/* ---- an act disowned: "has no plans to" -----------------------------------*/

/* After "have" at token h, "no plans to" or "no intention to" and a
** lexicon verb's base form, or "no intention of" and its -ing form: "Japan
** had no plans to bow to U.K. And U.S. Pressure", "Britain has no
** intention of imposing sanctions". The act is disowned (negated), as
** "will not bow" is. The token of that verb, or 0. */
static int no_plans_to(const ctx *c, int h)
{
    int a = h + 1, v;
    if (a + 3 >= c->n || strcmp(c->t[a].w, "no") ||
        !(!strcmp(c->t[a + 1].w, "plans") || !strcmp(c->t[a + 1].w, "plan") ||
          !strcmp(c->t[a + 1].w, "intention")))
        return 0;
    v = a + 3;
    if (c->t[v].verb < 0 || c->t[v].mention >= 0)
        return 0;
    if (c->t[a + 2].kind == K_TO)
        return c->t[v].form == F_BASE || c->t[v].form == F_IRR ? v : 0;
    if (!strcmp(c->t[a + 2].w, "of") && !strcmp(c->t[a + 1].w, "intention"))
        return c->t[v].form == F_ING ? v : 0;
    return 0;
}

/* ---- a participle adjunct after a comma ------------------------------------*/

/* Does a verb of this root keep its act as a participle adjunct? An
** appeal, disapproval, rejection, threat, protest or force ("urging",
** "complaining", "objecting", "threatening", "killing") is one more act of
** the subject; the other roots after a comma mostly describe the first
** act's effect ("giving IBM rights", "allowing Cray to resell", "offering
** banks liquidity aid", "excluding EDS") or a business step. */
static int adjunct_root(int root)
{
    return root == 2 || (root >= 11 && root <= 14) || root >= 18;
}

/* Is the -ing form at token i a participle adjunct of the clause just
** before it, done by that clause's subject? "Kohl has written two letters
** to Delors, complaining that the plans would hit farmers", "Canada
** protested, accusing France of overfishing". A comma comes before it (an
** adverb may stand between: ", effectively suspending"); its verb codes
** an act, not a plain statement (", saying", ", adding", ", citing" add
** no act); the predicate before it is active, and no relative clause,
** "that", infinitive, preposition "of" or clause mark stands between
** them (as gerund_of_subject asks of a gerund after "by"). "calling" is
** an appeal only before "on" or "for" ("calling it a move" names). */
static int participle_adjunct(const ctx *c, int i)
{
    const pred *q;
    int k = i - 1, j, root;
    if (i < 2 || c->np == 0 || c->t[i].verb < 0 || c->t[i].form != F_ING ||
        c->t[i].mention >= 0)
        return 0;
    root = c->vl->verbs[c->t[i].verb].root;
    if (c->vl->verbs[c->t[i].verb].flags & V_SPEECH)
        return 0;
    if (!strcmp(c->vl->verbs[c->t[i].verb].lemma, "call"))
        root = i + 1 < c->n && (!strcmp(c->t[i + 1].w, "on") ||
                                !strcmp(c->t[i + 1].w, "for")) ? 2 : 0;
    if (!adjunct_root(root))
        return 0;
    if (is_adverb(c, k) && k > 1)
        k--;
    q = &c->p[c->np - 1];
    if (!is_punct(c, k, ',') || q->v >= k || q->passive)
        return 0;
    for (j = q->v + 1; j < k; j++)
        if (c->t[j].kind == K_TO || c->t[j].kind == K_REL || c->t[j].kind == K_SUB ||
            !strcmp(c->t[j].w, "that") || !strcmp(c->t[j].w, "of") ||
            is_boundary_punct(c, j) || is_quote(c, j))
            return 0;
    return 1;
}

/* Is the verb at g a split infinitive, an adverb between it and "to":
** "would have forced Reagan to automatically impose quotas" (no clause of
** its own, so no act of Reagan's)? */
static int split_infinitive(const ctx *c, int g)
{
    return g > 2 && c->t[g - 2].kind == K_TO && is_adverb(c, g - 1) &&
           c->t[g - 1].kind != K_QUANT &&
           /* "agreed to further open": the control verb's own act */
           !(c->t[g - 3].verb >= 0 && (c->vl->verbs[c->t[g - 3].verb].flags & V_CONTROL));
}

/* Is the verb at j, with no auxiliary, a past participle whose "by"
** names who acted? "Governor Shunichi Suzuki backed by the LDP and two
** centrist parties has said": the LDP backs Suzuki. A name, or a noun of
** people or of a body, must follow "by" within three words: "retaliated by
** imposing", "rose by 5 pct", "said by telephone" stay active. */
static int reduced_passive(const ctx *c, int j)
{
    int x, by = j + 1;
    if (by < c->n && (!strcmp(c->t[by].w, "down") || !strcmp(c->t[by].w, "up") ||
                      !strcmp(c->t[by].w, "off") || !strcmp(c->t[by].w, "out")))
        by++;       /* "a story, quickly shot down by others" */
    if (by + 1 < c->n && is_adverb(c, by) && c->t[by].kind != K_QUANT &&
        !strcmp(c->t[by + 1].w, "by"))
        by++;       /* "Habre, supported logistically by 2,400 French troops" */
    if ((c->t[j].form != F_ED && c->t[j].form != F_IRR) || by + 1 >= c->n ||
        strcmp(c->t[by].w, "by") || (c->vl->verbs[c->t[j].verb].flags & V_SPEECH))
        return 0;
    for (x = by + 1; x < c->n && x <= by + 3; x++) {
        if (c->t[x].mention >= 0)
            return 1;
        /* an agent not named: "by others in the administration", "by
        ** the police" (the act is then no one's we can name) */
        if (c->t[x].mention < 0 && ((c->t[x].classes & c->vl->actorish) ||
                                    !strcmp(c->t[x].w, "others")))
            return 1;
        if (c->t[x].kind != K_DET && !(c->t[x].kind == K_NONE && c->t[x].w[0] &&
                                       c->t[x].verb < 0))
            return 0;       /* a verb, a preposition, a comma: no agent */
    }
    return 0;
}

/* Does adverb w say an act is a habit or a rule, not one event ("China
** traditionally opposes", "the APT normally demands")? In the simple
** present such acts are kept as hypothetical: nothing was done on a day. */
static int habitual_adverb(const char *w)
{
    static const char *const words[] = {
        "traditionally", "usually", "normally", "generally", "typically",
        "customarily", "routinely", "habitually", "always", "often",
        "frequently", "regularly", "invariably"
    };
    size_t i;
    for (i = 0; i < sizeof words / sizeof *words; i++)
        if (!strcmp(w, words[i]))
            return 1;
    return 0;
}

/* ---- "use its powers to ban": the act done with the means ----------------*/

/* When token u is the verb "use" and its object, a short noun phrase (at
** most eight words, no verb, modal, clause or comma in it), is followed by
** a to-infinitive ("Britain would use its powers to ban Japanese
** financial institutions", "he will use the annual economic summit ... to
** press for economic expansion"), the infinitive's verb is the act and the
** using is only its means. Its token, or -1. */
static int instrument_infinitive(const ctx *c, int u)
{
    int i;
    if (c->t[u].verb < 0 || strcmp(c->vl->verbs[c->t[u].verb].lemma, "use"))
        return -1;
    for (i = u + 1; i < c->n && i <= u + 9; i++) {
        if (c->t[i].kind == K_TO)
            return i > u + 1 && i + 1 < c->n && c->t[i + 1].verb >= 0 &&
                   c->t[i + 1].mention < 0 &&
                   (c->t[i + 1].form == F_BASE || c->t[i + 1].form == F_IRR) ? i + 1 : -1;
        if (c->t[i].verb >= 0 || c->t[i].kind == K_REL || c->t[i].kind == K_SUB ||
            c->t[i].kind == K_MODAL || is_punct(c, i, ',') || is_boundary_punct(c, i))
            return -1;
    }
    return -1;
}

/* "use" is a verb of the clause only when an act follows as its purpose
** (instrument_infinitive); elsewhere ("the method used by the company",
** "used the money in a real estate deal") it tells of no act and splits no
** clause, so its verb is cleared. */
static void instrument_verbs(ctx *c)
{
    int i;
    for (i = 0; i < c->n; i++)
        if (c->t[i].verb >= 0 && c->t[i].mention < 0 &&
            !strcmp(c->vl->verbs[c->t[i].verb].lemma, "use") &&
            instrument_infinitive(c, i) < 0)
            c->t[i].verb = -1;
}

/* Step 2: group auxiliary chains with their main verb into predicates. */
static int find_predicates(ctx *c)
{
    int i = 0;
    while (i < c->n) {
        int g = i, j, form = F_NONE, modal = 0, neg = 0, passive = 0;
        int saw_be = 0, main = -1, would = 0, likely = 0, intent = 0, maybe = 0, ia;
        if ((i > 0 && c->t[i].verb >= 0 && c->t[i].form == F_ING && c->t[i].mention < 0 &&
            c->vl->verbs[c->t[i].verb].root != 0 &&
            (!strcmp(c->t[i - 1].w, "after") || !strcmp(c->t[i - 1].w, "before") ||
             !strcmp(c->t[i - 1].w, "while") || !strcmp(c->t[i - 1].w, "by")) &&
            c->np > 0 && gerund_of_subject(c, i)) || participle_adjunct(c, i)) {
            /* "has just left Riyadh after holding preliminary talks",
            ** "retaliated by imposing tariffs": a gerund after a
            ** preposition is done by the subject of the clause before */
            if (push_pred(c, i, i, F_ING, DZ_MOD_ASSERTED))
                return -1;
            c->p[c->np - 1].gerund = 1;
            c->p[c->np - 1].vform = F_ING;
            c->t[i].is_verb = 1;
            i++;
            continue;
        }
        if (!(c->t[i].kind == K_MODAL || (c->t[i].verb >= 0 && c->t[i].is_verb))) {
            i++;
            continue;
        }
        /* the chain: modals, be/have/do, adverbs, negation, then a verb */
        for (j = i; j < c->n; j++) {
            tinfo *t = &c->t[j];
            if (j > g && j - g <= 3 && t->timex >= 0 && t->mention < 0 &&
                t->verb < 0)
                continue;   /* "will this week visit" */
            if (t->kind == K_MODAL) {
                if (!modal)
                    modal = t->modal;
                if (!strcmp(t->w, "would"))
                    would = 1;
                if (!strcmp(t->w, "could") || !strncmp(t->w, "can", 3) ||
                    !strcmp(t->w, "ca") || !strcmp(t->w, "should") ||
                    !strcmp(t->w, "must") || !strcmp(t->w, "ought"))
                    maybe = 1;
                if (form == F_NONE)
                    form = F_BASE;
                continue;
            }
            if (t->kind == K_NEG) {
                neg = 1;
                continue;
            }
            if (is_adverb(c, j) && j > g) {
                /* "will likely impose", "would probably meet": a guess */
                if (!strcmp(t->w, "likely") || !strcmp(t->w, "probably") ||
                    !strcmp(t->w, "possibly") || !strcmp(t->w, "perhaps"))
                    likely = 1;
                continue;
            }
            if (t->verb >= 0 && (t->is_verb || j > g)) {
                int aux = t->verb == c->vl->be || t->verb == c->vl->have ||
                          t->verb == c->vl->doo;
                int k = j + 1;
                if (form == F_NONE)
                    form = t->form;
                /* "are today meeting", "will this week visit": a time
                ** inside the verb chain */
                while (k < c->n && (is_adverb(c, k) || c->t[k].kind == K_NEG ||
                                    (c->t[k].timex >= 0 && c->t[k].mention < 0 &&
                                     k - j <= 3)))
                    k++;
                if (aux && k < c->n && c->t[k].verb >= 0 &&
                    c->t[k].mention < 0 && c->t[k].kind != K_DET &&
                    !(t->verb == c->vl->have && c->t[k].form == F_S)) {
                    /* "will have talks with": a plural noun after "have"
                    ** is its object, not a verb of the chain */
                    if (t->verb == c->vl->be)
                        saw_be = 1;
                    if (!strncmp(t->w, "n't", 3) || strstr(t->w, "n't"))
                        neg = 1;
                    continue;
                }
                if (j > g && c->t[j].form == F_NONE)
                    break;
                if (j > g && !(t->form == F_BASE || t->form == F_ED ||
                               t->form == F_ING || t->form == F_IRR))
                    break;
                main = j;
                if (saw_be && (t->form == F_ED || t->form == F_IRR) &&
                    t->verb != c->vl->be)
                    passive = 1;
                if (j == g && reduced_passive(c, j))
                    passive = 2;
                break;
            }
            break;
        }
        if (main < 0) {
            i = j > i ? j : i + 1;
            continue;
        }
        if (g > 0 && (c->t[g - 1].kind == K_TO || split_infinitive(c, g)) &&
            c->t[g].kind != K_MODAL) {
            i = main + 1;           /* an infinitive: no clause of its own */
            continue;
        }
        if (strstr(c->t[g].w, "n't"))
            neg = 1;
        if (g > 0 && g == main && habitual_adverb(c->t[g - 1].w) &&
            (c->t[main].form == F_S || c->t[main].form == F_BASE))
            likely = 1;     /* "China traditionally opposes granting dual
                            ** nationality": a habit in the present, no
                            ** event ("have frequently criticised" tells
                            ** of acts done) */
        {
            int mod = neg ? DZ_MOD_NEGATED : likely ? DZ_MOD_HYPOTHETICAL
                    : modal ? modal - 1 : DZ_MOD_ASSERTED;
            /* control verbs: "is set to travel", "plans to visit" */
            int v = main;
            if (c->t[main].verb == c->vl->be && main + 3 < c->n &&
                !strcmp(c->t[main + 1].w, "about") && c->t[main + 2].kind == K_TO &&
                c->t[main + 3].verb >= 0 && c->t[main + 3].mention < 0) {
                main += 1;      /* "is about to restore": like a control verb */
                c->t[main].verb = lookup_verb(c->vl, "about");
            }
            if (c->t[main].verb == c->vl->be && (ia = intent_adjective(c, main)) > 0) {
                /* "was ready to negotiate", "is willing to pay": the
                ** intent is the act (CAMEO 03 when it is cooperative) */
                v = ia;
                if ((ia = instrument_infinitive(c, v)) > 0)
                    v = ia;     /* "ready to use military force to protect" */
                c->t[v].is_verb = 1;
                intent = 1;
            } else if (c->t[main].verb == c->vl->have && (ia = no_plans_to(c, main)) > 0) {
                v = ia;         /* "had no plans to bow to U.K. pressure" */
                c->t[v].is_verb = 1;
                passive = 0;
                mod = DZ_MOD_NEGATED;
            } else if (c->t[main].verb >= 0 &&
                (c->vl->verbs[c->t[main].verb].flags & V_CONTROL) &&
                main + 2 < c->n && c->t[main + 1].kind == K_TO &&
                c->t[main + 2].verb >= 0 && c->t[main + 2].mention < 0 &&
                (c->t[main + 2].form == F_BASE || c->t[main + 2].form == F_IRR)) {
                v = main + 2;
                c->t[v].is_verb = 1;
                passive = 0;
                {
                    const char *cl = c->vl->verbs[c->t[main].verb].lemma;
                    /* "is prepared to", not "prepares to visit" */
                    intent = (!strcmp(cl, "prepare") && saw_be) || !strcmp(cl, "pledge") ||
                             !strcmp(cl, "promise") || !strcmp(cl, "vow");
                }
                if (!neg && !(modal == 0 && !likely &&
                              (c->t[main].form == F_ED || c->t[main].form == F_IRR) &&
                              !strcmp(c->vl->verbs[c->t[main].verb].lemma, "agree") &&
                              c->vl->verbs[c->t[v].verb].root != 4))
                    mod = DZ_MOD_PLANNED;
                /* "agreed to cooperate": the agreement is made (asserted);
                ** "agreed to meet": the meeting is still to come */
            } else if ((ia = instrument_infinitive(c, main)) > 0) {
                v = ia;                 /* "would use its powers to ban" */
                c->t[v].is_verb = 1;
                passive = 0;
            }
            if (push_pred(c, g, v, form, mod))
                return -1;
            c->p[c->np - 1].passive = passive;
            c->p[c->np - 1].would = would;
            c->p[c->np - 1].maybe = maybe;
            c->p[c->np - 1].intent = intent;
            c->p[c->np - 1].disowned = mod == DZ_MOD_NEGATED && v > main &&
                                       c->t[main].verb == c->vl->have;
            c->p[c->np - 1].ctl = v != main ? main : -1;
            c->p[c->np - 1].vform = c->t[v].form;
            i = v + 1;
        }
    }
    return 0;
}

/* The head entity of the token span [b, e): the last mention before the
** first preposition that is not part of a name, preferring one not
** followed by a possessive ("China's top diplomat Wang Yi" -> Wang Yi);
** -1 when the span names none. */
/* Is token i a noun that stands for people or a body ("officials",
** "court", "ministry", "minister"), so that "X in China" can be China?
** Classes @agent, @role_person, @role_body and @institution of verbs.txt. */
static int stands_for_actor(const ctx *c, int i)
{
    return (c->t[i].classes & c->vl->actorish) != 0;
}

/* ---- a person and his description -------------------------------------------*/

/* When p's subject opens with a person's name and a comma, and what
** follows the comma starts in lower case ("Ricart, currently the Dominican
** Republic's ambassador to Austria, the Netherlands and the UN in Geneva,
** said"), the names after it are the description's, listed in it: the
** person alone is the subject. p's actors are cut to that person. */
static void described_person(const ctx *c, pred *p)
{
    int b = p->subj_start, i, m;
    const dz_token *tk;
    if (p->nactors < 2 || b < 0 || (m = c->t[b].mention) < 0 ||
        c->a->mentions[m].type != DZ_ENT_PERSON || p->actors[0] != m)
        return;
    for (i = b; i < p->g && c->t[i].mention == m; i++)
        ;
    if (i + 1 >= p->g || !is_punct(c, i, ','))
        return;
    tk = &c->a->tokens[c->s->tok_first + i + 1];
    if ((tk->flags & DZ_TOK_CAP) || c->t[i + 1].kind == K_CONJ || !c->t[i + 1].w[0] ||
        c->t[i + 1].mention >= 0)
        return;
    p->nactors = 1;
}

/* ---- people of business named by a state's adjective -----------------------*/

/* Is w a word of private trade before the people a country names
** ("Brazilian business leaders said", "Japanese business groups are
** calling"), like "industry": they are business's, not the state's (not
** a person's title: "chairman of the NAPM's business survey committee")? */
static int private_trade_word(const char *w)
{
    return !strcmp(w, "business") || !strcmp(w, "businesses");
}

/* Is the noun phrase [b, e) headed by a figure of a market or a
** statistic (class @market) rather than by the entity m in it: "Fed funds
** were trading", "U.S. vehicle sales will decline", "Brazil's monthly
** surplus had declined", "the price of OPEC oil"? Prices, sales, shares,
** polls and forecasts do not act; the name only says whose they are. So
** for people of business (class @private): "Helsinki bankers said" is no
** act of Finland. */
static int market_head(const ctx *c, int b, int e, int m)
{
    int i, after = -1, last_word = -1;
    for (i = b; i < e; i++) {
        if (c->t[i].mention == m) {
            after = i + 1;
            last_word = -1;
            continue;
        }
        if (c->t[i].w[0] && c->t[i].mention < 0 && !is_poss(c, i))
            last_word = i;
        /* "sales of U.S. cars", "volume at the Chicago Board of Trade" */
        if (after < 0 && (c->t[i].classes & c->vl->market) && i + 1 < e &&
            c->t[i + 1].kind == K_PREP)
            return 1;
    }
    if (after < 0 || last_word < after)
        return 0;
    if (c->t[last_word].classes & (c->vl->market | c->vl->private_))
        return 1;
    /* "the House vote expected later today will tell": a participle
    ** phrase after the head does not make its last word the head */
    if ((c->t[after].classes & c->vl->market) && after + 1 < e &&
        c->t[after + 1].verb >= 0 && c->t[after + 1].mention < 0 &&
        (c->t[after + 1].form == F_ED || c->t[after + 1].form == F_IRR))
        return 1;
    /* "U.S. semiconductor industry representatives", "Japanese industry
    ** officials": people of a private trade, not the state's ("EC
    ** industry ministers" are the state's) */
    if (!strncmp(c->t[last_word].w, "minister", 8))
        return 0;
    for (i = after; i < last_word; i++)
        if (c->t[i].mention < 0 &&
            (!strcmp(c->t[i].w, "industry") || !strcmp(c->t[i].w, "industries") ||
             (private_trade_word(c->t[i].w) &&
              c->a->mentions[m].type == DZ_ENT_COUNTRY)))
            return 1;
    return 0;
}

/* Is state or city mention m (in tokens [b, cut)) followed right away by a
** word of private trade and then more of the phrase: "London trader E D
** and F Man said", "Tokyo dealer Yamaichi"? The place says where the
** trader works; the trader's name follows it, and the state did not act. */
static int trade_before_name(const ctx *c, int b, int cut, int m)
{
    int i, last = -1;
    if (c->a->mentions[m].type != DZ_ENT_COUNTRY)
        return 0;
    for (i = b; i < cut; i++)
        if (c->t[i].mention == m)
            last = i;
    return last >= 0 && last + 2 < cut && (c->t[last + 1].classes & c->vl->private_) &&
           c->t[last + 2].w[0] && !is_punct(c, last + 2, ',');
}

/* Is the phrase ending before cut headed by an accord (class @accord)
** that state or city mention m only names: "The Paris agreements called
** trade surplus countries to strengthen their growth", "the Louvre accord
** calls for"? An accord binds its parties; the place where it was made
** did not act. */
static int accord_head(const ctx *c, int cut, int m)
{
    int accord = class_bit_find(c->vl, "@accord");
    if (accord < 0 || c->a->mentions[m].type != DZ_ENT_COUNTRY || cut < 1 ||
        c->t[cut - 1].mention >= 0)
        return 0;
    return (c->t[cut - 1].classes & (1u << accord)) && c->t[cut - 2 >= 0 ? cut - 2 : 0].mention == m;
}

/* "Scores of Syrian troops", "Thousands of Brazilian seamen": a number
** of people, whose country may act through them. */
static int quantity_word(const char *w)
{
    static const char *const q[] = {
        "scores", "dozens", "hundreds", "thousands", "millions", "tens",
        "members", "groups", "units", "part", "most", "some", "many", "none",
        "all", "each", "one", "both", "several", "any", NULL
    };
    return dz_word_in(w, q);
}

/* Does the possessor m of a noun phrase ending before token e act when its
** noun does? Only when the noun stands for it: its people or bodies
** ("Japan's foreign minister", "Brazil's government", class @agent,
** @role_person, @role_body, @institution) or a state's own agents of the
** Phoenix dictionary ("Iraq's warplanes"). "Taiwan's main trading
** partner has said", "Mexico's creditor banks are refusing" are not acts
** of Taiwan or Mexico. A phrase with no noun after the possessive keeps
** it. */
static int possessor_acts(const ctx *c, int m, int e)
{
    int i, head = -1;
    const char *code = NULL;
    for (i = 0; i < e; i++)
        if (c->t[i].mention == m && is_poss(c, i + 1))
            head = i + 1;
    if (head < 0)
        return 1;
    for (i = head + 1, head = -1; i < e; i++)
        if (c->t[i].w[0] && c->t[i].mention < 0 && c->t[i].kind == K_NONE)
            head = i;
    if (head < 0 || stands_for_actor(c, head))
        return 1;
    return ((groups_lookup(c->t[head].w, &code) & (GROUP_PLURAL | GROUP_SINGULAR)) && code &&
            (!strncmp(code, "GOV", 3) || !strncmp(code, "MIL", 3) ||
             !strncmp(code, "COP", 3) || !strncmp(code, "LEG", 3)));
}

static int span_head(const ctx *c, int b, int e)
{
    int i, last = -1, lastposs = -1, cut = e;
    int seen_word = 0;
    for (i = b; i < e; i++) {
        /* "Philips of the Netherlands has said": a name we do not know,
        ** placed by its country; the country did not act */
        if (c->t[i].kind == K_PREP && c->t[i].mention < 0 && i > b &&
            !strcmp(c->t[i].w, "of") && (c->t[i - 1].flags & DZ_TOK_CAP) &&
            c->t[i - 1].mention < 0 && c->t[i - 1].kind == K_NONE &&
            c->t[i - 1].classes == 0 && c->t[i - 1].verb < 0 &&
            c->t[i - 1].w[0] && i + 1 < e && !quantity_word(c->t[i - 1].w)) {
            int k, any = 0, j = i + 1;
            for (k = b; k < i - 1; k++)
                if (c->t[k].mention >= 0 || c->t[k].w[0])
                    any = 1;
            if (j < e && !strcmp(c->t[j].w, "the"))
                j++;
            if (!any && j < e && c->t[j].mention >= 0 &&
                c->a->mentions[c->t[j].mention].type == DZ_ENT_COUNTRY)
                return -1;
        }
        if (c->t[i].kind == K_PREP && c->t[i].mention < 0 && seen_word &&
            i > b && !(c->t[i - 1].flags & DZ_TOK_CAP)) {
            /* keep what comes after only when nothing came before:
            ** "leaders of China", "a court in Guyana" */
            int k, any = 0;
            for (k = b; k < i; k++)
                if (c->t[k].mention >= 0)
                    any = 1;
            /* ... and the head is people or a body: "strong winds in south
            ** China killed", "an earthquake in Japan" name no actor */
            if (!any && strcmp(c->t[i].w, "of") && !stands_for_actor(c, i - 1))
                return -1;
            if (any) {
                cut = i;
                break;
            }
        }
        if (c->t[i].w[0])
            seen_word = 1;
    }
    for (i = b; i < cut; i++) {
        int m = c->t[i].mention;
        if (m < 0 || (i + 1 < cut && c->t[i + 1].mention == m))
            continue;
        /* "Marshall Goldman of Harvard University": the person is the
        ** head, the body says where they work */
        if (c->a->mentions[m].type == DZ_ENT_PERSON && i + 1 < cut &&
            !strcmp(c->t[i + 1].w, "of"))
            return m;
        {
            dz_entity_type ty = c->a->mentions[m].type;
            if (ty != DZ_ENT_PERSON && ty != DZ_ENT_COUNTRY &&
                ty != DZ_ENT_ORGANIZATION)
                continue;
        }
        if (is_poss(c, i + 1))
            lastposs = m;
        else
            last = m;
    }
    if (last < 0 && lastposs >= 0 && !possessor_acts(c, lastposs, cut))
        return -1;
    last = last >= 0 ? last : lastposs;
    if (last >= 0 && (market_head(c, b, cut, last) || trade_before_name(c, b, cut, last) ||
                      accord_head(c, cut, last)))
        return -1;
    return last;
}

/* Is the part [pb, pe) right before a verb, after a comma, a group of
** unnamed sources or commentators with no name in it ("..., some
** analysts said", "..., fund managers said", "..., government officials
** said")? They speak; the name before the comma is what they spoke of. */
static int unnamed_sources(const ctx *c, int pb, int pe)
{
    int i;
    size_t n;
    if (pe - pb > 4 || pe <= pb || pb < 1 || !is_punct(c, pb - 1, ','))
        return 0;           /* not "Bankers and economists said" */
    for (i = pb; i < pe; i++)
        if (c->t[i].mention >= 0)
            return 0;
    n = strlen(c->t[pe - 1].w);
    return (c->t[pe - 1].classes & (c->vl->unnamed | c->vl->commentator | c->vl->private_)) &&
           n > 1 && c->t[pe - 1].w[n - 1] == 's';      /* plural: a group */
}

static int starts_intro(const ctx *c, int b)
{
    const tinfo *t = &c->t[b];
    return t->kind == K_PREP || t->kind == K_SUB || t->kind == K_ADV ||
           t->timex >= 0 || t->kind == K_REL ||
           (t->form == F_ING && !(t->mention >= 0 && c->isgroup[t->mention])) ||
           (t->verb >= 0 && (t->form == F_ED || t->form == F_IRR) &&
            t->mention < 0);
}

static void add_actor(pred *p, int m)
{
    int k;
    if (m < 0)          /* no mention there: nothing to add */
        return;
    for (k = 0; k < p->nactors; k++)
        if (p->actors[k] == m)
            return;
    if (p->nactors < 8)
        p->actors[p->nactors++] = m;
}

static int speech_use(const ctx *c, const pred *p);

/* Is token i a singular role noun that stands for a person named before
** ("minister", "spokesman": P_PERSON) or for a body or state ("ministry",
** "government": P_OTHER)? 0 when not. Classes @role_person and
** @role_body of verbs.txt. */
static int role_noun(const ctx *c, int i)
{
    if (c->t[i].classes & c->vl->role_person)
        return P_PERSON;
    if (c->t[i].classes & c->vl->role_body)
        return P_OTHER;
    return 0;
}

/* Does the subject part from b name the body or state m only as what a
** former office holder once served: "former" before a role noun, and
** the role before m ("a former chairman of Reagan's Council of
** Economic Advisers", "a former president of the Fed")? */
static int former_role(const ctx *c, int b, int m)
{
    int i, former = 0, end = c->a->mentions[m].start;
    if (c->a->mentions[m].type == DZ_ENT_PERSON)
        return 0;
    for (i = b; i < c->n && c->a->tokens[c->s->tok_first + i].start < end; i++) {
        if (!strcmp(c->t[i].w, "former"))
            former = 1;
        else if (former && role_noun(c, i) == P_PERSON)
            return 1;
    }
    return 0;
}

/* The first sentence where a state or body that "it", "they" or the
** government" stands for may be named: the paragraph's first, or the
** sentence before when the paragraph starts here. Wire paragraphs are one
** or two sentences; further back, the last state or company named is as
** often a bystander ("the government" three paragraphs after a railway
** corporation) as the one meant. */
static int window_start(const ctx *c)
{
    int si = (int)(c->s - c->a->sentences), first = si;
    while (first > 0 && c->a->sentences[first - 1].paragraph == c->s->paragraph)
        first--;
    if (first > si - 1 && si > 0)
        first = si - 1;
    return first;
}

/* The latest mention before byte offset pos in the article that can act:
** a person when person is set (anywhere in the last 300 mentions: "he"
** is the story's subject, often named paragraphs before), else a country
** or an organisation named from window_start on; -1 when none. */
static int antecedent(const ctx *c, int32_t pos, int person)
{
    int m, lim, first = person ? 0 : window_start(c);
    for (m = c->mention_from; m < c->a->nmentions && c->a->mentions[m].start < pos; m++)
        ;
    lim = m > 300 ? m - 300 : 0;
    for (m--; m >= lim; m--) {
        dz_entity_type ty = c->a->mentions[m].type;
        if (c->a->mentions[m].sentence < first)
            break;
        /* a group ("the strikers") is "they" of the next clause only
        ** (its last actor), never "it" or a state named further back */
        if (!person && c->blocked[m] == 2)
            return -1;      /* "the New China News Agency said ... It
                            ** said": the agency, which is no actor */
        if (c->blocked[m] || c->isgroup[m])
            continue;
        if (person ? ty == DZ_ENT_PERSON
                   : (ty == DZ_ENT_COUNTRY || ty == DZ_ENT_ORGANIZATION))
            return m;
    }
    return -1;
}

/* ---- "the OPEC president": the person of that title ---------------------*/

/* Do the (at most three) words of text before byte pos include w as a
** word of its own, within the same sentence (no '.' crossed)? */
static int title_before(const char *text, int32_t pos, const char *w)
{
    size_t n = strlen(w);
    int words = 0;
    int32_t i = pos;
    while (i > 0 && words < 3) {
        int32_t e;
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n'))
            i--;
        e = i;
        while (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n')
            i--;
        if (e > i && memchr(text + i, '.', (size_t)(e - i)) && e - i > 3)
            return 0;
        if ((size_t)(e - i) == n && !strncasecmp(text + i, w, n))
            return 1;
        words++;
    }
    return 0;
}

/* A subject "the <state or body> <title>" ("The OPEC president praised",
** "the Brazilian finance minister said") is the person the story named
** before with that title ("its president Rilwanu Lukman", "Finance
** Minister Dilson Funaro"): that person's mention, else m, the state or
** body the span names. [b, e) is the subject. */
static int role_holder(const ctx *c, int b, int e, int m)
{
    int i, k;
    int32_t pos;
    if (e - b < 3 || strcmp(c->t[b].w, "the") || role_noun(c, e - 1) != P_PERSON ||
        (c->a->mentions[m].type != DZ_ENT_ORGANIZATION &&
         c->a->mentions[m].type != DZ_ENT_COUNTRY))
        return m;
    for (i = b + 1; i < e - 1; i++)
        if (c->t[i].mention != m)
            return m;
    pos = c->a->tokens[c->s->tok_first + b].start;
    for (k = c->mention_from; k < c->a->nmentions && c->a->mentions[k].start < pos; k++)
        ;
    for (k--; k >= 0 && k >= c->mention_from - 300; k--) {
        const dz_mention *x = &c->a->mentions[k];
        if (x->type == DZ_ENT_PERSON && !c->blocked[k] &&
            title_before(c->a->text, x->start, c->t[e - 1].w))
            return k;
    }
    return m;
}

/* Members spelled out after their group ("GCC members Saudi Arabia,
** Kuwait, Bahrain ...", "the leaders of the G-7, the United States,
** Britain, ..."): the group is the actor. When p has three or more
** countries as actors and an organisation is named in its subject before
** them (from token b), that organisation becomes the only actor. */
static void group_apposition(ctx *c, pred *p, int b)
{
    int k, i, org = -1, first_tok = -1;
    if (p->nactors < 3)
        return;
    for (k = 0; k < p->nactors; k++)
        if (c->a->mentions[p->actors[k]].type == DZ_ENT_ORGANIZATION && k == 0)
            org = p->actors[0];
        else if (c->a->mentions[p->actors[k]].type != DZ_ENT_COUNTRY)
            return;
    for (i = b; i < p->g && first_tok < 0; i++) {
        int m = c->t[i].mention;
        if (m < 0)
            continue;
        if (c->a->mentions[m].type == DZ_ENT_ORGANIZATION)
            org = m;
        else if (m != org && c->a->mentions[m].type == DZ_ENT_COUNTRY)
            first_tok = i;
    }
    if (org < 0) {
        /* "the countries involved in the accord - the U.S., Japan, West
        ** Germany, France, Britain and Canada - had agreed": members
        ** spelled out after a group named by a common noun are that
        ** group, which has no name to act under: no actor */
        int d = first_tok - 1;
        if (d > 0 && c->t[d].kind == K_DET)
            d--;
        if (d <= 0 || !(is_punct(c, d, '-') || is_punct(c, d, ',') ||
                        (c->a->tokens[c->s->tok_first + d].flags & DZ_TOK_PUNCT &&
                         c->a->text[c->a->tokens[c->s->tok_first + d].start] == '-')))
            return;
        for (i = d - 1; i >= 0 && i >= d - 6; i--) {
            const char *w = c->t[i].w;
            if (c->t[i].is_verb || c->t[i].mention >= 0 || is_boundary_punct(c, i))
                return;
            if (!strcmp(w, "countries") || !strcmp(w, "nations") ||
                !strcmp(w, "states") || !strcmp(w, "governments") ||
                !strcmp(w, "members") || !strcmp(w, "partners") ||
                !strcmp(w, "allies")) {
                p->nactors = 0;
                return;
            }
        }
        return;
    }
    p->actors[0] = org;
    p->nactors = 1;
}

/* Is token i a plural common noun ("allies", "officials"): a word no
** mention covers, no verb of the clause, ending in "s"? */
static int plural_noun(const ctx *c, int i)
{
    size_t n = strlen(c->t[i].w);
    return c->t[i].mention < 0 && c->t[i].kind == K_NONE && !c->t[i].is_verb &&
           n > 3 && c->t[i].w[n - 1] == 's' && c->t[i].w[n - 2] != 's';
}

/* Is the part [b, e) of a subject a name's possessive with a noun after
** it ("Taiwan's main trading partner")? */
static int possessed_part(const ctx *c, int b, int e)
{
    int m = c->t[b].mention, i = b;
    if (m < 0)
        return 0;
    while (i < e && c->t[i].mention == m)
        i++;
    return i + 1 < e && is_poss(c, i);
}

/* Is [b, e) "the" and one or two words no mention covers, with no role
** noun ("the newspaper", "the company", "the Times")? Right before its verb after a
** comma ("sales to India, the newspaper said") it is the subject, not an
** apposition to the name before the comma: someone not named acts. */
static int unnamed_subject(const ctx *c, int b, int e)
{
    int i;
    if (e - b < 2 || e - b > 3 || strcmp(c->t[b].w, "the") || role_noun(c, e - 1))
        return 0;
    for (i = b + 1; i < e; i++)
        if (c->t[i].mention >= 0 || c->t[i].kind != K_NONE || !c->t[i].w[0])
            return 0;
    return 1;
}

static int definite_body(const ctx *c, const pred *p, int b, int e);
static int subject_end(const ctx *c, int b, int e);
static int firm_subject(const ctx *c, int b, int e);
static int firm_at(const ctx *c, int32_t pos);
static int role_subject(const ctx *c, const pred *p, int b, int e);
static void note_role_speaker(ctx *c);
static int story_state(const ctx *c, int b);
static int person_reference(const ctx *c, const pred *p, int32_t pos);
static void note_speaker(ctx *c, int si);
static int plural_fits(const ctx *c, const pred *p);
static int said_then_did(const ctx *c, int k, int q);
static int state_before(const ctx *c, int32_t pos);
static int refused_root(const ctx *c, const pred *p, int root);
static int accept_verb(const ctx *c, const pred *p);
static int meeting_phase(const ctx *c, const pred *p);
static int halts_own_dealings(const ctx *c, const pred *p);
static int debt_owed_to(const ctx *c, const pred *p, const char **group);
static int threat_condition_party(const ctx *c, const pred *p);
static int announced_measure(const ctx *c, const pred *p, int *target, int *planned);
static int planned_visits(ctx *c, int si, int from);
static int dash_parenthetical(const ctx *c, int k, int j, int *lo);
static int dateline_state(const ctx *c);
static int state_speaker(const ctx *c, int k, int speech_seen, int root, int mod);
static int body_by_head(const ctx *c, int32_t pos, const char *w, const char *mod);
static int name_has_word(const dz_analysis *a, int m, const char *w);
static int same_entity(const dz_analysis *a, int m1, int m2);
static int title_part(const ctx *c, int b, int e, int m);
static void compound_participles(ctx *c);
static int time_before_noun(const ctx *c, int first);
static int armed_subject(const ctx *c, int b, int e);
static void note_persons(ctx *c);
static void note_voice(ctx *c, int si);
static int voice_reference(const ctx *c, const pred *p, int32_t pos, int m);
static int persons_they(ctx *c, int k);
static int statement_noun(const char *w);
static int said_after(const ctx *c, int k);
static int body_by_word(const ctx *c, int32_t pos, const char *w);
static int passive_possessor(const ctx *c, const pred *p);
static int adjective_after_prep(const ctx *c, int i);
static int person_own_state(const ctx *c, int a, int t);
static int titled_state(const ctx *c, int pm);
static int currency_after(const ctx *c, int x);
static int motion_origin(const ctx *c, const pred *p, int i);
static int filed_government(const ctx *c, const pred *p);
static int parallel_targets(const ctx *c, const pred *p, int x, int e, int *more, int cap);
static int dateline_state(const ctx *c);
static int own_state_target(const ctx *c, int a, int t);
static int displeased_with(ctx *c, int si, int tx, int from);
static int party(const ctx *c, int m);
static int is_actor(const ctx *c, const pred *p, int m);

/* Is predicate k (the sentence's first, right after a comma) the verb of
** a short unnamed subject that opens the sentence, set apart from the
** verb by a comma phrase ("The report, looking at the country's financial
** development prospects, said Italy's deficit ...", "The consultant, Ohio
** State University Professor of Medicine Carl Leier, said Rogaine's side
** effects were minimal")? Then the name after the verb opens what was
** said, not an inverted speaker (", said Putin"). The subject's end (its
** comma) when so, else 0; *partic is set when the phrase is a
** participle's or another in lower case ("looking at", "dated April 2",
** "also requesting anonymity"), in which nothing acts. */
static int appositive_subject(const ctx *c, int k, int *partic)
{
    int i, s0 = c->skip, commas = 0, fc = 0;
    *partic = 0;
    if (k > 0 || s0 >= c->p[k].g || c->t[s0].kind != K_DET ||
        !is_punct(c, c->p[k].g - 1, ','))
        return 0;       /* the phrase's comma right before the verb */
    for (i = s0; i < c->p[k].g; i++) {
        if (is_quote(c, i))
            return 0;
        if (is_punct(c, i, ',')) {
            if (!commas)
                fc = i;
            commas++;
        }
        else if (!commas && (c->t[i].mention >= 0 || c->t[i].is_verb || i - s0 >= 4))
            return 0;   /* a name, a verb or a long clause before it */
    }
    /* "The major drawback to certificates, said Landis, is": one comma
    ** before the verb is inverted speech; the phrase needs two */
    if (commas < 2 || fc <= s0 + 1)
        return 0;
    i = fc + 1;
    while (i < c->p[k].g && is_adverb(c, i))
        i++;
    /* a phrase in lower case that is no "a ..." / "the ..." description:
    ** "looking at", "dated April 2", "close to the top levels of
    ** Japanese economic policymaking" */
    *partic = i < c->p[k].g && c->t[i].mention < 0 && c->t[i].kind != K_DET &&
              c->t[i].w[0] && !(c->a->tokens[c->s->tok_first + i].flags & DZ_TOK_CAP);
    return fc;
}

/* Can m be what a subject "the ministry" / "the finance department" of p
** stands for? Only a state or a body whose name has a head of that kind
** ("Finance Ministry", "Commerce Department", "the Labor department"):
** "Legislation ... was
** presented in the House of Commons, the finance department said" is no
** act of the legislature. 1 for any other subject. */
static int ministry_fits(const ctx *c, const pred *p, int m)
{
    int h = p->g - 1, x;
    while (h > p->subj_start && h > 0 && is_adverb(c, h))
        h--;
    if (p->subj_start < 0 || h < p->subj_start ||
        (strcmp(c->t[h].w, "ministry") && strcmp(c->t[h].w, "department")))
        return 1;
    if (c->a->mentions[m].type == DZ_ENT_COUNTRY ||
        name_has_word(c->a, m, "ministry") || name_has_word(c->a, m, "department"))
        return 1;
    {   /* an acronym ("MITI") shows no head to judge by: as before */
        const char *w = c->a->mentions[m].name;
        size_t n = strlen(w), u = 0;
        for (x = 0; x < (int)n; x++)
            u += w[x] >= 'A' && w[x] <= 'Z';
        if (n >= 2 && n <= 6 && u == n)
            return 1;
    }
    for (x = 0; x < c->a->nmentions; x++) {
        /* "the Labor department said": the head right after a mention of
        ** the same body anywhere in the article */
        const char *t;
        size_t left;
        if (!same_entity(c->a, x, m))
            continue;
        t = c->a->text + c->a->mentions[x].end;
        left = c->a->len - (size_t)c->a->mentions[x].end;
        while (left > 0 && (*t == ' ' || *t == '\n'))
            t++, left--;
        if ((left >= 10 && !strncasecmp(t, "department", 10)) ||
            (left >= 8 && !strncasecmp(t, "ministry", 8)))
            return 1;
    }
    return 0;
}

/* Does the relative pronoun after [b, e) refer to the object of a
** preposition that ends the span, a common noun, rather than to a name
** before it? "U.S. law prohibits the status for countries that restrict
** emigration": "countries" restrict, not the United States. "Of" and
** "on" are left out: "the minister of trade, who said", "the ICCO working
** group on buffer stock rules which is meeting" are the head noun's. */
static int rel_names_pp_noun(const ctx *c, int b, int e)
{
    int i, words = 0;
    for (i = e - 1; i > b; i--) {
        if (c->t[i].mention >= 0 || (c->t[i].flags & DZ_TOK_CAP))
            return 0;
        if (c->t[i].kind == K_PREP)
            break;
        if (c->t[i].w[0])
            words++;
    }
    if (i <= b || !words || !strcmp(c->t[i].w, "of") || !strcmp(c->t[i].w, "on"))
        return 0;
    while (--i >= b)
        if (c->t[i].mention >= 0)
            return 1;
    return 0;
}

/* Is the comma at j the end of a place set apart after a name (", of
** Bethesda, Maryland,", ", in Paris,")? The last token of the name before
** the phrase's first comma when so, else -1: the name is the subject, and
** the verb after the phrase is its own ("said the Pasteur Institute in
** Paris and the National Cancer Institute, of Bethesda, Maryland, agreed
** to give"), not one more of the speaker's. */
static int place_appositive(const ctx *c, int j, int lo)
{
    int i = j - 1, places = 0, words = 0;
    while (i > lo) {
        int m = c->t[i].mention;
        if (m >= 0 && (c->a->mentions[m].type == DZ_ENT_PLACE ||
                       c->a->mentions[m].type == DZ_ENT_COUNTRY)) {
            while (i > lo && c->t[i - 1].mention == m)
                i--;
            places++;
            i--;
        } else if (m < 0 && c->t[i].kind == K_NONE && c->t[i].w[0] &&
                   (c->a->tokens[c->s->tok_first + i].flags & DZ_TOK_CAP)) {
            words++;        /* a town the tagger does not know: "Bethesda" */
            i--;
        } else if (is_punct(c, i, ',') && places + words) {
            if (places && i - 1 > lo && c->t[i - 1].mention >= 0 &&
                c->a->mentions[c->t[i - 1].mention].type == DZ_ENT_ORGANIZATION)
                return i - 1;
            i--;
        } else if (places + words && (!strcmp(c->t[i].w, "of") || !strcmp(c->t[i].w, "in")) &&
                   i > lo && is_punct(c, i - 1, ',')) {
            i--;
        } else {
            return -1;
        }
    }
    return -1;
}

/* ---- recall: a time between a relative pronoun and its verb ---------------*/

/* Token j ends what stands before a verb chain. When it is a time
** expression (with "in", "on", "during", "earlier" before it) right after
** "which" or "who" ("the UMOA, which last month called for a new
** relationship with the IMF"), the relative pronoun's index: the time
** says when, the pronoun is the subject. Else j. Not before token lo. */
static int relative_before_time(const ctx *c, int j, int lo)
{
    int x = j;
    if (j < lo || c->t[j].timex < 0)
        return j;
    while (x >= lo && c->t[x].timex >= 0 && c->t[x].timex == c->t[j].timex)
        x--;
    if (x >= lo && (!strcmp(c->t[x].w, "in") || !strcmp(c->t[x].w, "on") ||
                    !strcmp(c->t[x].w, "during") || !strcmp(c->t[x].w, "earlier")))
        x--;
    if (x >= lo && c->t[x].kind == K_REL &&
        (!strcmp(c->t[x].w, "which") || !strcmp(c->t[x].w, "who")))
        return x;
    return j;
}

/* ---- a body's name restated by its acronym --------------------------------*/

/* Is the part [pb, pe) an acronym alone (mention m), right after a
** body's name that ends the part [b, e) before it ("the secretary
** general of the Bolivian Labour Organization, COB, told")? It restates
** that body; the part before it is the one that counts. Not after a
** preposition's object ("sold its stake to Mitel Corp, Mitel said"); the
** caller asks for the commas around it ("..., UAL said" is UAL). */
static int restated_name(const ctx *c, int m, int pb, int pe, int b, int e)
{
    int i, n, last = c->t[e - 1].mention;
    const char *w;
    if (pe - pb != 1 || c->t[pb].mention != m || last < 0 || last == m ||
        c->a->mentions[last].type != DZ_ENT_ORGANIZATION ||
        c->a->mentions[m].type != DZ_ENT_ORGANIZATION || c->t[b].kind == K_PREP)
        return 0;
    w = c->a->text + c->a->tokens[c->s->tok_first + pb].start;
    n = c->a->tokens[c->s->tok_first + pb].end - c->a->tokens[c->s->tok_first + pb].start;
    for (i = 0; i < n; i++)
        if (!(w[i] >= 'A' && w[i] <= 'Z'))
            return 0;
    return n >= 2;
}

/* ---- a clause is no subject -----------------------------------------------*/

/* Does [b, e) hold an auxiliary or a form of "be" ("is owed to commercial
** banks", "has been cut")? Then it is a clause of its own, joined by
** "and" or a comma to the subject after it, and none of its names act. */
static int finite_part(const ctx *c, int b, int e)
{
    int i;
    for (i = b; i < e; i++)
        if (c->t[i].mention < 0 && is_aux_word(c, i))
            return 1;
    return 0;
}

/* ---- the noun phrase before a relative pronoun ---------------------------*/

/* Where the noun phrase ending before token e starts, not before lo: the
** nearest comma, boundary, relative or subordinating word, or verb. */
static int antecedent_start(const ctx *c, int e, int lo)
{
    int b = e;
    while (b > lo && !is_punct(c, b - 1, ',') && !is_boundary_punct(c, b - 1) &&
           c->t[b - 1].kind != K_REL && c->t[b - 1].kind != K_SUB &&
           !(c->t[b - 1].verb >= 0 && c->t[b - 1].is_verb))
        b--;
    return b;
}

/* ---- a legislator's party and state ---------------------------------------*/

/* Are tokens [b, e) a party and state ("R-Idaho", "D-Okla.", "R-N.Y.")
** set apart after a legislator's name? They describe him; the name
** before them is the one meant. */
static int party_state_part(const ctx *c, int b, int e)
{
    int32_t from;
    if (e <= b)
        return 0;
    from = c->a->tokens[c->s->tok_first + b].start;
    return text_party_state(c->a->text + from,
                            (size_t)(c->a->tokens[c->s->tok_first + e - 1].end - from));
}

/* ---- a relative clause with no verb of ours between a name and its verb ----*/

/* Token j is the comma right before a predicate's verb, and no predicate
** lies between lo and j. When [lo, j) holds ", who ..." or ", which ..."
** closed by that comma, and the noun phrase before the pronoun is named
** ("while Democrats, who control both houses, said"), the clause only
** describes it: that name is the subject, not the subject of an earlier
** verb. The mention, with *start set to the phrase's first token;
** else -1. */
static int closed_relative(const ctx *c, int j, int lo, int *start)
{
    int r, b, m;
    for (r = j - 1; r > lo; r--) {
        if (is_punct(c, r, ',') || is_boundary_punct(c, r) || is_quote(c, r))
            return -1;
        if (c->t[r].kind == K_REL)
            break;
    }
    if (r <= lo || (strcmp(c->t[r].w, "who") && strcmp(c->t[r].w, "which")) ||
        !is_punct(c, r - 1, ',') || r + 1 >= j)
        return -1;
    b = r - 1;
    while (b > lo && !is_punct(c, b - 1, ',') && !is_boundary_punct(c, b - 1) &&
           c->t[b - 1].kind != K_SUB && c->t[b - 1].kind != K_REL &&
           c->t[b - 1].kind != K_CONJ && !is_quote(c, b - 1))
        b--;
    if (b >= r - 1 || (m = span_head(c, b, r - 1)) < 0)
        return -1;
    *start = b;
    return m;
}

/* Is the relative clause closed by the comma j (see closed_relative)
** opened by "who"? */
static int who_clause(const ctx *c, int j, int lo)
{
    int r;
    for (r = j - 1; r > lo && c->t[r].kind != K_REL; r--)
        ;
    return r > lo && !strcmp(c->t[r].w, "who");
}

/* Is predicate k's pronoun subject ("it", "they") the speaker of the
** saying right before it, a relative pronoun whose noun is not named
** ("joined the splinter group, which said it would agree")? It then
** stands for that unnamed noun, not for a name further back. */
static int unnamed_relative_speaker(const ctx *c, int k)
{
    const pred *p = &c->p[k], *q;
    int s = p->subj_start;
    if (k == 0 || s < 0 || c->t[s].kind != K_PRON)
        return 0;
    q = &c->p[k - 1];
    if (!q->rel || q->nactors > 0 || !(c->vl->verbs[q->verb].flags & V_SPEECH))
        return 0;
    return s == q->v + 1 || (s == q->v + 2 && !strcmp(c->t[q->v + 1].w, "that"));
}

/* Step 3 for one predicate: find its subject span, or mark it shared. */
/* ---- inverted speakers and titled persons -------------------------------*/

/* Is token i a word naming a person's post or trade ("president",
** "analyst", "economist", "delegate")? Role nouns of @role_person and a
** few trades the wire puts before a name. */
static int post_word(const ctx *c, int i)
{
    static const char *const trades[] = {
        "analyst", "economist", "delegate", "officer", "manager",
        "strategist", "trader", "dealer", "partner", "treasurer",
        "counsel", "attorney", "representative", "head", "adviser",
        "advisor", "aide", NULL };
    int k;
    if (role_noun(c, i) == P_PERSON)
        return 1;
    for (k = 0; trades[k]; k++)
        if (!strcmp(c->t[i].w, trades[k]))
            return 1;
    return 0;
}

/* The name right after an inverted "said" ends at token x: who speaks?
** "said Bear Stearns and Co analyst Monroe Greenstein", "said Amoco's
** Collier", "said India's delegate, S. Venkitaramanan": the person named
** after the firm or state and a title (or its possessive); that person's
** mention. "said Thailand's exports rose": the name's possessive, a
** noun and a verb are what was said; *content is set and -1 returned.
** -1 and *content 0: the name itself speaks. */
static int inverted_speaker(const ctx *c, int x, int *content)
{
    int i = x, poss = 0, post = 0, words = 0;
    *content = 0;
    if (is_poss(c, i)) {
        poss = 1;
        i++;
    }
    for (; i < c->n && words < 8; i++) {
        int m = c->t[i].mention;
        if (m >= 0)
            return c->a->mentions[m].type == DZ_ENT_PERSON && (post || (poss && !words))
                       ? m : -1;
        if (is_punct(c, i, ',')) {
            if (post && i + 1 < c->n && (m = c->t[i + 1].mention) >= 0 &&
                c->a->mentions[m].type == DZ_ENT_PERSON)
                return m;       /* "Sumitomo Bank Ltd chief economist,
                                ** Masahiko Koido" */
            /* "said Thailand's strong export performance, its relatively
            ** high interest rates, ... contributed": a possessed thing,
            ** no post, is the head of a list that is what was said */
            *content = poss && !post && words > 0;
            return -1;
        }
        if ((c->t[i].flags & DZ_TOK_PUNCT) || is_quote(c, i))
            return -1;
        if (post_word(c, i))
            post = 1;
        else if (poss && !post && words > 0 &&
                 (c->t[i].is_verb || c->t[i].kind == K_MODAL || is_aux_word(c, i))) {
            *content = 1;       /* "Brazil's problems could not be solved" */
            return -1;
        } else if (c->t[i].kind == K_REL || c->t[i].kind == K_SUB ||
                   (words > 0 && (c->t[i].is_verb || is_aux_word(c, i))))
            return -1;          /* "said Bouey who was replaced by deputy
                                ** governor John Crow": another clause */
        words++;
    }
    return -1;
}

/* "Whittaker Corp chairman and chief executive officer Joseph Alibrandi
** said", "Paul Wright, Fairchild president and chief operating officer,
** said", "Ecuador energy and mines minister Javier Espinosa said": a firm
** or state named before a post word, beside a person who speaks in the
** same subject [b, e), is that person's title, not a second speaker;
** it is dropped from p's actors. */
static void titled_bodies(const ctx *c, pred *p, int b, int e)
{
    int k, n = 0, person = 0;
    for (k = 0; k < p->nactors; k++)
        if (c->a->mentions[p->actors[k]].type == DZ_ENT_PERSON)
            person = 1;
    if (!person || p->nactors < 2)
        return;
    for (k = 0; k < p->nactors; k++) {
        int m = p->actors[k], i = b, keep = 1;
        if (c->a->mentions[m].type != DZ_ENT_PERSON) {
            while (i < e && c->t[i].mention != m)
                i++;
            while (i < e && c->t[i].mention == m)
                i++;
            if (is_poss(c, i))
                i++;
            if (i < e && c->t[i].kind != K_CONJ)
                for (; i < e && c->t[i].mention < 0 && c->t[i].w[0] &&
                       !(c->t[i].flags & DZ_TOK_PUNCT); i++)
                    if (post_word(c, i)) {
                        keep = 0;
                        break;
                    }
        }
        if (keep)
            p->actors[n++] = m;
    }
    p->nactors = n;
}

/* ---- a title between a time and a name -------------------------------------*/

/* Do tokens [b, e) open with a title of at most four capitalised words
** ("of" may join them), one of them a role, and then a name ("President
** Reagan", "Treasury Secretary James Baker", "Secretary of State George
** Shultz")? */
static int title_then_name(const ctx *c, int b, int e)
{
    int y, role = 0;
    for (y = b; y < e && y < b + 4 && c->t[y].mention < 0; y++) {
        if (y > b && !strcmp(c->t[y].w, "of"))
            continue;
        if (!(c->a->tokens[c->s->tok_first + y].flags & DZ_TOK_CAP) ||
            c->t[y].kind != K_NONE || c->t[y].is_verb)
            return 0;
        if (c->t[y].classes & c->vl->role_person)
            role = 1;
    }
    return role && y > b && y < e && c->t[y].mention >= 0 && strcmp(c->t[y - 1].w, "of");
}

/* ---- a conjunct named by its role, then by its name ----------------------*/

/* Does part q of a subject split at commas and "and" (parts[0..np)) describe
** by role the person named in the part after it, which is the subject's last
** part, while an "and" joins it to a part before that names a person? "Leonel
** Figueroa and the head of the central bank of Mexico, Miguel Mancera
** Aguayo, met": Mancera is the head, and both met. The role part is a
** determiner or a possessor, then words with a title among them ("head",
** "chief", "president"), and no person. */
static int role_conjunct(const ctx *c, const pred *p, int (*parts)[2], int np, int q)
{
    int y, conj = 0, role = 0, h;
    int pb = parts[q][0], pe = parts[q][1];
    if (q < 1 || q + 1 != np - 1 || p->nactors != 1 ||
        (h = span_head(c, parts[q + 1][0], parts[q + 1][1])) < 0 || h != p->actors[0] ||
        c->a->mentions[h].type != DZ_ENT_PERSON)
        return 0;
    for (y = parts[q - 1][1]; y < pb; y++)
        if (c->t[y].kind == K_CONJ && !strcmp(c->t[y].w, "and"))
            conj = 1;
    if (!conj || !(c->t[pb].kind == K_DET || is_poss(c, pb + 1)))
        return 0;
    for (y = pb; y < pe; y++) {
        int m = c->t[y].mention;
        if (m >= 0 && c->a->mentions[m].type == DZ_ENT_PERSON)
            return 0;
        if (m < 0 && ((c->t[y].classes & c->vl->role_person) || !strcmp(c->t[y].w, "head")))
            role = 1;
    }
    h = span_head(c, parts[q - 1][0], parts[q - 1][1]);
    return role && h >= 0 && c->a->mentions[h].type == DZ_ENT_PERSON;
}

/* Does [b, e) hold "and" then a determiner or a possessor and a title
** ("Leonel Figueroa and the head of the central bank of Mexico")? Then
** the comma after it closes the start of an appositive to a second
** subject, not a description of the first (role_conjunct). The token of
** that "and", else -1. */
static int role_after_and(const ctx *c, int b, int e)
{
    int y, z;
    for (y = b; y + 1 < e; y++) {
        if (c->t[y].kind != K_CONJ || strcmp(c->t[y].w, "and") ||
            !(c->t[y + 1].kind == K_DET || is_poss(c, y + 2)))
            continue;
        for (z = y + 1; z < e; z++)
            if (c->t[z].mention < 0 &&
                ((c->t[z].classes & c->vl->role_person) || !strcmp(c->t[z].w, "head")))
                return y;
    }
    return -1;
}

/* Does the part of a subject starting at token b follow a verb with
** nothing between ("to meet African National Congress president Oliver
** Tambo ..."), or open with "to" and a verb? Then it is that verb's
** object, not a name an appositive after it could describe. Not after a
** verb of saying, whose clause may open with its own subject. */
static int verb_object_part(const ctx *c, int b)
{
    if (b < c->n && c->t[b].kind == K_TO && b + 1 < c->n && c->t[b + 1].verb >= 0 &&
        c->t[b + 1].mention < 0)
        return 1;
    return b > 0 && c->t[b - 1].verb >= 0 && c->t[b - 1].is_verb &&
           c->t[b - 1].mention < 0 && c->t[b - 1].timex < 0 &&
           /* "said the United States and the Virgin Islands have
           ** signed": the subject of what was said */
           !(c->vl->verbs[c->t[b - 1].verb].flags & V_SPEECH);
}

/* "The European Community is ready to take measures ..., a spokesman
** said": the body a bare "a spokesman" or "a spokeswoman" (from token b
** to predicate k's verb) speaks for: the state or body, no person or
** group, named first in the sentence (past its dateline and an article);
** -1 when there is none. */
static int lead_body_spokesman(const ctx *c, int k, int b)
{
    const pred *p = &c->p[k];
    int m, j = c->skip;
    if (k == 0 || p->g != b + 2 || (strcmp(c->t[b].w, "a") && strcmp(c->t[b].w, "an")) ||
        (strcmp(c->t[b + 1].w, "spokesman") && strcmp(c->t[b + 1].w, "spokeswoman")))
        return -1;
    if (j < c->n && c->t[j].kind == K_DET && c->t[j].mention < 0)
        j++;
    if (j >= b || (m = c->t[j].mention) < 0 || !party(c, m))
        return -1;
    return c->a->mentions[m].type == DZ_ENT_PERSON || c->isgroup[m] ? -1 : m;
}

static void find_subject(ctx *c, int k)
{
    pred *p = &c->p[k];
    int lo = 0, j, b, e;
    int stop_rel = -1, fc, fc_partic;

    if (p->gerund) {
        p->shared = 1;
        return;
    }
    fc = appositive_subject(c, k, &fc_partic);
    /* inverted speech: ', said Putin' */
    if (p->g == p->v && p->g > 0 && speech_use(c, p) &&
        (is_punct(c, p->g - 1, ',') || is_quote(c, p->g - 1)) &&
        p->v + 1 < c->n && c->t[p->v + 1].mention >= 0 && !fc) {
        int m = c->t[p->v + 1].mention, x = p->v + 1;
        while (x < c->n && c->t[x].mention == m)
            x++;
        /* not "..., said Gonzalez had run out of imagination": a name
        ** with a verb of its own is what was said, not who said it */
        int content, ps = inverted_speaker(c, x, &content);
        if (!content && !(x < c->n && (c->t[x].is_verb || c->t[x].kind == K_MODAL ||
                                       is_aux_word(c, x)))) {
            add_actor(p, ps >= 0 ? ps : span_head(c, p->v + 1, x));
            p->subj_start = p->v + 1;
            return;
        }
    }
    if (k > 0)
        lo = c->p[k - 1].v + 1;
    if (lo < c->skip)
        lo = c->skip;
    j = p->g - 1;
    while (j >= lo && (is_adverb(c, j) || c->t[j].kind == K_QUANT))
        j--;
    j = relative_before_time(c, j, lo);
    {   /* "Uganda -- which earns ... -- had asked" */
        int lo2, d = dash_parenthetical(c, k, j, &lo2);
        if (d >= 0) {
            j = d;
            lo = lo2;
        }
    }
    if (j >= lo && c->t[j].media) {
        p->subj_start = j;          /* "..., ABC News reported": the
                                    ** channel speaks, no actor */
        if (c->vl->verbs[p->verb].flags & V_SPEECH)
            c->media_at = c->a->tokens[c->s->tok_first + p->g].start;
        return;
    }
    if (j < lo) {
        if (k > 0 && j >= 0 && j == c->p[k - 1].v)
            p->shared = 1;          /* nothing between: treat as shared */
        else if (k > 0 && lo > 0 && j < lo)
            p->shared = 1;
        if (!p->shared)
            p->subj_start = p->g;
        return;
    }
    if (is_punct(c, j, ',') && k > 0 && lo < j) {
        int x = place_appositive(c, j, lo);
        if (x >= 0)
            j = x;          /* "said the National Cancer Institute, of
                            ** Bethesda, Maryland, agreed" */
    }
    if (is_punct(c, j, ',') && k > 0 && lo < j &&
        (c->t[lo].kind == K_REL || c->t[lo].kind == K_SUB)) {
        /* "reported that Yuri Ushakov, aide to ..., confirmed" */
        int x = lo + 1, m;
        while (x < j && !is_punct(c, x, ','))
            x++;
        int conj_at = role_after_and(c, lo + 1, x), m2;
        if (conj_at >= 0 && x < j && (m = span_head(c, lo + 1, conj_at)) >= 0 &&
            (m2 = span_head(c, x + 1, j)) >= 0 && m2 != m &&
            c->a->mentions[m].type == DZ_ENT_PERSON &&
            c->a->mentions[m2].type == DZ_ENT_PERSON) {
            add_actor(p, m);    /* "added that Leonel Figueroa and the head
                                ** of the central bank of Mexico, Miguel
                                ** Mancera Aguayo, met" (role_conjunct) */
            add_actor(p, m2);
            p->subj_start = lo + 1;
            return;
        }
        if ((m = span_head(c, lo + 1, x)) >= 0) {
            add_actor(p, m);
            p->subj_start = lo + 1;
            return;
        }
    }
    if (is_punct(c, j, ',') && k == 0 && (e = closed_relative(c, j, lo, &b)) >= 0 &&
        c->a->mentions[e].type == DZ_ENT_PERSON &&
        who_clause(c, j, lo)) {
        add_actor(p, e);            /* "Escalante, who serves as president
                                    ** of the Costa Rican Coffee Institute,
                                    ** said": the person, not a body named in
                                    ** the clause */
        p->subj_start = b;
        return;
    }
    if (is_punct(c, j, ',') && k > 0 && (e = closed_relative(c, j, lo, &b)) >= 0) {
        add_actor(p, e);            /* "while Democrats, who control both
                                    ** houses, said" */
        p->subj_start = b;
        return;
    }
    if (c->t[j].kind == K_CONJ || is_punct(c, j, ',') || is_punct(c, j, ';')) {
        if (k > 0) {
            p->shared = 1;
            return;
        }
    }
    if (c->t[j].kind == K_REL) {
        p->rel = 1;
        stop_rel = j;
        /* the antecedent: the noun phrase before the pronoun */
        e = j;
        if (e > lo && is_punct(c, e - 1, ','))
            e--;
        b = antecedent_start(c, e, lo);
        if (b - 1 > lo && is_punct(c, b - 1, ',') && party_state_part(c, b, e)) {
            /* "Sen. James McClure, R-Idaho, who agreed": the senator */
            e = b - 1;
            b = antecedent_start(c, e, lo);
        }
        if (b < e && !strcmp(c->t[j].w, "who") && c->t[e - 1].mention >= 0 &&
            c->a->mentions[c->t[e - 1].mention].type == DZ_ENT_PERSON) {
            /* "support from Sen. James McClure, who agreed": "who" is
            ** the person named right before it */
            add_actor(p, c->t[e - 1].mention);
        } else if (b < e && !rel_names_pp_noun(c, b, e)) {
            int m = span_head(c, b, e);
            if (m < 0)
                m = firm_subject(c, b, e);  /* "the company, which has" */
            if (m >= 0)
                add_actor(p, m);
        }
        p->subj_start = stop_rel;
        return;
    }
    /* the clause start: the nearest boundary to the left */
    b = j + 1;
    /* "warned the United States it may take": a subject pronoun right
    ** before the chain is the whole subject */
    if (c->t[j].kind == K_PRON && j > lo &&
        (!strcmp(c->t[j].w, "it") || !strcmp(c->t[j].w, "he") ||
         !strcmp(c->t[j].w, "she") || !strcmp(c->t[j].w, "they")))
        lo = j;
    while (b > lo && !is_boundary_punct(c, b - 1) && c->t[b - 1].kind != K_SUB &&
           c->t[b - 1].kind != K_REL &&
           /* "asked Japan to open its market to help Washington cut":
           ** the subject is not left of an infinitive's verb */
           !(b >= 2 && c->t[b - 2].kind == K_TO && c->t[b - 1].verb >= 0 &&
             c->t[b - 1].mention < 0) &&
           !(is_quote(c, b - 1) && b >= 2 &&        /* ...," Evans told */
             (is_punct(c, b - 2, ',') || is_punct(c, b - 2, '.') ||
              is_punct(c, b - 2, '?') || is_punct(c, b - 2, '!'))))
        b--;
    e = subject_end(c, b, p->g);
    if (b > lo + 1 && (!strcmp(c->t[b - 1].w, "which") || !strcmp(c->t[b - 1].w, "who")) &&
        is_punct(c, p->g - 1, ',')) {
        /* "Wilson Gomes de Moura, president of the national confederation
        ** which groups ... 700,000 workers, told Reuters": a relative
        ** clause closed by the comma before the verb (no verb of it found)
        ** describes a noun of the subject; the subject is left of it */
        int r = b - 1;
        e = r;
        if (e > lo && is_punct(c, e - 1, ','))
            e--;
        b = e;
        while (b > lo && !is_boundary_punct(c, b - 1) && c->t[b - 1].kind != K_SUB &&
               c->t[b - 1].kind != K_REL && !is_quote(c, b - 1))
            b--;
    }
    if (fc > 0 && fc_partic) {
        b = c->skip;    /* "The report, looking at ..., said": that much */
        e = fc;
    }
    {
        /* "criticised the World Bank for making Peru make larger payments
        ** than the amount the bank is willing to make": the subject is
        ** not left of a gerund after a preposition with no comma between
        ** (the earlier object is no subject of the later verb) */
        int i;
        for (i = e - 1; i > b; i--) {
            if (is_punct(c, i, ','))
                break;
            if (c->t[i - 1].kind == K_PREP && c->t[i].form == F_ING &&
                c->t[i].verb >= 0 && c->t[i].mention < 0) {
                b = i + 1;
                break;
            }
        }
    }
    /* split [b, e) at commas and "and" into parts; drop introductions */
    {
        int parts[16][2], np = 0, x = b, s0 = b;
        for (; x <= e && np < 16; x++) {
            /* ", backed by the Netherlands and Denmark,": a participle
            ** phrase is one part up to its comma */
            int partic = s0 < e && c->t[s0].verb >= 0 && c->t[s0].mention < 0 &&
                         (c->t[s0].form == F_ED || c->t[s0].form == F_IRR);
            if (x == e || is_punct(c, x, ',') ||
                (c->t[x].kind == K_CONJ && c->t[x].mention < 0 && !partic)) {
                if (x > s0) {
                    parts[np][0] = s0;
                    parts[np][1] = x;
                    np++;
                }
                s0 = x + 1;
            }
        }
        {
            /* walk back from the part next to the verb: named parts are
            ** coordinated subjects; an unnamed part stops the walk unless
            ** it is a short or "a ..." appositive ("Dodd, D-Conn, a
            ** co-sponsor of the bill, said"); introductions and
            ** parentheticals ("facing a difficult campaign") are skipped */
            int q, first = -1, seen_conj = 0, lastq = np - 1;
            for (q = np - 1; q >= 0; q--) {
                int pb = parts[q][0], pe = parts[q][1], m;
                /* "a member of Hamas jailed last year, Palestinian
                ** officials said": names split off by a comma alone are
                ** appositions, not subjects; a series of them needs an
                ** "and" ("Britain, Canada and France said") */
                if (q < np - 1 && finite_part(c, pb, pe))
                    break;      /* "Algeria will tender ..., traders said":
                                ** a clause before a comma or "and", not
                                ** a subject */
                if (q < np - 1) {
                    int y, conj = 0;
                    for (y = pe; y < parts[q + 1][0]; y++)
                        if (c->t[y].kind == K_CONJ)
                            conj = 1;   /* "Russia, and Switzerland" */
                    if (conj)
                        seen_conj = 1;
                    else if (p->nactors > 0 && !seen_conj &&
                             role_conjunct(c, p, parts, np, q)) {
                        seen_conj = 1;  /* "Figueroa and the head of ...,
                                        ** Mancera, met": the role part is
                                        ** Mancera's */
                        continue;
                    } else if (p->nactors > 0 && !seen_conj)
                        break;
                }
                while (pb < pe && is_quote(c, pb))
                    pb++;
                /* "Orestes Quersia and other governors last night called
                ** on": a time before the verb is no part of its subject */
                while (q == np - 1 && pe > pb + 1 && c->t[pe - 1].timex >= 0 &&
                       c->t[pb].timex < 0)
                    pe--;
                /* "imposed the sanctions, saying Tokyo had failed", "was
                ** quoted as saying the U.S. was trying": the subject is
                ** after the gerund of saying, and the act is reported */
                if (q == np - 1 && pe - pb >= 2 && c->t[pb].form == F_ING &&
                    c->t[pb].verb >= 0 && c->t[pb].mention < 0 &&
                    (c->vl->verbs[c->t[pb].verb].flags & V_SPEECH)) {
                    pb++;
                    if (p->modality == DZ_MOD_ASSERTED)
                        p->modality = DZ_MOD_REPORTED;  /* what was said */
                }
                {   /* "said on Sunday Iran had seized", "Last week
                    ** Brazil": a time that opens the subject is none of it */
                    int tb = pb;
                    if (tb + 1 < pe && c->t[tb].kind == K_PREP && c->t[tb + 1].timex >= 0 &&
                        c->t[tb + 1].mention < 0)
                        tb++;
                    while (tb < pe && c->t[tb].timex >= 0 && c->t[tb].mention < 0)
                        tb++;
                    if (tb > pb && tb < pe &&
                        (c->t[tb].mention >= 0 || title_then_name(c, tb, pe)))
                        pb = tb;    /* "Last week President Reagan met" */
                }
                if (pb >= pe || starts_intro(c, pb))
                    continue;
                if (q == np - 1 && pe - pb == 1 && p->nactors == 0 &&
                    (!strcmp(c->t[pb].w, "this") || !strcmp(c->t[pb].w, "that") ||
                     !strcmp(c->t[pb].w, "these") || !strcmp(c->t[pb].w, "those"))) {
                    first = pb;     /* "it would pass the full House and
                                    ** this would require Republican
                                    ** votes": "this" is the subject */
                    break;
                }
                if (p->nactors == 0 && q == np - 1 && armed_subject(c, pb, pe)) {
                    p->pronoun = P_OTHER;   /* "Iraq said its warplanes
                                            ** hit two ships": Iraq's */
                    first = pb;
                    break;
                }
                m = span_head(c, pb, pe);
                if (m >= 0 && p->nactors == 0 && first >= 0 && verb_object_part(c, pb)) {
                    /* "has agreed to meet ... Oliver Tambo in Ottawa ...,
                    ** a senior official for the organization said": the
                    ** object of an earlier verb is no one the speaker's
                    ** title describes; a bare "a spokesman" is the voice
                    ** of the body the sentence opens with */
                    if ((m = lead_body_spokesman(c, k, first)) >= 0)
                        add_actor(p, m);
                    break;
                }
                if (m >= 0 && q == lastq && q > 0 && p->nactors == 0 &&
                    parts[q - 1][1] + 1 == parts[q][0] &&
                    is_punct(c, parts[q - 1][1], ',') && pe + 1 == p->g &&
                    is_punct(c, pe, ',') &&
                    restated_name(c, m, pb, pe, parts[q - 1][0], parts[q - 1][1])) {
                    lastq = q - 1;  /* "the secretary general of the Bolivian
                                    ** Labour Organization, COB, told" */
                    continue;
                }
                if (m >= 0 && p->nactors == 0)
                    m = role_holder(c, pb, pe, m);  /* "The OPEC president" */
                if (m >= 0 && q == lastq && q > 0 &&
                    ((c->a->mentions[m].type != DZ_ENT_PERSON &&
                      (!(c->a->tokens[c->s->tok_first + pb].flags & DZ_TOK_CAP) ||
                       c->t[pb].kind == K_DET ||
                       /* "Seguel, Chile's best-known union leader, said" */
                       possessed_part(c, pb, pe))) ||
                     title_part(c, pb, pe, m))) {
                    /* "Dan Rostenkowski, D-Ill., the chief House
                    ** taxwriter, said", "Jorio Dauster, president of the
                    ** Brazilian Coffee Institute, said": a description
                    ** of the person named before it, who speaks */
                    int r, pm = -1;
                    for (r = q - 1; r >= 0 && r >= q - 3 && pm < 0; r--) {
                        int h = span_head(c, parts[r][0], parts[r][1]);
                        if (h >= 0 && c->a->mentions[h].type == DZ_ENT_PERSON &&
                            !verb_object_part(c, parts[r][0]))
                            pm = h;
                        else if (h >= 0)
                            break;
                    }
                    if (pm >= 0) {
                        add_actor(p, pm);
                        first = parts[r + 1][0];
                        break;
                    }
                }
                if (m >= 0 && p->nactors == 0 && former_role(c, pb, m)) {
                    first = pb;     /* "a former chairman of the Council of
                                    ** Economic Advisers said": no longer
                                    ** its voice, and unnamed */
                    break;
                }
                if (m >= 0) {
                    add_actor(p, m);
                    first = pb;
                    if (q == np - 1 && possessed_part(c, pb, pe) &&
                        plural_noun(c, pe - 1))
                        break;  /* "Greece and Turkey's NATO allies called
                                ** on": the names before "and" share the
                                ** possessive of the group that acts; "the
                                ** U.S. Austin Co and Japan's Kawasaki
                                ** Heavy Industries said" is two firms */
                    continue;
                }
                if (p->nactors == 0 && pe - pb == 1 && c->t[pb].kind == K_PRON &&
                    strcmp(c->t[pb].w, "i") && strcmp(c->t[pb].w, "you") &&
                    strcmp(c->t[pb].w, "we")) {
                    /* "Israel announced it would ...", "he said" */
                    p->pronoun = !strcmp(c->t[pb].w, "he") ||
                                 !strcmp(c->t[pb].w, "she") ? P_PERSON : P_OTHER;
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && (m = firm_subject(c, pb, pe)) >= 0) {
                    add_actor(p, m);        /* "the company said": the firm */
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && (m = role_subject(c, p, pb, pe)) != -1) {
                    if (m >= 0)             /* "a company spokesman said":
                                            ** the firm, or no one */
                        add_actor(p, m);
                    p->role_subj = 1;
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && (m = definite_body(c, p, pb, pe)) != -1) {
                    if (m == -2)
                        m = story_state(c, pb);
                    if (m >= 0)
                        add_actor(p, m);    /* "the fund said": the IMF */
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && (pe - pb == 2 || pe - pb == 3) &&
                    !strcmp(c->t[pb].w, "the") && role_noun(c, pe - 1)) {
                    /* "the minister said", "the ministry said" */
                    p->pronoun = role_noun(c, pe - 1);
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && q == np - 1 && pe == e && q > 0 &&
                    unnamed_subject(c, pb, pe)) {
                    first = pb;     /* "..., the newspaper said" */
                    break;
                }
                if (p->nactors == 0 && q == np - 1 && q > 0 && unnamed_sources(c, pb, pe)) {
                    first = pb;
                    break;
                }
                if (p->nactors == 0 && first < 0 && q > 0 &&
                    (pe - pb <= 2 || !strcmp(c->t[pb].w, "a") ||
                     /* "Wilson Gomes de Moura, president of the national
                     ** confederation, told": a title set apart by commas
                     ** describes the person named before it */
                     (role_noun(c, pb) == P_PERSON &&
                      !(c->a->tokens[c->s->tok_first + pb].flags & DZ_TOK_CAP)) ||
                     !strcmp(c->t[pb].w, "an") || !strcmp(c->t[pb].w, "the") ||
                     /* "The United States, Taiwan's main trading
                     ** partner, has said": a possessor's noun */
                     possessed_part(c, pb, pe))) {
                    first = pb;
                    continue;
                }
                if (first < 0)
                    first = pb;
                break;
            }
            /* listed in text order */
            for (q = 0; q < p->nactors / 2; q++) {
                int tmp = p->actors[q];
                p->actors[q] = p->actors[p->nactors - 1 - q];
                p->actors[p->nactors - 1 - q] = tmp;
            }
            p->subj_start = first >= 0 ? first : p->g;
            group_apposition(c, p, b);
            described_person(c, p);
            titled_bodies(c, p, b, e);
        }
    }
}

/* ---- a person's title names a body ---------------------------------------------
** "Chen Zuyuan, Communist Party secretary of a village in the eastern
** province of Zhejiang, said", "Charles Haughey, leader of the Irish
** party Fianna Fail, said": the part after the person's name is his
** title, and the body it names (whatever type the tagger gave it) is his
** office's, not the speaker: the person named acts, as the README of the
** events dev set has it ("a named person who acts is the actor"). */

/* Does the subject part [b, e), whose head is mention m, describe the
** person named before it: it opens with a role noun for a person or a
** title in lower case ("leader of ...", "adviser to ..."), or with the name of a body (m, no
** person) right before such a noun ("Communist Party secretary of ...",
** "Bank of Taiwan vice president")? */
static int title_part(const ctx *c, int b, int e, int m)
{
    static const char *const titles[] = {
        "leader", "head", "adviser", "advisor", "aide", "official", "member",
        "economist", "analyst", "manager", "vice", "deputy", "treasurer",
        "founder", "lawyer", "professor", "editor", "representative", "delegate",
        NULL
    };
    int i = b;
    if (b >= e)
        return 0;
    if (!(c->a->tokens[c->s->tok_first + b].flags & DZ_TOK_CAP))
        return role_noun(c, b) == P_PERSON || dz_word_in(c->t[b].w, titles);
    if (c->t[b].mention != m || c->a->mentions[m].type == DZ_ENT_PERSON)
        return 0;
    while (i < e && c->t[i].mention == m)
        i++;
    /* "vice", "deputy", "chief", "senior" before the role */
    if (i + 1 < e && (!strcmp(c->t[i].w, "vice") || !strcmp(c->t[i].w, "deputy") ||
                      !strcmp(c->t[i].w, "chief") || !strcmp(c->t[i].w, "senior")))
        i++;
    return i < e && role_noun(c, i) == P_PERSON;
}

/* ---- targets, categories, dates ------------------------------------------*/

/* Is mention m at tokens [i, x) an attributive modifier ("a WTO dispute")? */
static int attributive(const ctx *c, int i, int x)
{
    int agent = class_bit_find(c->vl, "@agent");
    if (x < c->n && agent >= 0 && (c->t[x].classes & (1u << agent)))
        return 0;               /* "a Nigerian student" stands for Nigeria */
    return i > 0 && c->t[i - 1].kind == K_DET && x < c->n &&
           c->t[x].w[0] && c->t[x].mention < 0 && c->t[x].kind == K_NONE &&
           !is_poss(c, x) &&
           !(c->a->tokens[c->s->tok_first + x].flags & DZ_TOK_CAP);
}

static int same_entity(const dz_analysis *a, int m1, int m2)
{
    return m1 >= 0 && m2 >= 0 &&
           strcmp(a->mentions[m1].name, a->mentions[m2].name) == 0;
}

static int is_actor(const ctx *c, const pred *p, int m)
{
    int k;
    for (k = 0; k < p->nactors; k++)
        if (same_entity(c->a, p->actors[k], m))
            return 1;
    return 0;
}

/* The state or body a definite object stands for: "the fund" is the
** latest organisation named before byte pos whose name ends in "Fund"
** (the International Monetary Fund), "the bank" the latest "... Bank";
** "the government" / "the administration" the latest state named from
** window_start on. Never one of p's actors; -1 when none. */
static int noun_antecedent(const ctx *c, const pred *p, int32_t pos, const char *w)
{
    int m, lim, state = !strcmp(w, "government") || !strcmp(w, "administration");
    size_t n = strlen(w);
    int first = state ? window_start(c) : 0;
    for (m = c->mention_from; m < c->a->nmentions && c->a->mentions[m].start < pos; m++)
        ;
    lim = m > 300 ? m - 300 : 0;
    for (m--; m >= lim; m--) {
        const dz_mention *x = &c->a->mentions[m];
        if (x->sentence < first)
            break;
        if (c->blocked[m])
            continue;
        if (state) {
            /* "Japan's top business group Keidanren has urged the
            ** government": the actor's own state is no target */
            if (x->type == DZ_ENT_COUNTRY)
                return is_actor(c, p, m) ? -1 : m;
            continue;
        }
        if (is_actor(c, p, m))
            continue;
        if (x->type == DZ_ENT_ORGANIZATION) {
            /* the canonical name or the surface: "IMF" is named
            ** "International Monetary Fund" in the text */
            size_t l = strlen(x->name), sl = (size_t)(x->end - x->start);
            const char *sf = c->a->text + x->start;
            if ((l > n && x->name[l - n - 1] == ' ' &&
                 !strncasecmp(x->name + l - n, w, n)) ||
                (sl > n && (sf[sl - n - 1] == ' ' || sf[sl - n - 1] == '\n') &&
                 !strncasecmp(sf + sl - n, w, n)))
                return m;
        }
    }
    return -1;
}

/* The target of p when its object is a pronoun or a definite role noun
** right after the verb ("urged it to continue", "criticised the fund",
** "told the government"): the entity it stands for, or -1. "it" and
** "them" are the latest target of the sentence, else the last state or
** body acting before, else the latest named from window_start on. */
static int object_reference(const ctx *c, const pred *p, int prev_target)
{
    int i = p->v + 1, m = -1;
    int32_t pos;
    if (i >= p->end || i >= c->n)
        return -1;
    pos = c->a->tokens[c->s->tok_first + i].start;
    if (c->t[i].kind == K_PRON &&
        (!strcmp(c->t[i].w, "it") || !strcmp(c->t[i].w, "them"))) {
        /* "made it clear", "called it a good meeting": no one meant;
        ** "urged it to", "accused them of", "met them." are */
        if (i + 1 < c->n && c->t[i + 1].w[0] && c->t[i + 1].kind != K_TO &&
            c->t[i + 1].kind != K_PREP && c->t[i + 1].kind != K_CONJ)
            return -1;
        if (prev_target >= 0 && !is_actor(c, p, prev_target))
            return prev_target;
        if (c->last_actor >= 0 && !is_actor(c, p, c->last_actor) &&
            c->a->mentions[c->last_actor].type != DZ_ENT_PERSON)
            return c->last_actor;
        m = antecedent(c, pos, 0);
        return m >= 0 && !is_actor(c, p, m) ? m : -1;
    }
    if (!strcmp(c->t[i].w, "the") && i + 1 < p->end && c->t[i + 1].mention < 0 &&
        c->t[i + 1].w[0] &&
        !(c->a->tokens[c->s->tok_first + i + 1].flags & DZ_TOK_CAP) &&
        (i + 2 >= c->n || c->t[i + 2].kind != K_NONE || !c->t[i + 2].w[0] ||
         c->t[i + 2].verb >= 0))
        return noun_antecedent(c, p, pos, c->t[i + 1].w);
    return -1;
}

static int lower_title_words(const ctx *c, int y, int e);

/* The first token of a person named after a title that follows a state
** or body ending before token x ("Brazilian| President Jose Sarney",
** "U.S.| Treasury Secretary James Baker", "Brazil's| Finance Minister
** Dilson Funaro"), before token e; -1 when none. The title: capitalised
** words, "of the", a lower-case role ("Federal Reserve Board chairman
** Paul Volcker"), a body in it ("Governor of the Bank of England"). */
static int titled_person(const ctx *c, int x, int e)
{
    int y, y0 = is_poss(c, x) ? x + 1 : x;
    for (y = y0; y < e && y < x + 9; y++) {
        int my = c->t[y].mention;
        if (my >= 0 && c->a->mentions[my].type == DZ_ENT_PERSON) {
            int z = y;
            while (z < c->n && c->t[z].mention == my)
                z++;
            /* "U.S. Trade Representative Clayton Yeutter" (the title in
            ** the body's name); not "told the Senate Reagan's decision" */
            return y > y0 || !is_poss(c, z) ? y : -1;
        }
        if (my >= 0) {
            while (y + 1 < c->n && c->t[y + 1].mention == my)
                y++;
            continue;
        }
        if (y > y0 && is_punct(c, y, ',') && role_noun(c, y - 1) == P_PERSON)
            continue;   /* "his Peruvian counterpart, Wilfredo Huayta" */
        if (!c->t[y].w[0] ||
            !((c->a->tokens[c->s->tok_first + y].flags & DZ_TOK_CAP) ||
              (y > y0 && (!strcmp(c->t[y].w, "of") || !strcmp(c->t[y].w, "the"))) ||
              role_noun(c, y) == P_PERSON || lower_title_words(c, y, e)))
            return -1;
    }
    return -1;
}

/* ---- titles in lower case ------------------------------------------------*/

/* Do the tokens from y on make the lower-case words of a title that a role
** noun ends right before a person ("British trade minister Alan Clark",
** "British corporate affairs minister Michael Howard")? At most two plain
** words, then the role noun, then the person's name (before e). */
static int lower_title_words(const ctx *c, int y, int e)
{
    int k;
    for (k = y; k < e && k < y + 3; k++) {
        if (role_noun(c, k) == P_PERSON)
            return k > y && k + 1 < e && c->t[k + 1].mention >= 0 &&
                   c->a->mentions[c->t[k + 1].mention].type == DZ_ENT_PERSON;
        if (!c->t[k].w[0] || c->t[k].mention >= 0 || c->t[k].kind != K_NONE ||
            (c->a->tokens[c->s->tok_first + k].flags & DZ_TOK_CAP))
            return 0;
    }
    return 0;
}

/* Is token i a noun of what is said or held (class @abstract: "statement",
** "claim", "report", "decision")? */
static int said_noun(const ctx *c, int i)
{
    int b = class_bit_find(c->vl, "@abstract");
    return b >= 0 && (c->t[i].classes & (1u << b)) != 0;
}

/* Is w an adjective that takes an infinitive ("likely to become law that
** would expropriate TikTok", "ready to", "able to")? Such an infinitive
** is the clause's own, not a noun's. */
static int before_infinitive_adjective(const char *w)
{
    static const char *const adj[] = {
        "likely", "unlikely", "able", "unable", "ready", "willing", "unwilling",
        "due", "set", "expected", "certain", "prepared", "eager", "determined",
        "keen", "anxious", "reluctant", "sure", "bound", "free", "designed",
        "intended", "meant", "aimed", "enough", "necessary", "possible",
        "impossible", "difficult", "hard", "easy", NULL
    };
    size_t n = strlen(w);
    if (n > 4 && !strcmp(w + n - 2, "ly"))
        return 1;
    return dz_word_in(w, adj);
}

/* Does token i open a participle clause after a comma, a verb's -ing
** form with no name of its own? "Weizsaecker arrived for a four-day
** visit, opening a Latin American tour which includes Bolivia and
** Guatemala": the tour's places are no target of the arrival; the
** participle is a clause, and an act, of its own. */
static int participle_after_comma(const ctx *c, int i, int b)
{
    return i > b && is_punct(c, i - 1, ',') && c->t[i].mention < 0 &&
           c->t[i].verb >= 0 && c->t[i].form == F_ING && c->t[i].kind == K_NONE;
}

/* ---- a passive participle after a comma names its own agent ---------------*/

/* Does token i open a passive participle clause after a comma whose "by"
** names who did it? "Canada and France concluded an interim fishing
** accord, opposed by fishermen in both countries", "Britain and West
** Germany opposed the tax, backed by the Netherlands": the agent backs or
** opposes what came before; it is not whom the clause's act is aimed at. */
static int passive_after_comma(const ctx *c, int i, int b)
{
    /* "attend the opening of the talks, convened by the International
    ** Cocoa Organization": who holds a meeting is a party to it */
    static const char *const hosts[] = { "convene", "host", "organise", "organize",
                                         "sponsor", "chair", "call", NULL };
    int k;
    if (!(i > b && is_punct(c, i - 1, ',') && c->t[i].mention < 0 && c->t[i].verb >= 0 &&
          c->t[i].kind == K_NONE && reduced_passive(c, i)))
        return 0;
    for (k = 0; hosts[k]; k++)
        if (!strcmp(c->vl->verbs[c->t[i].verb].lemma, hosts[k]))
            return 0;
    return 1;
}

/* ---- recall: a title before the name addressed ------------------------------*/

/* Are tokens [b, i) a title of at most three capitalised words, no name
** and no verb ("President", "Prime Minister", "Chancellor")? */
static int title_words(const ctx *c, int b, int i)
{
    int k;
    if (i - b > 3 || i <= b)
        return 0;
    for (k = b; k < i; k++)
        if (c->t[k].mention >= 0 || c->t[k].kind != K_NONE || c->t[k].verb >= 0 ||
            !(c->a->tokens[c->s->tok_first + k].flags & DZ_TOK_CAP) ||
            !(c->t[k].classes & c->vl->role_person || !strcmp(c->t[k].w, "prime") ||
              !strcmp(c->t[k].w, "finance") || !strcmp(c->t[k].w, "foreign") ||
              !strcmp(c->t[k].w, "trade") || !strcmp(c->t[k].w, "vice")))
            return 0;
    return 1;
}

/* Is mention m, ending before token x, a country's adjective before
** those who fight or oppose its government ("a grant of 40 mln dlrs to
** the Nicaraguan rebels", "supported Angolan rebels")? Then the state is
** not the one aimed at; the group after it may be. */
static int state_of_rebels(const ctx *c, int m, int x)
{
    static const char *const words[] = {
        "rebels", "guerrillas", "insurgents", "contras", "dissidents", "exiles",
        "separatists", "opposition"
    };
    size_t k;
    if (x >= c->n || !adjectival(c, m))
        return 0;
    /* "Nicaraguan Contra rebels"; not "Palestinian guerrilla positions",
    ** where the adjective names the fighters' own people */
    if (x + 1 < c->n && (!strcmp(c->t[x].w, "contra") || !strcmp(c->t[x].w, "rebel") ||
                         !strcmp(c->t[x].w, "guerrilla")))
        x++;
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (!strcmp(c->t[x].w, words[k]))
            return 1;
    return 0;
}

/* ---- a group named after its state or body -------------------------------*/

/* Is the name m, which ends before token x, the first words of a group
** named by a common noun right after it, whose name it opens ("EC finance
** ministers", "U.S. senators", "Brazilian seamen": sentence_groups keeps
** the state or body in the group's name, as a group of its own)? The
** group is the one acted on, not the state: "met EC finance ministers",
** "criticised U.S. senators". The group's mention, else -1. (A state's
** own agents, "U.S. officials", are no group: the state stays.) */
static int group_of_name(const ctx *c, int m, int x)
{
    const dz_mention *g, *n = &c->a->mentions[m];
    int gm;
    size_t len = (size_t)(n->end - n->start);
    if (x >= c->n || (gm = c->t[x].mention) < 0 || gm == m || !c->isgroup[gm] ||
        c->isgroup[m] || (n->type != DZ_ENT_COUNTRY && n->type != DZ_ENT_ORGANIZATION))
        return -1;
    g = &c->a->mentions[gm];
    return g->name && strlen(g->name) > len && g->name[len] == ' ' &&
           !strncmp(g->name, c->a->text + n->start, len) ? gm : -1;
}

/* First entity in tokens [b, e) fit to be p's target; -1 if none. With
** speech set, stop at "that" (the reported clause). */
static int actors_own(const ctx *c, const pred *p, int i, int m);
static int stance_holder(const ctx *c, const pred *p, int x);

static int first_target(const ctx *c, const pred *p, int b, int e, int speech,
                        int *saw_pronoun, int *at)
{
    int i, preps = 0;
    const verbdef *vd = &c->vl->verbs[p->verb];
    if (speech && vd->root == 1 && plain_saying(vd->lemma) && strcmp(vd->lemma, "tell")) {
        /* "said X ...", "said the U.S. ...": what follows is what was
        ** said; only "said to X" addresses someone */
        int m;
        if (b + 1 < e && !strcmp(c->t[b].w, "to") && (m = c->t[b + 1].mention) >= 0 &&
            !is_actor(c, p, m)) {
            for (i = b + 1; i < c->n && c->t[i].mention == m; i++)
                ;
            *at = i;
            return m;
        }
        return -1;
    }
    for (i = b; i < e; i++) {
        int m = c->t[i].mention, x;
        if (speech && (c->t[i].kind == K_REL || c->t[i].kind == K_SUB))
            return -1;
        /* "a dispute claiming that ...": what is claimed is no target */
        if (!strcmp(c->t[i].w, "that") && i > b && c->t[i - 1].verb >= 0 &&
            (c->vl->verbs[c->t[i - 1].verb].flags & V_SPEECH))
            return -1;
        /* "urged her to call elections": the one aimed at is "her", the
        ** last person named, unless that is the actor ("Baker would help
        ** him forge a new partnership with Congress": none we know); the
        ** names after it belong to what follows */
        if (i == b && (!strcmp(c->t[i].w, "him") || !strcmp(c->t[i].w, "her"))) {
            int32_t pos = c->a->tokens[c->s->tok_first + i].start;
            int h = antecedent(c, pos, 1);
            if (h < 0 || is_actor(c, p, h))
                return -1;
            *at = i + 1;
            return h;
        }
        /* "repeated a White House statement that only President Reagan
        ** ...": a clause that tells what a statement, claim or report
        ** holds has its own names ("rejected calls that the government
        ** talk to the IMF" keeps it: what is called for is aimed at)
        ** (not a relative clause: "a visit which will focus on Britain's
        ** surplus", "that has come to light" go on) */
        if (i > b && i + 1 < e && m < 0 && !strcmp(c->t[i].w, "that") &&
            c->t[i - 1].mention < 0 && c->t[i - 1].kind == K_NONE && c->t[i - 1].w[0] &&
            !c->t[i - 1].is_verb && said_noun(c, i - 1)) {
            int j = i + 1;      /* "legislation that now looks likely" */
            while (j + 1 < e && is_adverb(c, j))
                j++;
            if (!c->t[j].is_verb && c->t[j].kind != K_MODAL && !is_aux_word(c, j))
                return -1;
        }
        /* "challenged the agreement as a violation of GATT practices":
        ** what follows "as" says what the object is, not whom the act
        ** is aimed at */
        if (i > b && m < 0 && !strcmp(c->t[i].w, "as"))
            return -1;
        /* "would protest a USDA move to award Taiwan's shortfall": a
        ** name inside an infinitive that belongs to a noun is the noun's
        ** business ("urged Japan to open", "threatened to impose tariffs
        ** on Japan" keep theirs: a name or a verb comes before "to");
        ** nor a purpose of aid or of pressure, whose object is the one
        ** aimed at ("credits to help Indonesia pay", "tariffs to
        ** retaliate for Japan's failure") */
        if (i > b && c->t[i].kind == K_TO && i + 1 < e && c->t[i + 1].verb >= 0 &&
            c->t[i + 1].mention < 0 && c->t[i - 1].kind == K_NONE &&
            c->t[i - 1].mention < 0 && !c->t[i - 1].is_verb && c->t[i - 1].w[0] &&
            !is_number(c, i - 1) && !before_infinitive_adjective(c->t[i - 1].w)) {
            int r = c->vl->verbs[c->t[i + 1].verb].root;
            if (r != 7 && r < 13)
                return -1;
        }
        /* "supported Kurdish guerrillas in operations against government
        ** positions in northern Iraq", "blocking the export of citrus from
        ** Gaza to the countries of the EC": a name three phrases down
        ** the object is where or what, not whom the act is aimed at;
        ** "by" names who does what the object names ("urged a halt to the
        ** talking down of the dollar by institutions in the U.S."), and
        ** counts afresh */
        if (m < 0 && c->t[i].kind == K_PREP &&
            (preps = strcmp(c->t[i].w, "by") ? preps + 1 : 1) > 2)
            return -1;
        /* "opposed a proposed tax on edible oils and fats which has
        ** already sparked strong protest from exporters", "agreed to
        ** adopt common regulations requiring banks to put up capital": a
        ** relative clause, or a participle of an act of its own, after a
        ** noun of the object tells more of that noun; its names are its
        ** own business, not whom the act is aimed at ("added a new
        ** alliance network joining the United States, Japan" keeps them:
        ** joining is no act; not after a verb: "demanded that
        ** Japan open", "agreed to stop selling its microchips in the
        ** United States"; nor when the object's noun gives the act:
        ** "filed a petition challenging Korea's ban", "advanced
        ** legislation that would expropriate TikTok") */
        if (i > b && m < 0 &&
            !(vd->root == ROOT_LIGHT && c->t[i - 1].noun_root > 0 && c->t[i - 1].noun_root <= 20) &&
            c->t[i - 1].mention < 0 &&
            c->t[i - 1].kind == K_NONE && !c->t[i - 1].is_verb && c->t[i - 1].w[0] &&
            (c->t[i - 1].verb < 0 || c->t[i - 1].form == F_S) &&
            ((c->t[i].kind == K_REL && strcmp(c->t[i].w, "whose") &&
              c->t[i - 1].noun_root != NOUN_EMBED) ||
             (c->t[i].verb >= 0 && !c->t[i].is_verb && c->t[i].form == F_ING &&
              c->t[i].kind == K_NONE && c->t[i - 2].kind != K_TO &&
              c->vl->verbs[c->t[i].verb].root > 0 && i + 1 < e &&
              /* an object after it: not a noun ("the annual meeting of") */
              (c->t[i + 1].mention >= 0 || c->t[i + 1].kind == K_DET ||
               c->t[i + 1].kind == K_PRON))))
            return -1;
        if (participle_after_comma(c, i, b) || passive_after_comma(c, i, b))
            return -1;
        if (c->t[i].kind == K_PRON && saw_pronoun &&
            (!strcmp(c->t[i].w, "it") || !strcmp(c->t[i].w, "them")))
            *saw_pronoun = 1;
        if (c->t[i].kind == K_DET && saw_pronoun &&
            (!strcmp(c->t[i].w, "its") || !strcmp(c->t[i].w, "their")))
            *saw_pronoun = 1;
        if (m < 0)
            continue;
        for (x = i; x < c->n && c->t[x].mention == m; x++)
            ;
        if (group_of_name(c, m, x) >= 0) {     /* "met EC finance ministers" */
            m = c->t[x].mention;
            for (i = x; x < c->n && c->t[x].mention == m; x++)
                ;
        }
        if (speech && i > b && !is_actor(c, p, m) &&
            strcmp(c->t[i - 1].w, "to") && strcmp(c->t[i - 1].w, "with") &&
            !(i == b + 1 && !strcmp(c->t[b].w, "the")) &&   /* "told the EC" */
            !title_words(c, b, i))      /* "told President Reagan" */
            return -1;                   /* "said U.S. restrictions ..." */
        if (c->a->mentions[m].type == DZ_ENT_OTHER ||
            c->a->mentions[m].type == DZ_ENT_PLACE || is_actor(c, p, m) ||
            (attributive(c, i, x) && !adjective_after_prep(c, i)) ||
            actors_own(c, p, i, m) || (i <= b + 1 && stance_holder(c, p, x)) ||
            state_of_rebels(c, m, x) ||
            (c->a->mentions[m].type == DZ_ENT_COUNTRY && currency_after(c, x)) ||
            motion_origin(c, p, i)) {
            i = x - 1;
            continue;
        }
        if (c->a->mentions[m].type != DZ_ENT_PERSON) {
            /* "called on Brazilian President Jose Sarney", "told U.S.
            ** Treasury Secretary James Baker": a state before a title and
            ** a name says whose official the person is; the person is
            ** the one addressed */
            int y = titled_person(c, x, e);
            if (y >= 0 && !is_actor(c, p, c->t[y].mention)) {
                m = c->t[y].mention;
                for (x = y; x < c->n && c->t[x].mention == m; x++)
                    ;
            }
        }
        *at = x;
        return m;
    }
    return -1;
}

/* Is mention m at token i a body the actor owns, named right after "its"
** or "their" ("was ready to allow its Export-Import Bank to co-finance
** ADB loans")? The actor acts through it; it is not whom the act aims at.
** Only a named organisation: a person after "his" or "its" (an aide, an
** envoy) may be aimed at, and so may a group named by a relation ("its
** creditor banks", "its allies"). */
static int actors_own(const ctx *c, const pred *p, int i, int m)
{
    (void)p;
    return i > 0 && c->a->mentions[m].type == DZ_ENT_ORGANIZATION && !c->isgroup[m] &&
           (!strcmp(c->t[i - 1].w, "its") || !strcmp(c->t[i - 1].w, "their"));
}

/* Does the name ending before token x, the first words of p's object,
** hold the stance named right after it, which p voices, reaffirms or
** expresses ("voiced Reagan administration opposition to it",
** "reaffirmed U.S. backing for the Paris Agreement", "expressed Japanese
** concern")? It is the speaker's
** side, not whom the act aims at; the target, if any, comes after the
** noun. Not for verbs that answer a stance ("criticised U.S. support"),
** nor deeper in the object ("expressed support for the U.S. position"). */
static int stance_holder(const ctx *c, const pred *p, int x)
{
    static const char *const stances[] = { "backing", "support", "opposition",
        "concern", "concerns", "commitment", "position", "stance", "views",
        "view", "approval", "objections", "objection", "reservations",
        "displeasure", "dissatisfaction", "willingness", "readiness",
        "determination", "resolve", "interest", "hopes", "anger", NULL };
    const verbdef *vd = &c->vl->verbs[p->verb];
    if (!(vd->root == ROOT_LIGHT || vd->root == 1 || vd->root == 5))
        return 0;
    if (x < c->n && (!strcmp(c->t[x].w, "administration") || !strcmp(c->t[x].w, "government")))
        x++;
    return x < c->n && c->t[x].mention < 0 && dz_word_in(c->t[x].w, stances);
}

/* ---- a listed name after a title that opens with a body --------------------*/

/* A later member of a list of those acted on whose title opens with a
** state or body ("... James Baker, Federal Reserve Board chairman Paul
** Volcker and International Monetary Fund managing director Michel
** Camdessus"): the body says whose official the person is, and the person
** is the one acted on, as for the first member (titled_person). *m is the
** mention ending before token *x; both move to the person when there is
** one before e. */
static void listed_titled_person(const ctx *c, int *m, int *x, int e)
{
    int y, pm;
    if (c->a->mentions[*m].type == DZ_ENT_PERSON || (y = titled_person(c, *x, e)) < 0)
        return;
    pm = c->t[y].mention;
    for (*x = y; *x < c->n && c->t[*x].mention == pm; (*x)++)
        ;
    *m = pm;
}

/* Entities coordinated with the target that ends before token x ("with
** Mordor, Rohan and Bree"): stored in more[], count returned. */
static int more_targets(const ctx *c, const pred *p, int x, int e, int *more, int cap)
{
    int n = 0;
    while (x < e && n < cap) {
        int y = x, m;
        while (y < e && (is_punct(c, y, ',') || c->t[y].kind == K_CONJ ||
                         !strcmp(c->t[y].w, "the")))
            y++;
        if (y == x || y >= e)
            break;
        if (c->t[y].mention < 0 && (c->a->tokens[c->s->tok_first + y].flags & DZ_TOK_CAP)) {
            /* "..., Foreign Secretary Geoffrey Howe and Governor of the
            ** Bank of England Robin Leigh-Pemberton": past the title */
            int z = y, pm = -1;
            while (z < e && z < y + 8) {
                int mz = c->t[z].mention;
                if (mz >= 0 && c->a->mentions[mz].type == DZ_ENT_PERSON) {
                    pm = z;
                    break;
                }
                if (mz >= 0) {
                    while (z + 1 < c->n && c->t[z + 1].mention == mz)
                        z++;
                } else if (!c->t[z].w[0] ||
                           !((c->a->tokens[c->s->tok_first + z].flags & DZ_TOK_CAP) ||
                             !strcmp(c->t[z].w, "of") || !strcmp(c->t[z].w, "the") ||
                             role_noun(c, z) == P_PERSON))
                    break;
                z++;
            }
            if (pm < 0)
                break;
            y = pm;
        }
        if ((m = c->t[y].mention) < 0)
            break;
        for (x = y; x < c->n && c->t[x].mention == m; x++)
            ;
        listed_titled_person(c, &m, &x, e);
        if (c->a->mentions[m].type != DZ_ENT_PERSON &&
            c->a->mentions[m].type != DZ_ENT_COUNTRY &&
            c->a->mentions[m].type != DZ_ENT_ORGANIZATION)
            break;
        if (!is_actor(c, p, m) && !is_poss(c, x) &&
            !(c->a->mentions[m].type == DZ_ENT_COUNTRY && currency_after(c, x)))
            more[n++] = m;
    }
    return n;
}

/* The category of a light verb's object in [b, e), or of the phrase
** (verb, object word); -1 if none. */
/* Does word w before "strike" make it a strike of workers ("national",
** "general", "pay", "hunger" ...), not a military one? */
static int labour_strike(const char *w)
{
    static const char *const labour[] = { "national", "general", "nationwide",
        "labour", "labor", "pay", "hunger", "protest", "token", "wildcat",
        "one-day", "24-hour", "48-hour" };
    size_t q;
    for (q = 0; q < sizeof labour / sizeof labour[0]; q++)
        if (!strcmp(w, labour[q]))
            return 1;
    return 0;
}

/* Is p an order of a thing, not of a party told to act: "ordered two
** Airbus A-310-300s from the consortium", "ordered a cutback in
** semiconductors production", "ordered a hiring freeze"? An order is a
** demand (10) only on the one told to do something ("ordered the U.S.
** Navy to increase its presence", "ordered that Everest respond"); an
** order of a thing is a purchase or a decision of one's own, coded by
** what is ordered ("ordered 100 pct tariffs on Japanese goods") as a
** light verb's object is. The object starts at b and p's clause ends
** at e; the infinitive is a clause of its own, past e. */
static int thing_ordered(const ctx *c, const pred *p, int b, int e)
{
    int i;
    if (p->passive || !verb_in(&c->vl->verbs[p->verb], c->vl->vc_order) || b >= e ||
        !strcmp(c->t[b].w, "that") || c->t[b].kind == K_TO ||
        c->t[b].kind == K_PREP || c->t[b].is_verb || c->t[b].mention >= 0 ||
        c->t[b].form == F_ED || c->t[b].form == F_IRR)
        return 0;   /* "ordered Warner jailed"; "the tariffs Reagan
                    ** ordered on Japanese goods", "the goods that Reagan
                    ** ordered penalized": the thing is before */
    for (i = b; i + 1 < c->n && !is_boundary_punct(c, i) && !is_punct(c, i, ',') &&
                !(c->t[i].kind == K_PREP && strcmp(c->t[i].w, "of")); i++)
        if (c->t[i].kind == K_TO && c->t[i + 1].mention < 0 &&
            c->t[i + 1].kind == K_NONE && islower((unsigned char)c->t[i + 1].w[0]) &&
            !(c->a->tokens[c->s->tok_first + i + 1].flags & DZ_TOK_CAP))
            return 0;   /* "ordered financial officials to quicken", not
                        ** "a cutback in production as a way to force" */
    return 1;
}

static int object_category(const ctx *c, const pred *p, int b, int e)
{
    const verbdef *vd = &c->vl->verbs[p->verb];
    const int light = vd->root == ROOT_LIGHT || thing_ordered(c, p, b, e);
    int i, root = -1, limit = b + 8 < e ? b + 8 : e, embed = -1, particle = -1;
    /* phrases: the particle or the head noun of the object; after a
    ** particle that has a phrase of its own, a class of the noun after it
    ** still decides ("warned of a crisis" is a statement, "warned of
    ** retaliation" a threat) */
    for (i = b; i < limit; i++) {
        int ph;
        if (i > b && (c->t[i].kind == K_PREP || is_punct(c, i, ',') ||
                      c->t[i].kind == K_REL || (c->t[i].is_verb && i > b)))
            break;
        if (p->verb == c->vl->have && i > b) {
            /* "have" has only what directly follows it: "had a frank
            ** meeting", not "have so far confined their consultations"
            ** or "has assured a meeting" */
            const tinfo *q = &c->t[i - 1];
            size_t n = strlen(q->w);
            if (!(q->kind == K_DET || q->kind == K_QUANT || q->kind == K_CONJ ||
                  (q->kind == K_NONE && q->verb < 0 && n > 0 &&
                   !(n > 2 && !strcmp(q->w + n - 2, "ed")))))
                break;
        }
        for (ph = vd->phrases; ph >= 0; ph = c->vl->phrases[ph].next) {
            const phrase *x = &c->vl->phrases[ph];
            if (particle >= 0) {
                if (!x->word && (c->t[i].classes & x->cls))
                    return x->root;
                continue;
            }
            if (x->word && !strcmp(x->word, c->t[i].w) && i == b &&
                c->t[i].kind == K_PREP) {
                particle = x->root;
                break;
            }
            if ((x->word && !strcmp(x->word, c->t[i].w)) ||
                (!x->word && (c->t[i].classes & x->cls)))
                return x->root;
        }
        if (particle >= 0)
            continue;
        if (i > b && (!strcmp(c->t[i].w, "strike") || !strcmp(c->t[i].w, "strikes")) &&
            labour_strike(c->t[i - 1].w))
            return 14;  /* "launched a national strike": workers protest */
        /* the CAMEO dictionary's pattern for this object word, for a
        ** light verb or one that is no event by itself, or to say the
        ** object makes no event ("impose taxes"); not for verbs of
        ** saying (what follows them is no object). verbs.txt's own root
        ** of an event verb stands: the dictionary's patterns for those
        ** disagreed with both gold sets as often as they agreed */
        if (vd->block >= 0 && c->t[i].mention < 0 && !(vd->flags & V_SPEECH)) {
            int r = cameo_pattern(c->vl, vd->block, c->t[i].w), h;
            /* "begin trade talks": the compound's head decides, not
            ** its first noun ("open trade" alone is 06) */
            for (h = i + 1; r >= 0 && h < limit && c->t[h].mention < 0 &&
                            c->t[h].kind == K_NONE && c->t[h].w[0] && !c->t[h].is_verb &&
                            !(c->a->tokens[c->s->tok_first + h].flags & DZ_TOK_CAP); h++) {
                int r2 = cameo_pattern(c->vl, vd->block, c->t[h].w), hp;
                for (hp = vd->phrases; hp >= 0; hp = c->vl->phrases[hp].next)
                    if (c->vl->phrases[hp].word && !strcmp(c->vl->phrases[hp].word, c->t[h].w))
                        return c->vl->phrases[hp].root;    /* "gave no financial
                                                           ** details": our phrase
                                                           ** of the head first */
                if (r2 >= 0)
                    r = r2;
            }
            if (r >= 0 && (r == 0 || vd->root <= 0))
                return r;
        }
        if (c->t[i].noun_root >= 0 && light && c->t[b].kind != K_PREP) {
            /* a light verb's object is no phrase: "voiced during a
            ** visit" voices nothing of the visit */
            root = c->t[i].noun_root;
            if (root == NOUN_EMBED)
                embed = i;
            /* "introduced a sweeping tariff cut": cutting tariffs or
            ** sanctions yields (08); it imposes nothing */
            if ((root == 16 || root == 17) && i + 1 < e &&
                (!strcmp(c->t[i + 1].w, "cut") || !strcmp(c->t[i + 1].w, "cuts") ||
                 !strcmp(c->t[i + 1].w, "reduction") ||
                 !strcmp(c->t[i + 1].w, "reductions")))
                root = 8;
        }
    }
    if (particle >= 0)
        return particle;
    if (!light)
        return vd->root;
    if (root == NOUN_EMBED) {
        /* the first event verb inside the object */
        for (i = embed + 1; i < e; i++) {
            int r;
            if (c->t[i].verb < 0 || c->t[i].mention >= 0)
                continue;
            r = c->vl->verbs[c->t[i].verb].root;
            if (r > 0 && (c->t[i].form == F_BASE || c->t[i].form == F_IRR ||
                          c->t[i].is_verb))
                return r;
        }
        return -1;
    }
    return root;
}

/* ---- "whose" is followed by a noun -----------------------------------------*/

/* Does p's verb come right after "whose"? Then it is a noun owned by the
** one named before ("farmers, whose demands essentially involve more
** government spending", "Clayton Lonetree, whose arrest triggered the
** scandal", "Lisbeth Keefe, whose comments were echoed"), no act of
** theirs. */
static int after_whose(const ctx *c, const pred *p)
{
    return p->v > 0 && !strcmp(c->t[p->v - 1].w, "whose");
}

/* ---- force posture needs force ------------------------------------------*/

/* ---- what is restated ---------------------------------------------------*/

/* Is lemma a verb of restating a stance ("reiterated", "repeated",
** "restated", "reaffirmed")? What is restated is the act again. */
static int restating_verb(const char *lemma)
{
    return !strcmp(lemma, "reiterate") || !strcmp(lemma, "repeat") ||
           !strcmp(lemma, "restate") || !strcmp(lemma, "reaffirm");
}

/* The root of the act that p, a verb of restating, names as its object
** in [b, e): "repeated its criticism" is a disapproval (11), "reiterated
** its demand" a demand (10), "reaffirmed its commitment to fixed prices"
** what the CAMEO dictionary's REAFFIRM block says of a commitment. The
** object's head noun decides, by the dictionary's pattern for the verb's
** block, else by its [nouns] root; only the noun phrase right after the
** verb counts (no preposition, clause or verb before it). 0 when the
** object names no act other than a statement ("reiterated that ...",
** "repeated the forecast"). */
static int restated_root(const ctx *c, const pred *p, int b, int e)
{
    const verbdef *vd = &c->vl->verbs[p->verb];
    int i, limit = b + 6 < e ? b + 6 : e;
    for (i = b; i < limit; i++) {
        const tinfo *t = &c->t[i];
        int r;
        if (t->kind == K_PREP || t->kind == K_TO || t->kind == K_REL ||
            t->kind == K_SUB || t->is_verb || is_punct(c, i, ',') ||
            is_boundary_punct(c, i) || is_quote(c, i) || !strcmp(t->w, "that"))
            return 0;
        if (t->mention >= 0 || !t->w[0])
            continue;
        r = cameo_pattern(c->vl, vd->block, t->w);
        if (r >= 2)
            return r;
        if (t->noun_root >= 2 && t->noun_root != NOUN_EMBED)
            return t->noun_root;
    }
    return 0;
}

/* ---- what is explained to someone ----------------------------------------*/

/* The one p, "explain" or "outline", lays its object before: "Funaro
** will be explaining Brazil's actions to U.S. Treasury Secretary James
** Baker", "to explain EC farm policy to the U.S.". A briefing given to
** a named state, person or body is a consultation (CAMEO 04, as a
** presentation to creditors is); the addressee is the head of the noun
** phrase after the first "to" that follows the object, before a comma,
** a clause or a verb. The mention, or -1 ("explained that ...", "explain
** how", "explained to reporters"). */
static int explained_to(const ctx *c, const pred *p)
{
    const char *lemma = c->vl->verbs[p->verb].lemma;
    int i, e;
    if ((strcmp(lemma, "explain") && strcmp(lemma, "outline")) || p->passive ||
        p->v + 2 >= p->end || c->t[p->v + 1].kind == K_TO ||
        c->t[p->v + 1].kind == K_SUB || !strcmp(c->t[p->v + 1].w, "that"))
        return -1;
    for (i = p->v + 2; i < p->end && i <= p->v + 10; i++) {
        const tinfo *t = &c->t[i];
        if (is_boundary_punct(c, i) || is_punct(c, i, ',') || is_quote(c, i) ||
            t->kind == K_REL || t->kind == K_SUB || !strcmp(t->w, "that") ||
            (t->is_verb && t->mention < 0))
            return -1;
        if (t->kind == K_TO && t->mention < 0)
            break;
    }
    if (i >= p->end || i > p->v + 10 || i + 1 >= c->n || c->t[i + 1].verb >= 0)
        return -1;      /* "to help", "to ease": a purpose, no one addressed */
    for (e = i + 1; e < p->end && e <= i + 8; e++)
        if (is_punct(c, e, ',') || is_boundary_punct(c, e) || c->t[e].kind == K_CONJ ||
            (c->t[e].kind == K_PREP && c->t[e].mention < 0) || c->t[e].kind == K_REL ||
            (c->t[e].is_verb && c->t[e].mention < 0))
            break;
    i = span_head(c, i + 1, e);
    return i >= 0 && party(c, i) && !is_actor(c, p, i) ? i : -1;
}

/* Is p's act of force posture (CAMEO 15: deploy, patrol, drill, mobilise)
** one of armed force: by a state ("Iran has deployed about six large
** missiles", "Greece would drill in the same area"), or with a word of
** force in its clause ("Police and troops patrolled the centre", "the
** U.S. Indian Ocean Battle Group, which patrols")? A company drilling a
** well, mobilising rupees or expanding its sales effort shows no force. */
static int armed_posture(const ctx *c, const pred *p)
{
    static const char *const force[] = {
        "troops", "forces", "force", "police", "army", "navy", "military",
        "missiles", "missile", "warships", "warship", "soldiers", "battle",
        "tanks", "marines", "militia", "guerrillas", "rebels", "units",
        "gunboats", "fleet", "aircraft", "jets", "artillery", NULL
    };
    int i, k;
    if (p->nactors > 0 && c->a->mentions[p->actors[0]].type == DZ_ENT_COUNTRY &&
        !c->isgroup[p->actors[0]])
        return 1;
    for (i = 0; i < p->end && i < c->n; i++)
        for (k = 0; force[k]; k++)
            if (!strcmp(c->t[i].w, force[k]))
                return 1;
    return 0;
}

/* ---- "ahead of": when, not whom ------------------------------------------*/

/* Does "ahead of", "prior to" or "in advance of" stand between p's verb
** and its target m: "The Interim Committee meets next week in Washington
** ahead of the IMF's Spring meetings", "bankers also declined to be
** specific ahead of their next meeting with Ongpin"? What follows says
** when the act is, not at whom it is aimed. */
static int when_not_whom(const ctx *c, const pred *p, int m)
{
    int i, at = -1;
    for (i = p->v + 1; i < c->n && at < 0; i++)
        if (c->t[i].mention == m)
            at = i;
    for (i = p->v + 1; i + 1 < at; i++)
        if ((!strcmp(c->t[i].w, "ahead") && !strcmp(c->t[i + 1].w, "of")) ||
            (!strcmp(c->t[i].w, "prior") && !strcmp(c->t[i + 1].w, "to")) ||
            (!strcmp(c->t[i].w, "advance") && i > 0 && !strcmp(c->t[i - 1].w, "in") &&
             !strcmp(c->t[i + 1].w, "of")))
            return 1;
    return 0;
}

/* ---- a time between the verb and its particle; crowds and police ---------*/

/* The first token from b (before e) past a time right after the verb:
** "called today for a cut", "clashed today over", "called last week for",
** "called in February for": the particle after the time decides the act as
** it does right after the verb. b when no time stands there. */
static int after_time(const ctx *c, int b, int e)
{
    int i = b;
    /* "on Tuesday", "in February"; not "for five days of strikes" */
    if (i + 1 < e && c->t[i].kind == K_PREP && c->t[i + 1].timex >= 0 &&
        c->t[i + 1].mention < 0 &&
        (!strcmp(c->t[i].w, "on") || !strcmp(c->t[i].w, "in") || !strcmp(c->t[i].w, "at")))
        i++;
    while (i < e && c->t[i].timex >= 0 && c->t[i].mention < 0)
        i++;
    return i > b && i < e && c->t[i].kind == K_PREP ? i : b;
}

/* The Phoenix code of a group mention's head word ("mourners" CVL), or
** NULL when m is no group or has none. */
static const char *group_code(const ctx *c, int m)
{
    const char *name, *w;
    char low[32];
    const char *code = NULL;
    if (m < 0 || !c->isgroup[m])
        return NULL;
    name = c->a->mentions[m].name;
    w = strrchr(name, ' ');
    w = w ? w + 1 : name;
    if (fold_word(w, strlen(w), low, sizeof low) != 0 ||
        !(groups_lookup(low, &code) & (GROUP_PLURAL | GROUP_SINGULAR)))
        return NULL;
    return code;
}

/* Is an act of force by actor on target a crowd fighting the police:
** civilians, students, protesters or workers (Phoenix CVL, EDU, OPP, LAB)
** against police or troops ("Mourners clashed with police at an Irish
** Republican Army funeral")? CAMEO codes that a violent protest (145),
** not a fight between armed sides. */
static int crowd_against_police(const ctx *c, int actor, int target)
{
    const char *a = group_code(c, actor), *t = group_code(c, target);
    return a && t && (!strncmp(a, "CVL", 3) || !strncmp(a, "EDU", 3) ||
                      !strncmp(a, "OPP", 3) || !strncmp(a, "LAB", 3)) &&
           (!strncmp(t, "COP", 3) || !strncmp(t, "MIL", 3));
}

/* Is p inside a report its sentence calls unfounded: "Iran said reports
** that it intended to threaten shipping in the Gulf were baseless",
** "denied charges that ...". The clause follows "reports / claims /
** charges ... that" and a later word of the sentence denies them. */
static int denied_report(const ctx *c, const pred *p)
{
    static const char *const noun[] = { "report", "reports", "claim", "claims",
        "charge", "charges", "allegation", "allegations", "rumour", "rumours",
        "rumor", "rumors", "suggestion", "suggestions", "speculation" };
    static const char *const deny[] = { "baseless", "unfounded", "untrue",
        "groundless", "false", "nonsense", "fabricated", "incorrect" };
    int i, that = -1, start = p->subj_start >= 0 && p->subj_start < p->g
                                  ? p->subj_start : p->g;
    size_t k;
    for (i = start - 1; i >= 1 && i >= start - 3; i--)
        if (!strcmp(c->t[i].w, "that")) {
            that = i;
            break;
        }
    if (that < 1)
        return 0;
    for (k = 0; k < sizeof noun / sizeof noun[0]; k++)
        if (!strcmp(c->t[that - 1].w, noun[k]))
            break;
    if (k == sizeof noun / sizeof noun[0])
        return 0;
    for (i = p->v + 1; i < c->n && !is_boundary_punct(c, i); i++)
        for (k = 0; k < sizeof deny / sizeof deny[0]; k++)
            if (!strcmp(c->t[i].w, deny[k]))
                return 1;
    return 0;
}

/* Is predicate k inside what predicate d denies ("Tehran denied it
** intended to threaten Gulf shipping", "Mexico denied reports that British
** banks are resisting signing")? Not when k is itself a saying ("denied
** that ..., as one EC official told Reuters"), when another saying comes
** between them ("denied ... and said any interference would meet a strong
** response"), nor after a "but" ("denied ..., but he said fewer of them
** pay taxes"). */
static int denied_by(const ctx *c, int d, int k)
{
    int q, i;
    if (strcmp(c->vl->verbs[c->p[d].verb].lemma, "deny") != 0 ||
        c->p[d].modality == DZ_MOD_NEGATED ||
        (c->vl->verbs[c->p[k].verb].flags & V_SPEECH))
        return 0;
    for (q = d + 1; q < k; q++)
        if (c->vl->verbs[c->p[q].verb].flags & V_SPEECH)
            return 0;
    for (i = c->p[d].v + 1; i < c->p[k].g; i++)
        if (!strcmp(c->t[i].w, "but"))
            return 0;
    return 1;
}

/* Is p's clause about an economic matter (an @economic word between its
** subject and its end): "agreed to cooperate to hold currencies", "a
** rescheduling accord"? Then an agreement is material cooperation. */
static int economic_matter(const ctx *c, const pred *p)
{
    int i = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g;
    for (; i < p->end; i++)
        if (c->t[i].classes & c->vl->economic)
            return 1;
    return 0;
}

/* Is predicate k's act told by someone else in a trailing attribution
** ("Lyng has asked Japan to open its market ..., an Agriculture Ministry
** official told reporters", "..., they said")? Then it is reported: the
** saying comes after a comma, by a speaker who is not the actor. */
static int attributed_later(const ctx *c, int k)
{
    const pred *p = &c->p[k];
    int q;
    for (q = k + 1; q < c->np; q++) {
        const pred *s = &c->p[q];
        const verbdef *vd = &c->vl->verbs[s->verb];
        int start;
        if (!(vd->flags & V_SPEECH) || vd->root != 1 || s->rel || s->shared)
            continue;
        start = s->subj_start >= 0 && s->subj_start < s->g ? s->subj_start : s->g;
        if (start <= p->v || !is_punct(c, start - 1, ','))
            continue;
        if (s->nactors > 0 && p->nactors > 0 && s->pronoun != P_OTHER &&
            is_actor(c, p, s->actors[0]))
            return 0;           /* not "they said": sources, not the actor */
        return q == c->np - 1;
    }
    return 0;
}

/* Is the object of predicate k the subject of the next one, with no
** boundary between ("added the meeting and the statement would have been
** meaningless")? Then what follows a verb of saying is what was said. */
static int clause_follows(const ctx *c, int k)
{
    const pred *p = &c->p[k], *q;
    int i;
    if (k + 1 >= c->np)
        return 0;
    q = &c->p[k + 1];
    if (q->shared || q->rel || q->g - p->v > 10 || q->g <= p->v + 1)
        return 0;
    for (i = p->v + 1; i < q->g; i++)
        if (is_boundary_punct(c, i) || is_punct(c, i, ',') ||
            c->t[i].kind == K_SUB || c->t[i].kind == K_REL ||
            c->t[i].kind == K_PREP || c->t[i].kind == K_TO)
            return 0;
    return 1;
}

/* Is p an act of agreeing: "agree", "sign", "cooperate", "conclude",
** "initial", or a light verb whose object is an accord ("reached an
** agreement")? Not support, welcome or praise: those stay diplomatic. */
static int accord_verb(const ctx *c, const pred *p)
{
    static const char *const v[] = { "agree", "sign", "cooperate", "conclude",
                                     "initial" };
    const verbdef *vd = &c->vl->verbs[p->verb];
    size_t k;
    for (k = 0; k < sizeof v / sizeof v[0]; k++)
        if (!strcmp(vd->lemma, v[k]))
            return 1;
    return vd->root == ROOT_LIGHT;
}

/* "go to Washington", "went to the U.S.": a journey to a named place;
** "went ahead", "is going to" are none. */
static int goes_to(const ctx *c, const pred *p)
{
    int i = p->v + 1;
    if (i < p->end && !strcmp(c->t[i].w, "to"))
        i++;
    else
        return 0;
    if (i < p->end && !strcmp(c->t[i].w, "the"))
        i++;
    return i < p->end && c->t[i].mention >= 0;
}

/* "spoke to X", "spoke with the X", "spoke by telephone with X": a
** conversation with the named party m (not "spoke to reporters after
** talks with X"). */
/* Does the noun phrase from token i name m: "the EC", or the person
** after a state and a title ("Mexican President Miguel de la Madrid")? */
static int heads_phrase(const ctx *c, int i, int m)
{
    int lim = i + 8;
    if (i < c->n && !strcmp(c->t[i].w, "the"))
        i++;
    for (; i < c->n && i < lim; i++) {
        if (c->t[i].mention == m)
            return 1;
        if (!(c->t[i].mention >= 0 || is_poss(c, i) ||
              (c->t[i].w[0] &&
               (c->a->tokens[c->s->tok_first + i].flags & DZ_TOK_CAP))))
            return 0;
    }
    return 0;
}

static int spoke_with(const ctx *c, const pred *p, int m)
{
    int i = p->v + 1;
    if (i + 1 < c->n && !strcmp(c->t[i].w, "by") && !strcmp(c->t[i + 1].w, "telephone"))
        i += 2;
    if (i >= c->n || (strcmp(c->t[i].w, "to") && strcmp(c->t[i].w, "with")))
        return 0;
    return heads_phrase(c, i + 1, m);
}

/* Is the object of "fire" a person or staff ("fired Junger", "fired the
** head of the mergers department", "fired seven flight attendants"), not
** a weapon or "at"? A person named right after the verb, or a role or
** agent noun before the clause's first preposition. */
static int fires_someone(const ctx *c, const pred *p)
{
    int i = p->v + 1;
    if (i < c->n && c->t[i].mention >= 0)
        return c->a->mentions[c->t[i].mention].type == DZ_ENT_PERSON;
    for (; i < p->end && i < p->v + 8; i++) {
        if (c->t[i].kind == K_PREP || is_punct(c, i, ','))
            return 0;
        if (stands_for_actor(c, i) || !strcmp(c->t[i].w, "head") ||
            !strcmp(c->t[i].w, "chief") || !strcmp(c->t[i].w, "attendants") ||
            !strcmp(c->t[i].w, "employees") || !strcmp(c->t[i].w, "workers"))
            return 1;
    }
    return 0;
}

/* Verbs of meeting whose parties act on each other: "X and Y met". */
static int symmetric(const char *lemma)
{
    static const char *const v[] = { "meet", "talk", "negotiate", "discuss",
                                     "confer", "consult" };
    size_t k;
    for (k = 0; k < sizeof v / sizeof v[0]; k++)
        if (!strcmp(lemma, v[k]))
            return 1;
    return 0;
}

/* Is mention m introduced by "with" within the tokens after v ("met with
** Baldrige")? */
static int with_before(const ctx *c, int m, int v)
{
    int i;
    for (i = v + 1; i < c->n; i++)
        if (!strcmp(c->t[i].w, "with") && heads_phrase(c, i + 1, m))
            return 1;
    return 0;
}

/* ---- recall: a warning of a response ------------------------------------*/

/* Does what warning p warns of meet the speaker's answer: a modal, then
** "face", "meet", "draw", "provoke", "invite", "trigger" or "spark", then
** within a few words a response, retaliation, reprisals, countermeasures
** or consequences ("warned the United States that any interference in
** the region would meet a strong response from Tehran", "warned the EC
** it would face serious retaliation if it enacted the tax")? Such a
** warning is a threat of the speaker's side (CAMEO 13), though the clause
** has a subject of its own. Not what merely "leads to" retaliation
** against the speaker's side ("warned that it could lead to retaliation
** against U.S. firms"). Scans p's sentence up to its end or a ";". */
static int warns_of_response(const ctx *c, const pred *p)
{
    static const char *const verbs[] = {
        "face", "meet", "draw", "provoke", "invite", "trigger", "spark", NULL
    };
    static const char *const nouns[] = {
        "response", "retaliation", "reprisal", "reprisals", "countermeasures",
        "consequences", NULL
    };
    int i, j, k;
    for (i = p->v + 1; i + 2 < c->n; i++) {
        if (is_boundary_punct(c, i))
            break;
        if (c->t[i].kind != K_MODAL)
            continue;
        j = i + 1;
        if (j < c->n && is_adverb(c, j) && c->t[j].kind != K_NEG)
            j++;
        for (k = 0; verbs[k] && j < c->n; k++)
            if (!strcmp(c->t[j].w, verbs[k]))
                break;
        if (!verbs[k] || j >= c->n)
            continue;
        for (j = j + 1; j < c->n && j <= i + 7; j++) {
            if (c->t[j].kind == K_PREP || c->t[j].kind == K_CONJ || c->t[j].is_verb ||
                is_boundary_punct(c, j))
                break;
            for (k = 0; nouns[k]; k++)
                if (!strcmp(c->t[j].w, nouns[k]))
                    return 1;
        }
    }
    return 0;
}

/* Does predicate k, a warning, announce what someone else will do ("warned
** the proposal could damage trade") rather than its speaker's own act
** ("warned it would retaliate")? Then it is a statement, not a threat:
** the next predicate of the sentence has a subject of its own that is not
** the speaker (another entity, or no entity at all). */
static int warns_of_others(const ctx *c, int k)
{
    const pred *p = &c->p[k], *q;
    int i = p->v + 1;
    if (warns_of_response(c, p))
        return 0;
    /* "warned the United States (that) it may retaliate": the one
    ** warned is the addressee, the clause comes after it */
    if (i + 1 < c->n && !strcmp(c->t[i].w, "the") && c->t[i + 1].mention >= 0)
        i++;
    if (i < c->n && c->t[i].mention >= 0 &&
        c->a->mentions[c->t[i].mention].type != DZ_ENT_OTHER) {
        int m = c->t[i].mention, x = i;
        while (x < c->n && c->t[x].mention == m)
            x++;
        /* "warned the U.S. not to intervene in the Gulf": the warning
        ** bids the one warned, a threat aimed at him; others may be
        ** warned beside him ("warned the U.S. and other countries not
        ** to interfere in the region") */
        if (x + 1 < c->n && c->t[x].kind == K_CONJ) {
            int y = x + 1;
            while (y < c->n && y <= x + 4 && c->t[y].kind != K_NEG && c->t[y].kind != K_TO &&
                   !c->t[y].is_verb && !is_boundary_punct(c, y) && !is_punct(c, y, ','))
                y++;
            if (y < c->n && (c->t[y].kind == K_NEG || c->t[y].kind == K_TO))
                x = y;
        }
        if (x < c->n && c->t[x].kind == K_NEG && x + 1 < c->n)
            x++;
        if (x + 1 < c->n && c->t[x].kind == K_TO && c->t[x + 1].kind == K_NONE &&
            c->t[x + 1].mention < 0)
            return 0;
        x = i;
        while (x < c->n && c->t[x].mention == m)
            x++;
        if (x < c->n && (c->t[x].kind == K_PRON || !strcmp(c->t[x].w, "that")))
            i = x;
        else
            i = p->v + 1;
    }
    if (i < c->n && !strcmp(c->t[i].w, "that"))
        i++;
    /* "warned the proposal could ...": a noun phrase subject */
    if (i < c->n && c->t[i].kind == K_DET && strcmp(c->t[i].w, "its") &&
        strcmp(c->t[i].w, "their"))
        return 1;
    if (k + 1 >= c->np)
        return 0;
    q = &c->p[k + 1];
    if (q->shared || q->g <= p->v)
        return 0;
    /* "warned against", "warned of": no complement clause */
    if (p->v + 1 < c->n && c->t[p->v + 1].kind == K_PREP)
        return 0;
    if (q->nactors == 0)
        return !q->pronoun;
    return !is_actor(c, p, q->actors[0]);
}

/* "declined to comment", "declined comment", "refused to be named": the
** reporter's formula for a source that said nothing, no act of refusal. */
static int declines_comment(const ctx *c, const pred *p)
{
    static const char *const words[] = { "comment", "elaborate", "say",
        "disclose", "specify", "identify", "name", "named", "identified",
        "give", "discuss", "speculate", "confirm", "detail", "answer",
        /* "declined to predict the timing", "to put an exact figure on",
        ** "to be more specific", "to go into detail": what a source would
        ** not tell, not a refusal of anything asked of it */
        "predict", "forecast", "estimate", "reveal", "explain", "quantify",
        "value", "respond", "put", "go", "more", "drawn", "make" };
    const char *v = c->vl->verbs[p->verb].lemma;
    int i = p->v + 1;
    size_t k;
    if (strcmp(v, "decline") && strcmp(v, "refuse"))
        return 0;
    if (i < c->n && c->t[i].kind == K_TO)
        i++;
    if (i < c->n && !strcmp(c->t[i].w, "be"))
        i++;
    if (i >= c->n)
        return 0;
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (!strcmp(c->t[i].w, words[k]))
            return 1;
    return 0;
}

/* "decline" refuses only something: "declined to attend the meeting",
** "declined the invitation". Without such an object it is a figure going
** down ("vehicle sales will decline about 10 pct", "exports declined
** last year to 7.4 billion dlrs", "LIBOR declined"): no act. */
static int declines_something(const ctx *c, const pred *p)
{
    int i = p->v + 1;
    while (i < c->n && is_adverb(c, i) && c->t[i].kind != K_DET)
        i++;
    if (i >= c->n)
        return 0;
    if (c->t[i].kind == K_TO)
        return i + 1 < c->n && c->t[i + 1].w[0] && !is_number(c, i + 1) &&
               c->t[i + 1].kind != K_DET;
    if (c->t[i].mention >= 0)
        return 1;
    return c->t[i].kind == K_DET && !(i + 1 < c->n && is_number(c, i + 1));
}

/* Is token i a unit of a level: "pct", "percent", "point(s)"? */
static int level_unit(const ctx *c, int i)
{
    return i < c->n && (!strcmp(c->t[i].w, "pct") || !strcmp(c->t[i].w, "percent") ||
                        !strcmp(c->t[i].w, "point") || !strcmp(c->t[i].w, "points"));
}

/* Does the number at token i end a level: a unit of a level or of money
** after it ("to 1.8205 marks", "to 2.7 mln in 1987", "to 2.50 dlrs."),
** not a count of things ("appealed to 24 countries")? */
static int level_after(const ctx *c, int i)
{
    static const char *const money[] = { "dlrs", "dlr", "dollars", "yen",
        "marks", "francs", "stg", "pence", "cents", "lire", "mln", "billion" };
    size_t k;
    i++;
    if (i >= c->n || !c->t[i].w[0] || c->t[i].kind == K_PREP || c->t[i].kind == K_TO ||
        level_unit(c, i))
        return 1;
    for (k = 0; k < sizeof money / sizeof money[0]; k++)
        if (!strcmp(c->t[i].w, money[k]))
            return 1;
    return 0;
}

/* Does p's object give a level a figure moves to or by, not a thing acted
** on: "eased to 30.055 marks", "rallied to 31 pct", "declined 14 pct from
** the year-ago month", "threatened to top 50 pct" (an infinitive with no
** act of its own before the level)? Such a verb is said of a figure. */
static int level_object(const ctx *c, const pred *p)
{
    int i = p->v + 1;
    while (i < c->n && is_adverb(c, i) && c->t[i].kind != K_DET)
        i++;
    if (i + 1 >= c->n)
        return 0;
    /* not "over": "plans to spend over 5,000 billion yen" is a sum */
    if ((!strcmp(c->t[i].w, "to") || !strcmp(c->t[i].w, "by") ||
         !strcmp(c->t[i].w, "above") || !strcmp(c->t[i].w, "below")) &&
        is_number(c, i + 1) &&
        c->t[i + 1].mention < 0 && level_after(c, i + 1))
        return 1;
    if (c->t[i].kind == K_TO && i + 3 < c->n && c->t[i + 1].w[0] &&
        (c->t[i + 1].verb < 0 || c->vl->verbs[c->t[i + 1].verb].root == 0) &&
        is_number(c, i + 2) && level_unit(c, i + 3))
        return 1;
    /* "declined 14 pct from", but not "imposed 20 pct anti-dumping duties" */
    return is_number(c, i) && level_unit(c, i + 1) &&
           (i + 2 >= c->n || !c->t[i + 2].w[0] || c->t[i + 2].kind == K_PREP ||
            c->t[i + 2].kind == K_TO);
}

/* Is the time expression x written as a clock time ("at 1600 est/2100
** gmt", "2100 GMT"): four digits with a time zone or "hours" after them,
** or "at" before? a->text holds it. Such a number is never a year. */
static int clock_time(const dz_analysis *a, const dz_timex *x)
{
    const char *s = a->text + x->start, *e = a->text + x->end;
    const char *end = a->text + a->len, *q;
    static const char *const zones[] = { "gmt", "est", "edt", "cst", "cdt",
        "pst", "pdt", "bst", "cet", "local", "hrs", "hours", "utc", "jst" };
    size_t i;
    if (e - s != 4 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[3]))
        return 0;
    for (q = e; q < end && (*q == ' ' || *q == '/'); q++)
        ;
    for (i = 0; i < sizeof zones / sizeof zones[0]; i++) {
        size_t n = strlen(zones[i]);
        if ((size_t)(end - q) >= n && !strncasecmp(q, zones[i], n) &&
            ((size_t)(end - q) == n || !isalpha((unsigned char)q[n])))
            return 1;
    }
    if (e < end && *e == '/')
        return 1;                        /* "1600 est/2100 gmt" */
    if (s > a->text && s[-1] == '/')
        return 1;
    return s - a->text >= 3 && !strncasecmp(s - 3, "at ", 3);
}

/* Does time expression x suit an action date (a day to a year)? */
static int usable_timex(const dz_analysis *a, const dz_timex *x)
{
    int y1, m1, d1, y2, m2, d2;
    if (clock_time(a, x))
        return 0;
    if (!x->begin[0] || !x->end_date[0] ||
        (x->value && (!strcmp(x->value, "PRESENT_REF") ||
                      /* "soon", "recently": no date an act can be given */
                      !strcmp(x->value, "FUTURE_REF") || !strcmp(x->value, "PAST_REF"))) ||
        (x->type && strcmp(x->type, "DATE") && strcmp(x->type, "TIME")))
        return 0;
    if (dz_date_parse(x->begin, &y1, &m1, &d1) || dz_date_parse(x->end_date, &y2, &m2, &d2))
        return 0;
    return dz_date_to_days(y2, m2, d2) - dz_date_to_days(y1, m1, d1) <= 400;
}

/* Is time t written as a possessive ("yesterday's decision", "last
** month's rise")? Past the sentence's first word it dates the noun it
** owns, not the sentence ("described yesterday's decision by Canada as
** unjustified" was said today). */
static int possessive_time(const dz_analysis *a, const dz_timex *t)
{
    size_t e = (size_t)t->end;
    return e + 1 < a->len && (a->text[e] == '\'' || a->text[e] == '`') &&
           (a->text[e + 1] == 's' || a->text[e + 1] == 'S') &&
           (e + 2 >= a->len || !isalnum((unsigned char)a->text[e + 2]));
}

/* The time expression opening sentence si (within its introduction), or
** -1: the one that governs the sentence and the rest of its paragraph.
** The first skip tokens (a dateline) are passed over, and so is an
** expression that gives no date before one that does: "As recently as
** September, Labour was ..." is September's. */
static int opening_timex(const dz_analysis *a, int si, int skip)
{
    const dz_sentence *s = &a->sentences[si];
    int i, lim = s->tok_count < 8 + skip ? s->tok_count : 8 + skip;
    int in[32], nin = 0, k, x;
    /* the sentence's own time expressions, in order, looked for once
    ** rather than at each of its first tokens (all of them when more than
    ** fit: the same answer either way) */
    for (k = 0; k < a->ntimexes; k++)
        if (a->timexes[k].sentence == si) {
            if (nin == (int)(sizeof in / sizeof in[0])) {
                nin = -1;
                break;
            }
            in[nin++] = k;
        }
    for (i = skip; i < lim; i++) {
        const dz_token *tk = &a->tokens[s->tok_first + i];
        if ((tk->flags & DZ_TOK_PUNCT) && tk->end - tk->start == 1 &&
            a->text[tk->start] == ',')
            break;
        for (x = 0; x < (nin < 0 ? a->ntimexes : nin); x++) {
            k = nin < 0 ? x : in[x];
            if (a->timexes[k].sentence == si && a->timexes[k].start <= tk->start &&
                a->timexes[k].end > tk->start && usable_timex(a, &a->timexes[k]) &&
                (i == skip || !possessive_time(a, &a->timexes[k])))
                return k;
        }
    }
    return -1;
}

static void set_date(dz_action *x, const dz_timex *t)
{
    memcpy(x->begin, t->begin, sizeof x->begin);
    memcpy(x->end_date, t->end_date, sizeof x->end_date);
    x->precision = t->precision ? t->precision : DZ_PREC_DAY;
    x->date_source = t->relative ? DZ_DATE_RELATIVE : DZ_DATE_EXPLICIT;
}

/* What time tx, chosen for p, says of an act p tells as done (asserted)
** when it falls after the story's day. In the past tense or perfect, what
** is done is done by the day it is told: the time belongs to what the act
** is about ("has threatened to take retaliatory action after April 1",
** "called for redemption on March 23") or was read wrongly ("told
** reporters on Saturday" read as the Saturday to come), and the act is
** dated by its story's day (1). In the present it is a plan ("Abe visits
** Washington on April 29", "U.S. and Japanese officials meet tomorrow"):
** planned (2). 0 when tx is no later than the story. */
static int act_after_story(const ctx *c, const pred *p, int mod, int tx)
{
    int i, past = p->form == F_ED || p->form == F_IRR;
    if (mod != DZ_MOD_ASSERTED || !c->a->published[0] ||
        strcmp(c->a->timexes[tx].begin, c->a->published) <= 0)
        return 0;
    for (i = p->g; i < p->v && !past; i++)
        past = c->t[i].verb == c->vl->have;     /* "has set" */
    return past ? 1 : 2;
}

/* Date x by its article's day, when the article has one. */
static void set_article_date(dz_action *x, const dz_analysis *a)
{
    if (!a->published[0])
        return;
    memcpy(x->begin, a->published, sizeof x->begin);
    memcpy(x->end_date, a->published, sizeof x->end_date);
    x->precision = DZ_PREC_DAY;
    x->date_source = DZ_DATE_ARTICLE;
}

/* Dates an act named by a noun by time expression t, or by the story's
** day when t < 0; an asserted one dated after the story's day is planned
** ("Nakasone's talks with Reagan later this month"). */
static void date_nominal(const ctx *c, dz_action *x, int t)
{
    if (t < 0) {
        set_article_date(x, c->a);
        return;
    }
    set_date(x, &c->a->timexes[t]);
    if (x->modality == DZ_MOD_ASSERTED && c->a->published[0] &&
        strcmp(x->begin, c->a->published) > 0)
        x->modality = DZ_MOD_PLANNED;
}

/* The object text of p: the tokens after the verb to the first clause
** break, at most 12; NULL when empty. */
static const char *object_text(ctx *c, const pred *p, int e, int speech)
{
    int b = p->v + 1, x = b, lim;
    const dz_token *tb, *te;
    if (speech) {
        /* what was said: the clause after "that" */
        while (b < c->n && c->t[b].kind != K_REL && !is_quote(c, b) &&
               !is_punct(c, b, ':') && b < p->v + 8)
            b++;
        if (b < c->n && b < p->v + 8)
            b++;
        else
            b = p->v + 1;
        e = c->n;
        lim = b + 24 < e ? b + 24 : e;
        for (x = b; x < lim; x++)
            if (is_boundary_punct(c, x) || is_punct(c, x, '.') || is_quote(c, x))
                break;
        goto done;
    }
    lim = b + 12 < e ? b + 12 : e;
    for (x = b; x < lim; x++)
        if (is_punct(c, x, ',') || is_boundary_punct(c, x) ||
            is_punct(c, x, '.') || (x > b && c->t[x].kind == K_REL) ||
            (x > b && c->t[x].kind == K_SUB))
            break;
done:
    while (x > b && (c->t[x - 1].kind == K_CONJ || c->t[x - 1].kind == K_PREP))
        x--;
    if (x <= b)
        return NULL;
    tb = &c->a->tokens[c->s->tok_first + b];
    te = &c->a->tokens[c->s->tok_first + x - 1];
    return dz_arena_strndup(&c->a->arena, c->a->text + tb->start,
                            (size_t)(te->end - tb->start));
}

/* Is p a verb of saying used as one: a statement verb, or another verb
** of the [speech] list followed by "that", a colon or a quotation? */
static int speech_use(const ctx *c, const pred *p)
{
    const verbdef *vd = &c->vl->verbs[p->verb];
    int i;
    if (!(vd->flags & V_SPEECH))
        return 0;
    if (vd->root == 1)
        return 1;
    for (i = p->v + 1; i < c->n && i <= p->v + 3; i++) {
        if (!strcmp(c->t[i].w, "that") || is_punct(c, i, ':') || is_quote(c, i))
            return 1;
        /* "warned it would retaliate": a clause with a pronoun subject */
        if (c->t[i].kind == K_PRON && i + 1 < c->n &&
            (c->t[i + 1].kind == K_MODAL || c->t[i + 1].is_verb))
            return 1;
        if (c->t[i].mention < 0 && !is_adverb(c, i) && !is_punct(c, i, ','))
            break;
    }
    return p->v > 0 && (is_quote(c, p->v - 1) || is_punct(c, p->v - 1, ','));
}

/* The lexicon verb a noun of meeting stands for ("talks" -> talk,
** "meeting" -> meet, ...), -1 for other words. */
static int meeting_noun(const verblex *vl, const char *w)
{
    static const char *const nouns[][2] = {
        { "talks", "talk" }, { "negotiations", "negotiate" },
        { "meeting", "meet" }, { "meetings", "meet" },
        { "consultations", "consult" }, { "discussions", "discuss" },
    };
    size_t k;
    for (k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (!strcmp(w, nouns[k][0]))
            return lookup_verb(vl, nouns[k][1]);
    return -1;
}

/* Can mention m take part in talks (a person, state or organisation)? */
static int party(const ctx *c, int m)
{
    dz_entity_type ty;
    if (m < 0 || c->blocked[m])
        return 0;
    ty = c->a->mentions[m].type;
    return ty == DZ_ENT_PERSON || ty == DZ_ENT_COUNTRY || ty == DZ_ENT_ORGANIZATION;
}

/* A new action of the analysis, zeroed but for these fields; owned by
** c->a like the others. NULL when out of memory. */
static dz_action *action_new(const ctx *c, int si, int actor, int target,
                             const char *verb, int category, dz_modality mod)
{
    dz_action *x;
    if (DZ_VEC_PUSH(c->a->actions, c->a->nactions, c->a->capactions))
        return NULL;
    x = &c->a->actions[c->a->nactions++];
    memset(x, 0, sizeof *x);
    x->sentence = si;
    x->actor = actor;
    x->target = target;
    x->verb = verb;
    x->category = category;
    x->modality = mod;
    return x;
}

/* Is the noun at token i what something opens the way or the door to
** ("would open the way for summit talks between Chun and Kim", "pave the
** way for new global talks"): a prospect, no event? Up to two modifiers
** may stand between. */
static int prospect(const ctx *c, int i)
{
    int b = i - 1;
    while (b > 1 && i - b <= 2 && c->t[b].kind == K_NONE && c->t[b].w[0] &&
           c->t[b].verb < 0 && strcmp(c->t[b].w, "way") && strcmp(c->t[b].w, "door"))
        b--;
    return b >= 1 && (c->t[b].kind == K_PREP || c->t[b].kind == K_TO) &&
           (!strcmp(c->t[b - 1].w, "way") || !strcmp(c->t[b - 1].w, "door"));
}

/* Is the ban at token i one of goods crossing a border (class @goods
** within the next four words, before a clause or punctuation: "banned
** arms shipments to Tehran", "Korea's ban of U.S. meat products", "has
** banned beef imports")? Such a ban is an embargo, CAMEO 16, where a
** ban of a party or a sale at home stays 17 ("banned the sale of petrol
** on weekends"). */
static int goods_ban(const ctx *c, int i)
{
    int b = class_bit_find(c->vl, "@goods"), j;
    if (b < 0 || (strncmp(c->t[i].w, "ban", 3) != 0))
        return 0;
    for (j = i + 1; j < c->n && j <= i + 5; j++) {
        if (is_punct(c, j, ',') || is_boundary_punct(c, j) || c->t[j].kind == K_REL ||
            c->t[j].kind == K_SUB || (c->t[j].is_verb && c->t[j].mention < 0))
            return 0;
        if (c->t[j].classes & (1u << b))
            return 1;
        if (c->t[j].kind == K_PREP && strcmp(c->t[j].w, "of") && strcmp(c->t[j].w, "on"))
            return 0;   /* "the sale of petrol", not "for imports" after */
    }
    return 0;
}

/* ---- recall: acts named by a noun whose owner is "his", "its", "their" -----*/

/* Is token b a possessive pronoun that can own an act ("his", "her",
** "its", "their")? */
static int owner_pronoun(const ctx *c, int b)
{
    const char *w = c->t[b].w;
    return c->t[b].kind == K_DET &&
           (!strcmp(w, "his") || !strcmp(w, "her") || !strcmp(w, "its") || !strcmp(w, "their"));
}

/* Does a verb that holds a meeting or a preposition of time or purpose
** stand right before the pronoun at token b ("held his talks with",
** "during his visit to")? clause_meetings codes those with the
** predicate's own modality. */
static int held_meeting(const ctx *c, int b)
{
    static const char *const w[] = {
        "hold", "holds", "held", "holding", "have", "has", "had", "having", "after",
        "before", "during", "following", "in", "at", "for", "on", "from", "of", NULL
    };
    if (b < 1)
        return 0;
    return dz_word_in(c->t[b - 1].w, w);
}

/* The actor that the possessive pronoun at token b stands for, as owner of
** the act noun after it: the one actor of the innermost predicate whose
** clause holds the pronoun and whose subject stands before it ("Howard
** said his talks with Japanese officials would include ...", "Peru has
** made clear its opposition to ..."), or of the saying whose reported
** clause it opens ("Brazil said its talks with the IMF had ended"), when
** it agrees with the pronoun
** ("his", "her": a person; "its": a state or organisation; "their": any
** party or group). A pronoun that opens the sentence's subject ("His
** talks with Reagan were cordial") stands for the person ("his", "her")
** named last before, or the state or organisation ("its") of this
** paragraph (antecedent). -1 when none. */
static int pronoun_owner(const ctx *c, int b)
{
    const char *w = c->t[b].w;
    int k, q = -1, m;
    dz_entity_type ty;
    if (!owner_pronoun(c, b))
        return -1;
    for (k = 0; k < c->np; k++) {
        if (c->p[k].v < b && b < c->p[k].end)
            q = k;
        else if (k > 0 && c->p[k].subj_start >= 0 && c->p[k].subj_start <= b &&
                 b < c->p[k].g && c->p[k - 1].v < b &&
                 (c->vl->verbs[c->p[k - 1].verb].flags & V_SPEECH))
            q = k - 1;  /* "Brazil said its talks with the IMF had ended":
                        ** the subject of what the speaker said */
    }
    if (q >= 0) {
        const pred *p = &c->p[q];
        if (p->nactors != 1 || p->rel || p->subj_start < 0 || p->subj_start >= b)
            return -1;
        m = p->actors[0];
    } else {
        /* before any predicate: the subject's own owner */
        for (k = c->skip; k < b; k++)
            if (c->t[k].mention >= 0 || c->t[k].verb >= 0 || is_punct(c, k, ','))
                return -1;
        if (w[0] == 't')
            return -1;
        m = antecedent(c, c->a->tokens[c->s->tok_first + b].start, w[0] == 'h');
    }
    if (m < 0 || c->blocked[m])
        return -1;
    if (c->isgroup[m])
        return w[0] == 't' ? m : -1;
    ty = c->a->mentions[m].type;
    if (w[0] == 'h')
        return ty == DZ_ENT_PERSON ? m : -1;
    if (w[0] == 'i')
        return ty == DZ_ENT_COUNTRY || ty == DZ_ENT_ORGANIZATION ? m : -1;
    return party(c, m) ? m : -1;
}

/* Meetings named by a noun, with no verb of their own: "talks between
** the EC and the Soviet Union", "Zambia's talks with the World Bank",
** "Nakasone's talks with President Ronald Reagan": a consultation (CAMEO
** 04) between the two, dated like the sentence. Appends the actions;
** -1 on no memory. */
/* ---- the time of a meeting noun's own phrase -----------------------------*/

/* The time that closes the phrase of a meeting noun, from token b (after
** its parties) to a comma, a clause or a finite verb, at most ten words:
** "the first-ever direct talks between the EC and the Soviet Union on
** establishing diplomatic relations in January" are January's, not the
** story's day. The timex index, or -1. */
static int meeting_phrase_time(const ctx *c, int b)
{
    int j;
    for (j = b; j < c->n && j < b + 10; j++) {
        if (c->t[j].timex >= 0)
            return usable_timex(c->a, &c->a->timexes[c->t[j].timex]) ? c->t[j].timex : -1;
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || is_quote(c, j) ||
            c->t[j].kind == K_SUB || c->t[j].kind == K_REL || c->t[j].kind == K_MODAL ||
            (c->t[j].is_verb && c->t[j].mention < 0 && c->t[j].form != F_ING))
            return -1;
    }
    return -1;
}

static int nominal_meetings(ctx *c, int si, int tx)
{
    int i;
    for (i = c->skip; i + 2 < c->n; i++) {
        int verb = -1, actor = -1, target = -1, first = i, last = i, j, tx_here;
        dz_action *x;
        if (!(c->t[i].classes & c->vl->meeting) || c->t[i].mention >= 0 ||
            (verb = meeting_noun(c->vl, c->t[i].w)) < 0 || prospect(c, i))
            continue;
        if (!strcmp(c->t[i + 1].w, "between")) {
            /* X is the last party before "and", Y the first after it */
            for (j = i + 2; j < c->n && j < i + 10; j++) {
                if (c->t[j].kind == K_CONJ || is_boundary_punct(c, j) ||
                    is_punct(c, j, ','))
                    break;
                if (party(c, c->t[j].mention)) {
                    actor = c->t[j].mention;
                    first = j;
                }
            }
            if (actor < 0 || j >= c->n || strcmp(c->t[j].w, "and"))
                continue;
            for (j++; j < c->n && j < i + 14 && target < 0; j++) {
                if (is_boundary_punct(c, j) || is_punct(c, j, ','))
                    break;
                if (party(c, c->t[j].mention))
                    target = c->t[j].mention;
                last = j;
            }
        } else {
            /* "Zambia's talks with", "Nakasone's two-day talks with" */
            int b = i - 1, w = i + 1;
            while (b > 0 && i - b <= 3 && !is_poss(c, b) && c->t[b].mention < 0 &&
                   c->t[b].w[0] && c->t[b].kind == K_NONE)
                b--;
            if (strcmp(c->t[w].w, "with"))
                continue;
            if (b >= 1 && is_poss(c, b) && party(c, c->t[b - 1].mention)) {
                actor = c->t[b - 1].mention;
                for (first = b - 1; first > 0 && c->t[first - 1].mention == actor; first--)
                    ;
            } else if (b >= c->skip && owner_pronoun(c, b) && !held_meeting(c, b) &&
                       party(c, actor = pronoun_owner(c, b))) {
                first = b;  /* "Howard said his talks with Japanese officials" */
            } else {
                continue;
            }
            for (j = w + 1; j < c->n && j < w + 9 && target < 0; j++) {
                if (is_boundary_punct(c, j) || is_punct(c, j, ',') ||
                    c->t[j].kind == K_CONJ)
                    break;
                if (party(c, c->t[j].mention))
                    target = c->t[j].mention;
                last = j;
            }
        }
        if (target < 0 || same_entity(c->a, actor, target))
            continue;
        last = mention_run_end(c, last, target);
        if (c->a->mentions[target].type != DZ_ENT_PERSON) {
            /* "talks with U.S. Trade Representative Clayton Yeutter" */
            int y = titled_person(c, last + 1, c->n);
            if (y >= 0 && !same_entity(c->a, actor, c->t[y].mention)) {
                target = c->t[y].mention;
                last = mention_run_end(c, y, target);
            }
        }
        {   /* a time right after: "talks with Reagan later this month" */
            int t0 = tx;
            for (j = last + 1; j < c->n && j <= last + 4; j++)
                if (c->t[j].timex >= 0 &&
                    usable_timex(c->a, &c->a->timexes[c->t[j].timex])) {
                    t0 = c->t[j].timex;
                    break;
                }
            if (j > last + 4 && (j = meeting_phrase_time(c, last + 1)) >= 0)
                t0 = j;
            tx_here = t0;
        }
        if (!(x = action_new(c, si, actor, target, c->vl->verbs[verb].lemma,
                             4, DZ_MOD_ASSERTED)))
            return -1;
        date_nominal(c, x, tx_here);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* Does "all", "both" or "each" stand between p's subject and its verb
** ("Byrd and Dole both told the Senate"): each acts on his own. */
static int each_acts(const ctx *c, const pred *p)
{
    int i, b = p->subj_start >= 0 ? p->subj_start : 0;
    for (i = b; i <= p->v && i < c->n; i++)
        if (!strcmp(c->t[i].w, "all") || !strcmp(c->t[i].w, "both") ||
            !strcmp(c->t[i].w, "each"))
            return 1;
    return 0;
}

/* Is p's verb chain a refusal: "will not", "would not", "won't",
** "cannot", "can't", "refuses to", "refused to" before its verb? */
static int refusal_chain(const ctx *c, const pred *p)
{
    int i;
    for (i = p->g; i < p->v; i++) {
        const char *w = c->t[i].w;
        if (!strcmp(w, "will") || !strcmp(w, "would") || !strcmp(w, "wo") ||
            !strncmp(w, "won", 3) || !strncmp(w, "refus", 5) ||
            !strncmp(w, "can", 3) || !strcmp(w, "ca"))
            return 1;
        if (!strcmp(w, "no") && i + 1 < p->v &&     /* "has no plans to bow" */
            (!strcmp(c->t[i + 1].w, "plans") || !strcmp(c->t[i + 1].w, "intention")))
            return 1;
    }
    return 0;
}

/* Does the sentence already hold an action (actor, root, target) from
** action index from on? */
static int have_action(const dz_analysis *a, int from, int actor, int root, int target)
{
    int i;
    for (i = from; i < a->nactions; i++) {
        const dz_action *x = &a->actions[i];
        if (x->category == root && x->actor >= 0 && x->target >= 0 &&
            same_entity(a, x->actor, actor) && same_entity(a, x->target, target))
            return 1;
    }
    return 0;
}

/* Is w a noun of a visit ("visit", "trip", "tour", "stop-over"), whose
** place or host follows "to" ("tour" also "of")? */
static int visit_noun(const char *w)
{
    if (w[0] != 'v' && w[0] != 't' && w[0] != 's')
        return 0;
    return !strcmp(w, "visit") || !strcmp(w, "visits") || !strcmp(w, "trip") ||
           !strcmp(w, "trips") || !strcmp(w, "tour") || !strcmp(w, "stop-over") ||
           !strcmp(w, "stopover");
}

/* Is w a word that puts a meeting noun after it in the clause of the
** predicate before it: a verb that holds or carries on a meeting ("will
** have talks with Suharto", "was continuing negotiations with Iran"), or
** a preposition of time or purpose ("said after a private meeting with
** Baldrige", "travelled to the U.S. for fresh debt negotiations with
** creditors")? 1 for a verb, 2 for a preposition, 0 otherwise. */
static int meeting_holder(const char *w)
{
    static const char *const verb[] = {
        "have", "has", "had", "having", "hold", "holds", "held", "holding",
        "continue", "continues", "continued", "continuing", "complete",
        "completes", "completed", "completing", "begin", "begins", "began",
        "begun", "beginning", "start", "starts", "started", "starting",
        "resume", "resumes", "resumed", "resuming", "conclude", "concludes",
        "concluded", "concluding", "open", "opens", "opened", "opening",
        "attend", "attends", "attended", "attending", "host", "hosts",
        "hosted", "hosting", "conduct", "conducts", "conducted",
        "conducting", "pay", "pays", "paid", "paying", "make", "makes",
        "made", "making", "end", "ends", "ended", "ending", "winding",
        NULL
    };
    static const char *const prep[] = {
        "after", "before", "during", "following", "in", "at", "for", NULL
    };
    int k;
    for (k = 0; verb[k]; k++)
        if (!strcmp(w, verb[k]))
            return 1;
    for (k = 0; prep[k]; k++)
        if (!strcmp(w, prep[k]))
            return 2;
    return 0;
}

/* Meetings named by a noun with "with" after it and no owner named
** before it, held by the subject of the clause they stand in: "Conable
** ... will have talks with Suharto", "France was continuing negotiations
** with Iran", "senators said today after a private meeting with Commerce
** Secretary Malcolm Baldrige", "He described his meeting with Tokyo
** stock exchange head Michio Takeuchi", "Speaking after talks with the
** committee here, Gros also said". The noun (after up to three
** modifiers, or "his", "her", "its", "their") follows a verb that holds
** or carries on a meeting (the predicate's own verb) or a preposition of
** time or purpose in the predicate's clause; in the sentence's opening
** phrase, before any predicate, the first actor after it holds it. A
** consultation (04) between that actor and the first party after
** "with"; modality that of the predicate (a saying's adjunct happened),
** dated like nominal_meetings. Appends unless the sentence has the pair
** already (either way round); -1 on no memory. */
static int clause_meetings(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip + 1; i + 2 < c->n; i++) {
        int b = i - 1, h, kind, k, q = -1, actor, target = -1, j, last, first;
        int mod, t0 = tx, intro = 0;
        dz_action *x;
        const char *nw = c->t[i + 1].w;
        int visit, verb;
        if (c->t[i].mention >= 0 || c->t[i].kind != K_NONE ||
            c->t[i + 1].kind != (nw[0] == 't' ? K_TO : K_PREP) ||
            (strcmp(nw, "with") && strcmp(nw, "to") && strcmp(nw, "of")))
            continue;   /* "with", "to", "of" after it: cheap tests first */
        visit = visit_noun(c->t[i].w);
        if ((!visit && !(c->t[i].classes & c->vl->meeting)) || prospect(c, i))
            continue;
        if (visit) {
            /* "winding up a two-day visit to Washington", "during his
            ** trip to Washington", "starting a one-week tour of Argentina" */
            if (strcmp(c->t[i + 1].w, "to") &&
                !(!strcmp(c->t[i].w, "tour") && !strcmp(c->t[i + 1].w, "of")))
                continue;
            verb = lookup_verb(c->vl, "visit");
        } else {
            if (!(c->t[i].classes & c->vl->meeting) ||
                (verb = meeting_noun(c->vl, c->t[i].w)) < 0 ||
                strcmp(c->t[i + 1].w, "with"))
                continue;
        }
        if (verb < 0)
            continue;
        /* the modifiers: "a private", "fresh debt", "two days of" no; a
        ** determiner opens the phrase ("in an interview meetings with"
        ** is no phrase) */
        while (b > 0 && i - b <= 3 && c->t[b].mention < 0 && !is_poss(c, b) &&
               c->t[b].w[0] && c->t[b].verb < 0 &&
               (c->t[b].kind == K_NONE || c->t[b].kind == K_ADV ||
                c->t[b].kind == K_DET)) {
            int det = c->t[b].kind == K_DET;
            if (det && strcmp(c->t[b].w, "a") && strcmp(c->t[b].w, "an") &&
                strcmp(c->t[b].w, "the") && strcmp(c->t[b].w, "his") &&
                strcmp(c->t[b].w, "her") && strcmp(c->t[b].w, "its") &&
                strcmp(c->t[b].w, "their") && strcmp(c->t[b].w, "new") &&
                strcmp(c->t[b].w, "more"))
                break;
            b--;
            if (det)
                break;
        }
        h = b;
        if (visit && h > 1 && !strcmp(c->t[h].w, "of") &&
            (!strcmp(c->t[h - 1].w, "end") || !strcmp(c->t[h - 1].w, "day") ||
             !strcmp(c->t[h - 1].w, "leg") || !strcmp(c->t[h - 1].w, "start")))
            kind = 2;       /* "at the end of a three-day visit to Jakarta" */
        else if (visit && h >= 0 && (!strcmp(c->t[h].w, "on") || !strcmp(c->t[h].w, "from")))
            kind = 2;       /* "on a visit to", "his return from a visit to" */
        else if (h > 0 && !strcmp(c->t[h].w, "up") && meeting_holder(c->t[h - 1].w) == 1)
            kind = 1, h--;  /* "winding up a two-day visit to Washington" */
        else if (h < 0 || c->t[h].mention >= 0 || is_poss(c, h) ||
                 !(kind = meeting_holder(c->t[h].w)))
            continue;       /* "Zambia's talks with": nominal_meetings */
        if (kind == 2 && !strcmp(c->t[h].w, "for") && h > 0 &&
            c->t[h - 1].mention < 0 && c->t[h - 1].timex < 0 &&
            !c->t[h - 1].is_verb && !is_adverb(c, h - 1))
            continue;       /* "rejected suggestions for negotiations with
                            ** the IMF": what a noun asks for */
        /* the predicate: its own verb, or the last one before the
        ** preposition whose clause reaches the noun */
        for (k = 0; k < c->np; k++) {
            const pred *p = &c->p[k];
            if (kind == 1 && p->v == h)
                q = k;
            else if (kind == 2 && p->v < h && i < p->end)
                q = k;
        }
        if (q < 0 && h > 0) {
            /* "Joe Clark, winding up a two-day visit to Washington, said",
            ** "Weizsaecker, in a speech on the first day of an official
            ** visit to Argentina, said": inside a phrase set off within
            ** the subject of the predicate after it */
            for (k = 0; k < c->np && q < 0; k++)
                if (c->p[k].g > i && c->p[k].subj_start >= 0 && c->p[k].subj_start < h &&
                    !c->p[k].rel && !c->p[k].shared)
                    q = k;
            for (j = q >= 0 ? c->p[q].subj_start : c->n; j < h; j++)
                if (is_punct(c, j, ','))
                    break;
            if (q >= 0 && j >= h)
                q = -1;     /* no comma opens the phrase */
            if (q >= 0)
                kind = 3;
        }
        if (kind == 1 && q < 0)
            continue;
        if (q < 0 && kind == 2) {
            /* "In highly-publicized talks with Sarney ..., several
            ** Brazilian business leaders said": the opening phrase */
            for (k = 0; k < c->np && q < 0; k++)
                if (c->p[k].subj_start > i && !c->p[k].rel)
                    q = k;      /* the main clause's own subject, named */
            intro = 1;
            for (j = c->skip; q >= 0 && j < h; j++)
                if (c->t[j].is_verb || is_punct(c, j, ','))
                    q = -1;
        }
        if (q < 0 || c->p[q].nactors == 0 || c->p[q].rel || c->p[q].maybe)
            continue;
        if (kind == 3)
            kind = 2;
        else if (kind == 2 && !intro) {
            /* nothing between the verb and the preposition that opens a
            ** clause of its own ("said that ...", "a bill which ...") */
            int ok = 1;
            for (j = c->p[q].v + 1; j < h && ok; j++)
                if (c->t[j].kind == K_REL || c->t[j].kind == K_SUB ||
                    (c->t[j].kind == K_TO && j + 1 < c->n && c->t[j + 1].verb >= 0 &&
                     c->t[j + 1].mention < 0) ||
                    is_boundary_punct(c, j) || is_quote(c, j) || c->t[j].is_verb)
                    ok = 0;     /* "travelled to the U.S. for" goes on */
            if (!ok || h - c->p[q].v > 8)
                continue;
        }
        {   /* no condition: "if", "unless", "whether" before the verb */
            int cond = 0;
            for (j = c->p[q].g - 1; j >= 0 && j >= c->p[q].g - 12; j--) {
                if (is_punct(c, j, ';') || (q > 0 && j <= c->p[q - 1].v))
                    break;
                if (!strcmp(c->t[j].w, "if") || !strcmp(c->t[j].w, "unless") ||
                    !strcmp(c->t[j].w, "whether"))
                    cond = 1;
            }
            if (cond)
                continue;
        }
        actor = c->p[q].actors[0];
        if (!(party(c, actor) || c->isgroup[actor]))
            continue;
        last = i + 1;
        for (j = i + 2; j < c->n && j < i + 10 && target < 0; j++) {
            if (is_boundary_punct(c, j) || is_punct(c, j, ',') ||
                c->t[j].kind == K_CONJ || c->t[j].kind == K_REL ||
                (c->t[j].verb >= 0 && c->t[j].mention < 0 &&
                 (c->t[j].is_verb || c->t[j].form == F_ED || c->t[j].form == F_ING)) ||
                (c->t[j].kind == K_PREP && strcmp(c->t[j].w, "of")))
                break;  /* "with creditors deeply angered by Brasilia's" */
            if ((party(c, c->t[j].mention) ||
                 (c->t[j].mention >= 0 && c->isgroup[c->t[j].mention])) &&
                !is_actor(c, &c->p[q], c->t[j].mention))
                target = c->t[j].mention;   /* "with creditors", a group */
            last = j;
        }
        if (target < 0 || (visit && c->a->mentions[target].type != DZ_ENT_COUNTRY &&
                           c->a->mentions[target].type != DZ_ENT_PERSON))
            continue;
        last = mention_run_end(c, last, target);
        if (visit && last + 1 < c->n && c->t[last + 1].kind == K_NONE &&
            c->t[last + 1].mention < 0 && c->t[last + 1].w[0] && c->t[last + 1].verb < 0 &&
            c->t[last + 1].timex < 0 && !is_adverb(c, last + 1) &&
            !(strlen(c->t[last + 1].w) > 4 &&
              !strcmp(c->t[last + 1].w + strlen(c->t[last + 1].w) - 3, "ing")) &&
            !(c->a->tokens[c->s->tok_first + last + 1].flags & DZ_TOK_CAP))
            continue;   /* "a visit to World Bank-funded projects": the
                        ** name only says whose the place is */
        if (c->a->mentions[target].type != DZ_ENT_PERSON) {
            /* "with Commerce Secretary Malcolm Baldrige" */
            int y = titled_person(c, last + 1, c->n);
            if (y >= 0 && is_actor(c, &c->p[q], c->t[y].mention))
                continue;   /* the actor's own country before his title */
            if (y < 0 && adjectival(c, target) && last + 1 < c->n &&
                role_noun(c, last + 1) == P_PERSON)
                continue;   /* "with Turkish Ambassador to Athens Nazmi
                            ** Akiman": a person we do not know, not the
                            ** state */
            if (y >= 0) {
                target = c->t[y].mention;
                last = mention_run_end(c, y, target);
            }
        }
        if (have_action(c->a, from, actor, 4, target) ||
            have_action(c->a, from, target, 4, actor))
            continue;
        mod = c->p[q].modality;
        if (kind == 2 && (c->vl->verbs[c->p[q].verb].flags & V_SPEECH))
            mod = DZ_MOD_ASSERTED;   /* "said after talks with": held */
        else if (mod == DZ_MOD_ASSERTED)
            for (k = 0; k < q; k++)
                if ((c->vl->verbs[c->p[k].verb].flags & V_SPEECH) && !c->p[k].rel &&
                    c->p[k].nactors > 0 && c->p[q].shared_from != k)
                    mod = DZ_MOD_REPORTED;  /* "He said France was continuing
                                            ** negotiations with Iran" */
        for (j = intro ? h : c->p[q].v + 1; j < i && t0 == tx; j++)
            if (c->t[j].timex >= 0 &&
                usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;     /* "leaves for Washington on April
                                        ** 29 for talks with Reagan" */
        for (j = last + 1; t0 == tx && j < c->n && j <= last + 4; j++)
            if (c->t[j].timex >= 0 &&
                usable_timex(c->a, &c->a->timexes[c->t[j].timex])) {
                t0 = c->t[j].timex;     /* "talks with Suharto tomorrow" */
                break;
            }
        if (!(x = action_new(c, si, actor, target, c->vl->verbs[verb].lemma,
                             4, (dz_modality)mod)))
            return -1;
        date_nominal(c, x, t0);
        first = intro ? h : c->p[q].v;
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* Acts named by a noun of class @nominal with their actor before it and
** their target after it, and no verb of their own: "the U.S. threat on
** Friday to impose tariffs on Japanese electronics goods" (13),
** "Korea's ban of U.S. meat products" (16), "Nakasone's week-long
** Washington visit" (04, the place between them is the target). The
** noun must head its phrase (a preposition, "to", punctuation or a verb
** after it: not "the opposition Labour Party"), its root comes from
** [nouns], the actor is a name right before it or a possessive, and
** both are parties. Dated only by a time of its own, right after it or
** opening its phrase (tx, the sentence's, is not used). Appends the
** actions from index from on unless one is there already; -1 on no
** memory. */
static int nominal_acts(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip + 1; i + 1 < c->n; i++) {
        const tinfo *t = &c->t[i], *nx = &c->t[i + 1];
        int actor = -1, target = -1, b, j, first, last = i, root;
        const lexent *e;
        dz_action *x;
        if (!(t->classes & c->vl->nominal) || t->mention >= 0 || t->is_verb ||
            t->noun_root <= 0 || t->noun_root > 20 || prospect(c, i))
            continue;
        if (!(nx->kind == K_PREP || nx->kind == K_TO || is_punct(c, i + 1, ',') ||
              is_boundary_punct(c, i + 1) || (nx->is_verb && nx->mention < 0)))
            continue;
        root = t->noun_root;
        if (root == 17 && goods_ban(c, i))
            root = 16;
        /* the actor: "U.S. threat", "Korea's ban", "Nakasone's week-long
        ** Washington visit"; up to two modifiers between */
        b = i - 1;
        while (b > 0 && i - b <= 3 && c->t[b].mention < 0 && !is_poss(c, b) &&
               (c->t[b].kind == K_NONE || c->t[b].kind == K_QUANT ||
                c->t[b].kind == K_ADV) &&
               c->t[b].w[0] && c->t[b].verb < 0)
            b--;
        if (c->t[b].mention >= 0 && !is_poss(c, b)) {
            int m = c->t[b].mention, a0 = b;
            while (a0 > 0 && c->t[a0 - 1].mention == m)
                a0--;
            if (b == i - 1 || b == i - 2) {
                actor = m;
                b = a0;
            }
        } else if (is_poss(c, b) && b > 0) {
            actor = c->t[b - 1].mention;
            b = b - 1;
        } else if (owner_pronoun(c, b) && root != 7 && strcmp(t->w, "appeal")) {
            /* "its request for", "his opposition to"; not "their loans to
            ** Brazil" (held) nor "its appeal" (in court) */
            actor = pronoun_owner(c, b);
        }
        if (!party(c, actor))
            continue;
        for (first = b; first > 0 && c->t[first - 1].mention == actor; first--)
            ;
        /* the target after it, before the next clause */
        for (j = i + 1; target < 0 && j < c->n && j <= i + 9; j++) {
            const tinfo *q = &c->t[j];
            if (is_boundary_punct(c, j) || is_punct(c, j, ',') || q->kind == K_REL ||
                q->kind == K_SUB || q->kind == K_CONJ ||
                (q->is_verb && q->mention < 0 && j > i + 1 && c->t[j - 1].kind != K_TO))
                break;
            /* what the act is for is no target ("Nakasone's request for
            ** measures to reduce Japan's surplus", "Abe's visit is to
            ** prepare for Nakasone's talks"), except what a threat would
            ** hit ("threat to impose tariffs on Japanese goods") */
            if (q->kind == K_TO && root != 13 && j + 1 < c->n &&
                c->t[j + 1].mention < 0 && c->t[j + 1].kind != K_DET)
                break;
            if (q->mention >= 0 && party(c, q->mention) &&
                !same_entity(c->a, q->mention, actor))
                target = q->mention;
            last = j;
        }
        if (target < 0 || same_entity(c->a, actor, target) ||
            have_action(c->a, from, actor, root, target))
            continue;
        if (!(e = lex_find(c->vl, t->w)))
            continue;
        if (!(x = action_new(c, si, actor, target, e->key, root,
                             DZ_MOD_ASSERTED)))
            return -1;
        for (j = first - 1; j >= 0 && j >= first - 2; j--)
            if (!strcmp(c->t[j].w, "possible") || !strcmp(c->t[j].w, "potential"))
                x->modality = DZ_MOD_HYPOTHETICAL;  /* "more possible
                                                    ** Canadian sanctions" */
        last = mention_run_end(c, last, target);
        for (j = i + 1; j < c->n && j <= last + 4; j++)
            if (c->t[j].timex >= 0 &&
                usable_timex(c->a, &c->a->timexes[c->t[j].timex])) {
                /* "the U.S. threat on Friday to impose tariffs on Japanese
                ** goods", "aid to Bolivia starting on April 29" */
                set_date(x, &c->a->timexes[c->t[j].timex]);
                if (c->a->published[0] && strcmp(x->begin, c->a->published) > 0)
                    x->modality = DZ_MOD_PLANNED;
                break;
            }
        /* with no time of its own the act named is one the story
        ** recalls ("would file a petition challenging Korea's ban of U.S.
        ** meat products", "Iraqi troops had suffered 3,000 casualties in
        ** Iran's week-old offensive"): it is no act of the sentence's or
        ** the story's day, and stays undated */
        (void)tx;
        if (!x->begin[0] && (j = time_before_noun(c, first)) >= 0)
            set_date(x, &c->a->timexes[j]);     /* "the May 17 Iraqi
                                                ** missile attack" */
        last = mention_run_end(c, last, target);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* The time that opens a clause right before its subject, token i its
** last word: "contend that twice in 1986 he told Reagan", "and on
** Tuesday the banks agreed". The timex index, or -1. */
static int opening_of_clause(const ctx *c, int i)
{
    int x = c->t[i].timex, j = i, k;
    if (!usable_timex(c->a, &c->a->timexes[x]))
        return -1;
    while (j > c->skip && c->t[j - 1].timex == x)
        j--;
    for (k = 0; k < 3 && j > c->skip &&
                (!strcmp(c->t[j - 1].w, "in") || !strcmp(c->t[j - 1].w, "on") ||
                 !strcmp(c->t[j - 1].w, "during") || !strcmp(c->t[j - 1].w, "twice") ||
                 !strcmp(c->t[j - 1].w, "again") || is_punct(c, j - 1, ',')); k++)
        j--;
    if (j <= c->skip)
        return -1;
    j--;
    return !strcmp(c->t[j].w, "that") || c->t[j].kind == K_SUB ||
           c->t[j].kind == K_CONJ ? x : -1;
}

/* The time of the clause p hangs on when p opens a "when" or "after"
** clause right after a time: "Saito spotted the dangers last November
** when he visited Washington" visited in November; "after" only after a
** past time. The timex index, or -1. */
static int clause_time(const ctx *c, const pred *p)
{
    int i = (p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g) - 1;
    int after;
    const dz_timex *x;
    if (i > c->skip && c->t[i].timex >= 0)
        return opening_of_clause(c, i);
    if (i <= c->skip || (strcmp(c->t[i].w, "when") && strcmp(c->t[i].w, "after")))
        return -1;
    after = c->t[i].w[0] == 'a';
    if (is_punct(c, i - 1, ','))
        i--;
    if (i <= c->skip || c->t[i - 1].timex < 0 ||
        !usable_timex(c->a, &c->a->timexes[c->t[i - 1].timex]))
        return -1;
    x = &c->a->timexes[c->t[i - 1].timex];
    if (after && (!c->a->published[0] || strcmp(x->end_date, c->a->published) > 0))
        return -1;          /* "will sell it next year, after agreeing": before
                            ** a time to come is no time */
    return c->t[i - 1].timex;
}

/* The one whose act p answers: a name right before the act noun that
** heads p's object ("would protest a USDA move to award Taiwan's
** shortfall", "rejected a U.S. proposal", "welcomed the Japanese
** decision"); what follows the noun is its own business. For approval,
** disapproval, rejection and protest. The mention, or -1. */
static int owner_target(const ctx *c, const pred *p)
{
    static const char *const acts[] = { "decision", "decisions", "move",
        "moves", "plan", "plans", "proposal", "proposals", "offer", "offers",
        "policy", "policies", "action", "actions", "measure", "measures",
        "ban", "demand", "demands", "call", "calls", "request", "bid",
        "stance", "position", "refusal", "threat", "threats", "statement",
        "remarks", "criticism", "attack", "attacks", "invitation",
        "initiative", "suggestion", "argument", "claim", "claims", "charges",
        "accusation", "accusations", "veto", "handling", "stand" };
    int i = p->v + 1, m, x, y;
    size_t k;
    if (i < c->n && c->t[i].kind == K_DET && c->t[i].mention < 0)
        i++;
    if (i >= c->n || i >= p->end || (m = c->t[i].mention) < 0 || is_actor(c, p, m) ||
        c->blocked[m] || c->a->mentions[m].type == DZ_ENT_OTHER ||
        c->a->mentions[m].type == DZ_ENT_PLACE ||
        /* a name, not "a military attack" */
        !(c->a->tokens[c->s->tok_first + i].flags & DZ_TOK_CAP))
        return -1;
    for (x = i; x < c->n && c->t[x].mention == m; x++)
        ;
    if (x < c->n && is_poss(c, x))
        x++;
    /* the act noun, or one word before it ("a U.S. trade proposal") */
    for (y = x; y < c->n && y < p->end && y <= x + 1; y++) {
        if (c->t[y].mention >= 0)
            return -1;
        for (k = 0; k < sizeof acts / sizeof acts[0]; k++)
            if (!strcmp(c->t[y].w, acts[k]))
                return m;
    }
    return -1;
}

/* The first token of the time expression token i belongs to. */
static int time_first(const ctx *c, int i)
{
    while (i > 0 && c->t[i - 1].timex == c->t[i].timex)
        i--;
    return i;
}

/* Does the time x at token i, ending the sentence after a short object,
** date the act ("told journalists here on Wednesday.", "announced a
** credit last month.")? Not a period a result belongs to ("a loss in the
** second quarter", "a profit for the first quarter of 1987"), nor the
** time of a noun ("a call date of June 29", "than a year ago"). */
static int final_time_dates_act(const ctx *c, int i, int x)
{
    const dz_timex *t = &c->a->timexes[x];
    const char *w;
    i = time_first(c, i);
    w = i > 0 ? c->t[i - 1].w : "";
    if (t->precision != DZ_PREC_DAY && t->precision != DZ_PREC_WEEK &&
        t->precision != DZ_PREC_MONTH)
        return 0;
    if (t->value && strchr(t->value, 'Q'))
        return 0;
    return strcmp(w, "of") && strcmp(w, "for") && strcmp(w, "than");
}

/* Does w end in "-ed", the participle a figure's noun may take as its
** adjective ("untied", "revised")? */
static int participle_ed(const char *w)
{
    size_t n = strlen(w);
    return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Is the number at i the size of the noun after it, opened by "a" ("a
** 900 mln dlr untied credit", "a 10 pct stake"), in the object of a verb
** that makes something known rather than one that reports a result
** ("reported a 20 pct rise in profits last quarter": the figure's)? */
static int figure_modifies_noun(const ctx *c, const pred *p, int i)
{
    const char *lemma = c->vl->verbs[p->verb].lemma;
    if (i < 1 || (strcmp(c->t[i - 1].w, "a") && strcmp(c->t[i - 1].w, "an")))
        return 0;
    return strcmp(lemma, "report") && strcmp(lemma, "post") && strcmp(lemma, "show");
}

/* The time right after the short object of a verb of saying other than
** "say", before any clause or figure: "which declared an interest payments moratorium last month",
** "who told U.S. sugarbeet growers earlier this year they must halt"
** date the declaring and the telling (what "say" is followed by is said,
** so its times are the content's). The timex index, or -1. */
static int act_noun_time(const ctx *c, int i);
static int prenominal_time(const ctx *c, int i);

static int speech_object_time(const ctx *c, const pred *p)
{
    int i, lim = p->end < p->v + 8 ? p->end : p->v + 8, named = 0;
    if (!strcmp(c->vl->verbs[p->verb].lemma, "say"))
        return -1;
    for (i = p->v + 1; i < lim && i < c->n; i++) {
        int x = c->t[i].timex, j;
        if (x >= 0) {
            /* a whole year after a thing, not someone told, is the
            ** thing's: "expects to report better profits this year",
            ** "admitted other tax transgressions for the previous year" */
            if (!usable_timex(c->a, &c->a->timexes[x]) ||
                (!named && c->a->timexes[x].precision == DZ_PREC_YEAR) ||
                act_noun_time(c, i) || prenominal_time(c, i))
                return -1;
            for (j = i; j < c->n && c->t[j].timex == x; j++)
                ;
            /* the time closes the object: what follows starts anew
            ** ("told a press conference on Wednesday that", "declared a
            ** moratorium last month,"), unlike "reported a rise in first
            ** quarter profits" */
            if (j < c->n && is_punct(c, j, '.'))
                return final_time_dates_act(c, i, x) ? x : -1;
            return j >= c->n || is_boundary_punct(c, j) || is_punct(c, j, ',') ||
                   is_quote(c, j) || c->t[j].kind == K_REL || c->t[j].kind == K_CONJ ||
                   c->t[j].kind == K_PRON ? x : -1;
        }
        /* a figure's time is the figure's: "reported profit of 4.0 mln
        ** dlrs in 1986"; but a figure after "a" is the size of the thing
        ** announced: "announced a 900 mln dlr untied credit last month" */
        if (is_number(c, i) && figure_modifies_noun(c, p, i)) {
            while (i + 1 < lim && is_number(c, i + 1))
                i++;
            /* its unit and a participle as adjective: "dlr untied credit" */
            while (i + 2 < lim && c->t[i + 1].mention < 0 && c->t[i + 1].w[0] &&
                   c->t[i + 1].kind == K_NONE && c->t[i + 1].timex < 0 &&
                   (!c->t[i + 1].is_verb || participle_ed(c->t[i + 1].w)))
                i++;
            continue;
        }
        if (c->t[i].kind == K_SUB || c->t[i].kind == K_REL || c->t[i].kind == K_TO ||
            is_boundary_punct(c, i) || is_punct(c, i, ',') || is_number(c, i) ||
            (c->t[i].is_verb && c->t[i].mention < 0) || c->t[i].kind == K_MODAL)
            return -1;
        if (c->t[i].mention >= 0)
            named = 1;
    }
    return -1;
}

/* Does the time at token i bound a period rather than date an act: "the
** fiscal year beginning April 1", "the four weeks ended February 28"? */
static int bounds_noun(const ctx *c, int i)
{
    static const char *const words[] = { "beginning", "starting", "ending",
        "ended", "began", "begun", "started", "through" };
    size_t k;
    i = time_first(c, i);
    if (i < 1)
        return 0;
    static const char *const periods[] = { "year", "years", "week", "weeks",
        "month", "months", "quarter", "quarters", "period", "half", "season",
        "day", "days", "session" };
    for (k = 0; k < sizeof words / sizeof words[0]; k++)
        if (!strcmp(c->t[i - 1].w, words[k])) {
            /* a period's bound, not "will offer the service beginning
            ** June 1" (when the act starts) */
            for (k = 0; i >= 2 && k < sizeof periods / sizeof periods[0]; k++)
                if (!strcmp(c->t[i - 2].w, periods[k]))
                    return 1;
            return 0;
        }
    return 0;
}

/* ---- a time that dates an act named by a noun --------------------------*/

/* Is the time at token i the own time of a noun naming an act or a
** saying right before it, one a possessive names the doer of ("Agriculture
** Secretary Richard Lyng's statement last week", "Brazil's decision last
** month to suspend payments", "IBM's move last month"), or joined by "of"
** ("the threat of last week")? It dates that act, told again now, not
** the verb that tells of it ("Kay had repeated ..."). After a possessive
** only a time with no figure in it counts, and not when the noun phrase follows "at",
** "during" or "in" (an act done at that event). Looks at most four words
** back from the noun for the possessive, within its noun phrase. */
static int act_noun_time(const ctx *c, int i)
{
    static const char *const nouns[] = { "statement", "statements", "remarks",
        "comments", "decision", "announcement", "proposal", "proposals", "offer",
        "visit", "trip", "talks", "meeting", "threat", "threats", "warning",
        "call", "request", "pledge", "promise", "speech", "move", "moves",
        "action", "suspension", "moratorium", "ruling", "vote", "attack",
        "raid", "offensive", "agreement", "accord", "testimony", "interview",
        "letter", "resignation", "appeal", "demand", "demands", "refusal",
        "rejection", "approval", "intervention", "devaluation", NULL };
    int b = time_first(c, i), j = b - 1, of = 0, k;
    if (j >= 0 && !strcmp(c->t[j].w, "of")) {
        of = 1;
        j--;
    }
    if (j < 0 || c->t[j].mention >= 0 || !dz_word_in(c->t[j].w, nouns))
        return 0;
    if (of)
        return 1;
    for (k = b; k < c->n && c->t[k].timex == c->t[b].timex; k++)
        if (is_number(c, k))
            return 0;   /* "rejected the company's latest contract offer
                        ** March 5": a date may be the rejection's */
    for (k = j - 1; k >= 0 && k >= j - 4; k--) {
        if (is_poss(c, k)) {
            /* not an act done at that event: "At the company's annual
            ** meeting Wednesday, Possis said" */
            int lo = k - 6;
            for (k--; k > 0 && k > lo && c->t[k].kind != K_PREP &&
                      !(c->t[k].flags & DZ_TOK_PUNCT) && !c->t[k].is_verb; k--)
                ;
            return !(k >= 0 && (!strcmp(c->t[k].w, "at") || !strcmp(c->t[k].w, "during") ||
                                !strcmp(c->t[k].w, "in")));
        }
        if ((c->t[k].flags & DZ_TOK_PUNCT) || (c->t[k].is_verb && c->t[k].mention < 0) ||
            c->t[k].kind == K_PREP || c->t[k].kind == K_DET || c->t[k].kind == K_SUB)
            return 0;
    }
    return 0;
}

/* Is the time at token i set between a determiner and its noun ("said
** the February 22 Paris accords should serve as a basis", "the December
** accord")? It names which accord, and dates that, not the verb. A time
** that ends the phrase ("the week after") or stands before a verb, a
** figure or punctuation is no such modifier. */
static int prenominal_time(const ctx *c, int i)
{
    int b = time_first(c, i), e = i;
    while (e + 1 < c->n && c->t[e + 1].timex == c->t[i].timex)
        e++;
    static const char *const when[] = { "at", "during", "after", "before", "until",
        "till", "by", "since", "following", NULL };
    if (b < 1 || c->t[b - 1].kind != K_DET || c->t[b - 1].mention >= 0 ||
        strcmp(c->t[b - 1].w, "the") || e + 1 >= c->n ||
        (b >= 2 && dz_word_in(c->t[b - 2].w, when)))
        return 0;   /* "will ask shareholders at the May Six annual
                    ** meeting", "after the May elections": the event
                    ** dates the act done at it */
    e++;
    return c->t[e].w[0] && c->t[e].timex < 0 && !(c->t[e].flags & DZ_TOK_PUNCT) &&
           !is_number(c, e) && !c->t[e].is_verb && c->t[e].kind != K_PREP &&
           c->t[e].kind != K_SUB && c->t[e].kind != K_REL && c->t[e].kind != K_CONJ &&
           !is_poss(c, e);
}

/* The time opening sentence si (opening_timex), unless it is the own
** time of an act a noun names ("Knox said Brazil's decision last month to
** suspend payments had shocked": the decision's month, not the
** sentence's); -1 when none. The sentence's tokens are c's. */
static int sentence_time(const ctx *c, int si)
{
    int t = opening_timex(c->a, si, c->skip), i;
    if (t < 0)
        return -1;
    for (i = c->skip; i < c->n && c->t[i].timex != t; i++)
        ;
    return i < c->n && (act_noun_time(c, i) || prenominal_time(c, i)) ? -1 : t;
}

/* Is the time at token i, after the verb g, a possessive, the modifier
** of the noun after it ("that last Friday's U.S. trade action would
** help", "criticised Tuesday's decision")? It dates that noun, not the
** verb; not so for an act done at that event ("threatened at last
** week's spring meeting"), nor for a decade ("since the 1960's"). */
static int time_owns_noun(const ctx *c, int i, int g)
{
    int x = c->t[i].timex, b = time_first(c, i);
    if (i <= g)
        return 0;           /* "next week's Group of Seven talks" */
    while (i + 1 < c->n && c->t[i + 1].timex == x)
        i++;                /* the time's last word */
    if (!is_poss(c, i + 1) ||
        (b > 0 && (!strcmp(c->t[b - 1].w, "at") || !strcmp(c->t[b - 1].w, "during"))))
        return 0;
    if (strlen(c->t[i].w) == 4 && c->t[i].w[3] == '0' && isdigit((unsigned char)c->t[i].w[0]))
        return 0;           /* "since the 1960's" */
    return 1;
}

/* Is the time at token i a maturity ("notes due 1997", "a eurobond due
** April 2, 1992", "debentures maturing in 2004")? It dates the paper,
** not the act of offering or issuing it. */
static int maturity_time(const ctx *c, int i)
{
    i = time_first(c, i);
    if (i >= 1 && (!strcmp(c->t[i - 1].w, "in") || !strcmp(c->t[i - 1].w, "on")))
        i--;
    return i >= 1 && (!strcmp(c->t[i - 1].w, "due") || !strcmp(c->t[i - 1].w, "maturing"));
}

/* Does the time at token i end a stretch that runs from the act: "agreed
** to transmit a request for an extension of credit lines for 60 days
** until May 31", "extended the deadline till June 30"? The act is not
** done on the day the stretch ends, so such a time gives it no date. A
** day put beside it ("reopen its tender offer until March 25,
** Wednesday") is that end too. */
static int span_end(const ctx *c, int i)
{
    i = time_first(c, i);
    if (i >= 2 && is_punct(c, i - 1, ',') && c->t[i - 2].timex >= 0)
        return span_end(c, i - 2);
    return i >= 1 && (!strcmp(c->t[i - 1].w, "until") || !strcmp(c->t[i - 1].w, "till"));
}

/* Where a reason or means given by "for" or "by" and a gerund starts in
** p's clause, before end ("criticised the U.S. for violating an
** agreement ... by selling more stockpiled tin in 1986 than agreed"), or
** end: a time in it dates the deed blamed or the means, not p's act. */
static int gerund_adjunct(const ctx *c, const pred *p, int end)
{
    int i;
    for (i = p->v + 1; i + 1 < end; i++)
        if (c->t[i].kind == K_PREP &&
            (!strcmp(c->t[i].w, "for") || !strcmp(c->t[i].w, "by")) &&
            c->t[i + 1].form == F_ING && c->t[i + 1].verb >= 0 &&
            c->t[i + 1].mention < 0)
            return i;
    return end;
}

/* Does p's clause sum up acts over a stretch of time up to the story
** ("The World Bank has lent Indonesia 10.7 billion dlrs over the past 20
** years", "attacked 20 ships in the last two months")? Such a total has
** no day of its own: the stretch's timex, or -1. */
static int cumulative_act(const ctx *c, const pred *p)
{
    int i, b = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g;
    if (c->vl->verbs[p->verb].flags & V_SPEECH)
        return -1;          /* "said prices rose 98.9 pct over the last 12
                            ** months": the content's time */
    for (i = b; i < p->end && i < c->n; i++) {
        const dz_timex *x;
        /* only p's own clause: not "called off the strikes that have hit
        ** the port for the past eight weeks" */
        if (i > p->v && (c->t[i].kind == K_REL || c->t[i].kind == K_SUB ||
                         (c->t[i].verb >= 0 && c->t[i].mention < 0 &&
                          c->t[i].timex < 0 && (c->t[i].is_verb || c->t[i].form == F_ING))))
            return -1;
        if (c->t[i].timex < 0)
            continue;
        x = &c->a->timexes[c->t[i].timex];
        if (x->type && !strcmp(x->type, "DURATION") && x->end_date[0] &&
            c->a->published[0] && !strcmp(x->end_date, c->a->published) &&
            i > 0 && (!strcmp(c->t[i].w, "past") || !strcmp(c->t[i].w, "last") ||
                      (i + 1 < c->n && c->t[i + 1].timex == c->t[i].timex &&
                       (!strcmp(c->t[i + 1].w, "past") || !strcmp(c->t[i + 1].w, "last")))))
            return c->t[i].timex;
    }
    return -1;
}

/* Is timex x a resolved stretch of at most 400 days (one an act can be
** dated by as a range)? */
static int short_span(const dz_analysis *a, const dz_timex *x)
{
    int y1, m1, d1, y2, m2, d2;
    (void)a;
    if (dz_date_parse(x->begin, &y1, &m1, &d1) || dz_date_parse(x->end_date, &y2, &m2, &d2))
        return 0;
    return dz_date_to_days(y2, m2, d2) - dz_date_to_days(y1, m1, d1) <= 400;
}

/* Is p's clause told by a saying of its sentence: one before it that is
** not a relative clause ("the Bank said it had provided ..."), or a
** saying put after it ("..., the Times said", "... \"for some time,\" he
** said")? A saying in
** another clause ("Banks had been pressing Brazil ..., but Gros said",
** "a computer which it indicated would be used") tells something else. */
static int told_within(const ctx *c, const pred *p)
{
    int q, k = (int)(p - c->p);
    for (q = 0; q < c->np; q++) {
        const pred *s = &c->p[q];
        if (q == k || !(c->vl->verbs[s->verb].flags & V_SPEECH))
            continue;
        if (s->v < p->g && !s->rel)
            return 1;
        if (q > k && said_after(c, q))
            return 1;
    }
    return 0;
}

/* Is p an act the story recalls as background, with no time of its own:
** the pluperfect ("Greece had asked the United States to suspend ..."),
** an adverb that puts it before the story ("previously", "originally",
** "recently": some day before the story's, not given), or a past act that made an object
** called previous ("The IADB has approved previous loans")? Such an act
** is not dated by the story's day. */
static int recalled_act(const ctx *c, const pred *p)
{
    static const char *const before[] = { "previously", "originally",
        "formerly", "recently", "lately" };
    int i, v = p->v, said;
    size_t k;
    /* in what someone says the pluperfect is only the tense moved back
    ** ("the Bank said it had provided the market with 75 mln stg") */
    said = told_within(c, p);
    if (!said && p->g < v && !strcmp(c->t[p->g].w, "had") &&
        (c->t[v].form == F_ED || c->t[v].form == F_IRR || c->t[v].form == F_ING))
        return 1;
    /* "Ever since Soviet leader Mikhail Gorbachev suggested Soviet
    ** membership in the GATT": a past act the clause looks back on */
    i = p->subj_start >= 0 && p->subj_start <= p->g ? p->subj_start : p->g;
    if (i > 0 && !strcmp(c->t[i - 1].w, "since") && p->g == v &&
        (c->t[v].form == F_ED || c->t[v].form == F_IRR)) {
        for (i = v + 1; i < p->end && c->t[i].timex < 0; i++)
            ;
        if (i >= p->end)
            return 1;       /* not "since it acknowledged the proposal
                            ** on Monday": that has its day */
    }
    /* the adverb just before the chain or inside it */
    for (i = p->g > c->skip ? p->g - 1 : p->g; i < v; i++)
        for (k = 0; k < sizeof before / sizeof before[0]; k++)
            if (!strcmp(c->t[i].w, before[k]))
                return 1;
    /* "has approved previous loans": a past act whose object is
    ** previous (not "is willing to negotiate its earlier offer") */
    if (v + 1 < c->n && !(c->vl->verbs[p->verb].flags & V_SPEECH) && !p->intent &&
        p->modality == DZ_MOD_ASSERTED &&
        ((p->g == p->v && (p->form == F_ED || p->form == F_IRR)) ||
         !strcmp(c->t[p->g].w, "has") || !strcmp(c->t[p->g].w, "have")))
        for (i = v + 1; i < c->n && i <= v + 2; i++) {
            if (!strcmp(c->t[i].w, "previous") || !strcmp(c->t[i].w, "prior") ||
                !strcmp(c->t[i].w, "earlier"))
                return 1;
            if (c->t[i].kind != K_DET)
                break;
        }
    return 0;
}

/* Is p an act the story retells as background: in the present perfect
** with no time of its own ("Poindexter has refused to testify",
** "Tehran has blamed Iraq", "the U.S. has restricted the sale of its
** computer technology to India"), past the story's lead paragraph? Below
** the lead, an act told so is a standing fact recalled to explain the
** news, done some time before the story; its day is not known, and the
** story's day would be a wrong one. A lead's perfect is the news ("Japan
** has agreed to ..."); "has been meeting" goes on; a saying is made when
** told, and so is an estimate or another statement (the caller keeps
** root 01). */
static int retold_perfect(const ctx *c, const pred *p)
{
    const char *w;
    if (c->s->paragraph == 0 || p->g >= p->v ||
        (c->vl->verbs[p->verb].flags & V_SPEECH) ||
        (p->vform != F_ED && p->vform != F_IRR))
        return 0;
    w = c->t[p->g].w;
    return !strcmp(w, "has") || !strcmp(w, "have");
}

/* Is p told in the simple past inside a clause that a stretch of time puts
** before the sentence's own event ("comes five days after Jamaica
** successfully concluded a 125.5 mln dlr rescheduling accord", "only weeks
** after President Reagan imposed punitive tariffs")? Its day is not the
** story's, and none is given. A bare "after" is often the same day's
** ("USAir stock soared after TWA made public its offer"): not taken. */
static int after_clause_act(const ctx *c, const pred *p)
{
    static const char *const spans[] = { "day", "days", "week", "weeks",
        "month", "months", "year", "years" };
    int i = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g;
    size_t k;
    if (i < c->skip + 2 || strcasecmp(c->t[i - 1].w, "after") || p->g != p->v ||
        (p->form != F_ED && p->form != F_IRR) || (c->vl->verbs[p->verb].flags & V_SPEECH))
        return 0;
    for (k = 0; k < sizeof spans / sizeof spans[0]; k++)
        if (!strcasecmp(c->t[i - 2].w, spans[k]))
            return 1;
    return 0;
}

/* ---- dates: an act of an occasion the story names by its place ------------*/

/* Does the n bytes at s occur in text[from, to) as a word, followed (after
** a space) by a noun that names an occasion ("the London talks", "the
** Paris accord"), when after is set; else preceded by "in " ("last month
** in Paris")? Case-insensitive for the nouns and "in". */
static int place_named(const char *text, size_t from, size_t to, const char *s,
                       size_t n, int after)
{
    static const char *const occasions[] = { "talks", "accord", "accords",
        "agreement", "meeting", "meetings", "summit", "conference", "pact",
        "declaration", "negotiations" };
    size_t i, k;
    for (i = from; i + n <= to; i++) {
        if (memcmp(text + i, s, n) || (i > 0 && isalnum((unsigned char)text[i - 1])) ||
            (i + n < to && isalnum((unsigned char)text[i + n])))
            continue;
        if (!after) {
            if (i >= 3 + from && !strncasecmp(text + i - 3, "in ", 3))
                return 1;
            continue;
        }
        if (i + n + 1 >= to || text[i + n] != ' ')
            continue;
        for (k = 0; k < sizeof occasions / sizeof occasions[0]; k++) {
            size_t m = strlen(occasions[k]);
            if (i + n + 1 + m <= to && !strncasecmp(text + i + n + 1, occasions[k], m) &&
                (i + n + 1 + m == to || !isalpha((unsigned char)text[i + n + 1 + m])))
                return 1;
        }
    }
    return 0;
}

/* Is p an act told in the past below a clause-opening "In PLACE," that
** names an occasion the story tells of before its day ("In Paris, Britain,
** Canada, France, Japan, the U.S. And West Germany agreed to cooperate"
** after "... last month in Paris"; "In London, the U.S. was supported by
** the U.K." in a story of "the London talks")? The place is not the
** dateline's (whose news it would be), and the story names the occasion by
** it, or the sentence before puts something in it. The act is that
** occasion's, not of the story's day; with no time of its own it is left
** undated. Simple past (a verb in it may lead the chain) or a past
** passive; no saying (made when told). */
static int place_occasion(const ctx *c, const pred *p)
{
    const dz_analysis *a = c->a;
    const dz_mention *m;
    const dz_sentence *prev;
    int i = c->skip, mi, e, past;
    size_t n, head;
    if (i + 3 >= c->n || strcasecmp(c->t[i].w, "in") || (mi = c->t[i + 1].mention) < 0 ||
        (c->vl->verbs[p->verb].flags & V_SPEECH))
        return 0;
    m = &a->mentions[mi];
    if (m->type != DZ_ENT_PLACE && m->type != DZ_ENT_COUNTRY)
        return 0;
    for (e = i + 1; e < c->n && c->t[e].mention == mi; e++)
        ;
    if (e >= c->n || !is_punct(c, e, ',') || p->g <= e)
        return 0;
    past = ((c->t[p->g].form == F_ED || c->t[p->g].form == F_IRR) &&
            (p->g == p->v || !is_aux_word(c, p->g))) ||   /* "agreed to cooperate" */
           (p->passive && (!strcmp(c->t[p->g].w, "was") || !strcmp(c->t[p->g].w, "were")));
    if (!past)
        return 0;
    n = (size_t)(m->end - m->start);
    /* the dateline's place: the news of the story's own day */
    head = a->nsentences > 0 && a->sentences[0].tok_first < a->ntokens
               ? (size_t)a->sentences[0].start + 40 : 40;
    if (head > a->len)
        head = a->len;
    for (i = 0; (size_t)i + n <= head; i++)
        if (!strncasecmp(a->text + i, a->text + m->start, n))
            return 0;
    if (place_named(a->text, 0, a->len, a->text + m->start, n, 1))
        return 1;
    prev = c->s > a->sentences ? c->s - 1 : NULL;
    return prev && place_named(a->text, (size_t)prev->start, (size_t)prev->end,
                               a->text + m->start, n, 0);
}

/* Does time tx, chosen for p, an act of modality mod, stand after p's verb
** and end before the story's day while p is planned ("are expected to
** back a preliminary accord reached last Friday", "would be seeking an
** agreement similar to one struck last autumn")? A plan is still to come
** when told: a past time after its verb belongs to something its clause
** names, and the plan is dated by the story, as a plan with no time is. A
** past time before the verb dates the telling ("said over the weekend
** that it will conduct", "Yesterday, the company said it expected to
** report"): kept. */
static int plan_before_story(const ctx *c, const pred *p, int mod, int tx)
{
    return mod == DZ_MOD_PLANNED && c->a->published[0] &&
           c->a->timexes[tx].start > c->a->tokens[c->s->tok_first + p->v].start &&
           strcmp(c->a->timexes[tx].end_date, c->a->published) < 0;
}

/* The day a planned act's weekday names, into day (11 bytes), when time
** tx is a bare weekday that was read as the one before the story's day
** ("would attend the opening of the talks in London on Monday" in a
** Sunday story): a plan's weekday is the coming one, seven days on.
** Returns 1 when day was set. */
static int coming_weekday(const ctx *c, int tx, char *day)
{
    static const char *const wd[] = { "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday" };
    const dz_timex *t = &c->a->timexes[tx];
    int y, m, d, py, pm, pd, n = t->end - t->start;
    long gap;
    size_t k;
    for (k = 0; k < sizeof wd / sizeof wd[0]; k++)
        if (n == (int)strlen(wd[k]) && !strncasecmp(c->a->text + t->start, wd[k], (size_t)n))
            break;
    if (k == sizeof wd / sizeof wd[0] || strcmp(t->begin, t->end_date) ||
        dz_date_parse(t->begin, &y, &m, &d) || dz_date_parse(c->a->published, &py, &pm, &pd))
        return 0;
    gap = dz_date_to_days(py, pm, pd) - dz_date_to_days(y, m, d);
    if (gap < 1 || gap > 6)
        return 0;
    dz_days_to_date(dz_date_to_days(y, m, d) + 7, &y, &m, &d);
    snprintf(day, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

/* Notes, once sentence si's acts are found (from index from on), the last
** of them done on a day its own time in si puts before the story's: an
** asserted act, not a statement ("signed a pact last September", "issued
** a joint declaration yesterday"), for the next sentence (narrated_past).
** An act dated so by the sentence before is not noted: one step only. */
static void note_past_act(ctx *c, int si, int from)
{
    int i, k;
    c->past_act = -1;
    c->past_si = si;
    if (!c->a->published[0])
        return;
    for (i = from; i < c->a->nactions; i++) {
        const dz_action *x = &c->a->actions[i];
        if (x->sentence != si || x->modality != DZ_MOD_ASSERTED || x->category == 1 ||
            x->date_source == DZ_DATE_ARTICLE || !x->end_date[0] ||
            strcmp(x->end_date, c->a->published) >= 0)
            continue;
        for (k = 0; k < c->a->ntimexes; k++)
            if (c->a->timexes[k].sentence == si &&
                !strcmp(c->a->timexes[k].begin, x->begin) &&
                !strcmp(c->a->timexes[k].end_date, x->end_date)) {
                c->past_act = i;
                break;
            }
    }
}

/* The act of the sentence before whose day p shares, or -1: p is told in
** the simple past with no time of its own, below the lead, right after a
** sentence that told an act done on an earlier day, and the story goes on
** narrating that occasion: the same actor acts again ("Brazil suspended
** interest payments ... in February ... It also froze some 16 billion dlrs
** of short term credit lines"), or the sentence ties itself to the one
** before ("The two countries signed a pact last September ... In return,
** the United States waived its right to impose import duties", "at the
** same time", "also"); a verb in the simple past may lead a chain ("In
** return, the United States agreed to hold up imposing duties"), an
** auxiliary may not ("had agreed", "was asked"). Not a saying (made when told), an act in the
** present or perfect, a participle ("the idea, first proposed by"), nor
** one told as coming after ("subsequently", "later") or set against the
** occasion ("but", "meanwhile"). */
static int narrated_past(const ctx *c, const pred *p, int si)
{
    static const char *const apart[] = { "but", "meanwhile", "however",
        "subsequently", "later", "then", "since", "now" };
    const dz_action *y;
    int i, tied = 0, from = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g;
    size_t k;
    if (c->past_act < 0 || c->past_si != si - 1 || c->s->paragraph == 0 ||
        (p->g != p->v && is_aux_word(c, p->g)) || p->passive ||
        (p->form != F_ED && p->form != F_IRR) ||
        (c->vl->verbs[p->verb].flags & V_SPEECH))
        return -1;
    for (i = c->skip; i < p->v; i++) {
        for (k = 0; k < sizeof apart / sizeof apart[0]; k++)
            if (!strcasecmp(c->t[i].w, apart[k]))
                return -1;
        if (i >= from - 1 && !strcmp(c->t[i].w, "also"))
            tied = 1;
    }
    if (c->skip + 2 < c->n && (!strcasecmp(c->t[c->skip].w, "in") ||
                               !strcasecmp(c->t[c->skip].w, "at")) &&
        (!strcmp(c->t[c->skip + 1].w, "return") ||
         (!strcmp(c->t[c->skip + 1].w, "the") && !strcmp(c->t[c->skip + 2].w, "same"))))
        tied = 1;
    y = &c->a->actions[c->past_act];
    for (i = 0; i < p->nactors && !tied && y->actor >= 0; i++)
        tied = !strcmp(c->a->mentions[p->actors[i]].name, c->a->mentions[y->actor].name);
    return tied ? c->past_act : -1;
}

/* Gives x the date of the earlier act y. */
static void copy_date(dz_action *x, const dz_action *y)
{
    memcpy(x->begin, y->begin, sizeof x->begin);
    memcpy(x->end_date, y->end_date, sizeof x->end_date);
    x->precision = y->precision;
    x->date_source = y->date_source;
}

/* Acts named by a noun of class @nominal whose actor is named with the
** noun but whose target is not, when the noun is what the subject of its
** clause meets, bows to or rejects: that subject is the target. "Japan
** had no plans to bow to U.K. And U.S. Pressure" (10, by the U.K. and
** the U.S. on Japan), "Nakasone was encountering criticism from
** opposition parties" (11 on Nakasone), "Sarney rejected calls from
** foreign creditors" (02 on Sarney). The actor is a name right before
** the noun (and one joined to it by "and"), or a party after "from" or
** "by" right after it; the noun stands in the clause of a predicate that
** is no saying, with no clause of its own between them. Asserted and of
** the story's day: the act is there when met. Appends the actions from
** index from on unless the sentence has one of that actor and root
** already; -1 on no memory. */
static int nominal_targets(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip + 1; i < c->n; i++) {
        const tinfo *t = &c->t[i];
        int actors[2], na = 0, q = -1, k, j, root, first = i, last = i, mod, a0;
        const lexent *e;
        if (!(t->classes & c->vl->nominal) || t->mention >= 0 || t->is_verb ||
            t->noun_root <= 0 || t->noun_root > 20 || prospect(c, i))
            continue;
        root = t->noun_root;
        if (root == 17 && goods_ban(c, i))
            root = 16;
        if (root == 7)
            continue;   /* "its loans from commercial banks": a thing
                        ** held, not an act aimed at the subject */
        if (c->t[i - 1].mention >= 0 && !is_poss(c, i - 1)) {
            /* "U.S. pressure", "U.K. And U.S. Pressure" */
            int m = c->t[i - 1].mention, b = i - 1;
            while (b > 0 && c->t[b - 1].mention == m)
                b--;
            actors[na++] = m;
            first = b;
            if (b >= 2 && !strcmp(c->t[b - 1].w, "and") && c->t[b - 2].mention >= 0) {
                actors[na++] = c->t[b - 2].mention;
                for (first = b - 2; first > 0 && c->t[first - 1].mention == actors[1]; first--)
                    ;
            }
        } else if (i + 2 < c->n && (!strcmp(c->t[i + 1].w, "from") ||
                                     !strcmp(c->t[i + 1].w, "by"))) {
            /* "criticism from opposition parties", "calls from foreign
            ** creditors": past "the" and up to two modifiers */
            int x = i + 2;
            while (x < c->n && x < i + 5 && c->t[x].mention < 0 &&
                   (c->t[x].kind == K_DET || (c->t[x].kind == K_NONE && c->t[x].w[0])))
                x++;
            if (x < c->n && c->t[x].mention >= 0) {
                actors[na++] = c->t[x].mention;
                last = mention_run_end(c, x, actors[0]);
            }
        }
        if (na == 0)
            continue;
        for (a0 = 0; a0 < na; a0++)
            if (!(party(c, actors[a0]) || c->isgroup[actors[a0]]) || adjectival(c, actors[a0]))
                na = 0;     /* "Spanish opposition": not the state's act */
        if (na == 0)
            continue;
        /* a target after it belongs to nominal_acts */
        if (!(last + 1 >= c->n || is_punct(c, last + 1, ',') || is_punct(c, last + 1, '.') ||
              is_boundary_punct(c, last + 1) || c->t[last + 1].kind == K_CONJ ||
              c->t[last + 1].kind == K_SUB || c->t[last + 1].kind == K_REL ||
              (c->t[last + 1].kind == K_TO && last + 2 < c->n && c->t[last + 2].verb >= 0 &&
               c->t[last + 2].mention < 0)))
            continue;
        for (k = 0; k < c->np; k++)
            if (c->p[k].v < first && first < c->p[k].end)
                q = k;
        if (q < 0 || c->p[q].nactors == 0 || c->p[q].rel || c->p[q].passive ||
            (c->vl->verbs[c->p[q].verb].flags & V_SPEECH))
            continue;
        for (j = c->p[q].v + 1; j < first && q >= 0; j++)
            if (c->t[j].kind == K_REL || c->t[j].kind == K_SUB || is_boundary_punct(c, j) ||
                is_quote(c, j) || !strcmp(c->t[j].w, "that") ||
                (c->t[j].is_verb && c->t[j].mention < 0) || c->t[j].mention >= 0 ||
                (c->t[j].kind == K_PREP && strcmp(c->t[j].w, "under") &&
                 strcmp(c->t[j].w, "in") && strcmp(c->t[j].w, "of") &&
                 strcmp(c->t[j].w, "from") && strcmp(c->t[j].w, "into")))
                q = -1;     /* "bow to", "under", "in the face of"; not
                            ** "blamed the end on U.S. refusal" */
        if (q < 0)
            continue;
        {
            int tg = c->p[q].actors[0];
            if (!(party(c, tg) || c->isgroup[tg]))
                continue;
            for (a0 = 0; a0 < na; a0++)
                if (same_entity(c->a, actors[a0], tg))
                    tg = -1;
            if (tg < 0)
                continue;
            for (k = from; k < c->a->nactions; k++)
                if (c->a->actions[k].category == root &&
                    same_entity(c->a, c->a->actions[k].actor, actors[0]))
                    break;
            if (k < c->a->nactions || !(e = lex_find(c->vl, t->w)))
                continue;
            /* the pressure or opposition is there, whoever tells of it
            ** and whenever it is met: asserted, of the story's day */
            mod = DZ_MOD_ASSERTED;
            (void)tx;
            for (a0 = 0; a0 < na; a0++) {
                dz_action *x = action_new(c, si, actors[a0], tg, e->key, root,
                                          (dz_modality)mod);
                if (!x)
                    return -1;
                set_article_date(x, c->a);
                x->ev_start = c->a->tokens[c->s->tok_first +
                                           (c->p[q].subj_start >= 0 && c->p[q].subj_start < first
                                                ? c->p[q].subj_start : first)].start;
                x->ev_end = c->a->tokens[c->s->tok_first + last].end;
            }
        }
        i = last;
    }
    return 0;
}

/* ---- recall: acts named by a noun with an infinitive ------------------------*/

/* What a noun before "to" and a verb makes of that verb's act: 1 done
** ("decision", "move": "Canada's decision to declare its ports off
** limits"), 2 planned ("plan", "intention"), 3 an intent ("offer",
** "pledge", "readiness": "Seoul's offer to hold talks"); 0 for other words
** (a "proposal to" is mostly a policy or a deal at home). */
static int infinitive_noun(const char *w)
{
    static const struct { const char *w; int kind; } nouns[] = {
        { "decision", 1 }, { "decisions", 1 }, { "move", 1 },
        { "plan", 2 }, { "plans", 2 }, { "intention", 2 },
        { "offer", 3 }, { "offers", 3 }, { "pledge", 3 }, { "promise", 3 },
        { "readiness", 3 }, { "willingness", 3 },
    };
    size_t k;
    if (w[0] != 'd' && w[0] != 'm' && w[0] != 'p' && w[0] != 'i' && w[0] != 'o' &&
        w[0] != 'r' && w[0] != 'w')
        return 0;
    for (k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (!strcmp(w, nouns[k].w))
            return nouns[k].kind;
    return 0;
}

/* Acts named by such a noun with an infinitive after it and its owner
** before it, where the infinitive has no clause of its own: "An EC
** decision to impose tariffs on Gulf petrochemical exports" (16 by the EC
** on the Gulf states, done), "Japan's plan to cut tariffs on U.S. goods"
** (planned), "North Korea's offer to hold talks with Seoul" (an intent,
** 03). The owner is a party named right before the noun (up to two modifiers
** between: "the latest U.S. move to"), or before "'s", or a possessive
** pronoun (pronoun_owner). The verb's act is coded as a predicate's
** would be (object_category, first_target: a light verb by its object)
** and kept only with a target; statements are left out. Dated like the sentence, or by
** a time in the infinitive's clause. Appends from index from on unless the
** sentence has it already; -1 on no memory. */
static int noun_infinitives(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip + 1; i + 3 < c->n; i++) {
        int kind, v = i + 2, b, owner = -1, first, e, root, target, pron = 0, tat = -1, j, k;
        int t0 = tx;
        const verbdef *vd;
        pred tmp;
        dz_modality mod;
        dz_action *x;
        if (c->t[i + 1].kind != K_TO || c->t[i].mention >= 0 ||
            !(kind = infinitive_noun(c->t[i].w)))
            continue;
        if (c->t[v].verb < 0 || c->t[v].mention >= 0 ||
            (c->t[v].form != F_BASE && c->t[v].form != F_IRR))
            continue;
        vd = &c->vl->verbs[c->t[v].verb];
        if ((vd->root != ROOT_LIGHT && (vd->root < 2 || vd->root > 20)) ||
            (vd->flags & (V_SPEECH | V_CONTROL)))
            continue;
        /* the owner: "EC" in "an EC decision" (a determiner before the
        ** name, or "George Shultz plan to" is a verb), else before "'s" or
        ** a possessive pronoun, up to two modifiers between ("Canada's
        ** latest decision") */
        b = i - 1;
        if (c->t[b].mention >= 0 && !is_poss(c, b)) {
            owner = c->t[b].mention;
            for (first = b; first > 0 && c->t[first - 1].mention == owner; first--)
                ;
            if (first < 1 || c->t[first - 1].kind != K_DET || owner_pronoun(c, first - 1) ||
                c->t[i].w[strlen(c->t[i].w) - 1] == 's')
                continue;   /* "the CBT plans to offer": a verb */
        } else if (c->t[i].w[strlen(c->t[i].w) - 1] != 's') {
            while (b > c->skip && i - b <= 2 && c->t[b].mention < 0 && !is_poss(c, b) &&
                   c->t[b].kind == K_NONE && c->t[b].w[0] && c->t[b].verb < 0)
                b--;
        }   /* "his agency plans to send": a verb; "its plans to": a noun */
        if (owner >= 0)
            ;
        else if (is_poss(c, b) && b > 0 && c->t[b - 1].mention >= 0) {
            owner = c->t[b - 1].mention;
            for (first = b - 1; first > 0 && c->t[first - 1].mention == owner; first--)
                ;
        } else if (owner_pronoun(c, b)) {
            owner = pronoun_owner(c, b);
            first = b;
        }
        if (!party(c, owner))
            continue;
        /* the infinitive's clause */
        for (e = v + 1; e < c->n; e++)
            if (is_boundary_punct(c, e) || is_punct(c, e, ',') || is_punct(c, e, ';') ||
                c->t[e].kind == K_REL || c->t[e].kind == K_SUB || c->t[e].kind == K_CONJ ||
                c->t[e].kind == K_MODAL || (c->t[e].is_verb && c->t[e].mention < 0) ||
                is_quote(c, e))
                break;
        memset(&tmp, 0, sizeof tmp);
        tmp.g = tmp.v = v;
        tmp.verb = c->t[v].verb;
        tmp.form = tmp.vform = c->t[v].form;
        tmp.subj_start = first;
        tmp.shared_from = -1;
        tmp.ctl = -1;
        tmp.act_target = -1;
        tmp.end = e;
        tmp.actors[0] = owner;
        tmp.nactors = 1;
        root = object_category(c, &tmp, v + 1, e);
        if (root < 0)
            root = vd->root;
        if (root < 2 || root > 20)
            continue;
        target = first_target(c, &tmp, v + 1, e, 0, &pron, &tat);
        if (target < 0 || same_entity(c->a, owner, target) ||
            have_action(c->a, from, owner, root, target))
            continue;
        mod = kind == 2 ? DZ_MOD_PLANNED : DZ_MOD_ASSERTED;
        if (kind == 3) {
            if (root >= 3 && root <= 8)
                root = 3;       /* "offer to hold talks": an intent */
            else if (root >= 15)
                root = 13;      /* "readiness to use force": a threat */
            else
                continue;       /* "offer to criticise"? no act */
        }
        for (j = v + 1; j < e && t0 == tx; j++)
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;
        if (!(x = action_new(c, si, owner, target, vd->lemma, root, mod)))
            return -1;
        if (t0 >= 0)
            set_date(x, &c->a->timexes[t0]);
        else if (kind != 1)
            set_article_date(x, c->a);
        /* else a decision or move named again ("Commenting on Brazil's
        ** decision to suspend payment of interests"): made before the
        ** story, on a day it does not give */
        /* the target's last token, and the words of its phrase after it
        ** ("on Japanese electronic goods") */
        j = tat > v && tat <= c->n ? tat - 1 : v;
        for (k = 0; k < 2 && j + 1 < e && c->t[j + 1].kind == K_NONE && c->t[j + 1].w[0] &&
                    c->t[j + 1].mention < 0 && c->t[j + 1].verb < 0 &&
                    !(strlen(c->t[j + 1].w) > 3 &&
                      !strcmp(c->t[j + 1].w + strlen(c->t[j + 1].w) - 2, "ed")); k++)
            j++;
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + j].end;
        i = v;
    }
    return 0;
}

/* ---- recall: meetings of a pair joined by a hyphen -------------------------*/

/* Is token i a lone hyphen or slash, as in "U.S.-Japan" or "U.S./Japan"? */
static int pair_joint(const ctx *c, int i)
{
    const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
    const char *s = c->a->text + tk->start;
    return tk->end - tk->start == 1 && (s[0] == '-' || s[0] == '/');
}

/* Does a noun after a hyphened pair name a meeting ("talks", "summit")?
** Not an accord: "the U.S.-Japan semiconductor agreement" is mostly one
** made long before, named again, no act of the story's day. */
static int pair_noun(const char *w)
{
    static const char *const meet[] = {
        "talks", "negotiations", "meeting", "meetings", "summit", "consultations",
        "discussions", NULL
    };
    return dz_word_in(w, meet);
}

/* Can mention m meet as one of a hyphened pair: a state or a person ("the
** World Bank/IMF meeting" is the two bodies' joint session, no
** consultation between them)? */
static int pair_side(const ctx *c, int m)
{
    return party(c, m) && (c->a->mentions[m].type == DZ_ENT_COUNTRY ||
                           c->a->mentions[m].type == DZ_ENT_PERSON);
}

/* Meetings named by a noun after two states or persons joined by a hyphen
** or a slash: "The U.S.-Japan talks ended on Friday" (04 between them),
** "U.S.-Japanese trade talks will resume next week" (04, planned),
** "Nakasone/Reagan talks", "the next U.S.-Japan yen-dollar committee
** meeting" (planned). Up to two modifiers stand before the noun.
** When the phrase is the subject of a predicate, the act takes its
** modality ("will resume": planned) and a time in its clause; else it is
** asserted and dated like the sentence (planned when that date is after
** the story's). "possible", "proposed" or "potential" before it make it
** hypothetical ("a possible U.S.-Soviet summit"). Appends from index from on unless the sentence has the
** pair already; -1 on no memory. */
static int hyphen_pairs(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip; i + 3 < c->n; i++) {
        int a0 = c->t[i].mention, b0, j, k, noun = -1, first = i;
        int t0 = tx, q = -1;
        dz_modality mod = DZ_MOD_ASSERTED;
        dz_action *x;
        if (a0 < 0 || (i + 1 < c->n && c->t[i + 1].mention == a0))
            continue;
        if (!pair_joint(c, i + 1) || (b0 = c->t[i + 2].mention) < 0)
            continue;
        for (first = i; first > 0 && c->t[first - 1].mention == a0; first--)
            ;
        for (j = i + 2; j + 1 < c->n && c->t[j + 1].mention == b0; j++)
            ;
        for (k = j + 1; k < c->n && k <= j + 3 && noun < 0; k++) {
            if (c->t[k].mention >= 0 || c->t[k].kind != K_NONE || !c->t[k].w[0])
                break;
            if (pair_noun(c->t[k].w))
                noun = k;
        }
        if (noun < 0 || !pair_side(c, a0) || !pair_side(c, b0) ||
            same_entity(c->a, a0, b0) || prospect(c, noun))
            continue;
        if (have_action(c->a, from, a0, 4, b0) || have_action(c->a, from, b0, 4, a0))
            continue;
        /* the predicate whose subject the phrase is */
        for (k = 0; k < c->np; k++)
            if (c->p[k].subj_start >= 0 && c->p[k].subj_start <= first && noun < c->p[k].g)
                q = k;
        if (q >= 0) {
            mod = (dz_modality)c->p[q].modality;
            for (k = c->p[q].v + 1; k < c->p[q].end && t0 == tx; k++)
                if (c->t[k].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[k].timex]))
                    t0 = c->t[k].timex;
        }
        for (k = first - 1; k >= c->skip && k >= first - 2 && mod == DZ_MOD_ASSERTED; k--)
            if (!strcmp(c->t[k].w, "next") || !strcmp(c->t[k].w, "forthcoming") ||
                !strcmp(c->t[k].w, "upcoming") || !strcmp(c->t[k].w, "planned"))
                mod = DZ_MOD_PLANNED;   /* "the next U.S.-Japan ... meeting" */
        for (k = first - 1; k >= c->skip && k >= first - 2; k--)
            if (!strcmp(c->t[k].w, "possible") || !strcmp(c->t[k].w, "proposed") ||
                !strcmp(c->t[k].w, "potential") || !strcmp(c->t[k].w, "prospective"))
                mod = DZ_MOD_HYPOTHETICAL;  /* "a possible U.S.-Soviet summit" */
        if (!(x = action_new(c, si, a0, b0, "talk", 4, mod)))
            return -1;
        date_nominal(c, x, t0);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + noun].end;
        i = noun;
    }
    return 0;
}

/* ---- recall: a visit to a place by someone ---------------------------------*/

/* The standing of an act named by the noun phrase ending at token last,
** the subject of a judgement after it: "a visit to Moscow by Shultz for
** arms discussions was under consideration", "... is possible", "was
** likely" (hypothetical); "... is planned", "was expected", "is
** scheduled" (planned). -1 when no such judgement follows: the act
** stands as the sentence tells it. */
static int judged_prospect(const ctx *c, int last)
{
    static const char *const maybe[] = { "possible", "likely", "unlikely",
        "considered", "mooted", "discussed", "doubtful", "uncertain",
        "probable", NULL };
    static const char *const plan[] = { "planned", "expected", "scheduled",
        "due", NULL };
    int j;
    for (j = last + 1; j < c->n && j <= last + 7; j++) {
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || c->t[j].kind == K_REL ||
            c->t[j].kind == K_SUB)
            return -1;
        if (c->t[j].verb == c->vl->be)
            break;      /* the phrase's verb, past "for arms discussions" */
    }
    if (j >= c->n || c->t[j].verb != c->vl->be)
        return -1;
    for (j++; j < c->n && (is_adverb(c, j) || !strcmp(c->t[j].w, "being") ||
                           !strcmp(c->t[j].w, "now") || !strcmp(c->t[j].w, "still")); j++)
        ;
    if (j >= c->n)
        return -1;
    if (!strcmp(c->t[j].w, "under") && j + 1 < c->n &&
        (!strcmp(c->t[j + 1].w, "consideration") || !strcmp(c->t[j + 1].w, "discussion") ||
         !strcmp(c->t[j + 1].w, "study")))
        return DZ_MOD_HYPOTHETICAL;
    if (dz_word_in(c->t[j].w, maybe))
        return DZ_MOD_HYPOTHETICAL;
    if (dz_word_in(c->t[j].w, plan))
        return DZ_MOD_PLANNED;
    return -1;
}

/* Visits named by a noun with the place after "to" and the visitor after
** "by": "next week's visit to Tokyo by Corporate Affairs Minister Michael
** Howard", "a visit to Washington by Japanese Prime Minister Yasuhiro
** Nakasone", "visits to Saudi Arabia by British officials" (04 by the
** visitor on the state visited). The place is a state or a person; the
** visitor the first party named within six words after "by" (the person
** after a title when a state names his office). Asserted, dated by a time
** between the noun and the visitor or right before the noun ("next week's
** visit"), else like the sentence; planned when that is after the story's
** day. Appends from index from on unless the
** sentence has the pair; -1 on no memory. */
static int visits_by(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip + 1; i + 4 < c->n; i++) {
        int place, j, by = -1, actor = -1, last, t0 = tx, y;
        dz_action *x;
        if (c->t[i + 1].kind != K_TO || (place = c->t[i + 2].mention) < 0 ||
            c->t[i].mention >= 0 || !visit_noun(c->t[i].w) || !party(c, place) ||
            (c->a->mentions[place].type != DZ_ENT_COUNTRY &&
             c->a->mentions[place].type != DZ_ENT_PERSON))
            continue;
        for (j = i + 2; j + 1 < c->n && c->t[j + 1].mention == place; j++)
            ;
        /* a time may stand before "by": "trip to Tokyo next week by" */
        for (j++; j < c->n && j <= i + 8; j++) {
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex])) {
                t0 = c->t[j].timex;
                continue;
            }
            if (!strcmp(c->t[j].w, "by"))
                by = j;
            break;
        }
        if (by < 0)
            continue;
        for (j = i - 1; j >= c->skip && j >= i - 3 && t0 == tx; j--)
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;     /* "next week's visit to Tokyo by" */
        for (j = by + 1; j < c->n && j <= by + 6 && actor < 0; j++) {
            if (is_boundary_punct(c, j) || is_punct(c, j, ',') || c->t[j].kind == K_REL ||
                (c->t[j].is_verb && c->t[j].mention < 0))
                break;
            if (party(c, c->t[j].mention))
                actor = c->t[j].mention;
        }
        if (actor < 0)
            continue;
        last = mention_run_end(c, j - 1, actor);
        if (c->a->mentions[actor].type != DZ_ENT_PERSON &&
            (y = titled_person(c, last + 1, c->n)) >= 0) {
            actor = c->t[y].mention;     /* "by Japanese Prime Minister ..." */
            last = mention_run_end(c, y, actor);
        }
        if (same_entity(c->a, actor, place) || have_action(c->a, from, actor, 4, place) ||
            have_action(c->a, from, place, 4, actor))
            continue;
        if (!(x = action_new(c, si, actor, place, "visit", 4, DZ_MOD_ASSERTED)))
            return -1;
        date_nominal(c, x, t0);
        if ((y = judged_prospect(c, last)) >= 0)
            x->modality = (dz_modality)y;   /* "a visit to Moscow by Shultz
                                            ** was under consideration" */
        x->ev_start = c->a->tokens[c->s->tok_first + i].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* ---- recall: acts named by a noun with their agent or parties after it -----*/

/* Is w a noun of a collective protest whose agent may follow "by" (a
** strike, walkout, stoppage, demonstration, protest, rebellion, riot)? */
static int protest_noun(const char *w)
{
    static const char *const nouns[] = {
        "strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages",
        "demonstration", "demonstrations", "protest", "protests", "rebellion",
        "revolt", "uprising", "riot", "riots", "sit-in", NULL
    };
    return dz_word_in(w, nouns);
}

/* Does a word of threat, prospect or prevention stand among the three
** words before token i ("the threat of a strike by", "a threatened strike
** by", "to avert a strike by", "will authorize a strike by")? Such a
** strike has not happened. */
static int unrealised_before(const ctx *c, int i)
{
    static const char *const w[] = {
        "threat", "threats", "threatened", "threatening", "possible",
        "potential", "planned", "proposed", "avert", "averted", "avoid",
        "avoided", "prevent", "prevented", "authorize", "authorise",
        "call", "called", "calling", "ban", "banned", "illegal", NULL
    };
    int j, k;
    for (j = i - 1; j >= c->skip && j >= i - 4; j--)
        for (k = 0; w[k]; k++)
            if (!strcmp(c->t[j].w, w[k]))
                return 1;
    return 0;
}

/* The first token of the noun phrase that token i heads: back over a
** determiner, numbers and modifiers, a time or a name before "'s" ("Last
** week's four-day walkout", "a national strike"), at most five tokens. */
static int noun_phrase_start(const ctx *c, int i)
{
    int b = i;
    while (b - 1 >= c->skip && i - (b - 1) <= 5) {
        const tinfo *t = &c->t[b - 1];
        if (is_poss(c, b - 1) || t->timex >= 0 ||
            (t->mention < 0 && t->w[0] && t->verb < 0 &&
             (t->kind == K_NONE || t->kind == K_DET || t->kind == K_QUANT)))
            b--;
        else
            break;
        if (c->t[b].kind == K_DET)
            break;
    }
    return b;
}

/* Protests named by a noun with their agent after "by": "The strike by
** 40,000 seamen comes as ...", "The walkout by Brazil's 40,000 seamen has
** idled 160 ships", "a rebellion by army officers objecting to ..." (14,
** no target). The agent is the first group or organisation named within
** five words after "by", past numbers, modifiers and a name before "'s";
** no state or person (a "strike by Iraqi warplanes" is force). A strike
** threatened, possible, averted or called is left out. Dated only by a
** time of its own (in its phrase or within four words after the agent):
** a strike named with no time is one the story recalls. Appends unless
** the sentence has a protest by the agent already; -1 on no memory. */
static int protests_by(ctx *c, int si, int from)
{
    int i;
    for (i = c->skip; i + 2 < c->n; i++) {
        int j, actor = -1, last = -1, first, k, t0 = -1;
        dz_action *x;
        const char *nw = c->t[i + 1].w;
        if (nw[0] != 'b' || nw[1] != 'y' || nw[2])
            continue;   /* the cheap test first: "by" after it */
        if (!protest_noun(c->t[i].w) || c->t[i].mention >= 0 || c->t[i].is_verb ||
            unrealised_before(c, i))
            continue;
        for (j = i + 2; j < c->n && j <= i + 6 && actor < 0; j++) {
            const tinfo *t = &c->t[j];
            if (t->mention >= 0) {
                int m = t->mention;
                last = mention_run_end(c, j, m);
                if (is_poss(c, last + 1)) {
                    j = last + 1;   /* "by Brazil's 40,000 seamen" */
                    continue;
                }
                actor = m;
                break;
            }
            if (is_boundary_punct(c, j) || is_punct(c, j, ',') || t->kind == K_REL ||
                t->kind == K_SUB || t->kind == K_CONJ || t->kind == K_PREP ||
                (t->is_verb && t->mention < 0) || (!t->w[0] && !is_number(c, j)))
                break;
        }
        if (actor < 0 || c->blocked[actor] ||
            !(c->isgroup[actor] || c->a->mentions[actor].type == DZ_ENT_ORGANIZATION))
            continue;
        for (k = from; k < c->a->nactions; k++)
            if (c->a->actions[k].category == 14 && c->a->actions[k].actor >= 0 &&
                same_entity(c->a, c->a->actions[k].actor, actor))
                break;
        if (k < c->a->nactions)
            continue;
        first = noun_phrase_start(c, i);
        for (j = first; j < i && t0 < 0; j++)
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;     /* "Last week's walkout by" */
        for (j = last + 1; t0 < 0 && j < c->n && j <= last + 4; j++) {
            if (is_boundary_punct(c, j) || c->t[j].kind == K_REL || is_aux_word(c, j) ||
                c->t[j].kind == K_MODAL || (c->t[j].is_verb && c->t[j].form != F_ED))
                break;      /* "strike was ruled illegal last Friday": the
                            ** ruling's time */
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;     /* "a strike by bankworkers launched
                                        ** yesterday" */
        }
        if (!(x = action_new(c, si, actor, -1, "strike", 14, DZ_MOD_ASSERTED)))
            return -1;
        if (!strncmp(c->t[i].w, "demonstration", 13) || !strncmp(c->t[i].w, "protest", 7) ||
            !strcmp(c->t[i].w, "sit-in"))
            x->verb = "protest";
        else if (!strncmp(c->t[i].w, "riot", 4) || !strcmp(c->t[i].w, "rebellion") ||
                 !strcmp(c->t[i].w, "revolt") || !strcmp(c->t[i].w, "uprising"))
            x->verb = "rebel";
        if (t0 >= 0)
            date_nominal(c, x, t0);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* Is token j a word that names a month but is no time expression read
** ("an April-5-6 summit meeting")? An act dated by it cannot be dated. */
static int unread_date(const ctx *c, int j)
{
    static const char *const months[] = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec", NULL
    };
    const char *w = c->t[j].w;
    int k;
    if (c->t[j].timex >= 0 || !(c->a->tokens[c->s->tok_first + j].flags & DZ_TOK_CAP) ||
        strlen(w) < 5 || !strchr(w, '-'))
        return 0;
    for (k = 0; months[k]; k++)
        if (!strncmp(w, months[k], 3))
            return 1;
    return 0;
}

/* Is token j one that may stand between a meeting noun and "between"
** ("Talks are underway between", "Talks due today between", "talks in
** Washington this week between", "negotiations currently held between")?
** *plan is set to 1 for a word of schedule ("due", "set", "scheduled"),
** to 2 for "had". */
static int meeting_gap(const ctx *c, int j, int *plan)
{
    static const char *const w[] = {
        "here", "there", "now", "currently", "still", "also", "already",
        "held", "being", "been", "be", "have", "has", "had", "are", "is",
        "were", "was", "under", "way", "underway", "on", "taking", "took",
        "place", "occurred", "going", "in", "at", "for", "later", NULL
    };
    static const char *const sched[] = { "due", "set", "scheduled", "planned", NULL };
    const tinfo *t = &c->t[j];
    int k;
    if (t->timex >= 0)
        return 1;
    if (!strcmp(t->w, "had"))
        return *plan = 2;   /* "talks had been held in recent weeks
                            ** between": a past before the story's */
    if (t->mention >= 0)    /* "talks in Washington this week between" */
        return c->a->mentions[t->mention].type == DZ_ENT_PLACE && j > 0 &&
               (!strcmp(c->t[j - 1].w, "in") || c->t[j - 1].mention == t->mention);
    for (k = 0; sched[k]; k++)
        if (!strcmp(t->w, sched[k]))
            return *plan = 1;
    return dz_word_in(t->w, w);
}

/* Meetings named by a noun whose parties follow "between" a few words
** later: "Talks are underway between financially troubled Zaire and the
** International Monetary Fund", "fishing negotiations currently held
** between Ottawa and Paris", "a meeting later today between Brazilian
** Finance Minister Dilson Funaro and ..." (04 between the first party
** before "and" and the first after it). Only words of place, time,
** schedule or "be", "held", "under way" stand between (meeting_gap: at
** most six); right after the noun is nominal_meetings' case. Dated by a
** time in the gap or within four words after the second party, else like
** the sentence; planned with a word of schedule or a date after the
** story's. Appends unless the sentence has the pair; -1 on no memory. */
static int meetings_between(ctx *c, int si, int tx, int from)
{
    int i;
    for (i = c->skip; i + 4 < c->n; i++) {
        int j, k, bw = -1, plan = 0, actor = -1, target = -1, last, t0 = -1, first;
        dz_action *x;
        if (c->t[i].mention >= 0 || !(c->t[i].classes & c->vl->meeting) ||
            meeting_noun(c->vl, c->t[i].w) < 0 || !strcmp(c->t[i + 1].w, "between") ||
            prospect(c, i))
            continue;
        for (j = i + 1; j < c->n && j <= i + 7; j++) {
            if (!strcmp(c->t[j].w, "between")) {
                bw = j;
                break;
            }
            if (!meeting_gap(c, j, &plan) || unread_date(c, j))
                break;
            if (t0 < 0 && c->t[j].timex >= 0 &&
                usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;
        }
        if (bw < 0)
            continue;
        for (j = bw + 1; j < c->n && j < bw + 9; j++) {
            if (c->t[j].kind == K_CONJ || is_boundary_punct(c, j) || is_punct(c, j, ','))
                break;
            if (party(c, c->t[j].mention))
                actor = c->t[j].mention;
        }
        if (actor < 0 || j >= c->n || strcmp(c->t[j].w, "and"))
            continue;
        for (last = j, j++; j < c->n && j < bw + 13 && target < 0; j++) {
            if (is_boundary_punct(c, j) || is_punct(c, j, ','))
                break;
            if (party(c, c->t[j].mention)) {
                int m = c->t[j].mention;
                while (j + 1 < c->n && c->t[j + 1].mention == m)
                    j++;
                if (!is_poss(c, j + 1))
                    target = m;     /* not "Brazil's" of "Brazil's bank
                                    ** advisory committee" */
            }
            last = j;
        }
        if (target < 0 || same_entity(c->a, actor, target) ||
            have_action(c->a, from, actor, 4, target) || have_action(c->a, from, target, 4, actor))
            continue;
        last = mention_run_end(c, last, target);
        if (c->a->mentions[target].type != DZ_ENT_PERSON) {
            /* "and his West German counterpart Gerhard Stoltenberg" */
            int y = titled_person(c, last + 1, c->n);
            if (y >= 0 && !same_entity(c->a, actor, c->t[y].mention)) {
                target = c->t[y].mention;
                last = mention_run_end(c, y, target);
            } else if (y < 0 && c->a->mentions[target].type == DZ_ENT_COUNTRY &&
                       last + 1 < c->n && c->t[last + 1].kind == K_NONE &&
                       c->t[last + 1].verb < 0 &&
                       c->t[last + 1].w[0] && c->t[last + 1].mention < 0 &&
                       c->t[last + 1].timex < 0) {
                continue;   /* "and Soviet metal trading company
                            ** Tsvetmetpromexport": a body of the state we
                            ** do not know, not the state */
            }
        }
        /* the phrase as a subject: "Negotiations scheduled between ...
        ** will start on Wednesday" takes its predicate's time */
        for (k = 0; k < c->np && t0 < 0; k++)
            if (c->p[k].subj_start >= 0 && c->p[k].subj_start <= i && last < c->p[k].g)
                for (j = c->p[k].v + 1; j < c->p[k].end && t0 < 0; j++)
                    if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                        t0 = c->t[j].timex;
        for (j = last + 1; t0 < 0 && j < c->n && j <= last + 4; j++)
            if (c->t[j].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
                t0 = c->t[j].timex;
        first = noun_phrase_start(c, i);
        for (j = first; j < i; j++)
            if (unread_date(c, j))
                break;
        if (j < i)
            continue;       /* "an April-5-6 summit meeting": a day we
                            ** cannot read */
        if (!(x = action_new(c, si, actor, target, c->vl->verbs[meeting_noun(c->vl, c->t[i].w)].lemma,
                             4, plan == 1 ? DZ_MOD_PLANNED : DZ_MOD_ASSERTED)))
            return -1;
        if (t0 >= 0 || plan != 2)
            date_nominal(c, x, t0 >= 0 ? t0 : tx);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* Is p's chain in the present tense: "are demanding", "is seeking",
** "opposes" (not "has accused", "will meet")? */
static int present_tense(const ctx *c, const pred *p)
{
    const char *w = c->t[p->g].w;
    if (!strcmp(w, "is") || !strcmp(w, "are") || !strcmp(w, "am"))
        return p->v > p->g && c->t[p->v].form == F_ING;
    return p->g == p->v && c->t[p->v].form == F_S;
}

/* Is p's object a meeting noun, right after its verb or past up to three
** modifiers ("the U.S. And Japan will hold detailed discussions", "held
** talks")? Those who hold it together meet each other. */
static int meeting_object(const ctx *c, const pred *p)
{
    int i;
    for (i = p->v + 1; i < c->n && i <= p->v + 4; i++) {
        if (c->t[i].classes & c->vl->meeting)
            return c->t[i].mention < 0;
        if (c->t[i].mention >= 0 || c->t[i].kind == K_PREP || is_punct(c, i, ',') ||
            is_boundary_punct(c, i) || c->t[i].is_verb)
            return 0;
    }
    return 0;
}

/* ---- recall: an agreement to meet ----------------------------------------*/

/* Is p, coded as a meeting (04), the infinitive of "agree" in the past or
** present perfect, neither negated nor possible ("Prime Minister Brian
** Mulroney has agreed to meet African National Congress president Oliver
** Tambo", "agreed to hold talks")? The meeting is still to come; the act
** done is the agreement, an intent to meet (CAMEO 036, root 03), made
** now, on the story's day: a time after the verb ("at 1000 EST
** Thursday", "in late April") is the meeting's, not the agreement's. Not
** "will agree to meet" nor "did not agree to meet". */
static int agrees_to_meet(const ctx *c, const pred *p)
{
    int a = p->ctl;
    if (a < 0 || c->t[a].verb < 0 || strcmp(c->vl->verbs[c->t[a].verb].lemma, "agree") ||
        !(c->t[a].form == F_ED || c->t[a].form == F_IRR))
        return 0;
    return p->modality == DZ_MOD_PLANNED && !p->would && !p->maybe;
}

/* Does p announce force or coercion its actor stands ready for, not yet
** done: "was poised to impose swingeing tariffs on European Community
** food imports", "is ready to impose sanctions", "vowed to retaliate"?
** Such an intent is a threat (CAMEO 13), made now. p's chain is one of
** intent ("ready", "willing", "prepared to", "vowed"; not a pledge or a
** promise, which commits) or its control verb is "poised"; root is the
** act's own root. */
static int intent_to_coerce(const ctx *c, const pred *p, int root)
{
    if (root < 14 || root > 20 || root == 14)
        return 0;
    if (p->ctl >= 0 && c->t[p->ctl].verb >= 0 &&
        (!strcmp(c->vl->verbs[c->t[p->ctl].verb].lemma, "pledge") ||
         !strcmp(c->vl->verbs[c->t[p->ctl].verb].lemma, "promise")))
        return 0;   /* "Qatar has pledged to expel exiled leaders": a
                    ** commitment given, no threat */
    if (p->intent)
        return 1;
    return p->ctl >= 0 && c->t[p->ctl].verb >= 0 &&
           !strcmp(c->vl->verbs[c->t[p->ctl].verb].lemma, "poise");
}

/* What a reduced passive is done to: the name right before its
** participle ("Canada, strongly supported by Australia"), or none when a
** common noun stands there ("support for the idea, first proposed by
** French Agriculture Minister Francois Guillaume": not Chirac, who
** canvasses support). */
static int reduced_subject(const ctx *c, const pred *p)
{
    int i = p->g - 1;
    while (i >= 0 && is_adverb(c, i))
        i--;
    if (i >= 0 && is_punct(c, i, ','))
        i--;
    return i >= 0 ? c->t[i].mention : -1;
}

/* The agent of a passive named from token x on, after "by": a person
** titled after a state or body is the one who acted ("proposed by French
** Agriculture Minister Francois Guillaume"), else the mention at x. */
static int by_agent(const ctx *c, const pred *p, int x)
{
    int m = c->t[x].mention, y;
    if (c->a->mentions[m].type == DZ_ENT_PERSON)
        return m;
    while (x < p->end && c->t[x].mention == m)
        x++;
    y = titled_person(c, x, p->end);
    return y >= 0 ? c->t[y].mention : m;
}

/* ---- recall: "the two countries" are the two named before -----------------*/

/* When predicate k has no actor and its whole subject is "the two
** countries" (or "sides", "governments", "nations"; or "both countries"),
** its actors are the two latest distinct states named before the
** sentence from window_start on ("Britain and the United States ... The
** two countries urged others to follow suit"); "the two sides" may also
** be bodies, persons or groups ("Brazil and its creditor banks ... the two
** sides"). Nothing when fewer than two are named there. */
static void two_sides(ctx *c, int k)
{
    pred *p = &c->p[k];
    int b = p->subj_start, h, m, first, got[2], n = 0, sides;
    const char *w;
    if (p->nactors > 0 || p->shared || p->rel || b < 0 || b >= p->g)
        return;
    if (!strcmp(c->t[b].w, "the") && b + 2 < c->n && !strcmp(c->t[b + 1].w, "two"))
        h = b + 2;
    else if (!strcmp(c->t[b].w, "both") && b + 1 < c->n)
        h = b + 1;
    else
        return;
    w = c->t[h].w;
    sides = !strcmp(w, "sides");
    if (sides && h == b + 1)
        return;     /* "both sides" are mostly those of a conflict named
                    ** long before ("both sides agreed to preserve the
                    ** status quo in the Aegean") */
    if (!(sides || !strcmp(w, "countries") || !strcmp(w, "governments") ||
          !strcmp(w, "nations")))
        return;
    for (m = h + 1; m < p->g; m++)
        if (!is_adverb(c, m) && !is_aux_word(c, m) && c->t[m].kind != K_NEG)
            return;     /* "the two countries' trade": no subject of its own */
    first = window_start(c);
    for (m = c->mention_from - 1; m >= 0 && n < 2; m--) {
        const dz_mention *x = &c->a->mentions[m];
        if (x->sentence < first)
            break;
        if (c->blocked[m] || (!sides && (x->type != DZ_ENT_COUNTRY || c->isgroup[m])) ||
            (sides && !(party(c, m) || c->isgroup[m])))
            continue;
        if (n == 1 && same_entity(c->a, got[0], m))
            continue;
        got[n++] = m;
    }
    if (n < 2)
        return;
    add_actor(p, got[1]);
    add_actor(p, got[0]);
}

/* Where a time may stand to date a saying p: within four words of its
** verb, not counting a pronoun object and the one addressed ("would
** announce it to Parliament on Monday"); further on, a time is part of
** what is said. */
static int speech_time_limit(const ctx *c, const pred *p)
{
    int lim = p->v + 4, j = p->v + 1;
    if (j + 1 < c->n && c->t[j].kind == K_PRON && !strcmp(c->t[j + 1].w, "to"))
        j++;        /* "it to Parliament", not "said it extended to" */
    if (j + 1 < c->n && !strcmp(c->t[j].w, "to") && c->t[j + 1].mention >= 0) {
        int m = c->t[j + 1].mention, x = j + 1;
        while (x < c->n && c->t[x].mention == m)
            x++;
        lim += x - p->v - 1;
    }
    return lim;
}

/* Steps 3-5 for the sentence: resolve and append its actions. */
/* ---- what is said is no purpose ---------------------------------------------*/

/* Is the "to" at token i no hostile purpose of p? Not after a verb of
** saying: what follows it is what was said ("Funaro said that during his
** trip ... to explain Brazil's decision last month to suspend interest
** payments, he stressed", "Fitzwater said the decision to impose
** sanctions was well considered"), whose acts are coded apart, unless it
** is the speaker's plan the saying announces; nor before a time ("sales
** rose in the March 20 to March 31 period": "March" is no march). */
static int said_not_meant(const ctx *c, const pred *p, int i)
{
    if (i + 1 < c->n && c->t[i + 1].timex >= 0)
        return 1;
    if (!(c->vl->verbs[p->verb].flags & V_SPEECH))
        return 0;
    /* "announced plans to impose tariffs", "announced its intention to
    ** withdraw": the speaker's own plan, its object, is announced; a
    ** threat when it coerces (the caller makes it 13) */
    return !(i - 1 > p->v && i - 1 <= p->v + 3 &&
             (!strcmp(c->t[i - 1].w, "plans") || !strcmp(c->t[i - 1].w, "plan") ||
              !strcmp(c->t[i - 1].w, "intention") || !strcmp(c->t[i - 1].w, "readiness")));
}

/* ---- what is wished is not done ------------------------------------------*/

/* Is predicate k inside a clause that "it is important that", "it is
** essential that" open ("It is extremely important that the U.S. Market
** reduce its restrictions ... and businessmen from both sides help to
** expand Chinese exports")? Such a clause says what someone wants done,
** not what was done; the one who wants it is coded by his own verb. The
** clause runs from "that" to a semicolon, a quotation mark or the
** sentence's end, unless a verb of saying comes between; a saying itself
** is never wished. */
static int wished_clause(const ctx *c, int k)
{
    static const char *const wish[] = { "important", "essential", "necessary",
        "vital", "imperative", "crucial", "urgent", "desirable" };
    int i, q;
    if (c->vl->verbs[c->p[k].verb].flags & V_SPEECH)
        return 0;
    for (i = c->p[k].g - 1; i > 0; i--) {
        size_t w;
        if (is_punct(c, i, ';') || is_quote(c, i))
            return 0;
        if (strcmp(c->t[i].w, "that"))
            continue;
        for (w = 0; w < sizeof wish / sizeof wish[0]; w++)
            if (!strcmp(c->t[i - 1].w, wish[w]))
                break;
        if (w == sizeof wish / sizeof wish[0])
            return 0;
        for (q = 0; q < k; q++)
            if (c->p[q].v > i && (c->vl->verbs[c->p[q].verb].flags & V_SPEECH))
                return 0;
        return 1;
    }
    return 0;
}

/* ---- an act dated by the noun its clause describes -------------------------*/

/* When p is a past act told in a relative clause after a preposition
** ("the December accord, under which OPEC agreed to lower its ceiling"),
** the time of the noun it describes, if that noun phrase has one: the
** accord's month dates what was agreed under it, not the story's day.
** The timex index, else -1. Verbs of saying are left out. */
static int antecedent_time(const ctx *c, const pred *p)
{
    int r = p->subj_start, i;
    if (r <= 2 || r >= c->n || (c->vl->verbs[p->verb].flags & V_SPEECH) ||
        p->modality != DZ_MOD_ASSERTED || p->rel || c->t[r - 1].kind != K_REL ||
        c->t[r - 2].kind != K_PREP ||
        (strcmp(c->t[r - 1].w, "which") && strcmp(c->t[r - 1].w, "whom")) ||
        !(p->form == F_ED || p->form == F_IRR) || p->g != p->v)
        return -1;
    i = r - 3;
    if (i >= 0 && is_punct(c, i, ','))
        i--;
    for (; i >= 0 && i >= r - 10; i--) {
        if (is_boundary_punct(c, i) || is_punct(c, i, ',') || c->t[i].is_verb ||
            c->t[i].kind == K_REL || c->t[i].kind == K_SUB)
            break;
        if (c->t[i].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[i].timex]))
            return c->t[i].timex;
    }
    return -1;
}

/* ---- habits ---------------------------------------------------------------*/

/* Does p's verb chain say how often ("has always sent its representative
** to ICO board meetings", "should always defend human rights", "often
** criticise")? A habit is no act done at a time; none is coded. */
static int habitual(const ctx *c, const pred *p)
{
    int i;
    for (i = p->g; i < p->v; i++)
        if (!strcmp(c->t[i].w, "always") || !strcmp(c->t[i].w, "often") ||
            !strcmp(c->t[i].w, "sometimes") || !strcmp(c->t[i].w, "usually"))
            return 1;
    return 0;
}

/* ---- deals between the parties of politics -----------------------------------*/

/* Is mention m (or -1) a body or group of politics: a legislature, a party
** or its members ("Congress", "Senate Budget Committee", "opposition
** parties", "Liberal Democratic Party")? The last word of its name tells
** ("bank advisory committee", in lower case, is a group of creditors).
** An accord such a side makes ("reached a compromise accord with
** opposition parties over a controversial sales tax plan", "will reach
** agreement with Congress on a budget deficit cut") is a political one
** (05), whatever its matter; an economic accord (06) is between states,
** firms, banks or unions. */
static int political_side(const ctx *c, int m)
{
    static const char *const last[] = { "Party", "party", "parties", "Parties",
        "Congress", "Senate", "House", "Parliament", "Diet", "Democrats",
        "Republicans", "Committee", "Assembly", "Cabinet", "cabinet" };
    const char *name, *w;
    size_t i;
    if (m < 0)
        return 0;
    name = c->a->mentions[m].name;
    w = strrchr(name, ' ');
    w = w ? w + 1 : name;
    for (i = 0; i < sizeof last / sizeof last[0]; i++)
        if (!strcmp(w, last[i]))
            return 1;
    return 0;
}

/* ---- the actor's own body named in his subject -----------------------------*/

/* Is target t named in p's subject span as well, without acting ("World
** Bank president Barber Conable pledged the Bank's support to help
** Indonesia")? The body in the subject is the actor's own: the one he
** speaks for, not the one he acts on. The caller leaves out verbs of
** saying: "Senate Democratic Leader Robert Byrd told the Senate". */
static int named_in_subject(const ctx *c, const pred *p, int t)
{
    int i;
    if (p->subj_start < 0 || p->subj_start >= p->g || p->shared)
        return 0;
    for (i = p->subj_start; i < p->g; i++) {
        int m = c->t[i].mention;
        if (m >= 0 && m != t && !is_actor(c, p, m) && same_entity(c->a, m, t))
            return 1;
    }
    return 0;
}

/* ---- a state's body aims at its own state ---------------------------------*/

/* Is target t the state whose body actor a is ("Finance Ministry (Japan)"
** and Japan)? A ministry acts on its state's banks, firms or people
** ("asked Japanese commercial banks to moderate their dollar sales",
** "allowed Japan's banks to count"), never on the state it serves. */
/* Is mention t a state's adjective before the delegation, mission or team
** that p's verb leads or heads ("will lead the French delegation", "who
** led the Jamaican delegation")? That side is the actor's own. */
static int led_own_side(const ctx *c, const pred *p, int t)
{
    static const char *const sides[] = { "delegation", "mission", "team",
        "contingent", "side" };
    const char *lemma = c->vl->verbs[p->verb].lemma;
    int i, last = -1;
    size_t k;
    if (strcmp(lemma, "lead") && strcmp(lemma, "head"))
        return 0;
    for (i = p->v + 1; i < p->end && i < c->n && i <= p->v + 4; i++)
        if (c->t[i].mention == t)
            last = i;
    if (last < 0 || last + 1 >= c->n || c->a->mentions[t].form != DZ_FORM_ADJ)
        return 0;
    for (k = 0; k < sizeof sides / sizeof sides[0]; k++)
        if (!strcmp(c->t[last + 1].w, sides[k]))
            return 1;
    return 0;
}

static int own_state_target(const ctx *c, int a, int t)
{
    const char *an = c->a->mentions[a].name, *tn = c->a->mentions[t].name;
    size_t la = strlen(an), lt = strlen(tn);
    return c->a->mentions[a].type == DZ_ENT_ORGANIZATION &&
           c->a->mentions[t].type == DZ_ENT_COUNTRY && la > lt + 3 &&
           an[la - 1] == ')' && an[la - lt - 2] == '(' &&
           !strncmp(an + la - lt - 1, tn, lt);
}

/* Does p's subject follow a preposition and a relative pronoun ("rules
** by which they provide credit", "the terms under which banks lend")? */
static int prep_relative(const ctx *c, const pred *p)
{
    int b = p->subj_start;
    return b >= 2 && b < p->g && c->t[b - 1].kind == K_REL && c->t[b - 2].kind == K_PREP;
}

/* Is p's verb chain the present perfect, "have" or "has" and a
** participle, an adverb at most between ("that have made loans to
** Brazil", "who have traditionally opposed U.S. funding")? In a relative
** clause with no time of its own it tells what its noun has done, no act
** of a day; not so when it was done lately ("has just", "has recently"). */
static int perfect_chain(const ctx *c, const pred *p)
{
    if (c->t[p->v].form != F_ED && c->t[p->v].form != F_IRR)
        return 0;
    if (p->v - p->g < 1 || p->v - p->g > 2)
        return 0;
    if (p->v - p->g == 2 && (!strcmp(c->t[p->g + 1].w, "recently") ||
                             !strcmp(c->t[p->g + 1].w, "just")))
        return 0;   /* "which has just held talks": lately done */
    if (p->g > 0 && !strcmp(c->t[p->g - 1].w, "recently"))
        return 0;   /* "which recently has held preliminary talks" */
    return !strcmp(c->t[p->g].w, "have") || !strcmp(c->t[p->g].w, "has");
}

/* Is p a relative clause in the simple present ("the U.S. Indian Ocean
** Battle Group which patrols a vast area", "a company that supplies
** Brazil", "the multinational development banks which make loans to help
** other countries")? It tells what its noun is or does as a rule, no act
** done at a time; with a time of its own it is one to come ("who arrives
** today for a four-day official visit", "which meets Tuesday, April 7"). */
static int describing_clause(const ctx *c, const pred *p)
{
    int i, simple = (p->form == F_S || p->form == F_BASE) && p->g == p->v;
    if (!p->rel && !(simple && prep_relative(c, p)))
        return 0;
    if (!simple && !perfect_chain(c, p))
        return 0;
    for (i = p->v + 1; i < p->end && i < c->n; i++)
        if (c->t[i].timex >= 0)
            return 0;
    return 1;
}

/* ---- a speaker's forecast of another's words ------------------------------*/

/* Is p (the k-th predicate), a statement (root 1) planned or guessed,
** inside what another speaker says: "Wright ... said the House vote
** expected later today will tell the White House its contra program is in
** trouble", "the Senate will try to address 0/92 for a one year period,
** Dole added"? The words are the speaker's forecast of what a body will
** say, no statement anyone made; the speaker's own saying is coded
** already. The speaker is the subject of the nearest verb of saying
** before p (shared subjects resolved: "conceded ... but said"), else of
** the one that attributes the sentence at its end. */
static int speaks_for(const ctx *c, const pred *s, int m);
static int person_state(const ctx *c, int pm);

static int forecast_statement(const ctx *c, int k, int root, int mod)
{
    const pred *p = &c->p[k];
    int q, who = -1;
    if (root != 1 || (mod != DZ_MOD_PLANNED && mod != DZ_MOD_HYPOTHETICAL) ||
        p->nactors == 0)
        return 0;
    for (q = k - 1; q >= 0 && who < 0; q--) {
        const pred *s = &c->p[q];
        if ((c->vl->verbs[s->verb].flags & V_SPEECH) && !s->rel && s->nactors > 0)
            who = q;
    }
    q = c->np - 1;
    if (who < 0 && q > k && (c->vl->verbs[c->p[q].verb].flags & V_SPEECH) &&
        !c->p[q].rel && c->p[q].nactors > 0 && c->p[q].subj_start > p->v &&
        is_punct(c, c->p[q].subj_start - 1, ','))
        who = q;            /* "..., Dole added" */
    return who >= 0 && !is_actor(c, &c->p[who], p->actors[0]) &&
           !speaks_for(c, &c->p[who], p->actors[0]);
}

/* Does the speaker of s belong to the side of mention m, so that what he
** says m will say is m's own plan: a body of m's state ("South Africa will
** disclose later today new arrangements ..., the Finance Ministry said"),
** one whose title names m ("Damon Corp's Damon Clinical Laboratories
** expects to report ..., Damon president Joe Isola said"), an official of
** m's state? */
static int speaks_for(const ctx *c, const pred *s, int m)
{
    const char *name = c->a->mentions[m].name;
    const char *sp = c->a->mentions[s->actors[0]].name;
    size_t n = strcspn(name, " ");
    int i, st;
    if (strstr(sp, name))
        return 1;
    for (i = s->subj_start >= 0 ? s->subj_start : s->g; i < s->g; i++) {
        const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
        if ((size_t)(tk->end - tk->start) == n &&
            !strncmp(c->a->text + tk->start, name, n))
            return 1;
    }
    st = c->a->mentions[s->actors[0]].type == DZ_ENT_PERSON ? person_state(c, s->actors[0]) : -1;
    return st >= 0 && same_entity(c->a, st, m);
}

/* ---- recall: the state whose measure is criticised ----------------------*/

/* For a criticism or a rejection with no target (none in the clause,
** none from the story's pair of states), the state or body named
** as a modifier inside the object's first noun phrase: "blamed the U.S.
** budget deficit", "attacked the EC farm policy", "rejected the U.S.
** proposal" are aimed at the United States and the EC. Only a state or a
** named body, not the actor, and only before a preposition, a comma or
** a verb (a name after "in" in "criticised the rise in U.S. interest
** rates" is the clause's own business); -1 if none. */
static int owner_of_object(const ctx *c, const pred *p)
{
    int i, x, m;
    for (i = p->v + 1; i < p->end && i < p->v + 6; i++) {
        const tinfo *t = &c->t[i];
        if (t->kind == K_PREP || t->kind == K_REL || t->kind == K_SUB || t->kind == K_TO ||
            t->kind == K_CONJ || is_boundary_punct(c, i) || is_punct(c, i, ',') ||
            is_quote(c, i) || (t->is_verb && t->mention < 0))
            return -1;
        if ((m = t->mention) < 0)
            continue;
        for (x = i; x < c->n && c->t[x].mention == m; x++)
            ;
        if ((c->a->mentions[m].type != DZ_ENT_COUNTRY &&
             c->a->mentions[m].type != DZ_ENT_ORGANIZATION) ||
            c->isgroup[m] || is_actor(c, p, m) || !attributive(c, i, x))
            return -1;
        return m;
    }
    return -1;
}

/* ---- the object of a passive ----------------------------------------------*/

/* What passive p's act is done to, its subject up to the verb group or a
** comma ("The sale has been opposed by ..." -> "the sale", "the U.S. was
** supported by the U.K." -> "the U.S."), in the analysis' arena; NULL
** when the subject is a relative pronoun or none. What follows the verb
** ("by the U.K.") names the agent, not the object. */
static const char *passive_object(ctx *c, const pred *p)
{
    int b = p->subj_start, x;
    const dz_token *tb, *te;
    if (b < 0 || b >= p->g || c->t[b].kind == K_REL || c->t[b].kind == K_PRON)
        return NULL;
    for (x = b; x < p->g && x < b + 12; x++)
        if (is_punct(c, x, ',') || is_boundary_punct(c, x) || is_aux_word(c, x) ||
            is_adverb(c, x))
            break;
    if (x <= b)
        return NULL;
    tb = &c->a->tokens[c->s->tok_first + b];
    te = &c->a->tokens[c->s->tok_first + x - 1];
    return dz_arena_strndup(&c->a->arena, c->a->text + tb->start,
                            (size_t)(te->end - tb->start));
}

/* ---- recall: agents of a passive ------------------------------------------*/

/* The passive p's agent is the mention at token x ("rejected by Britain");
** the names coordinated with it ("by Britain and West Germany", "by
** Paris, Bonn and Washington") act too: each is added to p's actors. A
** name after "of" or a possessive is part of the first agent's phrase,
** and a list stops at anything but commas, "and" and names. */
/* Does the agent phrase of passive p, whose "by" is at token by - 1,
** follow its verb closely ("was opposed by the U.S. Commerce
** Department", "was rejected today by Japan") and name the agent itself,
** not a word that describes a noun ("required by U.S. Banking
** regulations", the wire's capital after "U.S." included)? For a passive whose subject is no name, the only
** actor it has; "an underwriting group led by", "offered ... through a
** syndicate managed by" name the agent of another verb. */
static int close_agent(const ctx *c, const pred *p, int by)
{
    int i, m, x;
    if (by - 1 > p->v + 3)
        return 0;
    for (i = p->v + 1; i < by - 1; i++)
        if (!is_adverb(c, i) && c->t[i].timex < 0)
            return 0;
    for (x = by; x < p->end && x < by + 3 && c->t[x].mention < 0; x++)
        if (c->t[x].kind != K_DET)
            return 0;
    if (x >= p->end || (m = c->t[x].mention) < 0)
        return 0;
    while (x < c->n && c->t[x].mention == m)
        x++;
    return !(x < c->n && c->t[x].w[0] && c->t[x].kind == K_NONE && c->t[x].mention < 0 &&
             c->t[x].timex < 0 && !c->t[x].is_verb && !is_poss(c, x));
}

static int firm_entity(const dz_analysis *a, int m);

/* Is the act of passive p, whose subject is no name, a firm's trade: an
** offer, a supply or a financing by a company ("The three mln dlr
** financing package was provided by Sanwa Business Credit Corp", "All
** the shares are being offered by National Heritage", "telexes were
** sent by National Westminster Bank Plc")? Business, no act between
** parties. */
static int firms_trade(const ctx *c, const pred *p, int root)
{
    return (root == 3 || root == 6 || root == 7) && p->nactors > 0 &&
           firm_entity(c->a, p->actors[0]);
}

static void more_agents(ctx *c, pred *p, int x)
{
    int m = c->t[x].mention, more[7], n, k;
    while (x < p->end && c->t[x].mention == m)
        x++;
    if (x >= p->end || is_poss(c, x) || !(is_punct(c, x, ',') || c->t[x].kind == K_CONJ))
        return;
    n = more_targets(c, p, x, p->end, more, 7);
    for (k = 0; k < n && p->nactors < 8; k++)
        if (more[k] != p->actors[0])
            p->actors[p->nactors++] = more[k];
}

/* ---- what an agreement says ----------------------------------------------*/

/* Is p a past act told as the terms of an agreement its sentence opens
** with, one named by a proper name ("Under the Paris accords, the United
** States, Britain, France, West Germany, and Japan agreed to stabilize
** exchange rates"; not "Under the agreement, Shell agreed to pay", the
** terms of the day's news)? The named agreement was made before; told
** again, it has no date of its own here
** (an introduction with a time or a verb of its own is left to the
** others). The introduction runs to its first comma, at most a dozen
** words. */
static int under_agreement(const ctx *c, const pred *p)
{
    static const char *const deals[] = { "accord", "accords", "agreement",
        "agreements", "pact", "deal", "treaty", "arrangement", "terms", NULL };
    int i, deal = 0, named = 0;
    if (c->skip >= c->n || strcmp(c->t[c->skip].w, "under") ||
        (p->form != F_ED && p->form != F_IRR) || p->rel ||
        (c->vl->verbs[p->verb].flags & V_SPEECH))
        return 0;   /* "Under the agreement, Genova said": said today */
    for (i = c->skip + 1; i < c->n && i < c->skip + 12 && !is_punct(c, i, ','); i++) {
        if (c->t[i].timex >= 0 || c->t[i].is_verb)
            return 0;
        if (!deal && (c->a->tokens[c->s->tok_first + i].flags & DZ_TOK_CAP))
            named = 1;      /* "the Paris accords", not "the agreement" */
        deal |= dz_word_in(c->t[i].w, deals);
    }
    return deal && named && i < c->n && is_punct(c, i, ',') && p->subj_start > i;
}

/* ---- a "when" clause dated by the clause it hangs on ----------------------*/

/* The time of the clause a past act p told in a "when" clause hangs on
** ("Denis Baudouin, on Monday sparked speculation of a reflation ...
** when he said ministers were agreed"): the nearest time before "when"
** in the sentence, not one a noun owns ("Brazil's decision last month"),
** a period bounds or a stretch ends; none past a semicolon, a quote, a
** relative pronoun or a verb of saying. The timex index, or -1. */
static int when_clause_time(const ctx *c, const pred *p)
{
    int w = (p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g) - 1, i;
    if (w <= c->skip || strcmp(c->t[w].w, "when") ||
        (p->form != F_ED && p->form != F_IRR))
        return -1;
    for (i = w - 1; i >= c->skip; i--) {
        if (is_punct(c, i, ';') || is_quote(c, i) || c->t[i].kind == K_REL ||
            (c->t[i].is_verb && c->t[i].verb >= 0 && c->t[i].mention < 0 &&
             (c->vl->verbs[c->t[i].verb].flags & V_SPEECH)))
            return -1;  /* "Funaro, who suspended interest payments ... two
                        ** months ago, said creditors had to trust him when
                        ** he said": not past a saying or a relative */
        if (c->t[i].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[i].timex]) &&
            !bounds_noun(c, i) && !span_end(c, i) && !act_noun_time(c, i) &&
            !is_poss(c, i + 1))
            return c->t[i].timex;
    }
    return -1;
}

/* ---- a guess in a future in the past ----------------------------------------*/

/* Does p's verb chain hold an adverb of likelihood ("officials said ...
** the two sides would probably meet the week after", "said it would
** likely")? Then "would" is a guess (hypothetical, as "will likely
** impose" is), not the future in the past a saying announces. */
static int guessed_chain(const ctx *c, const pred *p)
{
    static const char *const guess[] = { "probably", "likely", "possibly", "perhaps",
        NULL };
    int i;
    for (i = p->g; i < p->v && i < c->n; i++)
        if (dz_word_in(c->t[i].w, guess))
            return 1;
    return 0;
}

/* ---- roots decided by who acts and to whom --------------------------------*/

/* Does a word of the noun class mask stand in p's subject: the tokens
** from its subject's start (or that of the predicate it shares its
** subject with) up to its verb chain? 0 when the subject is not known. */
static int subject_has(const ctx *c, const pred *p, uint32_t mask)
{
    const pred *q = p;
    int i;
    if (!mask)
        return 0;
    if (q->subj_start < 0 && q->shared_from >= 0 && q->shared_from < c->np)
        q = &c->p[q->shared_from];
    if (q->subj_start < 0)
        return 0;
    for (i = q->subj_start; i < q->g && i < c->n; i++)
        if (c->t[i].classes & mask)
            return 1;
    return 0;
}

/* Is p's verb addressed to the press: "was speaking to West German
** journalists", "was talking to reporters", "will meet with reporters",
** "has not met the press"? The phrase right after the verb (past "to",
** "with" or a time) up to a preposition, a comma or a verb has a word of
** @press. */
static int press_addressed(const ctx *c, const pred *p)
{
    int i = p->v + 1, k;
    while (i < c->n && c->t[i].timex >= 0)
        i++;
    if (i < c->n && (!strcmp(c->t[i].w, "to") || !strcmp(c->t[i].w, "with")))
        i++;
    for (k = 0; i < c->n && k < 5; i++, k++) {
        if (c->t[i].classes & c->vl->press)
            return 1;
        if (c->t[i].kind == K_PREP || c->t[i].is_verb || is_punct(c, i, ',') ||
            is_boundary_punct(c, i))
            break;
    }
    return 0;
}

/* Does p put off a matter of its actor's own: "was postponing a decision
** on a 10-billion crown order", "would postpone the publication of its
** 1986 figures"? The object right after the verb (past a determiner) is
** a word of @own_matter. Putting off deliveries, talks or a visit is a
** step back from the other side (CAMEO 161); one's own decision is none,
** whoever the decision is about. */
static int puts_off_own(const ctx *c, const pred *p, const verbdef *vd)
{
    int i = p->v + 1;
    if (!verb_in(vd, c->vl->vc_put_off) || !c->vl->own_matter)
        return 0;
    if (i < c->n && c->t[i].kind == K_DET)
        i++;
    return i < c->n && c->t[i].mention < 0 && (c->t[i].classes & c->vl->own_matter);
}

/* Does p leave a meeting: "walked out of the talks", "walked out of the
** meeting"? "out of" right after the verb, then a word of @meeting
** within four words. */
static int leaves_meeting(const ctx *c, const pred *p)
{
    int i = p->v + 1, k;
    if (i + 1 >= c->n || strcmp(c->t[i].w, "out") || strcmp(c->t[i + 1].w, "of"))
        return 0;
    for (i += 2, k = 0; i < c->n && k < 4; i++, k++) {
        if (c->t[i].classes & c->vl->meeting)
            return 1;
        if (is_punct(c, i, ',') || is_boundary_punct(c, i) || c->t[i].is_verb)
            break;
    }
    return 0;
}

/* The root of p's act where the verb's own misleads, by who acts or to
** whom (target may be cleared):
** - a strike by arms is force, not a labour strike ("Iraqi warplanes
**   also struck Iran's offshore oilfields": CAMEO's STRIKE is 190);
** - farmers, workers or students occupying a place stage a sit-in, a
**   protest (14), not a military occupation ("farmers occupied local
**   government buildings in Saragossa");
** - speaking, talking or meeting with the press is a statement (01) to
**   no one, no meeting ("was speaking to West German journalists in an
**   interview");
** - walking out is a strike (14) unless out of talks or a meeting, which
**   is a step back from the other side (16, CAMEO 164). */
static int party_root(const ctx *c, const pred *p, const verbdef *vd, int root,
                      int *target)
{
    const verblex *vl = c->vl;
    if (root == 14 && verb_in(vd, vl->vc_strike) && subject_has(c, p, vl->force))
        return 19;
    if (root == 19 && verb_in(vd, vl->vc_occupy) && subject_has(c, p, vl->civilian))
        return 14;
    if (root == 14 && verb_in(vd, vl->vc_walk_out) && leaves_meeting(c, p))
        return 16;
    if (root == 4 && vl->press && verb_in(vd, vl->vc_address) && press_addressed(c, p)) {
        *target = -1;
        return 1;
    }
    return root;
}

static int emit(ctx *c, int si, int para_timex)
{
    int k, prev_target = -1, sent_timex = sentence_time(c, si);
    int intro_end = 0, speech_seen = -1, from = c->a->nactions;

    /* the introduction: tokens before the first comma that precedes the
    ** first predicate, when they start with a preposition or a timex */
    if (c->np > 0) {
        int i;
        for (i = 0; i < c->p[0].g; i++)
            if (is_punct(c, i, ','))
                intro_end = i;
    }
    for (k = 0; k < c->np; k++) {
        find_subject(c, k);
        two_sides(c, k);
    }
    /* shared subjects: the last earlier predicate of the same form */
    for (k = 0; k < c->np; k++) {
        pred *p = &c->p[k];
        int q;
        if (!p->shared)
            continue;
        for (q = k - 1; q >= 0; q--) {
            const pred *o = &c->p[q];
            int f1 = p->form == F_IRR ? F_ED : p->form;
            int f2 = o->form == F_IRR ? F_ED : o->form;
            int f3 = o->vform == F_IRR ? F_ED : o->vform;
            /* "Putin, who met Xi, praised China": the relative clause's
            ** antecedent is the subject */
            int closes_rel = o->rel && q == k - 1 && p->g > 0 &&
                             is_punct(c, p->g - 1, ',');
            /* "arrived on Saturday and will have talks with Suharto",
            ** "spent two days in Washington ... and will this week visit
            ** Britain": a future after "and" keeps the subject whatever
            ** the tense before it */
            int future = c->t[p->g].kind == K_MODAL && p->g > 0 &&
                         !strcmp(c->t[p->g - 1].w, "and") && !o->rel;
            if (p->gerund && q != k - 1)
                break;      /* only the clause it hangs on */
            if (said_then_did(c, k, q))
                continue;   /* "said the exchange has done its utmost
                            ** and called on Britain": the speaker calls */
            if (o->nactors == 0 || (o->rel && !closes_rel) || o->gerund ||
                (!closes_rel && f1 != f2 && f1 != f3 && !future && !p->gerund))
                continue;
            memcpy(p->actors, o->actors, sizeof p->actors);
            p->nactors = o->nactors;
            p->shared_from = q;
            if (p->gerund && o->modality != DZ_MOD_NEGATED)
                p->modality = o->modality;
            if (o->modality == DZ_MOD_REPORTED)
                p->modality = o->modality;
            break;
        }
    }
    /* "a senior official said", "the official said": a source not named
    ** speaks; a later "he" is that source, not whoever was named before */
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        int i, b = p->subj_start, e = p->g, ok, plural;
        size_t n;
        if ((p->nactors > 0 && !p->role_subj) || p->pronoun || b < 0 || e - b < 1 ||
            e - b > 5 ||
            !(c->vl->verbs[p->verb].flags & V_SPEECH) ||
            !(c->t[e - 1].classes & (c->vl->unnamed | c->vl->private_)))
            continue;
        /* "officials said", "Bank economists said": a group not named;
        ** a later "they" is that group */
        n = strlen(c->t[e - 1].w);
        plural = n > 1 && c->t[e - 1].w[n - 1] == 's';
        ok = plural || (e - b >= 2 &&
                        (!strcmp(c->t[b].w, "a") || !strcmp(c->t[b].w, "an") ||
                         !strcmp(c->t[b].w, "the") || !strcmp(c->t[b].w, "one") ||
                         !strcmp(c->t[b].w, "another")));
        for (i = b; i < e && ok; i++)
            if ((c->t[i].mention >= 0 && !plural) || is_boundary_punct(c, i))
                ok = 0;
        if (ok && plural)
            c->unnamed_they_at = c->a->tokens[c->s->tok_first + p->g].start;
        else if (ok)
            c->unnamed_at = c->a->tokens[c->s->tok_first + p->g].start;
    }
    /* pronoun subjects: the last actor before them in the sentence, else
    ** the previous sentence's */
    for (k = 0; k < c->np; k++) {
        pred *p = &c->p[k];
        int q;
        if (!p->pronoun || p->nactors > 0)
            continue;
        if (unnamed_relative_speaker(c, k))
            continue;       /* "the splinter group, which said it would
                            ** agree": the group, which has no name */
        if (persons_they(c, k))
            continue;       /* "Shultz and Weinberger said they told" */
        for (q = k - 1; q >= 0; q--)
            if (c->p[q].nactors > 0 && !c->p[q].rel &&
                (c->a->mentions[c->p[q].actors[0]].type == DZ_ENT_PERSON) ==
                (p->pronoun == P_PERSON) &&
                (!c->isgroup[c->p[q].actors[0]] ||
                 (p->subj_start >= 0 && !strcmp(c->t[p->subj_start].w, "they")))) {
                memcpy(p->actors, c->p[q].actors, sizeof p->actors);
                p->nactors = c->p[q].nactors;
                break;
            }
        if (q < 0) {
            /* "he" / "the minister": the last person named; "it": the
            ** last actor when it is no person, else the last state or
            ** organisation named */
            int m = -1, pos = c->a->tokens[c->s->tok_first + p->g].start;
            if (p->pronoun == P_PERSON) {
                m = person_reference(c, p, pos);
                if (m >= 0 && c->unnamed_at > 0 && c->unnamed_at < pos &&
                    c->a->mentions[m].start < c->unnamed_at)
                    m = -1;     /* "..., the official said. He added" */
                m = voice_reference(c, p, pos, m);
            }
            else if (c->last_actor >= 0 &&
                     c->a->mentions[c->last_actor].type != DZ_ENT_PERSON &&
                     (!c->isgroup[c->last_actor] ||
                      (p->subj_start >= 0 && !strcmp(c->t[p->subj_start].w, "they"))))
                m = c->last_actor;
            else if (c->last_actor >= 0 && c->last_body_speaker >= 0 &&
                     !c->isgroup[c->last_body_speaker] && p->subj_start >= 0 &&
                     !strcmp(c->t[p->subj_start].w, "it") &&
                     (c->vl->verbs[p->verb].flags & V_SPEECH))
                m = c->last_body_speaker;   /* "Astrotech said its director
                                            ** ... will buy. It said": the
                                            ** company that spoke, not the
                                            ** person it spoke of */
            else {
                m = antecedent(c, pos, 0);
                /* "it" or "they" with no state or body acting before: a
                ** name earlier in its own sentence ("Indonesia, ..., earlier
                ** denied it had granted"), not the last name of any kind in
                ** the sentence before ("They said the EC's current
                ** paymasters ...") */
                if (m >= 0 && p->subj_start >= 0 && c->t[p->subj_start].kind == K_PRON &&
                    c->a->mentions[m].sentence != (int)(c->s - c->a->sentences))
                    m = -1;
            }
            /* "It condemns Japan without due process": a pronoun is none
            ** of the names of its own clause (that would be "itself") */
            if (m >= 0 && !(c->vl->verbs[p->verb].flags & V_SPEECH)) {
                /* the clause's own words, up to a clause or verb of its own;
                ** what a saying reports is another clause ("the government
                ** said Bonn wanted", "It said ... Yugoslavia's debt") */
                int i, stop = k + 1 < c->np ? c->p[k + 1].g : c->n;
                for (i = p->v + 1; i < stop && m >= 0; i++) {
                    if (c->t[i].kind == K_SUB || c->t[i].kind == K_REL ||
                        c->t[i].kind == K_TO || is_boundary_punct(c, i) ||
                        is_punct(c, i, ',') || (c->t[i].verb >= 0 && c->t[i].mention < 0))
                        break;
                    if (c->t[i].mention >= 0 && same_entity(c->a, c->t[i].mention, m))
                        m = -1;
                }
            }
            /* "..., the New China News Agency said. It said": the agency */
            if (m >= 0 && p->pronoun == P_OTHER && c->media_at > 0 &&
                c->media_at < pos && c->a->mentions[m].start < c->media_at &&
                p->subj_start >= 0 && !strcmp(c->t[p->subj_start].w, "it"))
                m = -1;
            /* "..., officials said. They said ...": "they" is that group */
            if (m >= 0 && p->pronoun == P_OTHER && c->unnamed_they_at > 0 &&
                c->unnamed_they_at < pos && c->a->mentions[m].start < c->unnamed_they_at &&
                p->subj_start >= 0 && !strcmp(c->t[p->subj_start].w, "they"))
                m = -1;
            if (m >= 0) {
                p->actors[0] = m;
                p->nactors = 1;
            }
        }
        if (p->nactors > 0 && p->pronoun == P_OTHER && !ministry_fits(c, p, p->actors[0]))
            p->nactors = 0;
        if (p->pronoun == P_OTHER && !plural_fits(c, p)) {
            p->nactors = 0;     /* the group speaks again: "they said" */
            c->unnamed_they_at = c->a->tokens[c->s->tok_first + p->g].start;
        }
    }
    for (k = 0; k < c->np; k++)
        if (c->p[k].nactors > 0 && !c->p[k].rel)
            c->last_actor = c->p[k].actors[c->p[k].nactors - 1];
    note_persons(c);
    note_voice(c, si);
    note_speaker(c, si);
    note_role_speaker(c);
    /* clause ends: the next predicate with a subject of its own */
    for (k = 0; k < c->np; k++) {
        int q;
        c->p[k].end = c->n;
        for (q = k + 1; q < c->np; q++) {
            if (c->p[q].shared) {
                c->p[k].end = c->p[q].g;
                break;
            }
            if (!c->p[q].rel && c->p[q].subj_start > c->p[k].v) {
                c->p[k].end = c->p[q].subj_start;
                break;
            }
        }
        {   /* a semicolon ends it too */
            int i;
            for (i = c->p[k].v + 1; i < c->p[k].end; i++)
                if (is_punct(c, i, ';')) {
                    c->p[k].end = i;
                    break;
                }
        }
    }
    for (k = 0; k < c->np; k++) {
        pred *p = &c->p[k];
        const verbdef *vd = &c->vl->verbs[p->verb];
        int root, target, pron = 0, i, m, tx = -1, a0, nact, late;
        int tat = 0, more[7], nmore = 0, ti, date_end, attrib = -1, agreed = 0, refused = 0,
            meet_agreed = 0;
        int undated = 0;    /* a recalled act with no time: no date */
        int carry = -1;     /* the earlier act whose day it shares */
        char plan_day[11] = "";   /* a plan's coming weekday */
        int bare_passive = 0;   /* a passive whose subject is no name */
        int cum;            /* the stretch of time a total covers, -1 */
        int mod = p->modality;
        int speech = speech_use(c, p);

        /* reported: inside the clause a verb of saying introduces, or
        ** coordinated with an act inside it ("said the meeting noted ...
        ** and urged it") */
        if (speech_seen >= 0 && (!p->shared || k > speech_seen + 1) &&
            p->shared_from != speech_seen) {
            /* what is denied, done or planned ("denied it intended to
            ** threaten shipping"), did not happen */
            if ((mod == DZ_MOD_ASSERTED || mod == DZ_MOD_PLANNED) &&
                denied_by(c, speech_seen, k))
                mod = DZ_MOD_NEGATED;
            else if (mod == DZ_MOD_ASSERTED)
                mod = DZ_MOD_REPORTED;
        }
        /* "said ... it would defend its rights and urged Turkey": an act
        ** coordinated with the saying itself is the speaker's own */
        if (mod == DZ_MOD_ASSERTED && !(vd->flags & V_SPEECH) &&
            attributed_later(c, k))
            mod = DZ_MOD_REPORTED;
        /* "announced it would free": a future in the past, not a guess;
        ** not in a relative clause ("a draft bill that would impose
        ** quotas"): what a bill or plan would do is still a guess */
        if (speech_seen >= 0 && !p->shared && p->would && !p->rel &&
            mod == DZ_MOD_HYPOTHETICAL && !guessed_chain(c, p))
            mod = DZ_MOD_PLANNED;
        /* "the officials say Japan raised ...": whoever says it, what
        ** follows is reported; not a saying inside a relative clause
        ** ("which he said had contributed") */
        if (speech && !p->shared && speech_seen < 0 &&
            (p->nactors > 0 || p->subj_start >= 0) &&
            p->modality != DZ_MOD_NEGATED &&
            !(p->subj_start > 0 && c->t[p->subj_start - 1].kind == K_REL) &&
            !(p->g > 1 && c->t[p->g - 2].kind == K_REL))
            speech_seen = k;
        /* a condition: "if the banks do not grant its request", "until
        ** Turkey recognises Greek rights", "whether they were endorsing
        ** it": what an "if", "unless", "until", "once", "whether" or
        ** "how" clause tells is the condition or the question of another act,
        ** no act of its own */
        for (i = p->g - 1; i >= 0 && i >= p->g - 12; i--) {
            if (is_punct(c, i, ';') || (k > 0 && i <= c->p[k - 1].v))
                break;
            if (!strcmp(c->t[i].w, "if") || !strcmp(c->t[i].w, "unless") ||
                !strcmp(c->t[i].w, "whether") ||
                /* "pressing the government to explain how it proposes to
                ** pay", "how much Venezuela will seek": a question asked,
                ** no act ("why it planned to impose the tariffs" takes
                ** the act as known) */
                (!strcmp(c->t[i].w, "how") &&
                 (i + 1 == p->subj_start || i + 1 == p->g)) ||
                (c->t[i].kind == K_SUB && i + 1 < p->g &&
                 (!strcmp(c->t[i].w, "until") || !strcmp(c->t[i].w, "once")) &&
                 c->t[i + 1].timex < 0 && !is_number(c, i + 1))) {
                mod = -1;
                break;
            }
        }
        if (mod < 0 || wished_clause(c, k))
            continue;
        if (denied_report(c, p))
            mod = DZ_MOD_NEGATED;
        if ((p->nactors == 0 && !(p->passive == 1 && p->subj_start >= 0)) ||
            (vd->root == 0 && vd->block < 0 && vd->phrases < 0))
            continue;
        if (p->passive) {
            /* actor from "by X", target the subject */
            int by = -1;
            for (i = p->v + 1; i < p->end; i++) {
                if (!strcmp(c->t[i].w, "by") && i + 1 < c->n) {
                    by = i + 1;
                    break;
                }
                /* not the agent of a later clause: "was freed from
                ** prosecution after he produced medical evidence of
                ** paranoia caused by Nazi persecution" */
                if (c->t[i].kind == K_SUB || c->t[i].kind == K_REL ||
                    (c->t[i].is_verb && c->t[i].mention < 0 && !is_adverb(c, i) &&
                     c->t[i - 1].kind != K_TO))
                    break;  /* "has been asked to support the legislation by
                            ** Proxmire" still has its agent */
            }
            target = p->passive == 2 ? reduced_subject(c, p)
                     : p->nactors > 0 ? p->actors[0] : -1;
            if (by < 0 || (p->nactors == 0 && !close_agent(c, p, by)))
                continue;
            bare_passive = p->nactors == 0;
            if (target < 0)
                target = passive_possessor(c, p);   /* "Japan's policies were criticised by" */
            if (p->nactors == 0 && !strcmp(c->t[p->subj_start].w, "no"))
                mod = DZ_MOD_NEGATED;   /* "No official tender has been
                                        ** announced yet by Tunisia" */
            {
                int x = by;
                while (x < p->end && c->t[x].mention < 0 && x < by + 3)
                    x++;
                if (x >= p->end || c->t[x].mention < 0)
                    continue;
                p->actors[0] = by_agent(c, p, x);
                p->nactors = 1;
                more_agents(c, p, x);
            }
        } else {
            target = first_target(c, p, p->v + 1, p->end, speech, &pron, &tat);
            if (target >= 0)
                nmore = more_targets(c, p, tat, p->end, more, 7);
            if (target >= 0 && nmore == 0)
                nmore = parallel_targets(c, p, tat, p->end, more, 7);
            if (target < 0 && speech) {
                /* "In a call with Biden, Xi said" */
                for (i = 0; i < intro_end && i < p->g; i++)
                    if (c->t[i].kind == K_PREP &&
                        (!strcmp(c->t[i].w, "with") || !strcmp(c->t[i].w, "to")) &&
                        i + 1 < c->n && (m = c->t[i + 1].mention) >= 0 &&
                        !is_actor(c, p, m)) {
                        target = m;
                        break;
                    }
            }
            if (target < 0 && pron && prev_target >= 0 &&
                !is_actor(c, p, prev_target))
                target = prev_target;
            if (target < 0 && (!speech || !strcmp(vd->lemma, "tell")) &&
                vd->root != ROOT_LIGHT)
                target = object_reference(c, p, prev_target);
            if (target < 0 && (!speech || !strcmp(vd->lemma, "tell")) &&
                vd->root != ROOT_LIGHT)
                target = filed_government(c, p);    /* "TOKYO - ... urged the government" */
        }
        if (vd->root == ROOT_LIGHT && (vd->flags & V_SPEECH) &&
            clause_follows(c, k))
            continue;   /* "He added the meeting would have been
                        ** meaningless": what was added is a clause */
        if (target >= 0 && when_not_whom(c, p, target)) {
            target = -1;    /* "meets next week ahead of the IMF's
                            ** Spring meetings" */
            nmore = 0;
        }
        root = object_category(c, p, after_time(c, p->v + 1, p->end), p->end);
        if (root == 1 && restating_verb(vd->lemma)) {   /* "repeated its criticism" */
            int r = restated_root(c, p, after_time(c, p->v + 1, p->end), p->end);
            if (r >= 2)
                root = r;
        }
        if (root == 1) {    /* "explaining Brazil's actions to Baker" */
            int to = explained_to(c, p);
            if (to >= 0) {
                int x = p->v + 1;
                root = 4;
                target = to;
                /* and every name of its list: "to ... James Baker, ...
                ** Paul Volcker and ... Michel Camdessus" */
                while (x < p->end && c->t[x].mention != to)
                    x++;
                while (x < p->end && c->t[x].mention == to)
                    x++;
                nmore = more_targets(c, p, x, p->end, more, 7);
            }
        }
        if (vd->flags & V_SPEECH) {     /* "announced tariffs on Japanese goods" */
            int mt, plan, r = announced_measure(c, p, &mt, &plan);
            if (r > 0) {
                root = r;
                target = mt;
                nmore = 0;
                if (plan && mod == DZ_MOD_ASSERTED)
                    mod = DZ_MOD_PLANNED;
            }
        }
        if (root == 5 || root == 11 || root == 12 || root == 14) {
            int o = owner_target(c, p);
            if (o >= 0) {
                target = o;
                nmore = 0;
            }
        }
        if (root == 19 && !strcmp(vd->lemma, "fire") && fires_someone(c, p)) {
            /* "Reagan fired North", "VW fired its former foreign exchange
            ** chief": a dismissal, not shots; by a company no political
            ** act at all */
            if (c->a->mentions[p->actors[0]].type == DZ_ENT_ORGANIZATION)
                continue;
            root = 17;
        }
        if (root <= 0 && p->ctl >= 0 && c->t[p->ctl].verb >= 0 &&
            !strcmp(c->vl->verbs[c->t[p->ctl].verb].lemma, "agree")) {
            /* "agreed to adopt common regulations", "agreed to lower the
            ** interest margin": what is agreed is no event of its own;
            ** the agreement is */
            vd = &c->vl->verbs[c->t[p->ctl].verb];
            root = vd->root;
            agreed = 1;
        }
        if (vd->root == ROOT_LIGHT && mod != DZ_MOD_NEGATED && p->v + 1 < c->n &&
            !strcmp(c->t[p->v + 1].w, "no"))
            mod = DZ_MOD_NEGATED;   /* "Japan made no concessions to the
                                    ** United States": none made */
        if (mod == DZ_MOD_NEGATED && root != 12 && refused_root(c, p, root) == 12) {
            /* "would not accept it", "will not ease sanctions": a refusal
            ** (CAMEO 12, 124 refuse to yield), itself asserted */
            root = 12;
            mod = p->modality == DZ_MOD_NEGATED ? DZ_MOD_ASSERTED : mod;
            refused = 1;
        } else if (!agreed && accept_verb(c, p))
            continue;   /* "accepted responsibility", "accepted bids": only
                        ** a refusal to accept is coded ("agreed to accept
                        ** a merger proposal" is the agreement) */
        if (root != 4 && meeting_phase(c, p))
            continue;   /* "started operation", "completed the sale": only
                        ** a meeting started or resumed is coded */
        if (root <= 0 || root > 20 || declines_comment(c, p) ||
            (!strcmp(vd->lemma, "decline") && !declines_something(c, p)) ||
            level_object(c, p))
            continue;
        if (mod == DZ_MOD_NEGATED && (root == 3 || root == 4 || root == 5 || root == 6) &&
            refusal_chain(c, p)) {
            /* "he will not negotiate with Ankara", "won't meet": a
            ** refusal (CAMEO 12), itself asserted; "did not meet" stays a
            ** meeting that did not happen */
            root = 12;
            mod = p->modality == DZ_MOD_NEGATED ? DZ_MOD_ASSERTED : mod;
            refused = 1;
        }
        if (p->disowned && ((root != 12 && root < 13) || vd->root == ROOT_LIGHT))
            continue;   /* "has no plans to seek control of the company":
                        ** only a refusal ("had no plans to bow to U.K.
                        ** And U.S. Pressure") or coercion disowned ("has
                        ** no plans to impose sanctions") is coded, by a
                        ** verb of its own ("no plans to take new emergency
                        ** measures to support the dollar" refuses no one) */
        if (root == 17 && goods_ban(c, p->v))
            root = 16;  /* "banned arms shipments to Tehran": an embargo */
        if (root == 19 && crowd_against_police(c, p->actors[0], target))
            root = 14;  /* "Mourners clashed with police": a riot */
        if (root == 15 && !armed_posture(c, p))
            continue;   /* "Amoco plans to drill a second well" */
        if (root == 19 && !strcmp(vd->lemma, "fight") && !armed_posture(c, p))
            continue;   /* "the Finance Ministry fights", "MHI is fighting
                        ** back against low-priced South Korean
                        ** competition": fighting with no armed force named
                        ** is a contest of words or markets, no force */
        if (after_whose(c, p))
            continue;   /* "farmers, whose demands essentially involve" */
        if (p->maybe && !refused)
            continue;   /* "the prime ministers could discuss any
                        ** proposal", "told politicians they should
                        ** always defend human rights", "he can't fight
                        ** on": what one can, could or should do is no
                        ** act (a refusal, "cannot accept", is one) */
        if (root < 10 && root != 2 && root != 8 && vd->root != ROOT_LIGHT) {
            /* a hostile purpose: "rallying its allies to isolate China";
            ** not for appeals: "urge Mulroney to cut ties" asks, nor for
            ** concessions: "waived its right to impose duties" yields,
            ** nor when the object noun gave the root: the infinitive is
            ** the noun's ("reach agreement on ways to verify a pact to
            ** eliminate missiles") */
            for (i = p->v + 1; i + 1 < p->end; i++)
                if (c->t[i].kind == K_TO && !said_not_meant(c, p, i) && c->t[i + 1].verb >= 0 &&
                    c->t[i + 1].mention < 0 &&
                    (c->t[i + 1].form == F_BASE || c->t[i + 1].form == F_IRR) &&
                    c->vl->verbs[c->t[i + 1].verb].root >= 10) {
                    root = c->vl->verbs[c->t[i + 1].verb].root;
                    if ((vd->flags & V_SPEECH) && root > 13)
                        root = 13;  /* "announced plans to impose tariffs" */
                    break;
                }
        }
        if (!strcmp(vd->lemma, "forecast") || !strcmp(vd->lemma, "estimate") ||
            !strcmp(vd->lemma, "predict")) {
            /* "forecast the Soviet 1986/87 wheat crop at 92.30 mln tonnes",
            ** "predicted the House would vote to block aid": what is
            ** foreseen is a figure or someone else's act; a plain
            ** statement, aimed at no one */
            root = 1;
            target = -1;
            nmore = 0;
        }
        if (target < 0 && !p->passive && (root == 10 || root == 11) && k + 1 < c->np) {
            /* "complained Japan has no intention of boosting demand",
            ** "protested that Iraq had attacked", "demanded that Japan
            ** open its markets": the subject of what is complained of or
            ** demanded is the one aimed at */
            const pred *q = &c->p[k + 1];
            int at = p->v + 1;
            if (at < c->n && !strcmp(c->t[at].w, "that"))
                at++;
            if (!q->shared && !q->rel && q->nactors > 0 && q->subj_start == at &&
                !q->pronoun && !is_actor(c, p, q->actors[0]))
                target = q->actors[0];
        }
        if (p->intent && root >= 3 && root <= 8) {
            /* "ready to negotiate", "pledged to provide aid": the intent
            ** to cooperate is what is said, now */
            root = 3;
            if (mod == DZ_MOD_PLANNED)  /* said by someone else: reported */
                mod = speech_seen >= 0 && speech_seen < k &&
                      !is_actor(c, &c->p[speech_seen], p->actors[0])
                    ? DZ_MOD_REPORTED : DZ_MOD_ASSERTED;
        }
        if (root == 4 && target >= 0 && agrees_to_meet(c, p)) {
            root = 3;   /* "has agreed to meet Oliver Tambo": CAMEO 036 */
            meet_agreed = 1;
            mod = speech_seen >= 0 && speech_seen < k &&
                  !is_actor(c, &c->p[speech_seen], p->actors[0])
                ? DZ_MOD_REPORTED : DZ_MOD_ASSERTED;
        }
        if (intent_to_coerce(c, p, root)) {
            root = 13;
            if (mod == DZ_MOD_PLANNED || mod == DZ_MOD_HYPOTHETICAL)
                mod = (speech_seen >= 0 && speech_seen < k &&
                       !is_actor(c, &c->p[speech_seen], p->actors[0])) ||
                      attributed_later(c, k) ? DZ_MOD_REPORTED : DZ_MOD_ASSERTED;
        }
        if (root == 5 && (accord_verb(c, p) || agreed) && economic_matter(c, p) &&
            !political_side(c, p->actors[0]) && !political_side(c, target))
            root = 6;   /* "agreed to cooperate to hold currencies" */
        if (verb_in(vd, c->vl->vc_attend) && target < 0)
            continue;   /* "will attend the first day": CAMEO's ATTEND is a
                        ** visit (042) to someone; no one named, no event */
        if (verb_in(vd, c->vl->vc_show) && p->v + 1 < c->n &&
            c->t[p->v + 1].kind != K_PREP && !is_boundary_punct(c, p->v + 1) &&
            c->t[p->v + 1].kind != K_CONJ && c->t[p->v + 1].timex < 0)
            continue;   /* "demonstrates the intention to renegotiate":
                        ** showing something, no street protest */
        if (verb_in(vd, c->vl->vc_make_way) &&
            p->v + 2 < c->n && !strcmp(c->t[p->v + 1].w, "the") &&
            (!strcmp(c->t[p->v + 2].w, "way") || !strcmp(c->t[p->v + 2].w, "door")))
            continue;   /* "would open the way for summit talks": makes
                        ** something possible, yields nothing */
        if (!strcmp(vd->lemma, "go") && !goes_to(c, p))
            continue;   /* "went ahead", "is going to": no journey */
        if (!strcmp(vd->lemma, "call") && p->g > 0 &&
            (c->t[p->g - 1].kind == K_REL || c->t[p->g - 1].kind == K_PRON) &&
            p->g > 1 && (!strcmp(c->t[p->g - 2].w, "what") ||
                         !strcmp(c->t[p->g - 2].w, "which")))
            continue;   /* "what he called Japan's failure": naming */
        if (!strcmp(vd->lemma, "speak") && target >= 0) {
            if (spoke_with(c, p, target))
                root = 4;   /* "had spoken by telephone with Miguel de la Madrid" */
            else
                target = -1;    /* "was speaking before hosting a meeting of
                                ** EC ministers": no one addressed */
        }
        root = party_root(c, p, vd, root, &target);
        if (puts_off_own(c, p, vd))
            continue;
        if (!strcmp(vd->lemma, "tell") && target >= 0 && tat > 0 && tat + 1 < c->n &&
            c->t[tat].kind == K_TO && c->t[tat + 1].mention < 0 &&
            c->t[tat + 1].kind == K_NONE && c->t[tat + 1].w[0] &&
            (c->t[tat + 1].verb < 0 || c->t[tat + 1].form == F_BASE ||
             c->t[tat + 1].form == F_IRR))
            root = 10;  /* "told Tamura to redouble his efforts": an order */
        if (!strcmp(vd->lemma, "agree") && p->v + 1 < c->n &&
            !strcmp(c->t[p->v + 1].w, "that"))
            root = 1;   /* "agreed that ...": a joint statement */
        if (!strcmp(vd->lemma, "receive") &&
            (target < 0 || p->v + 1 >= c->n ||
             !(c->t[p->v + 1].mention == target ||
                             (p->v + 2 < c->n && !strcmp(c->t[p->v + 1].w, "the") &&
                              c->t[p->v + 2].mention == target))))
            continue;   /* "received a contract from X": no visitor received */
        if (root == 14 && vd->root == 14 && p->nactors > 0 &&
            c->a->mentions[p->actors[0]].type != DZ_ENT_PERSON &&
            !strcmp(vd->lemma, "protest"))
            root = 11;  /* a government "protests against": a verbal protest */
        {   /* "Sarney reiterated that the government would not accept",
            ** "Fukukawa said Japan was ready to continue trade talks": a
            ** refusal, intent or threat a person voices for the state he
            ** serves is his, made by the saying */
            int who = state_speaker(c, k, speech_seen, root, mod);
            if (who >= 0) {
                p->actors[0] = who;
                p->nactors = 1;
                if (mod == DZ_MOD_REPORTED)
                    mod = DZ_MOD_ASSERTED;
            }
        }
        if (speech_seen >= 0 && speech_seen < k && !p->shared &&
            (mod == DZ_MOD_PLANNED || mod == DZ_MOD_HYPOTHETICAL) &&
            root >= 13 && p->nactors > 0 &&
            is_actor(c, &c->p[speech_seen], p->actors[0])) {
            /* "Japan said it would retaliate", "warned it may impose
            ** tariffs": an act of force or coercion the speaker announces
            ** for itself is a threat, made by the saying */
            root = 13;
            mod = DZ_MOD_ASSERTED;
        }
        if (root == 13 && vd->root == 13 && (vd->flags & V_SPEECH) &&
            warns_of_others(c, k))
            root = 1;       /* "warned the proposal could damage trade" */
        if (habitual(c, p) || describing_clause(c, p))
            continue;       /* "Brazil has always sent its representative" */
        if (forecast_statement(c, k, root, mod))
            continue;       /* "Dole said the Senate will try to address" */
        if (target < 0 && !p->passive && p->shared && p->shared_from == k - 1 &&
            p->g > 0 && !strcmp(c->t[p->g - 1].w, "and") &&
            c->p[k - 1].act_root == root && c->p[k - 1].act_target >= 0 &&
            !is_actor(c, p, c->p[k - 1].act_target))
            /* "Brazil last month suspended interest payments on its debt to
            ** commercial banks and froze short-term trade and money market
            ** lines": a second act of the same kind, joined by "and", with
            ** no one named, is aimed at whom the first was */
            target = c->p[k - 1].act_target;
        if (target >= 0 && nmore == 0 && led_own_side(c, p, target))
            target = -1;    /* "Bernard Prauge will lead the French
                            ** delegation": his own */
        if (target >= 0 && nmore == 0 && own_state_target(c, p->actors[0], target))
            target = -1;    /* "The Finance Ministry has asked Japanese
                            ** commercial banks": not Japan */
        if (target >= 0 && nmore == 0 && person_own_state(c, p->actors[0], target))
            target = -1;    /* "Canadian Prime Minister Brian Mulroney held
                            ** discussions with the Canadian province
                            ** premiers": not Canada */
        if (target >= 0 && nmore == 0 && !(vd->flags & V_SPEECH) &&
            named_in_subject(c, p, target))
            target = -1;    /* "World Bank president Barber Conable
                            ** pledged the Bank's support": his own */
        p->act_root = root;
        p->act_target = target;
        if (target >= 0)
            prev_target = target;
        if (nmore > 7)
            nmore = 7;
        /* the date: the clause, the sentence opening, the paragraph */
        {
            /* not past a later verb of saying: "..., senators said today"
            ** dates the saying, not the act */
            int q, stop = p->end;
            for (q = k + 1; q < c->np; q++)
                if (c->p[q].g > p->v && c->p[q].g < stop &&
                    (c->vl->verbs[c->p[q].verb].flags & V_SPEECH)) {
                    stop = c->p[q].g;
                    break;
                }
            date_end = stop;
            /* the sentence's last verb, when it says who said it: "...,
            ** a senior government official said at the weekend" */
            q = c->np - 1;
            if (q > k && c->p[q].g > p->v && !c->p[q].rel &&
                (c->vl->verbs[c->p[q].verb].flags & V_SPEECH) &&
                c->p[q].subj_start > 0 && is_punct(c, c->p[q].subj_start - 1, ',') &&
                /* its speaker is the actor's own ("a senior government
                ** official"), not another who reports it later */
                (c->p[q].nactors == 0 || same_entity(c->a, c->p[q].actors[0], p->actors[0])))
                attrib = c->p[q].g;
            /* a statement is made when it is said: a time inside what is
            ** said ("said sales for the four weeks ended February 28
            ** fell") dates the content, not the saying; only a time on
            ** the verb ("said on Tuesday", "on Tuesday said") dates it */
            if (speech && date_end > speech_time_limit(c, p))
                date_end = speech_time_limit(c, p);
            date_end = gerund_adjunct(c, p, date_end);
        }
        for (i = p->subj_start >= 0 ? p->subj_start : p->g; i < date_end && tx < 0; i++)
            if (c->t[i].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[i].timex]) &&
                !bounds_noun(c, i) && !span_end(c, i) && !time_owns_noun(c, i, p->g) &&
                !(i > p->v && (act_noun_time(c, i) || prenominal_time(c, i))) &&
                !maturity_time(c, i))
                tx = c->t[i].timex;
        if (tx < 0 && speech)
            tx = speech_object_time(c, p);
        if (tx < 0 && (vd->flags & V_SPEECH) && attrib >= 0 &&
            (p->form == F_ED || p->form == F_IRR)) {
            /* "Japan warned the United States it may retaliate ..., a
            ** senior government official said at the weekend": a warning
            ** is words, given when its speaker says so; the time on the
            ** attributing verb dates it */
            for (i = attrib; i < c->n && i < attrib + 5 && tx < 0; i++) {
                if (is_boundary_punct(c, i) && !is_punct(c, i, ','))
                    break;
                if (c->t[i].timex >= 0 && usable_timex(c->a, &c->a->timexes[c->t[i].timex]))
                    tx = c->t[i].timex;
            }
        }
        if (tx < 0 && intro_end > c->skip && p->subj_start >= intro_end && !speech &&
            c->t[c->skip].kind == K_PREP && (p->form == F_ED || p->form == F_IRR)) {
            /* "During the U.S. bombing of targets in Libya last April,
            ** France refused", "In talks with Kato yesterday, Lyng asked":
            ** the introduction dates a past act, unless it has a verb of
            ** its own ("In order to lift the tariffs imposed last
            ** Friday, the U.S. needs") */
            int own = 0, t0 = -1;
            for (i = c->skip; i < intro_end; i++) {
                if (c->t[i].kind == K_TO ||
                    (c->t[i].verb >= 0 && c->t[i].mention < 0 && c->t[i].timex < 0 &&
                     (c->t[i].form == F_ED || c->t[i].form == F_IRR) &&
                     /* not an adjective: "of alleged terrorist targets" */
                     !(i > 0 && (c->t[i - 1].kind == K_DET || c->t[i - 1].kind == K_PREP))))
                    own = 1;
                if (t0 < 0 && c->t[i].timex >= 0 &&
                    usable_timex(c->a, &c->a->timexes[c->t[i].timex]))
                    t0 = c->t[i].timex;
            }
            if (!own)
                tx = t0;
        }
        if (tx < 0)
            tx = antecedent_time(c, p);     /* "the December accord, under
                                            ** which OPEC agreed" */
        if (tx < 0)
            tx = clause_time(c, p);
        if (tx < 0)
            tx = when_clause_time(c, p);    /* "on Monday sparked
                                            ** speculation ... when he said" */
        if (tx < 0 && !said_after(c, k))
            tx = sent_timex;    /* not "The February figure ..., the
                                ** ministry said": February's figure */
        cum = tx < 0 ? cumulative_act(c, p) : -1;
        if (cum >= 0 && short_span(c->a, &c->a->timexes[cum]))
            tx = cum;       /* "have been protesting for the past two weeks" */
        undated = tx < 0 && (cum >= 0 || recalled_act(c, p) ||
                              under_agreement(c, p) ||
                              (mod == DZ_MOD_ASSERTED && root != 1 &&
                               (retold_perfect(c, p) || after_clause_act(c, p) ||
                                place_occasion(c, p))));
        if (tx < 0 && !undated && !present_tense(c, p) && !said_after(c, k))
            tx = para_timex;    /* "The seamen are demanding pay raises":
                                ** what goes on now is not of the time an
                                ** earlier sentence of the paragraph opened
                                ** with */
        if (tx < 0 && !undated && mod == DZ_MOD_ASSERTED && !said_after(c, k))
            carry = narrated_past(c, p, si);
        if (tx >= 0 && plan_before_story(c, p, mod, tx)) {
            coming_weekday(c, tx, plan_day);
            tx = -1;    /* "are expected to back a preliminary accord
                        ** reached last Friday": the accord's day */
        }
        late = tx >= 0 ? act_after_story(c, p, mod, tx) : 0;
        if (late) {
            if (late == 2)
                mod = DZ_MOD_PLANNED;
            else {
                tx = -1;
                undated = 0;
            }
        }
        nact = p->nactors;
        if (target < 0 && root == 13 && nact == 1)
            target = threat_condition_party(c, p);  /* "... if Japan did not" */
        if (target < 0 && !p->passive && c->pair_ok && nact == 1 &&
            c->a->mentions[p->actors[0]].type == DZ_ENT_COUNTRY &&
            (!strcmp(c->a->mentions[p->actors[0]].name, c->pair[0]) ||
             !strcmp(c->a->mentions[p->actors[0]].name, c->pair[1])) &&
            (root == 10 || root == 11 || root == 12 || root == 13 ||
             (root == 16 && !halts_own_dealings(c, p)) || root == 17)) {
            /* a conflictual act with no target named in the clause, in an
            ** article about two countries: aimed at the other one (its
            ** nearest mention stands in as the target), when the story
            ** has it at hand, named in this sentence or the two before:
            ** in a story of China's ADB loans, not "The U.S. opposed the
            ** move" of Japan's delegates; in a story of a Japanese tax,
            ** not "Switzerland had imposed a 5.6 pct gold turnover tax" */
            int best = -1;
            const char *other = strcmp(c->a->mentions[p->actors[0]].name,
                                       c->pair[0]) ? c->pair[0] : c->pair[1];
            for (m = 0; m < c->a->nmentions; m++)
                if (!strcmp(c->a->mentions[m].name, other) &&
                    c->a->mentions[m].sentence >= si - 2 && c->a->mentions[m].sentence <= si &&
                    (best < 0 || c->a->mentions[m].start <
                     c->a->tokens[c->s->tok_first + p->v].start))
                    best = m;
            target = best;
        }
        if (target < 0 && !p->passive && (root == 11 || root == 12))
            target = owner_of_object(c, p);     /* after the story's pair */
        if (bare_passive && firms_trade(c, p, root))
            continue;
        if (target < 0 && root == 4 && c->filed_in >= 0 &&
            !is_actor(c, p, c->filed_in)) {
            /* "Conable arrived here on Saturday": here is where the story
            ** was filed (the dateline's country) */
            for (i = p->v + 1; i < p->end && i <= p->v + 3; i++)
                if (!strcmp(c->t[i].w, "here")) {
                    target = c->filed_in;
                    break;
                }
        }
        if (nact > 1 && root == 4 && symmetric(vd->lemma) && target >= 0 &&
            adjectival(c, target) && !with_before(c, target, p->v))
            target = -1;    /* "Mulroney and Tambo would discuss Canadian
                            ** sanctions": a topic; they talk to each other */
        if (target < 0 && nact > 1 && ((root == 4 && (symmetric(vd->lemma) ||
                                                      meeting_object(c, p))) ||
                                       root == 19)) {
            /* "The US, Russia and Switzerland met": each met the others */
            target = -2;
            nmore = nact - 1;
        } else if (target < 0 && nact == 2 && (root == 5 || root == 6) && !p->passive) {
            /* "Japan and the U.S. agreed": one act between the two, the
            ** first named as the actor (these roots have no direction) */
            target = p->actors[1];
            nact = 1;
        }
        if (nact > 1 && target != -2 && !each_acts(c, p) &&
            !(target >= 0 && c->a->mentions[target].type != DZ_ENT_PERSON &&
              symmetric(vd->lemma))) {
            /* "Funaro and Gros will visit Britain", "Funaro and Gros are
            ** today meeting Lawson": people acting together do one act,
            ** the first named its actor; not when each acts ("Blinken,
            ** Yellen and Kerry all visited Beijing", "both told"), nor
            ** when they meet somewhere or some body ("Obama and Putin
            ** will meet in Zurich": each meets the other there) */
            int persons = 1;
            for (a0 = 0; a0 < nact; a0++)
                if (c->a->mentions[p->actors[a0]].type != DZ_ENT_PERSON)
                    persons = 0;
            if (persons)
                nact = 1;
        }
        if (root == 16 && target < 0 && nmore == 0 && verb_in(vd, c->vl->vc_put_off)) {
            const char *owed_to = NULL;
            if (debt_owed_to(c, p, &owed_to) < 0)
                continue;   /* "The Senate Banking Committee has postponed
                            ** until March 10 its meeting": putting off one's
                            ** own business is no step back from anyone;
                            ** CAMEO codes putting off talks, a visit or
                            ** deliveries with a party (161) */
        }
        /* more than two agreeing ("Britain, Canada, France ... agreed to
        ** cooperate"): a multilateral act, one per party, no target */
        for (a0 = 0; a0 < nact; a0++)
        for (ti = -1; ti < nmore; ti++) {
            int tgt = ti < 0 ? target : more[ti];
            dz_action *x;
            if (target == -2) {
                if (ti < 0)
                    continue;
                tgt = p->actors[ti < a0 ? ti : ti + 1];
            }
            int ev_b, ev_e;
            const char *owed = NULL;
            if (tgt < 0 && target != -2 && (root == 16 || root == 17))
                tgt = debt_owed_to(c, p, &owed);    /* "... on its bank debt" */
            if (!(x = action_new(c, si, p->actors[a0], tgt, vd->lemma, root,
                                 (dz_modality)mod)))
                return -1;
            if (owed)
                x->target_group = owed;
            if (!p->passive || !(x->object = passive_object(c, p)))
                x->object = object_text(c, p, p->end, speech);
            if (meet_agreed && tx >= 0 && c->a->timexes[tx].start >
                                          c->a->tokens[c->s->tok_first + p->v].start)
                set_article_date(x, c->a);  /* the meeting's time */
            else if (tx >= 0)
                set_date(x, &c->a->timexes[tx]);
            else if (carry >= 0)
                copy_date(x, &c->a->actions[carry]);
            else if (plan_day[0]) {
                memcpy(x->begin, plan_day, sizeof x->begin);
                memcpy(x->end_date, plan_day, sizeof x->end_date);
                x->precision = DZ_PREC_DAY;
                x->date_source = DZ_DATE_RELATIVE;
            }
            else if (!undated)
                set_article_date(x, c->a);
            ev_b = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g;
            ev_e = speech ? c->n - 1 : p->end > p->v ? p->end - 1 : p->v;
            while (ev_e > p->v && (is_punct(c, ev_e, ',') || is_punct(c, ev_e, '.') ||
                                   c->t[ev_e].kind == K_CONJ || is_punct(c, ev_e, ';')))
                ev_e--;
            x->ev_start = c->a->tokens[c->s->tok_first + ev_b].start;
            x->ev_end = c->a->tokens[c->s->tok_first + ev_e].end;
        }
    }
    if (nominal_meetings(c, si, sent_timex >= 0 ? sent_timex : para_timex))
        return -1;
    if (clause_meetings(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    if (nominal_acts(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    if (noun_infinitives(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    if (hyphen_pairs(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    if (visits_by(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    if (planned_visits(c, si, from))
        return -1;
    if (protests_by(c, si, from) ||
        meetings_between(c, si, sent_timex >= 0 ? sent_timex : para_timex, from) ||
        displeased_with(c, si, sent_timex >= 0 ? sent_timex : para_timex, from))
        return -1;
    return nominal_targets(c, si, sent_timex >= 0 ? sent_timex : para_timex, from);
}

/* ---- whom a threat's condition names -------------------------------------*/

/* The party a threat p is aimed at when it names no one after its verb:
** the subject of its condition, an "if" or "unless" clause after the verb
** ("warned that it would retaliate if Japan did not move soon", "has
** threatened to put the sugar back on the internal market if the producers
** refuse"): the one whose conduct the threat would punish. A state, body,
** person or group named right after "if" or "unless" (past a determiner)
** and right before a verb or an auxiliary, not p's actor; -1 when none.
** Looks at the rest of the sentence up to a semicolon, at most 30 words. */
static int threat_condition_party(const ctx *c, const pred *p)
{
    int i, j, m;
    for (i = p->v + 1; i < c->n && i <= p->v + 30; i++) {
        if (is_punct(c, i, ';'))
            return -1;
        if (strcmp(c->t[i].w, "if") && strcmp(c->t[i].w, "unless"))
            continue;
        j = i + 1;
        if (j < c->n && c->t[j].mention < 0 && c->t[j].kind == K_DET)
            j++;
        if (j >= c->n || (m = c->t[j].mention) < 0 || !(party(c, m) || c->isgroup[m]) ||
            is_actor(c, p, m))
            return -1;
        while (j < c->n && c->t[j].mention == m)
            j++;
        if (j < c->n && (c->t[j].is_verb || is_aux_word(c, j) || c->t[j].kind == K_MODAL))
            return m;
        return -1;
    }
    return -1;
}

/* ---- debts owed to banks -------------------------------------------------*/

/* Whom the payments or debt that p's sanction or coercion holds back are
** owed to, as its object says: a group of banks or creditors named after
** "to" ("suspend debt payments to private foreign banks", "payments on 68
** billion dlrs owed to foreign commercial banks"): that group's mention;
** or banks as a compound says ("interest payments on its foreign bank
** debt", "a moratorium on commercial bank debt"): -1 with *group set to
** "banks", the group they are. -1 with *group untouched when the object
** holds no payments or debt, or names no lender. Looks at the words after
** the verb to the clause's end, at most sixteen. */
static int debt_owed_to(const ctx *c, const pred *p, const char **group)
{
    static const char *const debt[] = { "payment", "payments", "repayments", "debt",
        "debts", "moratorium", "servicing", NULL };
    static const char *const lenders[] = { "banks", "creditors", "lenders", NULL };
    int i, seen = 0;
    for (i = p->v + 1; i < c->n && i < p->end && i <= p->v + 16; i++) {
        int m = c->t[i].mention;
        if (is_boundary_punct(c, i) || is_punct(c, i, ',') || c->t[i].kind == K_SUB ||
            (c->t[i].is_verb && strcmp(c->t[i].w, "owed")))
            break;
        if (dz_word_in(c->t[i].w, debt))
            seen = 1;
        if (!seen)
            continue;
        if (!strcmp(c->t[i].w, "bank") && i + 1 < c->n && m < 0 &&
            (!strcmp(c->t[i + 1].w, "debt") || !strcmp(c->t[i + 1].w, "debts") ||
             !strcmp(c->t[i + 1].w, "loans"))) {
            *group = "banks";
            return -1;
        }
        if (!strcmp(c->t[i].w, "to") && i + 1 < c->n) {
            int j = i + 1, g;
            while (j < c->n && j < i + 5 && c->t[j].mention < 0 && c->t[j].w[0] &&
                   (c->t[j].kind == K_DET || c->t[j].kind == K_NONE) && !c->t[j].is_verb)
                j++;
            g = j < c->n ? c->t[j].mention : -1;
            if (g >= 0 && c->isgroup[g]) {
                while (j + 1 < c->n && c->t[j + 1].mention == g)
                    j++;
                if (dz_word_in(c->t[j].w, lenders))
                    return g;
            }
        }
    }
    return -1;
}

/* ---- displeasure told by an adjective -------------------------------------*/

/* Is the adjective at token i, after "be", one of displeasure with what
** follows ("unhappy", "dissatisfied", "critical", "angry")? 1; 2 for one
** of pleasure that counts only when negated ("not happy with"); 0. */
static int displeasure_adjective(const char *w)
{
    static const char *const words[] = {
        "unhappy", "dissatisfied", "displeased", "angry", "critical"
    };
    size_t k;
    for (k = 0; k < sizeof words / sizeof *words; k++)
        if (!strcmp(w, words[k]))
            return 1;
    return !strcmp(w, "happy") || !strcmp(w, "satisfied") || !strcmp(w, "pleased")
           ? 2 : 0;
}

/* Step 3 (late): a named actor is displeased with a named party, told by
** "be" and an adjective: "Brazil is not happy with the existing structure
** of the 14-bank advisory committee", "Japan is also not totally happy
** with the administration's trade bill", "are very critical of the IMF's
** approach". A disapproval (CAMEO 11) of the first state, person or body
** in the noun phrase after "with", "of", "at" or "over" (before another
** preposition, a comma, a clause or a verb), dated as the sentence. Not when the adjective of
** displeasure is negated ("not dissatisfied") or one of pleasure is not
** ("satisfied with"), nor after a modal ("would be unhappy": a guess)
** or in a condition ("if it was not satisfied with Tokyo"). */
static int displeased_with(ctx *c, int si, int tx, int from)
{
    int k;
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        int i = p->v + 1, neg = 0, kind, j, target = -1, last = -1, actor;
        dz_action *x;
        if (p->verb != c->vl->be || p->nactors == 0 || p->would || p->maybe ||
            p->passive)
            continue;
        for (j = p->g; j < p->v; j++)
            if (c->t[j].kind == K_MODAL)
                break;
        if (j < p->v)
            continue;
        j = (p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g) - 1;
        if (j >= 0 && (!strcmp(c->t[j].w, "if") || !strcmp(c->t[j].w, "unless") ||
                       !strcmp(c->t[j].w, "whether")))
            continue;   /* "would use its powers ... if it was not satisfied
                        ** with Tokyo": a condition */
        while (i < c->n && i <= p->v + 4 && (c->t[i].kind == K_NEG || is_adverb(c, i))) {
            neg |= c->t[i].kind == K_NEG;
            i++;
        }
        for (j = p->g; j < p->v; j++)
            neg |= c->t[j].kind == K_NEG;
        if (i + 2 >= c->n || !(kind = displeasure_adjective(c->t[i].w)) ||
            (kind == 1 && neg) || (kind == 2 && !neg))
            continue;
        i++;
        if (strcmp(c->t[i].w, "with") && strcmp(c->t[i].w, "of") &&
            strcmp(c->t[i].w, "at") && strcmp(c->t[i].w, "over"))
            continue;
        actor = p->actors[0];
        for (j = i + 1; j < c->n && j <= i + 7; j++) {
            const tinfo *q = &c->t[j];
            if (is_boundary_punct(c, j) || is_punct(c, j, ',') || q->kind == K_REL ||
                q->kind == K_SUB || (q->is_verb && q->mention < 0) || q->kind == K_TO ||
                q->kind == K_PREP)
                break;  /* the noun phrase's own: not "with the exchange's
                        ** response to Britain's timetable" */
            if (q->mention >= 0 && party(c, q->mention) && !same_entity(c->a, q->mention, actor)) {
                target = q->mention;
                last = mention_run_end(c, j, target);
                break;
            }
        }
        if (target < 0 || have_action(c->a, from, actor, 11, target))
            continue;
        if (!(x = action_new(c, si, actor, target, kind == 1 ? "disapprove" : "not happy",
                             11, p->modality == DZ_MOD_NEGATED ? DZ_MOD_ASSERTED
                                 : (dz_modality)p->modality)))
            return -1;
        if (tx >= 0)
            set_date(x, &c->a->timexes[tx]);
        else
            set_article_date(x, c->a);
        x->ev_start = c->a->tokens[c->s->tok_first +
                                   (p->subj_start >= 0 && p->subj_start < p->g
                                    ? p->subj_start : p->g)].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
    }
    return 0;
}

/* Does p stop or hold back a state's own dealings rather than aim at
** another state: payments, sales or a programme of its own ("suspended
** interest payments", "stopped selling its refined silver", "halted its
** debt for equity program")? Those are aimed at creditors or markets,
** not at the other state of the story. Looks at the words after the verb
** to the clause's end, at most eight. */
static int halts_own_dealings(const ctx *c, const pred *p)
{
    static const char *const words[] = {
        "payment", "payments", "repayments", "sales", "selling", "sale",
        "program", "programme", NULL
    };
    int i, k;
    for (i = p->v + 1; i < c->n && i < p->end && i <= p->v + 8; i++) {
        if (is_boundary_punct(c, i))
            break;
        for (k = 0; words[k]; k++)
            if (!strcmp(c->t[i].w, words[k]))
                return 1;
    }
    return 0;
}

/* The countries an article is mostly about: the two most mentioned, when
** the second has 3 mentions or more and a third of the first's. An act
** with no named target by one of them is taken to aim at the other. The
** pair is written to two[]; returns 1 when there is such a pair. */
static int main_pair(const dz_analysis *a, const unsigned char *blocked,
                     const char *two[2])
{
    const char *names[64];
    int counts[64], n = 0, i, k, b1 = -1, b2 = -1;
    for (i = 0; i < a->nmentions; i++) {
        if (a->mentions[i].type != DZ_ENT_COUNTRY || blocked[i])
            continue;
        for (k = 0; k < n; k++)
            if (!strcmp(names[k], a->mentions[i].name))
                break;
        if (k == n) {
            if (n == 64)
                continue;
            names[n] = a->mentions[i].name;
            counts[n++] = 0;
        }
        counts[k]++;
    }
    for (k = 0; k < n; k++) {
        if (b1 < 0 || counts[k] > counts[b1]) {
            b2 = b1;
            b1 = k;
        } else if (b2 < 0 || counts[k] > counts[b2])
            b2 = k;
    }
    if (b2 < 0 || counts[b2] < 3 || counts[b2] * 3 < counts[b1])
        return 0;
    two[0] = names[b1];
    two[1] = names[b2];
    return 1;
}

/* ---- verbs only before their particle -----------------------------------*/

/* Drop the verb of each token whose lemma is listed in [particle] unless
** the next word is one of that verb's [phrases] particles: "ruled out
** claims" is a verb, "a 21-page ruling" and "new rules" are nouns. */
/* ---- recall: what is stopped --------------------------------------------*/

/* For a [particle] verb at token i whose phrase word is a noun or a
** gerund ("stop payments", "stop selling"), the phrase a few words on
** past its determiners and modifiers ("stopped some payments", "stopped
** interest payments", "stopped all its sales"), or -1. Not after "to":
** an intent to stop ("agreed to stop selling", "pledged to stop
** dumping") is coded by the verb of intent, not as the stopping. */
static int stopped_object(const ctx *c, int i, const verbdef *vd)
{
    int j, ph;
    if (i > 0 && c->t[i - 1].kind == K_TO)
        return -1;
    for (j = i + 1; j < c->n && j <= i + 4; j++) {
        const tinfo *t = &c->t[j];
        for (ph = vd->phrases; ph >= 0; ph = c->vl->phrases[ph].next)
            if (c->vl->phrases[ph].word && !strcmp(c->vl->phrases[ph].word, t->w))
                return t->kind != K_PREP ? ph : -1;
        if (!t->w[0] || t->mention >= 0 || t->kind == K_PREP || t->kind == K_CONJ ||
            (t->verb >= 0 && t->form != F_NONE && t->kind != K_DET) ||
            !(t->kind == K_DET || t->kind == K_QUANT || t->kind == K_NONE))
            return -1;
    }
    return -1;
}

static void particle_verbs(ctx *c)
{
    int i, ph;
    for (i = 0; i < c->n; i++) {
        const verbdef *vd;
        if (c->t[i].verb < 0)
            continue;
        vd = &c->vl->verbs[c->t[i].verb];
        if (!(vd->flags & V_PARTICLE))
            continue;
        for (ph = i + 1 < c->n ? vd->phrases : -1; ph >= 0; ph = c->vl->phrases[ph].next)
            if (c->vl->phrases[ph].word && !strcmp(c->vl->phrases[ph].word, c->t[i + 1].w))
                break;
        if (ph < 0 || c->t[i + 1].kind != K_PREP)
            ph = stopped_object(c, i, vd);
        if (ph < 0) {
            c->t[i].verb = -1;
            c->t[i].form = F_NONE;
        }
    }
}

/* Fill the token table of sentence s. */
static void classify(ctx *c)
{
    const dz_analysis *a = c->a;
    int i, m = 0, x = 0, ts[16], nts = 0;
    int first = c->s->tok_first;

    /* the time expressions inside the sentence (a few at most); sentences,
    ** mentions and time expressions all come in text order, so each scan
    ** starts where the previous sentence's ended (no quadratic rescans) */
    while (c->timex_from < a->ntimexes &&
           a->timexes[c->timex_from].end <= c->s->start)
        c->timex_from++;
    for (x = c->timex_from; x < a->ntimexes && nts < 16 &&
                            a->timexes[x].start < c->s->end; x++)
        if (a->timexes[x].end > c->s->start)
            ts[nts++] = x;
    /* mentions are in text order: walk them alongside */
    m = c->mention_from;
    while (m < a->nmentions && a->mentions[m].end <= a->tokens[first].start)
        m++;
    c->mention_from = m;
    for (i = 0; i < c->n; i++) {
        const dz_token *tk = &a->tokens[first + i];
        tinfo *t = &c->t[i];
        const lexent *e;
        memset(t, 0, sizeof *t);
        t->verb = t->mention = t->timex = t->noun_root = -1;
        t->flags = tk->flags;
        while (m < a->nmentions && a->mentions[m].end <= tk->start)
            m++;
        if (m < a->nmentions && a->mentions[m].start <= tk->start &&
            a->mentions[m].end >= tk->end) {
            if (!c->blocked[m])
                t->mention = m;
            t->media = c->blocked[m] == 2;
        }
        for (x = 0; x < nts; x++)
            if (a->timexes[ts[x]].start <= tk->start &&
                a->timexes[ts[x]].end >= tk->end) {
                t->timex = ts[x];
                break;
            }
        if (i < c->skip) {          /* the dateline: no word of the clause */
            t->mention = t->timex = -1;
            t->flags &= ~(uint32_t)DZ_TOK_WORD;
            continue;
        }
        if (!(tk->flags & DZ_TOK_WORD))
            continue;
        if (fold_word(a->text + tk->start, (size_t)(tk->end - tk->start),
                      t->w, sizeof t->w) != 0) {
            t->w[0] = 0;
            continue;
        }
        if ((e = lex_find(c->vl, t->w))) {
            t->kind = e->kind;
            t->modal = e->modal;
            t->noun_root = e->noun_root;
            t->classes = e->classes;
        } else {
            size_t n = strlen(t->w);
            if (n > 3 && !strcmp(t->w + n - 3, "n't")) {
                char base[32];
                memcpy(base, t->w, n - 3);
                base[n - 3] = 0;
                if (!strcmp(base, "wo"))
                    strcpy(base, "will");
                else if (!strcmp(base, "ca"))
                    strcpy(base, "can");
                if ((e = lex_find(c->vl, base)))
                    t->modal = e->modal, t->kind = e->kind;
                if (t->kind != K_MODAL) {
                    int f;
                    t->verb = lemmatise(c->vl, base, &f);
                    t->form = f;
                    if (t->verb < 0)
                        t->kind = K_NEG;
                }
                continue;
            }
        }
        if (t->kind == K_NONE || t->kind == K_ADV) {
            int f;
            t->verb = lemmatise(c->vl, t->w, &f);
            t->form = f;
            if (t->verb >= 0 && t->kind == K_ADV)
                t->kind = K_NONE;
        }
        /* "is", "has", "does" are present forms of irregular verbs */
        if (t->verb >= 0 && t->form == F_IRR &&
            (!strcmp(t->w, "is") || !strcmp(t->w, "are") || !strcmp(t->w, "am") ||
             !strcmp(t->w, "has") || !strcmp(t->w, "does")))
            t->form = F_S;
        if (t->verb >= 0 && t->form == F_IRR &&
            (!strcmp(t->w, "have") || !strcmp(t->w, "do")))
            t->form = F_BASE;
    }
    instrument_verbs(c);
    particle_verbs(c);
    compound_participles(c);
    for (i = 0; i < c->n; i++)
        if (c->t[i].verb >= 0)
            c->t[i].is_verb = verb_context(c, i);
    /* "had talks with Moi", "will have talks with Suharto": an -s form
    ** after "have" is its object, a plural noun, never a verb */
    for (i = 1; i < c->n; i++)
        if (c->t[i].is_verb && c->t[i].form == F_S && c->t[i].mention < 0) {
            int j = prev_content(c, i);
            if (j >= 0 && c->t[j].verb == c->vl->have)
                c->t[i].is_verb = 0;
        }
    /* "Fed funds were trading", "SNP shares have advanced": a figure of a
    ** market right after a name is a noun, not a verb */
    for (i = 1; i < c->n; i++)
        if (c->t[i].is_verb && c->t[i].form == F_S &&
            (c->t[i].classes & c->vl->market) && mention_ends(c, i - 1))
            c->t[i].is_verb = 0;
    /* "Lucas shares dropped sharply", "Turkey's NATO allies today called
    ** on": a plural noun before a past verb, a time between them or not */
    for (i = 0; i + 1 < c->n; i++) {
        int j = i + 1;
        while (j + 1 < c->n && j < i + 4 && c->t[j].timex >= 0 && c->t[j].mention < 0 &&
               !c->t[j].is_verb)
            j++;
        if (c->t[i].is_verb && c->t[i].form == F_S && c->t[j].is_verb &&
            c->t[j].mention < 0 && !is_aux_word(c, j) &&
            (c->t[j].form == F_ED || c->t[j].form == F_IRR) &&
            !is_aux_word(c, i))
            c->t[i].is_verb = 0;
    }
    /* ", backed by the Netherlands and Denmark,": a participle between
    ** commas, not the subject's verb */
    for (i = 1; i + 1 < c->n; i++)
        if (c->t[i].is_verb && (c->t[i].form == F_ED || c->t[i].form == F_IRR) &&
            is_punct(c, i - 1, ',')) {
            /* ", supported, trained and armed by Paris,": a series of
            ** participles before "by" */
            int j = i + 1;
            while (j < c->n && j < i + 8 &&
                   (is_punct(c, j, ',') || c->t[j].kind == K_CONJ ||
                    (c->t[j].verb >= 0 && (c->t[j].form == F_ED || c->t[j].form == F_IRR)) ||
                    (strlen(c->t[j].w) > 4 &&
                     !strcmp(c->t[j].w + strlen(c->t[j].w) - 2, "ed"))))
                j++;
            if (j < c->n && !strcmp(c->t[j].w, "by"))
                for (; i < j; i++)
                    c->t[i].is_verb = 0;
        }
    /* an -ed form right after a noun inside a clause that already has a
    ** predicate is a participle ("arrangements meant to ...") */
    {
        int seen = 0;
        for (i = 0; i < c->n; i++) {
            tinfo *t = &c->t[i];
            if (is_boundary_punct(c, i) || t->kind == K_SUB || t->kind == K_REL) {
                seen = 0;
                continue;
            }
            if (!t->is_verb)
                continue;
            /* not a verb of saying: ", an Agriculture Ministry official
            ** told reporters" (unless "said by") */
            if (seen && (t->form == F_ED || t->form == F_IRR) && i > 0 &&
                !((c->vl->verbs[t->verb].flags & V_SPEECH) &&
                  !(i + 1 < c->n && !strcmp(c->t[i + 1].w, "by")))) {
                int j = prev_content(c, i);
                const tinfo *pt = j >= 0 ? &c->t[j] : NULL;
                if (pt && pt->kind == K_NONE && pt->verb < 0 && pt->w[0] &&
                    pt->mention < 0 && !is_aux_word(c, j))
                    t->is_verb = 0;
                /* "the act of 1987 introduced in", "the "trade act"
                ** introduced in": after a number or a closing quote */
                if (pt && pt->mention < 0 && pt->verb < 0 && j > 0 &&
                    (is_number(c, j) || (is_quote(c, j) && !is_punct(c, j - 1, ','))))
                    t->is_verb = 0;
            }
            if (t->is_verb && !is_aux_word(c, i))
                seen = 1;
        }
    }
}

/* Is the name s (n bytes) a [media] name, whole or before a trailing
** "Agency", "News Agency" or "News Service" ("Anatolian Agency")? */
static int paper_title(const char *s, size_t n);
static int news_firm(const char *s, size_t n);
static int paper_before(const dz_analysis *a, int32_t pos, int32_t end);
static void same_paper_later(const dz_analysis *a, unsigned char *b);
static int editorial_sentence(const dz_analysis *a, int m);

static int media_name(const verblex *vl, const char *s, size_t n)
{
    static const char *const tails[] = { " News Agency", " News Service",
                                         " Agency", NULL };
    char w[64];
    const lexent *e;
    int k;
    if (fold_word(s, n, w, sizeof w) == 0 && (e = lex_find(vl, w)) && e->media)
        return 1;
    for (k = 0; tails[k]; k++) {
        size_t t = strlen(tails[k]);
        if (n > t && !strncasecmp(s + n - t, tails[k], t))
            return fold_word(s, n - t, w, sizeof w) == 0 &&
                   (e = lex_find(vl, w)) && e->media;
    }
    return 0;
}

/* Does the name s (n bytes) hold the word "News", "Presse" or "Agentur"
** ("The Cable News Network", "Middle East News Agency", "Deutsche Presse
** Agentur") and no company form ("News Corp Ltd of Australia" is a firm
** that acts)? */
static int news_words(const char *s, size_t n)
{
    static const char *const words[] = { "News", "Presse", "Agentur", NULL };
    static const char *const firms[] = { "Corp", "Corp.", "Inc", "Inc.", "Ltd",
                                         "Ltd.", "Co", "Co.", "Plc", "Group", NULL };
    size_t i = 0;
    int found = 0, k;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        /* the first letter first: this runs for every name of a story */
        for (k = 0; words[k]; k++)
            if (words[k][0] == s[i] && j - i == strlen(words[k]) &&
                !strncmp(s + i, words[k], j - i))
                found = 1;
        for (k = 0; firms[k]; k++)
            if (firms[k][0] == s[i] && j - i == strlen(firms[k]) &&
                !strncmp(s + i, firms[k], j - i))
                return 0;
        i = j + 1;
    }
    return found;
}

/* Does the text from p name the news media of the place just before it
** ("Tehran radio said", "Zagreb papers said", "Turkish television
** reported")? Then the place is the channel's, not an actor. */
static int place_media(const char *p, const char *end)
{
    static const char *const words[] = {
        "radio", "television", "TV", "papers", "newspapers", "press",
        "dailies", "media", NULL
    };
    int k;
    while (p < end && *p == ' ')
        p++;
    for (k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if ((size_t)(end - p) >= n && !strncasecmp(p, words[k], n) &&
            ((size_t)(end - p) == n || !isalpha((unsigned char)p[n])))
            return 1;
    }
    return 0;
}

/* Is mention m a news organisation: a [media] name (its surface or its
** canonical name, see media_name), a name with the words of news
** organisations (news_words), or an organisation followed by "newspaper",
** "daily", "agency" or "news agency"? A person or thing counts only by
** its name ("Pravda" tagged as a person). */
static int media_mention(const verblex *vl, const dz_analysis *a, int m)
{
    const dz_mention *mt = &a->mentions[m];
    const char *p = a->text + mt->end, *end = a->text + a->len;
    const char *surface = a->text + mt->start;
    size_t sn = (size_t)(mt->end - mt->start);
    if (mt->type == DZ_ENT_COUNTRY || mt->type == DZ_ENT_PLACE)
        return place_media(p, end);
    if (mt->type == DZ_ENT_GROUP)
        return 0;
    if (media_name(vl, mt->name, strlen(mt->name)) || media_name(vl, surface, sn) ||
        news_words(mt->name, strlen(mt->name)) || news_words(surface, sn) ||
        (((mt->type == DZ_ENT_ORGANIZATION && paper_title(mt->name, strlen(mt->name))) ||
          paper_before(a, mt->start, mt->end)) && !editorial_sentence(a, m)))
        return 1;
    if (mt->type != DZ_ENT_ORGANIZATION)
        return 0;
    while (p < end && (*p == ' ' || *p == '\n'))
        p++;
    if (end - p >= 5 && !strncasecmp(p, "news ", 5))
        p += 5;
    return (end - p >= 9 && !strncasecmp(p, "newspaper", 9)) ||
           (end - p >= 6 && !strncasecmp(p, "agency", 6)) ||
           (end - p >= 5 && !strncasecmp(p, "daily", 5) &&
            (end - p == 5 || !isalpha((unsigned char)p[5])));
}

/* Is mention m one member of a party, written with "a" or "an" and at
** most one word between ("an Illinois Democrat", "a Tory")? It describes
** the person named beside it, who acts; the party does not. */
static int party_member(const dz_analysis *a, int m)
{
    static const char *const members[] = {
        "Democrat", "Republican", "Socialist", "Communist", "Conservative",
        "Liberal", "Tory", "Gaullist", "Christian Democrat", "Social Democrat",
        NULL
    };
    const dz_mention *x = &a->mentions[m];
    const char *t = a->text, *p = t + x->start;
    size_t n = (size_t)(x->end - x->start);
    int k, words;
    for (k = 0; members[k]; k++)
        if (strlen(members[k]) == n && !strncmp(p, members[k], n))
            break;
    if (!members[k])
        return 0;
    /* back over at most one word, then "a" or "an" */
    for (words = 0; words < 2; words++) {
        const char *e;
        while (p > t && p[-1] == ' ')
            p--;
        e = p;
        while (p > t && p[-1] != ' ' && p[-1] != '\n')
            p--;
        if ((e - p == 1 && (*p == 'a' || *p == 'A')) ||
            (e - p == 2 && (*p == 'a' || *p == 'A') && p[1] == 'n'))
            return 1;
        if (e == p || !(*p >= 'A' && *p <= 'Z'))
            return 0;
    }
    return 0;
}

/* ---- newspapers named by their title ----------------------------------------
** A newspaper carries what others say and is no actor but for its own
** editorial, which the coder does not tell apart ("the Melbourne Sun
** published an alleged telephone conversation", "Die Welt said the
** interview had taken place"): an organisation named by a title of
** several words ending in a newspaper's word, or named after "daily", "newspaper",
** "weekly" or "magazine", is a channel, as a news agency is; so is every
** later mention of it in the story; but in a sentence about an editorial
** the paper acts. */

/* Is the name s (n bytes) a newspaper's title: two words or more, the
** last a newspaper's ("Melbourne Sun", "Jerusalem Post", "Financial
** Times"), and no company form ("Times Mirror Co" is a firm)? */
static int paper_title(const char *s, size_t n)
{
    static const char *const last[] = {
        "Sun", "Times", "Post", "Herald", "Tribune", "Gazette", "Journal",
        "Chronicle", NULL
    };
    const char *sp = NULL;
    size_t i;
    char w[16];
    for (i = 0; i < n; i++)
        if (s[i] == ' ')
            sp = s + i;
    if (!sp || (size_t)(s + n - sp - 1) >= sizeof w)
        return 0;
    memcpy(w, sp + 1, (size_t)(s + n - sp - 1));
    w[s + n - sp - 1] = 0;
    return dz_word_in(w, last) && !news_firm(s, n);
}

/* Does a company form stand in the name s (n bytes) ("Corp", "Inc",
** "Co", "Ltd", "Plc", "Group")? */
static int news_firm(const char *s, size_t n)
{
    static const char *const firms[] = { "Corp", "Corp.", "Inc", "Inc.", "Ltd",
                                         "Ltd.", "Co", "Co.", "Plc", "Group", NULL };
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        char w[8];
        while (j < n && s[j] != ' ')
            j++;
        if (j - i < sizeof w) {
            memcpy(w, s + i, j - i);
            w[j - i] = 0;
            if (dz_word_in(w, firms))
                return 1;
        }
        i = j + 1;
    }
    return 0;
}

/* Is the word right before the name at bytes [pos, end) of a's text
** "daily", "newspaper", "weekly" or "magazine", and the name not followed
** by a word in lower case other than a verb of telling ("the
** conservative daily Die Welt said", not "the weekly USDA state crop
** report")? */
static int paper_before(const dz_analysis *a, int32_t pos, int32_t end)
{
    static const char *const words[] = { "daily", "newspaper", "weekly", "magazine", NULL };
    static const char *const tells[] = { "said", "says", "reported", "reports", "quoted",
                                         "published", "carried", "wrote", "added", NULL };
    int32_t e = pos, b, x = end, y;
    char w[16];
    while (e > 0 && (a->text[e - 1] == ' ' || a->text[e - 1] == '\n'))
        e--;
    b = e;
    while (b > 0 && isalpha((unsigned char)a->text[b - 1]))
        b--;
    if (e - b < 5 || e - b >= (int32_t)sizeof w || e == pos)
        return 0;
    memcpy(w, a->text + b, (size_t)(e - b));
    w[e - b] = 0;
    if (!dz_word_in(w, words))
        return 0;
    while (x < (int32_t)a->len && (a->text[x] == ' ' || a->text[x] == '\n'))
        x++;
    for (y = x; y < (int32_t)a->len && isalpha((unsigned char)a->text[y]); y++)
        ;
    if (y > x && islower((unsigned char)a->text[x])) {
        if (y - x >= (int32_t)sizeof w)
            return 0;
        memcpy(w, a->text + x, (size_t)(y - x));
        w[y - x] = 0;
        return dz_word_in(w, tells);
    }
    return 1;
}

/* Does the sentence of mention m speak of an editorial ("the Jakarta Post
** said in an editorial"): the paper's own act? */
static int editorial_sentence(const dz_analysis *a, int m)
{
    const dz_sentence *s = &a->sentences[a->mentions[m].sentence];
    return s->end > s->start &&
           memmem(a->text + s->start, (size_t)(s->end - s->start), "editorial", 9) != NULL;
}

/* Mark as a channel (2 in b) every mention named as a news organisation
** earlier in the story by its title or the word before it ("the
** conservative daily Die Welt ... Die Welt said"); a place whose radio or
** papers spoke is none. */
static void same_paper_later(const dz_analysis *a, unsigned char *b)
{
    int m, k;
    for (m = 0; m < a->nmentions; m++) {
        const dz_mention *x = &a->mentions[m];
        if (b[m] != 2 || !x->name || x->type != DZ_ENT_ORGANIZATION ||
            !(paper_title(x->name, strlen(x->name)) || paper_before(a, x->start, x->end)))
            continue;       /* "Tehran radio said", "the ICCO daily prices":
                            ** no channel elsewhere in the story */
        for (k = m + 1; k < a->nmentions; k++)
            if (!b[k] && a->mentions[k].name &&
                !strcmp(a->mentions[k].name, a->mentions[m].name) && !editorial_sentence(a, k))
                b[k] = 2;
    }
}

/* Per mention of a: 1 when it may be no actor or target, because it lies
** in a dateline (where the story was filed) or is a party member beside
** the person acting, 2 when it names a news organisation (the channel). malloc'd (caller frees),
** NULL when out of memory. */
static unsigned char *blocked_mentions(const verblex *vl, const dz_analysis *a)
{
    unsigned char *b = calloc((size_t)a->nmentions + 1, 1);
    int si, m = 0, para = -1;
    if (!b)
        return NULL;
    for (si = 0; si < a->nsentences; si++) {
        const dz_sentence *s = &a->sentences[si];
        size_t dl;
        if (s->paragraph == para)
            continue;
        para = s->paragraph;
        dl = dateline_length(a->text + s->start, (size_t)(s->end - s->start), NULL);
        if (!dl)
            continue;
        while (m < a->nmentions && a->mentions[m].start < s->start)
            m++;
        for (; m < a->nmentions && a->mentions[m].start < s->start + (int32_t)dl; m++)
            b[m] = 1;
    }
    for (m = 0; m < a->nmentions; m++)
        if (!b[m])
            b[m] = media_mention(vl, a, m) ? 2
                 : a->mentions[m].type == DZ_ENT_ORGANIZATION && party_member(a, m);
    same_paper_later(a, b);
    return b;
}

/* ---- groups named by a common noun -----------------------------------------*/

/* A word of a's token k for the group finder: folded into w (cap 32), its
** lexicon entry in *e (NULL), its verb form in *form. 0, or -1 when the
** token is no word. */
static int group_word(const verblex *vl, const dz_analysis *a, int k, char w[32],
                      const lexent **e, int *verb, int *form)
{
    const dz_token *tk = &a->tokens[k];
    *e = NULL;
    *verb = -1;
    *form = F_NONE;
    if (!(tk->flags & DZ_TOK_WORD) ||
        fold_word(a->text + tk->start, (size_t)(tk->end - tk->start), w, 32) != 0)
        return -1;
    *e = lex_find(vl, w);
    if (!*e || (*e)->kind == K_NONE)
        *verb = lemmatise(vl, w, form);
    return 0;
}

/* Is the code of a Phoenix agent one of a state's own agents (government,
** military, police, legislature, courts, spies)? A state acts through
** them: "Syrian troops", "U.S. officials", "Iraq's warplanes" are the
** state's act, as CAMEO codes SYRMIL as Syria. */
static int state_agent(const char *code)
{
    return !strncmp(code, "GOV", 3) || !strncmp(code, "MIL", 3) ||
           !strncmp(code, "COP", 3) || !strncmp(code, "LEG", 3) ||
           !strncmp(code, "JUD", 3) || !strncmp(code, "SPY", 3);
}

/* Lower the first letter of each piece of name (between spaces and
** hyphens) that is capitalised only there: "Creditor banks" is "creditor
** banks", "Non-OPEC producers" "non-OPEC producers". */
static void lower_common(char *name)
{
    char *p = name;
    while (*p) {
        char *e = p + 1;
        int inner = 0;
        if (*p == ' ' || *p == '-') {
            p++;
            continue;
        }
        for (; *e && *e != ' ' && *e != '-'; e++)
            inner |= *e >= 'A' && *e <= 'Z';
        if (*p >= 'A' && *p <= 'Z' && !inner)
            *p = (char)(*p - 'A' + 'a');
        p = e;
    }
}

/* Is token t a word of number or quantity ("two", "many", "other",
** "several"): quantity_word's, numbers and a few more? Such words begin a
** group's phrase but not its name. */
static int count_word(const dz_analysis *a, const dz_token *t)
{
    static const char *const more[] = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "dozen", "few", "other", "more",
        "various", "numerous", "certain", NULL
    };
    char w[32];
    if (fold_word(a->text + t->start, (size_t)(t->end - t->start), w, sizeof w) != 0)
        return 0;
    if (quantity_word(w))
        return 1;
    return dz_word_in(w, more);
}

/* Members of a state's or a body's assemblies who act as a group of
** their own, not as the state: "U.S. senators", "Brazilian governors",
** "Japanese lawmakers" (head w); and ministers of an international body,
** who meet for their states ("EC farm ministers", "GATT trade ministers").
** cm is the country or body named before the group. */
static int member_group(const dz_analysis *a, int cm, const char *w)
{
    return member_noun(w) ||
           (!strcmp(w, "ministers") && a->mentions[cm].type == DZ_ENT_ORGANIZATION);
}

/* The latest of the article's groups found so far (gs, n) whose name is
** longer than the bare plural head and ends in it: "ministers" after "EC
** industry ministers" are that group again. -1 when none. (Used for
** ministers only: a bare "seamen", "banks" or "farmers" is as often
** another group as the one named before.) */
static int earlier_group(const dz_mention *gs, int n, const char *head)
{
    size_t hn = strlen(head);
    int k;
    for (k = n - 1; k >= 0; k--) {
        const char *nm = gs[k].name;
        size_t ln = nm ? strlen(nm) : 0;
        if (ln > hn + 1 && nm[ln - hn - 1] == ' ' && !strcasecmp(nm + ln - hn, head))
            return k;
    }
    return -1;
}

/* Does a time expression of a start at byte pos ("ministers today
** declared")? */
static int timex_at(const dz_analysis *a, int32_t pos)
{
    int lo = 0, hi = a->ntimexes;       /* time expressions in text order */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a->timexes[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < a->ntimexes && a->timexes[lo].start == pos;
}

/* A body's name restated by its initials in brackets right before token b
** of the sentence from token first ("European Community (EC) industry
** ministers"): the mention of the full name, else -1. */
static int bracketed_initials(const dz_analysis *a, int first, int b, const int *tm)
{
    const dz_token *o = &a->tokens[first + b - 3], *c = &a->tokens[first + b - 1];
    int full = tm[b - 4], ini = tm[b - 2];
    if (full < 0 || ini < 0 || full == ini || tm[b - 3] >= 0 || tm[b - 1] >= 0 ||
        o->end - o->start != 1 || a->text[o->start] != '(' ||
        c->end - c->start != 1 || a->text[c->start] != ')' ||
        !a->mentions[full].name || !a->mentions[ini].name ||
        strcmp(a->mentions[full].name, a->mentions[ini].name))
        return -1;
    return full;
}

static int creditor_committee(const dz_analysis *a, int first, int i, const int *tm, int last);
static int committee_group(dz_analysis *a, int si, int first, int b, int i, dz_mention **out,
                           int *nout, int *cap);

/* Is token k of the sentence (tm: mention per token), a verb's base form
** right after a state's or body's name, a noun that says what the group
** after it deals with ("EC finance ministers", "GATT trade ministers")?
** A verb does not follow a name bare before a plural agent noun. */
static int name_then_modifier(const dz_analysis *a, int k, const int *tm, int form)
{
    int cm = k > 0 ? tm[k - 1] : -1;
    return form == F_BASE && cm >= 0 && (a->mentions[cm].type == DZ_ENT_COUNTRY ||
                                         a->mentions[cm].type == DZ_ENT_ORGANIZATION);
}

/* Is token k of the sentence from token first (tm: mention per token) a
** verb's base form that opens a noun phrase, right after a determiner, a
** preposition other than "to", a dash or at the sentence's start, and so
** a noun that says what the group after it does ("BEIRUT - Rescue workers
** planned", "clashes with trade unions", "the farm workers")? A verb does
** not stand there. */
static int phrase_opening_modifier(const verblex *vl, const dz_analysis *a, int first, int k,
                                   const int *tm, int form)
{
    char w[32];
    const lexent *e;
    int verb, vform;
    const dz_token *pt;
    if (form != F_BASE)
        return 0;
    if (k == 0)
        return 1;
    if (tm[k - 1] >= 0)
        return 0;
    pt = &a->tokens[first + k - 1];
    if (!(pt->flags & DZ_TOK_WORD))
        return pt->end - pt->start == 1 && a->text[pt->start] == '-';
    if (group_word(vl, a, first + k - 1, w, &e, &verb, &vform) != 0 || !e)
        return 0;
    return e->kind == K_DET || (e->kind == K_PREP && strcmp(w, "to"));
}

/* Append word x to the phrase key (o bytes so far; a space between
** words), as snprintf(key + o, cap - o, "%s%s", o ? " " : "", x) would:
** cut to fit cap, the length it would have had returned (snprintf took
** about 800 instructions a word here, 3% of the action coder's). */
static int key_append(char *key, size_t cap, int o, const char *x)
{
    size_t len = strlen(x), at = (size_t)o, i;
    const char *sep = o ? " " : "";
    for (i = 0; sep[i]; i++, at++)
        if (at + 1 < cap)
            key[at] = sep[i];
    for (i = 0; i < len; i++, at++)
        if (at + 1 < cap)
            key[at] = x[i];
    if (cap)
        key[at < cap ? at : cap - 1] = 0;
    return (int)at;
}

/* Groups named by a common noun in sentence si: a noun phrase headed by
** the plural of a Phoenix agent noun ("creditor banks", "the strikers",
** "communist rebels"; "police", "army" as collectives), with the common
** nouns before it and a country or body named right before them
** ("Brazilian seamen", "EC consumer groups"). A state's own agents with
** a state named ("U.S. officials", "Syrian troops") are the state's act
** and no group; so are sources and commentators ("officials said",
** "analysts said": class @unnamed, @commentator) and role nouns ("the
** ministry"). Appends each group as a mention (type organisation, the
** country's code) to *out (grown with *cap); their spans hold no other
** mention. Returns the number added, or -1 on no memory. */
static int sentence_groups(const verblex *vl, dz_analysis *a, int si, int *m0,
                           int *tm, dz_mention **out, int *nout, int *cap)
{
    const dz_sentence *s = &a->sentences[si];
    int first = s->tok_first, n = s->tok_count, i, added = 0, m = *m0;
    int last = -1;          /* last token of the previous group */
    if (n <= 0 || n > 4000)
        return 0;
    while (m < a->nmentions && a->mentions[m].end <= a->tokens[first].start)
        m++;
    *m0 = m;
    for (i = 0; i < n; i++) {
        const dz_token *tk = &a->tokens[first + i];
        while (m < a->nmentions && a->mentions[m].end <= tk->start)
            m++;
        tm[i] = m < a->nmentions && a->mentions[m].start <= tk->start &&
                a->mentions[m].end >= tk->end ? m : -1;
    }
    for (i = 0; i < n; i++) {
        char w[32], key[128], nw[32];
        const lexent *e, *ne;
        const char *code = NULL;
        int verb, form, flags = 0, len = 0, L, b, mods, nverb, nform, j;
        const dz_token *hk = &a->tokens[first + i];
        int quick;
        /* the quick test: the word ends a plural agent phrase, or is a
        ** singular agent that may be a collective body ("police") */
        char z;
        if (tm[i] >= 0 || !(hk->flags & DZ_TOK_WORD) || hk->end - hk->start < 4)
            continue;
        if ((b = creditor_committee(a, first, i, tm, last)) >= 0) {
            if (committee_group(a, si, first, b, i, out, nout, cap) != 0)
                return -1;
            last = i;
            added++;
            continue;
        }
        /* plurals end in -s or -men; the collective bodies of force that
        ** act in the singular are "police", "army", "navy", "military" */
        z = a->text[hk->end - 1];
        if (z != 's' && z != 'n' && z != 'S' && z != 'N') {
            size_t hl = (size_t)(hk->end - hk->start);
            const char *hs = a->text + hk->start;
            if (!((hl == 6 && !strncasecmp(hs, "police", 6)) ||
                  (hl == 4 && (!strncasecmp(hs, "army", 4) || !strncasecmp(hs, "navy", 4))) ||
                  (hl == 8 && !strncasecmp(hs, "military", 8))))
                continue;
        }
        if (fold_word(a->text + hk->start, (size_t)(hk->end - hk->start), w, 32) != 0 ||
            !(quick = groups_lookup(w, NULL)))
            continue;
        if (!(quick & (GROUP_PLURAL | GROUP_TAIL)) &&
            !((e = lex_find(vl, w)) && (e->classes & vl->institution)))
            continue;
        if (group_word(vl, a, first + i, w, &e, &verb, &form) != 0)
            continue;
        if (e && (e->kind != K_NONE ||
                  (e->classes & (vl->unnamed | vl->commentator | vl->role_person |
                                 vl->role_body))))
            continue;
        /* the longest agent phrase ending here: "riot police", "police" */
        for (L = 3; L >= 1 && !flags; L--) {
            int k, o = 0, ok = 1;
            if (i - L + 1 < 0)
                continue;
            key[0] = 0;
            for (k = i - L + 1; k <= i && ok; k++) {
                char x[32];
                const dz_token *xk = &a->tokens[first + k];
                if (tm[k] >= 0 || !(xk->flags & DZ_TOK_WORD) ||
                    fold_word(a->text + xk->start, (size_t)(xk->end - xk->start), x, 32) != 0)
                    ok = 0;
                else
                    o = key_append(key, sizeof key, o, x);
            }
            if (ok && (size_t)o < sizeof key &&
                (flags = groups_lookup(key, &code) & (GROUP_PLURAL | GROUP_SINGULAR)))
                len = L;
        }
        /* reporters and newspapers are the channel, never a group that
        ** acts or is acted on ("told reporters") */
        if (!flags || !strncmp(code, "MED", 3))
            continue;
        /* the military agents of the dictionary are people and arms
        ** alike: only people ("troops", "seamen", class @agent) or bodies
        ** ("army", @institution) act; "chartered tankers" is no group */
        if (!strncmp(code, "MIL", 3) &&
            !(e && (e->classes & (vl->actorish & ~(vl->role_person | vl->role_body)))) &&
            !(strlen(w) > 3 && !strcmp(w + strlen(w) - 3, "men")))
            continue;
        /* a plural, or a collective body of force ("police", "army") */
        if (!(flags & GROUP_PLURAL) &&
            !((e && (e->classes & vl->institution)) &&
              (!strncmp(code, "MIL", 3) || !strncmp(code, "COP", 3))))
            continue;
        /* the head ends the phrase: not "police station", "bank officials" */
        if (i + 1 < n && tm[i + 1] < 0 &&
            group_word(vl, a, first + i + 1, nw, &ne, &nverb, &nform) == 0 &&
            (!ne || ne->kind == K_NONE) && !timex_at(a, a->tokens[first + i + 1].start) &&
            !(a->tokens[first + i + 1].flags & DZ_TOK_CAP) && strcmp(nw, "'s") &&
            strcmp(nw, "'")) {
            /* a plural noun after it is a compound ("rebel attacks",
            ** "military talks"), unless a singular collective takes it as
            ** its verb ("the army says") */
            if (nverb < 0)
                continue;
            if (nform == F_S &&
                ((flags & GROUP_PLURAL) || !strcmp(w, "police") ||
                 (ne && (ne->classes & (vl->meeting | vl->nominal | vl->market)))))
                continue;
        }
        /* "leaders of Egypt's Muslim Brotherhood", "dissidents from
        ** Egypt": people of a name are that name's, no group */
        if (i + 2 < n && tm[i + 1] < 0 &&
            group_word(vl, a, first + i + 1, nw, &ne, &nverb, &nform) == 0 &&
            (!strcmp(nw, "of") || !strcmp(nw, "from")) &&
            (tm[i + 2] >= 0 || (i + 3 < n && tm[i + 3] >= 0 &&
                                (a->tokens[first + i + 2].end - a->tokens[first + i + 2].start) == 3 &&
                                !strncasecmp(a->text + a->tokens[first + i + 2].start, "the", 3))))
            continue;
        /* common nouns and -ing words before it: "creditor", "striking" */
        b = i - len + 1;
        if (b <= last)
            continue;
        for (mods = 0; b > 0 && mods < 3; mods++, b--) {
            char x[32];
            const lexent *xe;
            int xv, xf;
            const dz_token *tk = &a->tokens[first + b - 1];
            if (b - 1 <= last || tm[b - 1] >= 0 ||
                group_word(vl, a, first + b - 1, x, &xe, &xv, &xf) != 0 ||
                (xe && xe->kind != K_NONE) ||
                /* a capital only where the sentence or clause starts:
                ** "BEIRUT - Rescue workers planned" */
                ((tk->flags & DZ_TOK_CAP) && b - 1 > 0 &&
                 (a->tokens[first + b - 2].flags & DZ_TOK_WORD)) ||
                (isdigit((unsigned char)x[0]) && !strchr(x, '-')))
                break;
            if (xv >= 0 && xf != F_ING && !name_then_modifier(a, b - 1, tm, xf) &&
                !phrase_opening_modifier(vl, a, first, b - 1, tm, xf))
                break;
            /* "to force banks", "would press creditors": a verb */
            if (b >= 2 && tm[b - 2] < 0) {
                char y[32];
                const lexent *ye;
                int yv, yf;
                if (group_word(vl, a, first + b - 2, y, &ye, &yv, &yf) == 0 && ye &&
                    (ye->kind == K_TO || ye->kind == K_MODAL))
                    break;
            }
            /* "striking seamen", but not "regulations requiring banks":
            ** an -ing word right after a noun heads a clause of its own;
            ** a plural noun ("firms laid off workers") ends the phrase */
            if (xv >= 0 && b >= 2 && tm[b - 2] < 0 &&
                (a->tokens[first + b - 2].flags & DZ_TOK_WORD)) {
                char y[32];
                const lexent *ye;
                int yv, yf;
                if (group_word(vl, a, first + b - 2, y, &ye, &yv, &yf) == 0 &&
                    (!ye || ye->kind == K_NONE))
                    break;
            }
            {
                /* nor does a particle ("laid off workers") */
                size_t xn = strlen(x);
                if ((xn > 3 && x[xn - 1] == 's' && x[xn - 2] != 's') ||
                    !strcmp(x, "off") || !strcmp(x, "out") || !strcmp(x, "up") ||
                    !strcmp(x, "down"))
                    break;
            }
            if (xe && (xe->classes & (vl->unnamed | vl->commentator | vl->market)))
                break;
        }
        /* a plural that is also a verb form ("forces", "banks") with no
        ** word before it that makes it a noun is left alone */
        if (verb >= 0 && mods == 0 && len == 1 &&
            !(b > 0 && group_word(vl, a, first + b - 1, nw, &ne, &nverb, &nform) == 0 &&
              ne && (ne->kind == K_DET || ne->kind == K_QUANT || ne->kind == K_PREP)))
            continue;
        {
            /* a country or body named right before: "Brazilian seamen";
            ** a possessor ("Mexico's creditor banks") is not part of it */
            int cm = b > 0 ? tm[b - 1] : -1, poss = 0, start, member;
            dz_mention *g;
            char *name;
            size_t nn, o = 0;
            if (b > 1 && tm[b - 1] < 0) {
                const dz_token *tk = &a->tokens[first + b - 1];
                const char *t = a->text + tk->start;
                if ((tk->end - tk->start == 2 && !strncmp(t, "'s", 2)) ||
                    (tk->end - tk->start == 1 && *t == '\''))
                    poss = tm[b - 2] >= 0;
            }
            if (cm < 0 && b >= 4)
                cm = bracketed_initials(a, first, b, tm);
            if (cm >= 0 && a->mentions[cm].type != DZ_ENT_COUNTRY &&
                a->mentions[cm].type != DZ_ENT_ORGANIZATION)
                cm = -1;
            member = cm >= 0 && member_group(a, cm, w);
            /* ministers with no body named are a role, not a group */
            if (!member && !strcmp(w, "ministers") &&
                (cm >= 0 || poss || earlier_group(*out, *nout, w) < 0))
                continue;
            if ((cm >= 0 || poss) && state_agent(code) && !member)
                continue;
            /* "two Brazilian men", "a Nigerian student": people a country
            ** names (class @agent) stand for it, as CAMEO codes BRACVL
            ** as Brazil; "Brazilian seamen" are a group of their own */
            if (cm >= 0 && a->mentions[cm].type == DZ_ENT_COUNTRY && e &&
                (e->classes & vl->actorish) && !member)
                continue;
            /* a singular body of force is "the army" (police go without
            ** "the"): not "conducting military exercises" */
            if (!(flags & GROUP_PLURAL) && b > 0 && cm < 0 && !poss && strcmp(w, "police") &&
                !(group_word(vl, a, first + b - 1, nw, &ne, &nverb, &nform) == 0 &&
                  ne && ne->kind == K_DET))
                continue;
            if (DZ_VEC_PUSH(*out, *nout, *cap))
                return -1;
            start = a->tokens[first + b].start;
            g = &(*out)[(*nout)++];
            memset(g, 0, sizeof *g);
            g->sentence = si;
            g->start = start;
            g->end = a->tokens[first + i].end;
            g->type = DZ_ENT_ORGANIZATION;
            g->form = DZ_FORM_NAME;
            g->code = cm >= 0 && a->mentions[cm].type == DZ_ENT_COUNTRY ?
                      a->mentions[cm].code : NULL;
            if (cm >= 0)
                start = a->mentions[cm].start;
            else {
                /* "two companies", "many bankers" are companies, bankers */
                int nb = b;
                while (nb < i - len + 1 && count_word(a, &a->tokens[first + nb]))
                    nb++;
                start = a->tokens[first + nb].start;
            }
            /* its name: the words as written, spaces made single; the
            ** common nouns alone in lower case ("Creditor banks" at the
            ** start of a sentence is "creditor banks"), so that one group
            ** is one stored entity */
            nn = (size_t)(g->end - start);
            if (!(name = dz_arena_alloc(&a->arena, nn + 1)))
                return -1;
            for (j = start; j < g->end; j++) {
                char ch = a->text[j];
                if (ch == '\n' || ch == '\t' || ch == '\r')
                    ch = ' ';
                if (ch == ' ' && o > 0 && name[o - 1] == ' ')
                    continue;
                name[o++] = ch;
            }
            name[o] = 0;
            if (cm < 0)
                lower_common(name);
            g->name = name;
            if (cm < 0 && !poss && !strcmp(w, "ministers") && !strchr(name, ' ')) {
                int eg = earlier_group(*out, *nout - 1, name);
                if (eg >= 0) {
                    g->name = (*out)[eg].name;
                    g->code = (*out)[eg].code;
                }
            }
            last = i;
            added++;
        }
    }
    return added;
}

/* Find the groups of every sentence (sentence_groups) and merge them into
** a->mentions in text order; *isgroup (malloc'd, caller frees) marks them.
** -1 on no memory. */
static int groups_add(const verblex *vl, dz_analysis *a, unsigned char **isgroup)
{
    dz_mention *gs = NULL;
    int ng = 0, capg = 0, si, m0 = 0, i, j, k, n = a->nmentions, maxn = 0;
    unsigned char *ig;
    int *tm;                /* per token of a sentence: its mention, -1 */
    for (si = 0; si < a->nsentences; si++)
        if (a->sentences[si].tok_count > maxn && a->sentences[si].tok_count <= 4000)
            maxn = a->sentences[si].tok_count;
    if (!(tm = malloc((size_t)maxn * sizeof *tm + 1)))
        return -1;
    for (si = 0; si < a->nsentences; si++)
        if (sentence_groups(vl, a, si, &m0, tm, &gs, &ng, &capg) < 0) {
            free(gs);
            free(tm);
            return -1;
        }
    free(tm);
    if (!(ig = calloc((size_t)(n + ng) + 1, 1))) {
        free(gs);
        return -1;
    }
    if (ng > 0) {
        if (n + ng > a->capmentions) {
            dz_mention *nm = realloc(a->mentions, (size_t)(n + ng) * sizeof *nm);
            if (!nm) {
                free(gs);
                free(ig);
                return -1;
            }
            a->mentions = nm;
            a->capmentions = n + ng;
        }
        /* merge from the back: groups and mentions never share a start */
        for (i = n - 1, j = ng - 1, k = n + ng - 1; j >= 0; k--)
            if (i >= 0 && a->mentions[i].start > gs[j].start)
                a->mentions[k] = a->mentions[i--];
            else {
                a->mentions[k] = gs[j--];
                ig[k] = 1;
            }
        a->nmentions = n + ng;
    }
    free(gs);
    *isgroup = ig;
    return 0;
}

/* Take the groups out of a->mentions again, so that the analysis's
** mentions are the tagger's: an action's group actor or target becomes
** its actor_group / target_group text (its actor / target -1), the other
** indexes are renumbered. */
static void groups_drop(dz_analysis *a, const unsigned char *isgroup)
{
    int m, k = 0, ai;
    int *map = malloc((size_t)a->nmentions * sizeof *map + 1);
    if (!map)                   /* no memory: leave the indexes as they are */
        return;
    for (m = 0; m < a->nmentions; m++)
        map[m] = isgroup[m] ? -1 : k++;
    for (ai = 0; ai < a->nactions; ai++) {
        dz_action *x = &a->actions[ai];
        if (x->actor >= 0 && isgroup[x->actor])
            x->actor_group = a->mentions[x->actor].name;
        /* a group told something is the audience, not a target:
        ** "told businessmen", "said to farmers" */
        if (x->target >= 0 && isgroup[x->target] && x->category == 1)
            x->target = -1;
        if (x->target >= 0 && isgroup[x->target])
            x->target_group = a->mentions[x->target].name;
        x->actor = x->actor >= 0 ? map[x->actor] : -1;
        x->target = x->target >= 0 ? map[x->target] : -1;
    }
    for (m = 0; m < a->nmentions; m++)
        if (!isgroup[m])
            a->mentions[map[m]] = a->mentions[m];
    a->nmentions = k;
    free(map);
}

/* ---- groups tied to their state ---------------------------------------------
** A group named by a common noun with no state ("farmers", "troops",
** "senators") is, for a reader, the group of some state: the story's.
** Such a group of a kind that belongs to one state (workers, farmers,
** teachers, voters, a state's own agents and assemblies) takes the state
** the text gives and is named with its adjective ("Spanish farmers",
** "U.S. senators"), as the gold of real news names them; a state's agent
** with no state found ("troops", "police") acts for no one a reader can
** name: its act is left out (as a target it stays: "clashed with police"). Groups of no one state (banks, creditors,
** producers, nations) are left as they are. */

/* The Phoenix code of the group named name (its last two words or its
** last word, folded), NULL when the lexicon does not know it. */
static const char *group_name_code(const char *name)
{
    char key[64];
    const char *code = NULL, *sp, *sp2 = NULL;
    size_t i, n = strlen(name);
    if (n == 0 || n >= sizeof key)
        return NULL;
    for (i = 0; i <= n; i++)
        key[i] = (char)tolower((unsigned char)name[i]);
    sp = strrchr(key, ' ');
    if (sp) {
        for (sp2 = sp - 1; sp2 > key && *sp2 != ' '; sp2--)
            ;
        if (*sp2 == ' ')
            sp2++;
        if (groups_lookup(sp2, &code))
            return code;
    }
    return groups_lookup(sp ? sp + 1 : key, &code) ? code : NULL;
}

/* Does a group with Phoenix code code and name name belong to one state:
** labour, farmers, teachers, health workers, civilians, ecologists,
** parties, opposition, a state's own agents and assemblies, and of
** business the domestic kinds ("businessmen", "business leaders",
** "employers")? Heads that name members of several states ("ministers",
** "presidents", "leaders", "officials", "delegates", central banks'
** "governors", a pact's "consumers") do not, nor a group abroad
** ("foreign", "western", "non-residents"). */
static int one_state_group(const char *code, const char *name)
{
    static const char *const kinds[] = {
        "LAB", "AGR", "EDU", "HLH", "CVL", "ENV", "PTY", "OPP", "GOV", "MIL",
        "COP", "LEG", "JUD", "SPY", NULL
    };
    static const char *const several[] = {
        "ministers", "ministries", "presidents", "leaders", "officials",
        "delegates", "delegations", "governments", "representatives", "banks", NULL
    };
    static const char *const business[] = {
        "businessmen", "employers", "industrialists", "shipowners", NULL
    };
    static const char *const abroad[] = {
        "foreign", "international", "western", "world", "overseas", "multinational",
        "non-", NULL
    };
    const char *last = strrchr(name, ' ');
    char k[4];
    int i;
    last = last ? last + 1 : name;
    if (!code || strlen(code) < 3)
        return 0;
    for (i = 0; abroad[i]; i++)
        if (strstr(name, abroad[i]))
            return 0;
    if (!strcmp(name, "business leaders"))
        return 1;
    /* the consumers of a commodity pact are states; governors are
    ** central bankers of several states, but for a state's governors */
    if (dz_word_in(last, several) || !strcmp(last, "consumers") ||
        (!strcmp(last, "governors") && !strstr(name, "state")))
        return 0;
    memcpy(k, code, 3);
    k[3] = 0;
    if (!strcmp(k, "BUS"))
        return dz_word_in(last, business);
    return dz_word_in(k, kinds);
}

/* Does the word "from" follow byte pos ("businessmen from around the
** world said"): the group's origin is told there, not the story's? */
static int origin_after(const dz_analysis *a, int32_t pos)
{
    int32_t i = pos;
    while (i < (int32_t)a->len && isspace((unsigned char)a->text[i]))
        i++;
    return i + 5 <= (int32_t)a->len && !strncmp(a->text + i, "from", 4) &&
           !isalpha((unsigned char)a->text[i + 4]);
}

/* The token of a that starts at or after byte pos (a->ntokens when none). */
static int token_at(const dz_analysis *a, int32_t pos)
{
    int lo = 0, hi = a->ntokens;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a->tokens[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The country that owns group mention g by a possessive right before it,
** over a number or count words ("Brazil's 700,000 bankworkers", "Most of
** Brazil's 50,000 university teachers"): its mention, else -1. */
static int group_possessor(const ctx *c, int g)
{
    const dz_analysis *a = c->a;
    int k = token_at(a, a->mentions[g].start) - 1, n, m;
    for (n = 0; k >= 0 && n < 2; n++, k--) {
        const dz_token *t = &a->tokens[k];
        if (!(isdigit((unsigned char)a->text[t->start]) || count_word(a, t)))
            break;
    }
    if (k < 1 || a->tokens[k].end - a->tokens[k].start != 2 ||
        strncmp(a->text + a->tokens[k].start, "'s", 2))
        return -1;
    for (m = g - 1; m >= 0 && a->mentions[m].end > a->tokens[k - 1].end; m--)
        ;
    return m >= 0 && a->mentions[m].end == a->tokens[k - 1].end && !c->isgroup[m] &&
           !c->blocked[m] && a->mentions[m].type == DZ_ENT_COUNTRY ? m : -1;
}

/* The country of the dateline that opens a later paragraph of sentence
** si, as each item of a news digest has one ("BELFAST - Mourners
** clashed"): its mention; -1 when the paragraph has no dateline or is the
** story's first; -2 when its dateline names no country. */
static int paragraph_dateline_state(const ctx *c, int si)
{
    const dz_analysis *a = c->a;
    const dz_sentence *s;
    size_t dl;
    int m;
    while (si > 0 && a->sentences[si - 1].paragraph == a->sentences[si].paragraph)
        si--;
    s = &a->sentences[si];
    if (s->paragraph == a->sentences[0].paragraph ||
        !(dl = dateline_length(a->text + s->start, (size_t)(s->end - s->start), NULL)))
        return -1;
    for (m = 0; m < a->nmentions && a->mentions[m].start < s->start + (int32_t)dl; m++)
        if (a->mentions[m].start >= s->start && a->mentions[m].type == DZ_ENT_COUNTRY &&
            !c->isgroup[m])
            return m;
    return -2;
}

/* The country named most often before byte pos, counting each country's
** uses that no dateline, agency or group holds: its first mention, or -1.
** *bestn and *second receive the two highest counts, *filed the count of
** the story's dateline country (0 when it has none). Shared by
** story_state and story_state_at. */
static int most_named_state(const ctx *c, int32_t pos, int *bestn,
                            int *second, int *filed)
{
    const dz_analysis *a = c->a;
    int m, best = -1;
    *bestn = *second = *filed = 0;
    for (m = 0; m < a->nmentions && a->mentions[m].start < pos; m++) {
        int k, cnt = 0, seen = 0;
        if (c->blocked[m] || c->isgroup[m] || a->mentions[m].type != DZ_ENT_COUNTRY)
            continue;
        for (k = 0; k < m && !seen; k++)
            seen = same_entity(a, k, m) && !c->blocked[k] && !c->isgroup[k];
        if (seen)
            continue;       /* counted with its first mention */
        for (k = m; k < a->nmentions && a->mentions[k].start < pos; k++)
            cnt += same_entity(a, k, m) && !c->blocked[k] && !c->isgroup[k];
        if (c->filed_in >= 0 && same_entity(a, m, c->filed_in))
            *filed = cnt;
        if (cnt > *bestn) {
            *second = *bestn;
            best = m;
            *bestn = cnt;
        } else if (cnt > *second)
            *second = cnt;
    }
    return best;
}

/* The state the story gives a group at byte pos of sentence si: the
** country of its paragraph's own dateline in a digest; else the country
** it names most before pos (twice at least and no other as often, or the
** only one named), else the country of its dateline when none is named
** more often. A mention (a dateline's own for a dateline country), or -1. */
static int story_state_at(const ctx *c, int si, int32_t pos)
{
    int m, best, bestn, second, filed;
    if ((m = paragraph_dateline_state(c, si)) != -1)
        return m < 0 ? -1 : m;
    best = most_named_state(c, pos, &bestn, &second, &filed);
    if (bestn > second && (bestn >= 2 || second == 0))
        return best;
    return c->filed_in >= 0 && filed == bestn ? c->filed_in : -1;
}

/* Name group mention g for its state (see the block's comment) when it
** has none. Returns 1 when g is a state's agent with no state found (its
** acts are left out), else 0; -1 on no memory. */
static int group_state(ctx *c, int g)
{
    dz_analysis *a = c->a;
    dz_mention *x = &a->mentions[g];
    const char *code, *adj;
    char *nm;
    size_t an, nn;
    int st;
    /* "the country's commercial bank creditors": the possessive's ending
    ** is no part of the name */
    if (x->name && !x->code && !strncmp(x->name, "'s ", 3))
        x->name += 3;
    if (x->code || !x->name || !islower((unsigned char)x->name[0]))
        return 0;
    code = group_name_code(x->name);
    if (!one_state_group(code, x->name) || origin_after(a, x->end))
        return 0;
    if ((st = group_possessor(c, g)) < 0)
        st = story_state_at(c, x->sentence, x->start);
    if (st < 0 || !(adj = country_adjective(a->mentions[st].name)))
        return state_agent(code);
    an = strlen(adj);
    nn = strlen(x->name);
    if (!(nm = dz_arena_alloc(&a->arena, an + nn + 2)))
        return -1;
    memcpy(nm, adj, an);
    nm[an] = ' ';
    memcpy(nm + an + 1, x->name, nn + 1);
    x->name = nm;
    x->code = a->mentions[st].code;
    return 0;
}

/* Is target t the United States, named as such (not "the White House",
** which stands for the administration), and actor a one of its own bodies
** ("The Treasury also proposed allowing U.S.-origin goods", "Congress is
** pressing to hold back U.S. funds")? A state's body acts for its state,
** not on it. */
static int us_own_target(const dz_analysis *a, int actor, int t)
{
    const dz_mention *tm = &a->mentions[t];
    return tm->type == DZ_ENT_COUNTRY && tm->form != DZ_FORM_METONYM && tm->name &&
           !strcmp(tm->name, "United States") &&
           a->mentions[actor].type == DZ_ENT_ORGANIZATION && us_body(a->mentions[actor].name);
}

/* Is group mention m, with no state, a business kind that speaks as
** unnamed sources do ("bankers said", "other banks said", "dealers
** said"), no one a reader can name, as "analysts said" is no one? */
static int unnamed_business(const ctx *c, int m)
{
    const dz_mention *x = &c->a->mentions[m];
    const char *code;
    if (x->code || !x->name || !islower((unsigned char)x->name[0]))
        return 0;
    code = group_name_code(x->name);
    return code && !strncmp(code, "BUS", 3) && !one_state_group(code, x->name);
}

/* Tie the groups that act or are acted on to their states (group_state),
** and leave out the acts of a state's agent with no state and the plain
** statements of business people with none; a U.S. body's act aimed at
** the United States has no target (us_own_target). -1 on no memory. */
static int state_groups(ctx *c)
{
    dz_analysis *a = c->a;
    signed char *done;
    int i, k = 0;
    if (a->nactions == 0)
        return 0;
    if (!(done = calloc((size_t)a->nmentions + 1, 1)))
        return -1;
    for (i = 0; i < a->nactions; i++) {
        dz_action *x = &a->actions[i];
        int side, drop = 0;
        for (side = 0; side < 2; side++) {
            int m = side ? x->target : x->actor;
            if (m < 0 || !c->isgroup[m])
                continue;
            if (!done[m]) {
                int r = group_state(c, m);
                if (r < 0) {
                    free(done);
                    return -1;
                }
                done[m] = (signed char)(r ? 2 : 1);
            }
            drop |= (done[m] == 2 && !side) ||
                     (!side && x->category == 1 && unnamed_business(c, m));
        }
        if (x->actor >= 0 && x->target >= 0 && !c->isgroup[x->actor] &&
            us_own_target(a, x->actor, x->target))
            x->target = -1;
        if (!drop)
            a->actions[k++] = *x;
    }
    a->nactions = k;
    free(done);
    return 0;
}

int actions_find(dz_analysis *a)
{
    const verblex *vl = lexicon();
    ctx c;
    int si, rc = 0, para = -1, para_timex = -1, cap = 0, nbefore;
    unsigned char *blocked, *isgroup = NULL;

    if (!vl || groups_add(vl, a, &isgroup) != 0)
        return -1;
    if (!(blocked = blocked_mentions(vl, a))) {
        groups_drop(a, isgroup);
        free(isgroup);
        return -1;
    }
    memset(&c, 0, sizeof c);
    c.vl = vl;
    c.a = a;
    c.blocked = blocked;
    c.isgroup = isgroup;
    c.filed_in = -1;
    for (si = 0; si < a->nmentions && si < 4; si++)
        if (blocked[si] && a->mentions[si].type == DZ_ENT_COUNTRY &&
            a->sentences[a->mentions[si].sentence].paragraph == 0) {
            c.filed_in = si;
            break;
        }
    c.pair_ok = main_pair(a, blocked, c.pair);
    c.last_actor = c.last_body_speaker = -1;
    c.last_speaker = -1;
    c.last_role_body = -1;
    c.past_act = c.past_si = -1;
    c.voice_body = -1;
    for (si = 0; si < a->nsentences && rc == 0; si++) {
        const dz_sentence *s = &a->sentences[si];
        int ot;
        if (s->paragraph != para) {
            para = s->paragraph;
            para_timex = -1;
        }
        c.s = s;
        c.n = s->tok_count;
        c.np = 0;
        c.skip = 0;
        if (c.n <= 0 || c.n > 4000)
            continue;
        if (si == 0 || a->sentences[si - 1].paragraph != s->paragraph) {
            size_t dl = dateline_length(a->text + s->start,
                                        (size_t)(s->end - s->start), NULL);
            while (dl && c.skip < c.n &&
                   a->tokens[s->tok_first + c.skip].end <= s->start + (int32_t)dl)
                c.skip++;
        }
        if (c.n > cap) {
            tinfo *nt = realloc(c.t, (size_t)c.n * sizeof *nt);
            if (!nt) {
                rc = -1;
                break;
            }
            c.t = nt;
            cap = c.n;
        }
        classify(&c);
        nbefore = a->nactions;
        if (find_predicates(&c) != 0 || emit(&c, si, para_timex) != 0) {
            rc = -1;
            break;
        }
        note_past_act(&c, si, nbefore);
        if ((ot = sentence_time(&c, si)) >= 0)
            para_timex = ot;
    }
    if (rc == 0)
        rc = state_groups(&c);
    free(c.t);
    free(c.p);
    free(blocked);
    groups_drop(a, isgroup);
    free(isgroup);
    return rc;
}

const char *actions_object_in_text(const dz_analysis *a, const dz_action *x)
{
    if (!x->object || !*x->object)
        return NULL;
    return memmem(a->text, a->len, x->object, strlen(x->object));
}

/* ---- recall: bodies named again by the head of their name -----------------*/

/* Does the name of mention m have the word w (folded) among its words? */
static int name_has_word(const dz_analysis *a, int m, const char *w)
{
    const char *s = a->mentions[m].name;
    size_t n = strlen(w);
    while (*s) {
        while (*s == ' ' || *s == '-')
            s++;
        if (!strncasecmp(s, w, n) && (s[n] == 0 || s[n] == ' ' || s[n] == '-'))
            return 1;
        while (*s && *s != ' ' && *s != '-')
            s++;
    }
    return 0;
}

/* The subject [b, e) as a body named again: "the" and at most one
** modifier before a singular noun that ends the name of an organisation
** named before in the article: "the fund" after the International
** Monetary Fund, "the subcommittee" after the House Energy and Commerce
** subcommittee, "the trade subcommittee" (the modifier must be a word of
** the name too: "the lower court" is not the Appeals Court). Returns that
** organisation (noun_antecedent), -1 when [b, e) is no such phrase.
** "the government" / "the administration" stand for a state: the last
** actor when it is a state, else the latest state named from window_start
** on (noun_antecedent), -2 when none (a board or firm acting before is not
** the government). Not a word that names people ("the minister"). */
static int definite_body(const ctx *c, const pred *p, int b, int e)
{
    int h = e - 1, i, m;
    const char *w;
    size_t n;
    if ((e - b != 2 && e - b != 3) || strcmp(c->t[b].w, "the"))
        return -1;
    for (i = b + 1; i < e; i++)
        if (c->t[i].mention >= 0 || !c->t[i].w[0] || c->t[i].kind != K_NONE ||
            (c->t[i].verb >= 0 && c->t[i].is_verb) || is_number(c, i))
            return -1;
    w = c->t[h].w;
    n = strlen(w);
    if (!strcmp(w, "government") || !strcmp(w, "administration")) {
        if (e - b != 2)
            return -1;
        int k = (int)(p - c->p), q;
        if (c->last_actor >= 0 && c->a->mentions[c->last_actor].type == DZ_ENT_COUNTRY &&
            !c->isgroup[c->last_actor])
            return -1;      /* role_noun takes it, as before */
        for (q = 0; q < k; q++)     /* "Israel devalued ... and the government
                                    ** agreed": a state acting before in
                                    ** the sentence, as before */
            if (c->p[q].nactors > 0 && !c->p[q].rel &&
                c->a->mentions[c->p[q].actors[0]].type == DZ_ENT_COUNTRY)
                return -1;
        m = state_before(c, c->a->tokens[c->s->tok_first + b].start);
        return m >= 0 ? m : -2;
    }
    if (n < 3 || w[n - 1] == 's' || role_noun(c, h) == P_PERSON ||
        (c->t[h].classes & (c->vl->unnamed | c->vl->private_)))
        return -1;
    m = body_by_head(c, c->a->tokens[c->s->tok_first + b].start, w,
                     e - b == 3 ? c->t[b + 1].w : NULL);
    if (m < 0 && e - b == 2)    /* "the association": the Association of Banks */
        m = body_by_word(c, c->a->tokens[c->s->tok_first + b].start, w);
    return m >= 0 && !is_actor(c, p, m) ? m : -1;
}

/* The latest state named before byte pos from window_start on, as the
** subject "the government" stands for: not a dateline or agency, not a
** group. -1 when none. */
static int state_before(const ctx *c, int32_t pos)
{
    int m, first = window_start(c);
    for (m = 0; m < c->a->nmentions && c->a->mentions[m].start < pos; m++)
        ;
    for (m--; m >= 0; m--) {
        const dz_mention *x = &c->a->mentions[m];
        if (x->sentence < first)
            break;
        if (c->blocked[m] || c->isgroup[m] || x->type != DZ_ENT_COUNTRY)
            continue;
        return m;
    }
    return -1;
}

/* The organisation before byte pos whose name (canonical or surface) ends
** in the word w, and has the word mod too when mod is not NULL: of
** several, the one named most often so far (in any form: "Continental
** Bank of Canada", "Continental", "Continental Bank"), the first named on a tie
** (the story's own body: "The U.S. House Agriculture Committee approved
** ... the House Ways and Means Committee ... will oppose them ... The
** committee approved": the Agriculture Committee). -1 when none. */
static int body_by_head(const ctx *c, int32_t pos, const char *w, const char *mod)
{
    int m, best = -1, bestn = 0;
    size_t n = strlen(w);
    for (m = 0; m < c->a->nmentions && c->a->mentions[m].start < pos; m++) {
        const dz_mention *x = &c->a->mentions[m];
        size_t l = strlen(x->name), sl = (size_t)(x->end - x->start);
        const char *sf = c->a->text + x->start;
        int k, cnt;
        if (c->blocked[m] || c->isgroup[m] || x->type != DZ_ENT_ORGANIZATION)
            continue;
        if (!((l > n && x->name[l - n - 1] == ' ' && !strncasecmp(x->name + l - n, w, n)) ||
              (sl > n && (sf[sl - n - 1] == ' ' || sf[sl - n - 1] == '\n') &&
               !strncasecmp(sf + sl - n, w, n))))
            continue;
        if (mod && !name_has_word(c->a, m, mod))
            continue;
        if (best >= 0 && same_entity(c->a, best, m))
            continue;   /* counted with its first mention */
        for (k = 0, cnt = 0; k < c->a->nmentions && c->a->mentions[k].start < pos; k++)
            cnt += same_entity(c->a, k, m);
        if (cnt > bestn) {
            best = m;
            bestn = cnt;
        }
    }
    return best;
}

/* May predicate k, which shares an earlier subject after "and", not take
** the subject of predicate q? So when q is the clause that q - 1, a verb
** of saying with a subject, reports ("Takeuchi said the exchange has done
** its utmost ... and called on Britain"), and k's chain has the saying's
** form but not q's own first form: k goes on from the saying. */
static int said_then_did(const ctx *c, int k, int q)
{
    const pred *p = &c->p[k], *o = &c->p[q], *sp;
    int f1 = p->form == F_IRR ? F_ED : p->form;
    int f2 = o->form == F_IRR ? F_ED : o->form, fs;
    if (q < 1 || !p->shared || p->g < 1 || strcmp(c->t[p->g - 1].w, "and"))
        return 0;
    sp = &c->p[q - 1];
    if (!(c->vl->verbs[sp->verb].flags & V_SPEECH) || sp->rel || sp->shared ||
        sp->nactors == 0 || o->shared || o->subj_start <= sp->v)
        return 0;
    fs = sp->form == F_IRR ? F_ED : sp->form;
    return f1 == fs && f1 != f2;
}

/* ---- recall: refusals --------------------------------------------------------*/

/* Is p's verb "accept" or "tolerate", which verbs.txt lists for their
** refusals only (refused_root)? */
static int accept_verb(const ctx *c, const pred *p)
{
    const char *l = c->vl->verbs[p->verb].lemma;
    return !strcmp(l, "accept") || !strcmp(l, "tolerate");
}

/* The root of p, negated, as a refusal: 12 when its chain refuses
** (refusal_chain: "will not", "would not", "cannot", "refused to") a
** concession (root 08: "will not ease sanctions", "would not bow to
** pressure": CAMEO 124, refuse to yield) or to accept or tolerate
** something ("would not accept any monitoring of its economy by the IMF",
** "will not tolerate": CAMEO 120, reject); else root. */
static int refused_root(const ctx *c, const pred *p, int root)
{
    if (!refusal_chain(c, p))
        return root;
    return root == 8 || accept_verb(c, p) ? 12 : root;
}

/* ---- recall: officials speaking for their state -----------------------------*/

/* The state person mention pm serves, as the article titles him: a
** state named right before one of his mentions in a title of at most five
** words with no punctuation but "'s" and abbreviation points ("Greek Prime
** Minister Andreas Papandreou", "Brazil's Finance Minister Dilson Funaro",
** "British corporate affairs minister Michael Howard"); -1 when none. */
static int person_state(const ctx *c, int pm)
{
    const dz_analysis *a = c->a;
    int k;
    for (k = 1; k < a->nmentions; k++) {
        const dz_mention *x = &a->mentions[k], *y = &a->mentions[k - 1];
        const char *t;
        int words = 0, inword = 0;
        if (!same_entity(a, k, pm) || y->type != DZ_ENT_COUNTRY || y->sentence != x->sentence ||
            c->blocked[k - 1] || c->isgroup[k - 1] || x->start - y->end > 60)
            continue;
        for (t = a->text + y->end; t < a->text + x->start; t++) {
            if (*t == ' ' || *t == '\n') {
                inword = 0;
                continue;
            }
            if (!inword) {
                words++;
                inword = 1;
            }
            if (!((*t >= 'A' && *t <= 'Z') || (*t >= 'a' && *t <= 'z') || *t == '.' ||
                  *t == '-' || (*t == '\'' && t[1] == 's')))
                break;
        }
        if (t == a->text + x->start && words <= 5)
            return k - 1;
    }
    return -1;
}

/* The person who voices p's act for his state: p (predicate k) is coded
** root with modality mod; its one actor is a state; a verb of saying with a
** person as its only actor introduces it (speech_seen, before k) or
** attributes it after a comma (attributed_later: "..., Fukukawa said");
** the person serves that state (person_state); the act is one a saying
** makes: an intent (03), a refusal (12), a threat (13), or force or
** coercion to come (14-20, planned or possible: a threat by the rule
** after). That person's mention, else -1. */
static int state_speaker(const ctx *c, int k, int speech_seen, int root, int mod)
{
    const pred *p = &c->p[k];
    int q = -1, who, st;
    if (p->nactors != 1 || c->a->mentions[p->actors[0]].type != DZ_ENT_COUNTRY ||
        c->isgroup[p->actors[0]])
        return -1;
    if (!(root == 3 || root == 12 || root == 13 ||
          (root >= 14 && (mod == DZ_MOD_PLANNED || mod == DZ_MOD_HYPOTHETICAL))))
        return -1;
    if (speech_seen >= 0 && speech_seen < k)
        q = speech_seen;
    else if (attributed_later(c, k))
        q = c->np - 1;
    if (q < 0 || c->p[q].nactors != 1 || c->p[q].rel)
        return -1;
    who = c->p[q].actors[0];
    if (c->a->mentions[who].type != DZ_ENT_PERSON || c->isgroup[who])
        return -1;
    st = person_state(c, who);
    return st >= 0 && same_entity(c->a, st, p->actors[0]) ? who : -1;
}

/* ---- recall: the committees of creditor banks -------------------------------*/

/* Does token i (of the sentence from token first) end a committee that
** creditor banks form to deal with a debtor: "advisory" or "steering"
** before "committee", "committees", "panel" or "group", with at most two
** more words of its own before them ("bank", "creditor", "debt",
** "14-bank"): "Brazil's 14-bank advisory committee", "its bank steering
** committee"? Such a committee acts and is met as a body of its own, not
** as the debtor that owns it (groups.txt names groups by plural nouns
** only). Its first token, else -1; not over a name (tm: mention per
** token), nor before token last + 1. */
static int creditor_committee(const dz_analysis *a, int first, int i, const int *tm, int last)
{
    static const char *const heads[] = { "committee", "committees", "panel", "group", NULL };
    static const char *const mods[] = { "bank", "banks", "creditor", "debt", NULL };
    char w[32];
    const dz_token *tk = &a->tokens[first + i];
    int k, b;
    char z = a->text[tk->end - 1] | 0x20, f = a->text[tk->start] | 0x20;
    /* cheap tests first: "committee(s)", "panel", "group" */
    if (tk->end - tk->start < 5 || tk->end - tk->start > 10 ||
        !(f == 'c' || f == 'p' || f == 'g') || !(z == 'e' || z == 's' || z == 'l' || z == 'p'))
        return -1;
    if (fold_word(a->text + tk->start, (size_t)(tk->end - tk->start), w, 32) != 0)
        return -1;
    for (k = 0; heads[k] && strcmp(w, heads[k]); k++)
        ;
    if (!heads[k] || i < 1 || i - 1 <= last || tm[i - 1] >= 0)
        return -1;
    tk = &a->tokens[first + i - 1];
    if (fold_word(a->text + tk->start, (size_t)(tk->end - tk->start), w, 32) != 0 ||
        (strcmp(w, "advisory") && strcmp(w, "steering")))
        return -1;
    for (b = i - 1; b > last + 1 && b > i - 3 && tm[b - 1] < 0; b--) {
        size_t n;
        tk = &a->tokens[first + b - 1];
        if (!(tk->flags & DZ_TOK_WORD) ||
            fold_word(a->text + tk->start, (size_t)(tk->end - tk->start), w, 32) != 0)
            break;
        n = strlen(w);
        for (k = 0; mods[k] && strcmp(w, mods[k]); k++)
            ;
        if (!mods[k] && !(n > 5 && isdigit((unsigned char)w[0]) &&
                          !strcmp(w + n - 5, "-bank")))
            break;
        /* "14-bank" as three tokens */
        if (!strcmp(w, "bank") && b - 3 > last && tm[b - 2] < 0 && tm[b - 3] < 0 &&
            a->tokens[first + b - 2].end - a->tokens[first + b - 2].start == 1 &&
            a->text[a->tokens[first + b - 2].start] == '-' &&
            a->tokens[first + b - 2].start == a->tokens[first + b - 3].end &&
            isdigit((unsigned char)a->text[a->tokens[first + b - 3].start])) {
            b -= 3;
            break;
        }
    }
    return b;
}

/* Append the committee of tokens [b, i] of sentence si as a group
** mention: an organisation named by its words in lower case ("14-bank
** advisory committee"). 0, or -1 when out of memory. */
static int committee_group(dz_analysis *a, int si, int first, int b, int i, dz_mention **out,
                           int *nout, int *cap)
{
    dz_mention *g;
    char *name;
    size_t nn, o = 0;
    int32_t j;
    if (DZ_VEC_PUSH(*out, *nout, *cap))
        return -1;
    g = &(*out)[(*nout)++];
    memset(g, 0, sizeof *g);
    g->sentence = si;
    g->start = a->tokens[first + b].start;
    g->end = a->tokens[first + i].end;
    g->type = DZ_ENT_ORGANIZATION;
    g->form = DZ_FORM_NAME;
    nn = (size_t)(g->end - g->start);
    if (!(name = dz_arena_alloc(&a->arena, nn + 1)))
        return -1;
    for (j = g->start; j < g->end; j++) {
        char ch = a->text[j];
        if (ch == '\n' || ch == '\t' || ch == '\r')
            ch = ' ';
        if (ch == ' ' && o > 0 && name[o - 1] == ' ')
            continue;
        name[o++] = (char)tolower((unsigned char)ch);
    }
    name[o] = 0;
    g->name = name;
    return 0;
}

/* Is p's verb one that verbs.txt lists only for the phases of a meeting
** ("resumed talks with the United States", "completed a new round of
** talks", "will start negotiations with the country's 12-bank advisory
** committee")? */
static int meeting_phase(const ctx *c, const pred *p)
{
    const char *l = c->vl->verbs[p->verb].lemma;
    return !strcmp(l, "resume") || !strcmp(l, "complete") || !strcmp(l, "start");
}

/* Is token i a meeting noun ("talks") after a name (ending at token j)
** that "of" opens ("completed a new round of IMF talks")? The name is the
** object of "of", so it cannot be the subject of i as a verb. */
static int named_meeting_after_of(const ctx *c, int i, int j)
{
    int b0 = j;
    if (!(c->t[i].classes & c->vl->meeting))
        return 0;
    while (b0 > 0 && c->t[b0 - 1].mention == c->t[j].mention)
        b0--;
    return b0 > 0 && !strcmp(c->t[b0 - 1].w, "of");
}

/* ---- recall: subjects that are not names -------------------------------*/

/* The end of a subject [b, e) that runs up to the first token e of its
** verb chain: adverbs right before the chain ("He also said", "the
** company also reported", "Nakasone later told") belong to the
** predicate, so the subject ends before them; at least one token stays.
** A subject "he also" was neither a pronoun nor a name before. */
static int subject_end(const ctx *c, int b, int e)
{
    while (e - 1 > b && is_adverb(c, e - 1) && c->t[e - 1].mention < 0)
        e--;
    return e;
}

/* Is the text at byte i a legal form that ends a firm's name ("Inc",
** "Corp.", "Ltd", "Plc", "AG" ...), a word of its own ending at byte e? */
static int legal_form(const char *text, int32_t i, int32_t e)
{
    static const char *const forms[] = {
        "inc", "corp", "co", "cos", "ltd", "plc", "llc", "ag", "sa", "nv", "bv",
        "spa", "gmbh", "limited", "corporation", "incorporated", NULL
    };
    int k;
    size_t n;
    if (e > i && text[e - 1] == '.')
        e--;
    n = (size_t)(e - i);
    for (k = 0; forms[k]; k++)
        if (strlen(forms[k]) == n && !strncasecmp(text + i, forms[k], n))
            return 1;
    return 0;
}

/* Is the organisation of mention m a firm: does one of its mentions in
** the article end in a legal form ("Dana Corp", "Fujitsu Ltd.") or stand
** in a wire ticker's brackets ("&lt;Thai Airways International Ltd>",
** "Fluor Corp &lt;FLR>")? */
static int firm_entity(const dz_analysis *a, int m)
{
    int x;
    if (a->mentions[m].type != DZ_ENT_ORGANIZATION)
        return 0;
    for (x = 0; x < a->nmentions; x++) {
        const dz_mention *y = &a->mentions[x];
        int32_t i = y->end;
        if (y->type != DZ_ENT_ORGANIZATION || strcmp(y->name, a->mentions[m].name))
            continue;
        while (i > y->start && a->text[i - 1] != ' ' && a->text[i - 1] != '\n')
            i--;
        if (i > y->start && legal_form(a->text, i, y->end))
            return 1;
        if ((y->start >= 4 && !strncmp(a->text + y->start - 4, "&lt;", 4)) ||
            (y->start >= 1 && a->text[y->start - 1] == '<'))
            return 1;
        i = y->end;
        while ((size_t)i < a->len && a->text[i] == ' ')
            i++;
        if (((size_t)i + 4 <= a->len && !strncmp(a->text + i, "&lt;", 4)) ||
            ((size_t)i < a->len && a->text[i] == '<'))
            return 1;
    }
    return 0;
}

/* The only firm (state when want_state) named from window_start up to
** byte pos, not a dateline, agency or group ("Intel Corp ... alerted the
** industry ... The company, which just reported a loss"); -1 when none
** or several. */
static int window_only(const ctx *c, int32_t pos, int want_state)
{
    int m, found = -1, first = window_start(c);
    for (m = c->mention_from; m < c->a->nmentions && c->a->mentions[m].start < pos; m++)
        ;
    for (m--; m >= 0 && c->a->mentions[m].sentence >= first; m--) {
        if (c->blocked[m] || c->isgroup[m] ||
            !(want_state ? c->a->mentions[m].type == DZ_ENT_COUNTRY : firm_entity(c->a, m)) ||
            (found >= 0 && same_entity(c->a, found, m)))
            continue;
        if (found >= 0)
            return -1;
        found = m;
    }
    return found;
}

/* The firm a subject [b, e) "the company" / "the firm" stands for: of
** the firms named before it in the article (firm_entity), the only one;
** else the only one named in its paragraph or the sentence before
** (window_only); else the firm of the latest action before it ("RJR
** Nabisco Inc said it will redeem ... using the proceeds from the sale of
** its Heublein Inc subsidiary to Grand Metropolitan PLC. The company
** said"); else the one named most often, when no other is named as
** often. -1 when none wins or [b, e) is no such subject. */
static int firm_subject(const ctx *c, int b, int e)
{
    if (e - b != 2 || strcmp(c->t[b].w, "the") ||
        (strcmp(c->t[b + 1].w, "company") && strcmp(c->t[b + 1].w, "firm")))
        return -1;
    return firm_at(c, c->a->tokens[c->s->tok_first + b].start);
}

/* The firm "the company" at byte pos stands for (firm_subject), -1. */
static int firm_at(const ctx *c, int32_t pos)
{
    const dz_analysis *a = c->a;
    int m, k, best = -1, bestn = 0, tie = 0, distinct = 0, last = -1;
    for (m = 0; m < a->nmentions && a->mentions[m].start < pos; m++) {
        int cnt = 0, seen = 0;
        if (c->blocked[m] || c->isgroup[m] || a->mentions[m].type != DZ_ENT_ORGANIZATION)
            continue;
        for (k = 0; k < m && !seen; k++)
            seen = same_entity(a, k, m) && !c->blocked[k] && !c->isgroup[k];
        if (seen || !firm_entity(a, m))
            continue;       /* counted with its first mention; no firm */
        distinct++;
        last = m;
        for (k = m; k < a->nmentions && a->mentions[k].start < pos; k++)
            cnt += same_entity(a, k, m);
        if (cnt > bestn) {
            best = m;
            bestn = cnt;
            tie = 0;
        } else if (cnt == bestn)
            tie = 1;
    }
    if (distinct == 1)
        return last;
    if ((m = window_only(c, pos, 0)) >= 0)
        return m;
    for (k = a->nactions - 1; k >= 0 && distinct > 1; k--) {
        int x = a->actions[k].actor;
        if (x >= 0 && !c->blocked[x] && !c->isgroup[x] && firm_entity(a, x))
            return x;       /* the firm that acted last */
    }
    return distinct > 1 && !tie ? best : -1;
}

/* The state "the government" at token b stands for when no state is named
** in its paragraph (definite_body): the story's state, the one named
** most often before it in the article, at least twice and more often
** than any other ("Uganda ... Uganda's coffee ... The government is
** negotiating"); -1 when none wins. Datelines, agencies and groups do not
** count. */
static int story_state(const ctx *c, int b)
{
    const dz_analysis *a = c->a;
    int32_t pos = a->tokens[c->s->tok_first + b].start;
    int bestn, second, filed;
    int best = most_named_state(c, pos, &bestn, &second, &filed);
    return bestn >= 2 && bestn > second ? best : -1;
}

/* Remember who speaks in sentence si.
** - The person, for "he"/"she": the actor of its first verb of saying
**   whose subject is its own (no relative clause), when that is one named
**   person ("Funaro said Baker had agreed to help"); else the speaker of
**   an earlier sentence is forgotten.
** - The state or body, for "it said": the first actor, no person, of an
**   asserted verb of saying; -1 when none, once any predicate of the
**   sentence has an actor ("Astrotech said its director ... will buy"). */
static void note_speaker(ctx *c, int si)
{
    int k, body = -1, any = 0;
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        if (p->nactors == 0 || p->rel)
            continue;
        any = 1;
        if (body < 0 && (c->vl->verbs[p->verb].flags & V_SPEECH) &&
            p->modality == DZ_MOD_ASSERTED &&
            c->a->mentions[p->actors[0]].type != DZ_ENT_PERSON)
            body = p->actors[0];
    }
    if (any)
        c->last_body_speaker = body;
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        int m = p->nactors == 1 ? p->actors[0] : -1;
        if (!(c->vl->verbs[p->verb].flags & V_SPEECH) || p->rel || m < 0)
            continue;
        if (c->a->mentions[m].type == DZ_ENT_PERSON && !c->blocked[m] && !c->isgroup[m]) {
            c->last_speaker = m;
            c->last_speaker_si = si;
        }
        return;
    }
}

/* The person "he" or "she" subject of p (at byte pos) stands for when no
** actor of its own sentence does: the one who spoke in the sentence right
** before ("Funaro said Baker had agreed to help. He said the accord ..."
** is Funaro's), else the latest person named (antecedent). A role noun
** ("the minister") keeps the latest person. */
static int person_reference(const ctx *c, const pred *p, int32_t pos)
{
    int m = antecedent(c, pos, 1), si = (int)(c->s - c->a->sentences);
    const char *w = p->subj_start >= 0 ? c->t[p->subj_start].w : "";
    if (m >= 0 && c->last_speaker >= 0 && c->last_speaker_si == si - 1 &&
        (!strcmp(w, "he") || !strcmp(w, "she")) &&
        !same_entity(c->a, m, c->last_speaker))
        return c->last_speaker;
    return m;
}

/* May the subject "they" of p, a verb of saying, stand for its actors (or
** none)? Not for one state or body named by its name, nor for no one,
** when a group not named spoke in its paragraph or the sentence before
** (unnamed_they_at): "..., dealers said. The Bank intervened ..., they
** said" is the dealers, "..., trade sources said. It granted export
** licences ..., they said" the sources. Two or more actors, a group ("the
** strikers") or a state named by its people ("Japanese officials said
** they") may be "they". 1 for any other subject. */
static int plural_fits(const ctx *c, const pred *p)
{
    int m = p->nactors > 0 ? p->actors[0] : -1;
    const dz_sentence *w = &c->a->sentences[window_start(c)];
    if (p->subj_start < 0 || strcmp(c->t[p->subj_start].w, "they") || p->nactors > 1 ||
        !(c->vl->verbs[p->verb].flags & V_SPEECH) ||
        c->unnamed_they_at <= 0 || c->unnamed_they_at < w->start)
        return 1;
    return m >= 0 && (c->isgroup[m] || c->a->mentions[m].form == DZ_FORM_ADJ);
}

/* ---- compound adjectives ----------------------------------------------------*/

/* Drop the verb of each past participle joined by a hyphen to the word
** before it: "U.S.-backed contra rebels", "a U.S.-made supercomputer",
** "the state-owned petroleum company" are adjectives, no act of the
** country named. */
static void compound_participles(ctx *c)
{
    int i;
    for (i = 2; i < c->n; i++) {
        const dz_token *tk = &c->a->tokens[c->s->tok_first + i];
        if (c->t[i].verb < 0 || (c->t[i].form != F_ED && c->t[i].form != F_IRR) ||
            tk[-1].end - tk[-1].start != 1 || c->a->text[tk[-1].start] != '-' ||
            tk[-1].end != tk->start || tk[-2].end != tk[-1].start)
            continue;
        c->t[i].verb = -1;
        c->t[i].form = F_NONE;
    }
}

/* The time that opens the noun phrase of an act named by a noun, whose
** first name is token first ("the May 17 Iraqi missile attack"): a usable
** timex right before it, after at most a determiner. Its index, or -1. */
static int time_before_noun(const ctx *c, int first)
{
    int j = first - 1;
    if (j < 0 || c->t[j].timex < 0 || c->t[j].mention >= 0 ||
        !usable_timex(c->a, &c->a->timexes[c->t[j].timex]))
        return -1;
    return c->t[j].timex;
}

/* ---- recall: speakers named by a role ---------------------------------------*/

/* The state of the story's dateline (filed_in) as a mention that may act:
** the first of its mentions in the article outside the dateline; -1 when
** the article names it nowhere else. */
static int dateline_state(const ctx *c)
{
    int m;
    if (c->filed_in < 0)
        return -1;
    for (m = 0; m < c->a->nmentions; m++)
        if (!c->blocked[m] && !c->isgroup[m] && same_entity(c->a, m, c->filed_in))
            return m;
    return -1;
}

/* Is w "spokesman" or "spokeswoman"? */
static int spokes_noun(const char *w)
{
    return !strcmp(w, "spokesman") || !strcmp(w, "spokeswoman");
}

/* Remember the state or body a spokesman of the sentence spoke for: the
** one actor, no person, of its first verb of saying whose subject is its
** own and ends in "spokesman" or "spokeswoman" ("A Daimler spokesman
** said", "a company spokesman said": Daimler-Benz); "The spokesman said"
** after it is that body's (role_subject). */
static void note_role_speaker(ctx *c)
{
    int k;
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        int e;
        if (!(c->vl->verbs[p->verb].flags & V_SPEECH) || p->rel || p->subj_start < 0)
            continue;
        e = subject_end(c, p->subj_start, p->g);
        if (p->nactors != 1 || !spokes_noun(c->t[e - 1].w) ||
            c->a->mentions[p->actors[0]].type == DZ_ENT_PERSON || c->isgroup[p->actors[0]])
            return;
        c->last_role_body = p->actors[0];
        return;
    }
}

/* The body a subject [b, e) that names a voice by its role speaks for: an
** article, then "company" or "firm" and "spokesman", "spokeswoman" or
** "official", or a "statement" or "communique" (statement_noun: "a
** company spokesman said", "a company statement said"): the firm "the
** company" would stand for (firm_at); "government", "presidential" or
** "[Finance] ministry" before the noun ("a government spokesman said",
** "a Finance Ministry spokesman said"): the story's state (story_state), else the
** only state of its paragraph (window_only), else the state of the
** dateline. -2 for such a subject with no body to speak for (no actor:
** not the name before it, "18,000 tonnes of barley to Greece ..., a
** company spokesman said"); -1 for any other subject. "The spokesman"
** (p's subject) is the body the last spokesman spoke for
** (note_role_speaker); "the airline", "the utility" or "the carrier" that
** says something (p's verb) the firm "the company" would be, else -1. */
static int role_subject(const ctx *c, const pred *p, int b, int e)
{
    const char *h, *w;
    int i, m;
    int32_t pos;
    if (e - b == 2 && !strcmp(c->t[b].w, "the") && spokes_noun(c->t[b + 1].w))
        return c->last_role_body;   /* "The spokesman said" */
    if (e - b == 2 && !strcmp(c->t[b].w, "the") && (c->vl->verbs[p->verb].flags & V_SPEECH) &&
        (!strcmp(c->t[b + 1].w, "airline") || !strcmp(c->t[b + 1].w, "utility") ||
         !strcmp(c->t[b + 1].w, "carrier")))
        return firm_at(c, c->a->tokens[c->s->tok_first + b].start);  /* "the airline" */
    if (e - b < 3 || e - b > 4 ||
        (strcmp(c->t[b].w, "a") && strcmp(c->t[b].w, "an") && strcmp(c->t[b].w, "the")))
        return -1;
    h = c->t[e - 1].w;
    if (!spokes_noun(h) && strcmp(h, "official") && !statement_noun(h))
        return -1;      /* "a foreign ministry statement said": its voice */
    for (i = b + 1; i < e; i++)
        if (c->t[i].mention >= 0 || !c->t[i].w[0] || c->t[i].kind != K_NONE ||
            is_number(c, i))
            return -1;
    w = c->t[e - 2].w;
    pos = c->a->tokens[c->s->tok_first + b].start;
    if (e - b == 3 && (!strcmp(w, "company") || !strcmp(w, "firm"))) {
        m = firm_at(c, pos);
        return m >= 0 ? m : -2;
    }
    if ((e - b != 3 || strcmp(w, "government")) && strcmp(w, "ministry"))
        return -1;
    if (strcmp(c->t[b].w, "a") && strcmp(c->t[b].w, "an"))
        return -1;      /* "the ministry official": one spoken of before */
    m = dateline_state(c);
    if (m >= 0 && strcmp(c->a->mentions[m].name, "United States"))
        return m;       /* "TOKYO - ..., a ministry official said" */
    if ((m = story_state(c, b)) >= 0 || (m = window_only(c, pos, 1)) >= 0 ||
        (m = dateline_state(c)) >= 0)
        return m;
    return -2;
}

/* ---- announced coercion ----------------------------------------------------*/

/* Is w a measure of coercion one party takes against another: tariffs,
** sanctions, an embargo, a boycott, retaliation? */
static int coercive_measure(const char *w)
{
    static const char *const words[] = {
        "tariffs", "tariff", "sanctions", "embargo", "embargoes", "boycott",
        "retaliation", "reprisals", "countermeasures", NULL
    };
    return dz_word_in(w, words);
}

/* Is w a word that takes a measure away or names it only to lift it:
** "the lifting of sanctions", "announced an end to the embargo"? */
static int measure_undone(const char *w)
{
    static const char *const words[] = {
        "lift", "lifting", "lifted", "ease", "easing", "eased", "end",
        "ending", "removal", "remove", "removing", "repeal", "relaxation",
        "exemption", "exemptions", "waiver", "suspension", "postponement",
        "delay", "no", "against", NULL
    };
    return dz_word_in(w, words);
}

/* What p, a verb of announcing ("announce", "declare") with no clause
** after it, announces when its object names a measure of coercion aimed
** at a party named after the measure: "Washington announced plans to put
** as much as 300 mln dlrs in tariffs on imports of certain Japanese
** electronic goods", "The White House announced 100 pct tariffs on 300
** mln dlrs worth of Japanese electronic goods". Announcing such a measure
** is a threat (CAMEO 13; the dev set's convention: "Reagan announced
** sanctions" is 13, the sanctions imposed later 16); announcing tariff
** cuts ("announced plans for another round of import tariff cuts") a
** concession (08). The measure stands within twelve words of the verb,
** with no name, clause or comma before it, and heads its phrase (a
** preposition, punctuation or the end after it, or a word of cutting or
** raising); the party is the first one named within twelve words after
** it, in the same clause, that is not the actor. Returns the root and
** sets *target and *planned ("plans" before the measure), or returns 0.
** A measure with no party named stays the statement it was (a state's
** own tariffs on all imports are domestic policy). */
static int announced_measure(const ctx *c, const pred *p, int *target, int *planned)
{
    const char *lemma = c->vl->verbs[p->verb].lemma;
    int i, j, n = -1, root = 13, end, after;
    *target = -1;
    *planned = 0;
    if ((strcmp(lemma, "announce") && strcmp(lemma, "declare")) || p->passive ||
        p->nactors == 0 || p->v + 1 >= c->n || !strcmp(c->t[p->v + 1].w, "that"))
        return 0;
    end = p->end < p->v + 13 ? p->end : p->v + 13;
    for (i = p->v + 1; i < end && i < c->n; i++) {
        const tinfo *t = &c->t[i];
        if (is_boundary_punct(c, i) || is_punct(c, i, ',') || t->kind == K_REL ||
            (t->kind == K_SUB && strcmp(t->w, "as")) || t->mention >= 0 ||
            measure_undone(t->w) ||
            (t->is_verb && t->mention < 0 && c->t[i - 1].kind != K_TO))
            return 0;
        if (!strcmp(t->w, "plans") || !strcmp(t->w, "plan") || !strcmp(t->w, "planned"))
            *planned = 1;
        if (!strcmp(t->w, "imposition"))
            root = 16;  /* "announce later today the imposition of tariffs" */
        if (coercive_measure(t->w)) {
            n = i;
            break;
        }
    }
    if (n < 0)
        return 0;
    after = n + 1;
    if (after < c->n) {
        const char *w = c->t[after].w;
        if (!strcmp(w, "cut") || !strcmp(w, "cuts") || !strcmp(w, "reduction") ||
            !strcmp(w, "reductions")) {
            root = 8;
            after++;
        } else if (!strcmp(w, "increase") || !strcmp(w, "increases") ||
                   !strcmp(w, "hike") || !strcmp(w, "hikes")) {
            after++;
        } else if (!(c->t[after].kind == K_PREP || c->t[after].kind == K_TO ||
                     is_boundary_punct(c, after) || is_punct(c, after, ','))) {
            return 0;   /* "announced new tariff rates": a modifier */
        }
    }
    for (j = after; j < c->n && j < p->end && j <= n + 12 && *target < 0; j++) {
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || c->t[j].kind == K_REL)
            break;
        if (party(c, c->t[j].mention) && !is_actor(c, p, c->t[j].mention))
            *target = c->t[j].mention;
    }
    for (; root == 13 && j < c->n && j < p->end && j <= n + 16; j++)
        if (!strcmp(c->t[j].w, "effective"))
            root = 16;  /* "announced 100 pct tariffs on ... Japanese
                        ** electronic goods, effective Friday": imposed */
    if (root == 13)
        *planned = 0;   /* the threat is made by the announcing */
    return *target >= 0 ? root : 0;
}

/* ---- planned visits named by a noun ----------------------------------------*/

/* Is w a word that puts a visit still to come: "Nakasone's planned trip
** to Washington", "his scheduled visit", "the forthcoming tour"? */
static int planning_word(const char *w)
{
    static const char *const words[] = {
        "planned", "scheduled", "forthcoming", "upcoming", "coming",
        "expected", "impending", "due", NULL
    };
    return dz_word_in(w, words);
}

/* The first usable time expression, in the same clause as token i, within
** lo tokens before it or hi after it, that begins after the story's day;
** -1. A comma, boundary punctuation or a verb of a predicate ends the
** search either way. */
static int future_time_near(const ctx *c, int i, int lo, int hi)
{
    int j;
    if (!c->a->published[0])
        return -1;
    for (j = i + 1; j < c->n && j <= i + hi; j++) {
        const tinfo *t = &c->t[j];
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || (t->is_verb && t->mention < 0))
            break;
        if (t->timex >= 0 && usable_timex(c->a, &c->a->timexes[t->timex]) &&
            strcmp(c->a->timexes[t->timex].begin, c->a->published) > 0)
            return t->timex;
    }
    for (j = i - 1; j >= c->skip && j >= i - lo; j--) {
        const tinfo *t = &c->t[j];
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || (t->is_verb && t->mention < 0))
            break;
        if (t->timex >= 0 && usable_timex(c->a, &c->a->timexes[t->timex]) &&
            strcmp(c->a->timexes[t->timex].begin, c->a->published) > 0)
            return t->timex;
    }
    return -1;
}

/* Visits still to come named by a noun with their visitor as its owner:
** "Nakasone's scheduled visit to Washington on April 29", "during his
** week-long Washington visit from April 29", "Raimond, due here tomorrow
** from Oman for his first official visit to the United Arab Emirates".
** The visitor is a party named with a possessive right before the noun
** and its modifiers (up to four), or the one "his", "her", "its" or
** "their" stands for; the visit is to come when a planning word stands
** among the modifiers ("planned", "scheduled", "forthcoming") or a time
** after the story's day stands in its clause. The host is the party after
** "to", else a party among the modifiers ("Washington visit"), else,
** with "here" after the noun, the state of the dateline. A visit told
** with no sign it is to come ("Pelosi's visit to Taiwan", "Yellen's trip
** to China several weeks ago") is left alone: a past visit named by a
** noun is background. 04, planned, dated by that time (undated without
** one). Appends from index from on unless the sentence has it already;
** -1 on no memory. */
static int planned_visits(ctx *c, int si, int from)
{
    int i;
    for (i = c->skip + 1; i + 1 < c->n; i++) {
        int b, actor = -1, host = -1, mod_place = -1, plan = 0, t0, j, last = i, first;
        dz_action *x;
        const char *w = c->t[i].w;
        /* the first two letters of "visit", "trip", "tour", "stop-over"
        ** first: this runs on every word */
        if (c->t[i].mention >= 0 || c->t[i].is_verb ||
            !((w[0] == 'v' && w[1] == 'i') || (w[0] == 't' && (w[1] == 'r' || w[1] == 'o')) ||
              (w[0] == 's' && w[1] == 't')) ||
            !visit_noun(w))
            continue;
        for (b = i - 1; b > c->skip && i - b <= 4; b--) {
            const tinfo *t = &c->t[b];
            if (is_poss(c, b) || owner_pronoun(c, b))
                break;
            if (t->mention >= 0 && party(c, t->mention) && mod_place < 0) {
                mod_place = t->mention;     /* "his Washington visit" */
                continue;
            }
            if (t->mention < 0 && planning_word(t->w)) {
                plan = 1;                   /* "planned", "scheduled" */
                continue;
            }
            if (t->kind == K_NONE && t->w[0] && t->verb < 0 && t->mention < 0)
                continue;
            if (t->kind == K_QUANT || t->kind == K_ADV || t->timex >= 0)
                continue;
            break;
        }
        if (is_poss(c, b) && b > c->skip)
            actor = c->t[b - 1].mention;
        else if (owner_pronoun(c, b))
            actor = pronoun_owner(c, b);
        if (!party(c, actor) || actor == mod_place)
            continue;
        first = is_poss(c, b) ? b - 1 : b;
        while (first > 0 && c->t[first - 1].mention == actor)
            first--;
        t0 = future_time_near(c, i, i - first + 8, 10);
        if (!plan && t0 < 0)
            continue;
        if (i + 2 < c->n && c->t[i + 1].kind == K_TO && party(c, c->t[i + 2].mention)) {
            host = c->t[i + 2].mention;
            last = mention_run_end(c, i + 2, host);
        } else if (mod_place >= 0) {
            host = mod_place;
        } else {
            for (j = i + 1; j < c->n && j <= i + 3; j++)
                if (!strcmp(c->t[j].w, "here")) {
                    host = dateline_state(c);
                    last = j;
                    break;
                }
        }
        if (host < 0 || same_entity(c->a, actor, host) ||
            (c->a->mentions[actor].type == DZ_ENT_PERSON &&
             person_state(c, actor) >= 0 && same_entity(c->a, person_state(c, actor), host)) ||
            have_action(c->a, from, actor, 4, host))
            continue;
        if (!(x = action_new(c, si, actor, host, "visit", 4, DZ_MOD_PLANNED)))
            return -1;
        if (t0 >= 0)
            set_date(x, &c->a->timexes[t0]);
        x->ev_start = c->a->tokens[c->s->tok_first + first].start;
        x->ev_end = c->a->tokens[c->s->tok_first + last].end;
        i = last;
    }
    return 0;
}

/* ---- a parenthetical between dashes ----------------------------------------*/

/* Is token j, right before predicate k's chain, the closing dash of a
** parenthetical between a named subject and its verb: "Uganda -- which
** earns about 400 mln dlrs annually from coffee exports -- had asked",
** "... and Canada -- G-6 -- agreed", "The G-7 -- Britain, Canada, France,
** Italy, Japan, the U.S. And West Germany -- reaffirmed"? The
** parenthetical is no subject; the subject is the name left of its
** opening dash (within 40 tokens, with no other dash, semicolon, colon or
** quote between). Not when the parenthetical opens with a verb form
** ("the EC -- totaling nearly 400 -- would require": a clause goes on),
** nor when no name stands right before the opening dash ("The four --
** Exxon, ... -- signed" names its members only inside the dashes).
** Returns the token before the opening dash and sets *lo to the first
** token after the last predicate before it, or returns -1. */
static int dash_parenthetical(const ctx *c, int k, int j, int *lo)
{
    int d, q;
    if (j < 1 || !is_punct(c, j, '-'))
        return -1;
    for (d = j - 1; d > c->skip && d >= j - 40; d--) {
        if (is_punct(c, d, '-'))
            break;
        if (is_punct(c, d, ';') || is_punct(c, d, ':') || is_quote(c, d))
            return -1;
    }
    if (d <= c->skip || d >= j - 1 || !is_punct(c, d, '-') ||
        c->t[d - 1].mention < 0 ||
        (c->t[d + 1].verb >= 0 && c->t[d + 1].mention < 0 && c->t[d + 1].kind != K_REL))
        return -1;
    *lo = c->skip;
    for (q = 0; q < k; q++)
        if (c->p[q].v < d)
            *lo = c->p[q].v + 1;
    return d - 1 >= *lo ? d - 1 : -1;
}

/* ---- recall: targets named by a possessor or a state's adjective ---------*/

/* The target of passive p named as the possessor of its subject: "Japan's
** trade policies were criticised by the United States", "Brazil's request
** was rejected by the committee" are aimed at Japan and Brazil, as the
** active "criticised Japan's trade policies" is. The subject must open
** with the name and its "'s" and go on with a word that is no name; the
** possessor is a state, a body or a person, not the actor. -1 if none. */
static int passive_possessor(const ctx *c, const pred *p)
{
    int b = p->subj_start, m, x;
    dz_entity_type ty;
    if (p->passive != 1 || b < 0 || b >= p->g || (m = c->t[b].mention) < 0 ||
        c->blocked[m] || is_actor(c, p, m))
        return -1;
    ty = c->a->mentions[m].type;
    if (ty != DZ_ENT_COUNTRY && ty != DZ_ENT_ORGANIZATION && ty != DZ_ENT_PERSON)
        return -1;
    x = mention_run_end(c, b, m) + 1;
    if (!is_poss(c, x) || x + 1 >= p->g || c->t[x + 1].mention >= 0 || !c->t[x + 1].w[0] ||
        c->t[x + 1].kind != K_NONE)
        return -1;
    return m;
}

/* Is the state's adjective at token i the one an
** act is aimed at, though it stands after "the" before a noun (which
** attributive reads as a mere description)? So after a preposition that
** names whom an act reaches: "impose import duties on the Japanese
** microchips", "sanctions against the Soviet ..."; a name in its own form
** ("the U.S. dollar") or after "in" or "of" stays a description. */
static int adjective_after_prep(const ctx *c, int i)
{
    static const char *const preps[] = { "on", "against", "to", "from", "with", NULL };
    int m = c->t[i].mention;
    return i >= 2 && m >= 0 && !strcmp(c->t[i - 1].w, "the") &&
           c->t[i - 2].kind == K_PREP && dz_word_in(c->t[i - 2].w, preps) &&
           c->a->mentions[m].type == DZ_ENT_COUNTRY && adjectival(c, m);
}

/* The state person mention pm serves by a title right before one of his
** mentions: "Canadian Prime Minister Brian Mulroney", "Brazil's Finance
** Minister Dilson Funaro", "British consumer affairs minister Michael
** Howard". Stricter than person_state: the words between are at most five,
** none of them a word of a clause ("Japan has said that if Reagan",
** "British officials said King Fahd", "China where Silas"), and the last
** is capitalised or a title. -1 when none. */
static int titled_state(const ctx *c, int pm)
{
    static const char *const stop[] = { "has", "have", "had", "said", "says", "say", "that",
        "if", "where", "when", "which", "who", "whom", "and", "or", "but", "to", "with", "for",
        "by", "as", "the", "a", "an", "is", "was", "were", "will", "would", "be", "been",
        "officials", "official", "sources", "told", "asked", "in", "on", "at", "from", "of",
        "visit", "trip", "talks", "between", "after", "before", "since", "while", NULL };
    static const char *const titles[] = { "minister", "secretary", "president", "chairman",
        "governor", "ambassador", "leader", "envoy", "negotiator", "premier", "king",
        "chancellor", "commissioner", "representative", "director", "spokesman", "chief",
        "head", NULL };
    const dz_analysis *a = c->a;
    int k;
    for (k = 1; k < a->nmentions; k++) {
        const dz_mention *x = &a->mentions[k], *y = &a->mentions[k - 1];
        const char *t = a->text + y->end, *end = a->text + x->start;
        int words = 0, ok = 1, last_title = 0;
        if (!same_entity(a, k, pm) || y->type != DZ_ENT_COUNTRY || y->sentence != x->sentence ||
            c->blocked[k - 1] || c->isgroup[k - 1] || x->start - y->end > 60)
            continue;
        if (t + 2 <= end && t[0] == '\'' && t[1] == 's')
            t += 2;
        while (ok && t < end) {
            char w[24];
            size_t n = 0;
            while (t < end && (*t == ' ' || *t == '\n'))
                t++;
            if (t >= end)
                break;
            last_title = *t >= 'A' && *t <= 'Z';
            while (t < end && *t != ' ' && *t != '\n') {
                if (!((*t >= 'A' && *t <= 'Z') || (*t >= 'a' && *t <= 'z') || *t == '.' ||
                      *t == '-'))
                    ok = 0;
                if (n + 1 < sizeof w)
                    w[n++] = (char)tolower((unsigned char)*t);
                t++;
            }
            w[n] = 0;
            if (++words > 5 || dz_word_in(w, stop))
                ok = 0;
            if (dz_word_in(w, titles))
                last_title = 1;
        }
        if (ok && words > 0 && last_title)
            return k - 1;
    }
    return -1;
}

/* Is target t the state person actor a serves, as the article titles him
** (titled_state: "Canadian Prime Minister Brian Mulroney held frank
** discussions with the Canadian province premiers")? A state's official
** acts for his state, not on it: the state is no target. */
static int person_own_state(const ctx *c, int a, int t)
{
    int s;
    if (a < 0 || t < 0 || c->a->mentions[a].type != DZ_ENT_PERSON ||
        c->a->mentions[t].type != DZ_ENT_COUNTRY)
        return 0;
    s = titled_state(c, a);
    return s >= 0 && same_entity(c->a, s, t);
}

/* Does token x, right after a state's name, make that name a currency ("68
** billion U.S. dlr foreign bank debt", "100 mln New Zealand dlrs of notes",
** "900 mln Singapore dlrs")? Money counted in a state's currency is no act
** aimed at that state. */
static int currency_after(const ctx *c, int x)
{
    static const char *const units[] = { "dlr", "dlrs", "dollar", "dollars",
        "dollar-denominated", "dlr-denominated", "pound", "pounds", "franc", "francs",
        "mark", "marks", "peso", "pesos", "yen", "rupee", "rupees", "lira", "lire",
        "crown", "crowns", "cts", "cents", NULL };
    return x < c->n && dz_word_in(c->t[x].w, units);
}

/* Is the name at token i where p's traveller comes from, not whom he goes
** to: "from" before it after a verb of coming or going ("Shultz flew in
** from Helsinki", "arrived from Moscow", "returning from Washington")? */
static int motion_origin(const ctx *c, const pred *p, int i)
{
    static const char *const motion[] = { "arrive", "fly", "return", "come", "travel",
        "head", NULL };
    return i > 0 && !strcmp(c->t[i - 1].w, "from") &&
           dz_word_in(c->vl->verbs[p->verb].lemma, motion);
}

/* The state "the government" or "the administration" after p's verb stands
** for when no state named before in the window may (none, or the actor's
** own): the state of the story's dateline, when it is not the actor's
** ("TOKYO - The LDP also suggested the government review the ceiling",
** "WASHINGTON - The committee rejected the administration's request").
** Only for one actor that is a body or a state: people acting together
** meet each other ("the two sides discussed the administration's
** offer"), and an official who names no state in his title may serve
** that government ("Acting Assistant Attorney General Charles Rule
** defended the administration's record"). -1 when none. */
static int filed_government(const ctx *c, const pred *p)
{
    int i = p->v + 1, m;
    if (p->nactors != 1 || c->a->mentions[p->actors[0]].type == DZ_ENT_PERSON ||
        i + 1 >= p->end || strcmp(c->t[i].w, "the") ||
        (strcmp(c->t[i + 1].w, "government") && strcmp(c->t[i + 1].w, "administration")) ||
        (m = dateline_state(c)) < 0)
        return -1;
    return same_entity(c->a, p->actors[0], m) || own_state_target(c, p->actors[0], m) ? -1 : m;
}

/* A second target in a phrase parallel to the first one's: the target of
** p ends before token x and follows a preposition ("offers of a 100 pct
** raise from the state oil company Petrobras"); "and" right after it opens
** a second noun phrase with the same preposition before a name ("and an
** 80 pct increase from the National Union of Maritime Navigation
** Companies"): that name is aimed at too. Stored in more[] (at most cap),
** the count returned; 0 when the phrase is no such pair, or when a verb,
** a clause or another name comes first. */
static int parallel_targets(const ctx *c, const pred *p, int x, int e, int *more, int cap)
{
    static const char *const preps[] = { "with", "to", "from", "against", "on", NULL };
    int s = x - 1, m, pr, j;
    if (cap < 1 || s < 1 || (m = c->t[s].mention) < 0)
        return 0;
    while (s > 0 && c->t[s - 1].mention == m)
        s--;
    /* back over the words of the target's noun phrase ("from the state
    ** oil company Petrobras") */
    for (pr = s - 1; pr >= 0 && pr > s - 6 && c->t[pr].mention < 0 && c->t[pr].w[0] &&
                     (c->t[pr].kind == K_NONE || c->t[pr].kind == K_DET) && !c->t[pr].is_verb;
         pr--)
        ;
    if (pr < 0 || c->t[pr].kind != K_PREP || !dz_word_in(c->t[pr].w, preps) || x >= e ||
        strcmp(c->t[x].w, "and"))
        return 0;
    for (j = x + 1; j < e && j <= x + 10; j++) {
        int k, n;
        if (is_boundary_punct(c, j) || is_punct(c, j, ',') || c->t[j].is_verb ||
            c->t[j].kind == K_SUB || c->t[j].kind == K_REL || c->t[j].kind == K_CONJ ||
            c->t[j].mention >= 0)
            return 0;
        if (strcmp(c->t[j].w, c->t[pr].w))
            continue;
        k = j + 1 < e && !strcmp(c->t[j + 1].w, "the") ? j + 2 : j + 1;
        if (k >= e || (n = c->t[k].mention) < 0 || is_actor(c, p, n) || n == m ||
            same_entity(c->a, n, m) || c->blocked[n] ||
            (c->a->mentions[n].type != DZ_ENT_COUNTRY &&
             c->a->mentions[n].type != DZ_ENT_ORGANIZATION &&
             c->a->mentions[n].type != DZ_ENT_PERSON) ||
            is_poss(c, mention_run_end(c, k, n) + 1))
            return 0;
        more[0] = n;
        return 1;
    }
    return 0;
}

/* ---- recall: a state's forces named by "its" -------------------------------*/

/* Is the subject [b, e) a possessive pronoun and the armed force it owns:
** "its warplanes", "its own troops", "their forces", "its air force"
** ("Iraq said its warplanes hit two ships", "Iran said its forces had
** captured")? Such a subject stands for its owner as "it" would (P_OTHER):
** the state or body acting before it in the sentence, else the last one. */
static int armed_subject(const ctx *c, int b, int e)
{
    static const char *const force[] = {
        "forces", "troops", "army", "navy", "warplanes", "planes", "jets",
        "aircraft", "gunboats", "warships", "soldiers", "artillery",
        "marines", "militia", "guerrillas", "fighters", "helicopters",
        "fleet", NULL
    };
    while (e > b + 2 && is_aux_word(c, e - 1))
        e--;        /* "its warplanes had attacked": "had" left out of
                    ** the chain after a plural noun */
    if (e - b < 2 || e - b > 3 || c->t[b].kind != K_DET ||
        (strcmp(c->t[b].w, "its") && strcmp(c->t[b].w, "their")))
        return 0;
    if (e - b == 3 && strcmp(c->t[b + 1].w, "own") &&
        (strcmp(c->t[b + 1].w, "air") || strcmp(c->t[e - 1].w, "force")))
        return 0;
    return dz_word_in(c->t[e - 1].w, force) ||
           (e - b == 3 && !strcmp(c->t[e - 1].w, "force"));
}

/* ---- recall: "they" for persons who acted together -------------------------*/

/* Are the actors of q two or more persons, none a group? */
static int persons_pred(const ctx *c, const pred *q)
{
    int i;
    if (q->nactors < 2 || q->rel)
        return 0;
    for (i = 0; i < q->nactors; i++)
        if (c->a->mentions[q->actors[i]].type != DZ_ENT_PERSON || c->isgroup[q->actors[i]] ||
            c->blocked[q->actors[i]])
            return 0;
    return 1;
}

/* Remember the persons of the sentence's last predicate with actors when
** it has two or more and all are persons ("Funaro and central bank
** president Francisco Gros last week visited Washington"); forget them
** when it has other actors. A sentence with no actor keeps them. */
static void note_persons(ctx *c)
{
    int k;
    for (k = c->np - 1; k >= 0; k--) {
        const pred *q = &c->p[k];
        if (q->nactors == 0 || q->rel)
            continue;
        c->nlast_persons = 0;
        if (persons_pred(c, q)) {
            memcpy(c->last_persons, q->actors, sizeof c->last_persons);
            c->nlast_persons = q->nactors;
        }
        return;
    }
}

/* The subject "they" of predicate k stands for two or more persons who
** acted together right before: the actors of the nearest earlier
** predicate of its sentence with actors when those are persons only
** ("Shultz and Weinberger have said they told Reagan"), else, when no
** predicate before it in the sentence has actors, those of the last
** such predicate of the sentence before ("Funaro and Gros visited
** Washington ... This week they have sought support"). Sets k's actors
** and returns 1; 0 when "they" is no such reference. */
static int persons_they(ctx *c, int k)
{
    pred *p = &c->p[k];
    int q, si = (int)(c->s - c->a->sentences);
    if (p->subj_start < 0 || strcmp(c->t[p->subj_start].w, "they"))
        return 0;
    for (q = k - 1; q >= 0; q--) {
        if (c->p[q].nactors == 0 || c->p[q].rel)
            continue;
        if (!persons_pred(c, &c->p[q]))
            return 0;
        memcpy(p->actors, c->p[q].actors, sizeof p->actors);
        p->nactors = c->p[q].nactors;
        return 1;
    }
    if (c->nlast_persons < 2 || si < 1 ||
        c->a->mentions[c->last_persons[0]].sentence != si - 1)
        return 0;
    memcpy(p->actors, c->last_persons, sizeof p->actors);
    p->nactors = c->nlast_persons;
    return 1;
}

/* ---- recall: "he" for the body an unnamed voice speaks for -----------------*/

/* Remember the state or body an unnamed spokesman or official of sentence
** si spoke for: the one actor, no person and no group, of its first verb
** of saying whose own subject opens with "a", "an", "one" or "another",
** has "spokesman", "spokeswoman" or "official" and names no person ("a
** Canon spokesman said",
** "a spokesman for the Central Bank said", "An official at the Ministry
** of Post and Telecommunications told Reuters", "a ministry official
** said": the state, role_subject). */
static void note_voice(ctx *c, int si)
{
    int k, i;
    for (k = 0; k < c->np; k++) {
        const pred *p = &c->p[k];
        int voice = 0, m;
        if (!(c->vl->verbs[p->verb].flags & V_SPEECH) || p->rel || p->shared ||
            p->subj_start < 0 || p->nactors != 1)
            continue;
        m = p->actors[0];
        if (strcmp(c->t[p->subj_start].w, "a") && strcmp(c->t[p->subj_start].w, "an") &&
            strcmp(c->t[p->subj_start].w, "one") && strcmp(c->t[p->subj_start].w, "another"))
            return;     /* "The USDA official said": one named before */
        for (i = p->subj_start; i < p->g && i < c->n; i++) {
            if (c->t[i].mention >= 0 && c->a->mentions[c->t[i].mention].type == DZ_ENT_PERSON)
                return;
            if (spokes_noun(c->t[i].w) || !strcmp(c->t[i].w, "official"))
                voice = 1;
        }
        if (!voice || c->a->mentions[m].type == DZ_ENT_PERSON || c->isgroup[m] ||
            c->blocked[m])
            return;
        c->voice_body = m;
        c->voice_at = c->a->tokens[c->s->tok_first + p->g].start;
        c->voice_si = si;
        return;
    }
}

/* The subject "he", "she" or "the spokesman" of p (at byte pos), whose
** person found so far is m (-1 for none), as the body an unnamed voice
** spoke for (note_voice) in its sentence or the two before: when no
** person is named between that voice and pos and m was named before the
** voice ("A Canon spokesman said ... He told Reuters Intel will make the
** chips": Canon). Else m. */
static int voice_reference(const ctx *c, const pred *p, int32_t pos, int m)
{
    int si = (int)(c->s - c->a->sentences), x, b = p->subj_start, e;
    if (c->voice_body < 0 || c->voice_at >= pos || si - c->voice_si > 2 ||
        (m >= 0 && c->a->mentions[m].start > c->voice_at) || b < 0)
        return m;
    e = subject_end(c, b, p->g);
    if (!(((!strcmp(c->t[b].w, "he") || !strcmp(c->t[b].w, "she")) && b + 1 == e) ||
          (!strcmp(c->t[b].w, "the") && b + 2 == e &&
           (spokes_noun(c->t[b + 1].w) || !strcmp(c->t[b + 1].w, "official")))))
        return m;
    for (x = 0; x < c->a->nmentions && c->a->mentions[x].start < pos; x++)
        if (c->a->mentions[x].start > c->voice_at &&
            c->a->mentions[x].type == DZ_ENT_PERSON && !c->blocked[x])
            return m;
    return c->voice_body;
}

/* ---- recall: "the association" -----------------------------------------------*/

/* The organisation named before byte pos that a subject "the <w>" stands
** for when w is the kind of body a name spells out before its "of"
** ("association", "union", "institute", "federation", "council" ...: "the
** association" after "the Association of Banks", "the union" after "the
** National Union of Mineworkers"): of the organisations whose name has the
** word w, the one named most often so far, the first on a tie; -1 when
** none, or for any other w (body_by_head takes names that end in w). */
static int body_by_word(const ctx *c, int32_t pos, const char *w)
{
    static const char *const kinds[] = {
        "association", "union", "institute", "federation", "confederation",
        "council", "organisation", "organization", "bureau", "league",
        "society", "authority", NULL
    };
    int m, k, best = -1, bestn = 0;
    if (!dz_word_in(w, kinds))
        return -1;
    for (m = 0; m < c->a->nmentions && c->a->mentions[m].start < pos; m++) {
        int cnt = 0;
        if (c->blocked[m] || c->isgroup[m] || c->a->mentions[m].type != DZ_ENT_ORGANIZATION ||
            !name_has_word(c->a, m, w) || (best >= 0 && same_entity(c->a, best, m)))
            continue;
        for (k = 0; k < c->a->nmentions && c->a->mentions[k].start < pos; k++)
            cnt += same_entity(c->a, k, m);
        if (cnt > bestn) {
            best = m;
            bestn = cnt;
        }
    }
    return best;
}

/* ---- the day of a saying put after what it says -----------------------------*/

/* Is predicate k a verb of plain saying put after what it says, right
** after its comma or quote ("The February figure is likely to be revised,
** a ministry statement said", "..., said Putin"), with a finite verb of
** the sentence before it, in a sentence that opens with no subordinate
** clause or preposition ("When talks began last April, ...", "On
** Tuesday, ...")? The time that opens the sentence, or its paragraph, is
** then what is said's, not the saying's: the saying is the story's. */
static int said_after(const ctx *c, int k)
{
    const pred *p = &c->p[k];
    int b = p->subj_start >= 0 && p->subj_start < p->g ? p->subj_start : p->g, q;
    if (!plain_saying(c->vl->verbs[p->verb].lemma) || b <= c->skip + 1 ||
        !(is_punct(c, b - 1, ',') || is_quote(c, b - 1)) ||
        c->t[c->skip].kind == K_SUB || c->t[c->skip].kind == K_PREP)
        return 0;       /* "When talks began last April, the banks said" */
    for (q = 0; q < k; q++)
        if (!c->p[q].gerund && c->p[q].form != F_ING && !c->p[q].rel &&
            c->p[q].g < b)
            return 1;
    return 0;
}

/* ---- recall: a body's statement as its voice ---------------------------------*/

/* Is w a noun for a written statement that speaks for its issuer as a
** spokesman does ("a foreign ministry statement said", "a company
** statement said", "a government communique said": role_subject)? */
static int statement_noun(const char *w)
{
    return !strcmp(w, "statement") || !strcmp(w, "communique");
}
