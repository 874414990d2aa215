-- A name before a ticker in angle brackets is the company listed under it,
-- whatever the tagger took it for, and the ticker is that company's (real
-- Reuters sentences of 1987); a place after "of" stays a place.

local id = articles.add{ title = "LISTED", published = "1987-04-02",
  body = "TOKYO, April 2 - Officials at Toshiba <TSBA.T> told reporters they have developed a kind of wire which carries electricity without resistance.\n\nIn addition, Margoshes said he recommended Atlantic Richfield <ARC> on a short-term basis.\n\nSEABROOK, N.H., June 1 - Public Service Co of New Hampshire <PNH> said the owners of the Seabrook nuclear power plant agreed." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

assert(mention("Toshiba") == "Toshiba/organization", tostring(mention("Toshiba")))
assert(mention("TSBA") == "Toshiba/organization", tostring(mention("TSBA")))
assert(mention("Atlantic Richfield") == "Atlantic Richfield/organization", tostring(mention("Atlantic Richfield")))
assert(mention("ARC") == "Atlantic Richfield/organization", tostring(mention("ARC")))
assert(mention("New Hampshire") == "New Hampshire/place", tostring(mention("New Hampshire")))

-- words no one took for a name before a ticker are the company
local id2 = articles.add{ title = "LISTED WORDS", published = "1987-03-20",
  body = "At a seminar where the products were introduced, software makers such as Ashton-Tate <TATE>, Microsoft Corp <MSFT> and Lotus Development Corp <LOTS> were present.\n\nThe GM board also authorized repurchase of up to five mln class E <GME> and class H <GMH> shares." }
local function mention2(surface) return shown(id2, surface) end
assert(mention2("Ashton-Tate") == "Ashton-Tate/organization", tostring(mention2("Ashton-Tate")))
assert(mention2("TATE") == "Ashton-Tate/organization", tostring(mention2("TATE")))
assert(mention2("E") == nil and mention2("H") == nil)
