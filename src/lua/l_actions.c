/*
** l_actions.c — the `actions` Lua module: query and each (who did what to
** whom, when) over the stored actions, events (the same act reported
** several times, grouped and counted).
*/
#include <string.h>
#include "lua/lbind.h"
#include "lua/lpictures.h"
#include "analysis/actions.h"
#include "query/action_query.h"

/* Read the filter options at idx into f; raises on a bad option. Strings
** in f stay owned by the options table, which is on the stack. */
static void check_filter(lua_State *L, dossier *d, int idx, dz_action_filter *f)
{
    const char *cat, *stories, *published;
    memset(f, 0, sizeof *f);
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
    lbind_opt_period(L, d, idx, f->since, f->until);
    f->actor = lbind_opt_string(L, idx, "actor", NULL);
    f->target = lbind_opt_string(L, idx, "target", NULL);
    f->verb = lbind_opt_string(L, idx, "verb", NULL);
    f->modality = lbind_opt_string(L, idx, "modality", NULL);
    f->article = lbind_opt_int(L, idx, "article", 0);
    f->limit = lbind_opt_int(L, idx, "limit", 0);
    f->within = lbind_opt_bool(L, idx, "within", 0);
    if (lua_istable(L, idx)) {      /* named: true, false or nil (any) */
        lua_getfield(L, idx, "named");
        if (!lua_isnil(L, -1))
            f->named = lua_toboolean(L, -1) ? 1 : -1;
        lua_pop(L, 1);
    }
    published = lbind_opt_string(L, idx, "published_until", NULL);
    if (published && *published &&
        dz_resolve_date(d, published, 1, f->published_until) != 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "published_until: %s",
                                               dossier_errmsg(d)));
    stories = lbind_opt_string(L, idx, "stories", NULL);
    if (stories && (f->stories = actions_stories_parse(stories)) < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "stories must be \"all\", "
                      "\"political\" or \"business\", not '%s'", stories));
    if (f->modality && dz_modality_parse(f->modality) < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown modality '%s'",
                                               f->modality));
    cat = lbind_opt_string(L, idx, "category", NULL);
    if (cat && !(f->category = actions_category_parse(cat)))
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown category '%s'", cat));
}

/* Run one of the filtered action queries (actions_query, actions_events)
** with the options table at argument 1; push its rows as an array, or as
** an iterator when iter is set. The cursor passes to lbind. */
static int push_filtered(lua_State *L,
                         dz_cursor *(*run)(dossier *, const dz_action_filter *),
                         int iter)
{
    dossier *d = lbind_corpus(L);
    dz_action_filter f;
    dz_cursor *c;
    check_filter(L, d, 1, &f);
    c = run(d, &f);
    return iter ? lbind_push_iter(L, d, c) : lbind_push_rows(L, d, c);
}

/* actions.query{since=, until=, actor=, target=, verb=, category=,
** modality=, article=, limit=} -> array of records sorted by date */
static int l_actions_query(lua_State *L)
{
    return push_filtered(L, actions_query, 0);
}

/* actions.each{...}: iterator twin of query */
static int l_actions_each(lua_State *L)
{
    return push_filtered(L, actions_query, 1);
}

/* actions.events{...same options...} -> array of events: the actions of
** one actor, category, target and first day grouped, with reports,
** articles, article_list, ids and statement (see actions_events) */
static int l_actions_events(lua_State *L)
{
    return push_filtered(L, actions_events, 0);
}

/* actions.story(article id | text) -> {story = "political" | "business",
** political = n, business = n, political_words = "government 3, ...",
** business_words = "..."}: the story judgement and the words behind it;
** nil, message for an unknown article */
static int l_actions_story(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_story st;
    dz_buf words = { 0 };
    size_t n = 0;
    const char *text = NULL;
    int64_t id = 0;
    if (lua_type(L, 1) == LUA_TNUMBER)
        id = luaL_checkinteger(L, 1);
    else
        text = luaL_checklstring(L, 1, &n);
    lua_createtable(L, 0, 5);
    /* one list of words at a time, each pushed (and freed) before the next
    ** is made: nothing of ours is held when a push raises */
    if (actions_story(d, id, text, n, &st, &words, NULL) != DOSSIER_OK) {
        dz_buf_free(&words);
        lua_pushnil(L);
        lua_pushstring(L, dossier_errmsg(d));
        return 2;
    }
    lua_pushstring(L, st.is_political ? "political" : "business");
    lua_setfield(L, -2, "story");
    lua_pushinteger(L, st.political);
    lua_setfield(L, -2, "political");
    lua_pushinteger(L, st.business);
    lua_setfield(L, -2, "business");
    lbind_push_owned(L, words.data, words.len);
    lua_setfield(L, -2, "political_words");
    memset(&words, 0, sizeof words);
    if (actions_story(d, id, text, n, &st, NULL, &words) != DOSSIER_OK) {
        dz_buf_free(&words);
        return lbind_error(L, d);
    }
    lbind_push_owned(L, words.data, words.len);
    lua_setfield(L, -2, "business_words");
    return 1;
}

/* actions.lemma(word) -> lemma, category name | nil */
static int l_actions_lemma(lua_State *L)
{
    int root = 0;
    const char *lemma;
    lbind_corpus(L);            /* a closed corpus is an error here too */
    lemma = actions_lemma(luaL_checkstring(L, 1), &root);
    if (!lemma) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushstring(L, lemma);
    if (root > 0)
        lua_pushstring(L, dz_cameo_name(root));
    else
        lua_pushnil(L);
    return 2;
}

static const luaL_Reg actions_funcs[] = {
    { "query", l_actions_query },
    { "each", l_actions_each },
    { "events", l_actions_events },
    { "lemma", l_actions_lemma },
    { "story", l_actions_story },
    { "series", lpict_actions_series },
    { NULL, NULL }
};

int lbind_open_actions(lua_State *L)
{
    lbind_newmodule(L, 1, actions_funcs);
    return 1;
}
