/*
** help.c — one table describing every function of every Lua module, and
** what reads it: help(), the check that refuses unknown option keys, and
** the "did you mean" for a mistyped function name. The shell completes
** option names from the same table (cli/repl.c).
*/
#include <stdio.h>
#include <string.h>
#include <lauxlib.h>
#include "lua/help.h"

/* ---- the table ------------------------------------------------------------*/

#define O_SINCE   { "since", "date", "from this date: ISO (2024, 2024-04, 2024-04-23) or a duration back from the as-of date (\"30 days\"); without until, the period ends at the as-of date" }
#define O_UNTIL   { "until", "date", "up to this date (same forms as since)" }
#define O_NAMED   { "period", "string", "a whole period instead of since/until: \"last month\", \"2024-03\", \"30 days\"" }
#define O_TO      { "to", "date", "synonym of until (a Lua keyword)" }
#define O_KIND    { "kind", "string", "article, teaser or link" }
#define O_SECTION { "section", "string", "only this section" }
#define O_LIMIT   { "limit", "integer", "at most this many rows" }
#define O_OFFSET  { "offset", "integer", "skip this many rows first" }
#define O_PERIOD  O_SINCE, O_UNTIL, O_TO, O_NAMED
#define O_ARTICLE_FILTER O_PERIOD, O_KIND, O_SECTION
#define O_SEARCH  O_ARTICLE_FILTER, O_LIMIT, O_OFFSET, \
    { "order", "string", "\"rank\" (default) or \"date\" (newest first)" }, \
    { "marks", "string|table", "marks around matches in snippets: a string or {open, close}" }
#define O_ENTITY  { "type", "string", "person, country, organization, place, other or group (a group the action coder names by a common noun, \"banks\": never counted as a mention)" }, \
    O_KIND, O_LIMIT, O_PERIOD
#define O_BY      { "by", "string", "count together in the same \"sentence\" (default) or \"article\"" }
#define O_ACTION  O_PERIOD, \
    { "actor", "string", "who acted (a name or alias, or a group: \"banks\", \"strikers\")" }, \
    { "target", "string", "who was acted on" }, \
    { "verb", "string", "the verb's lemma (\"meet\")" }, \
    { "category", "string", "a CAMEO category (name or code, e.g. \"consult\" or \"04\")" }, \
    { "modality", "string", "asserted, reported, negated, planned or hypothetical" }, \
    { "article", "integer", "only actions of this article id" }, \
    { "named", "boolean", "true: only actions whose actor is named in their sentence, in or before the evidence; false: only those whose actor was taken from elsewhere (\"he\", \"the ministry\")" }, \
    { "within", "boolean", "only actions that begin in the period or lie mostly in it, and no act recalled from before it (default: all that overlap it)" }, \
    { "stories", "string", "judge each article (actions.story): \"political\" or \"business\" keeps those stories' actions, \"all\" keeps every one; each record gets a story field" }, \
    { "published_until", "string", "only actions of articles published on or before this date (what was known that day; undated articles kept)" }, \
    O_LIMIT
#define O_FILE    { "file", "string", "write to this file instead of returning the text; the format from its extension" }, \
    { "format", "string", "text, csv, json, markdown, html, svg, dot, graphml (as the function allows)" }
#define O_SERIES  { "by", "string", "bucket: \"day\", \"week\" (from Monday) or \"month\" (default)" }, \
    O_PERIOD, { "normalise", "boolean", "add total (articles published per bucket) and share" }, \
    { "normalize", "boolean", "same as normalise" }
#define O_REPORT  O_FILE, { "title", "string", "the page's title when written as HTML" }, \
    { "columns", "table", "the columns, in order (default: all, known ones first)" }, \
    { "limit", "integer", "at most this many rows" }, \
    { "width", "integer", "cut cells wider than this (table; 0: no limit; default 60)" }, \
    { "headers", "boolean", "print the header row (default true)" }
#define OPTS(...) ((const lhelp_opt[]){ __VA_ARGS__, { NULL, NULL, NULL } })

