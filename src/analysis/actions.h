/*
** actions.h — what actions.c offers: who did what to
** whom, when. Per sentence: action verbs (lemmatised), their actor and
** target among the entity mentions, the object text, a CAMEO root
** category, modality and a date from the governing time expression or the
** publication date. The verb lexicon lives in src/analysis/lexicon/verbs.txt and is
** compiled in.
*/
#ifndef DOSSIER_ACTIONS_H
#define DOSSIER_ACTIONS_H

#include "analysis/analysis.h"

/* Extract actions from a, which must hold tokens, sentences, mentions and
** timexes. Appends to a->actions. Returns 0, or -1 on no memory. The verb
** lexicon is built once, on first use, and read-only afterwards, so
** several threads may call this at once. Every action has an actor (a
** mention, or a group named by a common noun in actor_group: "creditor
** banks"; the group agent nouns come from lexicon/phoenix_agents.txt via
** groups.h) and a category; its date range is never longer than 400 days (longer time
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

/* Is an action with this verb lemma, category and target a plain
** statement: "X said ..." with nothing coded from what was said (a verb
** of neutral saying, category 01, no target; or one addressed to an
** audience, actions_audience_verbs: "told Parliament")?
** Plain statements are kept as actions but reported apart from events:
** a denial, a declaration or a warning is not plain. */
int actions_plain_statement(const char *verb, int category, int has_target);

/* Does an act of this CAMEO root by an actor of this type need a named
** target to be an event? An appeal, offer, praise, aid, a concession, an
** investigation, criticism, rejection, threat or coercion is aimed at
** someone ("will allow companies to claim" concedes nothing to anyone); a meeting
** or a demand too, unless a group acts (its own members meet: "the G-7
** will discuss"; "the union wants an inquiry"). Such an act with no target
** ("urged a speedy settlement", "refused to testify before investigators")
** is kept as an action but is incomplete: the report leaves it out and
** the event scorer does not count it. Statements, agreements, force,
** protest, posture, sanctions and yielding need no target. */
int actions_needs_target(int category, dz_entity_type actor_type);

/* Where x's object stands in a's text (the first place: the same text
** either way), or NULL when it is not a piece of it. The stores keep an
** object found there as its offsets. */
const char *actions_object_in_text(const dz_analysis *a, const dz_action *x);

/* The verbs of neutral saying actions_plain_statement knows (static), and
** their number in *n: the store's queries test plain statements too. */
const char *const *actions_plain_verbs(int *n);

/* The verbs of plain saying whose statement stays plain with someone
** addressed ("told Parliament"), static, their number in *n. */
const char *const *actions_audience_verbs(int *n);

#endif
