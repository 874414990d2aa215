-- bench/dump-queries.lua: print the answers of the query modules on the
-- open corpus, one line per row with sorted keys, so that two builds (or a
-- database before and after a schema migration) can be compared with diff:
--   dossier -d A.db bench/dump-queries.lua > a.txt
--   dossier -d B.db bench/dump-queries.lua > b.txt && diff a.txt b.txt
-- Covers articles.list, search.query (whole corpus and one month),
-- search.count, entities.top / get / mentions / cooccur / series /
-- network, actions.query / events / series, over the corpus's busiest
-- months. Scores are printed to 9 significant digits.
local function val(v)
  if type(v) == "number" then
    return math.type(v) == "integer" and tostring(v) or string.format("%.9g", v)
  elseif type(v) == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local out = {}
    for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. "=" .. val(v[k]) end
    return "{" .. table.concat(out, ",") .. "}"
  end
  return tostring(v)
end
local function show(name, ok, rows)
  if not ok then print(name .. " ERROR " .. tostring(rows)) return end
  if type(rows) ~= "table" then print(name .. " " .. val(rows)) return end
  print(name .. " #" .. #rows)
  for i, r in ipairs(rows) do print(name .. " " .. i .. " " .. val(r)) end
end
local function run(name, f, ...) show(name, pcall(f, ...)) end

local months = {}
for _, r in ipairs(dossier.sql("SELECT substr(published, 1, 7) AS m, count(*) AS n"
    .. " FROM articles WHERE published IS NOT NULL GROUP BY m ORDER BY n DESC, m LIMIT 3")) do
  months[#months + 1] = r.m
end
run("articles.list", articles.list, { limit = 20 })
run("articles.list.newest", articles.list, { limit = 20, order = "newest" })
local qs = { "oil prices", "sanctions", "china", '"interest rates"', "trade deficit",
             "opec AND production", "bank NOT loan", "merger*", "wheat exports",
             "dollar yen", "gold", "strike", "president", "minister said" }
for _, q in ipairs(qs) do
  run("search " .. q, search.query, q, { limit = 10 })
  run("search.count " .. q, search.count, q)
  for _, m in ipairs(months) do
    run("search " .. q .. " " .. m, search.query, q, { limit = 10, period = m })
  end
end
run("entities.top", entities.top, { limit = 20 })
for _, ty in ipairs{ "person", "country", "organization" } do
  run("entities.top " .. ty, entities.top, { type = ty, limit = 10 })
end
for _, m in ipairs(months) do
  run("entities.top " .. m, entities.top, { period = m, limit = 10 })
  run("actions.query " .. m, actions.query, { period = m, limit = 50 })
  run("actions.events " .. m, actions.events, { period = m, limit = 50 })
end
run("actions.query", actions.query, { limit = 100 })
run("actions.events", actions.events, { limit = 100 })
run("actions.series", actions.series, { by = "month" })
local top = entities.top{ limit = 5 }
for _, e in ipairs(top) do
  run("entities.get " .. e.name, entities.get, e.name)
  run("entities.mentions " .. e.name, entities.mentions, e.name, { limit = 30 })
  run("entities.cooccur " .. e.name, entities.cooccur, e.name, { limit = 10 })
  run("entities.series " .. e.name, entities.series, { entity = e.name, by = "month" })
  run("actions.query actor " .. e.name, actions.query, { actor = e.name, limit = 30 })
  for _, m in ipairs(months) do
    run("entities.network " .. e.name .. " " .. m, entities.network, { center = e.name, period = m })
  end
end
run("entities.pairs", entities.pairs, { limit = 20 })
