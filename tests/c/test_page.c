/*
** test_page.c — the plain-text page splitter: the seed page field by field
** (main article, teasers, links, no furniture anywhere), and other page
** shapes built by the same rules (byline and date lines, "Read more"
** cut-offs, hard-wrapped text, a page with no prose), and the evidence
** the main-body search weighs on unseen sites: text-mode browser dumps
** (wrapped, no blank lines, list bullets), comment sections, cookie
** notices, hidden copies of the article, teaser lists after the byline's
** article, CJK text, the note that explains the split, copyright
** footers, credit lines under captions, short sentences in a row, and
** articles that are mostly a list or a table (a recipe, standings) beside
** sidebars whose numbers are not data.
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

/* Count the items of a kind. */
static int count_kind(const dz_doclist *l, const char *kind)
{
    int i, n = 0;
    for (i = 0; i < l->n; i++)
        n += !strcmp(l->items[i].kind, kind);
    return n;
}

/* A lynx-style dump: wrapped at 72 columns, paragraphs indented and not
** separated by blank lines, menus as bullets. The paragraphs are joined
** back (a line breaks only where the next word would not fit) and the
** menu stays out. */
static void test_browser_dump(void **state)
{
    const char *page =
        "     * Home\n"
        "     * World\n"
        "     * Business\n"
        "     * Sport\n"
        "Port strike ends after pay deal\n"
        "   Dock workers at the country's three largest container ports returned\n"
        "   to work on Thursday after unions accepted a pay offer that ends a\n"
        "   strike which had left hundreds of ships waiting offshore.\n"
        "   The agreement raises wages by eight percent over two years and adds a\n"
        "   bonus for night shifts, the union said in a statement late on\n"
        "   Wednesday.\n"
        "   Shipping companies said it would take at least a week to clear the\n"
        "   backlog of vessels at anchor.\n"
        "     * Contact us\n"
        "     * Privacy policy\n";
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    a = &l.items[0];
    assert_string_equal(a->kind, "article");
    assert_string_equal(a->title, "Port strike ends after pay deal");
    assert_true(contains(a->body, "pay offer that ends a strike which had left"));
    assert_true(contains(a->body, "hundreds of ships waiting offshore.\n\nThe agreement raises"));
    assert_true(ends_with(a->body, "the backlog of vessels at anchor."));
    assert_false(contains(a->body, "Privacy"));
    assert_false(contains(a->body, "Business"));
    assert_int_equal(count_kind(&l, "teaser"), 0);
    assert_non_null(l.note);
    assert_true(starts_with(l.note, "main article: lines 6-13 of the page, 3 paragraphs"));
    doclist_free(&l);
}

/* Readers' comments after an article are not its text, even when they
** are long: a comment section's head ("3 responses to ...") and each
** comment's signature ("name says:") mark them. */
static void test_comments(void **state)
{
    const char *page =
        "Council approves new bus lanes\n"
        "The city council voted on Tuesday to add bus lanes on four of the busiest roads in the centre.\n"
        "The plan, which will cost about two million pounds, is expected to cut journey times by a fifth.\n"
        "Work is due to start in the spring and last until the end of the year.\n"
        "3 responses to \xE2\x80\x9C" "Council approves new bus lanes\xE2\x80\x9D\n"
        "riverside_rob says:\n"
        "March 12, 2024 at 9:14 am\n"
        "About time too. I have been sitting in traffic on the ring road every morning for years and the buses are always late because they are stuck behind cars, so anything that gets them moving is welcome, even if the works will be a pain for a few months.\n"
        "annb says:\n"
        "March 12, 2024 at 10:02 am\n"
        "Two million pounds for some paint seems a lot to me, and nobody asked the shop owners on the high street what they think about losing their parking spaces in front of their doors.\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_string_equal(l.items[0].kind, "article");
    assert_true(starts_with(l.items[0].body, "The city council voted on Tuesday"));
    assert_true(ends_with(l.items[0].body, "until the end of the year."));
    assert_false(contains(l.items[0].body, "About time too"));
    doclist_free(&l);
}

