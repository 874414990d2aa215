/*
** entities.h — what entities.c offers: the lexicon (compiled-in gazetteers
** of countries, organisations, government bodies, titles and people, plus
** user definitions) and the recogniser that turns an analysed text into
** entity mentions with canonical names.
*/
#ifndef DOSSIER_ENTITIES_H
#define DOSSIER_ENTITIES_H

#include "analysis/analysis.h"

typedef struct dz_lexicon dz_lexicon;
typedef struct dz_ner_model dz_ner_model;

/* A lexicon with the compiled-in gazetteers. NULL when out of memory.
** Free with lexicon_free. A lexicon is read-only once built, so several
** threads may analyse with it at once. */
dz_lexicon *lexicon_new(void);
void lexicon_free(dz_lexicon *lx);

/* User additions (from the entities / aliases tables or from Lua).
** canonical names and aliases are copied. 0 ok, -1 no memory, or a
** group's type (groups are never mentions, see analysis.h). */
int lexicon_define(dz_lexicon *lx, const char *name, dz_entity_type type,
                   const char *code);
int lexicon_alias(dz_lexicon *lx, const char *alias, const char *canonical,
                  dz_entity_type type);

/* The canonical name that alias (any case, accents or not) stands for in
** the lexicon, and its type in *type (may be NULL); NULL when unknown.
** The string belongs to the lexicon. */
const char *lexicon_lookup(const dz_lexicon *lx, const char *alias,
                           dz_entity_type *type);

/* Attach a learned tagger (ner.c); the lexicon takes ownership. NULL
** detaches. With no model the recogniser uses gazetteers and rules. */
void lexicon_set_model(dz_lexicon *lx, dz_ner_model *m);

/* Find entity mentions in a (tokens and sentences must be filled by
** text_split). Appends to a->mentions. Returns 0, or -1 on no memory. */
int entities_find(const dz_lexicon *lx, dz_analysis *a);

#endif
