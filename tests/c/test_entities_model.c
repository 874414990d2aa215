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

/* The mention spanning exactly `surface` at its first place after the
** first occurrence of `after` in text, as mention_of. */
static int mention_after(const dz_lexicon *lx, const char *text, const char *after,
                         const char *surface, char *name, size_t size)
{
    dz_analysis a;
    int type = -1;
    const char *from = strstr(text, after), *at;
    assert_non_null(from);
    at = strstr(from + strlen(after), surface);
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
/* One sense per article (Reuters, March 1987): a lone word that is the
** first or last word of an organisation of the story is that
** organisation, a lone word that is the surname of a person named in full
** is that person, whatever the tagger made of them one by one. */
static void test_one_sense(void **state)
{
    static const char t1[] =
        "Yesterday, American Express Co's <AXP> board formally approved a "
        "linkup with <Nippon Life Insurance Co> for itself and its <Shearson "
        "Lehman Brothers Inc> brokerage unit.\n\n"
        "Last year, when Shearson unsuccessfully courted E.F. Hutton Group "
        "<EFH>, Japanese firms were also rumored to be willing partners.";
    static const char t2[] =
        "DALLAS, March 23 - US Sprint, the 50-50 telephone venture of GTE "
        "Corp <GTE> and United Telecommunications Inc <UT> set up last June, "
        "is optimistic despite expecting to report a net loss.\n\n"
        "David M. Holland, president of US Sprint's Dallas-based Southwest "
        "Division, told Reuters in an interview that he did not know what it "
        "would report for the first quarter.\n\n"
        "Holland said Sprint's rates, which were 50 pct lower than ATT when "
        "it did not pay to gain access to local telephone exchanges, were "
        "now about 10 to 12 pct lower.";
    static const char t3[] =
        "1. Yuuchi Takeda ( Japan ) Honda 38 minutes 30.054 seconds\n\n"
        "8. Carl Fogarty ( Britain ) Honda 38:49.595\n\n"
        "Second race\n\n"
        "4. Fogarty 38:32.719";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_after(lx, t1, "when ", "Shearson", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Shearson Lehman Brothers");
    assert_int_equal(mention_after(lx, t2, "Holland said ", "Sprint", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "US Sprint");
    assert_int_equal(mention_after(lx, t2, "quarter.", "Holland", name, sizeof name),
                     DZ_ENT_PERSON);
    assert_string_equal(name, "David M. Holland");
    assert_int_equal(mention_after(lx, t3, "4. ", "Fogarty", name, sizeof name),
                     DZ_ENT_PERSON);
    assert_string_equal(name, "Carl Fogarty");
    lexicon_free(lx);
}

/* Names the tagger or the rules cut apart are whole again (Reuters 1987,
** CoNLL-2003 train): a hyphenated company, an organisation "of" a place
** that ends in an organisation word, a given name before a company; a
** club "of" its country stays two names; a currency is not a place; a
** heading in capitals after a title is no person. */
static void test_joined_names(void **state)
{
    static const char t1[] =
        "Akzo said it agreed to take over household product subsidiaries of "
        "French group Rhone-Poulenc.";
    static const char t2[] =
        "It said the contracts were from the U.S. Navy and Airforce, Martin "
        "Marietta Corp <ML>, and Northrop Corp <NOC>.";
    static const char t3[] =
        "The Federal Reserve Bank of New York said the money supply rose.";
    static const char t4[] =
        "Olympiakos of Greece beat Yugoslavia's Red Star 69-60.";
    static const char t5[] = "BayerVB sets C$ 100 million six-year bond.";
    static const char t6[] =
        "SOCCER - SCOTTISH PREMIER DIVISION RESULT / STANDINGS .";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Rhone-Poulenc", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t1, "Rhone", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "Martin Marietta Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Martin Marietta");
    assert_int_equal(mention_of(lx, t2, "ML", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Martin Marietta");
    assert_int_equal(mention_of(lx, t3, "Federal Reserve Bank of New York", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "Greece", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t5, "C$", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "C$");
    assert_int_equal(mention_of(lx, t6, "DIVISION RESULT", NULL, 0), -1);
    lexicon_free(lx);
}

/* Names as an analyst counts them (Reuters 1987): "the Exchange" is the
** exchange the story named, a party named with "party" in lower case is
** the party the lexicon knows (the mention is the name, without "party"), a place before a company is part of its
** name, an acronym of common words is no name. */
static void test_story_names(void **state)
{
    static const char t1[] =
        "NEW YORK, March 30 - The New York Stock Exchange said Santa Fe "
        "Southern Pacific Corp has not yet responded to the Exchange's "
        "inquiries about the unusual activity in the company's stock.";
    static const char t2[] =
        "Bullishness on the back of two new opinion polls suggesting "
        "Britain's ruling Conservative party had increased its lead over "
        "the opposition was checked by fears of fresh sterling-selling "
        "intervention by the Bank of England, dealers said.";
    static const char t4[] =
        "The latest media opinion polls helped to underpin prices as they "
        "strengthened the belief that the ruling Tory party will win the "
        "next U.K. General election.";
    static const char t3[] =
        "The suit challenged the 1982 agreement by Nabisco to lease both of "
        "its high fructose corn syrup, HFCS, plants to ADM.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Exchange's", NULL, 0), -1);
    assert_int_equal(mention_after(lx, t1, "to the ", "Exchange", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "New York Stock Exchange");
    assert_int_equal(mention_of(lx, t1, "Santa Fe Southern Pacific Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Santa Fe Southern Pacific");
    assert_int_equal(mention_of(lx, t2, "Conservative party", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "Conservative", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Conservative Party");
    assert_int_equal(mention_of(lx, t4, "Tory", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Conservative Party");
    assert_int_equal(mention_of(lx, t3, "HFCS", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "Nabisco", NULL, 0), DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* The wire's furniture (Reuters 1987): a dateline in title case or cut in
** two by the tagger is a dateline; a lone word before a ticker is a
** company, and a ticker with its exchange names the company before it; a senator's party and state, and "GNP", are no names. */
static void test_wire_furniture(void **state)
{
    static const char t1[] =
        "Toronto, April 17 - Amoco Corp is apparently the successful bidder "
        "for debt-laden Dome Petroleum Ltd, according to a published report.";
    static const char t2[] =
        "BOCA RATON, Fla., March 18 - Shr loss 11 cts vs loss 48 cts";
    static const char t3[] =
        "The stocks sold in today's program sale include Abbott Laboratories "
        "<ABT>, Mobil <MOB>, Monsanto Co <MTC>, NCR Corp <NCR>.";
    static const char t4[] =
        "The senators -- including Senate Finance Committee Chairman Lloyd "
        "Bentsen (D-Tex.), David Pryor (D-Ark.) and Thad Cochran (R-Miss.) -- "
        "also may fold into the trade bill a measure.";
    static const char t5[] =
        "In fiscal 1986 ending September, federal spending amounted to 23.8 "
        "pct of GNP, while federal receipts absorbed 18.5 pct of GNP.";
    static const char t6[] =
        "L>, Chase Manhattan Bank N.A. <CMB>, Royal Bank of Canada <RY.TO>, "
        "Swiss Bank Corp <SBVZ.";
    dz_lexicon *lx = lexicon_with_model();
    char name[128];
    dz_analysis a;
    (void)state;

    dz_analysis_init(&a, t1, strlen(t1), NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lx, &a), 0);
    assert_true(a.nmentions > 0);
    assert_int_equal(a.mentions[0].start, 0);
    assert_int_equal(a.mentions[0].form, DZ_FORM_DATELINE);
    dz_analysis_free(&a);
    dz_analysis_init(&a, t2, strlen(t2), NULL);
    assert_int_equal(text_split(&a), 0);
    assert_int_equal(entities_find(lx, &a), 0);
    for (int i = 0; i < a.nmentions; i++)
        if (a.mentions[i].start < (int32_t)(strstr(t2, "March") - t2))
            assert_int_equal(a.mentions[i].form, DZ_FORM_DATELINE);
    dz_analysis_free(&a);

    assert_int_equal(mention_of(lx, t3, "MOB", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Mobil");
    assert_int_equal(mention_of(lx, t3, "Mobil", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t6, "RY.TO", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Royal Bank of Canada");
    assert_int_equal(mention_of(lx, t4, "D-Ark", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "David Pryor", NULL, 0), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t5, "GNP", NULL, 0), -1);
    lexicon_free(lx);
}

/* Company names as the story writes them (Reuters 1987): the first words
** of a company named before are that company, even when the rules took
** them for a person; brackets around a name are not part of it; "MAR" in a
** table of months is no country code; a country stays a country when the
** tagger calls it an organisation; "U.S" without its last period is the
** United States. */
static void test_company_names(void **state)
{
    static const char t1[] =
        "BROOKFIELD, WIS., March 11 - Rexnord nc said it signed a definitive "
        "agreement to sell its Railway Maintenance Equipment Co subsidiary to "
        "Banner Industries Inc. Terms were withheld.\n\n"
        "It said Railway Maintenance had 1986 sales of 16 mln dlrs and "
        "employs 100 people.";
    static const char t2[] =
        "NEW YORK, March 17 - <Goldman, Sachs and Co> said <Pearson PLC's> "
        "Financial Times newspaper has started publishing the daily "
        "FT-Actuaries World Indices.";
    static const char t4[] =
        "Chile's 15-1/2 year rescheduling accord at one percentage point over "
        "London Interbank Offered Rates (LIBOR) and Venezuala's 21 billion "
        "dlr package at 7/8 point over LIBOR portend well for the "
        "Philippines, despite Brazil's repayment suspension last week, the "
        "officials said.";
    static const char t5[] =
        "Last January, Japanese exports to the EC totalled half of of sales "
        "to the U.S";
    static const char t3[] =
        "Netback values for the mediterranean region are shown below in dlrs "
        "a barrel. GRADE...........MAR 27....MAR 20....";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_after(lx, t1, "It said ", "Railway Maintenance", name,
                                   sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Railway Maintenance Equipment");
    assert_int_equal(mention_of(lx, t2, "Goldman, Sachs and Co", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "Goldman, Sachs and Co>", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "MAR", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "Philippines", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t5, "U.S", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "United States");
    lexicon_free(lx);
}

/* Company names finished after the mention the tagger or the lexicon
** found: "and" + words + a legal form, "and Co", a bracketed branch, a
** known company's legal form; not two companies or a person and a
** company. Sentences from Reuters-21578 stories. */
static void test_company_tails(void **state)
{
    static const char t1[] =
        "NEW YORK, April 8 - Standard and Poor's Corp said it cut to CCC-plus "
        "from B-minus Lanesborough Corp's 50 mln dlrs of senior subordinated "
        "notes.";
    static const char t2[] =
        "Non-callable for life, the issue is rated Baa-1 by Moody's and BBB by "
        "Standard and Poor's.";
    static const char t3[] =
        "Underwriters are Wedbush Securities Inc, Morgan Grenfell, Blunt Ellis "
        "and Loewi Inc, Butcher and Singer Inc, Raymond James and Associates "
        "and Robinson-Humphrey Co Inc.";
    static const char t4[] =
        "LONDON, March 24 - Skandinaviska Enskilda Banken is issuing a 10 "
        "billion yen bond due October 23, 1992 carrying a coupon of 4-1/2 pct "
        "and priced at 101-3/8, lead manager Daiwa Securities International "
        "(Europe) Ltd said.";
    static const char t5[] =
        "William Blair and Co and McDonald and Co will manage the underwriting "
        "group, Baldwin said.";
    static const char t6[] =
        "NEW YORK, April 3 - Mario Gabelli, head of New York investment firm "
        "Mario Gabelli and Co, said he sold some shares of GenCorp Inc <GY>.";
    static const char t7[] =
        "The company said financial advisor <Goldman, Sachs and Co.> determined "
        "the price to be inadequate.";
    static const char t8[] =
        "TO> of Canada and Pearson Plc <PSON.";
    static const char t10[] =
        "LONDON, Mar 2 - <Exco International Plc>, a subsidiary of British and "
        "Commonwealth Shipping Co Plc <BCOM.L>, said it sold its stake.";
    static const char t11[] =
        "Japanese, British and U.S. Securities houses have been expanding "
        "inventories of gilts to meet demand from investors.";
    static const char t9[] =
        "ITJ and International Digital Communications Planning Inc (IDC), in "
        "which both Cable and Wireless Plc and Pacific Telesis Group own 20 "
        "pct stakes, are also seeking licences.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Standard and Poor's Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Standard and Poor's");
    assert_int_equal(mention_of(lx, t2, "Standard and Poor's", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Standard and Poor's");
    assert_int_equal(mention_of(lx, t2, "Poor", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "Butcher and Singer Inc", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Butcher and Singer");
    assert_int_equal(mention_of(lx, t4, "Daiwa Securities International (Europe) Ltd",
                                name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Daiwa Securities International (Europe)");
    assert_int_equal(mention_of(lx, t4, "Ltd", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "William Blair and Co", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t6, "Mario Gabelli", name, sizeof name),
                     DZ_ENT_PERSON);
    assert_int_equal(mention_after(lx, t6, "firm ", "Mario Gabelli and Co", name,
                                   sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t7, "Goldman, Sachs and Co.", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Goldman Sachs");
    assert_int_equal(mention_of(lx, t8, "Canada", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t9, "International Digital Communications Planning Inc",
                                NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t10, "British and Commonwealth Shipping Co Plc", name,
                                sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "British and Commonwealth Shipping");
    assert_int_equal(mention_of(lx, t11, "British", NULL, 0), DZ_ENT_COUNTRY);
    lexicon_free(lx);
}

/* Rating grades in a sentence about ratings and time zones after a clock
** time are no names ("EST" is no Estonia); "CCC" elsewhere is a name.
** Reuters-21578 sentences. */
static void test_grades_and_zones(void **state)
{
    static const char t1[] =
        "The bonds, which are non-callable, are rated A-2 by Moody's "
        "Investors Service and AA-minus by Standard and Poor's.";
    static const char t2[] =
        "NEW YORK, March 6 - <Hawker Siddeley Group PLC>'s offer of 74 dlrs a "
        "share for all of Clarostat Mfg Co Inc's stock was scheduled to expire "
        "at 2400 EST yesterday.";
    static const char t3[] =
        "Haggard said barring any program changes, Commodity Credit "
        "Corporation, CCC, soybean stocks, now at 385 mln bu, will rise to 500 "
        "mln by the end of August.";
    static const char t4[] =
        "SOMERVILLE, Mass., March 18 - Shr 55 cts vs NA";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "A-2", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t1, "AA-minus", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "EST", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "CCC", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "NA", NULL, 0), -1);
    lexicon_free(lx);
}

/* Names an article gives once and abbreviates after: an acronym of an
** organisation named before ("ITC" after "International Tin Council"),
** "the Fund" of the International Monetary Fund, a ticker after a
** company whatever its letters, a ticker's bracket inside the tagger's
** span. Sentences from Reuters-21578 stories. */
static void test_article_abbreviations(void **state)
{
    static const char t1[] =
        "LONDON, March 23 - Creditors of the International Tin Council lost "
        "their case. The judge ruled that the U.K. Court had no jurisdiction "
        "to wind up the Tin Council, that the ITC was not an association "
        "within the meaning of the Companies Act.";
    static const char t2[] =
        "Brazil has resisted going to the International Monetary Fund for "
        "help because it fears that the Fund will ask for changes in its "
        "economic policies that will throw it into recession.";
    static const char t3[] =
        "EINDHOVEN, Netherlands, March 5 - NV Philips Gloeilampenfabrieken "
        "<PGLO.AS> said it expected a higher profit.";
    static const char t4[] =
        "The Hughes-Raytheon statement said Nahum Vaskevitch, head of Merrill "
        "Lynch and Co's <MER> London mergers and acquisitions department, "
        "left the firm.";
    static const char t5[] =
        "The merger between USAir and Piedmont Aviation Inc <PIE> was "
        "approved.";
    static const char t7[] =
        "Fairchild is owned by Schlumberger Ltd <SLB>.";
    static const char t9[] =
        "NEW YORK, March 18 - (General Partners), a Texas general partnership "
        "equally owned by affiliates of Wagner and Brown and AFG Industries "
        "Inc <AFG>, said it raised its offer.";
    static const char t8[] =
        "China Development Finance Co (H.K.) Ltd, a Bank of China unit, is "
        "lead manager of the issue.";
    static const char t6[] =
        "MILWAUKEE, Wis., March 31 - Republic Savings and Loan Association and "
        "<Pioneer Savings> of Racine, Wis., said they have signed a definitive "
        "agreement to combine the two institutions.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "ITC", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "International Tin Council");
    assert_int_equal(mention_after(lx, t2, "fears that", "Fund", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "IMF");
    assert_int_equal(mention_of(lx, t3, "PGLO", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "NV Philips Gloeilampenfabrieken");
    assert_int_equal(mention_of(lx, t4, "MER", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Merrill Lynch");
    assert_int_equal(mention_of(lx, t4, "London", name, sizeof name), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t5, "Piedmont Aviation Inc", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Piedmont Aviation");
    assert_int_equal(mention_of(lx, t6, "Racine", NULL, 0), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t7, "SLB", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Schlumberger");
    assert_int_equal(mention_of(lx, t8, "China Development Finance Co (H.K.) Ltd", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t9, "Inc <", "AFG", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "AFG Industries");
    lexicon_free(lx);
}

/* Tables and the abbreviations of common things are no names: a price
** table's rows, a weather table's towns the gazetteer does not know, a
** results line, time zones, money supply measures, and an acronym the
** article spells out in lower case wherever it is used again; the
** table's heading stays. Reuters-21578 text. */
static void test_tables_and_abbreviations(void **state)
{
    static const char t1[] =
        "FRENCH METALS - APR 7\n\nIn francs per 100 kilos unless otherwise stated\n"
        "Tin Straits unq           Lead 316 Zinc 495\n"
        "Electro 503 Antimony 1810             Cadmium 2000 Bismuth unq\n";
    static const char t2[] =
        "MIDWEST HIGH-LOWS AND PRECIPITATION-APRIL 7\n\nHIGHEST TEMPERATURE "
        "YESTERDAY, LOWEST TEMPERATURE LAST 12 HOURS.\n\n"
        "ILLINOIS                WISCONSIN CHICAGO    60 36       MILWAUKEE   "
        "54 41 DECATUR    59 40 .02   MADISON     64 33 PEORIA     66 39\n";
    static const char t3[] =
        "SECAUCUS, N.J., March 31 - Shr N.A. vs N.A.\n\nNet 46,000 vs 106,000\n";
    static const char t4[] =
        "At 1556 GMT the FTSE 100 was down just 4.7 points at 1,984.9 after a "
        "low of 1,977.2 at 1354 GMT.";
    static const char t5[] =
        "The measure of private sector liquidity, PSL2, rose an unadjusted 0.9 "
        "pct in February. Unadjusted M-2 rose 8.8 pct.";
    static const char t6[] =
        "DETROIT, March 31 - Chrysler Corp said it is extending its low annual "
        "percentage rate (APR) financing.\n\nChrysler said the program offers "
        "customers the choice between Chrysler's low APR financing of 3.7 pct "
        "and cash rebates.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Bismuth", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "DECATUR", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "PEORIA", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "MIDWEST", NULL, 0), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t3, "Shr N.A.", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "Shr", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "GMT", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "PSL2", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "Unadjusted M-2", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "M-2", NULL, 0), -1);
    assert_int_equal(mention_after(lx, t6, "Chrysler's low", "APR", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t6, "Chrysler Corp", NULL, 0), DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* Names cut at "and": a word before "and" and an organisation after it
** are one name, as are two single words written as a pair more than once
** and never alone; two firms named side by side stay two. An office the
** lexicon knows and its holder, read by the tagger as one organisation,
** are two; a "person" whose first word begins companies in other
** languages is a company. Reuters-21578 sentences. */
static void test_and_names(void **state)
{
    static const char t1[] =
        "LAS VEGAS, Nev., April 1 - Horn and Hardart Co said it disposed of 33 "
        "Bojangles' Chicken 'N Biscuits restaurants in Florida.";
    static const char t2[] =
        "The full Ways and Means Committee is to consider the bill next week.";
    static const char t3[] =
        "EAST HARTFORD, Conn., March 31 - Pratt and Whitney, a unit of United "
        "Technologies Corp, said a Swissair order for PW4000 turbofan engines "
        "could be worth more than 470 mln dlrs.\n\n"
        "Pratt and Whitney said the order could include up to 69 engines.";
    static const char t4[] =
        "\"GMAC plans to talk to Korth and PaineWebber and get their thoughts "
        "on the deal.\" Korth declined comment.";
    static const char t5[] =
        "U.S. Trade Representative Clayton Yeutter said yesterday that if the "
        "community went ahead with the tax, the United States would respond "
        "\"vigorously\" to protect its trade rights.";
    static const char t6[] =
        "This is mainly because Raffinerie Tirlemontoise is in the relatively "
        "static sugar market, they added.";
    static const char t7[] =
        "PARIS, March 11 - The French electricity utility Electricite de France "
        "is issuing a five billion French franc bond in three tranches, co-lead "
        "manager Banque Paribas said here.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Horn and Hardart Co", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Horn and Hardart");
    assert_int_equal(mention_of(lx, t2, "Ways and Means Committee", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t3, "mln dlrs.", "Pratt and Whitney", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Pratt and Whitney", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Pratt and Whitney");
    assert_int_equal(mention_of(lx, t6, "Raffinerie Tirlemontoise", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t7, "Banque Paribas", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t5, "Clayton Yeutter", name, sizeof name), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t5, "U.S. Trade Representative", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "PaineWebber", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "Korth and PaineWebber", NULL, 0), -1);
    lexicon_free(lx);
}

/* The generic name of a country's body names that country's: the one
** named with it, else the one the article names most; the United States'
** own bodies the lexicon knows keep their names in an American story; a
** country's name that is part of a proper name stays in it. Reuters-21578
** sentences. */
static void test_national_bodies(void **state)
{
    static const char t1[] =
        "TAIPEI, April 3 - The Central Bank issued 5.65 billion dlrs worth of "
        "certificates of deposit (CDs), boosting CD issues so far this year to "
        "147.58 billion, a bank spokesman told Reuters.";
    static const char t2[] =
        "LONDON, March 3 - The U.K. Trade Department said it would not refer "
        "Consolidated Goldfields Plc's <CGLD.L> purchase of <American Aggregates "
        "Corp> to the Monopolies Commission.";
    static const char t3[] =
        "ROME, March 1 - The Italian treasury said annual coupon rates payable "
        "March 1988 on two issues of long-term treasury certificates (CCTs) "
        "would be cut by about four percentage points.\n\n"
        "The Treasury also cut by 0.60 point six-monthly coupons payable this "
        "September on six issues maturing between September 1988 and September "
        "1991.";
    static const char t4[] =
        "WASHINGTON, March 2 - The U.S. Treasury said it will sell 9.75 billion "
        "dlrs of bills. The Treasury said the bills will be issued March 5.";
    static const char t5[] =
        "The American Petroleum Institute said distillate stocks fell.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Central Bank", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Central Bank (Taiwan)");
    assert_int_equal(mention_of(lx, t2, "U.K. Trade Department", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Trade Department (United Kingdom)");
    assert_int_equal(mention_of(lx, t3, "Treasury", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Treasury (Italy)");
    assert_int_equal(mention_after(lx, t4, "bills.", "Treasury", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Treasury");
    assert_int_equal(mention_of(lx, t5, "American Petroleum Institute", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "American Petroleum Institute");
    lexicon_free(lx);
}

/* A dateline whose town the tagger did not take whole ("OLD GREENWICH",
** "STERLING") still holds its state; a sign-off run into the last name
** is cut from it; "a Reuter report" is the wire. Reuters-21578 text. */
static void test_dateline_states(void **state)
{
    static const char *const lines[] = {
        "OLD GREENWICH, Conn., March 2 - Electronic Mail Corp of America said "
        "its efforts to sell its business had failed.",
        "KING OF PRUSSIA, Pa., March 2 - Universal Health Realty Income Trust "
        "said it raised its dividend.",
        "STERLING, Va., March 2 - Star Technologies Inc said its shares will "
        "begin trading on the NASDAQ national market system."
    };
    static const char t4[] =
        "The banks were Algemene Bank Nederland NV and Pierson, Heldring and "
        "Pierson NV. REUTER";
    static const char t5[] =
        "A Reuter report from Washington yesterday said the study has found "
        "that Japan has the highest agriculture subsidies in the world.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    size_t i;
    (void)state;

    for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        dz_analysis a;
        int32_t date = (int32_t)(strstr(lines[i], "March") - lines[i]);
        dz_analysis_init(&a, lines[i], strlen(lines[i]), NULL);
        assert_int_equal(text_split(&a), 0);
        assert_int_equal(entities_find(lx, &a), 0);
        for (int k = 0; k < a.nmentions; k++)
            if (a.mentions[k].start < date)
                assert_int_equal(a.mentions[k].form, DZ_FORM_DATELINE);
        dz_analysis_free(&a);
    }
    assert_int_equal(mention_of(lx, t4, "Pierson NV. REUTER", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "Reuter", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Reuters");
    lexicon_free(lx);
}

/* A name the article describes as a company is one wherever it is
** written; a reporting clause or a person's role is no such description.
** Reuters-21578 sentences. */
static void test_described_companies(void **state)
{
    static const char t1[] =
        "CALGARY, Alberta, Feb 26 - Nova, the Canadian company that owns 56 "
        "pct of Husky Oil Ltd, said it received government approval.\n\n"
        "Nova said the Minister of Regional and Industrial Expansion, Michel "
        "Cote, ruled that Union Faith's purchase of the Husky stake would not "
        "result in Husky ceding control to a non-Canadian company.";
    static const char t2[] =
        "Resigning as directors, officers and employees of the company were "
        "Mary Anne Cossa, Thomas C. Amendola and James J. O'Maller, the "
        "company said.";
    static const char t3[] =
        "All the shares are being sold by the estate of David Shakarian, the "
        "founder of the company.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Nova", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t1, "approval.", "Nova", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Nova");
    assert_int_equal(mention_of(lx, t2, "James J. O'Maller", NULL, 0), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t3, "David Shakarian", NULL, 0), DZ_ENT_PERSON);
    lexicon_free(lx);
}

/* A capital named as the place of an event is the city; as the one who
** acts or speaks it stands for its government (Reuters, 1987). */
static void test_capitals(void **state)
{
    static const char t1[] =
        "Opec's differential committee was to have met in Vienna starting "
        "April 2 but this session has been postponed.";
    static const char t2[] =
        "Pointing out that Japan pledged in Paris last month to take action to "
        "boost demand, a senior U.S. Treasury official said.";
    static const char t3[] =
        "Tokyo agreed last month to cut its surplus, but Washington said the "
        "pledge was not enough.";
    static const char t4[] =
        "The report lent credence to the view in Washington's Congress that "
        "Tokyo must act.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Vienna", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Vienna");
    assert_int_equal(mention_of(lx, t2, "Paris", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Paris");
    assert_int_equal(mention_of(lx, t3, "Tokyo", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Japan");
    assert_int_equal(mention_of(lx, t3, "Washington", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "United States");
    assert_int_equal(mention_of(lx, t4, "Washington", name, sizeof name), DZ_ENT_COUNTRY);
    lexicon_free(lx);
}

/* A lone word the lexicon does not know takes one type per article from
** all its uses: "Kresge stores" and "The 65 Kresge stores" make Kresge the
** company, not a place; "Nordbanken banking group" and "Nordbanken said" the bank (Reuters, 1987). */
static void test_word_vote(void **state)
{
    static const char t1[] =
        "CHICAGO, March 17 - K Mart Corp said recent talks to sell 65 remaining "
        "Kresge variety stores and their underlying real estate to F.W. Woolworth "
        "Co <Z> have ended.\n\n"
        "Kresge is the forerunner of what is now the K Mart chain. The name was "
        "changed to K Mart in 1977, Stevenson said.\n\n"
        "The 65 Kresge stores that are scattered around the country in downtown "
        "and suburban locations, he said.";
    static const char t2[] =
        "STOCKHOLM, March 13 - Sweden's Nordbanken banking group\n\n"
        "said it would postpone indefinitely its planned auction on Monday of "
        "4.2 mln B free shares deposited as loan collateral by Fermenta's <FRMS "
        "ST> founder and former chief executive Reefat el-Sayed.\n\n"
        "Nordbanken said the auction was the natural result of a debtor's "
        "inability to repay an overdue loan.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Kresge", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Kresge");
    assert_int_equal(mention_after(lx, t1, "1977", "Kresge", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "Nordbanken", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t2, "el-Sayed.", "Nordbanken", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* The kind a name's last word gives it: a law or a currency unit is a
** thing, a plant or a bridge a place, a portfolio before "Minister" part
** of the title (not a body), a verb run into a name after an abbreviation
** not part of it, a demonym spelt as its country's name the country, a
** common word capitalised after "U.K." not part of it (Reuters, 1987). */
static void test_name_heads(void **state)
{
    static const char t1[] =
        "GLEN ROCK, N.J., April 3 - Citizens First Bancorp Inc said its banking "
        "subsidiary pleaded guilty to two technical violations of the Bank Secrecy "
        "Act and was fined 2,000 dlrs.";
    static const char t2[] =
        "The European Commission confirmed it authorised the export of 60,500 "
        "tonnes of current series white sugar at a maximum rebate of 43.147 "
        "European Currency Units (ECUs) per 100 kilos.";
    static const char t3[] =
        "NEW YORK, March 13 - The Port Authority of New York and New Jersey said "
        "it has awarded USX Corp a 3,400,000 dlr contract to replace the expansion "
        "joints and gratings on the upper level of the George Washington Bridge "
        "between New York and Fort Lee, N.J.";
    static const char t4[] =
        "JACKSON, Mich., March 27 - Consumers Power Co said it intends to restart "
        "the Palisades Nuclear Plant within the next several days.";
    static const char t5[] =
        "BAHRAIN, March 1 - Saudi Arabian Oil Minister Hisham Nazer reiterated the "
        "kingdom's commitment to last December's OPEC accord to boost world oil prices.";
    static const char t6[] =
        "HOUSTON, March 24 - U.S. Department of Energy Secretary John Herrington "
        "said he was optimistic about the chances of providing a more generous "
        "depletion allowance.";
    static const char t7[] =
        "TOKYO, March 27 - Japan's Nissan Motor Co Ltd said it and <Lancer Boss "
        "Group Ltd> of the U.K. Have agreed to cooperate on the design and "
        "manufacture of forklift trucks.";
    static const char t8[] =
        "He said Egypt, Zambia, Djibouti, Zaire, Uganda, Sierra Leone, Congo, "
        "Algeria and Mali would be represented.";
    static const char t9[] =
        "No allocation will be made of more than 10 pct of the shares in the "
        "company, and the government will hold on to a \"golden share\" to secure "
        "that the aero-engine manufacturer remains under U.K. Control, the "
        "prospectus said.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Bank Secrecy Act", name, sizeof name), DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "European Currency Units", name, sizeof name),
                     DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t3, "George Washington Bridge", name, sizeof name),
                     DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t4, "Palisades Nuclear Plant", name, sizeof name),
                     DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t5, "Saudi Arabian Oil", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "Saudi Arabian", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Saudi Arabia");
    assert_int_equal(mention_of(lx, t5, "Hisham Nazer", name, sizeof name), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t6, "U.S. Department of Energy", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t7, "U.K. Have", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t7, "U.K.", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "United Kingdom");
    assert_int_equal(mention_of(lx, t8, "Djibouti", name, sizeof name), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t9, "U.K. Control", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t9, "U.K.", name, sizeof name), DZ_ENT_COUNTRY);
    lexicon_free(lx);
}

/* A lone word read as a person with no first name, title or he / she in
** the article, never quoted as a person, is a place when listed with known
** places and a company when listed with companies; a quoted one stays a
** person (Reuters, 1987). */
static void test_lone_not_person(void **state)
{
    static const char t1[] =
        "Underwriters are led by Union Bank of Switzerland. The bonds will be "
        "listed on stock exchanges in Basle, Berne, Geneva, Lausanne and Zurich.";
    static const char t2[] =
        "\"The market is taking a breather now, and I would expect it to last a "
        "little longer,\" said Craig Sloane, a currency analyst with Smith Barney, "
        "Harris, Upham and Co.";
    static const char t3[] =
        "Gaviria said the decline in coffee prices could mean a loss of 1.5 "
        "billion dlrs in revenues for 1987.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Lausanne", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t2, "Harris, Upham and Co.", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Gaviria", name, sizeof name), DZ_ENT_PERSON);
    lexicon_free(lx);
}

/* A company name the wire sets in angle brackets ending in its legal form
** is one name, commas and "and" inside, and the article's other writings
** of it are that company ("Harper and Row"); programmes are things and
** their acronyms with them; dotted letters are a firm; "N.Z. Dlrs" a
** currency (Reuters, 1987). */
static void test_bracketed_companies(void **state)
{
    static const char t1[] =
        "Sagamore Corp said it and joint venture partner <Sagamore Corp> have "
        "executed an engagement letter for <Donaldson, Lufkin and Jenrette "
        "Securities Corp> to assist in arranging the financing.";
    static const char t2[] =
        "AIRBUS partners are Pratt and Whitney, Fiat SpA <FIAT.MI> <Japanese Aero "
        "Engines Corp> and <MTU> of West Germany.";
    static const char t3[] =
        "WASHINGTON, March 9 - Theodore Cross said an investor group he heads has "
        "offered to buy Harper and Row Publishers Inc for 34 dlrs a share cash. "
        "Cross said he proposed in a letter to Harper and Row that the company be "
        "merged into a company Cross is forming.";
    static const char t4[] =
        "WASHINGTON, March 31 - Rep. Pat Roberts predicted the Reagan "
        "administration will offer subsidized wheat to the Soviet Union under the "
        "Export Enhancement Program, EEP.";
    static const char t5[] =
        "The Reserve Bank said it will offer 80 mln N.Z. Dlrs of treasury bills at "
        "its regular weekly tender tomorrow.";
    static const char t6[] =
        "The sugar was bought in 1985 and stored in a local bonded warehousing "
        "scheme run by E.D.F. For the past two years.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Donaldson, Lufkin and Jenrette Securities Corp",
                                name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Donaldson Lufkin and Jenrette Securities");
    assert_int_equal(mention_of(lx, t2, "Japanese Aero Engines Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "Japanese", NULL, 0), -1);
    assert_int_equal(mention_after(lx, t3, "letter to", "Harper and Row", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Harper and Row Publishers");
    assert_int_equal(mention_of(lx, t3, "Row", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "Export Enhancement Program", name, sizeof name),
                     DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t4, "EEP", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "Export Enhancement Program");
    assert_int_equal(mention_of(lx, t5, "N.Z. Dlrs", NULL, 0) == DZ_ENT_PERSON, 0);
    assert_int_equal(mention_of(lx, t6, "E.D.F.", NULL, 0) == DZ_ENT_PERSON, 0);
    lexicon_free(lx);
}

/* Names typed by their words and neighbours (Reuters, 1987): a country's
** ISO code counts in capitals only; a Bourse is the market, a Range a
** place; Railways end a body's name; "The" is no part of a country's
** name; Comecon is a body, "Moreover" no
** name, Peking the old name of China's capital, VW Volkswagen; a capital
** before a noun for a city's thing is the city ("the London money
** market", "LONDON COFFEE"), before "government" its country; a rate is
** a thing, and its acronym too ("LIBOR"); "brokers" name a firm ("brokers
** Phillips and Drew"); a lone name before a company's last words and legal
** form begins its name ("Dow" + "Jones and Co Inc"); a lone word whose
** share moves in a market report is a company ("Plessey 2p to 243");
** "Both X and Y" are two names; "EST." is no name. */
static void test_company_words(void **state)
{
    static const char t1[] =
        "Linseed prev 34.8, Feb 32.9, Mar 6.8, Apr 6.3, total 80.8 (87.4).";
    static const char t2[] =
        "Rhone-Poulenc shares were suspended from trading on the Paris Bourse last "
        "Thursday ahead of the capital increase.";
    static const char t3[] =
        "Fluor Constructors Inc unit will perform procurement and construction for "
        "the project at the White Sands Missile Range in New Mexico.";
    static const char t4[] =
        "The group is also considering a share issue of 400-1,000 billion yen by "
        "the recently privatised Japanese Railways.";
    static const char t5[] =
        "MANILA, March 1 - The Philippines will offer its commercial bank creditors "
        "an innovative pricing plan.";
    static const char t7[] =
        "It said Tessek has agreed to market Diagnostics AIDS tests in "
        "Czechoslovakia and other Comecon countries.";
    static const char t8[] =
        "Moreover, some of the contraction in M-2 can probably be explained by "
        "the shift in tax payments.";
    static const char t9[] =
        "He said he was optimistic about investment prospects in China and that "
        "Peking will continue to encourage foreign private business.";
    static const char t10[] =
        "Finance Minister Gerhard Stoltenberg has said the sale of the Federal "
        "government's stake in VW may be delayed.";
    static const char t11[] =
        "LONDON, April 2 - Interest rates on the London money market were slightly "
        "firmer on news U.K. Chancellor of the Exchequer Nigel Lawson saw sterling "
        "at present levels.";
    static const char t12[] =
        "He said the recent Paris agreement on currency stabilisation and policy "
        "coordination had worked.";
    static const char t13[] =
        "The Iranian news agency said its forces were dealing savage blows against "
        "the Baghdad government.";
    static const char t14[] = "LONDON COFFEE OPTION TRADES MORNING - APR 7\n\nBusiness nil.";
    static const char t15[] =
        "The margin for eurodollar advances is 20 basis points over London Interbank "
        "Offered Rates (LIBOR) and there is a utilisation fee of five basis points.";
    static const char t16[] =
        "But Bill Martin, economist at brokers Phillips and Drew, said a six billion "
        "stg adjustment now looks within range.";
    static const char t17[] =
        "The paper, which is published by Dow Jones and Co Inc <DJ>, said the "
        "change in components will require revision of the divisors.";
    static const char t18[] =
        "Among few other gains Jaguar rose 12p to 587 mainly on U.S demand, dealers "
        "said, Unilever added 8p at 2,578, Plessey 2p to 243, as did Reuter at 701p.";
    static const char t19[] =
        "Both Sears and Kellwood Co, a Sears supplier, agreed to pay penalties of "
        "200,000 dlrs each to settle the charges.";
    static const char t20[] =
        "It extended the expiration and withdrawal period on its offer to April six "
        "at midnight from today at midnight EST.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_not_equal(mention_of(lx, t1, "Mar", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t2, "Paris Bourse", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "White Sands Missile Range", NULL, 0), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t4, "Japanese Railways", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "Japanese", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "The Philippines", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t5, "Philippines", name, sizeof name), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t7, "Comecon", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t8, "Moreover", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t9, "Peking", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "China");
    assert_int_equal(mention_of(lx, t10, "VW", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Volkswagen");
    assert_int_equal(mention_of(lx, t11, "London", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "London");
    assert_int_equal(mention_of(lx, t12, "Paris", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t13, "Baghdad", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Iraq");
    assert_int_equal(mention_of(lx, t14, "LONDON", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "London");
    assert_int_equal(mention_of(lx, t15, "LIBOR", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "LIBOR");
    assert_int_equal(mention_of(lx, t15, "London Interbank Offered Rates", name, sizeof name),
                     DZ_ENT_OTHER);
    assert_string_equal(name, "LIBOR");
    assert_int_equal(mention_of(lx, t16, "Phillips and Drew", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t16, "Drew", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t17, "Dow Jones and Co Inc", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t18, "Plessey", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t18, "Jaguar", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t19, "Kellwood Co", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t19, "Both Sears and Kellwood Co", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t19, "Sears and Kellwood Co", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t20, "EST.", NULL, 0), -1);
    lexicon_free(lx);
}

/* Two companies joined by "and" are two ("Baker International Corp and
** Hughes Tool Co", "Dominion Securities and Wood Gundy Inc"); a company
** named "Dun and Bradstreet Corp" and then "Dun" is one (Reuters, 1987). */
static void test_two_firms(void **state)
{
    static const char t1[] =
        "NEW YORK, March 6 - Standard and Poor's Corp said debt ratings on 840 "
        "mln dlrs of debt of Baker International Corp and Hughes Tool Co remain "
        "on creditwatch.";
    static const char t2[] =
        "The issue, which will take the form of deposit notes, will be co-lead "
        "by Dominion Securities and Wood Gundy Inc.";
    static const char t3[] =
        "NEW YORK, March 26 - Dun and Bradstreet Corp said business failures in "
        "February increased 10.8 pct, to 5,390, from 4,864 in February 1986.\n\n"
        "\"The national level of business failures continues to be driven upward "
        "by substantial increases in the oil and agricultural states,\" Dun said.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Baker International Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t1, "Hughes Tool Co", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Hughes Tool");
    assert_int_equal(mention_of(lx, t2, "Wood Gundy Inc.", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Dun and Bradstreet Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t3, "states,", "Dun", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Dun and Bradstreet");
    lexicon_free(lx);
}

/* Firms, parties and products as Reuters wrote them (1987): a family
** firm's name goes on over "und", "et" or "and" to its family word
** ("E.Gutzwiller und Cie", "Joseph E. Seagram and Son"), but "Cie" that
** begins a name is not taken in; a unit after its parent's possessive is
** a name of its own; a party's members in the plural are the party ("the
** Conservatives", Italy's "Liberals"); a one-letter misspelling of a
** company named in the article is that company ("Tood" of "Todd
** Shipyards"); names listed before "models"
** are products, not firms or towns. */
static void test_firm_forms(void **state)
{
    static const char t1[] =
        "ZURICH, April 9 - <Thesing-Verwaltungsgesellschaft GmbH> of Coesfeld, West "
        "Germany, is issuing a 10 mln Swiss franc eight year bond with an indicated "
        "6-3/8 pct coupon and par issue price, joint lead managers Fintrelex SA and "
        "E.Gutzwiller und Cie, Banquiers said.";
    static const char t2[] =
        "NEW YORK, April 9 - The House of Seagram, Seagram Co Ltd's U.S. marketing "
        "arm for Joseph E. Seagram and Son's distilled spirits and wine coolers, said "
        "it is replacing its four current national spirits companies with a single "
        "sales force.";
    static const char t3[] =
        "The issue is being lead-managed by Caisse Nationale du Credit Agricole, "
        "Credit Lyonnais and Cie Financiere de Paribas.";
    static const char t4[] =
        "\"I would like to stress the need for competitiveness,\" said Lee Hessler, "
        "Business Manager for Boeing Aerospace Co's Information Systems Division.";
    static const char t5[] =
        "The MORI poll, conducted in the six days leading up to the by-election, "
        "showed the Conservatives with 41 pct of the vote, Labour with 35 pct and the "
        "Alliance of Social Democrats and Liberals with 21 pct.";
    static const char t6[] =
        "Cossiga is due to meet former presidents before holding talks with party "
        "leaders, including the opposition Communists and the junior coalition "
        "members -- Republicans, Liberals and Social Democrats.";
    static const char t7[] =
        "NEW YORK, April 17 - Moody's Investors Service Inc said it may downgrade "
        "Todd Shipyards Corp's 110 mln dlrs of debt.\n\nIt cited Tood's report of "
        "significant and unanticipated losses on a commercial contract.";
    static const char t8[] =
        "The workers affected produce the Oldsmobile Ciera and Pontiac 6000 models, "
        "a spokesman said.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "E.Gutzwiller und Cie", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t1, "Cie", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "Joseph E. Seagram and Son", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "Joseph E. Seagram", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "Credit Lyonnais and Cie", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "Boeing Aerospace Co", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Boeing Aerospace");
    assert_int_equal(mention_of(lx, t4, "Information Systems Division", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t5, "Conservatives", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Conservative Party");
    assert_int_equal(mention_of(lx, t6, "Liberals", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Liberal Party");
    assert_int_equal(mention_of(lx, t7, "Tood", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Todd Shipyards");
    assert_int_equal(mention_of(lx, t8, "Oldsmobile Ciera", NULL, 0), DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t8, "Pontiac 6000", NULL, 0), DZ_ENT_OTHER);
    lexicon_free(lx);
}

/* More of the wire's names (Reuters, 1987): a minister's portfolio
** the tagger cut at "and" is still a portfolio ("Venezuelan Energy and
** Mines Minister": Venezuela); Duff and Phelps's grades ("DP-8", "High
** BBB") are no names; "S and P." ending a sentence is Standard and
** Poor's, and a lone initial is no person; a month in capitals before a
** figure is a date ("APR 7"); a sentence's first word is no part of a
** name ("Besides IBM"); a capital after "via" is the town; "X-based"
** names the place X as an adjective does ("London-based": the town); a
** name before "analyst"
** and a person is the analyst's firm ("Dean Witter analyst"). */
static void test_wire_names(void **state)
{
    static const char t2[] =
        "Earlier, Venezuelan Energy and Mines Minister Aturo Hernandez Grisanti said "
        "his country would supply an unspecified part of Ecuador's export "
        "commitments.";
    static const char t3[] =
        "CHICAGO, March 23 - Duff and Phelps said it lowered the ratings on "
        "Beneficial Corp's senior debt to DP-7 (low A) from DP-6 (middle A) and "
        "preferred stock to DP-8 (High BBB) from DP-7, affecting approximately four "
        "billion dlrs in debt.";
    static const char t4[] =
        "Non-refundable for 10 years, the issue is rated Baa-2 by Moody's and BBB "
        "by S and P.";
    static const char t5[] =
        "RALEIGH, N.C., March 4 - Carolina Power and Light Co said it will redeem on "
        "April 22 all two mln shares of its 2.675 dlr preferred stock, series A.\n\n"
        "The company said it will pay 25.75 dlrs a share plus accrued dividends of "
        "15.6 cts.";
    static const char t6[] =
        "LONDON COCOA 1300 - APR 7 MTH BYR  SLR  HIGH LOW  SALES May 1288 1290 1296 "
        "1287 146 Jul 1317 1318 1324 1317 239";
    static const char t7[] =
        "Besides IBM, \"Computer Associates will be far and away the most powerful "
        "company in the field,\" added E.F. Hutton analyst Terence Quinn.";
    static const char t8[] =
        "The expanded weekly schedule would include seven nonstop flights from "
        "Miami, two from New York, and two one-stop flights from Los Angeles via "
        "Lima.";
    static const char t9[] =
        "Yesterday, Minneapolis-based NWA reported fourth quarter net of about 9.8 "
        "mln dlrs or 45 cts a share.";
    static const char t10[] =
        "It was the fourth consecutive year of profit increases for the New "
        "York-based retailer which was founded over 100 years ago.";
    static const char t11[] =
        "8 billion crowns, thus forming Europe's second largest forest group after "
        "London-based Reed International Plc <REED L>.";
    static const char t13[] =
        "\"As the dollar goes, so goes the bond market,\" said Dean Witter analyst "
        "Karen Gibbs.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t13, "Dean Witter", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t13, "Karen Gibbs", NULL, 0), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t9, "Minneapolis-based", name, sizeof name),
                     DZ_ENT_PLACE);
    assert_string_equal(name, "Minneapolis");
    assert_int_equal(mention_of(lx, t10, "New York-based", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "New York");
    assert_int_equal(mention_of(lx, t11, "London-based", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "London");
    assert_int_equal(mention_of(lx, t6, "APR", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t7, "Besides IBM", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t7, "IBM", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t8, "Lima", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Lima");
    assert_int_equal(mention_of(lx, t2, "Venezuelan", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Venezuela");
    assert_int_equal(mention_of(lx, t2, "Venezuelan Energy", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "DP-8", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "High BBB", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "S and P.", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Standard and Poor's");
    assert_int_equal(mention_of(lx, t5, "A.", NULL, 0), -1);
    lexicon_free(lx);
}

/* Names this round's rules read whole (Reuters sentences): "told Reuters"
** ends a name ("told Reuters Peru was current"); an interbank
** rate is another name, written in capitals ("BIBOR", "Libor"); a national
** body is named without "U.S." ("U.S. Environmental Protection Agency");
** capitals in a
** list after "in" are the towns ("markets in the United States, London,
** Amsterdam and Stockholm"); a name alone
** in the wire's angle brackets is a company ("<Westland>"); an acronym
** that begins two firms of the article named apart is neither ("BHP's
** renamed BHP Petroleum International" after "BHP Petroleum (Americas)
** Inc"), nor one of its initials name ("ICI" with "ICI Pharma" and
** "Imperial Chemical Industries PLC"); the Federal
** Reserve Board is the Federal Reserve, and "Federal" alone the adjective
** ("Federal funds"); "First"
** before a name opens a bank's or firm's name ("First Boston Corp"); a title
** word that opens a firm's or a body's name is the name's ("General
** Dynamics Corp", "the General Accounting Office"), not before a title's
** "of" and its holder; a spelt-out name before an acronym the lexicon
** knows is that entity when the lexicon's long name ends in the same word
** ("Organisation for Economic Cooperation and Development (OECD)"), not
** when the acronym is another body's ("Interstate Commerce Commission
** (ICC)" is no International Criminal Court). */
static void test_name_openings(void **state)
{
    static const char t1[] =
        "WASHINGTON, March 5 - General Dynamics Corp has received two contracts "
        "totaling 29.1 mln dlrs for work on the Trident submarine, the Navy said.";
    static const char t2[] =
        "Farmers could add 2.3 billion dlrs to the cost of the government's "
        "agricultural programs by 1989, the General Accounting Office, GAO, said.";
    static const char t3[] =
        "Indonesia's Minister of Energy and Mines Subroto said today OPEC faces "
        "the choice of either cutting output or seeing prices fall.";
    static const char t4[] =
        "The Organisation for Economic Cooperation and Development (OECD) recently "
        "forecast that Italian gross domestic product would grow by three pct.";
    static const char t5[] =
        "WASHINGTON, March 18 - The Interstate Commerce Commission (ICC), which "
        "regulates interstate freight rail service, concluded that none of the 24 "
        "largest U.S. freight railroads had adequate revenues in 1985.";
    static const char t6[] =
        "The 100 mln dlr issue of debentures due 2017 was priced to yield 8.65 pct, "
        "said lead manager First Boston Corp.";
    static const char t7[] =
        "\"The Fed has perhaps exaggerated the dollar's effect on Fed policy,\" said "
        "First Chicago's Johnson.";
    static const char t8[] =
        "WASHINGTON, March 26 - Federal Reserve Board Chairman Paul Volcker urged "
        "Congress to allow the government to continue its flexible negotiations on "
        "exchange rates.";
    static const char t9[] =
        "Dealers said that Federal funds were trading at 6-1/4 pct when the Fed "
        "entered the market.";
    static const char t10[] =
        "SAN FRANCISCO, March 16 - Broken Hill Proprietary Co Ltd said it will "
        "integrate Utah International Inc, which it bought three years ago, under a "
        "common management structure.\n\nBHP Petroleum (Americas) Inc, formerly part "
        "of Utah International, will become a subsidiary of BHP's renamed BHP "
        "Petroleum International, headquartered in Melbourne.";
    static const char t11[] =
        "European models rejected include the Lynx III of British manufacturer "
        "<Westland>.";
    static const char t12[] =
        "Each contract will cover only five shares instead of the 100 shares normally "
        "traded on existing options and futures markets in the United States, London, "
        "Amsterdam and Stockholm.";
    static const char t13[] =
        "The company said the Colorado Department of Health and the U.S. "
        "Environmental Protection Agency have awarded it permits to build the plant.";
    static const char t14[] =
        "The remaining 40 pct is only to be paid after completion of the first "
        "tranche, also at 1/4 over BIBOR.";
    static const char t15[] =
        "The loan carries interest at 1/8 point over Libor for the first five years.";
    static const char t16[] =
        "NEW YORK, March 2 - Imperial Chemical Industries PLC, the largest chemical "
        "company in the United Kingdom, will expand its specialty chemicals and drug "
        "businesses this year, said chairman-elect Denys Henderson.\n\nICI today "
        "announced the formation of a new U.S. drug company, ICI Pharma, which, with "
        "its Stuart Pharmaceuticals unit, it said will double its current "
        "pharmaceutical sales to 1.1 billion dlrs by 1990.";
    static const char t17[] =
        "Neyra told Reuters Peru was current on interest payments on short-term debt, "
        "including trade credit lines and on about 750 mln dlrs in so-called  "
        "\"working capital\" credits.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t17, "Reuters", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t17, "Peru", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_after(lx, t16, "\n\n", "ICI", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Imperial Chemical Industries");
    assert_int_equal(mention_of(lx, t14, "BIBOR", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "BIBOR");
    assert_int_equal(mention_of(lx, t15, "Libor", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "LIBOR");
    assert_int_equal(mention_of(lx, t13, "U.S. Environmental Protection Agency", name,
                                sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Environmental Protection Agency");
    assert_int_equal(mention_of(lx, t12, "Amsterdam", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Amsterdam");
    assert_int_equal(mention_of(lx, t12, "London", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t12, "United States", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t11, "Westland", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Westland");
    assert_int_equal(mention_after(lx, t10, "subsidiary of ", "BHP", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_not_equal(name, "BHP Petroleum (Americas)");
    assert_string_not_equal(name, "BHP Petroleum International");
    assert_int_equal(mention_of(lx, t8, "Federal Reserve Board", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Federal Reserve");
    assert_int_equal(mention_of(lx, t9, "Federal", NULL, 0), -1);
    assert_int_equal(mention_after(lx, t9, "the ", "Fed", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Federal Reserve");
    assert_int_equal(mention_of(lx, t6, "First Boston Corp.", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "First Boston");
    assert_int_equal(mention_of(lx, t7, "First Chicago", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t7, "Chicago", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t1, "General Dynamics Corp", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "General Dynamics");
    assert_int_equal(mention_of(lx, t1, "Dynamics Corp", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "General Accounting Office", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "GAO", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "General Accounting Office");
    assert_int_equal(mention_of(lx, t3, "Minister of Energy and Mines Subroto", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "Organisation for Economic Cooperation and Development",
                                name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "OECD");
    assert_int_equal(mention_of(lx, t5, "Interstate Commerce Commission", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Interstate Commerce Commission");
    assert_int_equal(mention_of(lx, t5, "ICC", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Interstate Commerce Commission");
    lexicon_free(lx);
}

/* Words that look like names and are not, or name another thing: a time
** of a month ("at end-January"), a country's adjective the generated list
** lacks ("Ecuadorian"), a town before a noun after "a" ("a Houston
** lawyer"), a ticker's exchange ("<CAPH.HKG>"), a capital in a list of
** towns (Reuters, 1987). */
static void test_generic_words(void **state)
{
    static const char t1[] =
        "The central bank said cumulative assets at end-February fell to 20.02 "
        "billion ringgit from 20.68 billion at end-January.";
    static const char t2[] =
        "The Ecuadorian government said it would resume payments.";
    static const char t3[] =
        "Joseph Jamail, a Houston lawyer for Pennzoil, said the company had made "
        "its latest settlement offer.";
    static const char t4[] =
        "MANILA, March 25 - State-owned Philippine Airlines Ltd (PAL) said it has "
        "agreed with Cathay Pacific Airways Ltd <CAPH.HKG> to an increase in seat "
        "allocations on the busy Manila-Hong Kong route.";
    static const char t5[] =
        "Lawson foresaw London becoming the world's pre-eminent financial centre, "
        "because it was more favourably placed in time zones than New York or "
        "Tokyo.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "end-January", name, sizeof name), -1);
    assert_int_equal(mention_of(lx, t1, "end-February", name, sizeof name), -1);
    assert_int_equal(mention_of(lx, t2, "Ecuadorian", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Ecuador");
    assert_int_equal(mention_of(lx, t3, "Houston", name, sizeof name), DZ_ENT_PLACE);
    /* the exchange's letters of a ticker are not Hong Kong */
    assert_int_equal(mention_of(lx, t4, "HKG", name, sizeof name), -1);
    /* a capital listed with a town is the town */
    assert_int_equal(mention_of(lx, t5, "Tokyo", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Tokyo");
    lexicon_free(lx);
}

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


/* Towns and states on the wire: a town the tagger reads as a club is the
** place before a thing of it or where something is; a state's
** abbreviation without its dot is the state; a town the lexicon knows
** still stands for the company named after it, but not where it is the
** place of a thing ("Texas lawmakers"). */
static void test_towns_and_states(void **state)
{
    static const char t1[] =
        "The company said it will close its Milwaukee plant by October 1, "
        "idling 350 employees, and its Dayton, Tenn., facility.";
    static const char t2[] =
        "WILMINGTON, Del., April 3 - Du Pont Co said it agreed to sell its "
        "Cleveland chemical plant, the oldest site currently operated by the "
        "company, to two employees.";
    static const char t3[] =
        "The venture, to be known as Allen-Bradley/TDK Magnetics, will be based "
        "in Shawnee, Okla, in the existing Allen-Bradley magnetics production "
        "facility.";
    static const char t4[] =
        "The St. Louis plant is one of three, with plants in Pontiac, Mich., and "
        "Oshawa, Ont., that make full-size pickup trucks.";
    static const char t5[] =
        "Distribution centers will be closed in Boston, Atlanta, Memphis and "
        "Minneapolis, with the Boston shutdown coming early next year.";
    static const char t6[] =
        "CHICAGO, April 3 - Santa Fe Southern Pacific Corp may have more "
        "difficulty combining its two railroads than fending off a possible "
        "takeover by Henley Group, analysts said.\n\nTakeover speculation has "
        "surrounded Santa Fe since Henley disclosed its stake in the company "
        "earlier this week, but analysts and a Santa Fe official were skeptical "
        "a takeover is its intention.";
    static const char t7[] =
        "HOUSTON, March 19 - Texas Commerce Bancshares Inc said that relatively "
        "stable oil prices would help 1987 earnings.\n\nThe Texas "
        "Commerce-Chemical merger is the only acquisition by a major out-of-state "
        "bank since Texas lawmakers approved interstate banking effective "
        "January 1.";
    static const char t8[] =
        "It is being built at Citroen's large plant at Aulnay-sous- Bois in "
        "northern Paris, as well as at Rennes in Brittany and Vigo in Spain.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Milwaukee", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t2, "Cleveland", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t3, "Okla", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Oklahoma");
    assert_int_equal(mention_of(lx, t4, "Ont.", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Ontario");
    assert_int_equal(mention_of(lx, t5, "Memphis", name, sizeof name), DZ_ENT_PLACE);
    assert_int_equal(mention_after(lx, t6, "a ", "Santa Fe", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Santa Fe Southern Pacific");
    assert_int_equal(mention_after(lx, t6, "surrounded ", "Santa Fe", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_after(lx, t7, "since ", "Texas", name, sizeof name),
                     DZ_ENT_PLACE);
    assert_string_equal(name, "Texas");
    /* a part of a capital is the city, not its government */
    assert_int_equal(mention_of(lx, t8, "Paris", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Paris");
    lexicon_free(lx);
}

/* Products and technologies the tagger reads as organisations: a name
** before a made thing's noun that its article never names as a company
** is "other", with its other writings; the makers stay companies. */
static void test_product_names(void **state)
{
    static const char t1[] =
        "Last week, Microsoft introduced Microsoft Bookshelf, a 300 dlr program "
        "that contains, on a single CD-ROM disk, a dictionary, thesaurus and "
        "national ZIP code directory.\n\nCD-ROM players for the retail market "
        "will appear later this year.";
    static const char t2[] =
        "EAST HARTFORD, Conn., March 31 - Pratt and Whitney, a unit of United "
        "Technologies Corp, said a Swissair order for PW4000 turbofan engines "
        "could be worth more than 470 mln dlrs.\n\nSwissair's order is for six "
        "MD-11 aircraft with an option for another 12 planes.\n\nPratt and "
        "Whitney said Swissair becomes the fifth major carrier to select the "
        "PW4000.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "CD-ROM", name, sizeof name), DZ_ENT_OTHER);
    assert_int_equal(mention_after(lx, t1, "directory.", "CD-ROM", name, sizeof name),
                     DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "MD-11", name, sizeof name), DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "Pratt and Whitney", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* An organisation's name cut after its "and" takes back the words
** before it; a rating grade before "and" is no part of the next name. */
static void test_and_names_cut(void **state)
{
    static const char t1[] =
        "The Price and Cartel Board, empowered by the government to oversee the "
        "price freeze, will allow importers to charge consumers more.";
    static const char t2[] =
        "Sugar prices closed slightly higher on the Coffee, Sugar and Cocoa "
        "Exchange despite a large export sale by the European Commission on "
        "Wednesday, traders said.";
    static const char t3[] =
        "Moody's Investors Service Inc rates the securities Aa-3 and Standard and "
        "Poor's Corp rates them AA.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Price and Cartel Board", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t2, "Coffee, Sugar and Cocoa Exchange", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Standard and Poor's Corp", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* A firm whose name opens with a possessive is one company; a person's
** firm after his full name is not. */
static void test_possessive_firms(void **state)
{
    static const char t1[] =
        "GREENVILLE, S.C., March 19 - Ryan's Family Steak Houses Inc said its "
        "board declared a three-for-one stock split, payable May 20 to holders of "
        "record May 6.";
    static const char t2[] =
        "HENDERSON, N.C., March 11 - Rose's Stores Inc reported February sales of "
        "92.7 mln dlrs, an increase of 18 pct.";
    static const char t3[] =
        "New York, June 1 - Publisher Robert Maxwell's British Printing and "
        "Communicaton Corp PLC said it filed suit.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Ryan's Family Steak Houses Inc", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Ryan's Family Steak Houses");
    assert_int_equal(mention_of(lx, t2, "Rose's Stores Inc", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Robert Maxwell", NULL, 0), DZ_ENT_PERSON);
    lexicon_free(lx);
}

/* Rates named after a market are "other", whole: the London Interbank
** Offered Rate, Fed funds (not the Federal Reserve). */
static void test_named_rates(void **state)
{
    static const char t1[] =
        "Interest will be at 12.5 basis points above the London Interbank Offered "
        "Rate (Libor) for the first four years, with the margin rising to 15 basis "
        "points in the last four years.";
    static const char t2[] =
        "Fed funds hovered at a relatively high 6-1/4 pct this morning after "
        "averaging 6.18 pct yesterday.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "London Interbank Offered Rate", NULL, 0),
                     DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "Fed funds", NULL, 0), DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "Fed", NULL, 0), -1);
    lexicon_free(lx);
}

/* Names with an editor's bracket keep both brackets of the pair, and
** their name is their words without them. */
static void test_bracketed_names(void **state)
{
    static const char t1[] =
        "\"Our representatives have gone to Washington to the (International "
        "Monetary) Fund, the (World) Bank, the Fed (Federal Reserve Board) and "
        "the (U.S.) Treasury to brief them in advance on this alternative.\"";
    static const char t2[] =
        "BRUSSELS, March 11 - The European Community (EC) Commission declined to "
        "give an official reaction to reports that a group of member states would "
        "block its plans.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "(International Monetary) Fund", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "IMF");
    assert_int_equal(mention_of(lx, t2, "European Community (EC) Commission", name,
                                sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "European Community Commission");
    lexicon_free(lx);
}

/* A chamber named alone is the chamber, not a committee of it that the
** article names. */
static void test_chamber_alone(void **state)
{
    static const char t1[] =
        "The Texas Democrat's idea as first presented to House Ways and Means "
        "Committee chairman Dan Rostenkowski this week would tax sales and "
        "purchases of securities.\n\nHe made no commitment to Wright in a private "
        "meeting Tuesday, and in fact was not asked for one, a House source said.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_after(lx, t1, "for one, ", "House", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "House");
    lexicon_free(lx);
}

/* A paper named before its noun is an organisation. */
static void test_paper_names(void **state)
{
    static const char t1[] =
        "MANILA, March 2 - The Philippines will offer commercial bank creditors "
        "an innovative pricing plan that will make debt payments through "
        "certificates of indebtedness instead of cash, the authoritative Business "
        "Day newspaper said.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Business Day", NULL, 0), DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* The words of a dividend's dates are no names. */
static void test_dividend_dates(void **state)
{
    static const char t1[] =
        "MILWAUKEE, WIS., April 9 - Qtly div 20 cts vs 20 cts prior qtr Pay 6 May "
        "Record 21 April";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Record", NULL, 0), -1);
    lexicon_free(lx);
}

/* A country's adjective opening a company's short form is the company. */
static void test_adjective_firms(void **state)
{
    static const char t1[] =
        "London, June 1 - British press magnate Robert Maxwell said his British "
        "Printing and Communication Corp Plc would not renew its bid for Harcourt "
        "Brace Jovanovich Inc if the lawsuit filed against Harcourt in New York "
        "today fails.\n\nSpeaking at a press conference, Maxwell denied market "
        "rumors that British Printing had approached British institutions to "
        "arrange a rights issue.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_after(lx, t1, "rumors that ", "British Printing", name,
                                   sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "British Printing and Communication");
    assert_int_equal(mention_after(lx, t1, "approached ", "British", NULL, 0),
                     DZ_ENT_COUNTRY);
    lexicon_free(lx);
}

/* A name before a noun of a land or a water is that place. */
static void test_geo_nouns(void **state)
{
    static const char t1[] =
        "The worst disaster in peacetime was in 1914 when 1,014 people drowned "
        "when the liner Empress of Ireland collided with a freighter on the St "
        "Lawrence river in Canada.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "St Lawrence", NULL, 0), DZ_ENT_PLACE);
    lexicon_free(lx);
}
/* Trade rounds and common policies are named things of their own, not
** the place their name begins with nor a body (other.txt). */
static void test_rounds_and_policies(void **state)
{
    static const char t1[] =
        "\"We simply cannot accept legislation that would provoke retaliation "
        "against American exporters, destroy the Uruguay Round, and embroil us in "
        "dozens of trade wars,\" the trade representative said.";
    static const char t2[] =
        "The move has destroyed part of the Common Agricultural Policy, French "
        "milk producers said in a press release.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Uruguay Round", NULL, 0), DZ_ENT_OTHER);
    assert_int_equal(mention_of(lx, t2, "Common Agricultural Policy", NULL, 0),
                     DZ_ENT_OTHER);
    lexicon_free(lx);
}

/* A country's ISO alpha-3 code is a key in data, no name in prose: the
** letters stand for a tax, a currency, a word of a table heading; a code
** that is also the usual abbreviation ("PNG") stays the country.
** Reuters-21578 text. */
static void test_iso_codes(void **state)
{
    static const char t1[] =
        "Lawson said he planned two reliefs on Petroleum Revenue Tax (PRT).";
    static const char t2[] = "\"The yen and the dollar are not stable, but the ECU is stable.\"";
    static const char t3[] =
        "FOB RIVER - CLOSE      APRIL 6\n\nCENTS PER LB   CHANGE CHOICE STEERS YIELD GRADE 3";
    static const char t4[] =
        "The recent successful find at Iagifu is likely to put PNG on the list of "
        "major oil exporters by the early 1990s, he told the Australian Petroleum "
        "Exploration Association annual conference.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    mention_of(lx, t1, "PRT", name, sizeof name);
    assert_string_not_equal(name, "Portugal");
    assert_int_not_equal(mention_of(lx, t2, "ECU", NULL, 0), DZ_ENT_COUNTRY);
    assert_int_equal(mention_of(lx, t3, "PER", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "PNG", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Papua New Guinea");
    lexicon_free(lx);
}

/* A capital in capitals opening a table's heading is the market, the
** city ("LONDON EURO DEPOSITS"); "TOKYO SAYS" in a headline in capitals
** stays the country speaking. Reuters-21578 text. */
static void test_table_heading_cities(void **state)
{
    static const char t1[] =
        "LONDON EURO DEPOSITS - YEN MORNING  - APRIL 7 one week 1 month       "
        "3-15/16 13/16 two           3-15/16 13/16";
    static const char t2[] =
        "BANGKOK RICE 1 - APRIL 7 Offered prices in U.S. Dlrs per tonne FOB basis Bangkok";
    static const char t3[] = "TOKYO SAYS IT WILL CUT CHIP OUTPUT";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "LONDON", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "London");
    assert_int_equal(mention_of(lx, t2, "BANGKOK", name, sizeof name), DZ_ENT_PLACE);
    assert_string_equal(name, "Bangkok");
    assert_int_equal(mention_of(lx, t3, "TOKYO", name, sizeof name), DZ_ENT_COUNTRY);
    assert_string_equal(name, "Japan");
    lexicon_free(lx);
}

/* An acronym of lower-case words is a common thing's, small words of the
** phrase aside ("certificate of deposit (CD)"), as is one of a single
** long compound holding its letters ("thermophotovoltaic (TPV)"); a body
** written in lower case keeps its acronym ("the Italian national banking
** association (ABI)"). Reuters-21578 sentences. */
static void test_lower_case_acronyms(void **state)
{
    static const char t1[] =
        "The two companies are to establish a laboratory outside Boston to develop "
        "what are known as thermophotovoltaic (TPV) technologies that convert "
        "hydrocarbon fuels such as gasoline into light and electricity through "
        "the use of solar cells.";
    static const char t2[] =
        "HONG KONG, March 27 - The Hong Kong branch of <Mitsubishi Bank Ltd> is "
        "planning a 300 mln H.K. Dlr revolving certificate of deposit (CD) "
        "issuance facility, banking sources said.";
    static const char t3[] =
        "ROME, April 7 - The executive committee of the Italian national banking "
        "association (ABI), representing the country's major credit institutions, "
        "approved the setting up of a common reserve fund to guarantee customer "
        "deposits in the event of bank failures.";
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "TPV", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "CD", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t3, "ABI", NULL, 0), DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

/* The wire's brokers and mortgage agencies are companies, never persons;
** units of account are one "other" name however written; trade terms
** and units never name. */
static void test_wire_firms_and_units(void **state)
{
    static const char t1[] =
        "\"From a weather standpoint, you can say with certainty that the Soviets "
        "are not getting off to a good start and will have a lower crop (than "
        "last year),\" Gail Martell, chief meteorologist for E.F. Hutton said.";
    static const char t2[] =
        "In a complaint which was issued simultaneously with the settlement, the "
        "Securities and Exchange Commission charged Dean Witter, the fourth "
        "largest U.S. brokerage house, with failing to report more than one mln "
        "dlrs of cash transactions.";
    static const char t3[] =
        "LONDON, March 4 - A total 60,500 tonnes of current series white sugar "
        "received export rebates of a maximum 43.147 European Currency Units "
        "(Ecus) per 100 kilos at today's European Community (EC) tender, the U.K. "
        "Intervention Board said.";
    static const char t4[] =
        "FOB exports rose 14.6 pct from a year earlier in the first 20 days of "
        "February to 10.91 billion, while CIF imports fell 3.2 pct to 7.33 billion.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "E.F. Hutton", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t1, "Gail Martell", NULL, 0), DZ_ENT_PERSON);
    assert_int_equal(mention_of(lx, t2, "Dean Witter", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Dean Witter Reynolds");
    assert_int_equal(mention_of(lx, t3, "Ecus", name, sizeof name), DZ_ENT_OTHER);
    assert_string_equal(name, "European Currency Unit");
    assert_int_equal(mention_of(lx, t3, "European Currency Units", name, sizeof name),
                     DZ_ENT_OTHER);
    assert_string_equal(name, "European Currency Unit");
    assert_int_equal(mention_of(lx, t4, "FOB", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t4, "CIF", NULL, 0), -1);
    lexicon_free(lx);
}

/* A name the wire sets alone in angle brackets is one company without a
** legal form at its end, with its joining words and a place in brackets;
** a seat after a comma or a word after a legal form stays out. */
static void test_bracket_whole_names(void **state)
{
    static const char t1[] =
        "ROME, June 2 - Italy's Ministry of State Participation said it formally "
        "approved the telecommunications joint venture between STET, a subsidiary "
        "of the state holding company <Istituto per la Ricostruzione Industriale> "
        "(IRI) and Fiat Spa <FIAT.MI>.";
    static const char t2[] =
        "Sony's wholly-owned <Toyo Audio (M) Sdn Bhd> in Penang has made audio "
        "products for export to the U.S. And Europe since 1984.";
    static const char t3[] =
        "PLEASANTVILLE, N.Y., April 8 - <The Reader's Digest Association Inc> said "
        "it sold its subsidiary, Source Telecomputing Corp, to the venture capital "
        "firm of <Welsh, Carson, Anderson and Stowe>.";
    static const char t4[] =
        "LONDON, March 23 - Electro-optronic equipment makers <United Scientific "
        "Holdings Plc> said the Advanced Products Division of its U.S. Subsidiary "
        "<OEC Dallas, Texas> has been awarded a 4.3 mln dlr contract by the U.S. "
        "Army.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Istituto per la Ricostruzione Industriale",
                                NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t1, "IRI", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Istituto per la Ricostruzione Industriale");
    assert_int_equal(mention_of(lx, t2, "Toyo Audio (M) Sdn Bhd", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Welsh, Carson, Anderson and Stowe", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "OEC Dallas", NULL, 0), DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "Texas", NULL, 0), DZ_ENT_PLACE);
    lexicon_free(lx);
}

/* A partners' firm written with commas is one company, the words before
** its first comma taken in; a place before a comma is not a partner. */
static void test_comma_partner_firms(void **state)
{
    static const char t1[] =
        "NEW YORK, March 4 - Pope and Talbot Inc is raising 40 mln dlrs via an "
        "offering of convertible subordinated debentures due 2012 with a six pct "
        "coupon and par pricing, said sole manager Bear, Stearns and Co.";
    static const char t2[] =
        "The offering is underwritten by Johnson, Lane, Space, Smith and Co Inc "
        "and Interstate Securities Corp.";
    static const char t3[] =
        "Lead underwriters were Alex. Brown and Sons Inc <ABSB> and Morgan Keegan "
        "Inc <MOR>.";
    static const char t4[] =
        "The company said it sold Dublin, Calif.-based Plant Cell Research to "
        "<Montedision SpA> of Milan, Italy and ARCO Seed Co to U.F. Genetics of "
        "Hollister, Calif.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Bear, Stearns and Co.", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Bear Stearns");
    assert_int_equal(mention_of(lx, t2, "Johnson, Lane, Space, Smith and Co Inc", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t3, "Alex. Brown and Sons Inc", NULL, 0),
                     DZ_ENT_ORGANIZATION);
    assert_int_equal(mention_of(lx, t4, "Milan", NULL, 0), DZ_ENT_PLACE);
    lexicon_free(lx);
}

/* A lone word the article writes elsewhere only inside one company's
** name is that company; a word before a region's noun is not. */
static void test_lone_words_of_firms(void **state)
{
    static const char t1[] =
        "PITTSBURGH, March 11 - H.J. Heinz Co said net income for the third "
        "quarter rose 18.2 pct despite an 17.2 pct increase in marketing "
        "expenses.\n\nFor the third quarter ended January 31, Heinz earned 74.7 "
        "mln dlrs, or 55 cts a share, up from earnings of 63.2 mln dlrs, or 46 cts "
        "a share, for the year-ago quarter.";
    static const char t2[] =
        "LOWELL, Mass., April 7 - Wang Laboratories Inc said it has added two "
        "entry-level 32-bit minicomputers to its TEMPEST systems product line.\n\n"
        "Wang also said it is introducing a 1/4-inch streaming caRtridge tape "
        "drive for system back-up.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_after(lx, t1, "January 31,", "Heinz", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "H.J. Heinz");
    assert_int_equal(mention_after(lx, t2, "line.", "Wang", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Wang Laboratories");
    lexicon_free(lx);
}

/* A grade changed is no name, whichever grade the other one is; the
** federal bodies news names by their initials are those bodies. */
static void test_grades_changed_and_agencies(void **state)
{
    static const char t1[] =
        "NEW YORK, April 1 - Standard and Poor's Corp said it raised to B from CCC "
        "268.9 mln dlrs of equipment trust certificates of Texas Air Corp's Eastern "
        "Air Lines Inc unit.";
    static const char t2[] =
        "Successful bidders, the amount of crude oil and the price per bbl "
        "according to the DOE are as follows - Texaco Inc's <TX> Texaco Trading "
        "and Transport 15,000 bpd at 15.79 dlrs.";
    static const char t3[] =
        "The bonus will be paid to the exporter in the form of commodities from "
        "CCC stocks, the department said.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_of(lx, t1, "CCC", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "DOE", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Department of Energy");
    assert_int_equal(mention_of(lx, t3, "CCC", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Commodity Credit Corporation");
    lexicon_free(lx);
}

/* A lone surname is the person named in full with a generation's mark
** after the surname ("Charles E. Exley Jr"). */
static void test_surname_before_jr(void **state)
{
    static const char t1[] =
        "BOSTON, March 16 - NCR Corp is very optimistic that it will post record "
        "revenues and profits for 1987, Charles E. Exley Jr, chairman and "
        "president, said.\n\n\"Much of our considerable optimism about the future "
        "is based on the strength of a continuing flow of new products,\" Exley "
        "told a meeting of securities analysts.";
    dz_lexicon *lx = lexicon_with_model();
    char name[96];
    (void)state;

    assert_int_equal(mention_after(lx, t1, "products,\"", "Exley", name, sizeof name),
                     DZ_ENT_PERSON);
    assert_string_equal(name, "Charles E. Exley Jr");
    lexicon_free(lx);
}

/* A ticker in angle brackets right after a company is its ticker, an
** exchange after a space ("<SKBS ST>") as after a dot, though the lexicon
** knows the letters as another body; the letters alone then name the
** company, as do capitals that are the first word of the one company the
** article names with a legal form ("CPC said" after "CPC International
** Inc"); not when the lexicon's own long name is written out, nor letters
** the lexicon knows as a company's own ("BP" before a unit's name).
** Reuters-21578 text. */
static void test_company_letters(void **state)
{
    static const char t1[] =
        "Pertamina has initialled a 20-year contract with Chinese Petroleum "
        "Corp <CPC> for the supply of 1.5 mln tonnes of LNG for Taiwan starting "
        "October 1989, a CPC official said.";
    static const char t2[] =
        "ENGLEWOOD CLIFFS, N.J., March 11 - CPC International Inc said it has "
        "agreed in principle to sell its Peterson/Puritain Inc subsidiary to "
        "Hi-Port Industries Inc.\n\nCPC said the sale is not expected to have a "
        "significant impact on its earnings and is subject to approval by "
        "boards of both companies.";
    static const char t3[] =
        "JM is half-owned by Skanska AB <SKBS ST>, which has offered to buy out "
        "the remaining shares.";
    static const char t4[] =
        "GENEVA, March 3 - U.S. Carmaker General Motors hopes to sell between "
        "7,000 and 8,000 vehicles in Europe this year, James Fry, vice-president "
        "of GM Overseas Distribution Corporation told a news briefing. \"The low "
        "dollar makes our prices very attractive,\" he said at a GM preview.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_after(lx, t1, "1989, a ", "CPC", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Chinese Petroleum");
    assert_int_equal(mention_after(lx, t2, "Inc.", "CPC", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "CPC International");
    assert_int_equal(mention_of(lx, t3, "SKBS ST", name, sizeof name), DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "Skanska");
    assert_int_equal(mention_after(lx, t4, "at a ", "GM", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    assert_string_equal(name, "General Motors");
    lexicon_free(lx);
}

/* A name before a comma and a state's dotted abbreviation is a town,
** whatever the tagger called it, even where the article names a company
** after the town; not the end of a congressman's name. Reuters-21578
** text. */
static void test_towns_before_states(void **state)
{
    static const char t1[] =
        "The deposits of the failed First National Bank of Crosby, Crosby, "
        "Tex., with total assets of 8.2 mln dlrs, were assumed by Central Bank.";
    static const char t2[] =
        "WASHINGTON, April 13 - A shareholder group led by Far Hills, N.J., "
        "investor Natalie Koether said it raised its stake in Computer "
        "Memories Inc.";
    static const char t3[] =
        "In a press release, Rep. David O'B. Martin, N.Y., said the awarding of "
        "the contract is subject to Congressional approval.";
    static const char t4[] =
        "The three to be constructed will be in Montgomery, Ala., Fort Myers, "
        "Fla. and Monroeville, Penn. Of the four recently opened, three were in "
        "Florida.";
    static const char t5[] =
        "The company said that beginning May 4 it will add a fourth daily "
        "nonstop to Des Moines, Iowa and a third nonstop to Spokane, Wash. "
        "Meanwhile, on May 21 it will add a fourth daily nonstop to New York.";
    static const char t6[] =
        "The company also said it is launching a jetfreighter service to "
        "Milan, Italy. Both routes will operate weekly.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_after(lx, t1, "Crosby, ", "Crosby", name, sizeof name),
                     DZ_ENT_PLACE);
    assert_string_equal(name, "Crosby");
    assert_int_equal(mention_of(lx, t2, "Far Hills", name, sizeof name), DZ_ENT_PLACE);
    assert_int_not_equal(mention_of(lx, t3, "Martin", NULL, 0), DZ_ENT_PLACE);
    /* a state's abbreviation the lexicon does not know */
    assert_int_equal(mention_of(lx, t4, "Monroeville", NULL, 0), DZ_ENT_PLACE);
    /* a town the lexicon knows as a place only; a country ending a
    ** sentence is no state's abbreviation */
    assert_int_equal(mention_of(lx, t5, "Spokane", NULL, 0), DZ_ENT_PLACE);
    assert_int_equal(mention_of(lx, t6, "Italy", NULL, 0), DZ_ENT_COUNTRY);
    lexicon_free(lx);
}

/* "Series" before a class's letter is no name, nor "Embassy" on its own:
** "the U.S. Embassy" is the embassy, named whole. Reuters-21578 text. */
static void test_series_and_embassies(void **state)
{
    static const char t1[] =
        "It said the company plans to seek approval of the holders of the "
        "Series B preferred stock to redeem the Series B shares.";
    static const char t2[] =
        "Indonesia's economy is expected to grow by about 1.0 pct in calendar "
        "1987, as the production of some commodities stagnates or declines, "
        "the U.S. Embassy said in a report.";
    char name[128];
    dz_lexicon *lx = lexicon_with_model();
    (void)state;

    assert_int_equal(mention_of(lx, t1, "Series", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "Embassy", NULL, 0), -1);
    assert_int_equal(mention_of(lx, t2, "U.S. Embassy", name, sizeof name),
                     DZ_ENT_ORGANIZATION);
    lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_combination),
        cmocka_unit_test(test_one_sense),
        cmocka_unit_test(test_joined_names),
        cmocka_unit_test(test_story_names),
        cmocka_unit_test(test_wire_furniture),
        cmocka_unit_test(test_company_names),
        cmocka_unit_test(test_company_tails),
        cmocka_unit_test(test_grades_and_zones),
        cmocka_unit_test(test_tables_and_abbreviations),
        cmocka_unit_test(test_and_names),
        cmocka_unit_test(test_national_bodies),
        cmocka_unit_test(test_dateline_states),
        cmocka_unit_test(test_article_abbreviations),
        cmocka_unit_test(test_described_companies),
        cmocka_unit_test(test_capitals),
        cmocka_unit_test(test_word_vote),
        cmocka_unit_test(test_two_firms),
        cmocka_unit_test(test_firm_forms),
        cmocka_unit_test(test_wire_names),
        cmocka_unit_test(test_name_openings),
        cmocka_unit_test(test_bracketed_companies),
        cmocka_unit_test(test_company_words),
        cmocka_unit_test(test_name_heads),
        cmocka_unit_test(test_lone_not_person),
        cmocka_unit_test(test_generic_words),
        cmocka_unit_test(test_handle_fallback),
        cmocka_unit_test(test_rounds_and_policies),
        cmocka_unit_test(test_towns_and_states),
        cmocka_unit_test(test_product_names),
        cmocka_unit_test(test_and_names_cut),
        cmocka_unit_test(test_possessive_firms),
        cmocka_unit_test(test_named_rates),
        cmocka_unit_test(test_bracketed_names),
        cmocka_unit_test(test_chamber_alone),
        cmocka_unit_test(test_paper_names),
        cmocka_unit_test(test_dividend_dates),
        cmocka_unit_test(test_adjective_firms),
        cmocka_unit_test(test_geo_nouns),
        cmocka_unit_test(test_iso_codes),
        cmocka_unit_test(test_table_heading_cities),
        cmocka_unit_test(test_lower_case_acronyms),
        cmocka_unit_test(test_wire_firms_and_units),
        cmocka_unit_test(test_bracket_whole_names),
        cmocka_unit_test(test_comma_partner_firms),
        cmocka_unit_test(test_lone_words_of_firms),
        cmocka_unit_test(test_grades_changed_and_agencies),
        cmocka_unit_test(test_surname_before_jr),
        cmocka_unit_test(test_company_letters),
        cmocka_unit_test(test_towns_before_states),
        cmocka_unit_test(test_series_and_embassies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
