-- A capital is the city, not its country's government, when someone speaks
-- or arrives from it, a way runs from it to another place, it is named with
-- its own country as an address, or it is listed with towns the tagger typed
-- otherwise. Real Reuters stories of 1987 (not in the dev set).

local mention = dofile("tests/lua/lib/entities.lua").mention

local bonn = articles.add{ title = "BONN EXPRESSES SUPPORT FOR U.S. ON EC VEG OIL TAX", published = "1987-03-20",
  body = "HAMBURG, March 20 - The West German government expressed support for the U.S. Position in opposing the proposed European Community tax on vegetable oils and fats, a U.S. Embassy spokesman said. The spokesman, speaking from Bonn, said, \"We have good reason to think West Germany holds to its resistance to the proposed tax.\"" }
assert(mention(bonn, "Bonn") == "Bonn/place", tostring(mention(bonn, "Bonn")))

local call = articles.add{ title = "WORLD BANK TO REDEEM EARLY TWO SWISS FRANC BONDS", published = "1987-04-02",
  body = "LONDON, April 2 - The World Bank will prepay on July 9, 1987 and July 17, 1987 the total amount outstanding of two Swiss franc public issues, in the first of what could be a series of similar moves in other capital markets, a spokesman for the Bank said in a telephone call from Washington." }
assert(mention(call, "Washington") == "Washington/place", tostring(mention(call, "Washington")))

local kuroda = articles.add{ title = "U.S., JAPANESE TRADE OFFICIALS OPEN TALKS", published = "1987-04-09",
  body = "WASHINGTON, April 9 - The vice minister of Ministry of International Trade and Industry, Makoto Kuroda, flew in from Tokyo for the talks with Deputy U.S. Trade Representative Michael Smith." }
assert(mention(kuroda, "Tokyo") == "Tokyo/place", tostring(mention(kuroda, "Tokyo")))

local jet = articles.add{ title = "AEROSPATIALE STUDYING HIGH-SPEED AIRLINER", published = "1987-03-16",
  body = "PARIS, March 16 - With a range of 12,000 km it would be capable of flying from Paris to New York in one hour, compared with three hours taken by Concorde." }
assert(mention(jet, "Paris") == "Paris/place", tostring(mention(jet, "Paris")))

local seoul = articles.add{ title = "DELTA AIR <DAL> FILES FOR ONE-STOP TO SEOUL", published = "1987-04-09",
  body = "ATLANTA, April 9 - Delta Air Lines said it filed with the U.S. Department of Transportation its application for one-stop service from Portland, Ore, to Seoul, Korea, via Tokyo." }
assert(mention(seoul, "Seoul") == "Seoul/place", tostring(mention(seoul, "Seoul")))

local yokohama = articles.add{ title = "MORTON THIOKOL <MTI> ENTERS JOINT VENTURE", published = "1987-03-19",
  body = "CHICAGO, March 19 - Morton Thiokol Inc said it created a joint venture company with the Yokohama Rubber Co Ltd, Tokyo, Japan, to manufacture automotive windshield sealants." }
assert(mention(yokohama, "Tokyo") == "Tokyo/place", tostring(mention(yokohama, "Tokyo")))

local bzw = articles.add{ title = "BARCLAYS DE ZOETE WEDD SETS UP AMSTERDAM OFFICE", published = "1987-04-05",
  body = "LONDON, April 6 - BZW said its parent Barclays Bank had subsidiary companies active on the stock exchanges of Zurich, Milan and Paris which BZW planned to use to strengthen its presence in continental Europe." }
assert(mention(bzw, "Paris") == "Paris/place", tostring(mention(bzw, "Paris")))

-- the government still acts and is acted on: pressure from it, a visit to it
local pressure = articles.add{ title = "SOUTH KOREA MOVES TO SLOW GROWTH OF TRADE SURPLUS", published = "1987-04-08",
  body = "SEOUL, April 8 - South Korea has been under pressure from Washington to revalue the won." }
