/*
** analysis.h — the records that analysing one article produces, shared by
** text.c (tokens, sentences), entities.c (mentions), timex.c (time
** expressions), actions.c (actions), analyze.c (the pipeline) and store.c
** (which saves them).
**
** Analysis is a pure function of an article's text, its publication date and
** a read-only lexicon: no globals, no database, so it can run on any thread.
** All offsets are byte offsets into the article text (UTF-8), end exclusive.
** Strings inside the records live in the analysis' arena and die with it.
*/
#ifndef DOSSIER_ANALYSIS_H
#define DOSSIER_ANALYSIS_H

#include "base/util.h"

/* Token flags. */
enum {
    DZ_TOK_WORD       = 1 << 0,   /* letters (may hold digits, ' . - inside) */
    DZ_TOK_NUMBER     = 1 << 1,
    DZ_TOK_PUNCT      = 1 << 2,
    DZ_TOK_CAP        = 1 << 3,   /* first letter upper case */
    DZ_TOK_ALLCAP     = 1 << 4,   /* every letter upper case, 2+ letters */
    DZ_TOK_SENT_START = 1 << 5,   /* first word of its sentence */
    DZ_TOK_PARA_START = 1 << 6    /* first token of a paragraph */
};

typedef struct dz_token {
    int32_t start, end;
    uint32_t flags;
} dz_token;

typedef struct dz_sentence {
    int32_t start, end;           /* byte span of the sentence */
    int32_t tok_first, tok_count; /* its tokens in dz_analysis.tokens */
    int32_t paragraph;            /* 0-based paragraph number */
} dz_sentence;

typedef enum dz_entity_type {
    DZ_ENT_NONE = 0,
    DZ_ENT_PERSON,
    DZ_ENT_COUNTRY,
    DZ_ENT_ORGANIZATION,
    DZ_ENT_PLACE,
    DZ_ENT_OTHER,
    DZ_ENT_GROUP                  /* a group named by a common noun ("creditor
                                     banks"): an actor or target of actions,
                                     never a mention */
} dz_entity_type;

/* Name of a type as stored ("person", "country", ...) and back. */
const char *dz_entity_type_name(dz_entity_type t);
dz_entity_type dz_entity_type_parse(const char *s);   /* DZ_ENT_NONE if bad */

typedef struct dz_mention {
    int32_t sentence;             /* index into sentences */
    int32_t start, end;           /* surface span */
    dz_entity_type type;
    const char *name;             /* canonical name */
    const char *code;             /* ISO 3166 alpha-3 for a country, or NULL */
    int short_form;               /* a lone surname etc. not resolved inside
                                     the article: the store resolves it
                                     against the corpus ("Blinken") */
    int form;                     /* how the entity is named: DZ_FORM_* */
} dz_mention;

/* Mention forms: a name, an adjective / demonym ("Chinese" for China), a
** metonym ("Beijing", "the Kremlin" for the country), a code ("USA"); a
** dateline ("WASHINGTON, March 2 -") and a wire's sign-off ("REUTER" at
** the end) are found but say where the story was filed and by whom, not
** who it is about: the store does not save them as mentions. */
enum { DZ_FORM_NAME = 0, DZ_FORM_ADJ, DZ_FORM_METONYM, DZ_FORM_CODE,
       DZ_FORM_DATELINE, DZ_FORM_SIGNOFF };

typedef enum dz_precision {
    DZ_PREC_NONE = 0,
    DZ_PREC_DAY,
    DZ_PREC_WEEK,
    DZ_PREC_MONTH,
    DZ_PREC_SEASON,
    DZ_PREC_YEAR,
    DZ_PREC_VAGUE
} dz_precision;

const char *dz_precision_name(dz_precision p);

typedef struct dz_timex {
    int32_t sentence;             /* index into sentences, -1 if none */
    int32_t start, end;
    const char *type;             /* TIMEX3 type: DATE, TIME, DURATION, SET */
    const char *value;            /* TIMEX3 value: "2024-04-23", "2024-W17", "P3W", "PAST_REF" */
    char begin[11], end_date[11]; /* resolved range, ISO dates; "" unresolved */
    dz_precision precision;
    int relative;                 /* 1 if resolved against the publication date */
} dz_timex;

typedef enum dz_modality {
    DZ_MOD_ASSERTED = 0,
    DZ_MOD_PLANNED,
    DZ_MOD_REPORTED,
    DZ_MOD_NEGATED,
    DZ_MOD_HYPOTHETICAL
} dz_modality;

const char *dz_modality_name(dz_modality m);
/* The modality named s ("asserted", ...), or -1 when none is. */
int dz_modality_parse(const char *s);

typedef enum dz_date_source {
    DZ_DATE_ARTICLE = 0,          /* the publication date */
    DZ_DATE_EXPLICIT,             /* an absolute time expression */
    DZ_DATE_RELATIVE              /* a relative one, resolved */
} dz_date_source;

const char *dz_date_source_name(dz_date_source s);

typedef struct dz_action {
    int32_t sentence;
    int32_t actor;                /* index into mentions, -1 if none */
    int32_t target;               /* index into mentions, -1 if none */
    const char *verb;             /* lemma, e.g. "sanction", "open" */
    int category;                 /* CAMEO root code 1..20, 0 unknown */
    const char *object;           /* object text, may be NULL */
    char begin[11], end_date[11]; /* date range; "" unknown */
    dz_precision precision;
    dz_date_source date_source;
    dz_modality modality;
    int32_t ev_start, ev_end;     /* evidence span (usually the clause) */
    const char *actor_group;      /* a group named by a common noun, when
                                     actor is -1: "creditor banks",
                                     "Brazilian seamen"; NULL */
    const char *target_group;     /* the same for the target; NULL */
} dz_action;

/* CAMEO root category names, index 1..20 ("make statement", ...). */
const char *dz_cameo_name(int code);

typedef struct dz_analysis {
    dz_arena arena;
    const char *text;             /* borrowed: the article text */
    size_t len;
    char published[11];           /* "" when unknown */

    dz_token *tokens;       int ntokens, captokens;
    dz_sentence *sentences; int nsentences, capsentences;
    dz_mention *mentions;   int nmentions, capmentions;
    dz_timex *timexes;      int ntimexes, captimexes;
    dz_action *actions;     int nactions, capactions;
} dz_analysis;

/* Start an analysis of text (borrowed; must outlive it). published may be
** NULL or "" when unknown. */
void dz_analysis_init(dz_analysis *a, const char *text, size_t len,
                      const char *published);
void dz_analysis_free(dz_analysis *a);

#endif
