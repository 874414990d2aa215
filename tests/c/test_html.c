/*
** test_html.c — html_parse: the main text of a page without its furniture,
** metadata from meta tags and JSON-LD, declared charsets, and bad input
** (broken markup, binary junk, invalid UTF-8, deep nesting, huge pages).
** Fixtures are read from tests/fixtures/html ($DOSSIER_SRC, else the
** working directory).
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

/* Read a fixture into b (NUL-terminated); fails the test when missing. */
static void fixture(const char *name, dz_buf *b)
{
    const char *src = getenv("DOSSIER_SRC");
    char path[1024], chunk[4096];
    FILE *f;
    size_t k;
    snprintf(path, sizeof path, "%s/tests/fixtures/html/%s", src && *src ? src : ".", name);
    f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        assert_int_equal(dz_buf_append(b, chunk, k), 0);
    fclose(f);
    assert_int_equal(dz_buf_append(b, "", 0), 0);
}

static const dossier_article *parse(dz_doclist *l, const char *s, size_t n)
{
    char err[256] = "";
    memset(l, 0, sizeof *l);
    if (html_parse(s, n, l, err, sizeof err) != 0)
        fail_msg("html_parse failed: %s", err);
    assert_int_equal(l->n, 1);
    assert_non_null(l->items[0].body);
    return &l->items[0];
}

static void test_article_body(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    const dossier_article *a;
    (void)state;
    fixture("article.html", &b);
    a = parse(&l, b.data, b.len);
    assert_string_equal(a->body,
        "Foreign ministers from four countries signed an agreement on Friday "
        "that reopens the shipping lane for grain, officials said after two "
        "days of talks.\n\n"
        "The deal, brokered in Istanbul, allows cargo ships to pass under the "
        "supervision of a joint centre, and it runs for one hundred and twenty "
        "days.\n\n"
        "What comes next\n\n"
        "Inspectors will check every vessel, the ministers said, and the first "
        "ships are expected to sail next week, weather permitting.\n\n"
        "Grain prices fell sharply on the news, with wheat futures down by six "
        "percent in Chicago, traders said.");
    assert_string_equal(a->captions, "A cargo ship waits at the harbour entrance.");
    /* the note says which element was taken, for ingest --verbose */
    assert_non_null(l.note);
    assert_non_null(strstr(l.note, "main article: <"));
    assert_non_null(strstr(l.note, "paragraphs"));
    doclist_free(&l);
    dz_buf_free(&b);
}

