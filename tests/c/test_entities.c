/*
** test_entities.c — the lexicon and the recogniser on small sentences:
** gazetteer names, demonyms and metonyms, titles, possessives, Chinese
** order, the pronoun "He", diacritics, in-article resolution, user
** definitions, and the stored edits surviving a re-analysis.
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "core/core.h"
#include "store/store.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "query/entity_query.h"

static dz_lexicon *lex;

static int setup(void **state)
{
    (void)state;
    lex = lexicon_new();
    return lex ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    lexicon_free(lex);
    return 0;
}

/* Analyse text with lex into a (caller frees). */
static void find(dz_analysis *a, const char *text)
{
    dz_analysis_init(a, text, strlen(text), NULL);
    assert_int_equal(text_split(a), 0);
    assert_int_equal(entities_find(lex, a), 0);
}

/* The mention whose surface is surf, or NULL. */
static const dz_mention *by_surface(const dz_analysis *a, const char *surf)
{
    int i;
    for (i = 0; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        if ((size_t)(m->end - m->start) == strlen(surf) &&
            memcmp(a->text + m->start, surf, strlen(surf)) == 0)
            return m;
    }
    return NULL;
}

/* Is there a mention of (name, type)? */
static int has(const dz_analysis *a, const char *name, dz_entity_type type)
{
    int i;
    for (i = 0; i < a->nmentions; i++)
        if (a->mentions[i].type == type && strcmp(a->mentions[i].name, name) == 0)
            return 1;
    return 0;
}

/* Number of person mentions. */
static int npersons(const dz_analysis *a)
{
    int i, n = 0;
    for (i = 0; i < a->nmentions; i++)
        n += a->mentions[i].type == DZ_ENT_PERSON;
    return n;
}

static void test_countries_forms(void **state)
{
    dz_analysis a;
    const dz_mention *m;
    (void)state;
    find(&a, "U.S. officials met Chinese diplomats, Beijing said, and the "
             "Kremlin said America and the United States of America agree.");
    m = by_surface(&a, "U.S.");
    assert_non_null(m);
    assert_string_equal(m->name, "United States");
    assert_string_equal(m->code, "USA");
    m = by_surface(&a, "Chinese");
    assert_non_null(m);
    assert_string_equal(m->name, "China");
    assert_int_equal(m->type, DZ_ENT_COUNTRY);
    assert_int_equal(m->form, DZ_FORM_ADJ);
    m = by_surface(&a, "Beijing");
    assert_non_null(m);
    assert_string_equal(m->name, "China");
    assert_int_equal(m->form, DZ_FORM_METONYM);
    m = by_surface(&a, "Kremlin");
    assert_non_null(m);
    assert_string_equal(m->name, "Russia");
    assert_string_equal(by_surface(&a, "America")->name, "United States");
    assert_string_equal(by_surface(&a, "United States of America")->name,
                        "United States");
    dz_analysis_free(&a);
}

static void test_case_matters(void **state)
{
    dz_analysis a;
    (void)state;
    /* common words that are also names need their capital */
    find(&a, "They ate turkey from china plates in the us.");
    assert_int_equal(a.nmentions, 0);
    dz_analysis_free(&a);
    find(&a, "Turkey and the US signed. USA Today is a paper.");
    assert_true(has(&a, "Turkey", DZ_ENT_COUNTRY));
    assert_string_equal(by_surface(&a, "US")->name, "United States");
    dz_analysis_free(&a);
}

static void test_orgs_and_government(void **state)
{
    dz_analysis a;
    (void)state;
    find(&a, "China opened a WTO dispute as the State Department and the "
             "U.N. Security Council met BRICS envoys; TikTok, Intel and "
             "Microsoft were named.");
    assert_true(has(&a, "WTO", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "State Department", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "UN Security Council", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "BRICS", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "TikTok", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Intel", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Microsoft", DZ_ENT_ORGANIZATION));
    /* the longest alias wins: not "UN" + "Security Council" */
    assert_int_equal(by_surface(&a, "U.N. Security Council")->end -
                     by_surface(&a, "U.N. Security Council")->start, 21);
    dz_analysis_free(&a);
}

