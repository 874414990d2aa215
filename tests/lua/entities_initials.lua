-- Exchanges, agencies and companies the wire names by their initials in one
-- story and in full in another are one entity, and a spelling the wire
-- uses ("Cooperation" without the hyphen) is the body's name. Real Reuters
-- stories of 1987, cut to the sentences that matter.

local name = dofile("tests/lua/lib/entities.lua").name

local icc = articles.add{ title = "KANSAS CITY <KSU> READY TO BUY SOUTHERN PACIFIC", published = "1987-03-25",
  body = "NEW YORK, March 25 - In a filing with the ICC late today, the company outlined four conditions of its offer to acquire Southern Pacific." }
assert(name(icc, "ICC") == "Interstate Commerce Commission", tostring(name(icc, "ICC")))

local oecd = articles.add{ title = "ECONOMIC SPOTLIGHT -FRANCE AWAITS ECONOMIC LIFT", published = "1987-03-16",
  body = "PARIS, March 16 - A recent report by the Organisation for Economic Cooperation and Development pilloried French industry for failing to produce the goods that its potential customers wanted." }
assert(name(oecd, "Organisation for Economic Cooperation and Development") == "OECD")

local ibm = articles.add{ title = "DUTCH IBM UNIT CHARGED WITH PRICE UNDERCUTTING", published = "1987-03-27",
  body = "AMSTERDAM, March 27 - Three Dutch computer leasing firms are charging the Dutch unit of International Business Machines Corp <IBM.N> with unfair trading practices, saying its prices undercut the leasing market, a court spokesman said." }
local bare = articles.add{ title = "DUTCH IBM UNIT CHARGED WITH PRICE UNDERCUTTING", published = "1987-03-27",
  body = "The three firms suing IBM here are IBL Holland BV, ICA Europe BV and Econocom Nederland BV." }
assert(name(ibm, "International Business Machines Corp") == "IBM",
       tostring(name(ibm, "International Business Machines Corp")))
assert(name(bare, "IBM") == "IBM")
