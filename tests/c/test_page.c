/*
** test_page.c — the plain-text page splitter: the seed page field by field
** (main article, teasers, links, no furniture anywhere), and other page
** shapes built by the same rules (byline and date lines, "Read more"
** cut-offs, hard-wrapped text, a page with no prose).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "ingest/ingest.h"

static char *seed_text;
static size_t seed_len;

static int load_seed(void **state)
{
    const char *src = getenv("DOSSIER_SRC");
    char path[4096];
    dz_buf b = { 0 };
    int repaired;
    char err[256];
    (void)state;
    snprintf(path, sizeof path, "%s/seeds/000_c242e1e204255b49.txt", src ? src : ".");
    if (ingest_read_file(path, &b, &repaired, err, sizeof err) != 0) {
        fprintf(stderr, "cannot read the seed: %s\n", err);
        return -1;
    }
    seed_text = b.data;
    seed_len = b.len;
    return 0;
}

static int free_seed(void **state)
{
    (void)state;
    free(seed_text);
    return 0;
}

static int starts_with(const char *s, const char *p)
{
    return s && !strncmp(s, p, strlen(p));
}

static int ends_with(const char *s, const char *p)
{
    size_t n = s ? strlen(s) : 0, k = strlen(p);
    return s && n >= k && !strcmp(s + n - k, p);
}

static int contains(const char *s, const char *p)
{
    return s && strstr(s, p) != NULL;
}

/* Find the record whose title is t. */
static dossier_article *by_title(dz_doclist *l, const char *t)
{
    int i;
    for (i = 0; i < l->n; i++)
        if (l->items[i].title && !strcmp(l->items[i].title, t))
            return &l->items[i];
    return NULL;
}

static void test_seed_main_article(void **state)
{
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(seed_text, seed_len, &l, err, sizeof err), 0);
    a = &l.items[0];
    assert_string_equal(a->kind, "article");
    assert_string_equal(a->title, "Blinken goes to China to maintain the illusion of stability");
    assert_string_equal(a->dek, "Washington and Beijing will have to do more than stand for "
                        "photo-ops if they want to stave off the march toward conflict");
    assert_string_equal(a->section, "Analysis");
    assert_string_equal(a->region, "Asia-Pacific");
    assert_true(starts_with(a->body, "Secretary of State Antony Blinken is set to travel to "
                            "Beijing this week"));
    assert_true(ends_with(a->body, "is the only path to achieving security for either country."));
    assert_true(starts_with(a->captions, "U.S. Secretary of State Antony Blinken meets with "
                            "Chinese President Xi Jinping"));
    assert_true(ends_with(a->captions, "REUTERS/Leah Millis/Pool"));
    assert_false(contains(a->body, "REUTERS/Leah Millis"));
    assert_false(a->partial);
    /* 15 paragraphs, separated by blank lines */
    {
        int paras = 1;
        const char *p = a->body;
        while ((p = strstr(p, "\n\n")))
            paras++, p += 2;
        assert_int_equal(paras, 15);
    }
    doclist_free(&l);
}

static void test_seed_teasers_and_links(void **state)
{
    dz_doclist l;
    char err[256];
    dossier_article *t;
    int i, teasers = 0, links = 0, articles = 0;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(seed_text, seed_len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 6);
    for (i = 0; i < l.n; i++) {
        const char *k = l.items[i].kind;
        teasers += !strcmp(k, "teaser");
        links += !strcmp(k, "link");
        articles += !strcmp(k, "article");
        /* nothing on this page states a date for anything */
        assert_null(l.items[i].published);
        assert_string_equal(l.items[i].date_source, "unknown");
    }
    assert_int_equal(articles, 1);
    assert_int_equal(teasers, 3);
    assert_int_equal(links, 2);

    t = by_title(&l, "Diplomacy Watch: Are Moscow and Kyiv on collision course to talk?");
    assert_non_null(t);
    assert_string_equal(t->kind, "teaser");
    assert_true(t->partial);
    assert_null(t->region);
    assert_null(t->captions);
    assert_true(starts_with(t->body, "Russian President Vladimir Putin said on Thursday"));
    assert_true(ends_with(t->body, "with leaders from Malaysia and China."));

    t = by_title(&l, "Turkey's BRICS gambit is just what Russia ordered");
    assert_non_null(t);
    assert_string_equal(t->kind, "teaser");
    assert_true(t->partial);
    assert_string_equal(t->region, "Europe");
    assert_string_equal(t->captions, "Vladimir Putin and Recep Tayyip Erdogan giving statements "
                        "to the press after Russian-Turkish talks.");
    assert_true(starts_with(t->body, "On September 4, Kommersant reported"));
    assert_true(ends_with(t->body, "Recep Tayyip Erdo\xC4\x9F" "an will attend."));

    t = by_title(&l, "When will the war in Ukraine end?");
    assert_non_null(t);
    assert_string_equal(t->kind, "teaser");
    assert_true(t->partial);
    assert_string_equal(t->region, "Europe");
    assert_true(starts_with(t->captions, "An armed soldier is standing behind a pile of used shells"));
    assert_true(ends_with(t->captions, "VIA REUTERS"));
    assert_true(starts_with(t->body, "Some Western supporters of Ukraine"));
    assert_true(ends_with(t->body, "to raise the morale of Ukrainian troops there."));

    t = by_title(&l, "Diplomacy Watch: A peace summit without Russia");
    assert_non_null(t);
    assert_string_equal(t->kind, "link");
    assert_null(t->body);
    t = by_title(&l, "Diplomacy Watch: Moscow bails on limited ceasefire talks");
    assert_non_null(t);
    assert_string_equal(t->kind, "link");
    assert_null(t->body);
    doclist_free(&l);
}

