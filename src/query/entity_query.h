/*
** entity_query.h — what entity_query.c offers: the corpus's entity tables
** seen from Lua and C — the most named entities, one entity with its
** aliases, its mentions with their sentences, who is named with whom —
** and the user's edits (define, alias, merge), which are stored in the
** database and applied by the next analysis.
*/
#ifndef DOSSIER_ENTITY_QUERY_H
#define DOSSIER_ENTITY_QUERY_H

#include "core/core.h"

typedef struct dz_entity_filter {
    const char *type;            /* "person", ... or NULL for any */
    char since[11], until[11];   /* article dates; "" for open ends */
    const char *kind;            /* article kind or NULL for any */
    int64_t limit;               /* <= 0: no limit */
    int by_article;              /* cooccur/pairs: rank by shared articles */
} dz_entity_filter;

/* The entity a name or alias stands for: its id in *id (0 when none is
** known). Looks at canonical names, stored aliases, then the lexicon's
** aliases ("Erdogan"). Returns a DOSSIER_ code. */
int entities_resolve(dossier *d, const char *name, int64_t *id);

/* The kinds of mention that entities_top counts (every stored mention):
** datelines and wire sign-offs are found by the analysis but not stored. */
#define ENTITIES_COUNTED "name, adjective, metonym, code (not dateline, signoff)"

/* Entities by number of mentions: {name, type, mentions, articles}. */
dz_cursor *entities_top(dossier *d, const dz_entity_filter *f);

/* One entity: {id, name, type, code, user_defined}; its aliases: {alias},
** the stored ones and the surface forms of its mentions. */
dz_cursor *entities_get(dossier *d, int64_t id);
dz_cursor *entities_aliases(dossier *d, int64_t id);

/* Mentions of entity id, oldest first: {article, published, title,
** surface, sentence, start, end} (sentence is the sentence's text). */
dz_cursor *entities_mentions(dossier *d, int64_t id, const dz_entity_filter *f);

/* Entities named with id in the same sentence / article:
** {name, type, sentences, articles}, strongest first. */
dz_cursor *entities_cooccur(dossier *d, int64_t id, const dz_entity_filter *f);

/* Pairs of entities named in the same sentence across the corpus:
** {a, a_type, b, b_type, sentences, articles}, strongest first. With a
** type, both must be of it. */
dz_cursor *entities_pairs(dossier *d, const dz_entity_filter *f);

/* Define an entity (name, type) with aliases (n of them, may be 0) as a
** user definition; *id gets its id (may be NULL). */
int entities_define(dossier *d, const char *name, const char *type,
                    const char *const *aliases, int n, int64_t *id);

/* Make alias stand for the entity named canonical (a name or alias). */
int entities_alias(dossier *d, const char *alias, const char *canonical);

/* Merge entity drop into keep: mentions, actions and aliases move to keep,
** drop's name becomes an alias of keep, drop is deleted. */
int entities_merge(dossier *d, const char *keep, const char *drop);

/* Find the entities in a text without storing anything: a must have been
** started with dz_analysis_init; its tokens, sentences and mentions are
** filled with the corpus's lexicon (user definitions included). */
int entities_extract(dossier *d, dz_analysis *a);

#endif
