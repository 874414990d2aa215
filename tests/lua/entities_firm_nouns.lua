-- A name read as a person just before a word only a company has ("Taft
-- stock", "Kaiser Cement shareholders") is the company (real Reuters
-- sentences of 1987); the man of the same name stays a person.

local id = articles.add{ title = "FIRM NOUNS", published = "1987-03-17",
  body = "New York, March 17 - Taft Broadcasting Co stock rose almost three points today as its vice chairman and an investment group proposed to sweeten a takeover offer for the company.\n\nTaft stock rose 2-7/8 to 155-3/4.\n\nDudley Taft, Taft vice chairman, and Narragansett Capital Inc said they sent a letter to the Taft board.\n\nNEW YORK, March 3 - Hanson Trust PLC said Kaiser Cement shareholders today approved the previously announced merger." }

local function mentions(surface)
  local rows = dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s'
    ORDER BY m.start]], id, surface))
  local out = {}
  for _, r in ipairs(rows) do out[#out + 1] = r.name .. "/" .. r.type end
  return out
end

local taft = mentions("Taft")
assert(taft[1] == "Taft Broadcasting/organization", tostring(taft[1]))   -- "Taft stock rose"
assert(mentions("Dudley Taft")[1] == "Dudley Taft/person")
assert(mentions("Kaiser Cement")[1] == "Kaiser Cement/organization", tostring(mentions("Kaiser Cement")[1]))
