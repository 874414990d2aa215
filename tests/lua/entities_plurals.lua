-- The plural of a body's name is the things it issues: "Treasuries" are
-- the Treasury's bonds, not the Treasury (real Reuters sentences of 1987).

local id = articles.add{ title = "PLURALS", published = "1987-04-01",
  body = "Dealers said that last week, a 260 mln dlr trade involving two and 10-year Treasuries was transacted on brokers' screens.\n\nThe notes were priced at 99.20 to yield 7.599 pct, or 61 basis points over Treasuries.\n\nThe Treasury said it would sell 9.75 billion dlrs of two-year notes." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

-- both "Treasuries" are things, none the Treasury
assert(dossier.sql(string.format([[SELECT count(*) AS n FROM mentions m JOIN entities n ON n.id = m.entity
  JOIN articles a ON a.id = m.article WHERE m.article = %d AND n.type = 'other'
  AND substr(a.body, m.start + 1, m."end" - m.start) = 'Treasuries']], id))[1].n == 2)
assert(mention("Treasury") == "Treasury/organization", tostring(mention("Treasury")))
