/*
** ner.h — what ner.c offers: a learned sequence tagger for names
** (PER / LOC / ORG / MISC) whose model is a compact versioned file.
*/
#ifndef DOSSIER_NER_H
#define DOSSIER_NER_H

#include <stddef.h>
#include <stdint.h>

typedef struct dz_ner_model dz_ner_model;

/* Labels, BIO style. */
enum {
    NER_O = 0,
    NER_B_PER, NER_I_PER, NER_B_LOC, NER_I_LOC,
    NER_B_ORG, NER_I_ORG, NER_B_MISC, NER_I_MISC,
    NER_NLABELS
};

/* Load a model file. NULL on failure with a message in err (errlen bytes).
** Free with ner_free. */
dz_ner_model *ner_load(const char *path, char *err, size_t errlen);
void ner_free(dz_ner_model *m);

/* Tag one sentence of n tokens (words[i] of lens[i] bytes) into labels.
** Thread-safe for a shared model. Returns 0, or -1 on no memory. */
int ner_tag(const dz_ner_model *m, const char *const *words, const int *lens,
            int n, uint8_t *labels);

#endif
