-- actions_last_month.lua — who did what to whom in a period, grouped by
-- actor: one aligned table (date, actor, action, target, evidence).
--
--   dossier --as-of 2024-04-23 examples/actions_last_month.lua
--   dossier examples/actions_last_month.lua --since 2024-03-01 --until 2024-03-31
--   dossier examples/actions_last_month.lua --format csv|json|markdown
--
-- Options:
--   --since WHEN     start of the period (ISO date or "1 month", "2 weeks";
--                    default "1 month", counted back from --as-of)
--   --until WHEN     end of the period (default: the as-of date)
--   --actor NAME     only this actor (any alias: "U.S.", "Beijing")
--   --category NAME  only this CAMEO root ("disapprove", "16", ...)
--   --all            keep reported, negated and hypothetical actions too
--                    (default: asserted and planned ones)
--   --format F       table (default), csv, json or markdown
--   --width N        widest table cell (default 60; 0 = no limit)

local opts = { since = "1 month", format = "table", width = 60 }
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
local formats = { table = true, csv = true, json = true, markdown = true }
if not formats[opts.format] then
  error("--format must be table, csv, json or markdown", 0)
end

local rows = actions.query{ since = opts.since, ["until"] = opts["until"],
                            actor = opts.actor, category = opts.category }

-- Keep what happened (or is planned); group by actor, busiest first, and
-- by date within an actor.
local groups, order = {}, {}
for _, r in ipairs(rows) do
  local keep = opts.all or r.modality == "asserted" or r.modality == "planned"
  if keep and r.actor then
    if not groups[r.actor] then
      groups[r.actor] = {}
      order[#order + 1] = r.actor
    end
    table.insert(groups[r.actor], r)
  end
end
table.sort(order, function(a, b)
  if #groups[a] ~= #groups[b] then return #groups[a] > #groups[b] end
  return a < b
end)

local function when(r)
  if not r.date then return "" end
  if r.date_end and r.date_end ~= r.date then
    return r.date .. ".." .. r.date_end
  end
  return r.date
end

local function action(r)
  local s = r.verb
  if r.object and #r.object > 0 then s = s .. " " .. r.object end
  if r.modality ~= "asserted" then s = s .. " (" .. r.modality .. ")" end
  return s
end

-- One row per action: an action with several targets ("joining the United
-- States, Japan, and the Philippines") is stored once per target and shown
-- once, its targets joined.
local out = setmetatable({}, { __columns = { "date", "actor", "action",
                                              "category", "target", "evidence" } })
for _, actor in ipairs(order) do
  local last
  for _, r in ipairs(groups[actor]) do
    local evidence = (r.text or ""):gsub("%s+", " ")
    if last and last.evidence == evidence and last.verb == r.verb
       and last.date == when(r) and r.target then
      last.target = last.target == "" and r.target or last.target .. ", " .. r.target
    else
      last = { date = when(r), actor = actor, action = action(r), verb = r.verb,
               category = r.category or "", target = r.target or "",
               evidence = evidence }
      out[#out + 1] = last
    end
  end
end
for _, row in ipairs(out) do row.verb = nil end

local columns = getmetatable(out).__columns
if #out == 0 then
  io.stderr:write("no actions between ", opts.since, " and ",
                  opts["until"] or dossier.asof(), "\n")
elseif opts.format == "json" then
  io.write(report.json(out))
elseif opts.format == "csv" then
  io.write(report.csv(out))     -- columns from the array's __columns
else
  io.write(report[opts.format](out, { columns = columns,
                                      width = tonumber(opts.width) }))
end
