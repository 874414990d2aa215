/*
** l_entities.c — the `entities` Lua module: top, each, get, mentions,
** each_mention, cooccur, pairs, find, define, alias, merge, model.
*/
#include <string.h>
#include "lua/lbind.h"
#include "lua/lpictures.h"
#include "query/entity_query.h"

#define ANALYSIS_MT "dossier.analysis"

/* Read the filter options at idx into f. */
static void check_filter(lua_State *L, dossier *d, int idx, dz_entity_filter *f)
{
    memset(f, 0, sizeof *f);
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
    f->type = lbind_opt_string(L, idx, "type", NULL);
    f->kind = lbind_opt_string(L, idx, "kind", NULL);
    f->limit = lbind_opt_int(L, idx, "limit", 0);
    f->by_article = strcmp(lbind_opt_string(L, idx, "by", "sentence"), "article") == 0;
    lbind_opt_period(L, d, idx, f->since, f->until);
}

/* The id of the entity named by the string at idx; raises on error,
** returns 0 when none is known. */
static int64_t check_entity(lua_State *L, dossier *d, int idx)
{
    const char *name = luaL_checkstring(L, idx);
    int64_t id = 0;
    if (entities_resolve(d, name, &id) != DOSSIER_OK)
        lbind_error(L, d);
    return id;
}

/* entities.top{type=, since=, until=, kind=, limit=} -> {name, type,
** mentions, articles}..., the list's field `counts` naming the kinds of
** mention counted: names, adjectives, metonyms and codes; datelines and
** wire sign-offs are never stored as mentions, so never counted. */
static int l_entities_top(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_entity_filter f;
    int n;
    check_filter(L, d, 1, &f);
    n = lbind_push_rows(L, d, entities_top(d, &f));
    if (n == 1 && lua_istable(L, -1)) {
        lua_pushstring(L, ENTITIES_COUNTED);
        lua_setfield(L, -2, "counts");
    }
    return n;
}

/* entities.each{...}: iterator twin of top */
static int l_entities_each(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_entity_filter f;
    check_filter(L, d, 1, &f);
    return lbind_push_iter(L, d, entities_top(d, &f));
}

/* entities.get(name_or_alias) -> {id, name, type, code?, aliases} | nil */
static int l_entities_get(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    int64_t id = check_entity(L, d, 1);
    dz_cursor *c;
    int rc;
    lua_Integer i, n;

    if (!id) {
        lua_pushnil(L);
        return 1;
    }
    if (!(c = entities_get(d, id)))
        return lbind_error(L, d);
    rc = dz_cursor_step(c);
    if (rc == 1)
        lbind_push_record(L, c);
    dz_cursor_free(c);
    if (rc < 0)
        return lbind_error(L, d);
    if (rc == 0) {
        lua_pushnil(L);
        return 1;
    }
    lbind_push_rows(L, d, entities_aliases(d, id));
    /* {{alias="x"}, ...} -> {"x", ...} */
    n = (lua_Integer)luaL_len(L, -1);
    lua_createtable(L, (int)n, 0);
    for (i = 1; i <= n; i++) {
        lua_geti(L, -2, i);
        lua_getfield(L, -1, "alias");
        lua_seti(L, -3, i);
        lua_pop(L, 1);
    }
    lua_setfield(L, -3, "aliases");
    lua_pop(L, 1);
    return 1;
}

/* entities.mentions(name, {since=, until=, kind=, limit=})
** -> {article, published, title, surface, sentence, start, end}... */
static int l_entities_mentions(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    int64_t id = check_entity(L, d, 1);
    dz_entity_filter f;
    check_filter(L, d, 2, &f);
    if (!id) {
        lua_newtable(L);
        return 1;
    }
    return lbind_push_rows(L, d, entities_mentions(d, id, &f));
}

/* entities.each_mention(name, {...}): iterator twin of mentions */
static int l_entities_each_mention(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    int64_t id = check_entity(L, d, 1);
    dz_entity_filter f;
    check_filter(L, d, 2, &f);
    return lbind_push_iter(L, d, entities_mentions(d, id, &f));
}

