-- A name before a ticker in angle brackets is the company listed under it,
-- whatever the tagger took it for, and the ticker is that company's (real
-- Reuters sentences of 1987); a place after "of" stays a place.

local id = articles.add{ title = "LISTED", published = "1987-04-02",
  body = "TOKYO, April 2 - Officials at Toshiba <TSBA.T> told reporters they have developed a kind of wire which carries electricity without resistance.\n\nIn addition, Margoshes said he recommended Atlantic Richfield <ARC> on a short-term basis.\n\nSEABROOK, N.H., June 1 - Public Service Co of New Hampshire <PNH> said the owners of the Seabrook nuclear power plant agreed." }

local function mention(surface)
  local rows = dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']], id, surface))
  return rows[1] and (rows[1].name .. "/" .. rows[1].type)
end

assert(mention("Toshiba") == "Toshiba/organization", tostring(mention("Toshiba")))
assert(mention("TSBA") == "Toshiba/organization", tostring(mention("TSBA")))
assert(mention("Atlantic Richfield") == "Atlantic Richfield/organization", tostring(mention("Atlantic Richfield")))
assert(mention("ARC") == "Atlantic Richfield/organization", tostring(mention("ARC")))
assert(mention("New Hampshire") == "New Hampshire/place", tostring(mention("New Hampshire")))
