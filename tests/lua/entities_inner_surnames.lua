-- A lone surname that is an inner word of one person's full name in the
-- article is that person (real Reuters sentences of 1987): Spanish and
-- Portuguese names put the family name used alone before the mother's.

local id = articles.add{ title = "INNER SURNAMES", published = "1987-03-27",
  body = "The new planning minister is Anibal Teixeira de Souza, the former head of a national welfare program, the government said.\n\nTeixeira replaces economist Joao Sayad, who last week became the latest victim of the turmoil in Brasilia over government economic policy.\n\nThe foreign partner will provide capital, PDVSA president Juan Chacin Guzman said. Chacin told reporters the partner would be named next month." }

local name = dofile("tests/lua/lib/entities.lua").name
local function mention(surface) return name(id, surface) end

assert(mention("Teixeira") == "Anibal Teixeira de Souza", tostring(mention("Teixeira")))
assert(mention("Chacin") == "Juan Chacin Guzman", tostring(mention("Chacin")))
assert(mention("Joao Sayad") == "Joao Sayad")