static void test_seed_no_furniture(void **state)
{
    static const char *const furniture[] = {
        "Follow us on social", "Analysis | Asia-Pacific", "ukraine war", "urkaine war",
        "Regions", "Election 2024", "Latest", "Newsletter", "Subscribe now",
        "Wm3cfdq3qjgzzf3xuskdjgy0l5xqknar1", "keep reading", "Show less", NULL
    };
    dz_doclist l;
    char err[256];
    int i, k;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(seed_text, seed_len, &l, err, sizeof err), 0);
    for (i = 0; i < l.n; i++) {
        dossier_article *a = &l.items[i];
        for (k = 0; furniture[k]; k++) {
            assert_false(contains(a->title, furniture[k]));
            assert_false(contains(a->body, furniture[k]));
            assert_false(contains(a->captions, furniture[k]));
            assert_false(contains(a->dek, furniture[k]));
        }
        /* the title line is not repeated into any body */
        assert_false(contains(a->body, "Blinken goes to China to maintain"));
        /* a caption is never body text */
        assert_false(contains(a->body, "giving statements to the press"));
        assert_false(contains(a->body, "An armed soldier"));
    }
    doclist_free(&l);
}

/* A different site's page: byline, date line, "Read more" cut-offs, a
** label line, a "Related" block with a link, a newsletter box. */
static void test_other_site_layout(void **state)
{
    const char *page =
        "Skip to content\n"
        "World\n"
        "Ceasefire talks resume in Doha as envoys return\n"
        "Negotiators from both sides arrived on Monday, but officials warned that a deal remains far off\n"
        "By Jane Doe\n"
        "Published March 11, 2024\n"
        "Negotiators returned to Doha on Monday for a new round of talks on a ceasefire.\n"
        "Officials from Qatar and Egypt said the talks would run through the week.\n"
        "A third paragraph says more about the talks and what comes after them.\n"
        "Envoys arrive at the talks in Doha. Photo by John Roe/AFP\n"
        "Related\n"
        "Aid convoy reaches the north after weeks of delay\n"
        "Middle East\n"
        "The first convoy in weeks reached the northern district on Sunday evening.\n"
        "Read more\n"
        "Why the port deal matters for the region\n"
        "Sign up for our newsletter\n"
        "Get the best stories in your inbox every week, with analysis from our team.\n";
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    a = &l.items[0];
    assert_string_equal(a->kind, "article");
    assert_string_equal(a->title, "Ceasefire talks resume in Doha as envoys return");
    assert_true(starts_with(a->dek, "Negotiators from both sides arrived on Monday"));
    assert_string_equal(a->byline, "Jane Doe");
    assert_string_equal(a->published, "2024-03-11");
    assert_string_equal(a->date_source, "inferred");
    assert_true(starts_with(a->body, "Negotiators returned to Doha"));
    assert_true(ends_with(a->body, "what comes after them."));
    assert_true(contains(a->captions, "Photo by John Roe/AFP"));
    a = by_title(&l, "Aid convoy reaches the north after weeks of delay");
    assert_non_null(a);
    assert_string_equal(a->kind, "teaser");
    assert_true(a->partial);
    assert_string_equal(a->region, "Middle East");
    a = by_title(&l, "Why the port deal matters for the region");
    assert_non_null(a);
    assert_string_equal(a->kind, "link");
    assert_int_equal(l.n, 3);
    doclist_free(&l);
}