assert(mention(pressure, "Washington") == "United States/country", tostring(mention(pressure, "Washington")))
-- (the second sentence is constructed: another country after the capital's
-- comma is no address)
local wash = articles.add{ title = "JAPAN SENDS TRADE TEAM", published = "1987-04-02",
  body = "TOKYO, April 2 - Japan is sending a three-man team to Washington to try to halt threatened trade sanctions, officials said. In a reply to Washington, Japan said it would cut output." }
assert(mention(wash, "Washington") == "United States/country", tostring(mention(wash, "Washington")))

-- a digest item's dateline opening its sentence is the city; a dash later
-- in a sentence is none
local digest = articles.add{ title = "INTERNATIONAL CREDIT HIGHLIGHTS - APRIL 7", published = "1987-04-07",
  body = "London - Belgium is launching a euro-commercial paper program for an unlimited amount with the issuance planned immediately after signing in mid-May, First Chicago Ltd said as arranger.\n\nLondon - Colombia is in the process of arranging two co-financings for projects in the electrical sector, director of public credit Mauricio Cabrera said.\n\nManila - The Asian Development Bank said it had approved two loans amounting to 75.7 mln dlrs for agricultural projects in Bangladesh and Nepal." }
assert(mention(digest, "Manila") == "Manila/place", tostring(mention(digest, "Manila")))
local dash = articles.add{ title = "U.S. TELLS JAPAN TO DO MORE TO CUT TRADE SURPLUS", published = "1987-03-05",
  body = "TOKYO, March 5 - He named several areas of particular concern to Washington -- computer microchips, supercomputers, Kansai airport, agricultural products and car telephones." }
assert(mention(dash, "Washington") == "United States/country", tostring(mention(dash, "Washington")))

-- the market opening a dated heading in capitals is the city
local seeds = articles.add{ published = "1987-04-07",
  body = "LONDON SEEDS 1330 - APR 7\n\nCOPRA Phillipines dlrs per tonne cif rotterdam Apr 275.00 reslrs\n\nPALM KERNELS Sierra leone dlrs per tonne cif rotterdam Apr 175.00 slrs" }
assert(mention(seeds, "LONDON") == "London/place", tostring(mention(seeds, "LONDON")))

-- a company in the wire's brackets is "of" its town
local oil = articles.add{ title = "GREENWOOD RESOURCES <GRRL> SELLS COMPANY STAKE", published = "1987-03-03",
  body = "DENVER, March 3 - Greenwood Resources Inc said it has sold its 4,300,000 common share majority holding in <New London Oil Ltd> of London to an affiliate of <Guinness Peat Group PLC> of London and an affiliate of <Sidro SA> of Belgium for a total of 1,700,0000 dlrs in cash." }
assert(mention(oil, "London") == "London/place", tostring(mention(oil, "London")))

-- the city's own bodies and market prices, and a way to it from a town
local unions = articles.add{ title = "BELGRADE UNIONS HIT PAY FREEZE, STRIKES SPREAD", published = "1987-03-20",
  body = "BELGRADE, March 20 - Belgrade trade union leaders have joined attacks on a controversial wage freeze in Yugoslavia." }
assert(mention(unions, "Belgrade") == "Belgrade/place", tostring(mention(unions, "Belgrade")))
local low = articles.add{ title = "DOLLAR OPENS AT TOKYO RECORD LOW OF 143.75 YEN", published = "1987-04-09",
  body = "TOKYO, April 10 - The dollar opened at a record Tokyo low of 143.75 yen despite aggressive Bank of Japan intervention, dealers said." }
assert(mention(low, "Tokyo") == "Tokyo/place", tostring(mention(low, "Tokyo")))
local delta = articles.add{ title = "DELTA AIR <DAL> BEGINS ATLANTA-TOKYO SERVICE", published = "1987-03-02",
  body = "ATLANTA, March 2 - Delta Air Lines Inc said it began service from Atlanta to Tokyo today." }
assert(mention(delta, "Tokyo") == "Tokyo/place", tostring(mention(delta, "Tokyo")))
