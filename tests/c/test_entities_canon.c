/*
** test_entities_canon.c — canonical entities an analyst can count, on
** sentences of 1987 Reuters news: historic states by the story's date,
** datelines and wire sign-offs as their own forms, organisation names
** without legal forms or a country in front, stock tickers, and one sense
** per article for names that begin an organisation. Rules alone (lx) and
** with the built-in tagger (lxm).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/ner.h"

static dz_lexicon *lx, *lxm;

static int setup(void **state)
{
    char err[256];
    dz_ner_model *m;
    (void)state;
    lx = lexicon_new();
    lxm = lexicon_new();
    if (!lx || !lxm || !(m = ner_load_builtin(err, sizeof err)))
        return -1;
    lexicon_set_model(lxm, m);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    lexicon_free(lx);
    lexicon_free(lxm);
    return 0;
}

/* Analyse text published on date (NULL: undated) with lexicon l. */
static void find(const dz_lexicon *l, dz_analysis *a, const char *text,
                 const char *date)
{
    dz_analysis_init(a, text, strlen(text), date);
    assert_int_equal(text_split(a), 0);
    assert_int_equal(entities_find(l, a), 0);
}

/* The mention whose surface is surf (the n-th such, from 0), or NULL. */
static const dz_mention *nth(const dz_analysis *a, const char *surf, int n)
{
    int i;
    for (i = 0; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        if ((size_t)(m->end - m->start) == strlen(surf) &&
            memcmp(a->text + m->start, surf, strlen(surf)) == 0 && n-- == 0)
            return m;
    }
    return NULL;
}

static const dz_mention *at(const dz_analysis *a, const char *surf)
{
    const dz_mention *m = nth(a, surf, 0);
    if (!m)
        fail_msg("no mention '%s'", surf);
    return m;
}

static const char moscow[] =
    "MOSCOW, March 2 - The Soviet Union has bought about 500,000 tonnes of "
    "U.S. corn, and Moscow said the Russians would buy more, the USSR's "
    "trade officials said.";

/* 1987: the names of Russia count as the Soviet Union; 2024 and undated:
** the Soviet Union's names count as Russia. */
static void test_soviet_union_by_date(void **state)
{
    dz_analysis a;
    (void)state;
    find(lx, &a, moscow, "1987-03-02");
    assert_string_equal(at(&a, "Soviet Union")->name, "Soviet Union");
    assert_string_equal(at(&a, "Soviet Union")->code, "SUN");
    assert_string_equal(at(&a, "Moscow")->name, "Soviet Union");
    assert_int_equal(at(&a, "Moscow")->form, DZ_FORM_METONYM);
    assert_string_equal(at(&a, "Russians")->name, "Soviet Union");
    assert_string_equal(at(&a, "USSR")->name, "Soviet Union");
    dz_analysis_free(&a);
    find(lx, &a, moscow, "2024-03-02");
    assert_string_equal(at(&a, "Soviet Union")->name, "Russia");
    assert_string_equal(at(&a, "Moscow")->name, "Russia");
    assert_string_equal(at(&a, "USSR")->name, "Russia");
    dz_analysis_free(&a);
    find(lx, &a, moscow, NULL);
    assert_string_equal(at(&a, "Moscow")->name, "Russia");
    dz_analysis_free(&a);
}

/* West Germany, Burma and Zaire in 1987; their successors later. */
static void test_other_states_by_date(void **state)
{
    static const char text[] =
        "BONN, March 3 - West German bankers said Bonn and Germany's "
        "partners would help Burma and Zaire.";
    dz_analysis a;
    (void)state;
    find(lx, &a, text, "1987-03-03");
    assert_string_equal(at(&a, "West German")->name, "West Germany");
    assert_string_equal(at(&a, "Bonn")->name, "West Germany");
    assert_string_equal(at(&a, "Germany")->name, "West Germany");
    assert_string_equal(at(&a, "Burma")->name, "Burma");
    assert_string_equal(at(&a, "Zaire")->name, "Zaire");
    dz_analysis_free(&a);
    find(lx, &a, text, "2024-03-03");
    assert_string_equal(at(&a, "West German")->name, "Germany");
    assert_string_equal(at(&a, "Germany")->name, "Germany");
    assert_string_equal(at(&a, "Burma")->name, "Myanmar");
    assert_string_equal(at(&a, "Zaire")->name, "Democratic Republic of the Congo");
    dz_analysis_free(&a);
    /* before reunification East Germany is its own state */
    find(lx, &a, "East German leader Erich Honecker met West German officials.",
         "1987-09-07");
    assert_string_equal(at(&a, "East German")->name, "East Germany");
    assert_string_equal(at(&a, "West German")->name, "West Germany");
    dz_analysis_free(&a);
}

