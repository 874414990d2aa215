-- The entities module on small articles: top, get, mentions (with the
-- sentence), cooccur, pairs, find, define / alias / merge surviving
-- articles.reanalyze(), streaming twins and misuse.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

local function names(rows)
  local out = {}
  for _, r in ipairs(rows) do out[#out + 1] = r.name end
  return table.concat(out, ",")
end

articles.add{title = "One", published = "2024-03-01", body =
  "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing. " ..
  "Blinken later spoke to Treasury Secretary Janet Yellen."}
articles.add{title = "Two", published = "2024-04-10", body =
  "Yellen flew to Moscow. The Kremlin said Vladimir Putin would not meet Blinken."}
articles.add{title = "Three", published = "2024-04-20", body =
  "Analysts at the Zorblat Institute said Blinken was tired."}

-- top: each person once, by mentions; type and date filters
local top = entities.top{type = "person"}
assert(top[1].name == "Antony Blinken" and top[1].mentions == 4 and top[1].articles == 3,
       names(top))
for _, r in ipairs(top) do
  assert(r.type == "person")
  assert(r.name ~= "He" and r.name ~= "Blinken" and r.name ~= "Secretary")
end
assert(names(entities.top{type = "person", since = "2024-04-01"}) ==
       "Antony Blinken,Janet Yellen,Vladimir Putin", names(entities.top{type = "person", since = "2024-04-01"}))
assert(#entities.top{limit = 2} == 2)
local countries = names(entities.top{type = "country"})
assert(countries:find("China") and countries:find("Russia"), countries)
raises("unknown entity type", entities.top, {type = "planet"})
local n = 0
for r in entities.each{type = "person"} do n = n + 1; assert(r.name) end
assert(n == #top)

-- get by name, alias or lexicon alias; unknown is nil
local e = entities.get("blinken")
assert(e and e.name == "Antony Blinken" and e.type == "person" and math.type(e.id) == "integer")
assert(type(e.aliases) == "table")
local als = table.concat(e.aliases, ",")
assert(als == "Blinken", als)
assert(entities.get("Xi").name == "Xi Jinping")
assert(entities.get("No Such Body") == nil)

-- mentions carry their sentence
local ms = entities.mentions("Yellen")
assert(#ms == 2 and ms[1].surface == "Janet Yellen" and ms[2].surface == "Yellen")
assert(ms[1].sentence == "Blinken later spoke to Treasury Secretary Janet Yellen.", ms[1].sentence)
assert(ms[2].published == "2024-04-10")
assert(#entities.mentions("Yellen", {since = "2024-04-01"}) == 1)
n = 0
for m in entities.each_mention("Blinken") do n = n + 1 end
assert(n == 4)

-- cooccur: same sentence first, then same article
local co = entities.cooccur("Blinken", {type = "person"})
assert(co[1].name == "Xi Jinping" or co[1].name == "Janet Yellen" or co[1].name == "Vladimir Putin")
assert(co[1].sentences >= 1)
local by_art = entities.cooccur("Blinken", {by = "article", type = "country"})
assert(#by_art >= 2)
local pairs_ = entities.pairs{type = "person"}
assert(#pairs_ >= 2 and pairs_[1].sentences >= pairs_[#pairs_].sentences)

-- find: analyse a text without storing it
local found = entities.find("Chinese officials met NATO in Kyiv.")
assert(#found == 3)
assert(found[1].name == "China" and found[1].form == "adjective" and found[1].code == "CHN")
assert(found[2].name == "NATO" and found[2].type == "organization")
-- the capital as the place of the meeting is the city, as the actor it
-- stands for the government
assert(found[3].name == "Kyiv" and found[3].type == "place" and found[3].form == "name")
local said = entities.find("Kyiv said it would not attend the talks.")
assert(#said == 1 and said[1].name == "Ukraine" and said[1].form == "metonym")
assert(("Chinese officials"):sub(found[1].start, found[1].stop) == "Chinese")
assert(articles.count() == 3)

-- user edits survive re-analysis
local id = entities.define{name = "Zorblat Institute", type = "organization",
                           aliases = {"ZI", "Zorblat"}}
assert(math.type(id) == "integer")
assert(entities.alias("Tony", "Antony Blinken") == true)
local ok, msg = entities.alias("x", "Nobody Known")
assert(ok == nil and msg:find("no entity"))
raises("type", entities.define, {name = "X", type = "planet"})
raises("name", entities.define, {type = "person"})
articles.add{title = "Four", published = "2024-04-21", body = "Tony thanked ZI staff."}
assert(entities.get("Tony").name == "Antony Blinken")
articles.reanalyze()
assert(entities.top{type = "organization"}[1].name == "Zorblat Institute")
assert(entities.top{type = "person"}[1].mentions == 5)

-- merge moves the mentions; a re-analysis keeps them merged
assert(entities.merge("Antony Blinken", "Janet Yellen") == true)
assert(entities.get("Janet Yellen").name == "Antony Blinken")
articles.reanalyze()
assert(entities.top{type = "person"}[1].mentions == 7, entities.top{type = "person"}[1].mentions)
assert(select(2, entities.merge("Antony Blinken", "Nobody Known")):find("no entity"))
print("entities ok")