static const lhelp_fn table[] = {
    /* articles */
    { "articles", "add", "{title=, body=, published=, ...}", 1,
      "store an article; returns its id (and \"duplicate\" when already stored)",
      "articles.add{title = \"Talks\", body = \"...\", published = \"2024-04-22\"}",
      OPTS({ "title", "string", "headline" }, { "body", "string", "the text" },
           { "text", "string", "synonym of body" },
           { "published", "string", "publication date (ISO)" },
           { "date", "string", "synonym of published" },
           { "kind", "string", "article (default), teaser or link" },
           { "dek", "string", "subtitle" }, O_SECTION,
           { "region", "string", "region of the section" },
           { "byline", "string", "author(s)" }, { "author", "string", "synonym of byline" },
           { "date_source", "string", "where the date came from" },
           { "url", "string", "address" }, { "source", "string", "publication" },
           { "captions", "string", "picture captions" },
           { "meta", "string", "JSON text kept with the article" },
           { "partial", "boolean", "the text is incomplete" }) },
    { "articles", "get", "(id)", 0,
      "one article as a record (with its body), or nil", "articles.get(1)", NULL },
    { "articles", "count", "{since=, until=, kind=, section=}", 1,
      "number of articles", "articles.count{since = \"2024\"}",
      OPTS(O_ARTICLE_FILTER, O_LIMIT, O_OFFSET,
           { "order", "string", "\"date\" (default) or \"newest\"" }) },
    { "articles", "list", "{since=, until=, kind=, section=, limit=, offset=, order=}", 1,
      "articles as a list of records (without bodies)",
      "articles.list{since = \"30 days\", order = \"newest\", limit = 10}",
      OPTS(O_ARTICLE_FILTER, O_LIMIT, O_OFFSET,
           { "order", "string", "\"date\" (default) or \"newest\"" }) },
    { "articles", "each", "{same as list}", 1,
      "iterator twin of list: for a in articles.each{...} do ... end",
      "for a in articles.each{kind = \"teaser\"} do print(a.title) end",
      OPTS(O_ARTICLE_FILTER, O_LIMIT, O_OFFSET,
           { "order", "string", "\"date\" (default) or \"newest\"" }) },
    { "articles", "ingest", "(path, {format=, date=, source=, url=, main_after=})", 2,
      "read files or a folder into the corpus; returns stats (and a message on failure)",
      "articles.ingest(\"pages/\", {format = \"text\"})",
      OPTS({ "format", "string", "text, html, rss, jsonl, json or csv (default: by name and content)" },
           { "date", "string", "publication date for files that carry none" },
           { "source", "string", "publication name" }, { "url", "string", "address" },
           { "main_after", "string", "text pages: look for the main article only after the first line holding this text" }) },
    { "articles", "delete", "(id | {ids...})", 0,
      "remove articles with their analyses, summaries and search entries",
      "articles.delete(42)", NULL },
    { "articles", "reanalyze", "()", 0,
      "run the analysis again over every article (after entity edits)",
      "articles.reanalyze()", NULL },

    /* search */
    { "search", "query", "(q, {since=, until=, kind=, limit=, order=, marks=, ...})", 2,
      "ranked full-text search: words, \"phrases\", OR, -not, prefix*",
      "search.query('sanctions -\"trade war\"', {limit = 5})", OPTS(O_SEARCH) },
    { "search", "each", "(q, {same as query})", 2,
      "iterator twin of query (no default limit)",
      "for r in search.each(\"tariffs\") do print(r.id, r.title) end", OPTS(O_SEARCH) },
    { "search", "raw", "(fts5_expression, {same as query})", 2,
      "search with FTS5's own query syntax", "search.raw('title : china NEAR(trade talks)')",
      OPTS(O_SEARCH) },
    { "search", "count", "(q, {since=, until=, kind=, section=})", 2,
      "number of matching articles", "search.count(\"tariffs\", {since = \"2024\"})",
      OPTS(O_SEARCH) },
    { "search", "series", "(q, {by=, since=, until=, kind=, normalise=})", 2,
      "articles matching a search per day, week or month",
      "search.series(\"oil prices\", {by = \"month\", normalise = true})",
      OPTS(O_SERIES, O_KIND) },
    { "search", "compile", "(q)", 0,
      "the FTS5 expression a query becomes (raises on a bad query)",
      "search.compile('china -\"trade war\"')", NULL },
    { "search", "kwic", "(term, {width=, limit=, since=, until=, kind=, section=})", 2,
      "keyword in context: every occurrence, with the words around it",
      "search.kwic(\"sanctions\", {width = 40})",
      OPTS(O_ARTICLE_FILTER, O_LIMIT, O_OFFSET,
           { "width", "integer", "characters of context on each side (0-1000, default 30)" }) },

    /* entities */
    { "entities", "top", "{type=, since=, until=, kind=, limit=}", 1,
      "the entities named most: name, type, mentions, articles",
      "entities.top{type = \"person\", since = \"1 month\", limit = 10}", OPTS(O_ENTITY) },
    { "entities", "each", "{same as top}", 1,
      "iterator twin of top", "for e in entities.each{type = \"country\"} do print(e.name) end",
      OPTS(O_ENTITY) },
    { "entities", "get", "(name_or_alias)", 0,
      "an entity: id, name, type, code, aliases; or nil", "entities.get(\"Xi\")", NULL },
    { "entities", "mentions", "(name, {since=, until=, kind=, limit=})", 2,
      "where an entity is named: article, date, sentence",
      "entities.mentions(\"China\", {limit = 5})", OPTS(O_ENTITY) },
    { "entities", "each_mention", "(name, {same as mentions})", 2,
      "iterator twin of mentions",
      "for m in entities.each_mention(\"China\") do print(m.published) end", OPTS(O_ENTITY) },
    { "entities", "cooccur", "(name, {type=, by=, limit=, since=, until=})", 2,
      "who is named together with an entity, and how often",
      "entities.cooccur(\"China\", {type = \"person\", by = \"article\"})",
      OPTS(O_ENTITY, O_BY) },
    { "entities", "pairs", "{type=, by=, limit=, since=, until=}", 1,
      "the pairs of entities named together most",
      "entities.pairs{type = \"country\", limit = 10}", OPTS(O_ENTITY, O_BY) },
    { "entities", "each_pair", "{same as pairs}", 1,
      "iterator twin of pairs", "for p in entities.each_pair{} do print(p.a, p.b) end",
      OPTS(O_ENTITY, O_BY) },
    { "entities", "series", "{entity=, by=, since=, until=, kind=, normalise=}", 1,
      "mentions and articles naming an entity per day, week or month",
      "entities.series{entity = \"Japan\", by = \"week\", period = \"1987-03\"}",
      OPTS(O_SERIES, { "entity", "string", "the entity (name or alias)" }, O_KIND) },
    { "entities", "network", "{center=, since=, until=, min=, limit=, type=, actions=}", 1,
      "the entities named with one entity, and its actions, as nodes and weighted edges",
      "report.graph(entities.network{center = \"Japan\", period = \"1987-04\"})",
      OPTS(O_PERIOD, { "center", "string", "the entity at the centre" },
           { "min", "integer", "leave out edges weaker than this" }, O_LIMIT,
           { "type", "string", "only neighbours of this type" },
           { "actions", "boolean", "add its actions as arrows (default true)" }) },
    { "entities", "find", "(text)", 0,
      "the entities named in a text, with where they are",
      "entities.find(\"Blinken met Wang Yi in Beijing.\")", NULL },
    { "entities", "define", "{name=, type=, aliases={...}}", 1,
      "add an entity of your own (reanalyze to apply it to stored articles)",
      "entities.define{name = \"Wang Yi\", type = \"person\", aliases = {\"Wang\"}}",
      OPTS({ "name", "string", "canonical name" },
           { "type", "string", "person, country, organization, place or other" },
           { "aliases", "table", "other names, a list of strings" }) },
    { "entities", "alias", "(alias, canonical)", 0,
      "make a name an alias of an entity; true or nil, message",
      "entities.alias(\"PRC\", \"China\")", NULL },
    { "entities", "merge", "(keep, drop)", 0,
      "merge two entities into the first; true or nil, message",
      "entities.merge(\"Xi Jinping\", \"Xi\")", NULL },
    { "entities", "model", "()", 0,
      "whether the learned tagger is loaded (and why not)", "entities.model()", NULL },

    /* actions */
    { "actions", "query", "{since=, until=, actor=, target=, verb=, category=, modality=, article=, named=, within=, stories=, published_until=, limit=}", 1,
      "who did what to whom, when: records sorted by date",
      "actions.query{actor = \"United States\", category = \"consult\", since = \"1 month\"}",
      OPTS(O_ACTION) },
    { "actions", "each", "{same as query}", 1,
      "iterator twin of query",
      "for a in actions.each{target = \"China\"} do print(a.date, a.actor, a.verb) end",
      OPTS(O_ACTION) },
    { "actions", "events", "{same as query}", 1,
      "events, not sentences: the actions of one actor, category, target and first day grouped, with their reports and articles",
      "actions.events{period = \"last month\", limit = 20}",
      OPTS(O_ACTION) },
    { "actions", "series", "{actor=, target=, verb=, category=, modality=, by=, since=, until=, normalise=}", 1,
      "actions and events per day, week or month",
      "actions.series{actor = \"Iran\", by = \"week\", period = \"1987-03\"}",
      OPTS(O_SERIES, { "actor", "string", "who acted" }, { "target", "string", "who was acted on" },
           { "verb", "string", "the verb's lemma" }, { "category", "string", "a CAMEO category" },
           { "modality", "string", "asserted, reported, negated, planned or hypothetical" }) },
    { "actions", "lemma", "(word)", 0,
      "the lemma of a verb and its CAMEO category, or nil", "actions.lemma(\"met\")", NULL },
    { "actions", "story", "(article id | text)", 0,
      "is the story political or business copy? {story, political, business, political_words, business_words}: cue words counted (political when at least 2 and 60% of them)",
      "actions.story(42).story", NULL },

    /* dossier */
    { "dossier", "version", "()", 0, "the library's version", "dossier.version()", NULL },
    { "dossier", "clock", "()", 0,
      "seconds of wall-clock time (monotonic), to time queries a server runs",
      "local t = dossier.clock(); search.query(\"oil\"); print(dossier.clock() - t)", NULL },
    { "dossier", "asof", "([date|\"latest\"])", 0,
      "show or set the date relative periods count back from (needs a corpus)",
      "dossier.asof(\"latest\")", NULL },
    { "dossier", "engine", "()", 0,
      "where the corpus lives: \"sqlite\" or \"postgresql\" (the dialect of dossier.sql)",
      "if dossier.engine() == \"sqlite\" then print(dossier.sql(\"PRAGMA page_count\")[1].page_count) end",
      NULL },
    { "dossier", "date", "(expr [, base])", 0,
      "the first and last day of a date expression",
      "dossier.date(\"last month\")", NULL },
    { "dossier", "sql", "(query, ...)", 0,
      "read-only SQL with bound parameters; a list of records",
      "dossier.sql(\"SELECT kind, count(*) AS n FROM articles GROUP BY kind\")", NULL },
    { "dossier", "open", "(path, {sandbox=, busy_timeout=})", 2,
      "open another corpus: c.articles, c.search, ..., c:sql(q), c:asof(d), c:close()",
      "local c = dossier.open(\"other.db\"); print(c.articles.count())",
      OPTS({ "sandbox", "boolean", "the corpus read-only, for untrusted code" },
           { "busy_timeout", "integer", "milliseconds a write waits for another process's lock" }) },
    { "dossier", "readfile", "(path)", 0,
      "a file's text as UTF-8 (gunzipped, Latin-1 converted), and whether it was repaired",
      "local text = dossier.readfile(\"story.txt.gz\")", NULL },
    { "dossier", "progress", "(done, total [, note])", 0,
      "a progress line on a terminal for long work (the dossier program only; nil elsewhere)",
      "dossier.progress(i, #files, \"files\")  ...  dossier.progress()", NULL },
    { "dossier", "help", "([f | \"module.name\" | module])", 0,
      "this help: every function, or one function's options and an example",
      "help(articles.list)", NULL },

    /* report */
    { "report", "table", "(rows, {columns=, limit=, width=, headers=})", 2,
      "a list of records as an aligned text table", "io.write(report.table(articles.list{}))",
      OPTS(O_REPORT) },
    { "report", "csv", "(rows, {columns=, limit=, headers=})", 2,
      "a list of records as CSV (RFC 4180)", "io.write(report.csv(entities.top{}))",
      OPTS(O_REPORT) },
    { "report", "markdown", "(rows, {columns=, limit=, headers=})", 2,
      "a list of records as a markdown table", "io.write(report.markdown(entities.top{}))",
      OPTS(O_REPORT) },
    { "report", "json", "(value)", 2,
      "any value as JSON", "io.write(report.json(articles.get(1)))", OPTS(O_REPORT) },
    { "report", "line", "(rows, {columns=, limit=})", 2,
      "records one per block, one field per line (as the shell's .mode line)",
      "io.write(report.line({articles.get(1)}))", OPTS(O_REPORT) },
    { "report", "chart", "(series or {series...}, {kind=, title=, value=, x=, width=, height=, file=, format=})", 2,
      "a chart of one or more series: bars, lines or a sparkline in the terminal, or SVG",
      "report.chart(entities.series{entity = \"Japan\", by = \"week\"}, {file = \"japan.svg\"})",
      OPTS(O_FILE, { "kind", "string", "\"bar\" (default), \"line\" or \"spark\"" },
           { "title", "string", "a title above the chart" },
           { "value", "string", "the field charted (default: the series' own)" },
           { "x", "string", "the field on the x axis (default start)" },
           { "width", "integer", "columns (terminal) or pixels (SVG)" },
           { "height", "integer", "rows (terminal) or pixels (SVG)" },
           { "ylabel", "string", "the y axis' label" }) },
    { "report", "graph", "(network, {format=, title=, file=, dot=})", 2,
      "a network as DOT, SVG (by Graphviz), JSON or GraphML",
      "report.graph(entities.network{center = \"Japan\"}, {file = \"japan.svg\"})",
      OPTS(O_FILE, { "title", "string", "a title" },
           { "dot", "string", "Graphviz's program (default: dot on PATH)" }) },
    { "report", "timeline", "(records, {title=, label=, date=, since=, until=, limit=, width=, file=, format=})", 2,
      "dated records (actions, articles) on a time axis, in the terminal or as SVG",
      "report.timeline(actions.query{actor = \"Japan\", limit = 30})",
      OPTS(O_FILE, { "title", "string", "a title" },
           { "label", "string", "the field that labels each record" },
           { "date", "string", "the field holding each record's date (default date)" },
           { "since", "date", "the axis' first day (default: the first record's)" },
           { "until", "date", "the axis' last day" }, { "to", "date", "synonym of until" },
           { "limit", "integer", "at most this many records" },
           { "width", "integer", "columns (terminal) or pixels (SVG)" }) },
    { "report", "html", "{title=, subtitle=, sections={...}, file=}", 1,
      "one self-contained HTML page of tables, charts, timelines and networks",
      "report.html{title = \"Japan\", file = \"japan.html\", sections = {{title = \"Per week\", chart = s}}}",
      OPTS(O_FILE, { "title", "string", "the page's title" },
           { "subtitle", "string", "a line under the title" },
           { "sections", "table", "{title=, text=, table=, columns=, limit=, chart=, kind=, timeline=, graph=} each" }) },
};