static void test_titles_make_people(void **state)
{
    dz_analysis a;
    (void)state;
    /* names not in any list, found by the title before them */
    find(&a, "Deputy Foreign Minister Ortak Belvanu met then-Speaker Dorla "
             "Quenby and Treasury Secretary Haldor Vintrup.");
    assert_true(has(&a, "Ortak Belvanu", DZ_ENT_PERSON));
    assert_true(has(&a, "Dorla Quenby", DZ_ENT_PERSON));
    assert_true(has(&a, "Haldor Vintrup", DZ_ENT_PERSON));
    /* titles themselves are never people or organisations */
    assert_int_equal(npersons(&a), 3);
    assert_null(by_surface(&a, "Treasury"));
    dz_analysis_free(&a);
}

static void test_given_names_and_common_words(void **state)
{
    dz_analysis a;
    (void)state;
    find(&a, "As my colleague Michael Swaine explains, the Global South "
             "matters.\nDiplomacy Watch: A peace summit\nThe Talks Went Well.");
    assert_true(has(&a, "Michael Swaine", DZ_ENT_PERSON));
    assert_int_equal(npersons(&a), 1);
    assert_null(by_surface(&a, "Diplomacy Watch"));
    dz_analysis_free(&a);
}

static void test_possessive_and_resolution(void **state)
{
    dz_analysis a;
    const dz_mention *m;
    (void)state;
    /* Pelosi’s -> the full name; the lone surname later resolves too */
    find(&a, "Colleague Marta Oxley’s report came out. Later, Oxley said "
             "more. Nancy Pelosi’s visit followed, and Pelosi’s aides spoke.");
    m = by_surface(&a, "Marta Oxley");
    assert_non_null(m);
    assert_int_equal(m->type, DZ_ENT_PERSON);
    m = by_surface(&a, "Oxley");
    assert_non_null(m);
    assert_string_equal(m->name, "Marta Oxley");
    assert_int_equal(m->short_form, 0);
    assert_string_equal(by_surface(&a, "Pelosi")->name, "Nancy Pelosi");
    dz_analysis_free(&a);

    /* a titled surname never met in full is left for the corpus */
    find(&a, "Senator Grimbold voted no.");
    m = by_surface(&a, "Grimbold");
    assert_non_null(m);
    assert_int_equal(m->type, DZ_ENT_PERSON);
    assert_int_equal(m->short_form, 1);
    dz_analysis_free(&a);
}

static void test_chinese_order_and_he(void **state)
{
    dz_analysis a;
    (void)state;
    find(&a, "He met top economic official He Lifeng and Wang Yi. "
             "He said Xi was calm; Zhao Leji agreed.");
    assert_true(has(&a, "He Lifeng", DZ_ENT_PERSON));
    assert_true(has(&a, "Wang Yi", DZ_ENT_PERSON));
    assert_true(has(&a, "Xi Jinping", DZ_ENT_PERSON));
    assert_true(has(&a, "Zhao Leji", DZ_ENT_PERSON));
    assert_false(has(&a, "He", DZ_ENT_PERSON));
    assert_int_equal(npersons(&a), 4);
    dz_analysis_free(&a);
}

static void test_diacritics(void **state)
{
    dz_analysis a;
    (void)state;
    find(&a, "Recep Tayyip Erdogan spoke. Erdoğan will attend; ERDOGAN left.");
    assert_string_equal(by_surface(&a, "Recep Tayyip Erdogan")->name,
                        "Recep Tayyip Erdoğan");
    assert_string_equal(by_surface(&a, "Erdoğan")->name, "Recep Tayyip Erdoğan");
    dz_analysis_free(&a);
}

static void test_unify_in_article(void **state)
{
    dz_analysis a;
    (void)state;
    /* one spelling per person: the accented one */
    find(&a, "Analyst Jose Marlanda spoke. Later José Marlanda left.");
    assert_string_equal(by_surface(&a, "Jose Marlanda")->name, "José Marlanda");
    assert_string_equal(by_surface(&a, "José Marlanda")->name, "José Marlanda");
    dz_analysis_free(&a);
    /* an acronym the article defines */
    find(&a, "The Zembla Growers Association (ZGA) met. Later ZGA said no.");
    assert_int_equal(a.nmentions, 3);
    assert_string_equal(a.mentions[1].name, "Zembla Growers Association");
    assert_string_equal(a.mentions[2].name, "Zembla Growers Association");
    assert_int_equal(a.mentions[2].type, DZ_ENT_ORGANIZATION);
    dz_analysis_free(&a);
}

static void test_hyphenated(void **state)
{
    dz_analysis a;
    (void)state;
    find(&a, "Russian-Turkish talks ended.");
    assert_string_equal(by_surface(&a, "Russian")->name, "Russia");
    assert_string_equal(by_surface(&a, "Turkish")->name, "Turkey");
    dz_analysis_free(&a);
}

