-- Counting entities in 1987 wire news: datelines and the "REUTER"
-- sign-off are not stored as mentions (entities.top says what it counts),
-- the Soviet Union of 1987 and the Russia of 2024 are told apart by the
-- story's date, and short or abbreviated names in queries stand for the
-- entity the corpus names ("U.S.", "USSR", "Baker"), or fail listing the
-- candidates when a surname is shared.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

articles.add{title = "BAKER SAYS DOLLAR", published = "1987-03-02", body =
  "WASHINGTON, March 2 - Treasury Secretary James Baker said the U.S. and " ..
  "the Soviet Union would talk. Baker said Moscow agreed.\n\n" ..
  "White House chief of staff Howard Baker said nothing. REUTER"}
articles.add{title = "GRAIN", published = "1987-03-03", body =
  "WASHINGTON, March 3 - Treasury Secretary James Baker met the USSR's trade " ..
  "minister. Baker said the U.S. would sell grain. REUTER"}
articles.add{title = "Sanctions", published = "2024-03-03", body =
  "Moscow said the Kremlin would answer, Russian officials said."}

-- no sign-off, no dateline among the stored mentions
local top = entities.top{since = "1987-03-01", ["until"] = "1987-03-31", limit = 20}
assert(top.counts and top.counts:find("not dateline"), tostring(top.counts))
local us, soviet
for _, r in ipairs(top) do
  assert(r.name ~= "Reuters", "the sign-off was counted")
  if r.name == "United States" then us = r end
  if r.name == "Soviet Union" then soviet = r end
end
-- "U.S." twice and "White House"; the two datelines would make five
assert(us and us.mentions == 3, "U.S.: the datelines were counted")
assert(soviet and soviet.mentions == 3 and soviet.articles == 2)
local c2024 = entities.top{since = "2024-03-01", ["until"] = "2024-03-31", type = "country"}
assert(c2024[1].name == "Russia" and c2024[1].mentions == 3)

-- names in queries
assert(entities.get("U.S.").name == "United States")
assert(entities.get("USSR").name == "Soviet Union")
assert(entities.get("Baker").name == "James Baker")
assert(entities.get("REUTER") == nil)     -- never stored
local acts = actions.query{actor = "Baker"}
for _, x in ipairs(acts) do assert(x.actor == "James Baker", x.actor) end

-- a surname two people share about as often: the candidates are listed
articles.add{title = "Senate", published = "1987-03-04", body =
  "Senator Howard Baker spoke. Howard Baker said Howard Baker's aides agreed."}
raises("James Baker.*Howard Baker", entities.get, "Baker")
raises("Howard Baker", actions.query, {actor = "Baker"})

-- a variant of an organisation's name in a query is read as in text: the
-- department as its state names it, an alias the corpus never used
articles.add{title = "Wheat", published = "1987-03-05", body =
  "The U.S. Agriculture Department said on Monday it would buy wheat."}
assert(entities.get("U.S. Agriculture Department").name == "Department of Agriculture")
assert(entities.get("Agriculture Department").name == "Department of Agriculture")
assert(entities.get("Iran Iraq") == nil)   -- two names are not one