/* A cookie-consent notice is furniture however much prose it holds, and
** a long block repeating the article (a hidden copy) is not read twice. */
static void test_cookie_notice_and_copy(void **state)
{
    const char *page =
        "Rail fares to rise in January\n"
        "Rail fares will rise by up to four percent in January, the transport ministry said on Friday.\n"
        "The increase is below the rate of inflation for the second year running, the ministry added.\n"
        "This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.\n"
        "We also use third-party cookies that help us analyze and understand how you use this website. These cookies will be stored in your browser only with your consent.\n"
        "Rail fares will rise by up to four percent in January, the transport ministry said on Friday. The increase is below the rate of inflation for the second year running, the ministry added. Rail fares will rise by up to four percent in January, the transport ministry said on Friday. The increase is below the rate of inflation for the second year running, the ministry added.\n";
    dz_doclist l;
    char err[256];
    const char *b;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    b = l.items[0].body;
    assert_true(starts_with(b, "Rail fares will rise by up to four percent"));
    assert_true(ends_with(b, "second year running, the ministry added."));
    assert_false(contains(b, "cookies"));
    assert_false(contains(b, "added. Rail fares"));
    doclist_free(&l);
}

/* A box of deals above the story (titles with a one-paragraph dek each)
** may hold more words than a short article; the article is the prose
** right after the page's byline. */
static void test_byline_article_after_deals(void **state)
{
    const char *page =
        "Deals\n"
        "Noise-cancelling headphones at their lowest price\n"
        "The over-ear headphones have dropped to their lowest price yet at several retailers, with the discount running until the end of the week for members and non-members alike.\n"
        "Laptop bundle with a free case\n"
        "The thin and light laptop now comes with a free carrying case and a year of cloud storage when bought directly from the maker's online shop this month.\n"
        "Smart speaker two-pack discounted\n"
        "Two of the small smart speakers cost less than one did at launch, making it a cheap way to add voice control to a second room of the house this winter.\n"
        "Technology\n"
        "Streaming service cuts its prices in Europe\n"
        "By Maria Lopez\n"
        "The streaming service said on Monday it would cut the price of its basic plan in twelve European countries from next month.\n"
        "The company has lost subscribers in the region for three quarters in a row.\n"
        "Analysts said the move could help it win back younger viewers.\n"
        "Share\n";
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    a = &l.items[0];
    assert_string_equal(a->kind, "article");
    assert_string_equal(a->title, "Streaming service cuts its prices in Europe");
    assert_string_equal(a->byline, "Maria Lopez");
    assert_true(starts_with(a->body, "The streaming service said on Monday"));
    assert_true(ends_with(a->body, "win back younger viewers."));
    assert_false(contains(a->body, "headphones"));
    doclist_free(&l);
}

/* Japanese text wrapped by a text-mode browser is joined without spaces,
** and its prose counts as prose (no spaces between words). */
static void test_cjk_wrapped(void **state)
{
    const char *page =
        "\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0\n"      /* ホーム */
        "\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE9\xA7\x85"
        "\xE3\x81\x8C\xE9\x96\x8B\xE6\xA5\xAD\xE3\x81\x97\xE3\x80\x81\xE5\xA4\x9A\xE3\x81\x8F"
        "\xE3\x81\xAE\xE4\xBA\xBA\xE3\x81\x8C\xE6\x9C\x9D\xE3\x81\x8B\xE3\x82\x89\xE9\xA7\x85"
        "\xE3\x81\xAB\xE9\x9B\x86\xE3\x81\xBE\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F"
        "\xE3\x80\x82\xE5\xB8\x82\xE9\x95\xB7\xE3\x81\xAF\n"
        "\xE9\xA7\x85\xE5\x89\x8D\xE3\x81\xA7\xE6\x8C\xA8\xE6\x8B\xB6\xE3\x81\x97\xE3\x80\x81"
        "\xE5\x9C\xB0\xE5\x9F\x9F\xE3\x81\xAE\xE7\x99\xBA\xE5\xB1\x95\xE3\x81\xAB\xE6\x9C\x9F"
        "\xE5\xBE\x85\xE3\x82\x92\xE7\xA4\xBA\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F"
        "\xE3\x80\x82\xE9\x9B\xBB\xE8\xBB\x8A\xE3\x81\xAF\xE5\x8D\x81\xE5\x88\x86\xE3\x81\x94"
        "\xE3\x81\xA8\xE3\x81\xAB\n"
        "\xE8\xB5\xB0\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\n"
        "x\n"
        "This is a wrapped line of English text that goes on for quite a while here\n"
        "and this one continues the sentence from the line right above it without a\n"
        "stop, as wrapped text does when it is broken by a text-mode browser.\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    /* the two halves of 市長は / 駅前で meet without a space */
    assert_true(contains(l.items[0].body, "\xE5\xB8\x82\xE9\x95\xB7\xE3\x81\xAF\xE9\xA7\x85"));
    doclist_free(&l);
}

