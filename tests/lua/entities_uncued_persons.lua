-- A lone capitalised word read as a person that nothing in its article
-- shows to be one (no first name, no title, no "he" or "she" after it, no
-- verb of speech) is not a person (real Reuters sentences of 1987): a law
-- firm, a company, a mine. A company's cue ("a stake in Fluke") makes it
-- the company; a title or a quote keeps the person.

local name = dofile("tests/lua/lib/entities.lua").mention

local firm = articles.add{ title = "TEXACO MOTION", published = "1987-03-30",
  body = "In support of its argument, Texaco's motion emphasized a recent case before the U.S. Court of Appeals for the Seventh Circuit in Chicago as \"unequivocal confirmation that the Texas Court's opinion is wrong,\" according to Gibson Gayle, a Texaco attorney with the Houston firm of Fulbright and Jaworski.\n\nThe rights will be exercisable only if some one acquires 30 pct or more of Centronic's common or announces an offer which would result in ownership of 30 pct or more of the stock.\n\nGarcia said the other gold-bearing deposits are located at Tamborapa, Pachapidiana and a zone between the Cenepa and Santiago rivers." }

assert(name(firm, "Fulbright") == nil, tostring(name(firm, "Fulbright")))
assert(name(firm, "Jaworski") == nil, tostring(name(firm, "Jaworski")))
assert(name(firm, "Centronic") == nil, tostring(name(firm, "Centronic")))
assert(name(firm, "Pachapidiana") == nil, tostring(name(firm, "Pachapidiana")))
assert(name(firm, "Gibson Gayle") == "Gibson Gayle/person", tostring(name(firm, "Gibson Gayle")))

local fluke = articles.add{ title = "PHILIPS FLUKE", published = "1987-03-20",
  body = "EINDHOVEN, Netherlands, March 20 - NV Philips Gloeilampenfabrieken <PGLO.AS.> said it planned to pool world-wide sales and marketing of electronic test and measuring equipment with U.S. Firm <John Fluke Mfg Co Inc>.\n\nIt said from this autumn Fluke will sell, service and distribute Philips test and measuring products in North America and selected markets including China, Hong Kong and Japan. Philips will cover mainly European markets for Fluke.\n\nThe Dutch company said it will buy a minority equity stake in Fluke and name a board member. Its equity holding will not exceed 10 pct, Philips said.\n\nThe companies will also explore possible new joint ventures to develop new product lines, Philips said.\n\nIt estimated the world-wide market for test and measuring equipment at six billion dlrs in 1986.\n\nFluke had 1986 sales of 209 mln dlrs last year and Philips' turnover on test and measuring gear was of comparable size.\n\nA Philips spokesman said the world leaders in the field were Hewlett-Packard Co <HWP.AS> and Tekronix Inc <TEK.N>, with the combined operations of Philips and Fluke third. REUTER" }

assert(name(fluke, "Fluke") == "Fluke/organization", tostring(name(fluke, "Fluke")))

local kept = articles.add{ title = "SUBROTO", published = "1987-03-13",
  body = "JAKARTA, March 13 - Indonesian Energy Minister Subroto said he sees the oil market continuing bullish, with underlying demand expected to rise later in the year.\n\nCiting the SEC's concern about such trading, Ketchum asked the exchange to tighten its procedure by not accepting any pre-existing MOC orders after 1530." }

assert(name(kept, "Subroto") and name(kept, "Subroto"):match("/person$"), tostring(name(kept, "Subroto")))
assert(name(kept, "Ketchum") and name(kept, "Ketchum"):match("/person$"), tostring(name(kept, "Ketchum")))
