/*
** dateline.h — what dateline.c offers: the wire dateline at the head of a
** story or paragraph ("WASHINGTON, March 3 - ", "LONDON - ",
** "SAO PAULO, Brazil, March 5 - "), the place the story was filed from.
** A dateline names no actor: actions.c passes over the mentions inside it.
*/
#ifndef DOSSIER_DATELINE_H
#define DOSSIER_DATELINE_H

#include <stddef.h>

/* Length in bytes of the dateline that opens s (n bytes), the dash and
** the space after it included; 0 when s opens with none. A dateline is a
** place in capitals (or a capitalised place followed by a date), then up
** to three short comma-separated parts (a country, a date, "(Reuters)"),
** then a dash, all within the first 80 bytes. When place_len is not NULL
** it receives the length of the place (the first part). */
size_t dateline_length(const char *s, size_t n, size_t *place_len);

#endif
