-- A former office holder does not speak for the body he once served
-- (real Reuters snippet of 1987, outside the events dev set): "..., a
-- former chairman of President Reagan's Council of Economic Advisers
-- said" is no act of the Council; "Alberto Hesse, former president of
-- the European Coffee Federation, said" stays Hesse's.

local feldstein = articles.add{ title = "ECONOMIST CALLS BRAZIL DEBT REQUEST MODEST", published = "1987-03-22",
  body = "SAN FRANCISCO, March 22 - Brazil's attempt to seek better terms for paying off its 109 billion dlr foreign debt is responsible and modest, a former chairman of President Reagan's Council of Economic Advisers said.\n\n\"I think that what Brazil is calling for -- limiting its debt payments to two and one half pct of GNP -- is a responsible request on their part,\" economist Martin Feldstein said at a news conference." }
local hesse = articles.add{ title = "ICO PACT UNLIKELY BY AUTUMN - ITALIAN ADVISER", published = "1987-03-03",
  body = "TRIESTE, Italy, March 3 - The prospects of the International Coffee Organization (ICO) reaching an agreement on coffee export quotas before September appear dim, Alberto Hesse, former president of the European Coffee Federation, said." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(feldstein, "Council of Economic Advisers") == 0, "the Council does not speak")
assert(by(feldstein, "Martin Feldstein") >= 1, "Feldstein speaks")
assert(by(hesse, "Alberto Hesse") == 1, "Hesse speaks")
assert(by(hesse, "European Coffee Federation") == 0, "the Federation does not speak")
