-- The seed page: who is named, each once under the full name, and no
-- pronoun, title or common word as a person.
local seed = "seeds/000_c242e1e204255b49.txt"
local f = io.open(seed)
if not f then os.exit(77) end
f:close()
assert(articles.ingest(seed, {date = "2024-04-23"}))

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
for _, bad in ipairs{ "He", "Blinken", "Biden", "Xi", "Yellen", "Putin", "Erdogan",
    "Recep Tayyip Erdogan", "Ushakov", "Secretary", "President", "Speaker",
    "Treasury Secretary", "Diplomacy Watch", "Global South", "Follow" } do
  assert(not persons[bad], "not a person: " .. bad)
end
assert(persons["Antony Blinken"] >= 3 and persons["Xi Jinping"] >= 3)

local countries = {}
for _, r in ipairs(entities.top{type = "country"}) do countries[r.name] = true end
for _, name in ipairs{ "United States", "China", "Taiwan", "Russia", "Ukraine",
    "Turkey", "Japan", "Philippines" } do
  assert(countries[name], "missing country " .. name)
end
local orgs = {}
for _, r in ipairs(entities.top{type = "organization"}) do orgs[r.name] = true end
for _, name in ipairs{ "WTO", "BRICS", "State Department", "TikTok", "Intel", "Microsoft" } do
  assert(orgs[name], "missing organization " .. name)
end
-- "U.S. officials" and the adjective "Chinese" count for their countries
local us = entities.mentions("United States")
local seen_us, seen_chinese = false, false
for _, m in ipairs(us) do if m.surface == "U.S." then seen_us = true end end
for _, m in ipairs(entities.mentions("China")) do
  if m.surface == "Chinese" then seen_chinese = true end
end
assert(seen_us and seen_chinese)
print("seed entities ok")
