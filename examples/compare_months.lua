-- compare_months.lua — how often several entities are named, per month
-- (or week, or day), side by side: a chart and a table.
--
--   dossier examples/compare_months.lua [--by month|week|day] [--since D]
--       [--until D] [--share] [--file FILE] NAME...
--
-- --share divides each count by the articles published in the bucket, so
-- that months with more news do not look busier. FILE: .svg or .html for
-- pictures, .csv / .json / .md for the numbers; without it the chart and
-- the table are printed.
local by, since, upto, share, file = "month", nil, nil, false, nil
local names = {}
local i = 1
while arg and arg[i] do
  local a = arg[i]
  if a == "--by" then by = arg[i + 1]; i = i + 1
  elseif a == "--since" then since = arg[i + 1]; i = i + 1
  elseif a == "--until" then upto = arg[i + 1]; i = i + 1
  elseif a == "--file" then file = arg[i + 1]; i = i + 1
  elseif a == "--share" then share = true
  else names[#names + 1] = a end
  i = i + 1
end
if #names == 0 then
  io.stderr:write("usage: compare_months.lua [--by month|week|day] [--since D] [--until D]" ..
                  " [--share] [--file FILE] NAME...\n")
  os.exit(2)
end

-- one series per name over the same period: the first and last dates any
-- of them is named, unless given
local series = {}
for _, n in ipairs(names) do
  series[#series + 1] = entities.series{entity = n, by = by, since = since, to = upto}
end
for _, s in ipairs(series) do
  if s.since and (not since or s.since < since) then since = s.since end
  if s["until"] and (not upto or s["until"] > upto) then upto = s["until"] end
end
for k, n in ipairs(names) do
  series[k] = entities.series{entity = n, by = by, since = since, to = upto, normalise = share}
end

-- the table: one row per bucket, one column per name
local rows, columns = {}, {"start"}
for k, s in ipairs(series) do
  columns[#columns + 1] = names[k]
  for j, b in ipairs(s) do
    rows[j] = rows[j] or {start = b.start}
    rows[j][names[k]] = share and math.floor(b.share * 1000 + 0.5) / 1000 or b.count
  end
end
local title = string.format("%s per %s%s", share and "Share of articles naming them" or
                            "Mentions", by, since and (", " .. since .. " to " .. upto) or "")

if not file then
  io.write(report.chart(series, {kind = #rows > 24 and "line" or "bar", title = title}), "\n")
  io.write(report.table(rows, {columns = columns}))
elseif file:match("%.svg$") then
  assert(report.chart(series, {file = file, title = title, kind = #rows > 24 and "line" or "bar",
                              ylabel = share and "share of articles" or "mentions"}))
elseif file:match("%.html?$") then
  assert(report.html{title = title, file = file, sections = {
    {chart = series, kind = #rows > 24 and "line" or "bar"},
    {title = "Numbers", table = rows, columns = columns},
  }})
else
  assert(report.table(rows, {file = file, columns = columns}))
end
