-- A lone capitalised word read as a person that nothing in its business
-- story shows to be one (no first name, no title, no "he" or "she" after
-- it, no verb of speech) is not a person (real Reuters sentences of 1987):
-- a law firm, a company. A company's cue ("a stake in Fluke") makes it the
-- company; a title or a quote keeps the person.

local name = dofile("tests/lua/lib/entities.lua").mention

local firm = articles.add{ title = "TEXACO MOTION", published = "1987-03-30",
  body = "WHITE PLAINS, N.Y., March 30 - Texaco Inc said it has filed a motion with the Texas Court of Appeals in Houston seeking a rehearing of the court's decision to uphold most of Pennzoil Co's 11.12 billion dlr judgment against Texaco.\n\nIn support of its argument, Texaco's motion emphasized a recent case before the U.S. Court of Appeals for the Seventh Circuit in Chicago as \"unequivocal confirmation that the Texas Court's opinion is wrong,\" according to Gibson Gayle, a Texaco attorney with the Houston firm of Fulbright and Jaworski.\n\nThe rights will be exercisable only if some one acquires 30 pct or more of Centronic's common or announces an offer which would result in ownership of 30 pct or more of the stock." }

assert(name(firm, "Fulbright") == nil, tostring(name(firm, "Fulbright")))
assert(name(firm, "Jaworski") == nil, tostring(name(firm, "Jaworski")))
assert(name(firm, "Centronic") == nil, tostring(name(firm, "Centronic")))
assert(name(firm, "Gibson Gayle") == "Gibson Gayle/person", tostring(name(firm, "Gibson Gayle")))

local fluke = articles.add{ title = "PHILIPS FLUKE", published = "1987-03-20",
  body = "EINDHOVEN, Netherlands, March 20 - NV Philips Gloeilampenfabrieken <PGLO.AS.> said it planned to pool world-wide sales and marketing of electronic test and measuring equipment with U.S. Firm <John Fluke Mfg Co Inc>.\n\nIt said from this autumn Fluke will sell, service and distribute Philips test and measuring products in North America and selected markets including China, Hong Kong and Japan. Philips will cover mainly European markets for Fluke.\n\nThe Dutch company said it will buy a minority equity stake in Fluke and name a board member. Its equity holding will not exceed 10 pct, Philips said.\n\nThe companies will also explore possible new joint ventures to develop new product lines, Philips said.\n\nIt estimated the world-wide market for test and measuring equipment at six billion dlrs in 1986.\n\nFluke had 1986 sales of 209 mln dlrs last year and Philips' turnover on test and measuring gear was of comparable size.\n\nA Philips spokesman said the world leaders in the field were Hewlett-Packard Co <HWP.AS> and Tekronix Inc <TEK.N>, with the combined operations of Philips and Fluke third. REUTER" }

assert(name(fluke, "Fluke") == "Fluke/organization", tostring(name(fluke, "Fluke")))

local kept = articles.add{ title = "PHILLIPS", published = "1987-03-12",
  body = "NEW YORK, March 12 - Phillips Petroleum Co will emphasize improving its short-term cash flow this year to pare its debt, C.J. \"Pete\" Silas, chairman, told Reuters in an interview.\n\nSilas said Phillips hope to achieve its goal by raising the capital expenditures budget to develop its oil and gas properties.\n\n\"We plan to develop the properties with short-term high cash flow prospects,\" he said." }

assert(name(kept, "Silas") and name(kept, "Silas"):match("/person$"), tostring(name(kept, "Silas")))
