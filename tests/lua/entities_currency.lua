-- A country's short name before the wire's "Dlrs" is the country whose
-- currency it is, not a name "N.Z. Dlrs" (real Reuters sentences of 1987).

local id = articles.add{ title = "CURRENCY", published = "1987-04-07",
  body = "WELLINGTON, April 7 - The weighted average yield for 50 mln N.Z. Dlrs of 77-day Treasury bills sold in this week's regular weekly tender was 26.25 pct.\n\nThe government announced this month it will spend six mln H.K. Dlrs over the next two years to encourage electronics firms.\n\nGold was trading at 421.10/60 U.S. Dlrs an ounce at midday." }

local shown = dofile("tests/lua/lib/entities.lua").mention
local function mention(surface) return shown(id, surface) end

assert(mention("N.Z.") == "New Zealand/country", tostring(mention("N.Z.")))
assert(mention("H.K.") == "Hong Kong/country", tostring(mention("H.K.")))
assert(mention("N.Z. Dlrs") == nil and mention("H.K. Dlrs") == nil and mention("Dlrs") == nil)
