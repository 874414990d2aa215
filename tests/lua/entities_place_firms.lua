-- A name the rules read as a place whose last word is a company's ("New
-- Jersey Bell", "Georgia Power", "Midland Bank") is the company named after
-- its place; and a company before "operating company" is no product ("its
-- Pacific Bell operating company"). Real Reuters stories of 1987.

local mention = dofile("tests/lua/lib/entities.lua").mention

local njb = articles.add{ title = "BELL ATLANTIC <BEL> UNIT HAS MARKETING APPROVAL", published = "1987-04-13",
  body = "NEWARK, N.J., April 13 - New Jersey Bell, wholly owned by Bell Atlantic Corp, said the Federal Communications Commission will allow it to market its network service with equipment provided by Bell Atlanticom Systems, an unregulated company also wholly owned by Bell Atlantic.\n\nNew Jersey Bell said the FCC ruling gives it interim relief from current accounting restrictions until the company's plans for complying with new accounting rules are approved by the FCC." }
assert(mention(njb, "New Jersey Bell") == "New Jersey Bell/organization", tostring(mention(njb, "New Jersey Bell")))

local pactel = articles.add{ title = "PACTEL <PAC> SEES EARNINGS GROWTH", published = "1987-03-04",
  body = "New York, march 4 - Pacific Telesis Group chairman Donald Guinn told a meeting of security analysts that the company sees continued earnings growth in 1987 above the 1.08 billion dlrs, or 5.02 dlrs per share, earned in 1986.\n\nGuinn also told analysts that the company faced some regulatory uncertainties in ongoing rate cases at its Pacific Bell operating company." }
assert(mention(pactel, "Pacific Bell") == "Pacific Bell/organization", tostring(mention(pactel, "Pacific Bell")))
