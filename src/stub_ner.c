/*
** stub_ner.c — placeholder until ner.c lands: no model can be loaded, so
** the recogniser runs on gazetteers and rules alone. Remove this file when
** src/ner.c is added.
*/
#include <stdio.h>
#include "ner.h"

dz_ner_model *ner_load(const char *path, char *err, size_t errlen)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: no learned tagger in this build",
                 path ? path : "model");
    return NULL;
}

void ner_free(dz_ner_model *m)
{
    (void)m;
}

int ner_tag(const dz_ner_model *m, const char *const *words, const int *lens,
            int n, uint8_t *labels)
{
    (void)m; (void)words; (void)lens; (void)n; (void)labels;
    return -1;
}