static void test_run_shapes(void **state)
{
    dz_analysis a;
    (void)state;
    /* organisation words, places before them, "of" phrases, place
    ** prefixes, events, all-capital acronyms */
    find(&a, "Officials from Sudan Airways, the Bank of England and the "
             "Zembla Growers Association flew to St Brelade for the Davis "
             "Cup, said KLOPP.");
    assert_true(has(&a, "Sudan Airways", DZ_ENT_ORGANIZATION));
    assert_false(has(&a, "Sudan", DZ_ENT_COUNTRY));
    assert_true(has(&a, "Bank of England", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Zembla Growers Association", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "St Brelade", DZ_ENT_PLACE));
    assert_true(has(&a, "Davis Cup", DZ_ENT_OTHER));
    assert_true(has(&a, "KLOPP", DZ_ENT_ORGANIZATION));
    assert_int_equal(npersons(&a), 0);
    dz_analysis_free(&a);
    /* a dateline's unknown place */
    find(&a, "ZORBVILLE (Reuters) - The GDP of the OPFA grew.");
    assert_true(has(&a, "Zorbville", DZ_ENT_PLACE));
    assert_true(has(&a, "OPFA", DZ_ENT_ORGANIZATION));
    assert_false(has(&a, "GDP", DZ_ENT_ORGANIZATION));
    dz_analysis_free(&a);
    /* wire copy: datelines, state abbreviations, "and" inside names,
    ** the sign-off, titles before given names */
    find(&a, "BOCA RATON, Fla., March 3 - The Food and Drug Administration "
             "and First Federal Savings and Loan Association met Chancellor "
             "of the Exchequer Nigel Lawson under the General Agreement on "
             "Tariffs and Trade.\n REUTER");
    assert_true(has(&a, "Boca Raton", DZ_ENT_PLACE));
    assert_true(has(&a, "Florida", DZ_ENT_PLACE));
    assert_true(has(&a, "Food and Drug Administration", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Federal Savings and Loan Association", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Nigel Lawson", DZ_ENT_PERSON));
    assert_true(has(&a, "GATT", DZ_ENT_ORGANIZATION));
    assert_true(has(&a, "Reuters", DZ_ENT_ORGANIZATION));
    assert_int_equal(npersons(&a), 1);
    dz_analysis_free(&a);
    find(&a, "The Ministry of Zembla Trade and Industry sold Class B shares.");
    assert_true(has(&a, "Ministry of Zembla Trade and Industry", DZ_ENT_ORGANIZATION));
    assert_int_equal(a.nmentions, 1);
    dz_analysis_free(&a);
    /* a title-case headline neither */
    find(&a, "Diplomacy Watch: Peace Summit Goes Ahead Without Russia\n"
             "Michael Jordan Visits Kazan");
    assert_int_equal(a.nmentions, 3);
    assert_true(has(&a, "Russia", DZ_ENT_COUNTRY));
    assert_true(has(&a, "Michael Jordan", DZ_ENT_PERSON));
    assert_true(has(&a, "Kazan", DZ_ENT_PLACE));
    dz_analysis_free(&a);
    /* an all-capitals headline makes no guesses from capitals */
    find(&a, "SOCCER - GREAT WIN FOR HAPPY TEAM IN JAPAN .");
    assert_int_equal(a.nmentions, 1);
    assert_true(has(&a, "Japan", DZ_ENT_COUNTRY));
    dz_analysis_free(&a);
}

static void test_user_definitions(void **state)
{
    dz_lexicon *lx = lexicon_new();
    dz_analysis a;
    dz_entity_type t;
    (void)state;
    assert_non_null(lx);
    assert_int_equal(lexicon_define(lx, "Quincy Institute", DZ_ENT_ORGANIZATION, NULL), 0);
    assert_int_equal(lexicon_alias(lx, "the Q-Tank", "Quincy Institute", DZ_ENT_ORGANIZATION), 0);
    assert_int_equal(lexicon_alias(lx, "Tony", "Antony Blinken", DZ_ENT_NONE), 0);
    assert_string_equal(lexicon_lookup(lx, "erdogan", &t), "Recep Tayyip Erdoğan");
    assert_int_equal(t, DZ_ENT_PERSON);
    assert_null(lexicon_lookup(lx, "Secretary of State", NULL));
    dz_analysis_init(&a, "Tony visited the Q-Tank.", 24, NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lx, &a), 0);
    assert_int_equal(a.nmentions, 2);
    assert_string_equal(a.mentions[0].name, "Antony Blinken");
    assert_string_equal(a.mentions[1].name, "Quincy Institute");
    dz_analysis_free(&a);
    lexicon_free(lx);
}

static void test_bad_input(void **state)
{
    dz_analysis a;
    static const char junk[] = "\xff President \xc3\0 Putin\xe2\x80 said.";
    (void)state;
    dz_analysis_init(&a, junk, sizeof junk - 1, NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lex, &a), 0);
    assert_true(has(&a, "Vladimir Putin", DZ_ENT_PERSON));
    dz_analysis_free(&a);
    find(&a, "");
    assert_int_equal(a.nmentions, 0);
    dz_analysis_free(&a);
}

