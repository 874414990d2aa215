-- "The association", "the council" for the body a name spells out before
-- its "of" (real Reuters stories of 1987, outside the events dev set):
-- "..., the Association of Banks said. The association said in a
-- statement" is the Association of Banks; "the National Council of
-- Harbour Workers Unions, because the council insisted on talks" is that
-- council. A body whose name only ends in the noun was found before
-- (body_by_head).

local banks = articles.add{ title = "HONG KONG BANKS RAISE PRIME ONE-HALF POINT TO 6.5 PCT", published = "1987-04-03",
  body = "HONG KONG, April 4 - Hongkong and Shanghai Banking Corp and Standard Chartered Bank raised their prime rate one-half point to 6.5 pct, effective Tuesday, the Association of Banks said.\n\nThe association said in a statement deposit rates have also been increased by 1/4 to 1/2 percentage point." }
local docks = articles.add{ title = "JAPAN DOCK STRIKE TO CONTINUE OVER WEEKEND", published = "1987-04-24",
  body = "TOKYO, April 24 - A strike by Japanese dockworkers will continue over the weekend as no breakthrough is in sight, a Japan Harbour Transportation Association spokesman said.\n\nThe association has not yet agreed on a schedule for preliminary negotiations with the National Council of Harbour Workers Unions, because the council insisted on talks with shippers as well as dock management, he said." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(banks, "Association of Banks", "say") == 2, "the association said: the Association of Banks")
assert(by(docks, "National Council of Harbour Workers Unions", "insist") == 1, "the council insisted: the harbour workers' council")
