-- A place's news media are the channel, not the place acting (real Reuters
-- snippets of 1987, outside the events dev set): "Zagreb papers said" is
-- no statement of Croatia, "Turkish radio said" none of Turkey, and in
-- "reacting to Irish and British press reports" nobody presses anyone.

local zagreb = articles.add{ title = "UNION LEADERS TOUR YUGOSLAVIA TO QUELL STRIKE", published = "1987-03-14",
  body = "BELGRADE, March 15 - Yugoslav trade union leaders are touring the country in an attempt to quell a wave of strikes following a partial wages freeze, official sources said.\n\nNational newspapers in Belgrade have given few details of the strikes. But Zagreb papers said thousands of workers went on strike and thousands more were threatening action over pay cuts." }
local turkey = articles.add{ title = "TURKISH WEATHER IMPROVES, BUT BRINGS FLOODS", published = "1987-03-11",
  body = "ISTANBUL, March 11 - Turkish banks and government offices reopened here after snow blanketing the city began to melt, causing floods and traffic jams.\n\nTurkish radio said 16 villages in the southern province of Hatay were evacuated after the Karasu river burst its banks, flooding 5,000 hectares of crops." }
local heinz = articles.add{ title = "HEINZ INTERESTED IN BUYING GUINNESS BREWING", published = "1987-03-03",
  body = "DUBLIN, March 3 - H.J. Heinz <HNZ.N> chairman Tony O'Reilly would be interested in buying Guinness PLC <GUIN.L>'s brewery division if it were for sale, a spokesman said.\n\nThe spokesman, reacting to Irish and British press reports, said \"He continues to be interested were the group to offer the brewery side of Guinness for sale.\"" }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(zagreb, "Croatia") == 0, "Zagreb papers are the channel")
assert(by(turkey, "Turkey", "say") == 0, "Turkish radio is the channel")
assert(by(heinz, "Ireland", "press") == 0, "press reports press no one")
assert(by(heinz, "United Kingdom", "press") == 0, "nor the British ones")
