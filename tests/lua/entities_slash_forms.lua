-- A legal form written with a slash ends a company's name, and the ticker
-- after it is the company's (real Reuters sentences of 1987).

local id = articles.add{ title = "SLASH FORMS", published = "1987-04-08",
  body = "OSLO, April 8 - Citibank A/S <CCI.N>, the Norwegian subsidiary of the U.S.-based bank, said it made a net loss of just over six mln crowns in 1986.\n\nOSLO, April 3 - Norwegian oil companies Norsk Hydro A/S <NHY.OL> and Saga Petroleum A/S <SAGO.OL> said they have applied for offshore exploration licences." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

assert(mention("Citibank A/S") == "Citibank/organization", tostring(mention("Citibank A/S")))
assert(mention("CCI") == "Citibank/organization", tostring(mention("CCI")))
assert(mention("Norsk Hydro A/S") == "Norsk Hydro/organization", tostring(mention("Norsk Hydro A/S")))
assert(mention("SAGO") == "Saga Petroleum/organization", tostring(mention("SAGO")))
