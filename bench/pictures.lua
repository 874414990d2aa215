-- bench/pictures.lua NAME: time the series and network queries on the open
-- corpus (a bench/gencorpus.c corpus, dated 2015-2024) and print one
-- figure, the median in milliseconds (run by scripts/bench).
--   series         entities.series by week over one year, for the year's
--                  most named country (mentions at day level)
--   series_month   the same by month (whole months from entity_months)
--   series_actions actions.series by week over one year, all actions
--   network        entities.network over one month around the month's most
--                  named country (co-occurrence and action edges)
local name = arg[1]

local function median(t)
  table.sort(t)
  local n = #t
  return n % 2 == 1 and t[(n + 1) // 2] or (t[n // 2] + t[n // 2 + 1]) / 2
end

-- Run f(period) for each period and return the median time in ms. The
-- centre of each period is found first, outside the timing.
local function timed(periods, f)
  local times = {}
  for _, p in ipairs(periods) do
    local top = entities.top{type = "country", since = p[1], to = p[2], limit = 1}[1]
    if top then
      local t0 = os.clock()
      f(top.name, p)
      times[#times + 1] = (os.clock() - t0) * 1000
    end
  end
  if #times == 0 then os.exit(1) end
  return median(times)
end

local years, months = {}, {}
for y = 2015, 2024 do years[#years + 1] = {y .. "-01-01", y .. "-12-31"} end
for i = 0, 19 do
  local y, m = 2015 + i // 2, (i * 5) % 12 + 1
  months[#months + 1] = {string.format("%04d-%02d-01", y, m),
                         select(2, dossier.date(string.format("%04d-%02d", y, m)))}
end

local ms
if name == "series" or name == "series_month" then
  local by = name == "series" and "week" or "month"
  ms = timed(years, function(c, p) entities.series{entity = c, by = by, since = p[1], to = p[2]} end)
elseif name == "series_actions" then
  ms = timed(years, function(_, p) actions.series{by = "week", since = p[1], to = p[2]} end)
elseif name == "network" then
  ms = timed(months, function(c, p) entities.network{center = c, since = p[1], to = p[2]} end)
else
  io.stderr:write("usage: pictures.lua series|series_month|series_actions|network\n")
  os.exit(2)
end
print(string.format("%.3f", ms))
