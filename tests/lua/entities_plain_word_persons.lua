-- A lone capitalised word after "the" or "a" names no person ("the Mint
-- said" is a body, "the tanker Pivot" a ship), nor does a common word
-- that opens its sentence with nothing in the article showing a person
-- ("Snow reached from ..."). A title on another use keeps the person
-- ("President Carter" beside "the Carter administration"). Real Reuters
-- stories of 1987.

local name = dofile("tests/lua/lib/entities.lua").mention

local mint = articles.add{ title = "U.S. MINT SEEKING OFFERS ON COPPER, NICKEL", published = "1987-04-07",
  body = "WASHINGTON, April 7 - The U.S. Mint said it is seeking offers on 3,701,000 lbs of electrolytic copper and 629,000 lbs of electrolytic cut nickel cathodes or briquettes that it intends to purchase.\n\nIt said both metals are for delivery in the week of May 11 to Olin Corp, East Alton, Ill.\n\nOffers for the copper are due by 1100 hrs EDT, April 21, while offers on the nickel are due at 1100 hrs EDT on April 14.\n\nThe Mint said that firms, in submitting their offers, select to receive payment by standard check or be wire transfer. Awards are determined by whichever of the two methods is most cost advantageous, based on the cost of money at that time.\n\nThe minimum acceptance periods for each solicitation is three calendar days for the copper and 10 calendar days for the nickel, the Mint said." }

assert(name(mint, "Mint") and name(mint, "Mint"):match("/organization$"), tostring(name(mint, "Mint")))

local pivot = articles.add{ title = "IRAN SAID TO ATTACK CYPRIOT TANKER", published = "1987-03-17",
  body = "TOKYO, March 17 - A Cypriot tanker was set ablaze in the Persian Gulf yesterday after an Iranian gunboat fired missiles at it, shipping sources quoting reports from Japanese tankers said today.\n\nNo casualties were seen and the tanker Pivot, laden with crude oil, was towed towards Dubai by tugs after they put out the fire, the sources said.\n\nIranian gunboats usually check a ship's nationality and cargo before attacking but the Pivot was hit near Bu Musa island without warning, they added." }

assert(name(pivot, "Pivot") == nil, tostring(name(pivot, "Pivot")))

local snow = articles.add{ title = "GALE FORCE WINDS BUFFET GREAT LAKES", published = "1987-03-09",
  body = "Kansas City, March 9 - The National Weather Service said warnings of gale force winds remained in effect over lakes Erie, Huron and Michigan.\n\nFreezing rain was scattered over central Colorado by mid morning, also over central Kansas and northeast Illinois.\n\nSnow reached from south central Montana across Wyoming, western Nebraska and western Kansas. Snow also extended across northern Wisconsin, upper Michigan and northern lower Michigan." }

assert(name(snow, "Snow") == nil, tostring(name(snow, "Snow")))

local carter = articles.add{ title = "U.S. MAY HAVE TO ACT TO SUPPORT DOLLAR", published = "1987-04-28",
  body = "WASHINGTON, April 29 - The prospect of renewed assaults on the dollar might force the United States eventually to unveil distasteful measures to bolster support for its currency, monetary analysts and economists said.\n\nAnd, like a currency defense package unveiled by the Carter administration, issuing yen bonds could be accompanied by a rise in the discount rate, now 5.5 pct.\n\nBut monetary sources said they thought it unlikely that the Reagan administration would resort to measures which would bring to mind the troubles of President Carter.\n\nCarter issued 6.4 billion dlrs of mark and swiss franc bonds aimed essentially at buttressing pyschological support for the dollar." }

assert(name(carter, "Carter") and name(carter, "Carter"):match("/person$"), tostring(name(carter, "Carter")))
