-- articles.ingest and dossier.readfile from Lua, and the Reuters importer
-- example on a small synthetic SGML file (gzip, Latin-1, SGML references).

local fx = "tests/fixtures/ingest/"

-- a feed: one article per item, stats as a table
local s, msg = articles.ingest(fx .. "feed.rss")
assert(s and not msg, msg)
assert(s.files == 1 and s.added == 2 and s.duplicates == 0 and s.failed == 0)
assert(s.bytes > 0)
local rows = dossier.sql("SELECT title, published, date_source, source FROM articles ORDER BY id")
assert(#rows == 2)
assert(rows[1].title == "Envoys meet in Geneva on grain corridor")
assert(rows[1].published == "2024-04-23" and rows[1].date_source == "meta")
assert(rows[1].source == "World Desk")

-- again: nothing new
s = articles.ingest(fx .. "feed.rss")
assert(s.added == 0 and s.duplicates == 2)

-- options reach the records without their own values
s = articles.ingest(fx .. "items.jsonl", {date = "2024-07-01", source = "Desk"})
assert(s.added == 3)
local r = dossier.sql("SELECT published, date_source, source, meta FROM articles WHERE title = 'No date here'")[1]
assert(r.published == "2024-07-01" and r.date_source == "option" and r.source == "Desk")
r = dossier.sql("SELECT meta FROM articles WHERE title = 'Summit ends with joint statement'")[1]
assert(r.meta == '{"tags":["summit","g7"],"wordcount":7}', r.meta)

-- the format can be forced; a failure comes back as stats plus a message
s, msg = articles.ingest(fx .. "items.csv", {format = "jsonl"})
assert(s.failed == 1 and s.added == 0)
assert(msg:find("invalid JSON"), msg)
local ok, err = pcall(articles.ingest, fx .. "items.csv", {format = "pdf"})
assert(ok and err.files == 0)

-- dossier.readfile: gunzip + Latin-1 to UTF-8
local text, repaired = dossier.readfile(fx .. "reuters/reut2-000.sgm.gz")
assert(text:find("<REUTERS", 1, true) and repaired == true)
assert(text:find("M\u{fc}ller said", 1, true))
local none, why = dossier.readfile(fx .. "no-such-file")
assert(none == nil and why:find("cannot read"))

-- the importer example
local before = articles.count()
arg = { [0] = "examples/import_reuters.lua", fx .. "reuters" }
local c = dofile("examples/import_reuters.lua")
assert(c.records == 3 and c.stories == 3 and c.added == 3, c.added)
assert(c.with_body == 2 and c.with_title == 2 and c.dated == 3)
assert(articles.count() == before + 3)
local cocoa = dossier.sql("SELECT published, body, meta FROM articles WHERE title = 'BAHIA COCOA REVIEW'")[1]
assert(cocoa.published == "1987-02-26")
assert(cocoa.body == "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia "
  .. "cocoa zone, alleviating the drought since early January and improving prospects "
  .. "for the coming temporao.\n\nArrivals at <BHC> were 1.2 mln bags & rising.", cocoa.body)
assert(cocoa.meta:find('"topics":["cocoa"]', 1, true))
local brief = dossier.sql("SELECT published, body FROM articles WHERE title = 'BUNDESBANK LEAVES RATES UNCHANGED'")[1]
assert(brief.published == "1987-03-02" and brief.body == "")
c = dofile("examples/import_reuters.lua")
assert(c.added == 0 and c.duplicates == 3)
