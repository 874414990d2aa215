/*
** actions.h — what actions.c and action_query.c offer: who did what to
** whom, when. Per sentence: action verbs (lemmatised), their actor and
** target among the entity mentions, the object text, a CAMEO root
** category, modality and a date from the governing time expression or the
** publication date. The verb lexicon lives in src/analysis/lexicon/verbs.txt and is
** compiled in.
*/
#ifndef DOSSIER_ACTIONS_H
#define DOSSIER_ACTIONS_H

#include "analysis/analysis.h"
#include "core/core.h"

/* Extract actions from a, which must hold tokens, sentences, mentions and
** timexes. Appends to a->actions. Returns 0, or -1 on no memory. The verb
** lexicon is built once, on first use, and read-only afterwards, so
** several threads may call this at once. Every action has an actor and a
** category; its date range is never longer than 400 days (longer time
** expressions are passed over), which actions_query relies on. */
int actions_find(dz_analysis *a);

/* Lemma of an English verb form ("met" -> "meet", "prepared" ->
** "prepare") when the word is a verb of the lexicon; its CAMEO root in
** *root (0 none, -1 light verb) when root is not NULL. Returns a static
** string, or NULL when the word is no known verb form. */
const char *actions_lemma(const char *word, int *root);

/* CAMEO root code for a category name or code: "11", "disapprove",
** "criticise", "sanction", "meet" ... Returns 1..20, or 0 if unknown. */
int actions_category_parse(const char *s);

/* ---- queries (action_query.c) --------------------------------------------*/
typedef struct dz_action_filter {
    char since[11], until[11];   /* "" for open ends; overlap is a match */
    const char *actor;           /* name or alias, NULL for any */
    const char *target;
    const char *verb;            /* lemma (a word form is lemmatised) */
    int category;                /* 1..20, 0 for any */
    const char *modality;        /* "asserted", "planned", ... NULL any */
    int64_t article;             /* 0 for any */
    int64_t limit;               /* <= 0: no limit */
} dz_action_filter;

/* Actions matching f, sorted by date, as records {date, date_end, actor,
** verb, category, target, object, modality, text, article, code,
** date_source, precision, id}. NULL with d's message set on error (an
** unknown modality or category is DOSSIER_MISUSE). Owned by the caller. */
dz_cursor *actions_query(dossier *d, const dz_action_filter *f);

#endif
