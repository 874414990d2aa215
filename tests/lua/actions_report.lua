-- examples/actions_last_month.lua on the seed page, as of 2024-04-23: the
-- report ranks the month's events (acts of coercion before appeals and
-- statements), puts plain statements apart, leaves out the 2022-2023
-- events the article recalls, fits 80 columns; csv / json / markdown
-- output; bad options.

articles.ingest("seeds/000_c242e1e204255b49.txt")
dossier.asof("2024-04-23")

local run = dofile("tests/lua/lib/actions.lua").report

local text = run("--width", "0")
assert(text:find("^Events "))
assert(text:find("United States %-> China  %[disapprove"))
assert(text:find("attack China’s trade with Russia", 1, true))
assert(text:find("Japan, Philippines", 1, true))
assert(text:find("China %-> United States  %[disapprove%]\n%s+open a WTO dispute"))
assert(text:find("Xi Jinping %-> Joe Biden  %[make statement%]\n%s+say"))
for _, gone in ipairs{"Pelosi", "balloon", "California", "Yellen", "Wang Yi", "Great Hall"} do
  assert(not text:find(gone, 1, true), gone .. " must not be in the report")
end
-- ranked: the coercion comes before the visit and the statement; plain
-- statements last, apart
local coerce = text:find("[coerce]", 1, true)
local visit = text:find("travel to Beijing", 1, true)
local said = text:find("Xi Jinping -> Joe Biden", 1, true)
local apart = text:find("Plain statements, by actor:", 1, true)
assert(coerce and visit and said and apart)
assert(coerce < visit and visit < apart and said < apart)
assert(text:find("Michael Swaine (1)", apart, true))
-- 80 columns by default
for line in run():gmatch("[^\n]+") do
  assert(utf8.len(line) <= 80, line)
end

local csv = run("--format", "csv", "--actor", "China")
assert(csv:find("^date,actor,action,category,target,evidence,reports,articles,article,kind\r?\n"))
for line in csv:gmatch("[^\n]+") do
  assert(line:find("^date,") or line:find("^[%d%.%-]+,China,"), line)
end
local json = run("--format", "json", "--category", "disapprove")
assert(json:find('^%[{') and json:find('"category":"disapprove"'))
assert(json:find('"reports":2') and json:find('"kind":"act"'))
assert(not json:find('"category":"coerce"'))
-- the page an analyst can mail: one HTML file, a chart and the acts
local html = run("--format", "html")
assert(html:find("^<!DOCTYPE html>") and html:find("<svg", 1, true))
assert(not html:find("<script", 1, true))
assert(html:find("Acts, by weight", 1, true) and html:find("attack China", 1, true))
local md = run("--format", "markdown", "--since", "2024-04-01")
assert(md:find("^| date | actor |"))
-- "the last month" (from 2024-03-23) overlaps April: kept
assert(md:find("attack China", 1, true))
