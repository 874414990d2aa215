/*
** stub_entities.c — placeholder until entities.c lands: an empty lexicon.
*/
#include <stdlib.h>
#include "entities.h"

struct dz_lexicon { int unused; };

dz_lexicon *lexicon_new(void) { return calloc(1, sizeof(dz_lexicon)); }
void lexicon_free(dz_lexicon *lx) { free(lx); }
int lexicon_load_user(dz_lexicon *lx, struct sqlite3 *db) { (void)lx; (void)db; return 0; }
int entities_find(const dz_lexicon *lx, dz_analysis *a) { (void)lx; (void)a; return 0; }
