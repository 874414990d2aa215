-- cooccurrence.lua — who appears with whom, strongest pairs first.
--
--   dossier examples/cooccurrence.lua [NAME] [TYPE] [LIMIT] [BY]
--
-- Without NAME (or with "-"): the pairs of entities named in the same
-- sentence most often across the corpus. With NAME: who is named with
-- that entity. TYPE keeps entities of one type (person, country, ...;
-- "-" for any), LIMIT rows (default 20), BY "sentence" (default) or
-- "article" for what counts as being named together.
local name = arg and arg[1]
if name == "-" then name = nil end
local ty = arg and arg[2]
if ty == "-" then ty = nil end
local limit = tonumber(arg and arg[3]) or 20
local by = arg and arg[4] or "sentence"

local opts = {type = ty, limit = limit, by = by}
if name then
  local e = entities.get(name)
  if not e then
    io.stderr:write("cooccurrence: no entity named '" .. name .. "'\n")
    os.exit(1)
  end
  io.write(string.format("Named with %s (%s), by %s:\n", e.name, e.type, by))
  local rows = entities.cooccur(e.name, opts)
  io.write(#rows > 0 and report.table(rows, {columns = {"name", "type", "sentences", "articles"}})
           or "(none)\n")
else
  io.write(string.format("Pairs named in the same %s%s:\n", by,
                         ty and (", both " .. ty) or ""))
  local rows = {}
  for r in entities.each_pair(opts) do
    rows[#rows + 1] = { a = r.a, b = r.b, together = r[by == "article" and "articles" or "sentences"],
                        articles = r.articles }
  end
  io.write(#rows > 0 and report.table(rows, {columns = {"a", "b", "together", "articles"}})
           or "(none)\n")
end