#define NTABLE ((int)(sizeof table / sizeof table[0]))

const lhelp_fn *lhelp_at(int i)
{
    return i >= 0 && i < NTABLE ? &table[i] : NULL;
}

const lhelp_fn *lhelp_find(const char *module, const char *name)
{
    int i;
    for (i = 0; i < NTABLE; i++)
        if (strcmp(table[i].module, module) == 0 && strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

const lhelp_fn *lhelp_find_qualified(const char *q)
{
    const char *dot = strchr(q, '.');
    char module[32];
    if (!dot || (size_t)(dot - q) >= sizeof module)
        return NULL;
    memcpy(module, q, (size_t)(dot - q));
    module[dot - q] = 0;
    return lhelp_find(module, dot + 1);
}

/* ---- nearest names ----------------------------------------------------------*/

/* Edit distance between a and b (insert, delete, replace, swap of two
** neighbours), capped: names are short. */
static int distance(const char *a, const char *b)
{
    int d[33][33], i, j, n = (int)strlen(a), m = (int)strlen(b);
    if (n > 32 || m > 32)
        return 99;
    for (i = 0; i <= n; i++)
        d[i][0] = i;
    for (j = 0; j <= m; j++)
        d[0][j] = j;
    for (i = 1; i <= n; i++)
        for (j = 1; j <= m; j++) {
            int c = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < c) c = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < c) c = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < c)
                c = d[i - 2][j - 2] + 1;
            d[i][j] = c;
        }
    return d[n][m];
}

