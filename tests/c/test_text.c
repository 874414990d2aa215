/*
** test_text.c — the text layer: tokens and their flags, possessives,
** abbreviations, sentences and paragraphs, folding, bad input.
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

/* Split text and return the analysis (caller frees with dz_analysis_free). */
static void split(dz_analysis *a, const char *text)
{
    dz_analysis_init(a, text, strlen(text), NULL);
    assert_int_equal(text_split(a), 0);
}

/* Token i's text, in a static buffer. */
static const char *tok(const dz_analysis *a, int i)
{
    static char buf[256];
    int n = a->tokens[i].end - a->tokens[i].start;
    snprintf(buf, sizeof buf, "%.*s", n, a->text + a->tokens[i].start);
    return buf;
}

/* Sentence i's text, in a static buffer. */
static const char *sent(const dz_analysis *a, int i)
{
    static char buf[512];
    int n = a->sentences[i].end - a->sentences[i].start;
    snprintf(buf, sizeof buf, "%.*s", n, a->text + a->sentences[i].start);
    return buf;
}

static void test_tokens_and_flags(void **state)
{
    dz_analysis a;
    (void)state;
    split(&a, "Then-Speaker Nancy Pelosi’s NATO visit cost $1,000.50 on 2024-04-23.");
    assert_string_equal(tok(&a, 0), "Then-Speaker");
    assert_true(a.tokens[0].flags & DZ_TOK_WORD);
    assert_true(a.tokens[0].flags & DZ_TOK_CAP);
    assert_true(a.tokens[0].flags & DZ_TOK_SENT_START);
    assert_true(a.tokens[0].flags & DZ_TOK_PARA_START);
    assert_string_equal(tok(&a, 2), "Pelosi");
    assert_false(a.tokens[2].flags & DZ_TOK_SENT_START);
    assert_string_equal(tok(&a, 3), "’s");
    assert_true(a.tokens[3].flags & DZ_TOK_WORD);
    assert_string_equal(tok(&a, 4), "NATO");
    assert_true(a.tokens[4].flags & DZ_TOK_ALLCAP);
    assert_false(a.tokens[5].flags & (DZ_TOK_CAP | DZ_TOK_ALLCAP));
    assert_string_equal(tok(&a, 7), "$");
    assert_true(a.tokens[7].flags & DZ_TOK_PUNCT);
    assert_string_equal(tok(&a, 8), "1,000.50");
    assert_true(a.tokens[8].flags & DZ_TOK_NUMBER);
    assert_string_equal(tok(&a, 10), "2024-04-23");
    assert_string_equal(tok(&a, 11), ".");
    assert_int_equal(a.ntokens, 12);
    dz_analysis_free(&a);
}

static void test_utf8_tokens(void **state)
{
    dz_analysis a;
    (void)state;
    /* offsets are bytes; letters with diacritics stay inside words */
    split(&a, "Erdoğan met Ü. Özil in Kyiv—then left.");
    assert_string_equal(tok(&a, 0), "Erdoğan");
    assert_int_equal(a.tokens[0].end, 8);
    assert_string_equal(tok(&a, 2), "Ü.");
    assert_string_equal(tok(&a, 3), "Özil");
    assert_true(a.tokens[3].flags & DZ_TOK_CAP);
    assert_string_equal(tok(&a, 5), "Kyiv");
    assert_string_equal(tok(&a, 6), "—");
    assert_int_equal(a.nsentences, 1);
    dz_analysis_free(&a);
}

static void test_sentences_abbreviations(void **state)
{
    dz_analysis a;
    (void)state;
    split(&a, "He met Mr. Smith at 5 p.m. in the U.S. The talks ended. "
              "J. R. Smith flew to Washington on Jan. 5. U.S. officials "
              "agreed. Shares of Acme Inc. rose.");
    assert_int_equal(a.nsentences, 5);
    assert_string_equal(sent(&a, 0),
                        "He met Mr. Smith at 5 p.m. in the U.S.");
    assert_string_equal(sent(&a, 1), "The talks ended.");
    assert_string_equal(sent(&a, 2), "J. R. Smith flew to Washington on Jan. 5.");
    assert_string_equal(sent(&a, 3), "U.S. officials agreed.");
    assert_string_equal(sent(&a, 4), "Shares of Acme Inc. rose.");
    assert_true(a.tokens[a.sentences[1].tok_first].flags & DZ_TOK_SENT_START);
    dz_analysis_free(&a);
}

