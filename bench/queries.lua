-- bench/queries.lua NAME: time one query path through the Lua modules on
-- the open corpus and print one figure (run by scripts/bench).
--   search    top-10 queries per second through search.query
--   search_latency  "median p95" ms of one top-10 search.query (each query
--             of queries.txt timed alone, over the whole corpus)
--   search_month    "median p95" ms of a top-10 search.query restricted
--             to one month (every query of queries.txt in each of the
--             twenty months below)
--   search_month_first  the same for each query's first search in this
--             process, each in one of the twenty months: nothing read or
--             counted before it (the store keeps each phrase's count
--             between searches, which search_month then mostly reuses)
--   kwic      concordance lines per second through search.kwic
--   actions   "median p95" ms of actions.query for one month (first 100 rows)
--   entities  "median p95" ms of entities.top for one month (top 10)
local name = arg[1]
-- CPU time of this process, or wall-clock time when the corpus is on a
-- server (scripts/bench --backend pg sets DOSSIER_BENCH_WALL for both
-- backends, so that the two are timed alike)
local clock = os.getenv("DOSSIER_BENCH_WALL") and dossier.clock or os.clock
local here = arg[0]:match("(.*/)") or "./"

local function queries()
  local list = {}
  for line in io.lines(here .. "queries.txt") do
    if line:match("%S") then list[#list + 1] = line end
  end
  return list
end

local function median(t)
  table.sort(t)
  local n = #t
  return n % 2 == 1 and t[(n + 1) // 2] or (t[n // 2] + t[n // 2 + 1]) / 2
end

-- The 95th percentile (nearest rank) of t, sorted in place.
local function p95(t)
  table.sort(t)
  return t[math.max(1, math.ceil(#t * 0.95))]
end

-- months spread over the corpus's ten years
local function months()
  local list = {}
  for i = 0, 19 do
    local y, m = 2015 + i // 2, (i * 5) % 12 + 1
    list[#list + 1] = { string.format("%04d-%02d-01", y, m),
                        select(2, dossier.date(string.format("%04d-%02d", y, m))) }
  end
  return list
end

if name == "search" or name == "kwic" then
  if not (search and search.query) then os.exit(1) end
  local qs, n, lines = queries(), 0, 0
  local t0 = clock()
  repeat
    for _, q in ipairs(qs) do
      if name == "search" then
        search.query(q, { limit = 10 })
      else
        lines = lines + #search.kwic(q:gsub('"', ""), { limit = 100 })
      end
      n = n + 1
    end
  until clock() - t0 > 2
  local secs = clock() - t0
  print(string.format("%.1f", name == "search" and n / secs or lines / secs))
elseif name == "search_month_first" then
  if not (search and search.query) then os.exit(1) end
  local times, periods = {}, months()
  for i, q in ipairs(queries()) do
    local m = periods[(i - 1) % #periods + 1]
    local t0 = clock()
    search.query(q, { limit = 10, since = m[1], to = m[2] })
    times[#times + 1] = (clock() - t0) * 1000
  end
  local med = median(times)
  print(string.format("%.3f %.3f", med, p95(times)))
elseif name == "search_latency" or name == "search_month" then
  if not (search and search.query) then os.exit(1) end
  local times = {}
  local periods = name == "search_month" and months() or { {} }
  -- each query once before timing, so that the first one does not pay for
  -- reading the index from disk alone
  for _, q in ipairs(queries()) do search.query(q, { limit = 10 }) end
  for _, m in ipairs(periods) do
    for _, q in ipairs(queries()) do
      local t0 = clock()
      search.query(q, { limit = 10, since = m[1], to = m[2] })
      times[#times + 1] = (clock() - t0) * 1000
    end
  end
  local med = median(times)
  print(string.format("%.3f %.3f", med, p95(times)))
elseif name == "actions" or name == "entities" then
  local f = name == "actions" and actions and actions.query
            or name == "entities" and entities and entities.top
  if not f then os.exit(1) end
  local times = {}
  for _, m in ipairs(months()) do
    local t0 = clock()
    if name == "actions" then
      f{ since = m[1], to = m[2], limit = 100 }
    else
      f{ since = m[1], to = m[2], limit = 10 }
    end
    times[#times + 1] = (clock() - t0) * 1000
  end
  local med = median(times)
  print(string.format("%.3f %.3f", med, p95(times)))
else
  io.stderr:write("usage: queries.lua search|search_latency|search_month|kwic|actions|entities\n")
  os.exit(2)
end