/* Is candidate close enough to word to suggest it: within two edits (one
** for short words), or one is a prefix of the other. */
static int near(const char *word, const char *candidate, int *best)
{
    size_t wl = strlen(word), cl = strlen(candidate);
    int dist = distance(word, candidate);
    if (wl >= 3 && (strncmp(word, candidate, wl < cl ? wl : cl) == 0))
        dist = dist < 1 ? dist : 1;
    if (dist > (wl <= 3 ? 1 : 2) || dist >= *best)
        return 0;
    *best = dist;
    return 1;
}

/* ---- the option check -------------------------------------------------------*/

static int opt_known(const lhelp_fn *f, const char *key)
{
    const lhelp_opt *o;
    for (o = f->opts; o && o->name; o++)
        if (strcmp(o->name, key) == 0)
            return 1;
    return 0;
}

/* Push "did you mean 'x'? " (or "") and the list of valid keys. */
static void push_valid(lua_State *L, const lhelp_fn *f, const char *key)
{
    luaL_Buffer b;
    const lhelp_opt *o, *nearest = NULL;
    int best = 99;
    luaL_buffinit(L, &b);
    for (o = f->opts; key && o && o->name; o++)
        if (near(key, o->name, &best))
            nearest = o;
    if (nearest) {
        luaL_addstring(&b, "did you mean '");
        luaL_addstring(&b, nearest->name);
        luaL_addstring(&b, "'? ");
    }
    luaL_addstring(&b, "valid options: ");
    for (o = f->opts; o && o->name; o++) {
        if (o != f->opts)
            luaL_addstring(&b, ", ");
        luaL_addstring(&b, o->name);
    }
    if (!f->opts)
        luaL_addstring(&b, "none");
    luaL_pushresult(&b);
}