/* A dateline is found with its own form, the names after it up to the
** date too; the same capitals inside a sentence are plain mentions. */
static void test_datelines(void **state)
{
    dz_analysis a;
    (void)state;
    find(lx, &a, moscow, "1987-03-02");
    assert_int_equal(at(&a, "MOSCOW")->form, DZ_FORM_DATELINE);
    assert_int_equal(at(&a, "Moscow")->form, DZ_FORM_METONYM);
    dz_analysis_free(&a);
    find(lx, &a, "BOCA RATON, Fla., March 3 - Sensormatic Electronics Corp said "
         "it expects higher earnings.", "1987-03-03");
    assert_int_equal(at(&a, "BOCA RATON")->form, DZ_FORM_DATELINE);
    assert_int_equal(at(&a, "Fla.")->form, DZ_FORM_DATELINE);
    dz_analysis_free(&a);
    /* a headline run into the dateline, rules before it */
    find(lx, &a, "MIDLAND RIGHTS ISSUE EXPECTED LONDON, March 4 - Midland Bank "
         "Plc's shares rose.\n\n****TOKYO, March 5 - Japan bought sugar.",
         "1987-03-04");
    assert_int_equal(at(&a, "LONDON")->form, DZ_FORM_DATELINE);
    assert_int_equal(at(&a, "TOKYO")->form, DZ_FORM_DATELINE);
    assert_int_equal(at(&a, "Japan")->form, DZ_FORM_NAME);
    dz_analysis_free(&a);
    find(lx, &a, "Stocks fell.\n\nNEW YORK - Firm oil prices and fears of renewed "
         "inflation hit bonds.", "1987-03-04");
    assert_int_equal(at(&a, "NEW YORK")->form, DZ_FORM_DATELINE);
    dz_analysis_free(&a);
    find(lx, &a, "Traders said WASHINGTON, not TOKYO, would decide.", "1987-03-04");
    assert_int_not_equal(at(&a, "WASHINGTON")->form, DZ_FORM_DATELINE);
    dz_analysis_free(&a);
}

/* The wire's sign-off at the end of a story, past the wire's stray
** characters; "Reuters" inside the story is a mention. */
static void test_signoff(void **state)
{
    static const char text[] =
        "Economists in Hong Kong told Reuters that the controls would stay.\n\n"
        "The issue is rated a top-flight AAA by Standard and Poor's Corp. "
        "REUTER...^M";
    dz_analysis a;
    (void)state;
    find(lx, &a, text, "1987-03-06");
    assert_int_equal(at(&a, "REUTER")->form, DZ_FORM_SIGNOFF);
    assert_int_equal(at(&a, "Reuters")->form, DZ_FORM_NAME);
    assert_string_equal(at(&a, "Reuters")->name, "Reuters");
    dz_analysis_free(&a);
}

