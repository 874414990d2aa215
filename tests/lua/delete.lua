-- articles.delete: an article goes with its rows (sentences, mentions,
-- time expressions, actions), its search entries and its share of the
-- monthly summaries; a page left empty goes too, so the file can be
-- ingested again.
local failures = 0
local function check(cond, msg)
  if not cond then failures = failures + 1; io.stderr:write("FAIL: ", msg, "\n") end
end
local function one(sql, ...) return dossier.sql(sql, ...)[1] end

local keep = articles.add{ title = "Summit in Manila", published = "2024-04-20",
  body = "President Marcos hosted Joe Biden in Manila on Friday. They discussed the South China Sea." }
local gone = articles.add{ title = "Talks in Doha", published = "2024-04-23",
  body = "Envoys from Qatar and Egypt met in Doha on Friday. Israel and Hamas sent delegations. " ..
         "Antony Blinken met Wang Yi in Beijing last week and warned China." }
local function rows(tbl, id)
  return one("SELECT count(*) AS n FROM " .. tbl .. " WHERE article = ?", id).n
end
for _, t in ipairs{ "sentences", "mentions", "timexes" } do
  check(rows(t, gone) > 0, "the article has " .. t .. " before")
end
check(#search.query("Doha") == 1, "found by search before")
local months = one("SELECT sum(mentions) AS n FROM entity_months WHERE month = '2024-04'").n

check(articles.delete(gone) == 1, "one article deleted")
check(articles.get(gone) == nil, "the article is gone")
for _, t in ipairs{ "sentences", "mentions", "timexes", "actions" } do
  check(rows(t, gone) == 0, t .. " of the article are gone")
end
check(#search.query("Doha") == 0, "the search index forgot it")
check(#search.query("Manila") == 1, "the other article is still found")
check(one("SELECT sum(mentions) AS n FROM entity_months WHERE month = '2024-04'").n < months,
      "the monthly summary lost its mentions")
check(one("SELECT count(*) AS n FROM mentions WHERE article = ?", keep).n > 0, "the other article keeps its mentions")
check(one("SELECT count(*) AS n FROM entities WHERE name = 'Doha'").n == 0, "an entity left without mentions is gone")
if dossier.engine() == "sqlite" then
  local fts = one("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Qatar'").n
  check(fts == 0, "no FTS row matches the deleted text")
  check(#dossier.sql("PRAGMA integrity_check") == 1, "integrity")
else                            -- the text search vector is the row's own
  check(one("SELECT count(*) AS n FROM articles WHERE tsv @@ to_tsquery('dossier', 'Qatar')").n == 0,
        "no row matches the deleted text")
end

-- a list; unknown ids count nothing; a deleted article can be added again
local a = articles.add{ title = "A", body = "Ministers met in Cairo on Monday." }
local b = articles.add{ title = "B", body = "Ministers met in Rome on Tuesday." }
check(articles.delete{ a, b, 999999 } == 2, "two of three ids existed")
check(articles.delete(999999) == 0, "nothing to delete")
check(articles.add{ title = "A", body = "Ministers met in Cairo on Monday." } ~= nil, "added again")
check(articles.count() == 2, "two articles left")
check(not pcall(articles.delete, { "x" }), "ids must be integers")
check(not pcall(articles.delete), "an id is needed")

-- an ingested file whose articles were all deleted can be ingested again
local path = os.tmpname() .. ".txt"
local f = assert(io.open(path, "w"))
f:write("Ceasefire talks\n\nEnvoys met in Doha on Friday to discuss a ceasefire.\n")
f:close()
articles.ingest(path)
local before = articles.count()
local ids = {}
for _, r in ipairs(dossier.sql("SELECT a.id FROM articles a JOIN pages p ON p.id = a.page")) do
  ids[#ids + 1] = r.id
end
check(#ids > 0, "the file's articles have a page")
check(articles.delete(ids) == #ids, "the file's articles deleted")
check(one("SELECT count(*) AS n FROM pages").n == 0, "the empty page is gone")
articles.ingest(path)
check(articles.count() == before, "the file went in again")
os.remove(path)

if failures > 0 then os.exit(1) end
print("delete: ok")
