-- The seed bars on whatever corpus the test is given (an empty SQLite
-- file or an empty PostgreSQL database, see tests/cli/pg.sh): the seed
-- page cut into its main article, teasers and links (and found there by
-- search); its 13 people, each
-- once under the full name; the 8 actions of "the last month".
local seed = "seeds/000_c242e1e204255b49.txt"
local f = io.open(seed)
if not f then os.exit(77) end
f:close()
local stats = assert(articles.ingest(seed))
assert(stats.added == 6, "added " .. tostring(stats.added))

-- segmentation: one article (dated by the sidecar), three teasers, two links
local kinds, main = {}, nil
for _, a in ipairs(articles.list{}) do
  kinds[a.kind] = (kinds[a.kind] or 0) + 1
  if a.kind == "article" then main = a end
end
assert(kinds.article == 1 and kinds.teaser == 3 and kinds.link == 2,
       ("kinds %s/%s/%s"):format(kinds.article, kinds.teaser, kinds.link))
assert(main.published == "2024-04-23" and main.title:find("^Blinken goes to China"))
assert(articles.count{} == 6 and articles.count{kind = "teaser"} == 3)
-- search finds each piece where the page put it
local hit = search.query("sanctions")[1]
assert(hit and hit.id == main.id and hit.snippet:find("\2sanctions\3", 1, true))
hit = search.query("Erdogan")[1]
assert(hit and hit.kind == "teaser" and hit.title:find("BRICS", 1, true))
assert(hit.snippet:find("\2Erdoğan\3", 1, true), hit.snippet)
assert(search.count("title:BRICS") == 1 and search.count("sanctions", {since = "1900"}) == 1)
assert(search.count("Erdogan", {since = "1900"}) == 0)       -- an undated teaser
-- ingesting it again stores nothing twice
assert(articles.ingest(seed).added == 0 and articles.count{} == 6)

-- the 13 people
local persons = {}
for _, r in ipairs(entities.top{type = "person"}) do
  assert(not persons[r.name], "twice: " .. r.name)
  persons[r.name] = r.mentions
end
for _, name in ipairs{ "Antony Blinken", "Xi Jinping", "Joe Biden", "Janet Yellen",
    "Nancy Pelosi", "Gina Raimondo", "John Kerry", "Wang Yi", "He Lifeng",
    "Michael Swaine", "Vladimir Putin", "Recep Tayyip Erdoğan", "Yuri Ushakov" } do
  assert(persons[name], "missing person " .. name)
end
for _, bad in ipairs{ "He", "Blinken", "Biden", "Xi", "Putin", "Erdogan", "Secretary" } do
  assert(not persons[bad], "not a person: " .. bad)
end
assert(persons["Antony Blinken"] >= 3 and persons["Xi Jinping"] >= 3)
-- the month's summary gives what the mentions give
local apr = entities.top{type = "person", since = "2024-04-01", to = "2024-04-30"}
assert(#apr > 0 and apr[1].mentions == persons[apr[1].name])

-- the 8 actions of the month
dossier.asof("2024-04-23")
local rows = actions.query{since = "1 month"}
local function has(actor, verb, target, category)
  for _, r in ipairs(rows) do
    if r.actor == actor and r.verb == verb and (not target or r.target == target)
       and (not category or r.category == category) then
      return r
    end
  end
  error(("missing: %s %s %s"):format(actor, verb, target or ""), 2)
end
for i, r in ipairs(rows) do
  assert(r.date <= "2024-04-23" and (r.date_end or r.date) >= "2024-03-23")
  if i > 1 then assert(rows[i - 1].date <= r.date) end
end
has("United States", "attack", "China", "disapprove")
has("United States", "prepare", "China", "reduce relations")
has("United States", "blame", "China", "disapprove")
has("United States", "add", "Japan")
has("United States", "advance", "TikTok")
has("China", "open", "United States", "disapprove")
has("China", "establish", "Intel")
local xi = has("Xi Jinping", "say", "Joe Biden", "make statement")
assert(xi.text:find("second only to Taiwan", 1, true))
local us = actions.query{since = "1 month", actor = "U.S."}
assert(#us >= 5)
for _, r in ipairs(us) do assert(r.actor == "United States") end
print("seed bars ok")
