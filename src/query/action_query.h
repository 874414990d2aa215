/*
** action_query.h — what action_query.c offers: the stored actions of a
** corpus, filtered by period, actor, target, verb, category, modality and
** article.
*/
#ifndef DOSSIER_ACTION_QUERY_H
#define DOSSIER_ACTION_QUERY_H

#include "core/core.h"
#include "analysis/story.h"

typedef struct dz_action_filter {
    char since[11], until[11];   /* "" for open ends; overlap is a match */
    const char *actor;           /* name or alias, NULL for any */
    const char *target;
    const char *verb;            /* lemma (a word form is lemmatised) */
    int category;                /* 1..20, 0 for any */
    const char *modality;        /* "asserted", "planned", ... NULL any */
    int64_t article;             /* 0 for any */
    int64_t limit;               /* <= 0: no limit */
    int within;                  /* 1: only actions that begin in [since,
                                    until] or have the larger part of their
                                    range in it (not all that overlap it),
                                    and no act dated by
                                    its article whose evidence holds a time
                                    outside the period (recalled) */
    int named;                   /* 1: only actions whose actor is named in
                                    their sentence, in or before their
                                    evidence; -1: only those whose
                                    actor is not (taken from "he", "the
                                    ministry" ...); 0: any */
    int stories;                 /* DZ_STORIES_*: judge each article (see
                                    analysis/story.h) and keep these */
    char published_until[11];    /* "" for any: only actions of articles
                                    published on or before this day (what
                                    was known then; undated articles kept) */
} dz_action_filter;

/* The story judgement in a filter: NONE judges nothing (no story column);
** ALL judges and keeps every action, with its story ("political" or
** "business"); POLITICAL / BUSINESS keep only those stories' actions. */
enum { DZ_STORIES_NONE, DZ_STORIES_ALL, DZ_STORIES_POLITICAL, DZ_STORIES_BUSINESS };

/* "all", "political", "business" -> DZ_STORIES_*; -1 for anything else. */
int actions_stories_parse(const char *s);

/* Actions matching f, sorted by date, as records {date, date_end, actor,
** verb, category, target, object, modality, text, article, code,
** date_source, precision, id, named}: named is 1 when the actor is named
** in the action's sentence, in or before its evidence (0: taken from
** elsewhere, as for "he" or "the ministry"); with f->stories set, a story
** field too. NULL
** with d's message set on error (an unknown modality or category is
** DOSSIER_MISUSE). Owned by the caller. */
dz_cursor *actions_query(dossier *d, const dz_action_filter *f);

/* The same actions as events: the actions of one actor, category, target
** and first day are one event however many sentences and articles report
** it (as GDELT counts mentions). Records {date, date_end, actor,
** category, code, target, verb, object, modality, text, article,
** reports, articles, article_list, ids, statement}: text and article are
** those of the first report, reports counts the actions, articles the
** distinct articles ("article_list" their ids, "ids" the actions' ids, so
** actions_query reaches the raw rows), statement is 1 for a plain
** statement ("X said"), named 1 when the actor is named in the sentence
** of some report, and with f->stories set, story ("political" when one
** of its reports is in a political story, else "business"). Sorted by
** date; the limit counts events. */
dz_cursor *actions_events(dossier *d, const dz_action_filter *f);

/* The story judgement (analysis/story.h) of the stored article `article`
** (text NULL), or of text (n bytes; article 0): fills *out and, when not
** NULL, appends the cue words that decided it to pol and bus as
** "government 3, minister 2". DOSSIER_NOTFOUND for an unknown article,
** DOSSIER_NOMEM; the message in d. */
int actions_story(dossier *d, int64_t article, const char *text, size_t n,
                  dz_story *out, dz_buf *pol, dz_buf *bus);

#endif
