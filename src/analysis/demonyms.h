/*
** demonyms.h — the adjective a country's name takes before a noun
** ("Brazil" -> "Brazilian", "United States" -> "U.S."), from the
** adj: aliases of the compiled-in country lexicon (lexicon/countries.txt,
** lexicon/countries_extra.txt), and the bodies the lexicon knows as the
** United States' own. The action coder names a group of a state with the
** adjective ("Brazilian seamen") and aims no act of a U.S. body at the
** United States.
*/
#ifndef DOSSIER_DEMONYMS_H
#define DOSSIER_DEMONYMS_H

/* The adjective of the country with canonical name country (static,
** read-only), or NULL when the lexicon gives it none. The table is built
** once, on first use; threads may call this at once; when it cannot be
** built (no memory) no country has an adjective. */
const char *country_adjective(const char *country);

/* 1 when the body with canonical name name is the United States' own: its
** line in the compiled-in government and organisation lexicons
** (lexicon/government.txt, lexicon/organizations.txt) has an alias
** "U.S. ..." or "US ..." ("Treasury | Treasury Department | U.S.
** Treasury"); else 0. Built once, on first use, like the adjectives. */
int us_body(const char *name);

#endif
