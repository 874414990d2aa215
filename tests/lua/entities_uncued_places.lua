-- A lone capitalised word the tagger reads as a person, with no use in the
-- story that shows a person, is a place where only a place stands: after
-- "in", "from" or "near" ("bankers in Muscat said", "from Immingham to the
-- Red Sea"). Real Reuters stories of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local muscat = articles.add{ title = "OMAN CENTRAL BANK TO ISSUE TREASURY BILLS", published = "1987-06-02",
  body = "BAHRAIN, June 2 - Bankers in Muscat said the format of Oman's treasury bill offering is not yet clear." }
assert(mention(muscat, "Muscat") == "Muscat/place", tostring(mention(muscat, "Muscat")))

local freight = articles.add{ title = "LONDON FREIGHT MARKET FEATURES USSR TIMECHARTERS", published = "1987-04-03",
  body = "LONDON, April 3 - Barley cargoes were arranged from Immingham to the Red Sea at 17.25 dlrs and from Foynes to Jeddah at 17.25 dlrs." }
assert(mention(freight, "Immingham") == "Immingham/place", tostring(mention(freight, "Immingham")))
assert(mention(freight, "Foynes") == "Foynes/place", tostring(mention(freight, "Foynes")))

-- a person quoted by name alone in a story with no other cue stays one
-- ("Beesley said" is no place)
local quoted = articles.add{ title = "U.S. FARM CREDIT RESCUE BILL SEEN BEFORE EASTER", published = "1987-02-26",
  body = "WASHINGTON, Feb 26 - \"A significant number of banks and associations in the most economically depressed areas have and will continue to suffer extraordinary losses,\" Beesley said." }
assert(mention(quoted, "Beesley") == "Beesley/person", tostring(mention(quoted, "Beesley")))
