-- The report examples run on a small corpus and print aligned tables that
-- name the expected entities.
articles.add{title = "A", published = "2024-04-01", body =
  "Antony Blinken met Wang Yi in Beijing. Blinken and Wang Yi spoke again."}
articles.add{title = "B", published = "2024-03-01", body = "Blinken met Janet Yellen."}

dossier.asof("2024-04-23")
local out = {}
local real_write = io.write
io.write = function(...) for _, s in ipairs{...} do out[#out + 1] = tostring(s) end end
local function run(script, ...)
  out = {}
  arg = { ... }
  dofile(script)
  return table.concat(out)
end
local ok, text = pcall(run, "examples/top_entities.lua", "1 month", "person", "5")
io.write = real_write
assert(ok, text)
-- as of 2024-04-23 (set below) the last month holds only article A
assert(text:find("Antony Blinken%s+2%s+1%s+1%s+%+1"), text)
assert(text:find("Wang Yi%s+2%s+1%s+0%s+new"), text)

io.write = function(...) for _, s in ipairs{...} do out[#out + 1] = tostring(s) end end
ok, text = pcall(run, "examples/cooccurrence.lua", "-", "person", "5")
io.write = real_write
assert(ok, text)
assert(text:find("Antony Blinken%s+Wang Yi%s+2"), text)
io.write = function(...) for _, s in ipairs{...} do out[#out + 1] = tostring(s) end end
ok, text = pcall(run, "examples/cooccurrence.lua", "Wang Yi")
io.write = real_write
assert(ok, text)
assert(text:find("Antony Blinken%s+person%s+2%s+1"), text)
print("entity reports ok")
