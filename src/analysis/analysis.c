/*
** analysis.c — life cycle of a dz_analysis and the names of its enums.
*/
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include "analysis/analysis.h"

void dz_analysis_init(dz_analysis *a, const char *text, size_t len,
                      const char *published)
{
    memset(a, 0, sizeof *a);
    a->text = text;
    a->len = len;
    if (published)
        snprintf(a->published, sizeof a->published, "%s", published);
}

void dz_analysis_free(dz_analysis *a)
{
    free(a->tokens);
    free(a->sentences);
    free(a->mentions);
    free(a->timexes);
    free(a->actions);
    dz_arena_free(&a->arena);
    memset(a, 0, sizeof *a);
}

static const char *const type_names[] = {
    "none", "person", "country", "organization", "place", "other", "group"
};

const char *dz_entity_type_name(dz_entity_type t)
{
    return t >= DZ_ENT_NONE && t <= DZ_ENT_GROUP ? type_names[t] : "none";
}

dz_entity_type dz_entity_type_parse(const char *s)
{
    int i;
    if (!s)
        return DZ_ENT_NONE;
    for (i = 1; i <= DZ_ENT_GROUP; i++)
        if (strcmp(s, type_names[i]) == 0)
            return (dz_entity_type)i;
    if (strcmp(s, "organisation") == 0 || strcmp(s, "org") == 0)
        return DZ_ENT_ORGANIZATION;
    return DZ_ENT_NONE;
}

const char *dz_precision_name(dz_precision p)
{
    static const char *const names[] = {
        "none", "day", "week", "month", "season", "year", "vague"
    };
    return p >= DZ_PREC_NONE && p <= DZ_PREC_VAGUE ? names[p] : "none";
}

const char *dz_modality_name(dz_modality m)
{
    static const char *const names[] = {
        "asserted", "planned", "reported", "negated", "hypothetical"
    };
    return m >= DZ_MOD_ASSERTED && m <= DZ_MOD_HYPOTHETICAL ? names[m] : "asserted";
}

int dz_modality_parse(const char *s)
{
    int m;
    for (m = DZ_MOD_ASSERTED; m <= DZ_MOD_HYPOTHETICAL; m++)
        if (s && strcmp(s, dz_modality_name((dz_modality)m)) == 0)
            return m;
    return -1;
}

const char *dz_date_source_name(dz_date_source s)
{
    static const char *const names[] = { "article", "explicit", "relative" };
    return s >= DZ_DATE_ARTICLE && s <= DZ_DATE_RELATIVE ? names[s] : "article";
}

/* CAMEO 2.0 root categories (facts from the CAMEO codebook). */
const char *dz_cameo_name(int code)
{
    static const char *const names[] = {
        NULL,
        "make statement",                   /* 01 */
        "appeal",                           /* 02 */
        "intend to cooperate",              /* 03 */
        "consult",                          /* 04 */
        "diplomatic cooperation",           /* 05 */
        "material cooperation",             /* 06 */
        "provide aid",                      /* 07 */
        "yield",                            /* 08 */
        "investigate",                      /* 09 */
        "demand",                           /* 10 */
        "disapprove",                       /* 11 */
        "reject",                           /* 12 */
        "threaten",                         /* 13 */
        "protest",                          /* 14 */
        "exhibit force posture",            /* 15 */
        "reduce relations",                 /* 16 */
        "coerce",                           /* 17 */
        "assault",                          /* 18 */
        "fight",                            /* 19 */
        "use unconventional mass violence", /* 20 */
    };
    return code >= 1 && code <= 20 ? names[code] : NULL;
}