void lhelp_check_options(lua_State *L, const lhelp_fn *f)
{
    int idx;
    if (!f || !f->opts_arg || !f->opts)
        return;
    idx = f->opts_arg;
    if (lua_type(L, idx) != LUA_TTABLE)
        return;             /* the binding checks the type itself */
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            push_valid(L, f, NULL);
            luaL_argerror(L, idx, lua_pushfstring(L,
                "options are name = value pairs, not a list (%s)",
                lua_tostring(L, -1)));
        }
        if (!opt_known(f, lua_tostring(L, -1))) {
            push_valid(L, f, lua_tostring(L, -1));
            luaL_argerror(L, idx, lua_pushfstring(L,
                "unknown option '%s' for %s.%s; %s", lua_tostring(L, -2),
                f->module, f->name, lua_tostring(L, -1)));
        }
    }
}

/* ---- functions as entries ---------------------------------------------------*/

static const char registry_key[] = "dossier.help";

/* Push the weak-keyed map function -> entry (light userdata). */
static void push_map(lua_State *L)
{
    if (luaL_getsubtable(L, LUA_REGISTRYINDEX, registry_key) == 0) {
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
    }
}

/* __index of a module table: a missing name raises, naming the nearest
** function (upvalue 1: the module's name). */
static int module_index(lua_State *L)
{
    const char *module = lua_tostring(L, lua_upvalueindex(1));
    const char *key = lua_tostring(L, 2);
    const char *nearest = NULL;
    int best = 99;
    if (lua_type(L, 2) != LUA_TSTRING)
        return 0;
    /* names starting with "__" are probes by libraries (__name, __close...) */
    if (key[0] == '_' && key[1] == '_')
        return 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TSTRING && near(key, lua_tostring(L, -1), &best))
            nearest = lua_tostring(L, -1);
    }
    if (nearest)
        return luaL_error(L, "%s has no function '%s'; did you mean %s.%s?",
                          module, key, module, nearest);
    return luaL_error(L, "%s has no function '%s' (help(%s) lists them)",
                      module, key, module);
}

