-- actions_last_month.lua — the period's events as an analyst would forward
-- them: who did what to whom, one row per event however many stories
-- carried it, ranked by importance (the kind of act first — force and
-- coercion over appeals and statements —, then the number of reports, then
-- how prominent the actor is in the period), each with its evidence and
-- article; plain statements ("X said ...") summarised apart, one row per
-- actor (the busiest first, never more rows than acts). An act known only
-- from its own actor's account ("Iran announced it had launched an
-- offensive") is shown as claimed.
--
-- The report is about politics and foreign affairs: each article is judged
-- political or business copy by its words (actions.story), and the events
-- of business stories (companies, shares, results, markets) are left out
-- unless asked for; so are events whose actor is not named in their
-- sentence before or in the evidence ("he said", "the ministry"), taken
-- from elsewhere in the article, those of a news agency or paper (the
-- channel, not an actor), and acts whose kind needs a target but name none
-- ("urged a speedy settlement", "met officials": the row would be half a
-- fact).
-- All are counted in the heading; business and inferred acts have an
-- option that shows them in a section of their own. Only events that begin
-- in the period, or lie mostly in it, count (not "last month" seen from
-- its first day), and no act the evidence dates before it ("announced
-- last year").
--
--   dossier --as-of 1987-03-31 examples/actions_last_month.lua
--   dossier examples/actions_last_month.lua --since 2024-03-01 --until 2024-03-31
--   dossier examples/actions_last_month.lua --format csv|json|markdown
--   dossier examples/actions_last_month.lua --format html > report.html
--
-- Options:
--   --since WHEN     start of the period (ISO date or "1 month", "2 weeks";
--                    default "1 month", counted back from --as-of)
--   --until WHEN     end of the period (default: the as-of date)
--   --actor NAME     only this actor (any alias: "U.S.", "Beijing")
--   --category NAME  only this CAMEO root ("disapprove", "16", ...)
--   --all            keep reported, negated and hypothetical acts too
--                    (default: asserted and planned ones)
--   --business       add the events of business stories, apart
--   --inferred       add the acts whose actor is not named in the sentence,
--                    apart
--   --later          also count articles published after the period (a
--                    retrospective; default: only what was published by
--                    its end, the report as it stood that day)
--   --top N          at most N events (default 50; 0 = all)
--   --format F       table (default, 80 columns), csv, json, markdown, or
--                    html (one self-contained page with a chart of acts
--                    per day, to mail on)
--   --width N        width of the table (default 80; 0 = no limit)

local opts = { since = "1 month", format = "table", width = "80", top = "50" }
local i = 1
while arg and i <= #arg do
  local a = arg[i]
  local key = a:match("^%-%-(%w+)$")
  if key == "all" or key == "business" or key == "inferred" or key == "later" then
    opts[key] = true
  elseif key and arg[i + 1] then
    opts[key] = arg[i + 1]
    i = i + 1
  else
    error("unknown option '" .. a .. "' (see the comment at the top of this script)", 0)
  end
  i = i + 1
end
local formats = { table = true, csv = true, json = true, markdown = true, html = true }
if not formats[opts.format] then
  error("--format must be table, csv, json, markdown or html", 0)
end
local width, top = tonumber(opts.width), tonumber(opts.top)
if not width or not top then error("--width and --top take a number", 0) end

-- the period ends at the as-of date unless told otherwise
-- and an event counts when it begins or lies mostly in it; the events whose
-- actor is named in their sentence first, then (to count
-- them, or show them apart) those whose actor was taken from elsewhere
local filter = { since = opts.since, ["until"] = opts["until"] or dossier.asof(),
                 actor = opts.actor, category = opts.category,
                 within = true, stories = "all", named = true }
if not opts.later then filter.published_until = filter["until"] end
local events = actions.events(filter)
filter.named = false
local unnamed = actions.events(filter)

-- How much an act weighs, by CAMEO root: statements 1, cooperation 2-3,
-- demands / disapproval / rejection 4, threats and protests 5, force
-- postures and sanctions 6, coercion 7, assault and fighting 8-10.
local weight = { 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10 }

-- A news agency or paper is the channel of a statement, never its actor
-- ("the official news agency MTI said", "the Anatolian News Agency said",
-- "The Washington Post said"): an actor the evidence calls so, or whose
-- own name says so (a paper's last word, a broadcaster's word anywhere).
local media_words = { "news agency", "press agency", "agency", "newspaper",
                      "daily", "radio", "television", "weekly", "magazine" }
local media_last = { times = true, post = true, journal = true, herald = true,
                     tribune = true, gazette = true, express = true, daily = true,
                     news = true, press = true, newspaper = true }
local media_any = { "news agency", "press agency", "press association", "radio",
                    "television", "broadcasting", "reuter", "times of" }
local bodies = {}
local function article_text(id)
  if not bodies[id] then
    local a = id and articles.get(id)
    bodies[id] = a and ((a.title or "") .. "\n" .. (a.body or "")):lower() or ""
  end
  return bodies[id]
end
local function media(e)
  local t, a = (e.text or ""):lower(), e.actor:lower()
  if media_last[a:match("(%a+)%W*$") or ""] then return true end
  for _, w in ipairs(media_any) do
    if a:find(w, 1, true) then return true end
  end
  -- the actor as the evidence names it ("news agency KNA said": KNA read
  -- as a country's code) or by its name
  local names, country = { a }, false
  if e.text then
    for _, m in ipairs(entities.find(e.text, e.date)) do
      if m.name == e.actor then
        names[#names + 1] = m.surface:lower()
        country = country or m.type == "country" or m.form == "adjective"
      end
    end
  end
  for _, n in ipairs(names) do
    for _, w in ipairs(media_words) do
      if t:find(w .. " " .. n, 1, true) or t:find(n .. " " .. w, 1, true) then
        return true
      end
    end
  end
  -- or the article calls it so elsewhere ("the official news agency
  -- Tanjug", then "Tanjug said"); not for a country ("the Iraqi news
  -- agency" is not Iraq)
  if country then return false end
  local body = article_text(e.article)
  for _, n in ipairs(names) do
    for _, w in ipairs{ "news agency", "press agency", "newspaper" } do
      if body:find(w .. " " .. n, 1, true) or body:find(n .. " " .. w, 1, true) then
        return true
      end
    end
  end
  return false
end

-- A state acts through its offices and forces: a country named only by
-- its adjective ("Spanish farmers", "Saudi businessmen", "Americans want")
-- is a people or a trade, not the state, unless one of the next two words
-- is an office or a force ("Pakistani officials", "Chadian troops",
-- "Israeli occupation authorities").
local offices = {}
for w in ([[officials official authorities authority government governments
  administration regime junta cabinet parliament legislators lawmakers state
  troops troop forces force army navy naval military air warplanes warplane
  jets jet aircraft planes plane helicopters helicopter warships warship
  gunboats gunboat ships ship tanks artillery commandos units police
  soldiers soldier guards guard officers officer diplomats diplomat
  delegation delegates delegate negotiators negotiator leaders leader
  minister ministers ministry president premier spokesman spokeswoman
  embassy ambassador envoy foreign defence defense finance trade agriculture
  economics central]]):gmatch("%a+") do
  offices[w] = true
end
local function people_not_state(e)
  if not e.text then return false end
  local adjective = false
  for _, m in ipairs(entities.find(e.text, e.date)) do
    if m.name == e.actor then
      if m.form ~= "adjective" or m.type ~= "country" then return false end
      local n = 0
      for w in e.text:sub(m.stop + 1):lower():gmatch("%a+") do
        if offices[w] then return false end
        n = n + 1
        if n == 2 then break end
      end
      adjective = true
    end
  end
  return adjective
end

-- An act its own actor tells of ("Iran announced it had launched a new
-- offensive against Iraq", "Iraq said its warplanes hit two ships") is
-- reported, known only from that side's account; it is the news all the
-- same, shown as claimed in place of the saying that carries it.
-- "he" or "she" opening what a speaker says is the speaker only when no
-- other person is named before it ("police spokesman Ott Cefkin said King
-- was arrested on charges that he beat up a taxi driver").
local function other_person_before(s, at, said)
  if not said:match("^[Hh][e]%f[%A]") and not said:match("^[Ss]he%f[%A]") then
    return false
  end
  for _, m in ipairs(entities.find(s.text:sub(1, at - 1), s.date)) do
    if m.type == "person" and m.name ~= s.actor then return true end
  end
  return false
end
local claims = {}
do
  local sayings = {}
  for _, e in ipairs(events) do
    if e.code == 1 and e.modality == "asserted" and e.text then
      local list = sayings[e.article] or {}
      list[#list + 1] = e
      sayings[e.article] = list
    end
  end
  for _, e in ipairs(events) do
    if e.code ~= 1 and e.modality == "reported" and e.actor and e.text then
      for _, s in ipairs(sayings[e.article] or {}) do
        local at = s.actor == e.actor and s.text ~= e.text and s.text:find(e.text, 1, true)
        if at and not other_person_before(s, at, e.text) then
          e.claimed, claims[s] = true, true
        end
      end
    end
  end
end

-- An act retold: a story tells, with no time of its own, an act that an
-- earlier story of the last 30 days told of the same actor and target in
-- the same words ("EC foreign ministers deplored Japan's continued trade
-- imbalance" on March 31, after "EC foreign ministers meeting here issued
-- a statement deploring Japan's continued trade imbalance" on March 16).
-- Dated by its story's day, the act would be news of that day; it is the
-- earlier act, and takes the earlier story's date for it (merged with
-- that event when the report has it; out of the report when the date
-- falls before the period). The earlier report is of the same kind of act,
-- or a statement that tells it ("issued a statement deploring", not "said
-- he will veto": the veto may come later, and is then news). The same
-- words: three words of the object in common, or two and the same verb
-- (words in lower case of four letters or more, not names, which the
-- act's parties share with any other act between them, nor function
-- words or amounts, which any two acts may share).
do
  local common = {}
  for w in ([[that this with from into onto over under about after before
    their them they there then than these those which while whose would
    could should will also more most some such other others each both very
    around between against within without upon been being have were what
    when where billion billions million millions total dlrs today week weeks
    month months year years]]):gmatch("%a+") do
    common[w] = true
  end
  local function shift(date, days)
    local y, m, d = date:match("^(%d+)-(%d+)-(%d+)")
    if not y then return nil end
    return os.date("%Y-%m-%d", os.time{ year = tonumber(y), month = tonumber(m),
                                        day = tonumber(d) + days, hour = 12 })
  end
  local function words(s)
    local set = {}
    for w in (s or ""):gmatch("%a+") do
      if #w >= 4 and w:match("^%l") and not common[w] then set[w] = true end
    end
    return set
  end
  local function same_words(e, y)
    local a, b, n = words(e.object), words(y.object), 0
    for w in pairs(a) do
      if b[w] then n = n + 1 end
    end
    return n >= 3 or (n >= 2 and e.verb == y.verb)
  end
  -- a statement tells act e when e's verb is its object's participle
  -- ("issued a statement deploring": deplore), not when it is only named
  -- ("said he will veto")
  local function tells(y, e)
    local stem = (e.verb or ""):gsub("e$", "")
    return #stem >= 3 and (y.object or ""):lower():find("%f[%a]" .. stem .. "ing%f[%A]") ~= nil
  end
  local first = nil
  for _, e in ipairs(events) do
    if e.date and (not first or e.date < first) then first = e.date end
  end
  local since = first and shift(first, -30)
  local start = dossier.date(filter.since)
  local published, earlier = {}, {}
  if since then
    for _, a in ipairs(articles.list{ since = since, ["until"] = filter["until"],
                                      limit = 1000000 }) do
      published[a.id] = a.published
    end
    for _, y in ipairs(actions.query{ since = since, ["until"] = filter["until"],
                                      limit = 1000000 }) do
      if y.actor and y.date and published[y.article] and
         (y.modality == "asserted" or y.modality == "reported") and
         (not y.date_end or y.date_end <= shift(y.date, 7)) then
        local key = y.actor .. "\1" .. (y.target or "")
        earlier[key] = earlier[key] or {}
        table.insert(earlier[key], y)
      end
    end
  end
  local by_key = {}
  local function event_key(e)
    return table.concat({ e.actor or "", e.code or 0, e.target or "", e.date or "" }, "\1")
  end
  for _, e in ipairs(events) do by_key[event_key(e)] = e end
  local kept = {}
  for _, e in ipairs(events) do
    local p = published[e.article]
    local best = nil
    if p and e.date == p and e.date_source == "article" and e.code ~= 1 and e.actor and
       e.modality == "asserted" then
      local from = shift(e.date, -30)
      for _, y in ipairs(earlier[e.actor .. "\1" .. (e.target or "")] or {}) do
        if (y.code == e.code or (y.code == 1 and tells(y, e))) and published[y.article] < p and
           y.date < e.date and y.date >= from and (not best or y.date < best.date) and
           same_words(e, y) then
          best = y
        end
      end
    end
    if best then
      by_key[event_key(e)] = nil
      e.date, e.date_end, e.retold = best.date, best.date_end, true
      local other = by_key[event_key(e)]
      if other and other ~= e then
        other.reports = other.reports + e.reports
      elseif e.date >= start then
        by_key[event_key(e)] = e
        kept[#kept + 1] = e
      end
    else
      kept[#kept + 1] = e
    end
  end
  events = kept
end

-- The events sorted out: acts and plain statements of political stories;
-- business stories' events and acts with an inferred actor apart (kept
-- only when asked for, counted always).
local acts, statements, business, inferred, per_actor = {}, {}, {}, {}, {}
local left = { business = 0, inferred = 0, media = 0, people = 0, bare = 0,
               aimless = 0 }
-- A planned act is news ("will meet"), a planned statement is not yet one
-- ("Poindexter will say he had authority"): statements count when made.
local function keep(e)
  if claims[e] then return false end
  return e.actor and (opts.all or e.modality == "asserted" or e.claimed or
                      (e.modality == "planned" and e.statement ~= 1))
end
for _, e in ipairs(events) do
  if not keep(e) then
    -- reported, negated or hypothetical: left out unless --all
  elseif e.story == "business" then
    left.business = left.business + 1
    if opts.business and e.statement ~= 1 then business[#business + 1] = e end
  elseif media(e) then
    left.media = left.media + 1
  elseif people_not_state(e) then
    left.people = left.people + 1
  elseif e.statement ~= 1 and e.complete == 0 then
    -- an appeal, criticism, threat or meeting aimed at no one named ("urged
    -- a speedy settlement", "met officials"): the row would be half a fact
    left.aimless = left.aimless + 1
  elseif e.statement ~= 1 and not e.target and (e.object or ""):find("^%s*$") then
    -- an act with neither object nor target ("which demands", "the U.S.
    -- might retaliate") says too little to forward
    left.bare = left.bare + 1
  else
    per_actor[e.actor] = (per_actor[e.actor] or 0) + 1
    if e.statement == 1 then
      statements[#statements + 1] = e
    else
      acts[#acts + 1] = e
    end
  end
end
for _, e in ipairs(unnamed) do
  if keep(e) and e.story ~= "business" then
    left.inferred = left.inferred + 1
    if opts.inferred and e.statement ~= 1 then inferred[#inferred + 1] = e end
  end
end
-- rank a list of acts by weight, reports and the actor's prominence, and
-- keep the top ones
local function rank(list)
  for _, e in ipairs(list) do
    e.score = (weight[e.code] or 1) * (1 + math.log(e.reports, 2))
              + 0.5 * math.log(1 + (per_actor[e.actor] or 0), 2)
  end
  table.sort(list, function(a, b)
    if a.score ~= b.score then return a.score > b.score end
    if a.date ~= b.date then return a.date < b.date end
    return a.ids < b.ids
  end)
  if top > 0 then
    for k = #list, top + 1, -1 do list[k] = nil end
  end
end
rank(acts)
rank(business)
rank(inferred)

local function when(e)
  if e.date_end and e.date_end ~= e.date then return e.date .. ".." .. e.date_end end
  return e.date or ""
end

local function action(e)
  local s = e.verb
  if e.object and #e.object > 0 then s = s .. " " .. e.object:gsub("%s+", " ") end
  if e.claimed then s = s .. " (claimed)"
  elseif e.modality ~= "asserted" then s = s .. " (" .. e.modality .. ")" end
  return s
end

local function evidence(e) return ((e.text or ""):gsub("%s+", " ")) end

-- One row per event; an act stored once per target ("joining the United
-- States, Japan, and the Philippines") is one row with its targets joined.
local rows = setmetatable({}, { __columns = { "date", "actor", "action", "category",
  "target", "evidence", "reports", "articles", "article", "kind" } })
local function add(e, kind)
  local last = rows[#rows]
  if last and last.kind == kind and last.evidence == evidence(e) and last.actor == e.actor
     and last.verb == e.verb and e.target then
    -- a target named twice in the evidence (stored once per mention) is
    -- listed once
    last.targets = last.targets or { [last.target] = true }
    if not last.targets[e.target] then
      last.targets[e.target] = true
      last.target = last.target == "" and e.target or last.target .. ", " .. e.target
    end
    return
  end
  rows[#rows + 1] = { date = when(e), actor = e.actor, action = action(e), verb = e.verb,
                      category = e.category or "", target = e.target or "",
                      evidence = evidence(e), reports = e.reports,
                      articles = e.articles, article = e.article, kind = kind }
end
for _, e in ipairs(acts) do add(e, "act") end
local nacts = #rows
table.sort(statements, function(a, b)
  if per_actor[a.actor] ~= per_actor[b.actor] then
    return per_actor[a.actor] > per_actor[b.actor]
  end
  if a.actor ~= b.actor then return a.actor < b.actor end
  return a.date < b.date
end)
-- Plain statements, summarised per actor (the busiest first): one row an
-- actor with their number and the first one as the example; never more
-- rows than acts.
local summary, by = {}, {}
for _, e in ipairs(statements) do
  local s = by[e.actor]
  if not s then
    s = { date = when(e), actor = e.actor, action = "", verb = e.verb,
          category = e.category or "", target = "", evidence = evidence(e),
          reports = 0, articles = "", article = e.article, kind = "statements",
          n = 0 }
    by[e.actor] = s
    summary[#summary + 1] = s
  end
  s.reports = s.reports + e.reports
  s.n = s.n + 1
end
for k = 1, math.min(#summary, math.max(nacts, 1)) do
  local s = summary[k]
  s.action = string.format("%d plain statement%s", s.n, s.n > 1 and "s" or "")
  rows[#rows + 1] = s
end
-- then, when asked for, the acts put apart: business stories' events and
-- acts whose actor is not named in their sentence
for _, e in ipairs(business) do add(e, "business") end
for _, e in ipairs(inferred) do add(e, "inferred") end
for _, r in ipairs(rows) do r.verb, r.n = nil, nil end

-- the period by its days ("1 month" read back from the as-of date, as the
-- queries read it), so the heading says where it begins
local first_day = opts.since and dossier.date(opts.since) or ""
local last_day = select(2, dossier.date(opts["until"] or dossier.asof()))
local period = first_day .. " .. " .. last_day
local heading = string.format("Events %s: %d acts; %d plain statements by %d actors",
                              period, nacts, #statements, #summary)
-- what was left out, when anything was (one line each)
local parts = {}
for _, p in ipairs{ { left.business, "of business stories (--business)" },
                    { left.inferred, "with an actor not named in its sentence (--inferred)" },
                    { left.media, "by news media" },
                    { left.people, "by a people or trade named by a country's adjective" },
                    { left.bare, "with neither object nor target" },
                    { left.aimless, "aimed at no one named, though their kind needs a target" } } do
  if p[1] > 0 then parts[#parts + 1] = string.format("%d events %s", p[1], p[2]) end
end
if #rows == 0 then
  io.stderr:write("no actions between ", opts.since, " and ",
                  opts["until"] or dossier.asof(), "\n")
  return
end
if opts.format == "json" then
  io.write(report.json(rows))
  return
elseif opts.format == "csv" then
  io.write(report.csv(rows))
  return
elseif opts.format == "markdown" then
  io.write(report.markdown(rows, { columns = getmetatable(rows).__columns }))
  return
end

-- The sections: acts, plain statements, and what was put apart
local titles = {
  act = "Acts, by weight",
  statements = "Plain statements, by actor",
  business = "Acts in business stories, apart",
  inferred = "Acts whose actor is not named in the sentence, apart",
}
local order = { "act", "statements", "business", "inferred" }
local by_kind = {}
for _, r in ipairs(rows) do
  by_kind[r.kind] = by_kind[r.kind] or {}
  table.insert(by_kind[r.kind], r)
end

if opts.format == "html" then
  local cols = getmetatable(rows).__columns
  local sections = {
    { title = "Events per day (acts and statements)", chart = actions.series{ by = "day", since = opts.since,
        ["until"] = opts["until"] or dossier.asof(), actor = opts.actor,
        category = opts.category }, kind = "bar" },
  }
  for _, kind in ipairs(order) do
    local list = by_kind[kind]
    if list then
      sections[#sections + 1] = { title = string.format("%s (%d)", titles[kind], #list),
                                  table = list, columns = cols }
    end
  end
  io.write(report.html{ title = "Events " .. period,
    subtitle = heading:gsub("^Events [^:]*: ", "")
      .. (#parts > 0 and ". Left out: " .. table.concat(parts, "; ") or ""),
    sections = sections })
  return
end

-- The table: three lines an event (who, what, the evidence), cut to width.
local function cut(s, n)
  if n <= 0 or utf8.len(s) == nil or utf8.len(s) <= n then return s end
  return s:sub(1, utf8.offset(s, n) - 1) .. "…"
end
local out = {}
local function line(s) out[#out + 1] = cut(s, width) end
line(heading)
for i, p in ipairs(parts) do line((i == 1 and "Left out: " or "          ") .. p) end
local k = 0
for _, kind in ipairs(order) do
  local list = by_kind[kind]
  if list and kind == "statements" then
    line("")
    line(titles[kind] .. ":")
    for _, r in ipairs(list) do
      line(string.format("  %s (%s): \"%s\" (article %s)", r.actor,
                         r.action:match("^%d+"), r.evidence, tostring(r.article)))
    end
  elseif list then
    if kind ~= "act" then
      line("")
      line(titles[kind] .. ":")
    end
    for _, r in ipairs(list) do
      k = k + 1
      local who = r.actor .. (r.target ~= "" and (" -> " .. r.target) or "")
      local rep = r.reports > 1 and string.format(", %d reports in %d articles",
                                                  r.reports, r.articles) or ""
      line("")
      line(string.format("%3d. %s  %s  [%s%s]", k, r.date, who, r.category, rep))
      line("     " .. r.action)
      line("     \"" .. r.evidence .. "\" (article " .. tostring(r.article) .. ")")
    end
  end
end
io.write(table.concat(out, "\n"), "\n")