/* entities.cooccur(name, {type=, limit=, by="sentence"|"article", since=, until=})
** -> {name, type, sentences, articles}... */
static int l_entities_cooccur(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    int64_t id = check_entity(L, d, 1);
    dz_entity_filter f;
    check_filter(L, d, 2, &f);
    if (!id) {
        lua_newtable(L);
        return 1;
    }
    return lbind_push_rows(L, d, entities_cooccur(d, id, &f));
}

/* entities.pairs{type=, limit=, by=, since=, until=}
** -> {a, a_type, b, b_type, sentences, articles}... strongest first */
static int l_entities_pairs(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_entity_filter f;
    check_filter(L, d, 1, &f);
    return lbind_push_rows(L, d, entities_pairs(d, &f));
}

/* entities.each_pair{...}: iterator twin of pairs */
static int l_entities_each_pair(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_entity_filter f;
    check_filter(L, d, 1, &f);
    return lbind_push_iter(L, d, entities_pairs(d, &f));
}

/* __gc / __close of the scratch analysis of entities.find: idempotent. */
static int analysis_gc(lua_State *L)
{
    dz_analysis *a = luaL_checkudata(L, 1, ANALYSIS_MT);
    if (a->text) {
        dz_analysis_free(a);
        a->text = NULL;
    }
    return 0;
}

/* entities.find(text[, date]) -> {name, type, surface, start, stop,
** sentence, form, short}... : the entities in a text, nothing stored.
** start/stop are 1-based byte positions (string.sub(text, start, stop)).
** date ("YYYY-MM-DD", the text's publication date) picks the names of
** its time ("Moscow" in 1987 is the Soviet Union); none means today's.
** form: name, adjective, metonym, code, dateline or signoff (the last two
** are not stored as mentions when an article is added). */
static int l_entities_find(lua_State *L)
{
    static const char *const forms[] = { "name", "adjective", "metonym", "code",
                                         "dateline", "signoff" };
    dossier *d = lbind_corpus(L);
    size_t len;
    const char *text = luaL_checklstring(L, 1, &len);
    const char *date = luaL_optstring(L, 2, NULL);
    dz_analysis *a;
    int i;

    a = lua_newuserdatauv(L, sizeof *a, 0);
    memset(a, 0, sizeof *a);
    if (luaL_newmetatable(L, ANALYSIS_MT)) {
        lua_pushcfunction(L, analysis_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, analysis_gc);
        lua_setfield(L, -2, "__close");
    }
    lua_setmetatable(L, -2);
    dz_analysis_init(a, text, len, date);
    if (entities_extract(d, a) != DOSSIER_OK)
        return lbind_error(L, d);
    lua_createtable(L, a->nmentions, 0);
    for (i = 0; i < a->nmentions; i++) {
        const dz_mention *m = &a->mentions[i];
        lua_createtable(L, 0, 8);
        lua_pushstring(L, m->name);
        lua_setfield(L, -2, "name");
        lua_pushstring(L, dz_entity_type_name(m->type));
        lua_setfield(L, -2, "type");
        lua_pushlstring(L, text + m->start, (size_t)(m->end - m->start));
        lua_setfield(L, -2, "surface");
        lua_pushinteger(L, m->start + 1);
        lua_setfield(L, -2, "start");
        lua_pushinteger(L, m->end);
        lua_setfield(L, -2, "stop");
        lua_pushinteger(L, m->sentence + 1);
        lua_setfield(L, -2, "sentence");
        lua_pushstring(L, forms[m->form >= 0 && m->form < 6 ? m->form : 0]);
        lua_setfield(L, -2, "form");
        if (m->code) {
            lua_pushstring(L, m->code);
            lua_setfield(L, -2, "code");
        }
        lua_pushboolean(L, m->short_form);
        lua_setfield(L, -2, "short");
        lua_seti(L, -2, i + 1);
    }
    dz_analysis_free(a);
    a->text = NULL;
    return 1;
}

