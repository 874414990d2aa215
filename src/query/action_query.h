/*
** action_query.h — what action_query.c offers: the stored actions of a
** corpus, filtered by period, actor, target, verb, category, modality and
** article.
*/
#ifndef DOSSIER_ACTION_QUERY_H
#define DOSSIER_ACTION_QUERY_H

#include "core/core.h"

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

/* The same actions as events: the actions of one actor, category, target
** and first day are one event however many sentences and articles report
** it (as GDELT counts mentions). Records {date, date_end, actor,
** category, code, target, verb, object, modality, text, article,
** reports, articles, article_list, ids, statement}: text and article are
** those of the first report, reports counts the actions, articles the
** distinct articles ("article_list" their ids, "ids" the actions' ids, so
** actions_query reaches the raw rows), statement is 1 for a plain
** statement ("X said"). Sorted by date; the limit counts events. */
dz_cursor *actions_events(dossier *d, const dz_action_filter *f);

#endif