/* Organisation names without their legal form; a ticker in brackets names
** the company before it; a country before a known body is dropped. */
static void test_organisation_names(void **state)
{
    dz_analysis a;
    const dz_mention *m;
    (void)state;
    find(lxm, &a, "Hertz Corp. said its parent, Hertz Corp, would buy Dome "
         "Petroleum Ltd <DMP> shares from Roberts and Co.", "1987-03-09");
    assert_string_equal(at(&a, "Hertz Corp.")->name, "Hertz");
    assert_string_equal(at(&a, "Hertz Corp")->name, "Hertz");
    assert_string_equal(at(&a, "Dome Petroleum Ltd")->name, "Dome Petroleum");
    m = at(&a, "DMP");
    assert_string_equal(m->name, "Dome Petroleum");
    assert_int_equal(m->type, DZ_ENT_ORGANIZATION);
    dz_analysis_free(&a);
    /* a ticker with its exchange */
    find(lxm, &a, "TORONTO, March 9 - Dome Petroleum Ltd <DMP.TO> said it would "
         "sell assets.", "1987-03-09");
    assert_string_equal(at(&a, "DMP")->name, "Dome Petroleum");
    dz_analysis_free(&a);
    find(lxm, &a, "Hertz Corp. said its parent, Hertz Corp, would buy Dome "
         "Petroleum Ltd <DMP> shares from Roberts and Co.", "1987-03-09");
    dz_analysis_free(&a);
    /* a legal form written in full is kept: part of a body's name */
    find(lxm, &a, "WASHINGTON, March 16 - The Commodity Credit Corporation (CCC) "
         "has approved an additional 84.0 mln dlrs in credit guarantees.",
         "1987-03-16");
    assert_string_equal(at(&a, "CCC")->name, "Commodity Credit Corporation");
    dz_analysis_free(&a);
    find(lxm, &a, "Hertz Corp. said its parent, Hertz Corp, would buy Dome "
         "Petroleum Ltd <DMP> shares from Roberts and Co.", "1987-03-09");
    /* "and Co" is part of the name, its period is not ("Roberts and Co."
    ** is "Roberts and Co", as "Hertz Corp." is "Hertz") */
    assert_string_equal(at(&a, "Roberts and Co.")->name, "Roberts and Co");
    dz_analysis_free(&a);
    find(lxm, &a, "The U.S. Agriculture Department said U.S. grain exports rose.",
         "1987-03-09");
    assert_non_null(nth(&a, "U.S.", 0));
    {
        int i, found = 0;
        for (i = 0; i < a.nmentions; i++)
            found |= strcmp(a.mentions[i].name, "Department of Agriculture") == 0;
        assert_true(found);
    }
    dz_analysis_free(&a);
}

/* With the tagger: a lone word that begins an organisation of the same
** story is that organisation, not a place; a country's acronym stays the
** country. */
static void test_one_sense_and_acronyms(void **state)
{
    static const char text[] =
        "Chapman Energy Inc said it will sell a controlling interest to Troon "
        "Partners Ltd. The agreement with Troon requires Troon to advance 6.5 "
        "mln dlrs.";
    dz_analysis a;
    int i;
    (void)state;
    find(lxm, &a, text, "1987-03-10");
    for (i = 0; i < a.nmentions; i++)
        if (strncmp(a.text + a.mentions[i].start, "Troon", 5) == 0) {
            assert_int_equal(a.mentions[i].type, DZ_ENT_ORGANIZATION);
            assert_string_equal(a.mentions[i].name, "Troon Partners");
        }
    dz_analysis_free(&a);
    find(lxm, &a, moscow, "1987-03-02");
    assert_int_equal(at(&a, "USSR")->type, DZ_ENT_COUNTRY);
    dz_analysis_free(&a);
    /* a lone word the tagger calls a person stays one, though the
    ** article names no one of that name in full */
    find(lxm, &a, "The neighbours in Kathmandu called the police when they saw "
         "Dheeraj, employed by the man for the past nine months, limping.",
         "1996-08-22");
    assert_int_equal(at(&a, "Dheeraj")->type, DZ_ENT_PERSON);
    assert_true(at(&a, "Dheeraj")->short_form);
    dz_analysis_free(&a);
    /* a known place in lower case, once the tagger finds it */
    find(lxm, &a, "If the estimates prove correct then the drop in u.s. corn "
         "acreage will be the largest since 1983.", "1987-03-10");
    assert_string_equal(at(&a, "u.s.")->name, "United States");
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_soviet_union_by_date),
        cmocka_unit_test(test_other_states_by_date),
        cmocka_unit_test(test_datelines),
        cmocka_unit_test(test_signoff),
        cmocka_unit_test(test_organisation_names),
        cmocka_unit_test(test_one_sense_and_acronyms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
