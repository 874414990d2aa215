-- "He" after an unnamed voice of a body (a real Reuters story of 1987,
-- outside the events dev set): "..., a Treasury spokesman said. He said
-- the sale of BP shares would not cut across the government's plans" is
-- the spokesman's, so the Treasury's, not the minister named paragraphs
-- before ("Treasury Financial Secretary Norman Lamont made the
-- announcement"). The minister keeps his own two sayings.

local bp = articles.add{ title = "U.K. TO SELL OFF REMAINING 31.7 PCT STAKE IN BP", published = "1987-03-18",
  body = "LONDON, March 18 - The British Conservative government said it would sell off its remaining 31.7 pct shareholding in British Petroleum Co Plc <BP.L> during the next financial year which starts on April 1.\n\nTreasury Financial Secretary Norman Lamont made the announcement to Parliament. He said, \"The government's policy is to sell its minority holdings in companies as and when circumstances permit.\n\n\"As part of this policy I am now able to announce that, subject to market conditions, the government will sell its remaining shares in BP during the 1987/88 financial year.\"\n\nThe last sale of British government shares in BP was in September 1983. The government currently holds some 578.5 mln ordinary shares in the company.\n\nLamont said the Treasury would appoint financial advisers for the sale. Merchant banks and stockbrokers interested in being considered for this would be interviewed in early April.\n\nIn September 1983, the U.K. Government sold 150 mln shares in an underwritten offer for sale by tender. The striking price then was 435 pence - 7.5 pct above the minimum tender price, a Treasury spokesman said.\n\nHe said the sale of BP shares would not cut across the government's plans to privatise Rolls-Royce, in either April or May, or the sale of BAA Plc, the British airports authority which is slated for privatisation in either June or July." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(bp, "Treasury (United Kingdom)", "say") == 2, "the spokesman and his 'he said': the Treasury")
assert(by(bp, "Norman Lamont", "say") == 2, "the minister's own two sayings only")
