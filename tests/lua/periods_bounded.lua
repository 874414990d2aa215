-- Periods are bounded at both ends: a query that gives only `since` ends
-- at the as-of date, in every module; `period` names a calendar range
-- ("last month") or a rolling one ("30 days"); giving both forms is an
-- error that names the options. Run by the real binary on :memory:.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

local dates = { "1987-02-20", "1987-03-02", "1987-03-15", "1987-03-30",
                "1987-04-02", "1987-06-01", "1992-01-01" }
for i, day in ipairs(dates) do
  articles.add{title = "Iran and Iraq trade fire " .. i, published = day,
               body = "Iran attacked Iraq on " .. day .. ". Iraq said it hit two ships."}
end
dossier.asof("1987-03-31")

-- since alone ends at the as-of date
assert(articles.count{since = "1 month"} == 3)            -- 03-02, 03-15, 03-30
assert(articles.count{since = "1987-03-01"} == 3)
assert(#articles.list{since = "1987-01-01"} == 4)
assert(search.count("Iran", {since = "1 month"}) == 3)
for _, r in ipairs(search.query("Iraq", {since = "1 month"})) do
  assert(r.published <= "1987-03-31", r.published)
end
for _, a in ipairs(actions.query{since = "1 month"}) do
  assert(a.date <= "1987-03-31" and (a.date_end or a.date) >= "1987-03-01", a.date)
end
local top = entities.top{since = "1 month", type = "country"}
for _, r in ipairs(top) do
  if r.name == "Iran" then assert(r.articles == 3, r.articles) end
end

-- an explicit end still wins, and `to` is its synonym
assert(articles.count{since = "1987-03-01", to = "1987-12-31"} == 5)
assert(articles.count{since = "1987-03-01", ["until"] = "1992"} == 6)

-- calendar and rolling periods
assert(articles.count{period = "last month"} == 1)        -- February 1987
assert(articles.count{period = "1987-03"} == 3)
assert(articles.count{period = "30 days"} == 3)           -- 03-01 .. 03-31
assert(search.count("Iran", {period = "1987-04"}) == 1)

-- an end before the start is an empty period, not an error
assert(articles.count{since = "1987-05-01"} == 0)

-- mistakes name the option
raises("give a period or since/until, not both", articles.count,
       {period = "last month", since = "1987-01-01"})
raises("since: bad date 'whenever'", articles.count, {since = "whenever"})
raises("period: bad date 'soonish'", actions.query, {period = "soonish"})

-- what was known on a day: an April story telling of a March attack counts
-- for March only when articles published after the period are asked for
articles.add{title = "Looking back", published = "1987-04-20",
             body = "Iran attacked Kuwait on March 20, 1987."}
local function kuwait(opts)
  local n = 0
  for _, a in ipairs(actions.query(opts)) do
    if a.target == "Kuwait" then n = n + 1 end
  end
  return n
end
assert(kuwait{since = "1 month"} == 1)
assert(kuwait{since = "1 month", published_until = "1987-03-31"} == 0)
assert(kuwait{since = "1 month", published_until = "1987-04-30"} == 1)
local seen = actions.query{since = "1 month", published_until = "1987-03-31"}
assert(#seen > 0 and #seen < #actions.query{since = "1 month"})
for _, a in ipairs(seen) do
  assert(articles.get(a.article).published <= "1987-03-31", a.article)
end
raises("published_until: bad date 'someday'", actions.query, {published_until = "someday"})
print("ok")
