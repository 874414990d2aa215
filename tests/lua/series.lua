-- Series per day, week and month (entities.series, actions.series,
-- search.series) and the network around an entity (entities.network):
-- every bucket's count equals the plain count over its days, whichever
-- path made it (the entity_months summary for whole months, mentions at
-- the edges), and the network's weights equal the plain co-occurrence and
-- action counts.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

-- Three kinds of story, one every 2 or 3 days from 2024-01-03 to late
-- June, so that months, weeks and days all hold different counts.
local bodies = {
  "China warned Japan over the islands. Chinese President Xi Jinping met Vladimir Putin in Moscow.",
  "Russia and China signed a trade deal. Japan criticized China.",
  "The United States sanctioned Russia. Putin condemned Washington.",
}
local t = os.time{year = 2024, month = 1, day = 3, hour = 12}
for i = 1, 70 do
  t = t + (i % 2 == 0 and 2 or 3) * 86400
  articles.add{title = "Story " .. i, published = os.date("!%Y-%m-%d", t),
               body = bodies[i % 3 + 1] .. " Report number " .. i .. "."}
end
-- an undated article and a teaser, which a kind filter drops
articles.add{title = "Undated", body = "China and Japan met."}
articles.add{title = "Teaser", published = "2024-03-05", kind = "teaser",
             body = "China warned Japan again."}

local function distinct_articles(rows)
  local seen, n = {}, 0
  for _, r in ipairs(rows) do
    if not seen[r.article] then seen[r.article] = true; n = n + 1 end
  end
  return n
end

