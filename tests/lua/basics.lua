-- The foundation's Lua surface: articles, dossier, report, corpus objects,
-- and misuse raising clear errors. Run by the real binary on :memory:.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

-- articles.add / get / count / list / each
assert(articles.count() == 0)
local id = articles.add{title = "Ceasefire talks", body = "Envoys met in Doha.",
                        published = "2024-03-10", section = "News", source = "test"}
assert(math.type(id) == "integer" and id > 0)
local same, dup = articles.add{title = "Ceasefire talks", body = "Envoys met in Doha.",
                               published = "2024-03-10"}
assert(same == id and dup == "duplicate")
articles.add{title = "Older story", body = "Something else.", published = "2023-01-05"}
articles.add{title = "Undated", body = "No date here.", kind = "teaser", partial = true}
assert(articles.count() == 3)
assert(articles.count{kind = "teaser"} == 1)
assert(articles.count{since = "2024-01-01"} == 1)
assert(articles.count{["until"] = "2023"} == 1)
assert(articles.count{to = "2023"} == 1)

local a = articles.get(id)
assert(a.title == "Ceasefire talks" and a.body == "Envoys met in Doha.")
assert(a.published == "2024-03-10" and a.section == "News" and a.kind == "article")
assert(a.date_source == "meta" and a.partial == 0)
assert(articles.get(99999) == nil)
assert(articles.get(id + 2).partial == 1)
assert(articles.get(id + 2).date_source == "unknown")

local rows = articles.list{limit = 2}
assert(#rows == 2 and rows[1].published <= rows[2].published)
assert(getmetatable(rows).__columns[1] == "id")
local newest = articles.list{order = "newest", limit = 1}
assert(newest[1].title == "Ceasefire talks")
local n = 0
for r in articles.each{} do n = n + 1; assert(r.id) end
assert(n == 3)
for r in articles.each{} do break end   -- breaking out frees the cursor

-- misuse is a clear error
raises("table expected", articles.add, "not a table")
raises("ISO date", articles.add, {title = "x", published = "10/03/2024"})
raises("kind", articles.add, {title = "x", kind = "rumour"})
raises("title or a body", articles.add, {})
raises("number expected", articles.get, "one")
raises("since", articles.list, {since = "whenever"})
raises("limit", articles.list, {limit = "ten"})

-- dossier.asof / date / sql
assert(dossier.asof("2024-04-23") == "2024-04-23")
assert(dossier.asof() == "2024-04-23")
local s, e = dossier.date("30 days")
assert(s == "2024-03-24" and e == "2024-04-23")
s, e = dossier.date("2024-02")
assert(s == "2024-02-01" and e == "2024-02-29")
raises("bad date", dossier.date, "the day after")
assert(articles.count{since = "2 months"} == 1)
local q = dossier.sql("SELECT title FROM articles WHERE published > ? ORDER BY title", "2023-06-01")
assert(#q == 1 and q[1].title == "Ceasefire talks")
assert(#dossier.sql("SELECT NULL AS x") == 1 and dossier.sql("SELECT NULL AS x")[1].x == nil)
raises("read%-only", dossier.sql, "DELETE FROM articles")
raises("one statement", dossier.sql, "SELECT 1; SELECT 2")
assert(articles.count() == 3)
assert(dossier.version():match("^%d+%.%d+%.%d+$"))

-- report writers
local t = report.table({{id = 1, title = "a"}, {id = 22, title = "bb"}})
-- numbers right-aligned, as psql and sqlite3 do; text left-aligned
assert(t == "id  title\n--  -----\n 1  a\n22  bb\n", t)
assert(report.table({{n = 5, s = "x"}}, {headers = false}) == "5  x\n")
assert(not pcall(report.table, {{n = 1}}, {header = false}))
local csv = report.csv({{id = 1, title = 'say "hi", ok'}})
assert(csv == 'id,title\r\n1,"say ""hi"", ok"\r\n', csv)
local md = report.markdown({{id = 1, title = "a|b"}})
assert(md == "| id | title |\n| --- | --- |\n| 1 | a\\|b |\n", md)
assert(report.json({1, 2, {x = "y"}}) == '[1,2,{"x":"y"}]\n')
assert(report.json(rows):sub(1, 1) == "[")
local cyc = {}; cyc.self = cyc
raises("too deep", report.json, cyc)
raises("table expected", report.table, 42)

-- a second corpus object
local other = assert(dossier.open(":memory:"))
assert(other.articles.count() == 0)
other.articles.add{title = "Elsewhere", body = "x"}
assert(other.articles.count() == 1 and articles.count() == 3)
assert(#other:sql("SELECT * FROM articles") == 1)
other:close()
raises("closed", function() return other.articles end)
raises("closed corpus", function() return other:sql("SELECT 1") end)
local bad, msg = dossier.open("/no/such/dir/x.db")
assert(bad == nil and msg:find("cannot open"))

-- arg table as lua(1) has
assert(arg and arg[0]:find("basics.lua"))
print("basics ok")
