/*
** test_actions_titles.c — a person named before his title speaks, not the
** body the title names: "Chen Zuyuan, Communist Party secretary of a
** village ..., said", "Robert Stevenson, K Mart vice president, told",
** "Helmut Kramer, spokesman for Chancellor Franz Vranitzky, told". The
** events dev set's convention: a named person who acts is the actor.
** Real Reuters 1987 sentences from stories outside the events dev set
** (reuters-events-dev).
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

/* The number of actions whose actor is who. */
static int acts_of(const dz_analysis *a, const char *who)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += !strcmp(actor(a, &a->actions[i]), who);
    return n;
}

/* A body's name before the title (reut2-011, "ECONOMIC SPOTLIGHT - CHINA
** MUST PRESERVE FARMLAND"; reut2-005, "K MART <KM> ENDS TALKS TO SELL STORES"). */
static void test_body_then_title(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "FENGBANG COUNTY, China, April 1 - Chen Zuyuan, Communist Party secretary of "
            "a village in the eastern province of Zhejiang, said the government listened "
            "too much to the demands of \"selfish city people\" and could raise city grain "
            "prices without any problem.", "1987-03-31");
    find(&a, "say", "Chen Zuyuan");
    assert_int_equal(acts_of(&a, "Chinese Communist Party"), 0);
    dz_analysis_free(&a);

    run(&a, "CHICAGO, March 17 - Robert Stevenson, K Mart vice president, told Reuters "
            "the talks, which began about six weeks ago, ended.", "1987-03-17");
    find(&a, "tell", "Robert Stevenson");
    assert_int_equal(acts_of(&a, "Kmart"), 0);
    dz_analysis_free(&a);
}

/* A title in lower case that names a person: the person before it speaks
** (reut2-003, "AUSTRIAN 1987 GROWTH SEEN BETWEEN 0.5 AND 1.5 PCT"), as
** he does before a body the tagger takes for a person ("Charles Haughey,
** leader of the Irish party Fianna Fail, said"). */
static void test_lower_title(void **state)
{
    dz_analysis a;
    (void)state;
    run(&a, "VIENNA, March 11 - Helmut Kramer, spokesman for Chancellor Franz Vranitzky, "
            "told Reuters that the forecast had been made during the meeting attended by "
            "Vranitzky, Finance Minister Ferdinand Lacina, National Bank President Stefan "
            "Koren and a WIFO representative.", "1987-03-11");
    find(&a, "tell", "Helmut Kramer");
    assert_int_equal(acts_of(&a, "Franz Vranitzky"), 0);
    dz_analysis_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_body_then_title),
        cmocka_unit_test(test_lower_title),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
