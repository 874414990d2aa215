-- The Reuters importer on the real data's first file (1,000 records):
-- every record with a title or body goes in with its date; a second run
-- adds nothing. Skips when ../shared/data is absent.
-- postgresql: skip: 1,000 stories take ~25 s to ingest on a server today
-- (docs/POSTGRESQL.md, speed); cli.pg imports a 300-story slice with the
-- same importer and compares the corpus with SQLite's

local data = os.getenv("DOSSIER_DATA")
local folder = (data and data ~= "" and data or "../shared/data") .. "/reuters21578"
local f = io.open(folder .. "/reut2-000.sgm.gz", "rb")
if not f then
  io.stderr:write("skip: no Reuters data in " .. folder .. "\n")
  os.exit(77)
end
f:close()

-- a folder with just the first file: read it through a one-file list
local tmp = os.tmpname()
os.remove(tmp)
assert(os.execute("mkdir -p " .. tmp .. " && ln -s " .. folder .. "/reut2-000.sgm.gz " .. tmp .. "/"))
arg = { [0] = "examples/import_reuters.lua", tmp }
local c = dofile("examples/import_reuters.lua")
assert(c.records == 1000, c.records)
assert(c.with_title == 985 and c.with_body == 940, c.with_title .. " " .. c.with_body)
assert(c.dated == c.stories)
-- exact repeats of a story (same title and body) are stored once
assert(c.added + c.duplicates == c.stories)
assert(c.added > 980, c.added)
assert(articles.count() == c.added)
local r = dossier.sql("SELECT min(published) AS lo, max(published) AS hi, "
  .. "sum(CASE WHEN date_source = 'meta' THEN 1 ELSE 0 END) AS n FROM articles")[1]
assert(r.lo == "1987-02-26" and r.hi <= "1987-03-03" and r.n == c.added, r.hi)
local again = dofile("examples/import_reuters.lua")
assert(again.added == 0 and again.duplicates == c.stories)
os.execute("rm -rf " .. tmp)
