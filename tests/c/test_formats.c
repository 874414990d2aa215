/*
** test_formats.c — RSS and Atom feeds, JSON lines and CSV: one article per
** item with its fields, unknown fields kept in meta, dates normalised, bad
** input refused with a clear message; and format detection by content.
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

/* Read a fixture from tests/fixtures/ingest into b. */
static void fixture(const char *name, dz_buf *b)
{
    const char *src = getenv("DOSSIER_SRC");
    char path[4096], err[256];
    int repaired;
    snprintf(path, sizeof path, "%s/tests/fixtures/ingest/%s", src ? src : ".", name);
    if (ingest_read_file(path, b, &repaired, err, sizeof err) != 0)
        fail_msg("cannot read fixture %s: %s", name, err);
}

static void test_rss(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    fixture("feed.rss", &b);
    assert_string_equal(ingest_detect(b.data, b.len, "feed.txt"), "rss");
    assert_int_equal(feed_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 2);
    a = &l.items[0];
    assert_string_equal(a->title, "Envoys meet in Geneva on grain corridor");
    assert_string_equal(a->url, "https://example.org/grain-corridor");
    assert_string_equal(a->published, "2024-04-23");
    assert_string_equal(a->date_source, "meta");
    assert_string_equal(a->byline, "Ann Writer");
    assert_string_equal(a->section, "Diplomacy");
    assert_string_equal(a->source, "World Desk");
    assert_string_equal(a->dek, "Talks resumed on Tuesday.");
    assert_string_equal(a->body, "Envoys from both sides met in Geneva on Tuesday to discuss "
                        "the grain corridor.\n\nA second round is planned & expected next month.");
    assert_non_null(strstr(a->meta, "\"guid\":\"wd-1001\""));
    assert_non_null(strstr(a->meta, "\"categories\":[\"Diplomacy\",\"Trade\"]"));
    a = &l.items[1];
    assert_string_equal(a->title, "Port strike ends after three days");
    assert_string_equal(a->published, "2024-04-26");
    assert_string_equal(a->body, "Dock workers returned to work on Friday after a deal on pay.");
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_atom(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    fixture("feed.atom", &b);
    assert_string_equal(ingest_detect(b.data, b.len, NULL), "rss");
    assert_int_equal(feed_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 2);
    a = &l.items[0];
    assert_string_equal(a->title, "Sanctions package approved");
    assert_string_equal(a->url, "https://example.net/sanctions");
    assert_string_equal(a->published, "2024-05-02");
    assert_string_equal(a->byline, "B. Analyst");
    assert_string_equal(a->source, "Policy Notes");
    assert_string_equal(a->body, "Ministers approved a new sanctions package on Thursday.");
    assert_string_equal(a->dek, "Ministers approved the package.");
    a = &l.items[1];
    assert_null(a->published);
    assert_string_equal(a->date_source, "unknown");
    assert_string_equal(a->body, "A note with no date.");
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_feed_bad(void **state)
{
    dz_doclist l;
    char err[256];
    const char *notxml = "<rss><channel><item><title>x</title></channel>";
    const char *html = "<html><body>hi</body></html>";
    const char *xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                      "<rss><channel><item><title>&x;</title><description>d</description>"
                      "</item></channel></rss>";
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(feed_parse(notxml, strlen(notxml), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "not well-formed XML"));
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(feed_parse(html, strlen(html), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "not an RSS or Atom feed"));
    doclist_free(&l);
    /* external entities are never loaded */
    memset(&l, 0, sizeof l);
    if (feed_parse(xxe, strlen(xxe), &l, err, sizeof err) == 0) {
        int i;
        for (i = 0; i < l.n; i++)
            assert_null(l.items[i].title ? strstr(l.items[i].title, "root:") : NULL);
    }
    doclist_free(&l);
}

static void test_jsonl(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    fixture("items.jsonl", &b);
    assert_string_equal(ingest_detect(b.data, b.len, "items.txt"), "jsonl");
    assert_int_equal(jsonl_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 3);
    a = &l.items[0];
    assert_string_equal(a->title, "Summit ends with joint statement");
    assert_string_equal(a->body, "Leaders signed a joint statement on Friday.");
    assert_string_equal(a->published, "2024-06-14");
    assert_string_equal(a->date_source, "meta");
    assert_string_equal(a->url, "https://example.com/summit");
    assert_string_equal(a->source, "Wire");
    assert_string_equal(a->section, "World");
    assert_string_equal(a->byline, "C. Reporter");
    assert_string_equal(a->meta, "{\"tags\":[\"summit\",\"g7\"],\"wordcount\":7}");
    a = &l.items[1];
    assert_string_equal(a->title, "Talks stall over border");
    assert_string_equal(a->body, "Negotiators failed to agree on the border line.");
    assert_string_equal(a->published, "2024-06-15");
    assert_string_equal(a->meta, "{\"lang\":\"en\"}");
    a = &l.items[2];
    assert_null(a->published);
    assert_null(a->meta);
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_jsonl_bad(void **state)
{
    dz_doclist l;
    char err[256];
    const char *bad = "{\"title\": \"ok\"}\n{\"title\": broken}\n";
    const char *arr = "[1, 2]\n";
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(jsonl_parse(bad, strlen(bad), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "line 2: invalid JSON"));
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(jsonl_parse(arr, strlen(arr), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "line 1: expected a JSON object"));
    doclist_free(&l);
    /* an unreadable date stays in meta instead of being guessed */
    memset(&l, 0, sizeof l);
    assert_int_equal(jsonl_parse("{\"title\":\"t\",\"date\":\"soon\"}", 27, &l, err, sizeof err), 0);
    assert_null(l.items[0].published);
    assert_string_equal(l.items[0].meta, "{\"date\":\"soon\"}");
    doclist_free(&l);
}

/* Same text in both, or both NULL. */
static void same_str(const char *a, const char *b)
{
    if (!a || !b)
        assert_true(a == b);
    else
        assert_string_equal(a, b);
}

/* A line of known string fields is read without jansson; the same line
** with an ignored extra key ("zz": null, which sends it to jansson) must
** give the same article, or the same error, whatever the line holds:
** escapes, raw UTF-8, spacing, case of keys, values kept in meta. */
static void test_jsonl_flat_same(void **state)
{
    static const char *const lines[] = {
        "{\"title\":\"A \\\"quoted\\\" title\",\"body\":\"one\\ntwo\\tthree \\u00e9\\u20AC \\/ \\\\ end\",\"published\":\"2024-06-14\"}",
        "{ \"Title\" : \"Caf\\u00e9\" ,\r\n \"TEXT\":\"raw UTF-8: caf\xc3\xa9 \xe2\x80\x94 ok\" }",
        "{\"title\":\"\",\"body\":\"b\",\"url\":\"u\",\"source\":\"s\",\"section\":\"x\",\"author\":\"a\",\"dek\":\"d\",\"region\":\"r\",\"captions\":\"c\"}",
        "{}",
        "{\"headline\":\"h\",\"title\":\"t\"}",
        "{\"date\":\"soon\",\"title\":\"t\"}",
        "{\"date\":\"2020-01-02\",\"published\":\"2021-03-04\"}",
        "{\"kind\":\"teaser\",\"title\":\"t\"}",
        "{\"kind\":\"bogus\",\"title\":\"t\"}",
        "{\"body\":\"emoji \\ud83d\\ude00\"}",
        "{\"title\":\"t\"} trailing words",
        "{\"title\":\"t\",\"title\":\"u\"}",
        "{\"title\":\"t\",\"body\":\"no end",
        "{\"title\":\"t\",\"body\":\"bad \\x escape\"}",
        "{\"title\":\"t\",\"body\":\"nul \\u0000 in it\"}",
        "{\"title\":\"t\",\"body\":\"tab\tin it\"}",
        "{\"title\":\"t\",\"body\":\"latin1 caf\xe9\"}",
        "{\"title\":\"t\",}",
        "{\"title\":\"t\" \"body\":\"b\"}",
        "{\"title\":\"lone \\udc00 half\"}",
    };
    (void)state;
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        char other[512], err1[256], err2[256];
        const char *brace = strchr(lines[i], '{');
        const char *rest = brace + 1;
        while (*rest == ' ')
            rest++;
        snprintf(other, sizeof other, "%.*s\"zz\":null%s%s", (int)(brace + 1 - lines[i]),
                 lines[i], *rest == '}' ? "" : ",", brace + 1);
        dz_doclist l1, l2;
        memset(&l1, 0, sizeof l1);
        memset(&l2, 0, sizeof l2);
        int r1 = jsonl_parse_line(lines[i], strlen(lines[i]), 1, &l1, err1, sizeof err1);
        int r2 = jsonl_parse_line(other, strlen(other), 1, &l2, err2, sizeof err2);
        assert_int_equal(r1, r2);
        assert_int_equal(l1.n, l2.n);
        if (r1 < 0)
            assert_string_equal(err1, err2);
        for (int k = 0; k < l1.n; k++) {
            const dossier_article *a = &l1.items[k], *b = &l2.items[k];
            same_str(a->kind, b->kind);
            same_str(a->title, b->title);
            same_str(a->dek, b->dek);
            same_str(a->section, b->section);
            same_str(a->region, b->region);
            same_str(a->byline, b->byline);
            same_str(a->published, b->published);
            same_str(a->date_source, b->date_source);
            same_str(a->url, b->url);
            same_str(a->source, b->source);
            same_str(a->body, b->body);
            same_str(a->captions, b->captions);
            same_str(a->meta, b->meta);
            assert_int_equal(a->partial, b->partial);
        }
        doclist_free(&l1);
        doclist_free(&l2);
    }
}

/* One JSON document over several lines: an array of objects, or one. */
static void test_json_document(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[256];
    const char *one = "{\n  \"title\": \"Solo\",\n  \"body\": \"Only one.\"\n}\n";
    (void)state;
    memset(&l, 0, sizeof l);
    fixture("array.json", &b);
    assert_string_equal(ingest_detect(b.data, b.len, "x"), "json");
    assert_int_equal(json_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 2);
    assert_string_equal(l.items[0].title, "Pipeline talks resume");
    assert_string_equal(l.items[0].published, "2024-02-07");
    assert_string_equal(l.items[0].meta, "{\"tags\":[\"energy\"]}");
    assert_string_equal(l.items[1].body, "Parliament approved the grid upgrade after a long debate.");
    doclist_free(&l);
    dz_buf_free(&b);
    memset(&l, 0, sizeof l);
    assert_string_equal(ingest_detect(one, strlen(one), NULL), "json");
    assert_int_equal(json_parse(one, strlen(one), &l, err, sizeof err), 0);
    assert_int_equal(l.n, 1);
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(json_parse("[1]", 3, &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "item 1 of the array is not an object"));
    doclist_free(&l);
}

static void test_csv(void **state)
{
    dz_buf b = { 0 };
    dz_doclist l;
    char err[256];
    dossier_article *a;
    (void)state;
    memset(&l, 0, sizeof l);
    fixture("items.csv", &b);
    assert_string_equal(ingest_detect(b.data, b.len, "x"), "csv");
    assert_int_equal(csv_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 2);
    a = &l.items[0];
    assert_string_equal(a->title, "Rates held steady");
    assert_string_equal(a->body, "The central bank kept rates unchanged, citing \"sticky\" inflation.");
    assert_string_equal(a->published, "2024-03-20");
    assert_string_equal(a->url, "https://example.com/rates");
    assert_string_equal(a->section, "Economy");
    assert_string_equal(a->byline, "D. Writer");
    assert_string_equal(a->meta, "{\"desk\":\"markets\"}");
    a = &l.items[1];
    assert_string_equal(a->body, "The prime minister called an early election.\n"
                        "Voting will take place in June.");
    assert_string_equal(a->published, "2024-03-21");
    assert_null(a->byline);
    doclist_free(&l);
    dz_buf_free(&b);

    memset(&l, 0, sizeof l);
    memset(&b, 0, sizeof b);
    fixture("items_semicolon.csv", &b);
    assert_string_equal(ingest_detect(b.data, b.len, "x"), "csv");
    assert_int_equal(csv_parse(b.data, b.len, &l, err, sizeof err), 0);
    assert_int_equal(l.n, 1);
    assert_string_equal(l.items[0].title, "Semicolon file");
    assert_string_equal(l.items[0].published, "2024-01-02");
    doclist_free(&l);
    dz_buf_free(&b);
}

static void test_csv_bad(void **state)
{
    dz_doclist l;
    char err[256];
    const char *nohead = "a,b,c\n1,2,3\n";
    const char *unterminated = "title,body\n\"Open quote,never closed\n";
    (void)state;
    memset(&l, 0, sizeof l);
    assert_int_equal(csv_parse(nohead, strlen(nohead), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "no title or body"));
    doclist_free(&l);
    memset(&l, 0, sizeof l);
    assert_int_equal(csv_parse(unterminated, strlen(unterminated), &l, err, sizeof err), -1);
    assert_non_null(strstr(err, "row 2: unterminated quoted field"));
    doclist_free(&l);
}

static void test_detect(void **state)
{
    (void)state;
    assert_string_equal(ingest_detect("<!DOCTYPE html><html><body></body></html>", 41, "a.txt"), "html");
    assert_string_equal(ingest_detect("  <div>hi</div>", 15, NULL), "html");
    assert_string_equal(ingest_detect("Title\n\nSome text, with a comma.", 30, NULL), "text");
    assert_string_equal(ingest_detect("{\"title\":\"x\"}\n", 14, "a.csv"), "jsonl");
    /* content wins over the name */
    assert_string_equal(ingest_detect("Plain words only", 16, "a.csv"), "text");
    assert_string_equal(ingest_detect("\xEF\xBB\xBFtitle,text\nx,y\n", 20, NULL), "csv");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rss),
        cmocka_unit_test(test_atom),
        cmocka_unit_test(test_feed_bad),
        cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_jsonl_bad),
        cmocka_unit_test(test_jsonl_flat_same),
        cmocka_unit_test(test_json_document),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_csv_bad),
        cmocka_unit_test(test_detect),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
