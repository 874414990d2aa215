/*
** demonyms.h — the adjective a country's name takes before a noun
** ("Brazil" -> "Brazilian", "United States" -> "U.S."), from the
** adj: aliases of the compiled-in country lexicon (lexicon/countries.txt,
** lexicon/countries_extra.txt). The action coder names a group of a
** state with it ("Brazilian seamen").
*/
#ifndef DOSSIER_DEMONYMS_H
#define DOSSIER_DEMONYMS_H

/* The adjective of the country with canonical name country (static,
** read-only), or NULL when the lexicon gives it none. The table is built
** once, on first use; threads may call this at once; when it cannot be
** built (no memory) no country has an adjective. */
const char *country_adjective(const char *country);

#endif
