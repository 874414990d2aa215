-- Misuse of the whole Lua surface: every function of every module table
-- (found with pairs, so modules that land later are covered too) is called
-- with a battery of wrong arguments inside pcall. Each call must either
-- return or raise a string message; nothing may crash, print or raise a
-- non-string error. Run by the real binary on :memory: (ctest) and under
-- ASan, where a leak on an error path fails the run.
-- postgresql: skip: the battery checks the bindings' handling of wrong
-- arguments, which comes before the store; its 25,000 calls take 40 s on a
-- server, too long for cli.pg (fuzz_queries runs the query paths there)

local failures = 0
local function check(cond, msg)
  if not cond then
    failures = failures + 1
    io.stderr:write("FAIL: ", msg, "\n")
  end
end

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  check(not ok, "expected an error matching " .. pattern)
  check(type(err) == "string" and err:find(pattern),
        "error '" .. tostring(err) .. "' lacks " .. pattern)
end

-- some real data first, so queries have rows to walk
local seed = {
  { title = "Blinken visits Beijing", published = "2024-04-23",
    body = "Antony Blinken met Wang Yi in Beijing on Friday. China warned the " ..
           "United States over Taiwan. Last month Japan and the Philippines held talks." },
  { title = "Ceasefire talks", published = "2024-03-10", section = "News",
    body = "Envoys from Qatar and Egypt met in Doha. Israel and Hamas sent delegations." },
  { title = "Summit in Manila", published = "2023-12-01",
    body = "President Marcos hosted Joe Biden in Manila. They discussed the South China Sea." },
  { title = "Teaser", kind = "teaser", partial = true,
    body = "Russia and Ukraine exchanged prisoners, officials said." },
}
for _, a in ipairs(seed) do articles.add(a) end
assert(articles.count() == #seed)

-- ---- the battery ----------------------------------------------------------

local big = string.rep("x", 1 << 16)
local huge = string.rep("y", 1 << 20)   -- once per function (slow under ASan)
local co = coroutine.create(function() coroutine.yield(1) end)
local raising = setmetatable({}, { __index = function() error("boom from __index") end })
local values = {
  { "nil", nil }, { "zero", 0 }, { "one", 1 }, { "negative", -1 },
  { "maxint", math.maxinteger }, { "minint", math.mininteger },
  { "float", 1.5 }, { "nan", 0/0 }, { "inf", math.huge }, { "-inf", -math.huge },
  { "true", true }, { "false", false },
  { "empty string", "" }, { "space", " " },
  { "invalid utf-8", "\xff\xfe\xc3\x28\xe2\x82" }, { "nul bytes", "a\0b\0" },
  { "control chars", "\1\2\3\27[31m" }, { "quotes", "\"'*(:-)^NEAR AND OR NOT" },
  { "sql", "'); DROP TABLE articles; --" }, { "1 MB string", big },
  { "empty table", {} }, { "array", { 1, 2, 3 } }, { "nested table", { { {} } } },
  { "function", print }, { "lua function", function() return 1 end },
  { "coroutine", co }, { "userdata", io.stdout }, { "raising table", raising },
}

-- option fields the modules read, set all at once to one wrong value
local fields = { "title", "body", "text", "published", "date", "kind", "section",
  "region", "byline", "author", "url", "source", "captions", "meta", "partial",
  "dek", "date_source", "since", "until", "to", "limit", "offset", "order",
  "type", "by", "name", "aliases", "format", "columns", "width", "actor",
  "target", "verb", "category", "modality", "q", "query", "term", "article",
  "id", "min_score", "snippet", "fields", "raw", "sort" }
local function fill(v)
  local t = {}
  for _, f in ipairs(fields) do t[f] = v end
  return t
end

-- functions that take a path: keep hostile strings away from real files
local path_funcs = { open = true, ingest = true, readfile = true }
local function safe_path(v)
  if (type(v) == "string" or type(v) == "number") and v ~= "" and #tostring(v) < 4096 then
    return "/nonexistent-dossier-dir/" .. tostring(v)
  end
  return v
end

-- functions that delete: aim every id at one no article has (negative)
local function no_id(v)
  if math.type(v) == "integer" then return v > 0 and -v or v - 1000000 end
  if type(v) == "table" and getmetatable(v) == nil then
    local t = {}
    for i, x in ipairs(v) do t[i] = no_id(x) end
    return t
  end
  return v
end

local calls = 0
local function try(where, f, ...)
  calls = calls + 1
  local ok, err = pcall(f, ...)
  if not ok then
    check(type(err) == "string",
          where .. " raised a " .. type(err) .. " instead of a message")
    check(type(err) ~= "string" or #err > 0, where .. " raised an empty message")
  end
  return ok, err
end

-- Call f (named where) with every wrong value in several positions.
local function batter(where, f, self)
  local function call(...)
    if self ~= nil then return try(where, f, self, ...) end
    return try(where, f, ...)
  end
  local name = where:match("[%w_]+$")
  if name == "delete" then
    local g = f
    if self ~= nil then
      f = function(s, ...) return g(s, table.unpack(no_id({ ... }), 1, select("#", ...))) end
    else
      f = function(...) local n = select("#", ...) return g(table.unpack(no_id({ ... }), 1, n)) end
    end
  end
  if path_funcs[name] then
    -- whatever comes first is a path: never one that could be created
    local g = f
    if self ~= nil then
      f = function(s, p, ...) return g(s, safe_path(p), ...) end
    else
      f = function(p, ...) return g(safe_path(p), ...) end
    end
  end
  for _, nv in ipairs(values) do
    local label, v = nv[1], nv[2]
    if path_funcs[name] then v = safe_path(v) end
    local w = where .. "(" .. label .. ")"
    call(v)
    call(v, v)
    call(v, v, v)
    call(path_funcs[name] and "/nonexistent-dossier-dir/Beijing" or "Beijing", v)
    call(path_funcs[name] and "/nonexistent-dossier-dir/1" or 1, v)
    call(fill(v))
    call(path_funcs[name] and "/nonexistent-dossier-dir/Beijing" or "Beijing", fill(v))
    call(v, fill(v))
    if self == nil then try(w, f) end
  end
  call(huge)
  call("Beijing", { title = huge, since = huge, q = huge })
end

local function each_function(tbl, prefix, fn)
  local names = {}
  for k, v in pairs(tbl) do
    if type(v) == "function" then names[#names + 1] = k end
  end
  table.sort(names)
  for _, k in ipairs(names) do fn(prefix .. "." .. k, tbl[k], k) end
  return #names
end

-- the program's globals
local modules = { articles = articles, search = search, entities = entities,
                  actions = actions, dossier = dossier, report = report }
local nfuncs = 0
for _, mname in ipairs{ "articles", "search", "entities", "actions", "dossier", "report" } do
  local m = modules[mname]
  check(type(m) == "table", "module " .. mname .. " is missing")
  if type(m) == "table" then
    nfuncs = nfuncs + each_function(m, mname, function(where, f) batter(where, f) end)
  end
  -- the corpus still answers after every call of this module
  check(articles.count() >= #seed, "corpus lost articles after " .. mname)
end
check(nfuncs >= 20, "only " .. nfuncs .. " functions found")

-- ---- iterators from the each* twins ---------------------------------------

for _, mname in ipairs{ "articles", "search", "entities", "actions" } do
  for k, f in pairs(modules[mname]) do
    if type(k) == "string" and k:match("^each") then
      local ok, it = pcall(f, {})
      if not ok then ok, it = pcall(f, "Beijing", {}) end
      if ok and type(it) == "function" then
        -- walk to the end, then past it: must keep returning nothing
        local n = 0
        while it() ~= nil and n < 1000 do n = n + 1 end
        check(it() == nil, mname .. "." .. k .. " iterator restarted after its end")
        check(it("junk", {}) == nil, mname .. "." .. k .. " iterator with arguments")
      end
    end
  end
end

-- ---- a corpus object ------------------------------------------------------

local c = assert(dossier.open(":memory:"))
c.articles.add{ title = "One", body = "Angela Merkel met Emmanuel Macron in Paris.",
                published = "2020-02-02" }
for _, m in ipairs{ "close", "sql", "asof" } do
  check(type(c[m]) == "function", "corpus method " .. m .. " missing")
end
for _, m in ipairs{ "sql", "asof" } do
  batter("corpus:" .. m, c[m], c)
  batter("corpus." .. m .. "(bad self)", c[m])   -- self is a wrong value
end
for _, mname in ipairs{ "articles", "search", "entities", "actions" } do
  local m = c[mname]
  check(type(m) == "table", "corpus." .. mname .. " missing")
  if type(m) == "table" then
    each_function(m, "corpus." .. mname, function(where, f) batter(where, f) end)
  end
end
check(c.articles.count() >= 1, "the corpus object lost its article")
check(c.wrong_field == nil, "unknown field of a corpus is not nil")

-- a closed corpus: a clear error from every module function, method and
-- half-walked iterator; closing twice is fine
local kept = { articles = c.articles, search = c.search, entities = c.entities,
               actions = c.actions }
local it = c.articles.each{}
it()
local sql = c.sql
c:close()
c:close()
check(tostring(c):find("closed"), "tostring of a closed corpus")
raises("closed", function() return c.articles end)
raises("closed", sql, c, "SELECT 1")
raises("closed", c.asof, c)
raises("closed", it)
for mname, m in pairs(kept) do
  each_function(m, "closed." .. mname, function(where, f)
    -- pure functions (no corpus needed) may still work; the rest must say
    -- the corpus is closed
    local ok, err = try(where, f, "x")
    check(ok or (type(err) == "string" and err:find("closed")),
          where .. " on a closed corpus: " .. tostring(err))
  end)
end
do
  local c2 <close> = assert(dossier.open(":memory:"))
  c2.articles.add{ title = "x", body = "y" }
end

-- a corpus closed while its rows are still being walked by a for loop
do
  local c3 = assert(dossier.open(":memory:"))
  for i = 1, 5 do c3.articles.add{ title = "t" .. i, body = "b" .. i } end
  local ok, err = pcall(function()
    for _ in c3.articles.each{} do c3:close() end
  end)
  check(not ok and tostring(err):find("closed"), "closing inside each: " .. tostring(err))
end

-- dossier.open failures are nil, message
do
  local x, msg = dossier.open("/nonexistent-dossier-dir/x.db")
  check(x == nil and type(msg) == "string", "open of a bad path")
  x, msg = dossier.open("")
  check(x == nil and type(msg) == "string", "open of an empty path")
end

-- ---- specific misuse with a known answer ----------------------------------

raises("bad argument #1", articles.add, nil)
raises("bad argument #1", articles.add, "title")
raises("title or a body", articles.add, {})
raises("bad argument #1", articles.get, "one")
raises("bad argument #1", articles.get, 1.5)
check(articles.get(math.maxinteger) == nil, "get of a huge id")
check(articles.get(-1) == nil, "get of a negative id")
raises("field 'limit'", articles.list, { limit = "many" })
raises("field 'limit'", articles.list, { limit = 1.5 })
raises("field 'since'", articles.list, { since = {} })
raises("since", articles.list, { since = "yesterday-ish" })
-- the battery added articles (fields set to strings are valid titles)
local nall = articles.count()
check(#articles.list{ limit = math.maxinteger } == nall, "huge limit")
check(#articles.list{ limit = -5 } == nall, "negative limit means none")
check(#articles.list{ offset = math.maxinteger } == 0, "huge offset")
check(#articles.list{ offset = -3 } == nall, "negative offset")
raises("bad argument", dossier.sql, "SELECT ?", {})
raises("bad argument", dossier.sql, "SELECT ?", print)
raises("sql", dossier.sql, "DELETE FROM articles")
raises("sql", dossier.sql, "SELECT 1; SELECT 2")
raises("sql", dossier.sql, "")
-- statements sqlite3_stmt_readonly lets through but that change the session
-- (on a PostgreSQL corpus: transaction control and settings, in its SQL)
if dossier.engine() == "sqlite" then
  for _, q in ipairs{ "BEGIN", "SAVEPOINT s", "ATTACH DATABASE 'misuse-attached.db' AS x",
                      "PRAGMA query_only=ON", "PRAGMA foreign_keys=OFF",
                      "PRAGMA writable_schema=ON", "PRAGMA journal_mode=DELETE" } do
    raises("read%-only", dossier.sql, q)
  end
  check(io.open("misuse-attached.db") == nil, "ATTACH created a file")
  check(#dossier.sql("PRAGMA table_info(articles)") > 5, "reading pragmas work")
  check(dossier.sql("PRAGMA integrity_check")[1].integrity_check == "ok", "integrity_check")
  check(#dossier.sql("SELECT * FROM pragma_table_info('articles')") > 5, "pragma functions")
else
  for _, q in ipairs{ "BEGIN", "SAVEPOINT s", "COMMIT", "SET statement_timeout = 0",
                      "-- a comment first\nRESET ALL", "LOCK articles", "LISTEN x" } do
    raises("read%-only", dossier.sql, q)
  end
  check(#dossier.sql("SELECT column_name FROM information_schema.columns"
                     .. " WHERE table_name = 'articles'") > 5, "reading the catalogue works")
end
check(select(1, articles.add{ title = "after BEGIN", body = "still writable" }) > 0,
      "writes after refused session changes")
nall = nall + 1
check(dossier.sql("SELECT ? AS v", "a\0b")[1].v ~= nil, "NUL in a bound string")
check(math.type(dossier.sql("SELECT ? AS v", 3)[1].v) == "integer", "integers stay integers")
check(dossier.sql("SELECT NULL AS v")[1].v == nil, "NULL is nil")
check(articles.count() == nall, "sql misuse changed the corpus")
raises("deep", report.json, (function() local t = {}; t[1] = t; return t end)())
raises("bad argument #1", report.table, "rows")
raises("bad argument #1", report.csv, nil)
raises("", report.table, { 1, 2, 3 })
raises("", report.table, { { a = 1 } }, { columns = { true } })
raises("", report.csv, { { a = 1 } }, { columns = { {} } })
-- records are read raw: a metamethod cannot run (or raise) mid-render
check(report.csv({ raising }, { columns = { "a" } }) == "a\r\n\r\n", "raw read of records")
check(type(report.markdown({ { a = 1 }, raising }, { columns = { "a" } })) == "string",
      "raw read of records (markdown)")
raises("boom", report.json, { [setmetatable({}, { __tostring = function() error("boom") end })] = 1 })
check(type(report.json({ [{}] = 1, [print] = 2 })) == "string", "json with odd keys")
check(report.json(0/0):find("null"), "json NaN")
check(type(report.table({ { a = "\xff\xfe" } })) == "string", "table with invalid UTF-8")
check(type(report.table({ { a = big } }, { width = 1 })) == "string", "table with width 1")
check(type(report.table({ { a = "x" } }, { width = -3, limit = -2 })) == "string",
      "table with negative width and limit")

-- ---- dossier.date: the ranges a user would expect -------------------------

local function range(expr, base, b, e)
  local ok, rb, re = pcall(dossier.date, expr, base)
  check(ok and rb == b and re == e,
        string.format("dossier.date(%q, %q) = %s %s, expected %s %s", expr,
                      tostring(base), tostring(rb), tostring(re), b, e))
end
range("2024-04-23", "2024-06-01", "2024-04-23", "2024-04-23")
range("2024-04", "2024-06-01", "2024-04-01", "2024-04-30")
range("2024-02", "2024-06-01", "2024-02-01", "2024-02-29")
range("2023-02", "2024-06-01", "2023-02-01", "2023-02-28")
range("2024", "2024-06-01", "2024-01-01", "2024-12-31")
range("last month", "2024-04-23", "2024-03-01", "2024-03-31")
range("Last Month", "2024-01-15", "2023-12-01", "2023-12-31")
range("last month", "2024-03-31", "2024-02-01", "2024-02-29")
range("this month", "2024-04-23", "2024-04-01", "2024-04-30")
range("last year", "2024-04-23", "2023-01-01", "2023-12-31")
range("this year", "2024-04-23", "2024-01-01", "2024-12-31")
range("next year", "2024-04-23", "2025-01-01", "2025-12-31")
range("2 weeks", "2024-04-23", "2024-04-09", "2024-04-23")
range("30 days", "2024-04-23", "2024-03-24", "2024-04-23")
range("1 month", "2024-03-31", "2024-02-29", "2024-03-31")
range("1 year", "2024-02-29", "2023-02-28", "2024-02-29")
range("0 days", "2024-04-23", "2024-04-23", "2024-04-23")
range("2024-Q2", "2020-01-01", "2024-04-01", "2024-06-30")
range("Q4 2023", "2020-01-01", "2023-10-01", "2023-12-31")
range("yesterday", "2024-03-01", "2024-02-29", "2024-02-29")
range("today", "2024-04-23", "2024-04-23", "2024-04-23")
-- a base given as asof
dossier.asof("2024-04-23")
check(select(2, dossier.date("last month")) == "2024-03-31", "last month from asof")
check(articles.count{ since = "1 month" } == 1, "since 1 month from asof")
dossier.asof("today")
-- bad expressions and bases raise with the argument named
raises("bad argument #1", dossier.date, "the day after never", "2024-01-01")
raises("bad argument #1", dossier.date, "2024-13", "2024-01-01")
raises("bad argument #1", dossier.date, "2024-02-30", "2024-01-01")
raises("bad argument #1", dossier.date, "-3 days", "2024-01-01")
raises("bad argument #1", dossier.date, "99999999999999999999 days", "2024-01-01")
raises("bad argument #1", dossier.date, "", "2024-01-01")
raises("bad", dossier.date, "last month", "not a date")
raises("bad", dossier.date, "last month", "2024-02-30")
raises("bad argument #1", dossier.asof, "2024-02-30")
raises("bad argument #1", dossier.asof, "yesterday-ish")

check(articles.count() == nall, "the corpus changed size")
io.stderr:write(string.format("misuse: %d calls over %d functions\n", calls, nfuncs))
if failures > 0 then
  error(failures .. " check(s) failed", 0)
end