/* Wire copy capitalises the word after "U.S.": "And" and "Or" there join
** two names (Reuters 1987, outside the events dev set), "The" still opens
** a sentence. */
static void test_sentences_us_and(void **state)
{
    dz_analysis a;
    (void)state;
    split(&a, "Kuranari said both the U.S. And Japan should approach the trade "
              "imbalance. It hit the U.S. The talks ended.");
    assert_int_equal(a.nsentences, 3);
    assert_string_equal(sent(&a, 0), "Kuranari said both the U.S. And Japan should "
                                     "approach the trade imbalance.");
    dz_analysis_free(&a);
}

/* A wire ticker's dot, with a word glued to it, ends no sentence (Reuters
** 1987, outside the events dev set): the firm before "<LHAG.F>" is the
** subject of the verb after it. A dot before a space and a capital still
** ends one. */
static void test_sentences_ticker(void **state)
{
    dz_analysis a;
    (void)state;
    split(&a, "Deutsche Lufthansa AG <LHAG.F> said it has ordered two Airbus "
              "A-310-300s. Terms were not disclosed.");
    assert_int_equal(a.nsentences, 2);
    assert_string_equal(sent(&a, 0), "Deutsche Lufthansa AG <LHAG.F> said it has "
                                     "ordered two Airbus A-310-300s.");
    dz_analysis_free(&a);
}

static void test_sentences_quotes(void **state)
{
    dz_analysis a;
    (void)state;
    split(&a, "“Are we ready? We never refused,” said Putin. \"Go.\" Then "
              "it ended... Really? yes, he said.");
    assert_int_equal(a.nsentences, 5);
    assert_string_equal(sent(&a, 0), "“Are we ready?");
    assert_string_equal(sent(&a, 1), "We never refused,” said Putin.");
    assert_string_equal(sent(&a, 2), "\"Go.\"");
    assert_string_equal(sent(&a, 3), "Then it ended...");
    assert_string_equal(sent(&a, 4), "Really? yes, he said.");
    /* tok_first/tok_count cover every token once, in order */
    {
        int i, next = 0;
        for (i = 0; i < a.nsentences; i++) {
            assert_int_equal(a.sentences[i].tok_first, next);
            next += a.sentences[i].tok_count;
        }
        assert_int_equal(next, a.ntokens);
    }
    dz_analysis_free(&a);
}

static void test_paragraphs(void **state)
{
    dz_analysis a;
    (void)state;
    /* unwrapped text: every newline ends a paragraph (headings, captions) */
    split(&a, "Analysis | Asia-Pacific\nSecretary Blinken flew. He landed.\n\n"
              "Next paragraph here");
    assert_int_equal(a.nsentences, 4);
    assert_int_equal(a.sentences[0].paragraph, 0);
    assert_int_equal(a.sentences[1].paragraph, 1);
    assert_int_equal(a.sentences[2].paragraph, 1);
    assert_int_equal(a.sentences[3].paragraph, 2);
    assert_true(a.tokens[a.sentences[3].tok_first].flags & DZ_TOK_PARA_START);
    assert_false(a.tokens[a.sentences[2].tok_first].flags & DZ_TOK_PARA_START);
    dz_analysis_free(&a);

    /* hard-wrapped text: a newline inside a paragraph is a space */
    split(&a,
          "Standard Oil Co and BP North America Inc said they plan to form a\n"
          "venture to manage the money market borrowing and investment of\n"
          "both companies in the coming year, the companies said today.\n"
          "    BP North America is a subsidiary of British Petroleum Co Plc,\n"
          "which also owns a 55 pct interest in Standard Oil, it said.\n");
    assert_int_equal(a.nsentences, 2);
    assert_int_equal(a.sentences[0].paragraph, 0);
    assert_int_equal(a.sentences[1].paragraph, 1);
    dz_analysis_free(&a);
}

