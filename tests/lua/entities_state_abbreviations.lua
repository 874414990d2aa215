-- The wire's abbreviations of U.S. states after a town and a comma name the
-- state ("Natchez, Miss.", "South Bend, Ind."), and "Ga." is Georgia the
-- state, not the country. Real Reuters stories of 1987.

local name = dofile("tests/lua/lib/entities.lua").name

local miss = articles.add{ title = "ARMTEK <ARM> SELLS TIRE, TRUCK TIRE BUSINESS", published = "1987-03-05",
  body = "NEW HAVEN, March 5 - Armtek Corp, formerly known as Armstrong Rubber Co, said it signed agreements with <Condere Corp> for the sale of its Natchez, Miss. tire plant and its S and A Truck Tire Sales and Services Corp." }
assert(name(miss, "Miss.") == "Mississippi", tostring(name(miss, "Miss.")))

local ind = articles.add{ title = "INLAND <IAD>, NIPPON FORM JOINT STEEL VENTURE", published = "1987-03-23",
  body = "CHICAGO, March 23 - Luerssen said the plant will be located in South Bend, Ind., close to its product's automotive, appliance and office furniture markets." }
assert(name(ind, "Ind.") == "Indiana", tostring(name(ind, "Ind.")))

local ga = articles.add{ title = "USP REAL ESTATE <USPTS> HAS GAIN ON SALE", published = "1987-03-16",
  body = "CEDAR RAPIDS, Iowa, March 16 - USP Real Estate Investment Trust said it will post a first-quarter gain of 2,258,216 dlrs on the sale of the Spanish Villa Apartments in Savannah, Ga., which was completed last week." }
assert(name(ga, "Ga.") == "Georgia (U.S. state)", tostring(name(ga, "Ga.")))