/* entities.define{name=, type=, aliases={...}} -> id */
static int l_entities_define(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *name, *type;
    const char **aliases;
    int n = 0, i;
    int64_t id = 0;

    luaL_checktype(L, 1, LUA_TTABLE);
    name = lbind_opt_string(L, 1, "name", NULL);
    type = lbind_opt_string(L, 1, "type", NULL);
    if (!name || !*name)
        return luaL_argerror(L, 1, "field 'name' is required");
    if (!type)
        return luaL_argerror(L, 1, "field 'type' is required");
    lua_getfield(L, 1, "aliases");
    if (lua_isstring(L, -1)) {
        lua_createtable(L, 1, 0);
        lua_insert(L, -2);
        lua_seti(L, -2, 1);
    } else if (!lua_isnil(L, -1) && !lua_istable(L, -1))
        return luaL_argerror(L, 1, "field 'aliases' must be a list of strings");
    if (lua_istable(L, -1))
        n = (int)luaL_len(L, -1);
    /* scratch lives in a userdata, so a raise cannot leak it */
    aliases = lua_newuserdatauv(L, (size_t)(n + 1) * sizeof *aliases, 0);
    for (i = 0; i < n; i++) {
        /* the table keeps each string alive after the pop */
        if (lua_geti(L, -2, i + 1) != LUA_TSTRING)
            return luaL_argerror(L, 1, "field 'aliases' must be a list of strings");
        aliases[i] = lua_tostring(L, -1);
        lua_pop(L, 1);
    }
    if (entities_define(d, name, type, aliases, n, &id) != DOSSIER_OK) {
        if (dz_entity_type_parse(type) == DZ_ENT_NONE)
            return luaL_argerror(L, 1, dossier_errmsg(d));
        return lbind_error(L, d);
    }
    lua_pushinteger(L, (lua_Integer)id);
    return 1;
}

/* Push the outcome of an entity edit: true, or nil and the message when a
** name is unknown; other failures raise. */
static int push_edit_result(lua_State *L, dossier *d, int rc)
{
    if (rc == DOSSIER_NOTFOUND) {
        lua_pushnil(L);
        lua_pushstring(L, dossier_errmsg(d));
        return 2;
    }
    if (rc != DOSSIER_OK)
        return lbind_error(L, d);
    lua_pushboolean(L, 1);
    return 1;
}

/* entities.alias(alias, canonical) -> true | nil, message */
static int l_entities_alias(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *alias = luaL_checkstring(L, 1);
    const char *canon = luaL_checkstring(L, 2);
    return push_edit_result(L, d, entities_alias(d, alias, canon));
}

/* entities.merge(keep, drop) -> true | nil, message */
static int l_entities_merge(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *keep = luaL_checkstring(L, 1);
    const char *drop = luaL_checkstring(L, 2);
    return push_edit_result(L, d, entities_merge(d, keep, drop));
}

/* entities.model() -> {loaded=bool, reason=string?}: whether names come
** from the learned tagger too, or from gazetteers and rules only (why). */
static int l_entities_model(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *reason = NULL;
    int rc = dz_lexicon_model(d, &reason);
    if (rc < 0)
        return lbind_error(L, d);
    lua_createtable(L, 0, 2);
    lua_pushboolean(L, rc == 1);
    lua_setfield(L, -2, "loaded");
    if (rc == 0 && reason) {
        lua_pushstring(L, reason);
        lua_setfield(L, -2, "reason");
    }
    return 1;
}

static const luaL_Reg entities_funcs[] = {
    { "top", l_entities_top },
    { "each", l_entities_each },
    { "get", l_entities_get },
    { "mentions", l_entities_mentions },
    { "each_mention", l_entities_each_mention },
    { "cooccur", l_entities_cooccur },
    { "pairs", l_entities_pairs },
    { "each_pair", l_entities_each_pair },
    { "find", l_entities_find },
    { "define", l_entities_define },
    { "alias", l_entities_alias },
    { "merge", l_entities_merge },
    { "model", l_entities_model },
    { "series", lpict_entities_series },
    { "network", lpict_entities_network },
    { NULL, NULL }
};

int lbind_open_entities(lua_State *L)
{
    lbind_newmodule(L, 1, entities_funcs);
    return 1;
}