void lhelp_register_module(lua_State *L, int idx, const char *module, int strict)
{
    idx = lua_absindex(L, idx);
    push_map(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        const lhelp_fn *f = NULL;
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TFUNCTION)
            f = lhelp_find(module, lua_tostring(L, -2));
        if (f) {
            lua_pushlightuserdata(L, (void *)f);
            lua_rawset(L, -4);          /* map[function] = entry */
        } else {
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (!strict)
        return;
    lua_createtable(L, 0, 2);
    lua_pushstring(L, module);
    lua_pushcclosure(L, module_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, module);
    lua_setfield(L, -2, "__name");
    lua_setmetatable(L, idx);
}

/* The entry for the function at idx, or NULL. */
static const lhelp_fn *entry_of(lua_State *L, int idx)
{
    const lhelp_fn *f;
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) != LUA_TFUNCTION)
        return NULL;
    push_map(L);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    f = lua_touserdata(L, -1);
    lua_pop(L, 2);
    return f;
}

const lhelp_fn *lhelp_running(lua_State *L)
{
    lua_Debug ar;
    const lhelp_fn *f;
    if (!lua_getstack(L, 0, &ar) || !lua_getinfo(L, "f", &ar))
        return NULL;
    f = entry_of(L, -1);
    lua_pop(L, 1);
    return f;
}