/* A per-site override: the main article is looked for after the first
** line holding the given text; the note says so. Without it the main
** article starts with the first story. */
static void test_main_after(void **state)
{
    const char *page =
        "Harbour expansion approved after long debate\n"
        "The regional assembly approved the expansion of the harbour on Thursday after a debate that lasted more than ten hours.\n"
        "Supporters said the project would create two thousand jobs, while opponents warned of damage to the wetlands nearby.\n"
        "Construction is expected to begin next year and to take about four years, the transport department said.\n"
        "Also today\n"
        "Museum reopens after repairs\n"
        "The city museum reopened its doors on Saturday after a year of repairs to its roof and galleries.\n"
        "Visitors can see the restored collection free of charge until the end of the month.\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_string_equal(l.items[0].title, "Harbour expansion approved after long debate");
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text_after(page, strlen(page), "Also today", &l, err,
                                           sizeof err), 0);
    assert_string_equal(l.items[0].kind, "article");
    assert_string_equal(l.items[0].title, "Museum reopens after repairs");
    assert_true(starts_with(l.items[0].body, "The city museum reopened"));
    assert_true(contains(l.note, "as asked"));
    doclist_free(&l);
    /* a marker the page does not have changes nothing, and says so */
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text_after(page, strlen(page), "Weather", &l, err, sizeof err),
                     0);
    assert_string_equal(l.items[0].title, "Harbour expansion approved after long debate");
    assert_true(contains(l.note, "not found"));
    doclist_free(&l);
}

/* A site's footer: legal prose in the same block as its copyright notice
** (opened by sign-up and share furniture) is not the article, however
** long; a wire story that ends on its agency's notice keeps its text. */
static void test_copyright_footer(void **state)
{
    const char *page =
        "Lentil soup for cold evenings\n"
        "By Ana Ruiz\n"
        "Red lentils cook down in twenty minutes, which makes this soup a good choice after a long day.\n"
        "Start with an onion and two carrots, chopped small and softened in a little olive oil.\n"
        "Add the lentils, a litre of stock and a spoon of cumin, then simmer until thick.\n"
        "Facebook\n"
        "Pinterest\n"
        "Join our newsletter\n"
        "The information on this website is for general purposes only and was originally written for readers in one country, so rules where you live may differ from what is described here.\n"
        "These statements have not been reviewed by any food or health authority, and the products named on this website are not meant to diagnose, treat or prevent any illness or condition whatsoever.\n"
        "Talk to your doctor before you change your diet or start any new exercise programme, above all if you have a medical condition, and do not use this website in place of professional advice.\n"
        "\xC2\xA9 2024 Example Kitchen, LLC. All rights reserved. Example Kitchen is a trademark of Example Kitchen, LLC, and the other names used here belong to their owners.\n"
        "Privacy Policy | Terms of Use\n";
    const char *wire =
        "Storm closes mountain pass\n"
        "DENVER (AP) \xE2\x80\x94 A spring storm closed the main mountain pass west of the city on Tuesday, stranding hundreds of drivers.\n"
        "Crews expected to reopen the road by the evening once the snow had been cleared, the state transport department said.\n"
        "Copyright 2024 The Associated Press. All rights reserved.\n";
    dz_doclist l;
    char err[256];
    const char *b;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    b = l.items[0].body;
    assert_true(starts_with(b, "Red lentils cook down"));
    assert_true(ends_with(b, "simmer until thick."));
    assert_false(contains(b, "trademark"));
    assert_false(contains(b, "doctor"));
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(wire, strlen(wire), &l, err, sizeof err), 0);
    b = l.items[0].body;
    assert_true(starts_with(b, "DENVER (AP)"));
    assert_true(ends_with(b, "the state transport department said."));
    assert_false(contains(b, "Copyright"));
    doclist_free(&l);
}

