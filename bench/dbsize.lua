-- bench/dbsize.lua: the open corpus's size per table, from SQLite's dbstat
-- table (run by scripts/bench). Prints "TABLE BYTES" lines, largest first:
-- each table with its indexes (named in the schema as the index's table),
-- the FTS5 shadow tables counted under their full-text table, and the
-- whole file last as "total".
local owner = {}
for _, r in ipairs(dossier.sql("SELECT name, tbl_name FROM sqlite_schema")) do
  owner[r.name] = r.tbl_name
end
-- shadow tables of a full-text table: NAME_data, NAME_idx, NAME_docsize, ...
local fts = {}
for _, r in ipairs(dossier.sql("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")) do
  fts[#fts + 1] = r.name
end
local function table_of(name)
  for _, f in ipairs(fts) do
    if name:sub(1, #f + 1) == f .. "_" then return f end
  end
  return owner[name] or name
end
local size, total = {}, 0
for _, r in ipairs(dossier.sql("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name")) do
  local t = table_of(r.name)
  size[t] = (size[t] or 0) + r.bytes
  total = total + r.bytes
end
local names = {}
for t in pairs(size) do names[#names + 1] = t end
table.sort(names, function(a, b) return size[a] > size[b] end)
for _, t in ipairs(names) do print(t .. " " .. size[t]) end
print("total " .. total)
