-- A company's name that ends with its legal form, "of" and a town names the
-- company up to its legal form; the town is its seat, a place of its own
-- ("Shell Oil Co of Houston", "Hunt Building Corp of El Paso, Texas"). A
-- town that is part of the name stays in it: "Financial Corp of Santa
-- Barbara" (one common word before the legal form), a bank's ("Citizens
-- Bank and Trust Co of Thibodaux"), a state or a country ("Ford Motor Co
-- of Canada"). Real Reuters stories of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local shell = articles.add{ title = "SHELL OIL GETS 104.3 MLN DLR CONTRACT", published = "1987-03-25",
  body = "WASHINGTON, March 25 - Shell Oil Co of Houston has been awarded a 104.3 mln dlr contract for jet fuel, the Defense Logistics Agency said." }
assert(mention(shell, "Shell Oil Co") == "Shell Oil/organization", tostring(mention(shell, "Shell Oil Co")))
assert(mention(shell, "Houston") == "Houston/place", tostring(mention(shell, "Houston")))

local hunt = articles.add{ title = "HUNT BUILDING CORP GETS NAVY CONTRACT", published = "1987-03-05",
  body = "WASHINGTON, March 5 - Hunt Building Corp of El Paso, Texas, has received a 31.7 mln dlr contract for construction of 492 family housing units and a 75-space mobile home park at the Marine Corps combat training center at Camp Pendleton, Calif., the Navy said." }
assert(mention(hunt, "Hunt Building Corp") == "Hunt Building/organization", tostring(mention(hunt, "Hunt Building Corp")))
assert(mention(hunt, "El Paso") == "El Paso/place", tostring(mention(hunt, "El Paso")))

local santa = articles.add{ title = "FINANCIAL SANTA BARBARA <FSB> TO MAKE PURCHASE", published = "1987-03-02",
  body = "SANTA BARBARA, Calif., March 2 - Financial Corp of Santa Barbara said it has signed a definitive agreement to purchase Stanwell Financial, the lending operations unit of mortgage banking company <Stanwell Mortgage>, for undisclosed terms." }
assert(mention(santa, "Financial Corp of Santa Barbara") == "Financial Corp of Santa Barbara/organization",
  tostring(mention(santa, "Financial Corp of Santa Barbara")))

local ford = articles.add{ title = "FORD CANADA <FC> FEBRUARY CAR SALES OFF SIX PCT", published = "1987-03-04",
  body = "OAKVILLE, Ontario, March 4 - Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co <F>, said February car sales fell six pct to 13,734 units from year-earlier 14,589 units." }
assert(mention(ford, "Ford Motor Co of Canada") == "Ford Motor Co of Canada/organization",
  tostring(mention(ford, "Ford Motor Co of Canada")))
