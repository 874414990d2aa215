-- bench/check-search.lua: search.query's top rows against the exhaustive
-- ranking, which scores every match with dz_bm25 (FTS5 counting each
-- phrase itself) and orders them by score, then id:
--   dossier -d CORPUS.db bench/check-search.lua [QUERIES_FILE]
-- For each query (bench/queries.txt by default), the first ten, the first
-- three and the second page of ten must be the same articles in the same
-- order with the same scores to the last bit. Prints one line a query and
-- exits 1 at the first difference.
local here = arg[0]:match("(.*/)") or "./"
local file = arg[1] or here .. "queries.txt"

-- the MATCH argument search.query uses (search_match_arg in search.c):
-- kept to the text columns when a word could be a month token
local function match_arg(expr)
  for w in expr:gmatch('"([^"]*)"') do
    for t in w:gmatch("[%w\128-\255]+") do
      if t:match("^[mM]$") or t:match("^[mM][%dxX\128-\255]") or t:match("^[\128-\255]") then
        return "{title dek body} : (" .. expr .. ")"
      end
    end
  end
  return "(" .. expr .. ")"
end

local exhaustive = "SELECT rowid AS id, -dz_bm25(articles_fts, 10.0, 3.0, 1.0) AS score"
  .. " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY score DESC, id"
  .. " LIMIT ? OFFSET ?"

local function row(r)
  return string.format("%d %.17g", r.id, r.score)
end

local bad = 0
for q in io.lines(file) do
  if q:match("%S") then
    local expr = search.compile(q)
    local t0 = dossier.clock()
    local n = 0
    for _, page in ipairs{ { 10, 0 }, { 3, 0 }, { 10, 10 } } do
      local got = search.query(q, { limit = page[1], offset = page[2] })
      local want = dossier.sql(exhaustive, match_arg(expr), page[1], page[2])
      if #got ~= #want then
        print(string.format("%-24s limit %d offset %d: %d rows, exhaustive %d",
                            q, page[1], page[2], #got, #want))
        os.exit(1)
      end
      for i = 1, #got do
        if row(got[i]) ~= row(want[i]) then
          print(string.format("%-24s limit %d offset %d row %d: %s, exhaustive %s",
                              q, page[1], page[2], i, row(got[i]), row(want[i])))
          os.exit(1)
        end
      end
      n = n + #got
    end
    print(string.format("%-24s ok (%d rows, %.1f s)", q, n, dossier.clock() - t0))
  end
end
