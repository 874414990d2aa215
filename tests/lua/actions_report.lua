-- examples/actions_last_month.lua on the seed page, as of 2024-04-23: the
-- report groups the month's actions by actor and leaves out the 2022-2023
-- events the article recalls; csv / json / markdown output; bad options.

articles.ingest("seeds/000_c242e1e204255b49.txt")
dossier.asof("2024-04-23")

-- Run the example with args; returns what it wrote with io.write.
local function run(...)
  local out = {}
  local write = io.write
  io.write = function(...)
    for _, s in ipairs({...}) do out[#out + 1] = tostring(s) end
    return io.stdout
  end
  arg = { [0] = "examples/actions_last_month.lua", ... }
  local ok, err = pcall(dofile, "examples/actions_last_month.lua")
  io.write = write
  if not ok then error(err, 0) end
  return table.concat(out)
end

local text = run("--width", "0")
local lines = {}
for line in text:gmatch("[^\n]+") do lines[#lines + 1] = line end
assert(lines[1]:find("^date%s+actor%s+action%s+category%s+target%s+evidence"))
assert(text:find("United States%s+attack China’s trade with Russia"))
assert(text:find("Japan, Philippines", 1, true))
assert(text:find("China%s+open a WTO dispute"))
assert(text:find("Xi Jinping%s+say"))
for _, gone in ipairs{"Pelosi", "balloon", "California", "Yellen", "Wang Yi", "Great Hall"} do
  assert(not text:find(gone, 1, true), gone .. " must not be in the report")
end
-- grouped by actor: every United States row comes before the first China row
local last_us, first_cn = 0, math.huge
for i, line in ipairs(lines) do
  if line:find("^%S+%s+United States ") then last_us = i end
  if line:find("^%S+%s+China ") and i < first_cn then first_cn = i end
end
assert(last_us > 0 and first_cn < math.huge and last_us < first_cn)

local csv = run("--format", "csv", "--actor", "China")
assert(csv:find("^date,actor,action,category,target,evidence\r?\n"))
for line in csv:gmatch("[^\n]+") do
  assert(line:find("^date,") or line:find("^[%d%.%-]+,China,"), line)
end
local json = run("--format", "json", "--category", "disapprove")
assert(json:find('^%[{') and json:find('"category":"disapprove"'))
assert(not json:find('"category":"coerce"'))
local md = run("--format", "markdown", "--since", "2024-04-01")
assert(md:find("^| date | actor |"))
-- "the last month" (from 2024-03-23) overlaps April: kept
assert(md:find("attack China", 1, true))
