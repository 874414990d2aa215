-- A name opened by a word joined by a hyphen to a participle is the name
-- after that word (real Reuters sentences of 1987): "Montreal-based
-- Noverco Inc" is Noverco, with "Montreal-based" the adjective of
-- Montreal; "Privately-held Pantry Inc" is Pantry, "Privately-held" no
-- name at all.

local id = articles.add{ title = "PARTICIPLES", published = "1987-03-24",
  body = "WASHINGTON, March 24 - Montreal-based Noverco Inc told the Securities and Exchange Commission it reduced its stake in Sceptre Resources Ltd to 1,232,200 shares or 4.8 pct of the total outstanding.\n\nPrivately-held Pantry Inc, which operates 477 convenience stores in five Southeastern states, said it has engaged Alex. Brown and Sons Inc <ABSB> to explore a possbile sale of the company." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

assert(mention("Noverco Inc") == "Noverco/organization", tostring(mention("Noverco Inc")))
assert(mention("Montreal-based") == "Montreal/place", tostring(mention("Montreal-based")))
assert(mention("Montreal-based Noverco Inc") == nil)
assert(mention("Pantry Inc") == "Pantry/organization", tostring(mention("Pantry Inc")))
assert(mention("Privately-held") == nil and mention("Privately-held Pantry Inc") == nil)
