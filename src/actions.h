/*
** actions.h — what actions.c offers: who did what to whom, when. Per
** sentence: action verbs (lemmatised), their actor and target among the
** entity mentions, the object text, a CAMEO root category, modality and a
** date from the governing time expression or the publication date. The
** verb lexicon lives in src/lexicon/ and is compiled in.
*/
#ifndef DOSSIER_ACTIONS_H
#define DOSSIER_ACTIONS_H

#include "analysis.h"

/* Extract actions from a, which must hold tokens, sentences, mentions and
** timexes. Appends to a->actions. Returns 0, or -1 on no memory. */
int actions_find(dz_analysis *a);

#endif
