-- Real Reuters sentences of 1987. A capital before a body's seat or post
-- there is the city, not its country's government ("Chad's Paris embassy",
-- "its London operation"); a country or town before "round" is the round
-- of trade talks named after it ("the Tokyo round", "the Uruguay round"),
-- not a round of an election (CoNLL eng.train).

local id = articles.add{ title = "CITIES", published = "1987-04-09",
  body = "The statement issued by Chad's Paris embassy said government troops had \"completely annihilated\" a Libyan column yesterday some 45 km (28 miles) from the Libyan base.\n\nLONDON, April 9 - Salomon Brothers Inc said it was altering the management structure of its London operation, Salomon Brothers International Ltd, following a similar move in New York last October.\n\nTwice in the past, the United States has negotiated with Japan on beef and citrus import quotas -- during the Tokyo round of multilateral trade negotiations in 1978, and in bilateral talks in 1984.\n\nThe bill sets out U.S. trade negotiating objectives for the Uruguay round of talks under the General Agreement on Tariffs and Trade.\n\nThe Lebanese Association for the Democracy of Elections cited 51 incidents of violation in the north Lebanon round." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

assert(mention("Paris") == "Paris/place", tostring(mention("Paris")))
assert(mention("London") == "London/place", tostring(mention("London")))
assert(mention("Tokyo round") == "Tokyo Round/other", tostring(mention("Tokyo round")))
assert(mention("Uruguay round") == "Uruguay Round/other", tostring(mention("Uruguay round")))
assert(mention("Japan") == "Japan/country", tostring(mention("Japan")))
assert(mention("Chad") == "Chad/country", tostring(mention("Chad")))
assert(mention("Lebanon") == "Lebanon/country", tostring(mention("Lebanon")))
