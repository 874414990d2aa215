/*
** text.h — what text.c offers: the text layer under every analyser.
** UTF-8 aware tokens with byte offsets, sentence splitting that survives
** "U.S.", "Jan.", initials and quotes, paragraphs, and Unicode case and
** accent folding (utf8proc).
*/
#ifndef DOSSIER_TEXT_H
#define DOSSIER_TEXT_H

#include "analysis/analysis.h"

/* Fill a->tokens and a->sentences from a->text. Paragraphs are separated
** by blank lines (or single newlines in short-line text). Returns 0, or -1
** when out of memory. */
int text_split(dz_analysis *a);

/* Fold s (n bytes) for matching: NFKC, case-folded, accents removed, curly
** quotes and dashes made plain. Returns a malloc'd NUL-terminated string
** (caller frees) and its length in *outlen, or NULL when out of memory.
** Invalid UTF-8 bytes are kept as U+FFFD. */
char *text_fold(const char *s, size_t n, size_t *outlen);

/* Append the fold of s (n bytes) to b, which is kept NUL-terminated; lets
** a caller reuse one buffer for many folds. 0 ok, -1 no memory. */
int text_fold_append(dz_buf *b, const char *s, size_t n);

/* The same fold into an arena. */
char *text_fold_arena(dz_arena *ar, const char *s, size_t n);

/* Is s (n bytes) a legislator's party and state as the wire writes it
** after his name: "D", "R" or "I", a hyphen and a capitalised state
** ("R-Idaho", "D-Okla.", "R-N.Y.")? The caller checks the comma before. */
int text_party_state(const char *s, size_t n);

#endif
