-- timeline.lua — what an actor did, on a time axis: its events per week as
-- a chart, then each action in date order.
--
--   dossier [--as-of DATE|latest] examples/timeline.lua ACTOR [PERIOD] [FILE] [TARGET]
--
-- ACTOR is a name or alias ("China", "Xi"); PERIOD a duration back from
-- the as-of date ("3 months", default "1 month"), an ISO month or year
-- ("2024-04", "1987"), two dates ("2024-04-01..2024-04-15"), or "all".
-- Without FILE (or with "-") the chart and the timeline are printed for
-- the terminal; with FILE they are written as one HTML page (FILE.html),
-- or the timeline alone as SVG (FILE.svg). TARGET keeps the actions on
-- that target only.
local actor = arg and arg[1]
if not actor then
  io.stderr:write("usage: timeline.lua ACTOR [PERIOD] [FILE]\n")
  os.exit(2)
end
local period = arg[2] or "1 month"
local file = arg[3]
if file == "" or file == "-" then file = nil end
local target = arg[4]

local since, upto
local a, b = period:match("^(.-)%.%.(.+)$")
if a then
  since = dossier.date(a)
  upto = select(2, dossier.date(b))
elseif period ~= "all" then
  since, upto = dossier.date(period)
end
local limit = 60

local weeks = actions.series{actor = actor, target = target, by = "week", since = since, to = upto}
-- the actions that start in the period (as the series counts them)
local events = {}
for a in actions.each{actor = actor, target = target, since = since, to = upto} do
  if not since or (a.date and a.date >= since) then events[#events + 1] = a end
  if #events == limit then break end
end
local title = string.format("%s%s — %s", actor, target and (" on " .. target) or "",
  since and string.format("%s to %s", since, upto) or "all dates")

if #events == 0 then
  io.write(title .. ": no actions\n")
  return
end
if not file then
  io.write(report.chart(weeks, {kind = "bar", title = "Events per week"}), "\n")
  io.write(report.timeline(events, {title = title, since = since, to = upto}))
elseif file:match("%.svg$") then
  assert(report.timeline(events, {title = title, file = file, since = since, to = upto}))
else
  assert(report.html{title = title, file = file, sections = {
    {title = "Events per week", chart = weeks},
    {title = "Timeline", text = #events == limit and
       string.format("The first %d actions of the period.", limit) or nil,
     timeline = events, since = since, to = upto},
    {title = "Actions", table = events,
     columns = {"date", "actor", "verb", "target", "category", "modality", "text"}},
  }})
end
