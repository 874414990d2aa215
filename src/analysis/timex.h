/*
** timex.h — what timex.c offers: time expressions found in text and
** resolved against the publication date ("last month", "on Thursday",
** "June 19, 2023", "October 22-24", "late 2022", "several weeks ago").
*/
#ifndef DOSSIER_TIMEX_H
#define DOSSIER_TIMEX_H

#include "analysis/analysis.h"

/* Find and resolve the time expressions of a->text against a->published
** ("" resolves only absolute expressions: relative ones are still found,
** with begin/end_date "" and a value with X's or NULL). Fills sentence
** from a->sentences when present (else -1); tense ("on Thursday" in a
** past or future sentence) is read from the words around the expression
** in the raw text, kept inside its sentence when a->sentences is filled.
** Values follow TIMEX3 ("2024-04-23", "2024-W17", "2024-Q3", "2024-FA",
** "P3W", "PAST_REF"); strings live in a->arena.
** Appends to a->timexes. Returns 0, or -1 on no memory. */
int timex_find(dz_analysis *a);

/* Resolve one expression on its own, e.g. "last month", "2 weeks",
** "2024-04", "this year", "June 19, 2023", against base ("YYYY-MM-DD";
** NULL or "" resolves only absolute expressions). A duration ("2 weeks")
** is the span back from base to base; a weekday is the last one on or
** before base. Fills begin/end (inclusive ISO dates). Returns 0, or -1
** when the whole expression is not understood. */
int timex_resolve(const char *expr, const char *base, char begin[11],
                  char end[11]);

/* For the tests: 1 when the compiled-in word list is in strcmp order
** (the lookup is a binary search). */
int timex_lexicon_sorted(void);

#endif
