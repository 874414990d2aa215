/*
** test_actions_retold.c — who speaks and when, for what a story retells:
** the time of an act a noun names ("Brazil's decision last month") dates
** that act, not the sentence; a meeting noun's own phrase dates it; a
** weekday in lower case before a part of the day is a time; an object of
** an earlier verb is no speaker a title after it describes; a bare "a
** spokesman" is the voice of the body the sentence opens with; a
** possessed thing after an inverted "said" is what was said; a past act
** in a "when" clause takes the time of the clause it hangs on; "would
** probably" after a saying is a guess; a date between "the" and its noun
** names the noun; "Under the accords, X agreed" retells the accords. Real
** Reuters sentences (none of the events dev set).
*/
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "analysis/analysis.h"
#include "analysis/text.h"
#include "analysis/entities.h"
#include "analysis/timex.h"
#include "analysis/actions.h"

#include "actions_fixture.h"

/* "Knox said Brazil's decision last month to suspend payments ... had
** shocked the creditor banks": the decision's month, not the saying's
** (reut2-005, a World Bank official in Buenos Aires, March 14); "Welcoming
** Soviet leader Mikhail Gorbachev's offer Saturday ..., Reagan said" is
** said on the story's day (reut2-001, March 3). Counter-case: "At the
** company's annual meeting Wednesday, Possis said" is said at the
** meeting (reut2-003, March 12; "Possis Corp" named in full here, as the
** story's first sentence does). */
static void test_act_noun_time(void **state)
{
    dz_analysis a;
    int i;
    (void)state;
    run(&a, "BUENOS AIRES, March 13 - World Bank Vice-President David Knox said creditor banks "
            "must become more flexible in providing funds for Latin American debtor nations.\n\n"
            "Knox said Brazil's decision last month to suspend payments on a large portion of "
            "its foreign debt had shocked the creditor banks.", "1987-03-14");
    for (i = 0; i < a.nactions; i++)
        assert_string_equal(a.actions[i].begin, "1987-03-14");
    assert_int_equal(count(&a, "say"), 2);
    dz_analysis_free(&a);
    run(&a, "WASHINGTON, March 3 - Welcoming Soviet leader Mikhail Gorbachev's offer Saturday "
            "to proceed with a treaty on Intermediate Range Nuclear forces (INF) separate from "
            "strategic and space weapons, Reagan said: \"This removes a serious obstacle to "
            "progress towards INF reductions.\"", "1987-03-03");
    assert_string_equal(find(&a, "say", "Ronald Reagan")->begin, "1987-03-03");
    dz_analysis_free(&a);
    run(&a, "MINNEAPOLIS, March 12 - At the company's annual meeting Wednesday, Possis Corp "
            "said shareholders approved a proposal to increase the authorized common shares to "
            "20 mln from eight mln.", "1987-03-12");
    assert_string_equal(find(&a, "say", "Possis")->begin, "1987-03-11");
    dz_analysis_free(&a);
}

/* "the first-ever direct talks between the EC and the Soviet Union on
** establishing diplomatic relations in January": January's talks, not
** the story's day (reut2-007, EC and Comecon talks, March 20). */
static void test_meeting_phrase_time(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "GENEVA, March 20 - The talks followed an earlier round between the two trading "
            "blocs here last September and the first-ever direct talks between the EC and the "
            "Soviet Union on establishing diplomatic relations in January.", "1987-03-20");
    x = find(&a, "talk", "European Community");
    assert_string_equal(target(&a, x), "Soviet Union");
    assert_string_equal(x->begin, "1987-01-01");
    dz_analysis_free(&a);
}

/* "Reagan will address the nation wednesday night": a weekday in lower
** case before a part of the day is that day (reut2-000, March 2, a
** Monday). */
static void test_lower_weekday(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "WASHINGTON, March 2 - Reagan will address the nation wednesday night in response "
            "to the Tower Commission's report on the Iran arms scandal.", "1987-03-02");
    assert_string_equal(find(&a, "address", "Ronald Reagan")->begin, "1987-03-04");
    dz_analysis_free(&a);
}

/* "has agreed to meet African National Congress president Oliver Tambo
** ..., a senior official for the outlawed South African organization
** said": Tambo, the object of "meet", does not speak (reut2-008, March
** 23); "said Thailand's strong export performance, ... contributed": the
** economist named before speaks, not Thailand (reut2-000, March 3). */
static void test_object_no_speaker(void **state)
{
    dz_analysis a;
    int i;
    (void)state;
    run(&a, "OTTAWA, March 23 - Prime Minister Brian Mulroney has agreed to meet African "
            "National Congress president Oliver Tambo in Ottawa sometime in late April or early "
            "May, a senior official for the outlawed South African organization said.",
            "1987-03-23");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "say"))
            assert_string_not_equal(actor(&a, &a.actions[i]), "Oliver Tambo");
    assert_string_equal(target(&a, find(&a, "meet", "Brian Mulroney")), "Oliver Tambo");
    dz_analysis_free(&a);
    run(&a, "BANGKOK, March 3 - Nimit Nonthapanthawat, chief economist at the <Bangkok Bank "
            "Ltd>, said Thailand's strong export performance, its relatively high interest "
            "rates, foreign participation in its stock market, and growing foreign investment, "
            "especially from Japan, contributed to the projected sharp rise.", "1987-03-03");
    find(&a, "say", "Nimit Nonthapanthawat");
    for (i = 0; i < a.nactions; i++)
        assert_string_not_equal(actor(&a, &a.actions[i]), "Thailand");
    dz_analysis_free(&a);
}

