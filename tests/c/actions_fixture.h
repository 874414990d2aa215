/*
** actions_fixture.h — what the action tests share: the lexicon made by
** setup and freed by teardown, the whole pipeline on a text (run), and
** lookups of the actions found (actor, target, find, count, dump).
** Included by one test file each; all static.
*/
#ifndef DZ_TEST_ACTIONS_FIXTURE_H
#define DZ_TEST_ACTIONS_FIXTURE_H

static dz_lexicon *lx;

static int setup(void **state)
{
    (void)state;
    lx = lexicon_new();
    return lx ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    lexicon_free(lx);
    return 0;
}

/* The whole pipeline on text published on date. */
static void run(dz_analysis *a, const char *text, const char *date)
{
    dz_analysis_init(a, text, strlen(text), date);
    assert_int_equal(text_split(a), 0);
    assert_int_equal(entities_find(lx, a), 0);
    assert_int_equal(timex_find(a), 0);
    assert_int_equal(actions_find(a), 0);
}

/* The actor's name: a mention's, or a group's named by a common noun. */
static const char *actor(const dz_analysis *a, const dz_action *x)
{
    return x->actor >= 0 ? a->mentions[x->actor].name
           : x->actor_group ? x->actor_group : "";
}

static const char *target(const dz_analysis *a, const dz_action *x)
{
    return x->target >= 0 ? a->mentions[x->target].name
           : x->target_group ? x->target_group : "";
}

static void dump(const dz_analysis *a)
{
    int i;
    for (i = 0; i < a->nactions; i++) {
        const dz_action *x = &a->actions[i];
        print_message("  %s | %s | %d | %s | %s..%s | %s\n", actor(a, x),
                      x->verb, x->category, target(a, x), x->begin,
                      x->end_date, dz_modality_name(x->modality));
    }
}

/* The action whose verb and actor are these, or fail. */
static const dz_action *find(const dz_analysis *a, const char *verb,
                             const char *who)
{
    int i;
    for (i = 0; i < a->nactions; i++)
        if (!strcmp(a->actions[i].verb, verb) && !strcmp(actor(a, &a->actions[i]), who))
            return &a->actions[i];
    dump(a);
    fail_msg("no action %s by %s in: %s", verb, who, a->text);
    return NULL;
}

/* The number of actions with this verb (inline: not every test file counts). */
static inline int count(const dz_analysis *a, const char *verb)
{
    int i, n = 0;
    for (i = 0; i < a->nactions; i++)
        n += !strcmp(a->actions[i].verb, verb);
    return n;
}

#endif
