/*
** test_entities_model.c — how the recogniser combines the learned tagger
** with its gazetteers (entities.c), and how the corpus handle loads the
** tagger or falls back to rules (dz_lexicon_model, dossier.c).
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
#include "analysis/ner.h"
#include "analysis/entities.h"
#include "analysis/text.h"

/* The mention spanning exactly `surface` in text: its type (-1 when none)
** and its name copied into name (size bytes). */
static int mention_of(const dz_lexicon *lx, const char *text,
                      const char *surface, char *name, size_t size)
{
    dz_analysis a;
    int type = -1;
    const char *at = strstr(text, surface);
    assert_non_null(at);
    dz_analysis_init(&a, text, strlen(text), NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lx, &a), 0);
    if (name)
        name[0] = '\0';
    for (int i = 0; i < a.nmentions; i++)
        if (a.mentions[i].start == at - text &&
            a.mentions[i].end == at - text + (int)strlen(surface)) {
            type = (int)a.mentions[i].type;
            if (name)
                snprintf(name, size, "%s", a.mentions[i].name);
        }
    dz_analysis_free(&a);
    return type;
}

static dz_lexicon *lexicon_with_model(void)
{
    char err[256];
    dz_lexicon *lx = lexicon_new();
    dz_ner_model *m;
    assert_non_null(lx);
    m = ner_load_builtin(err, sizeof err);
    assert_non_null(m);
    lexicon_set_model(lx, m);
    return lx;
}

/* The tagger's longer span wins over a gazetteer place inside it; a
** metonym keeps the gazetteer's entity; a known person keeps its
** canonical name; a dateline in capitals is named in title case. */
static void test_combination(void **state)
{
    static const char t1[] =
        "Shares fell on the New York Stock Exchange on Monday.";
    static const char t2[] =
        "Blinken said little. Kremlin aides had met Secretary of State "
        "Antony Blinken in Geneva.";
    static const char t3[] =
        "SAN MATEO, Calif., March 3 - Zorblat Inc said it would cut jobs.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "New York Stock Exchange", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "New York Stock Exchange");
    assert_int_equal(mention_of(lx, t1, "New York", NULL, 0), -1);

    assert_int_equal(mention_of(lx, t2, "Kremlin", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Russia");
    assert_int_equal(mention_of(lx, t2, "Antony Blinken", name, sizeof name),
                     DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t2, "Blinken", name, sizeof name), DZ_ENT_PERSON);
    assert_string_equal(name, "Antony Blinken");
    assert_int_equal(mention_of(lx, t2, "Secretary", NULL, 0), -1);

    assert_int_equal(mention_of(lx, t3, "SAN MATEO", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "San Mateo");
    assert_int_equal(mention_of(lx, t3, "Zorblat Inc", NULL, 0), DZ_ENT_ORGANIZATION);

    lexicon_free(lx);
}

/* The handle loads the model with the lexicon; a model file that does not
** load leaves rules only, with the reason, and analysis still works. */
static void test_handle_fallback(void **state)
{
    dossier *d = NULL;
    const char *reason = NULL;
    (void)state;

    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dz_lexicon_model(d, &reason), 1);
    assert_string_equal(reason, "");
    dossier_close(d);

    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dossier_set_option(d, "ner_model", "/no/such/dir/ner.model"),
                     DOSSIER_OK);
    assert_int_equal(dz_lexicon_model(d, &reason), 0);
    assert_non_null(strstr(reason, "/no/such/dir/ner.model"));
    {
        char name[128];
        dz_lexicon *lx = dz_lexicon_get(d);
        assert_non_null(lx);
        assert_int_equal(mention_of(lx, "Antony Blinken flew to Beijing.",
                                    "Antony Blinken", name, sizeof name),
                         DZ_ENT_PERSON);
    }
    /* a reset lexicon tries again, with the same outcome */
    dz_lexicon_reset(d);
    assert_int_equal(dz_lexicon_model(d, &reason), 0);
    assert_non_null(strstr(reason, "No such file"));
    dossier_close(d);

    assert_int_equal(dossier_open(":memory:", &d), DOSSIER_OK);
    assert_int_equal(dossier_set_option(d, "ner_model", "none"), DOSSIER_OK);
    assert_int_equal(dz_lexicon_model(d, &reason), 0);
    assert_non_null(strstr(reason, "turned off"));
    /* options the library does not know, and bad values, are refused */
    assert_int_equal(dossier_set_option(d, "nerr_model", "x"), DOSSIER_MISUSE);
    assert_non_null(strstr(dossier_errmsg(d), "threads, ner_model, libxml2, busy_timeout"));
    assert_int_equal(dossier_set_option(d, "threads", "-3"), DOSSIER_MISUSE);
    assert_int_equal(dossier_set_option(d, "threads", "two"), DOSSIER_MISUSE);
    assert_int_equal(dossier_set_option(d, "threads", "1"), DOSSIER_OK);
    dossier_close(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_combination),
        cmocka_unit_test(test_handle_fallback),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
