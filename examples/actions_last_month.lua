-- actions_last_month.lua — the period's events as an analyst would forward
-- them: who did what to whom, one row per event however many stories
-- carried it, ranked by importance (the kind of act first — force and
-- coercion over appeals and statements —, then the number of reports, then
-- how prominent the actor is in the period), each with its evidence and
-- article; plain statements ("X said ...") summarised apart, one row per
-- actor (the busiest first, never more rows than acts).
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
  if key == "all" then
    opts.all = true
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
local events = actions.events{ since = opts.since,
                               ["until"] = opts["until"] or dossier.asof(),
                               actor = opts.actor, category = opts.category }

-- How much an act weighs, by CAMEO root: statements 1, cooperation 2-3,
-- demands / disapproval / rejection 4, threats and protests 5, force
-- postures and sanctions 6, coercion 7, assault and fighting 8-10.
local weight = { 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10 }

local acts, statements, per_actor = {}, {}, {}
for _, e in ipairs(events) do
  local keep = opts.all or e.modality == "asserted" or e.modality == "planned"
  if keep and e.actor then
    per_actor[e.actor] = (per_actor[e.actor] or 0) + 1
    if e.statement == 1 then
      statements[#statements + 1] = e
    else
      acts[#acts + 1] = e
    end
  end
end
for _, e in ipairs(acts) do
  e.score = (weight[e.code] or 1) * (1 + math.log(e.reports, 2))
            + 0.5 * math.log(1 + per_actor[e.actor], 2)
end
table.sort(acts, function(a, b)
  if a.score ~= b.score then return a.score > b.score end
  if a.date ~= b.date then return a.date < b.date end
  return a.ids < b.ids
end)
if top > 0 then
  for k = #acts, top + 1, -1 do acts[k] = nil end
end

local function when(e)
  if e.date_end and e.date_end ~= e.date then return e.date .. ".." .. e.date_end end
  return e.date or ""
end

local function action(e)
  local s = e.verb
  if e.object and #e.object > 0 then s = s .. " " .. e.object:gsub("%s+", " ") end
  if e.modality ~= "asserted" then s = s .. " (" .. e.modality .. ")" end
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
    last.target = last.target == "" and e.target or last.target .. ", " .. e.target
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
for _, r in ipairs(rows) do r.verb, r.n = nil, nil end

local period = (opts.since or "") .. " .. " .. (opts["until"] or dossier.asof())
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
elseif opts.format == "html" then
  local acts_rows, statement_rows = {}, {}
  for _, r in ipairs(rows) do
    local t = r.kind == "statements" and statement_rows or acts_rows
    t[#t + 1] = r
  end
  local cols = getmetatable(rows).__columns
  local sections = {
    { title = "Events per day (acts and statements)", chart = actions.series{ by = "day", since = opts.since,
        ["until"] = opts["until"] or dossier.asof(), actor = opts.actor,
        category = opts.category }, kind = "bar" },
    { title = string.format("Acts, by weight (%d)", #acts_rows), table = acts_rows,
      columns = cols },
  }
  if #statement_rows > 0 then
    sections[#sections + 1] = { title = "Plain statements, by actor",
                                table = statement_rows, columns = cols }
  end
  io.write(report.html{ title = "Events " .. period, subtitle = string.format(
    "%d acts; %d plain statements by %d actors", nacts, #statements, #summary),
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
line(string.format("Events %s: %d acts; %d plain statements by %d actors",
                   period, nacts, #statements, #summary))
for k = 1, nacts do
  local r = rows[k]
  local who = r.actor .. (r.target ~= "" and (" -> " .. r.target) or "")
  local rep = r.reports > 1 and string.format(", %d reports in %d articles",
                                              r.reports, r.articles) or ""
  line("")
  line(string.format("%3d. %s  %s  [%s%s]", k, r.date, who, r.category, rep))
  line("     " .. r.action)
  line("     \"" .. r.evidence .. "\" (article " .. tostring(r.article) .. ")")
end
if #rows > nacts then
  line("")
  line("Plain statements, by actor:")
  local k = nacts + 1
  while k <= #rows do
    local r = rows[k]
    line(string.format("  %s (%s): \"%s\" (article %s)", r.actor,
                       r.action:match("^%d+"), r.evidence, tostring(r.article)))
    k = k + 1
  end
end
io.write(table.concat(out, "\n"), "\n")