-- entities.series: each bucket against entities.mentions over its days
for _, by in ipairs{"day", "week", "month"} do
  for _, period in ipairs{{"2024-01-10", "2024-06-20"}, {"2024-02-01", "2024-04-30"},
                          {"2024-03-05", "2024-03-19"}} do
    local s = entities.series{entity = "China", by = by, since = period[1], to = period[2]}
    assert(s.by == by and s.label == "China" and s.value == "count")
    assert(s[1].start == period[1] and s[#s]["end"] == period[2], by .. " ends")
    local total = 0
    for i, b in ipairs(s) do
      local m = entities.mentions("China", {since = b.start, to = b["end"]})
      assert(b.count == #m, string.format("%s %s..%s: %d mentions, plain %d",
                                          by, b.start, b["end"], b.count, #m))
      assert(b.articles == distinct_articles(m), by .. " articles " .. b.start)
      if i > 1 then assert(b.start > s[i - 1]["end"], "buckets overlap") end
      total = total + b.count
    end
    assert(total == #entities.mentions("China", {since = period[1], to = period[2]}))
    if by == "week" then
      -- every bucket but a clipped first one starts on a Monday
      for i = 2, #s do
        local y, m, d = s[i].start:match("(%d+)-(%d+)-(%d+)")
        local wday = os.date("!*t", os.time{year = tonumber(y), month = tonumber(m),
                                           day = tonumber(d), hour = 12}).wday
        assert(wday == 2, s[i].start .. " is not a Monday")
      end
    end
  end
end

-- months from the summary equal the sums of the days
local months = entities.series{entity = "Japan", by = "month", since = "2024-01-01", to = "2024-06-30"}
local days = entities.series{entity = "Japan", by = "day", since = "2024-01-01", to = "2024-06-30"}
assert(#months == 6 and #days == 182, #months .. " months, " .. #days .. " days")
for _, mb in ipairs(months) do
  local sum = 0
  for _, db in ipairs(days) do
    if db.start:sub(1, 7) == mb.start:sub(1, 7) then sum = sum + db.count end
  end
  assert(sum == mb.count and mb.count > 0, mb.start)
end

-- open ends: from the first to the last dated article naming the entity
local all = entities.series{entity = "China", by = "month"}
local m = entities.mentions("China")
local first, last = "9999", "0000"
for _, r in ipairs(m) do
  if r.published then
    if r.published < first then first = r.published end
    if r.published > last then last = r.published end
  end
end
assert(all[1].start == first and all[#all]["end"] == last, all[1].start .. " " .. first)
local undated = 0
for _, r in ipairs(m) do if not r.published then undated = undated + 1 end end
local sum = 0
for _, b in ipairs(all) do sum = sum + b.count end
assert(undated == 1 and sum == #m - undated)

-- kind: the teaser is counted only without the filter
local with = entities.series{entity = "China", since = "2024-03-01", to = "2024-03-31"}
local without = entities.series{entity = "China", since = "2024-03-01", to = "2024-03-31", kind = "article"}
assert(with[1].count == without[1].count + 1)

-- normalise: total = articles published in the bucket, share = count / total
local norm = entities.series{entity = "Russia", by = "week", since = "2024-02-01", to = "2024-03-31",
                             normalise = true}
assert(norm.value == "share")
for _, b in ipairs(norm) do
  local n = articles.count{since = b.start, to = b["end"]}
  assert(b.total == n, b.start .. ": total " .. b.total .. ", plain " .. n)
  assert(math.abs(b.share - (n > 0 and b.count / n or 0)) < 1e-12)
end

-- a name nobody uses: zeros over the period, nothing without one
local none = entities.series{entity = "Atlantis", by = "week", since = "2024-01-01", to = "2024-01-31"}
assert(#none == 5)
for _, b in ipairs(none) do assert(b.count == 0) end
assert(#entities.series{entity = "Atlantis"} == 0)
raises("'by' must be", entities.series, {entity = "China", by = "year"})
raises("'entity' is required", entities.series, {by = "week"})
raises("too many", entities.series, {entity = "China", by = "day", since = "1000-01-01", to = "2024-01-01"})

-- actions.series: actions, articles and events per bucket of the action's date
local function actions_in(filter, lo, hi)
  local n, arts, ev = 0, {}, {}
  for _, a in ipairs(actions.query(filter)) do
    if a.date and a.date >= lo and a.date <= hi then
      n = n + 1
      arts[a.article] = true
      ev[(a.actor or "") .. "|" .. a.verb .. "|" .. (a.target or "") .. "|" .. a.date] = true
    end
  end
  local na, ne = 0, 0
  for _ in pairs(arts) do na = na + 1 end
  for _ in pairs(ev) do ne = ne + 1 end
  return n, na, ne
end
-- the same happening told twice on one day: two actions, one event
articles.add{title = "Again", published = "2024-02-14", body = "Russia and China signed a trade deal."}
articles.add{title = "Again 2", published = "2024-02-14", body = "Russia and China signed a trade deal today."}
for _, by in ipairs{"day", "week", "month"} do
  local s = actions.series{actor = "Russia", by = by, since = "2024-01-15", to = "2024-05-10"}
  assert(s.value == "events")
  local twice = false
  for _, b in ipairs(s) do
    local n, na, ne = actions_in({actor = "Russia"}, b.start, b["end"])
    assert(b.count == n and b.articles == na and b.events == ne,
           string.format("%s %s: %d/%d/%d vs %d/%d/%d", by, b.start, b.count, b.articles,
                         b.events, n, na, ne))
    if b.count > b.events then twice = true end
  end
  assert(twice, "no bucket with one event reported twice")
end
local warn = actions.series{actor = "China", verb = "warn", by = "month"}
local sum_warn = 0
for _, b in ipairs(warn) do sum_warn = sum_warn + b.count end
assert(sum_warn == #actions.query{actor = "China", verb = "warn"} and sum_warn > 0)
local conflict = actions.series{target = "Japan", category = "threaten", by = "month"}
local sum_c = 0
for _, b in ipairs(conflict) do sum_c = sum_c + b.count end
assert(sum_c == #actions.query{target = "Japan", category = "threaten"})
raises("unknown category", actions.series, {category = "dancing"})

-- search.series: matching articles per bucket
for _, by in ipairs{"week", "month"} do
  local s = search.series("trade deal", {by = by, since = "2024-01-01", to = "2024-06-30",
                                         normalise = true})
  for _, b in ipairs(s) do
    assert(b.count == search.count("trade deal", {since = b.start, to = b["end"]}), b.start)
    assert(b.total == articles.count{since = b.start, to = b["end"]})
  end
end
raises("search:", search.series, "AND", {})

-- entities.network: the centre, its neighbours by shared sentences, the
-- edges between neighbours, and the action edges by CAMEO quad class
local net = entities.network{center = "China", since = "2024-02-01", to = "2024-02-29"}
assert(net.center == "China" and net.nodes[1].name == "China" and net.nodes[1].center)
local co = entities.cooccur("China", {since = "2024-02-01", to = "2024-02-29"})
local byname = {}
for i, n in ipairs(net.nodes) do byname[n.name] = i end
for _, c in ipairs(co) do
  local i = byname[c.name]
  assert(i and net.nodes[i].weight == c.sentences, c.name)
end
local seen_quads, ncooc = {}, 0
for _, e in ipairs(net.edges) do
  assert(net.nodes[e.from].name == e.source and net.nodes[e.to].name == e.target)
  if e.kind == "action" then
    local n = #actions.query{actor = e.source, target = e.target, since = "2024-02-01",
                             to = "2024-02-29", verb = e.verb}
    assert(n == e.weight, e.source .. " " .. e.verb .. " " .. e.target)
    seen_quads[e.quad] = e.class
  else
    ncooc = ncooc + 1
  end
end
-- "signed a trade deal" is material cooperation (an economic accord, 06)
assert(seen_quads[2] == "material cooperation" and seen_quads[3] == "verbal conflict")
assert(ncooc > #co, "no edges between neighbours")
local small = entities.network{center = "China", since = "2024-02-01", to = "2024-02-29",
                               limit = 2, actions = false}
assert(#small.nodes == 3 and small.nodes[2].weight >= small.nodes[3].weight)
local from_centre = 0
for _, e in ipairs(small.edges) do
  assert(e.kind == "cooccur")
  if e.from == 1 then from_centre = from_centre + 1 end
end
assert(from_centre == 2)
-- no period: every article and action, the undated article too
local whole = entities.network{center = "China"}
local japan, acts = nil, 0
for i, n in ipairs(whole.nodes) do if n.name == "Japan" then japan = n end end
for _, e in ipairs(whole.edges) do if e.kind == "action" then acts = acts + e.weight end end
local plain
for _, c in ipairs(entities.cooccur("China")) do if c.name == "Japan" then plain = c.sentences end end
assert(japan and japan.weight == plain, "Japan: " .. tostring(japan and japan.weight) .. " vs " .. tostring(plain))
assert(acts == #actions.query{actor = "China"} + #actions.query{target = "China"}, acts)
local people = entities.network{center = "China", type = "person", actions = false}
for i = 2, #people.nodes do assert(people.nodes[i].type == "person") end
local missing, msg = entities.network{center = "Atlantis"}
assert(missing == nil and msg:find("Atlantis"))
