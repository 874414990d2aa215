-- actions.query / actions.each over the seed article and small texts:
-- the "last month" report of the seed (as of 2024-04-23) lists the actions
-- of its "In the last month alone" paragraphs and none of the 2022-2023
-- events it recalls; filters, date overlap and misuse.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

-- The seed page as the shell ingests it: the main article (published
-- 2024-04-23, from the sidecar) and the teasers of other articles.
local stats = articles.ingest("seeds/000_c242e1e204255b49.txt")
assert(stats.added >= 1)
local seed
for _, a in ipairs(articles.list{}) do
  if a.kind == "article" then seed = a.id end
end
assert(seed and articles.get(seed).published == "2024-04-23")

dossier.asof("2024-04-23")
local rows = actions.query{since = "1 month"}
assert(#rows > 0)
local function dump()
  for _, r in ipairs(rows) do
    io.stderr:write(table.concat({r.date, r.date_end or "", r.actor or "-", r.verb,
                                  r.category or "", r.target or "-", r.modality}, " | "), "\n")
  end
end
local function has(actor, verb, target, category)
  for _, r in ipairs(rows) do
    if r.actor == actor and r.verb == verb and (not target or r.target == target)
       and (not category or r.category == category) then
      return r
    end
  end
  dump()
  error(("missing: %s %s %s"):format(actor, verb, target or ""), 2)
end

-- sorted by date; every row overlaps the month
for i, r in ipairs(rows) do
  assert(r.date <= "2024-04-23" and (r.date_end or r.date) >= "2024-03-23")
  if i > 1 then assert(rows[i - 1].date <= r.date) end
  assert(r.article == seed)
end

-- "U.S. officials have attacked ...; blamed ...; added ...; and advanced ..."
has("United States", "attack", "China", "disapprove")
has("United States", "prepare", "China", "reduce relations")
has("United States", "blame", "China", "disapprove")
has("United States", "add", "Japan")
has("United States", "advance", "TikTok")
-- "Also in the last month, China opened a WTO dispute ... and established rules ..."
has("China", "open", "United States", "disapprove")
has("China", "establish", "Intel")
-- "In a call with Biden, Xi said that ..."
local xi = has("Xi Jinping", "say", "Joe Biden", "make statement")
assert(xi.text:find("second only to Taiwan", 1, true))
assert(xi.object:find("U.S. restrictions", 1, true))
for _, r in ipairs(rows) do
  if r.actor == "United States" and r.verb == "attack" then
    assert(r.modality == "asserted" and r.date == "2024-03-23" and r.date_source == "relative")
  end
end

-- nothing from 2022-2023: Pelosi, the balloon, the 2023 trips, Xi's
-- California trip, the June 2023 meeting in the caption
for _, r in ipairs(rows) do
  local t = r.text or ""
  assert(r.actor ~= "Nancy Pelosi" and r.actor ~= "Wang Yi" and r.actor ~= "He Lifeng")
  assert(r.actor ~= "Janet Yellen" and r.actor ~= "Gina Raimondo" and r.actor ~= "John Kerry")
  assert(not t:find("balloon") and not t:find("California") and not t:find("Great Hall"))
  assert(not (r.actor == "Antony Blinken" and r.verb == "make"))
  -- Blinken's trip "this week" only as planned
  if r.actor == "Antony Blinken" then assert(r.modality == "planned") end
end

-- the 2023 events are there, dated in 2023
local old = actions.query{since = "2023-01-01", ["until"] = "2023-12-31"}
local trips, june = 0, nil
for _, r in ipairs(old) do
  if r.verb == "make" and r.target == "China" then trips = trips + 1 end
  if r.verb == "meet" and r.actor == "Antony Blinken" then june = r end
end
assert(trips == 4, "four 2023 trips to China, got " .. trips)
-- the caption's meeting, when the caption is analysed, is dated by it
assert(not june or (june.date == "2023-06-19" and june.date_source == "explicit"))
-- overlap: a period inside a year-long date range still finds it
assert(#actions.query{since = "2023-05-01", ["until"] = "2023-05-02", verb = "made"} == 4)

-- filters: aliases, lemmas, categories, modality, limit, article
local us = actions.query{since = "1 month", actor = "U.S."}
assert(#us >= 5)
for _, r in ipairs(us) do assert(r.actor == "United States") end
assert(#actions.query{since = "1 month", actor = "USA"} == #us)
for _, r in ipairs(actions.query{since = "1 month", target = "Beijing"}) do
  assert(r.target == "China")
end
local crit = actions.query{since = "1 month", category = "disapprove"}
assert(#crit >= 3)
for _, r in ipairs(crit) do assert(r.category == "disapprove" and r.code == 11) end
assert(#actions.query{since = "1 month", category = 11} == #crit)
local bl = actions.query{since = "1 month", verb = "blamed"}
assert(#bl == 1)
local planned = actions.query{modality = "planned", actor = "Blinken"}
assert(#planned == 1 and planned[1].verb == "travel" and planned[1].target == "China")
assert(#actions.query{since = "1 month", limit = 2} == 2)
assert(#actions.query{article = seed, since = "1 month"} == #rows)
assert(#actions.query{article = 999999} == 0)
assert(#actions.query{actor = "Nobody Atall"} == 0)
local n = 0
for r in actions.each{since = "1 month"} do n = n + 1; assert(r.verb) end
assert(n == #rows)
for _ in actions.each{} do break end
assert(actions.lemma("fought") == "fight")

-- a second, small article: its own dates
articles.add{title = "Talks", published = "2024-02-02",
             body = "Japan condemned North Korea's missile launch. India will host Brazil next week."}
local feb = actions.query{since = "2024-02-01", ["until"] = "2024-02-29"}
local saw_condemn, saw_host = false, false
for _, r in ipairs(feb) do
  if r.verb == "condemn" and r.actor == "Japan" then saw_condemn = true end
  if r.verb == "host" and r.actor == "India" then
    saw_host = true
    assert(r.modality == "planned" and r.date >= "2024-02-05")
  end
end
assert(saw_condemn and saw_host)

-- misuse
raises("category", actions.query, {category = "gossip"})
raises("modality", actions.query, {modality = "perhaps"})
raises("since", actions.query, {since = "whenever"})
raises("table expected", actions.query, "China")

-- actions.events: the same act reported twice in the seed ("attacked
-- China's trade with Russia", in the text and again in a later sentence)
-- is one event with two reports; every action of the period is in exactly
-- one event, reachable by its id; plain statements are marked.
local period = {since = "2024-03-23", ["until"] = "2024-04-23"}
local acts = actions.query(period)
local evs = actions.events(period)
assert(#evs > 0 and #evs <= #acts)
local byid, total, twice, plain = {}, 0, nil, 0
for _, r in ipairs(acts) do byid[r.id] = r end
for _, e in ipairs(evs) do
  local n = 0
  for id in tostring(e.ids):gmatch("%d+") do
    local r = byid[tonumber(id)]
    assert(r, "event lists an action outside the period")
    assert(r.actor == e.actor and r.code == e.code and r.target == e.target)
    byid[tonumber(id)] = nil
    n = n + 1
  end
  assert(n == e.reports and e.articles >= 1 and e.articles <= e.reports)
  total = total + e.reports
  if e.verb == "attack" and e.target == "China" then twice = e end
  if e.statement == 1 then
    plain = plain + 1
    -- a plain statement has no target, unless it was said to an
    -- audience ("told Parliament"); "said" to someone is an act
    assert(e.code == 1 and (e.target == nil or e.verb ~= "say"))
  end
end
assert(total == #acts and next(byid) == nil)
assert(twice and twice.reports == 2, "the attack on China's trade is reported twice")
assert(plain >= 1)
assert(#actions.events{since = "2024-03-23", ["until"] = "2024-04-23", limit = 2} == 2)
raises("category", actions.events, {category = "gossip"})
