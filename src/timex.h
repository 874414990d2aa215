/*
** timex.h — what timex.c offers: time expressions found in text and
** resolved against the publication date ("last month", "on Thursday",
** "June 19, 2023", "October 22-24", "late 2022", "several weeks ago").
*/
#ifndef DOSSIER_TIMEX_H
#define DOSSIER_TIMEX_H

#include "analysis.h"

/* Find and resolve the time expressions of a->text against a->published
** ("" resolves only absolute expressions). Uses a->sentences and tokens
** when filled (for tense), works on raw text otherwise. Appends to
** a->timexes. Returns 0, or -1 on no memory. */
int timex_find(dz_analysis *a);

/* Resolve one expression on its own, e.g. "last month", "2 weeks",
** "2024-04", "this year", against base ("YYYY-MM-DD"). Fills begin/end.
** Returns 0, or -1 when the expression is not understood. */
int timex_resolve(const char *expr, const char *base, char begin[11],
                  char end[11]);

#endif
