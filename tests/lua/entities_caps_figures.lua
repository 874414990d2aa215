-- A short word in capitals the lexicon does not know, amid figures and with
-- no word in small letters after it, is the head of a row or column of a
-- table (a currency, a grade, a code), not a name: "DMK 1.8195/8205 SFR
-- 1.5130/40 FFR 6.0560/80 DFL", "No.2 RSS May 57.50". A share's move in a
-- market report is prose and keeps its name ("BMW fell 13 marks to 532"),
-- and so does a ticker ("Standard Oil Co <SRD>, 7/8 to 62-3/4"). Real
-- Reuters stories of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local rates = articles.add{ title = "LONDON DOLLAR CROSS RATES OPENING", published = "1987-04-07",
  body = "LONDON DOLLAR CROSS RATES OPENING - APRIL 7 DMK 1.8195/8205 SFR 1.5130/40 FFR 6.0560/80 DFL 2.0540/50 YEN 145.10/20" }
for _, w in ipairs{ "DMK", "FFR", "DFL" } do
  assert(mention(rates, w) == nil, w .. ": " .. tostring(mention(rates, w)))
end

local rubber = articles.add{ title = "LONDON RUBBER PHYSICALS OFFICIALS", published = "1987-04-07",
  body = "LONDON RUBBER PHYSICALS OFFICIALS - APR 7 pence per kilo No.1 RSS SPOT 60.00 61.00 May 61.50 62.50 Jun 61.00 62.00 No.2 RSS May 57.50 58.50 Jun unquoted No.3 RSS May 56.00 57.00 Jun unquoted Latex (Malaysian 60 pct Centrifuged FOB dry) 76.15 Index Unit Price 587.00 Stg per tonne." }
assert(mention(rubber, "RSS") == nil, tostring(mention(rubber, "RSS")))

local bourse = articles.add{ title = "FRANKFURT BOURSE CLOSES QUIETLY EASIER", published = "1987-04-07",
  body = "FRANKFURT, April 7 - A technical reaction to yesterday's strong gains saw leading German share prices fall across the board in quiet trading, dealers said.\n\nIn autos Daimler shed 23 marks to 1,022, VW was off two marks at 366.50, and BMW fell 13 marks to 532." }
assert(mention(bourse, "BMW") == "BMW/organization", tostring(mention(bourse, "BMW")))