/* A photo credit on a line of its own closes a caption: the sentence
** above it (shown twice: alt text and caption) describes the picture and
** stays out of the body. */
static void test_credit_line_caption(void **state)
{
    const char *page =
        "Ferry service resumes after strike\n"
        "Updated 9:10 am, Monday, March 4, 2024\n"
        "Passengers board the first ferry of the morning at the north pier in Harbourtown on Monday, March 4, 2024. The crews' strike had stopped all crossings since Friday.\n"
        "Passengers board the first ferry of the morning at the north pier in Harbourtown on Monday, March 4, 2024. The crews' strike had stopped all ... more\n"
        "Photo: Sam Lee, AP\n"
        "HARBOURTOWN (AP) \xE2\x80\x94 Ferries to the islands ran again on Monday after a three-day strike by crews ended with a pay deal.\n"
        "The union said its members had accepted a rise of five percent over two years.\n"
        "The operator said timetables would be back to normal by Wednesday.\n";
    dz_doclist l;
    char err[256];
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_true(starts_with(l.items[0].body, "HARBOURTOWN (AP)"));
    assert_false(contains(l.items[0].body, "north pier"));
    assert_false(contains(l.items[0].body, "Sam Lee"));
    assert_true(ends_with(l.items[0].body, "back to normal by Wednesday."));
    doclist_free(&l);
}

/* Short sentences in a row are text: questions and exclamations under
** the length of prose, beside each other or beside a paragraph, stay in
** the article instead of ending it as headlines. */
static void test_short_sentences(void **state)
{
    const char *page =
        "Menu\n"
        "Reviews\n"
        "What visitors said about the autumn show\n"
        "Visitors who came to the autumn show at the old theatre wrote to us about their evening, and we have collected some of their words here.\n"
        "\xE2\x80\x9CThe dancers were wonderful and the music was even better than last year!\xE2\x80\x9D\n"
        "Thank you all for your kind words about the show!\n"
        "Have you not seen it yet, and what are you waiting for?\n"
        "Book your seats at the box office and come along one evening this month!\n"
        "We hope to see you there soon! \xF0\x9F\x99\x82\n"
        "Contact\n";
    dz_doclist l;
    char err[256];
    const char *b;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    b = l.items[0].body;
    assert_true(starts_with(b, "Visitors who came"));
    assert_true(contains(b, "Thank you all"));
    assert_true(contains(b, "one evening this month!"));
    /* a smiley after the exclamation mark still ends a sentence */
    assert_true(ends_with(b, "see you there soon! \xF0\x9F\x99\x82"));
    doclist_free(&l);
}

/* An article whose body is mostly a list: a recipe's ingredients (amounts)
** and short steps between its prose stay in the body; the menu above and
** the related recipes below (words, no amounts) do not. */
static void test_recipe_list(void **state)
{
    const char *page =
        "Home\n" "Recipes\n" "Dinner\n" "Baking\n" "Drinks\n" "About us\n"
        "Lentil soup with lemon\n"
        "By Ana Lima\n"
        "This soup is what we cook on a cold evening when there is little in the cupboard but a bag of lentils.\n"
        "It keeps for three days in the fridge, and it tastes even better on the second day.\n"
        "Ingredients\n"
        "2 tbsp olive oil\n"
        "1 onion, chopped\n"
        "2 carrots, diced\n"
        "3 cloves of garlic\n"
        "250 g red lentils\n"
        "1.2 litres vegetable stock\n"
        "Salt and pepper\n"
        "Juice of 1 lemon\n"
        "Method\n"
        "Warm the oil for 2 minutes\n"
        "Add the onion and carrots\n"
        "Cook for 10 minutes\n"
        "Pour in the stock and lentils\n"
        "Simmer for 25 minutes\n"
        "Season with salt, pepper and the lemon juice, and serve it hot with bread.\n"
        "Related recipes\n"
        "Pea and mint soup\n" "Roast tomato soup\n" "Chicken noodle soup\n"
        "Contact\n" "Privacy\n";
    dz_doclist l;
    char err[256];
    const char *b;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    assert_string_equal(l.items[0].kind, "article");
    b = l.items[0].body;
    assert_true(starts_with(b, "This soup is what we cook"));
    assert_true(contains(b, "250 g red lentils"));
    assert_true(contains(b, "Salt and pepper"));
    assert_true(contains(b, "Simmer for 25 minutes"));
    assert_true(ends_with(b, "serve it hot with bread."));
    assert_false(contains(b, "Dinner"));
    assert_false(contains(b, "Roast tomato soup"));
    doclist_free(&l);
}