/* ---- stored edits --------------------------------------------------------*/

static int64_t count(dossier *d, const char *sql)
{
    dz_cursor *c = dz_sql_readonly(&d->store, sql);
    int64_t n;
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    n = dz_cursor_int(c, 0);
    dz_cursor_free(c);
    return n;
}

static void test_edits_survive_reanalysis(void **state)
{
    dossier *d = NULL;
    dossier_article art = { 0 };
    int64_t id = 0, eid = 0;
    const char *aliases[] = { "Swaine-Watch" };
    dz_cursor *c;
    (void)state;
    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    art.title = "t";
    art.body = "Zorblat Industries met Kremlin aides. Antony Blinken "
               "flew. Blinken left. Swaine-Watch wrote.";
    art.published = "2024-04-23";
    assert_int_equal(dossier_article_add(d, &art, &id), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT count(*) FROM mentions m JOIN entities e"
                              " ON e.id=m.entity WHERE e.name='Antony Blinken'"), 2);

    assert_int_equal(entities_define(d, "Zorblat", "organization", aliases, 1, &eid),
                     DOSSIER_OK);
    assert_true(eid > 0);
    assert_int_equal(entities_alias(d, "Zorblat Industries", "Zorblat"), DOSSIER_OK);
    assert_int_equal(entities_alias(d, "x", "No Such Entity"), DOSSIER_NOTFOUND);
    assert_int_equal(entities_define(d, "Bad", "planet", NULL, 0, NULL), DOSSIER_MISUSE);
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT count(*) FROM mentions m JOIN entities e"
                              " ON e.id=m.entity WHERE e.name='Zorblat'"), 2);
    /* a second re-analysis keeps them (they live in the database) */
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT count(*) FROM mentions m JOIN entities e"
                              " ON e.id=m.entity WHERE e.name='Zorblat'"), 2);

    /* merge: Russia's mentions move to Zorblat, and stay after re-analysis */
    assert_int_equal(entities_merge(d, "Zorblat", "Russia"), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT count(*) FROM entities WHERE name='Russia'"), 0);
    assert_int_equal(dossier_reanalyze(d), DOSSIER_OK);
    assert_int_equal(count(d, "SELECT count(*) FROM mentions m JOIN entities e"
                              " ON e.id=m.entity WHERE e.name='Zorblat'"), 3);

    /* resolve through a lexicon alias, and the queries */
    assert_int_equal(entities_resolve(d, "blinken", &eid), DOSSIER_OK);
    assert_true(eid > 0);
    c = entities_top(d, &(dz_entity_filter){ .type = "organization" });
    assert_non_null(c);
    assert_int_equal(dz_cursor_step(c), 1);
    assert_string_equal(dz_cursor_text(c, 0, NULL), "Zorblat");
    assert_int_equal(dz_cursor_int(c, 2), 3);
    dz_cursor_free(c);
    assert_null(entities_top(d, &(dz_entity_filter){ .type = "planet" }));
    dossier_close(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_countries_forms),
        cmocka_unit_test(test_case_matters),
        cmocka_unit_test(test_orgs_and_government),
        cmocka_unit_test(test_titles_make_people),
        cmocka_unit_test(test_given_names_and_common_words),
        cmocka_unit_test(test_possessive_and_resolution),
        cmocka_unit_test(test_chinese_order_and_he),
        cmocka_unit_test(test_diacritics),
        cmocka_unit_test(test_unify_in_article),
        cmocka_unit_test(test_hyphenated),
        cmocka_unit_test(test_run_shapes),
        cmocka_unit_test(test_user_definitions),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_edits_survive_reanalysis),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
