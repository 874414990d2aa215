-- bench/dbsize.lua: the open corpus's size per table and per index, from
-- SQLite's dbstat table (run by scripts/bench). Prints lines
--   TABLE BYTES            a table with its indexes, largest first
--   TABLE.PART BYTES       after each table, its parts, largest first: the
--                          table's own B-tree ("TABLE.table"), each index
--                          by name, the FTS5 shadow tables of a full-text
--                          table ("articles_fts.articles_fts_data")
-- then the pages the file holds free (left by full-text merges until an
-- incremental vacuum or later writes take them) as "free_pages", and
-- the whole file last as "total".
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
local size, parts, total = {}, {}, 0
for _, r in ipairs(dossier.sql("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name")) do
  local t = table_of(r.name)
  size[t] = (size[t] or 0) + r.bytes
  parts[t] = parts[t] or {}
  parts[t][#parts[t] + 1] = { name = r.name == t and "table" or r.name, bytes = r.bytes }
  total = total + r.bytes
end
local names = {}
for t in pairs(size) do names[#names + 1] = t end
table.sort(names, function(a, b) return size[a] > size[b] end)
for _, t in ipairs(names) do
  print(t .. " " .. size[t])
  local p = parts[t]
  table.sort(p, function(a, b)
    if a.bytes ~= b.bytes then return a.bytes > b.bytes end
    return a.name < b.name
  end)
  if #p > 1 then
    for _, x in ipairs(p) do print(t .. "." .. x.name .. " " .. x.bytes) end
  end
end
local free = dossier.sql("SELECT (SELECT freelist_count FROM pragma_freelist_count)"
  .. " * (SELECT page_size FROM pragma_page_size) AS bytes")[1].bytes
if free > 0 then print("free_pages " .. free) end
print("total " .. (total + free))
