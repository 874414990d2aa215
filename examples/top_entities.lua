-- top_entities.lua — who is named most in a period, by type, with the
-- change against the period before it.
--
--   dossier [--as-of DATE|latest] examples/top_entities.lua [PERIOD] [TYPE] [LIMIT]
--
-- PERIOD is a duration counted back from the as-of date ("1 month",
-- "2 weeks", "90 days"; default "1 month") or "all"; TYPE is person,
-- country, organization, place or other (default: each of the first four);
-- LIMIT rows per type (default 10).
local period = arg and arg[1] or "1 month"
local only = arg and arg[2]
local limit = tonumber(arg and arg[3]) or 10

-- The day before an ISO date.
local function day_before(iso)
  local y, m, d = iso:match("^(%d+)-(%d+)-(%d+)$")
  local t = os.time{year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12}
  return os.date("!%Y-%m-%d", t - 86400)
end

local since, upto, prev_since, prev_until
if period ~= "all" then
  since, upto = dossier.date(period)
  -- Periods count back from the as-of date (today unless --as-of is
  -- given). A corpus of older news has nothing in the last month before
  -- today: then count back from its newest article, and say so.
  if articles.count{since = since, to = upto} == 0 and articles.count() > 0 then
    local was = dossier.asof()
    dossier.asof("latest")
    io.stderr:write(string.format("top_entities: no articles in %s before %s; " ..
      "counting back from the newest article (%s)\n", period, was, dossier.asof()))
    since, upto = dossier.date(period)
  end
  prev_until = day_before(since)
  prev_since = dossier.date(period, prev_until)
end

local types = only and { only } or { "person", "country", "organization", "place" }
for _, ty in ipairs(types) do
  local now = entities.top{type = ty, since = since, ["until"] = upto, limit = limit}
  local before = {}
  if prev_since then
    for r in entities.each{type = ty, since = prev_since, ["until"] = prev_until} do
      before[r.name] = r.mentions
    end
  end
  local rows = {}
  for i, r in ipairs(now) do
    local was = before[r.name]
    local change
    if not prev_since then change = ""
    elseif not was then change = "new"
    else change = string.format("%+d", r.mentions - was) end
    rows[#rows + 1] = { rank = i, name = r.name, mentions = r.mentions,
                        articles = r.articles, previous = was or 0, change = change }
  end
  io.write(string.format("\n%s — %s\n", ty,
    since and string.format("%s to %s (previous: %s to %s)", since, upto,
                            prev_since, prev_until) or "all dates"))
  if #rows == 0 then
    io.write("(none)\n")
  else
    io.write(report.table(rows, {columns = {"rank", "name", "mentions", "articles",
                                            "previous", "change"}}))
  end
end
