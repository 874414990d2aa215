-- A capital before a word of money or markets and a thing of a city is the
-- city, not its country's government ("the Paris currency accord", "the
-- London foreign exchange market"); news filed from it and a company's
-- seat are the city too. Real Reuters stories of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local paris = articles.add{ title = "MIYAZAWA SAYS PRESENT YEN NOT NECESSARILY IDEAL", published = "1987-03-13",
  body = "TOKYO, March 13 - Miyazawa said the Paris currency accord among six major industrial nations last month does not necessarily mean the yen should stay stable around current levels in the future." }
assert(mention(paris, "Paris") == "Paris/place", tostring(mention(paris, "Paris")))

local london = articles.add{ title = "BANK OF ENGLAND PRESSURE HOLDS BASE RATES", published = "1987-03-06",
  body = "LONDON, March 6 - \"If the Bank of England keeps the interest rates as they are, what's to stop it (going higher),\" said John Cox, executive director of EBC Amro Bank Ltd, a major operator on the London foreign exchange market." }
assert(mention(london, "London") == "London/place", tostring(mention(london, "London")))

-- the government of the same capital acting stays the country
local acting = articles.add{ title = "U.S. STOCK MARKET OVERREACTS TO TARIFFS - YEUTTER", published = "1987-03-31",
  body = "WASHINGTON, March 31 - The decision announced last week would apply higher tariffs on a range of Japanese products in retaliation for the alleged failure of Tokyo to honor an agreement with the U.S. on semiconductor trade." }
assert(mention(acting, "Tokyo") == "Japan/country", tostring(mention(acting, "Tokyo")))