/* Subheadings inside the main article stay in its body; teasers after
** it (cut off by "Read more") do not; reading-time lines are furniture. */
static void test_subheads(void **state)
{
    const char *page =
        "Why the grain deal collapsed\n"
        "5 min read\n"
        "Negotiators left Istanbul on Friday without a deal on the grain corridor.\n"
        "Both sides blamed the other for the failure of the talks this week.\n"
        "What went wrong\n"
        "The talks stalled over insurance for ships and access to ports in the south.\n"
        "What comes next\n"
        "Officials said a new round could start next month if both sides agree.\n"
        "Ships wait at anchor near the port. REUTERS/Jane Roe\n"
        "Ports reopen after the storm passes\n"
        "Dock workers returned on Monday as the weather cleared across the coast.\n"
        "Read more\n";
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_int_equal(l.n, 2);
    a = &l.items[0];
    assert_string_equal(a->title, "Why the grain deal collapsed");
    assert_null(a->dek);
    assert_true(contains(a->body, "this week.\n\nWhat went wrong\n\nThe talks stalled"));
    assert_true(ends_with(a->body, "if both sides agree."));
    assert_false(contains(a->body, "min read"));
    a = &l.items[1];
    assert_string_equal(a->kind, "teaser");
    assert_string_equal(a->title, "Ports reopen after the storm passes");
    assert_string_equal(a->captions, "Ships wait at anchor near the port. REUTERS/Jane Roe");
    assert_true(a->partial);
    doclist_free(&l);
}

/* Hard-wrapped text (lines of ~60 columns): blocks are joined back into
** paragraphs. */
static void test_wrapped_text(void **state)
{
    const char *page =
        "Grain exports rise on strong demand\n"
        "\n"
        "Wheat exports rose sharply in the first quarter as buyers in\n"
        "Asia and North Africa increased their purchases, traders said\n"
        "on Tuesday, citing shipping data and port records.\n"
        "\n"
        "Prices held steady despite the higher volumes, and analysts\n"
        "expect the trend to continue into the next season as stocks\n"
        "elsewhere remain tight.\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.items[0].title, "Grain exports rise on strong demand");
    assert_true(starts_with(l.items[0].body, "Wheat exports rose sharply in the first quarter "
                            "as buyers in Asia and North Africa"));
    assert_true(contains(l.items[0].body, "port records.\n\nPrices held steady"));
    doclist_free(&l);
}

/* No prose at all: the first line is the title, the rest the body. */
static void test_no_prose(void **state)
{
    const char *page = "Shopping list\neggs\nmilk\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.items[0].title, "Shopping list");
    assert_string_equal(l.items[0].body, "eggs\n\nmilk");
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text("  \n\n \n", 6, &l, err, sizeof err), -1);
    assert_string_equal(err, "no text");
    doclist_free(&l);
}

static void test_date_find(void **state)
{
    char d[11];
    (void)state;
    assert_int_equal(dz_date_find("Published April 23, 2024", 24, d), 0);
    assert_string_equal(d, "2024-04-23");
    assert_int_equal(dz_date_find("Tue, 23 Apr 2024 10:00:00 GMT", 29, d), 0);
    assert_string_equal(d, "2024-04-23");
    assert_int_equal(dz_date_find(" 26-FEB-1987 15:01:01.79", 24, d), 0);
    assert_string_equal(d, "1987-02-26");
    assert_int_equal(dz_date_find("2024-04-23T10:00:00Z", 20, d), 0);
    assert_string_equal(d, "2024-04-23");
    assert_int_equal(dz_date_find("Sept. 4th, 2024", 15, d), 0);
    assert_string_equal(d, "2024-09-04");
    assert_int_equal(dz_date_find("the 3rd of March 2022", 21, d), 0);
    assert_string_equal(d, "2022-03-03");
    assert_int_equal(dz_date_find("Election 2024", 13, d), -1);
    assert_int_equal(dz_date_find("On September 4, Kommersant", 26, d), -1);
    assert_int_equal(dz_date_find("2023-02-30", 10, d), -1);
    assert_int_equal(dz_date_find("Mayor March 2024", 16, d), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_main_article),
        cmocka_unit_test(test_seed_teasers_and_links),
        cmocka_unit_test(test_seed_no_furniture),
        cmocka_unit_test(test_other_site_layout),
        cmocka_unit_test(test_subheads),
        cmocka_unit_test(test_wrapped_text),
        cmocka_unit_test(test_no_prose),
        cmocka_unit_test(test_date_find),
    };
    return cmocka_run_group_tests(tests, load_seed, free_seed);
}
