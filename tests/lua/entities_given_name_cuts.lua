-- A given name keeps a surname that is also a title or a common word
-- ("consultant Scott King", "John Pope Jr"), and the first of two given
-- names sharing one surname names that person in full ("William and
-- Elizabeth Stern"). Real Reuters stories of 1987.

local name = dofile("tests/lua/lib/entities.lua").mention

local king = articles.add{ title = "GENENTECH SETBACK VIEWED AS TEMPORARY", published = "1987-06-01",
  body = "NEW YORK, June 1 - Genentech Inc is suffering only a temporary setback following a U.S. agency decision to withhold a recommendation on its genetically-produced drug.\n\n\"Genentech's advantage is being first in the market,\" said industry consultant Scott King, formerly an analyst with Montgomery Securities in San Francisco. \"They'll be the first approved but then they'll face competition after one or two years.\"" }

assert(name(king, "Scott King") == "Scott King/person", tostring(name(king, "Scott King")))
assert(name(king, "Scott") == nil, tostring(name(king, "Scott")))

local pope = articles.add{ title = "WESTERN UNION NAMES NEW PRESIDENT", published = "1987-03-02",
  body = "UPPER SADDLE RIVER, N.J., March 2 - Western Union said John Pope Jr has been elected president of the telegraph company and executive vice president of the corporation.\n\nWestern Union said Pope, formerly the executive vice president of the company, succeeds Robert Amman." }

assert(name(pope, "John Pope Jr") == "John Pope Jr/person", tostring(name(pope, "John Pope Jr")))

local stern = articles.add{ title = "BABY M CUSTODY AWARDED TO STERNS", published = "1987-03-31",
  body = "HACKENSACK, N.J., March 31 - A family court judge ruled that Mary Beth Whitehead cannot have custody of Baby M, the daughter she bore a childless couple in a surrogate agreement that stirred international controversy.\n\nJudge Harvey Surkow ruled that the one-year old baby belongs solely to William and Elizabeth Stern, who paid Whitehead 10,000 dollars to bear Mr Stern's child." }

assert(name(stern, "William") == "William Stern/person", tostring(name(stern, "William")))
