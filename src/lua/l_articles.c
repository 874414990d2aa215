/*
** l_articles.c — the `articles` Lua module: add, get, count, list, each,
** ingest, reanalyze.
*/
#include <string.h>
#include "lua/lbind.h"

/* Read the filter options at idx into f. */
static void check_filter(lua_State *L, dossier *d, int idx, dz_article_filter *f)
{
    memset(f, 0, sizeof *f);
    if (!lua_isnoneornil(L, idx))
        luaL_checktype(L, idx, LUA_TTABLE);
    lbind_opt_period(L, d, idx, f->since, f->until);
    f->kind = lbind_opt_string(L, idx, "kind", NULL);
    f->section = lbind_opt_string(L, idx, "section", NULL);
    f->limit = lbind_opt_int(L, idx, "limit", 0);
    f->offset = lbind_opt_int(L, idx, "offset", 0);
    f->newest_first = strcmp(lbind_opt_string(L, idx, "order", "date"), "newest") == 0;
}

/* articles.add{title=, body=, published=, ...} -> id, "duplicate"? */
static int l_articles_add(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dossier_article a;
    int64_t id = 0;
    int rc;

    luaL_checktype(L, 1, LUA_TTABLE);
    memset(&a, 0, sizeof a);
    a.kind = lbind_opt_string(L, 1, "kind", NULL);
    a.title = lbind_opt_string(L, 1, "title", NULL);
    a.dek = lbind_opt_string(L, 1, "dek", NULL);
    a.section = lbind_opt_string(L, 1, "section", NULL);
    a.region = lbind_opt_string(L, 1, "region", NULL);
    a.byline = lbind_opt_string(L, 1, "byline", lbind_opt_string(L, 1, "author", NULL));
    a.published = lbind_opt_string(L, 1, "published", lbind_opt_string(L, 1, "date", NULL));
    a.date_source = lbind_opt_string(L, 1, "date_source", NULL);
    a.url = lbind_opt_string(L, 1, "url", NULL);
    a.source = lbind_opt_string(L, 1, "source", NULL);
    a.body = lbind_opt_string(L, 1, "body", lbind_opt_string(L, 1, "text", NULL));
    a.captions = lbind_opt_string(L, 1, "captions", NULL);
    a.meta = lbind_opt_string(L, 1, "meta", NULL);
    a.partial = lbind_opt_bool(L, 1, "partial", 0);
    rc = dossier_article_add(d, &a, &id);
    if (rc == DOSSIER_DUPLICATE) {
        lua_pushinteger(L, (lua_Integer)id);
        lua_pushliteral(L, "duplicate");
        return 2;
    }
    if (rc == DOSSIER_MISUSE)
        return luaL_argerror(L, 1, dossier_errmsg(d));
    if (rc != DOSSIER_OK)
        return lbind_error(L, d);
    lua_pushinteger(L, (lua_Integer)id);
    return 1;
}

/* articles.get(id) -> record | nil */
static int l_articles_get(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    lua_Integer id = luaL_checkinteger(L, 1);
    dz_cursor *c = articles_get(d, (int64_t)id);
    int rc;
    if (!c)
        return lbind_error(L, d);
    rc = dz_cursor_step(c);
    if (rc == 1)
        lbind_push_record(L, c);
    else
        lua_pushnil(L);
    dz_cursor_free(c);
    if (rc < 0)
        return lbind_error(L, d);
    return 1;
}

/* articles.count{since=, until=, kind=, section=} -> integer */
static int l_articles_count(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_article_filter f;
    int64_t n;
    check_filter(L, d, 1, &f);
    n = articles_count(d, &f);
    if (n < 0)
        return lbind_error(L, d);
    lua_pushinteger(L, (lua_Integer)n);
    return 1;
}

/* articles.list{since=, until=, kind=, section=, limit=, offset=, order=} */
static int l_articles_list(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_article_filter f;
    check_filter(L, d, 1, &f);
    return lbind_push_rows(L, d, articles_list(d, &f));
}

/* articles.each{...}: iterator twin of list */
static int l_articles_each(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    dz_article_filter f;
    check_filter(L, d, 1, &f);
    return lbind_push_iter(L, d, articles_list(d, &f));
}

static void push_stats(lua_State *L, const dossier_ingest_stats *s)
{
    lua_createtable(L, 0, 6);
    lua_pushinteger(L, s->files);
    lua_setfield(L, -2, "files");
    lua_pushinteger(L, s->files_failed);
    lua_setfield(L, -2, "failed");
    lua_pushinteger(L, s->articles_added);
    lua_setfield(L, -2, "added");
    lua_pushinteger(L, s->duplicates);
    lua_setfield(L, -2, "duplicates");
    lua_pushinteger(L, s->bytes);
    lua_setfield(L, -2, "bytes");
    lua_pushinteger(L, s->repaired_utf8);
    lua_setfield(L, -2, "repaired");
}

/* articles.ingest(path, {format=, date=, source=, url=, main_after=}) -> stats[, message]
** main_after: for text pages, the main article is looked for after the
** first line containing it (a per-site override of the split). */
static int l_articles_ingest(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    const char *path = luaL_checkstring(L, 1);
    dossier_ingest_opts o;
    dossier_ingest_stats s;
    int rc;
    memset(&o, 0, sizeof o);
    memset(&s, 0, sizeof s);
    o.format = lbind_opt_string(L, 2, "format", NULL);
    o.date = lbind_opt_string(L, 2, "date", NULL);
    o.source = lbind_opt_string(L, 2, "source", NULL);
    o.url = lbind_opt_string(L, 2, "url", NULL);
    o.main_after = lbind_opt_string(L, 2, "main_after", NULL);
    rc = dossier_ingest(d, path, &o, &s);
    push_stats(L, &s);
    if (rc == DOSSIER_INTERRUPTED)
        return lbind_error(L, d);
    if (rc != DOSSIER_OK) {
        lua_pushstring(L, dossier_errmsg(d));
        return 2;
    }
    return 1;
}

/* articles.reanalyze() -> true; re-runs analysis after entity edits */
static int l_articles_reanalyze(lua_State *L)
{
    dossier *d = lbind_corpus(L);
    if (dossier_reanalyze(d) != DOSSIER_OK)
        return lbind_error(L, d);
    lua_pushboolean(L, 1);
    return 1;
}

static const luaL_Reg articles_funcs[] = {
    { "add", l_articles_add },
    { "get", l_articles_get },
    { "count", l_articles_count },
    { "list", l_articles_list },
    { "each", l_articles_each },
    { "ingest", l_articles_ingest },
    { "reanalyze", l_articles_reanalyze },
    { NULL, NULL }
};

int lbind_open_articles(lua_State *L)
{
    lbind_newmodule(L, 1, articles_funcs);
    return 1;
}
