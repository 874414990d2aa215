/*
** test_actions_groups.c — groups named by a common noun, not a name, as
** actors and targets of acts, each on a real Reuters 1987 sentence from
** stories outside the events dev set (reuters-events-dev): members of a
** state's assemblies ("Republican lawmakers") and ministers of a body ("EC
** foreign ministers") are groups of their own, not the state or the body;
** "industrial nations" are a group; an -ing word that opens a
** group ("Leading industrial nations") opens no clause; a body's initials
** in brackets keep its name with the group; "the ministers" after a named
** group of ministers are that group; "..., dealers said" is no statement
** of the name before the comma.
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

/* The first action whose verb is this by this actor, or NULL. */
static const dz_action *by(const dz_analysis *a, const char *verb, const char *who)
{
    int i;
    for (i = 0; i < a->nactions; i++)
        if (!strcmp(a->actions[i].verb, verb) && !strcmp(actor(a, &a->actions[i]), who))
            return &a->actions[i];
    return NULL;
}

/* Legislators named with their party or state are a group, not the party
** (reut2-011, "BROADER U.S. EEP SOUGHT BY REPUBLICAN LAWMAKERS"); ministers
** of the EC are the ministers, not the Community (reut2-011, "EC MINISTERS
** EXTEND BEEF, MILK MARKETING YEARS"). */
static void test_members(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, MARCH 31 - At a press conference, Republican lawmakers said they "
            "would propose expanding EEP to include all countries \"willing to purchase "
            "additional commodities at reasonable prices.\"", "1987-03-31");
    x = find(&a, "propose", "Republican lawmakers");
    assert_int_equal(x->category, 3);
    assert_null(by(&a, "propose", "Republican Party"));
    dz_analysis_free(&a);

    run(&a, "BRUSSELS, March 31 - European Community agriculture ministers agreed to extend "
            "the 1986/87 milk and beef marketing years to the end of May, Belgian minister "
            "Paul de Keersmaeker told a news conference.", "1987-03-31");
    find(&a, "agree", "European Community agriculture ministers");
    assert_null(by(&a, "agree", "European Community"));
    dz_analysis_free(&a);
}

/* "European Community (EC) foreign ministers" keep the body's name across
** its initials (reut2-005, "EC AGREES ON AID PACKAGE FOR MEDITERRANEAN
** STATES"); "the ministers" later in a story are the group named before
** (reut2-000, "EC MINISTERS POSTPONE TALKS ON SAVING DAIRY PACT"). */
static void test_bracketed_initials(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "BRUSSELS, March 17 - European Community (EC) foreign ministers have agreed on "
            "an aid package of loans and grants totalling more than 1.6 billion European "
            "Currency Units (Ecu) for states in the southern and eastern Mediterranean "
            "region.", "1987-03-17");
    find(&a, "agree", "European Community (EC) foreign ministers");
    dz_analysis_free(&a);

    run(&a, "BRUSSELS, March 3 - European Community (EC) farm ministers early today abandoned "
            "talks aimed at saving an agreement on cutting excessive milk production after "
            "making no progress in over 12 hours of negotiations.\n\n    The ministers "
            "will resume talks at 10.00 local time in a bid to clear the way for a "
            "full-scale review of proposed reforms for other surplus sectors.", "1987-03-03");
    find(&a, "resume", "European Community (EC) farm ministers");
    dz_analysis_free(&a);
}

/* "Leading" opens the group, not a clause (reut2-005, "LEADING INDUSTRIAL
** NATIONS TO MEET IN APRIL"); "12 other industrial nations" act beside the
** United States (reut2-004, "ARGENTINE DEBT TALKS DIFFICULT - CENTRAL
** BANK"). */
static void test_nations(void **state)
{
    dz_analysis a;
    const dz_action *x;
    (void)state;
    run(&a, "WASHINGTON, March 16 - Leading industrial nations will meet again next month to "
            "review their accord on currency stability, but U.S. Officials said financial "
            "markets are convinced for now the countries will live up to commitments to "
            "speed up economic growth.", "1987-03-16");
    x = find(&a, "meet", "leading industrial nations");
    assert_int_equal(x->modality, DZ_MOD_PLANNED);
    dz_analysis_free(&a);

    run(&a, "BUENOS AIRES, March 13 - The United States and 12 other industrial nations "
            "granted Argentina a 500 mln dlr bridge which was received this week.",
            "1987-03-13");
    x = find(&a, "grant", "industrial nations");
    assert_string_equal(target(&a, x), "Argentina");
    find(&a, "grant", "United States");
    dz_analysis_free(&a);
}

/* "..., dealers said": unnamed sources speak, not the name before the
** comma (reut2-009, "CENTRAL BANKS BUY DOLLARS FOR YEN IN LONDON";
** reut2-014, "CANADIAN BONDS CLOSE LOWER"). */
static void test_unnamed_sources(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "LONDON, March 25 - The Bank of Japan intervened to stem strong yen rises "
            "against the dollar during London trading this morning, dealers said.",
            "1987-03-25");
    assert_int_equal(count(&a, "say"), 0);
    dz_analysis_free(&a);

    run(&a, "TORONTO, April 7 - Canadian bonds extended mild losses from early activity to "
            "close up to 3/4 of a point lower in moderate trading, dealers said.",
            "1987-04-07");
    assert_int_equal(count(&a, "say"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_members),
        cmocka_unit_test(test_bracketed_initials),
        cmocka_unit_test(test_nations),
        cmocka_unit_test(test_unnamed_sources),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
