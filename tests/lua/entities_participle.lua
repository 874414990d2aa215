-- A name opened by a word joined by a hyphen to a participle is the name
-- after that word (real Reuters sentences of 1987): "Montreal-based
-- Noverco Inc" is Noverco, with "Montreal-based" the adjective of
-- Montreal; "Privately-held Pantry Inc" is Pantry, "Privately-held" no
-- name at all.

local id = articles.add{ title = "PARTICIPLES", published = "1987-03-24",
  body = "WASHINGTON, March 24 - Montreal-based Noverco Inc told the Securities and Exchange Commission it reduced its stake in Sceptre Resources Ltd to 1,232,200 shares or 4.8 pct of the total outstanding.\n\nPrivately-held Pantry Inc, which operates 477 convenience stores in five Southeastern states, said it has engaged Alex. Brown and Sons Inc <ABSB> to explore a possbile sale of the company." }

local function mention(surface)
  local rows = dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']], id, surface))
  return rows[1] and (rows[1].name .. "/" .. rows[1].type)
end

assert(mention("Noverco Inc") == "Noverco/organization", tostring(mention("Noverco Inc")))
assert(mention("Montreal-based") == "Montreal/place", tostring(mention("Montreal-based")))
assert(mention("Montreal-based Noverco Inc") == nil)
assert(mention("Pantry Inc") == "Pantry/organization", tostring(mention("Pantry Inc")))
assert(mention("Privately-held") == nil and mention("Privately-held Pantry Inc") == nil)