static void test_fold(void **state)
{
    size_t n;
    char *f;
    (void)state;
    f = text_fold("Recep Tayyip Erdoğan", strlen("Recep Tayyip Erdoğan"), &n);
    assert_string_equal(f, "recep tayyip erdogan");
    assert_int_equal(n, strlen(f));
    free(f);
    f = text_fold("Pelosi’s “DÉTENTE” — Straße ﬁx", strlen("Pelosi’s “DÉTENTE” — Straße ﬁx"), &n);
    assert_string_equal(f, "pelosi's \"detente\" - strasse fix");
    free(f);
    /* invalid UTF-8 and NUL bytes do not stop the fold */
    f = text_fold("a\xff\0b", 4, &n);
    assert_string_equal(f, "a\xef\xbf\xbd b");
    free(f);
    f = text_fold("", 0, &n);
    assert_string_equal(f, "");
    assert_int_equal(n, 0);
    free(f);
    {
        dz_arena ar = { 0 };
        assert_string_equal(text_fold_arena(&ar, "Kyiv", 4), "kyiv");
        dz_arena_free(&ar);
    }
}

/* Every ASCII byte folds on its own (A-Z lowered, NUL a space, ` a
** quote), also after wide characters that grow in the fold have used up
** the room reserved for the text (U+337F, three bytes, is four CJK
** characters, twelve). */
static void test_fold_ascii(void **state)
{
    char in[128], want[128];
    char *f;
    size_t n;
    (void)state;
    for (int c = 0; c < 128; c++) {
        in[c] = (char)c;
        want[c] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == 0 ? ' ' :
                  c == '`' ? '\'' : (char)c;
    }
    f = text_fold(in, sizeof in, &n);
    assert_int_equal(n, sizeof want);
    assert_memory_equal(f, want, sizeof want);
    free(f);
    for (int k = 1; k < 40; k++) {
        dz_buf src = { 0 }, exp = { 0 };
        for (int j = 0; j < k; j++) {
            assert_int_equal(dz_buf_puts(&src, "\xe3\x8d\xbf"), 0);
            assert_int_equal(dz_buf_puts(&exp, "\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe"), 0);
        }
        assert_int_equal(dz_buf_puts(&src, "Then ASCII: ABC `x` END"), 0);
        assert_int_equal(dz_buf_puts(&exp, "then ascii: abc 'x' end"), 0);
        f = text_fold(src.data, src.len, &n);
        assert_int_equal(n, exp.len);
        assert_string_equal(f, exp.data);
        free(f);
        dz_buf_free(&src);
        dz_buf_free(&exp);
    }
}

static void test_bad_input(void **state)
{
    dz_analysis a;
    static const char junk[] = "\xff\xfe Blinken\0\xc3 said.\n\n\n";
    size_t big = 1 << 20, i;
    char *huge;
    (void)state;
    dz_analysis_init(&a, junk, sizeof junk - 1, NULL);
    assert_int_equal(text_split(&a), 0);
    assert_true(a.ntokens >= 3);
    for (i = 0; i < (size_t)a.ntokens; i++)
        assert_true(a.tokens[i].end > a.tokens[i].start);
    dz_analysis_free(&a);

    split(&a, "");
    assert_int_equal(a.ntokens, 0);
    assert_int_equal(a.nsentences, 0);
    dz_analysis_free(&a);

    huge = malloc(big);
    assert_non_null(huge);
    for (i = 0; i < big; i++)
        huge[i] = "Word. "[i % 6];
    dz_analysis_init(&a, huge, big, NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(a.nsentences, (int)(big / 6) + (big % 6 != 0));
    dz_analysis_free(&a);
    free(huge);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_and_flags),
        cmocka_unit_test(test_utf8_tokens),
        cmocka_unit_test(test_sentences_abbreviations),
        cmocka_unit_test(test_sentences_us_and),
        cmocka_unit_test(test_sentences_ticker),
        cmocka_unit_test(test_sentences_quotes),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_fold_ascii),
        cmocka_unit_test(test_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