/* Line-level furniture inside the article: date stamps, captions,
** credits, pointers to other stories, prompts, slide counters; quoted
** posts, tables and custom inline elements stay. */
static void test_inline_furniture(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    const dossier_article *a;
    (void)state;
    fixture("furniture.html", &b);
    a = parse(&l, b.data, b.len);
    assert_string_equal(a->body,
        "The port closed on Wednesday as the storm arrived, the harbour master "
        "said, and ferries stayed in dock.\n\n"
        "Winds reached 120 km/h at the cape, forecasters said, the strongest in "
        "a decade.\n\n"
        "The sea is wild at the harbour today, stay safe everyone "
        "pic.twitter.com/x\n\n"
        "\u2014 A Resident (@resident) November 20, 2019\n\n"
        "Port\n\nStatus\n\nNorth\n\nClosed\n\n"
        "The harbour is expected to reopen on Friday if the winds ease, "
        "officials said.");
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_metadata(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    const dossier_article *a;
    (void)state;
    fixture("article.html", &b);
    a = parse(&l, b.data, b.len);
    assert_string_equal(a->kind, "article");
    assert_string_equal(a->title, "Ministers agree grain deal");
    assert_string_equal(a->dek, "A deal on grain exports was signed after talks in Istanbul.");
    assert_string_equal(a->byline, "Ana Ruiz, Tom Berg");
    assert_string_equal(a->published, "2023-07-14");
    assert_string_equal(a->date_source, "meta");
    assert_string_equal(a->section, "World");
    assert_string_equal(a->url, "https://example.org/world/2023/grain-deal");
    assert_string_equal(a->source, "The Harbour Times");
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_jsonld_only(void **state)
{
    static const char page[] =
        "<html><head><script type='application/ld+json'>"
        "[{\"@type\":[\"NewsArticle\"],\"headline\":\"Port reopens\","
        "\"datePublished\":\"2021-03-02\",\"author\":\"Lea Kim\","
        "\"articleSection\":[\"Business\",\"Shipping\"],"
        "\"publisher\":{\"name\":\"Daily Wire Service\"}}]</script>"
        "<script type='application/ld+json'>{not json</script></head>"
        "<body><div><p>The port reopened on Tuesday after a week of repairs, "
        "the harbour authority said in a statement.</p></div>"
        "<time datetime='1999-01-01'>old</time></body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_string_equal(a->title, "Port reopens");
    assert_string_equal(a->byline, "Lea Kim");
    assert_string_equal(a->published, "2021-03-02");
    assert_string_equal(a->section, "Business");
    assert_string_equal(a->source, "Daily Wire Service");
    assert_non_null(strstr(a->body, "The port reopened on Tuesday"));
    doclist_free(&l);
}

/* A script-drawn page: the DOM has no text, JSON-LD has the body. */
static void test_jsonld_body_fallback(void **state)
{
    static const char page[] =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
        "\"articleBody\":\"The council voted on Monday to close the old bridge to "
        "lorries from January, after engineers found cracks in two of its piers.\\n\\n"
        "  Residents   have asked for a ferry service while the bridge is repaired, "
        "which could take until the end of next year, officials said.\"}</script>"
        "</head><body><div id='app'>Loading</div></body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_string_equal(a->body,
        "The council voted on Monday to close the old bridge to lorries from "
        "January, after engineers found cracks in two of its piers.\n\n"
        "Residents have asked for a ferry service while the bridge is repaired, "
        "which could take until the end of next year, officials said.");
    doclist_free(&l);
}

static void test_time_element_and_title(void **state)
{
    static const char page[] =
        "<html><head><title>Plain page</title></head><body>"
        "<p>Posted <time datetime='2020-05-06T10:00'>May 6</time>.</p>"
        "<p>Some text of the page, long enough to be counted as a paragraph.</p>"
        "</body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_string_equal(a->title, "Plain page");
    assert_string_equal(a->published, "2020-05-06");
    assert_null(a->byline);
    assert_null(a->url);
    doclist_free(&l);
}

/* Escaped references in attributes, "By " in bylines, a date taken from
** the URL when the page states none. */
static void test_meta_cleanup(void **state)
{
    static const char page[] =
        "<html><head><meta property='og:title' content='Lynn: &amp;#8220;We won&amp;nbsp;it&amp;#8221; &amp;amp; more'>"
        "<meta name='author' content='By ROBERT BURNS, AP Writer'>"
        "<link rel='canonical' href='https://example.com/sport/2019/nov/18/lynn-interview'>"
        "</head><body><p>The coach spoke after the game, saying the team needed the win badly.</p>"
        "</body></html>";
    static const char slug[] =
        "<html><head><meta property='og:url' content='https://example.org/tuft-cells-20191115/'>"
        "</head><body><p>Text.</p></body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_string_equal(a->title, "Lynn: \u201cWe won it\u201d & more");
    assert_string_equal(a->byline, "ROBERT BURNS, AP Writer");
    assert_string_equal(a->published, "2019-11-18");
    assert_string_equal(a->date_source, "inferred");
    doclist_free(&l);
    a = parse(&l, slug, sizeof slug - 1);
    assert_string_equal(a->published, "2019-11-15");
    doclist_free(&l);
}

static void test_declared_charset(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    const dossier_article *a;
    (void)state;
    fixture("cp1251.html", &b);
    assert_false(dz_utf8_valid(b.data, b.len));
    a = parse(&l, b.data, b.len);
    assert_true(dz_utf8_valid(a->body, strlen(a->body)));
    assert_non_null(strstr(a->body, "Министр заявил, что переговоры продолжатся"));
    assert_string_equal(a->title, "Новости");
    doclist_free(&l);
    dz_buf_free(&b);
}

/* Already UTF-8 (as after the ingest driver's repair) but still declaring
** Latin-1: the declaration must not garble the text. */
static void test_stale_declaration(void **state)
{
    static const char page[] =
        "<html><head><meta charset=\"iso-8859-1\"><title>CafÃ© news</title></head>"
        "<body><p>Le cafÃ© de la gare a rouvert ses portes aprÃ¨s des travaux.</p>"
        "</body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_string_equal(a->title, "CafÃ© news");
    assert_non_null(strstr(a->body, "Le cafÃ© de la gare a rouvert ses portes aprÃ¨s"));
    doclist_free(&l);
}

/* The decoder the ingest driver uses before format detection. */
static void test_decode_declared(void **state)
{
    dz_buf b = { 0 }, out = { 0 };
    static const char none[] = "<p>caf\xe9</p>";
    static const char unknown[] = "<meta charset='x-no-such-charset'><p>caf\xe9</p>";
    (void)state;
    fixture("cp1251.html", &b);
    assert_int_equal(html_decode_declared(b.data, b.len, &out), 0);
    assert_true(dz_utf8_valid(out.data, out.len));
    assert_non_null(strstr(out.data, "<title>Новости</title>"));
    out.len = 0;
    assert_int_equal(html_decode_declared(none, sizeof none - 1, &out), 1);
    assert_int_equal(html_decode_declared(unknown, sizeof unknown - 1, &out), 1);
    assert_int_equal(out.len, 0);
    dz_buf_free(&out);
    dz_buf_free(&b);
}

static void test_latin1_without_charset(void **state)
{
    static const char page[] =
        "<html><body><p>Le ministre a d\xe9" "clar\xe9 que les n\xe9gociations "
        "reprendront \xe0 Gen\xe8ve la semaine prochaine.</p></body></html>";
    dz_doclist l;
    const dossier_article *a = parse(&l, page, sizeof page - 1);
    (void)state;
    assert_non_null(strstr(a->body, "Le ministre a déclaré que les négociations"));
    assert_non_null(strstr(a->body, "à Genève"));
    doclist_free(&l);
}

static void test_broken_markup(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    const dossier_article *a;
    (void)state;
    fixture("broken.html", &b);
    a = parse(&l, b.data, b.len);
    assert_true(dz_utf8_valid(a->body, strlen(a->body)));
    assert_non_null(strstr(a->body, "Unclosed paragraph one"));
    assert_non_null(strstr(a->body, "Second bold nested badly paragraph"));
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_bad_input(void **state)
{
    static const char junk[] = "\x00\x01\xff\xfe<\x00p>\x89PNG\r\n\x1a\n\xc3\x28 <<<>>> &#0; &#xffffff;";
    static const char invalid[] = "<p>caf\xc3 au lait \xe2\x82 and \xf0\x9f\x98\x80 smile, "
                                  "with enough words to make a paragraph here.</p>";
    dz_doclist l;
    char err[128];
    unsigned char *rnd;
    size_t i;
    uint32_t x = 12345;
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(html_parse("", 0, &l, err, sizeof err), -1);
    assert_true(strlen(err) > 0);
    assert_int_equal(l.n, 0);
    /* junk: either a clean error or a valid (possibly empty) article */
    if (html_parse(junk, sizeof junk - 1, &l, err, sizeof err) == 0) {
        assert_int_equal(l.n, 1);
        assert_true(dz_utf8_valid(l.items[0].body, strlen(l.items[0].body)));
    }
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(html_parse(invalid, sizeof invalid - 1, &l, err, sizeof err), 0);
    assert_true(dz_utf8_valid(l.items[0].body, strlen(l.items[0].body)));
    assert_non_null(strstr(l.items[0].body, "\xf0\x9f\x98\x80 smile"));
    doclist_free(&l);
    /* random bytes */
    rnd = malloc(65536);
    assert_non_null(rnd);
    for (i = 0; i < 65536; i++) {
        x = x * 1103515245u + 12345u;
        rnd[i] = (unsigned char)(x >> 16);
    }
    memset(&l, 0, sizeof l);
    if (html_parse((const char *)rnd, 65536, &l, err, sizeof err) == 0)
        assert_true(dz_utf8_valid(l.items[0].body, strlen(l.items[0].body)));
    doclist_free(&l);
    free(rnd);
}

static void test_deep_and_huge(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[128];
    int i;
    (void)state;
    for (i = 0; i < 20000; i++)
        assert_int_equal(dz_buf_puts(&b, "<div><span>"), 0);
    assert_int_equal(dz_buf_puts(&b, "deep text"), 0);
    memset(&l, 0, sizeof l);
    if (html_parse(b.data, b.len, &l, err, sizeof err) == 0)
        assert_int_equal(l.n, 1);
    doclist_free(&l);
    b.len = 0;
    assert_int_equal(dz_buf_puts(&b, "<html><body><div class='story'>"), 0);
    for (i = 0; i < 20000; i++)
        assert_int_equal(dz_buf_printf(&b, "<p>Paragraph %d says something, at some "
                                           "length, about the news of the day.</p>\n", i), 0);
    assert_int_equal(dz_buf_puts(&b, "</div></body></html>"), 0);
    memset(&l, 0, sizeof l);
    assert_int_equal(html_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_non_null(strstr(l.items[0].body, "Paragraph 0 says"));
    assert_non_null(strstr(l.items[0].body, "Paragraph 19999 says"));
    doclist_free(&l);
    dz_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_article_body),
        cmocka_unit_test(test_inline_furniture),
        cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_jsonld_only),
        cmocka_unit_test(test_jsonld_body_fallback),
        cmocka_unit_test(test_time_element_and_title),
        cmocka_unit_test(test_meta_cleanup),
        cmocka_unit_test(test_declared_charset),
        cmocka_unit_test(test_stale_declaration),
        cmocka_unit_test(test_decode_declared),
        cmocka_unit_test(test_latin1_without_charset),
        cmocka_unit_test(test_broken_markup),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_deep_and_huge),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
