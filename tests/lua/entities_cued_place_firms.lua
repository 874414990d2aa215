-- A lone capitalised word read as a place that the lexicon does not know,
-- with a company's cue at one of its uses ("the shares of Wharf"), is the
-- company, at every use read as a place or a person ("On Friday, Wharf fell
-- five cents"); a town before "stock exchange" is no company. Real Reuters
-- story of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local hk = articles.add{ title = "STOCKS CLOSE WEAKER IN HONG KONG", published = "1987-04-07",
  body = "HONG KONG, April 7 - Share prices closed weaker but well above their lows on late bargain hunting in fairly quiet trading, brokers said.\n\nBrokers said the market showed little immediate impact from the suspension of trading in the shares of Wharf, World International and Hk Realty despite speculation of a reorganisation. On Friday, Wharf fell five cents to 8.60 dlrs." }
assert(mention(hk, "Wharf") == "Wharf/organization", tostring(mention(hk, "Wharf")))
local n = dossier.sql(string.format([[SELECT count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity
  WHERE m.article = %d AND e.name = 'Wharf' AND e.type = 'organization']], hk))[1].n
assert(n == 2, "both uses of Wharf: " .. n)