/* ---- help text ----------------------------------------------------------------*/

void lhelp_push_text(lua_State *L, const lhelp_fn *f)
{
    luaL_Buffer b;
    const lhelp_opt *o;
    size_t w = 0;
    luaL_buffinit(L, &b);
    lua_pushfstring(L, "%s.%s%s\n  %s\n", f->module, f->name, f->args, f->help);
    luaL_addvalue(&b);
    for (o = f->opts; o && o->name; o++)
        if (strlen(o->name) > w)
            w = strlen(o->name);
    if (f->opts)
        luaL_addstring(&b, "options:\n");
    for (o = f->opts; o && o->name; o++) {
        char line[96];
        snprintf(line, sizeof line, "  %-*s  %-12s ", (int)w, o->name, o->type);
        luaL_addstring(&b, line);
        luaL_addstring(&b, o->help);
        luaL_addchar(&b, '\n');
    }
    lua_pushfstring(L, "example:\n  %s\n", f->example);
    luaL_addvalue(&b);
    luaL_pushresult(&b);
}

/* Push the list of the functions of module (NULL: all), one line each. */
static void push_list(lua_State *L, const char *module)
{
    luaL_Buffer b;
    int i;
    const char *last = "";
    luaL_buffinit(L, &b);
    for (i = 0; i < NTABLE; i++) {
        char line[160];
        if (module && strcmp(table[i].module, module) != 0)
            continue;
        if (strcmp(last, table[i].module) != 0) {
            if (*last)
                luaL_addchar(&b, '\n');
            last = table[i].module;
        }
        snprintf(line, sizeof line, "  %-22s %s\n", "", table[i].help);
        lua_pushfstring(L, "%s.%s", table[i].module, table[i].name);
        memcpy(line + 2, lua_tostring(L, -1),
               lua_rawlen(L, -1) < 22 ? lua_rawlen(L, -1) : 22);
        lua_pop(L, 1);
        luaL_addstring(&b, line);
    }
    if (!module)
        luaL_addstring(&b, "\nhelp(articles.list) or .help articles.list: options and an example.\n");
    luaL_pushresult(&b);
}

int lhelp_help(lua_State *L)
{
    const lhelp_fn *f = NULL;
    switch (lua_type(L, 1)) {
    case LUA_TNONE:
    case LUA_TNIL:
        push_list(L, NULL);
        return 1;
    case LUA_TFUNCTION:
        f = entry_of(L, 1);
        if (!f)
            return luaL_argerror(L, 1, "no help for this function (not a dossier function)");
        break;
    case LUA_TSTRING: {
        const char *s = lua_tostring(L, 1);
        int i;
        f = lhelp_find_qualified(s);
        if (!f)
            for (i = 0; i < NTABLE; i++)
                if (strcmp(table[i].module, s) == 0) {
                    push_list(L, s);
                    return 1;
                }
        if (!f)
            return luaL_argerror(L, 1, lua_pushfstring(L, "no help for '%s'", s));
        break;
    }
    case LUA_TTABLE:
        if (luaL_getmetafield(L, 1, "__name") == LUA_TSTRING) {
            push_list(L, lua_tostring(L, -1));
            return 1;
        }
        return luaL_argerror(L, 1, "not a dossier module");
    default:
        return luaL_argerror(L, 1, "a function, a module or a name such as \"articles.list\"");
    }
    lhelp_push_text(L, f);
    return 1;
}