/* A standings page: a short text and a table, one cell a line (as a
** scraper gives it) or one row a line (as lynx and w3m lay it out); the
** table is the article, not the menu above it or the sidebar of teasers
** below it. */
static void test_standings_table(void **state)
{
    static const char *const names[] = { "Ana Lima", "Bruno Costa", "Carla Dias", "Davi Rocha",
                                         "Eva Souza", "Fabio Reis", "Gil Nunes", "Hugo Paz" };
    const char *head =
        "Home\n" "News\n" "Results\n" "Calendar\n" "Drivers\n" "Forum\n"
        "Championship standings\n"
        "Share this on WhatsApp\n"
        "This page always shows the championship standings after the last race of the season.\n"
        "Final standings of the national series after 12 races:\n";
    const char *tail =
        "Only the first ten drivers take part in the final round.\n"
        "Share this on WhatsApp\n"
        "Our columnist\n"
        "Read the latest column about the season and what the teams plan for next year.\n"
        "Read more\n"
        "Race preview\n"
        "Find out the times of the next race on television, the track and our prediction.\n"
        "Read more\n"
        "Listen to the podcast\n"
        "Our weekly podcast talks about everything that happened during the last race.\n"
        "Read more\n"
        "Copyright 2019 Example Racing. All rights reserved.\n";
    int layout;
    (void)state;
    for (layout = 0; layout < 2; layout++) {
        char page[4096], *p = page;
        dz_doclist l;
        char err[256];
        const char *b;
        int i;
        p += sprintf(p, "%s%s", head, layout ? "Pos. Driver Points Wins\n"
                                             : "Pos.\nDriver\nPoints\nWins\n");
        for (i = 0; i < 8; i++)
            p += sprintf(p, layout ? "%d %s %d %d\n" : "%d\n%s\n%d\n%d\n", i + 1, names[i],
                         400 - 30 * i, 8 - i);
        p += sprintf(p, "%s", tail);
        memset(&l, 0, sizeof l);
        assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
        b = l.items[0].body;
        assert_true(starts_with(b, "This page always shows"));
        assert_true(contains(b, "Hugo Paz"));
        assert_true(contains(b, "400"));
        assert_true(ends_with(b, "the final round."));
        assert_false(contains(b, "podcast"));
        assert_false(contains(b, "Calendar"));
        doclist_free(&l);
    }
}

/* Numbers that are not a list's data: a blog's categories with their
** post counts, its archive by month, teaser titles alone between their
** paragraphs, and digits inside names stay out of the article. */
static void test_sidebar_numbers(void **state)
{
    const char *page =
        "My garden blog\n"
        "Planting garlic in the autumn\n"
        "Garlic goes in the ground in October, a few weeks before the first frost, so the cloves can grow roots before winter.\n"
        "Plant each clove with its tip up, two fingers deep, and cover the bed with a layer of straw.\n"
        "In the spring the green shoots come up first, and the bulbs are ready to lift in July.\n"
        "Categories\n"
        "Vegetables (42)\n" "Fruit (17)\n" "Flowers (23)\n" "Tools (8)\n"
        "Archives\n"
        "November 2019\n" "October 2019\n" "September 2019\n" "August 2019\n"
        "2019\xE5\xB9\xB4" "7\xE6\x9C\x88\n"
        "Friends\n"
        "Gardening4All\n" "@tomatoes99\n"
        "Deals\n"
        "Spade for $25 at the garden centre\n"
        "The garden centre has cut the price of its best spade to $25 until the end of the week, down from $40.\n"
        "Hose reel with 30 m of hose for $60\n"
        "A hose reel with thirty metres of hose is on sale for $60 this week at the hardware shop.\n";
    dz_doclist l;
    char err[256];
    const char *b;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(page_parse_text(page, strlen(page), &l, err, sizeof err), 0);
    b = l.items[0].body;
    assert_true(starts_with(b, "Garlic goes in the ground"));
    assert_true(ends_with(b, "ready to lift in July."));
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
        cmocka_unit_test(test_browser_dump),
        cmocka_unit_test(test_comments),
        cmocka_unit_test(test_cookie_notice_and_copy),
        cmocka_unit_test(test_byline_article_after_deals),
        cmocka_unit_test(test_cjk_wrapped),
        cmocka_unit_test(test_main_after),
        cmocka_unit_test(test_copyright_footer),
        cmocka_unit_test(test_credit_line_caption),
        cmocka_unit_test(test_short_sentences),
        cmocka_unit_test(test_recipe_list),
        cmocka_unit_test(test_standings_table),
        cmocka_unit_test(test_sidebar_numbers),
        cmocka_unit_test(test_date_find),
    };
    return cmocka_run_group_tests(tests, load_seed, free_seed);
}