/* "The European Community (EC) is ready to take measures ..., a
** spokesman said": the EC's spokesman, and so is "the spokesman" after
** (reut2-016, April 17). */
static void test_lead_body_spokesman(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "BRUSSELS, April 17 - The European Community (EC) is ready to take measures to "
            "ensure that Japanese exports expected to be effectively excluded from the U.S. "
            "Market from today are not diverted to the EC, a spokesman said.\n\n"
            "President Reagan is expected to announce later today the imposition of 100 pct "
            "tariffs on 300 mln dlrs worth of Japanese goods.\n\n"
            "But the spokesman said there was thought to be ample time to put the "
            "countermeasures in place after the Easter holiday.", "1987-04-17");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "say")) {
            assert_string_equal(actor(&a, &a.actions[i]), "European Community");
            n++;
        }
    assert_int_equal(n, 2);
    dz_analysis_free(&a);
}

/* "Denis Baudouin, on Monday sparked speculation of a reflation ... when
** he said ministers were agreed": the saying is Monday's (reut2-007, a
** French reflation story of Thursday, March 19). */
static void test_when_clause_time(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "PARIS, March 19 - Prime Minister Jacques Chirac's spokesman, Denis Baudouin, on "
            "Monday sparked speculation of a reflation hitherto excluded by the government when "
            "he said ministers were agreed on the desirability of \"relaunching the economy.\"",
            "1987-03-19");
    assert_string_equal(find(&a, "say", "Denis Baudouin")->begin, "1987-03-16");
    dz_analysis_free(&a);
}

/* "Government officials said Japan would make a formal request next week
** ... and that the two sides would probably meet the week after": a guess
** (hypothetical), not the future in the past a saying announces; the
** request is planned (reut2-010, March 28). */
static void test_guessed_would(void **state)
{
    dz_analysis a;
    int i, n = 0;
    (void)state;
    run(&a, "TOKYO, March 28 - While expressing regret over America's decision to impose "
            "tariffs on imports of Japanese electrical goods, Nakasone said Tokyo was willing to "
            "send a high-level official to Washington to help settle the dispute.\n\n"
            "Government officials said Japan would make a formal request "
            "next week for emergency talks and that the two sides would probably meet the week "
            "after, just days before the April 17 deadline set by Washington for the tariffs to "
            "take effect.", "1987-03-28");
    for (i = 0; i < a.nactions; i++)
        if (!strcmp(a.actions[i].verb, "meet")) {
            assert_int_equal(a.actions[i].modality, DZ_MOD_HYPOTHETICAL);
            n++;
        }
    assert_int_not_equal(n, 0);
    assert_int_equal(find(&a, "make", "Japan")->modality, DZ_MOD_PLANNED);
    dz_analysis_free(&a);
}

/* "said the February 22 Paris accords agreed by the Group of Five ...
** should serve as a basis": the date names the accords, the saying is the
** story's; "Under the Paris accords, the United States, Britain, France,
** West Germany, and Japan agreed to stabilize exchange rates": the accords'
** terms told again, no act of the story's day (reut2-010, a Chirac
** speech of March 30). */
static void test_agreement_retold(void **state)
{
    dz_analysis a;
    int i;
    (void)state;
    run(&a, "WASHINGTON, March 30 - French Prime Minister Jacques Chirac called on leading "
            "Western nations to set up a mechanism which would put a stop to volatile foreign "
            "exchange rate movements.\n\n"
            "The prime minister said the February 22 Paris accords agreed by the \"Group of "
            "Five\" industrial nations should serve as a basis for the new mechanism.\n\n"
            "Under the Paris accords, the United States, Britain, France, West Germany, and "
            "Japan agreed to stabilize exchange rates around existing parities.", "1987-03-30");
    for (i = 0; i < a.nactions; i++) {
        if (!strcmp(a.actions[i].verb, "say"))
            assert_string_equal(a.actions[i].begin, "1987-03-30");
        if (!strcmp(a.actions[i].verb, "agree"))
            assert_string_not_equal(a.actions[i].begin, "1987-03-30");
    }
    assert_int_equal(count(&a, "say"), 1);
    assert_int_equal(count(&a, "agree"), 5);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_act_noun_time),
        cmocka_unit_test(test_meeting_phrase_time),
        cmocka_unit_test(test_lower_weekday),
        cmocka_unit_test(test_object_no_speaker),
        cmocka_unit_test(test_lead_body_spokesman),
        cmocka_unit_test(test_when_clause_time),
        cmocka_unit_test(test_guessed_would),
        cmocka_unit_test(test_agreement_retold),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
