-- Who speaks when a body's acronym is set apart after its name, with the
-- tagger loaded (real Reuters snippets of 1987, outside the events dev
-- set): "the secretary general of the Bolivian Labour Organization, COB,
-- told" is the secretary general; "..., UAL said" after a clause is UAL.

local lechin = articles.add{ title = "BOLIVIA'S TOP UNION LEADER JOINS MINERS FAST", published = "1987-03-23",
  body = "LA PAZ, March 23 - Bolivia's top union leader today joined a hunger strike by 1,300 state employed miners and workers to press for higher wages he said.\n\nJuan Lechin Oquendo, the veteran secretary general of the Bolivian Labour Organization, COB, told reporters: \"I am joining the fast to abide with our call for a hunger strike\"." }
local ual = articles.add{ title = "UAL <UAL> OFFERS COMMON STOCK", published = "1987-04-01",
  body = "CHICAGO, April 1 - UAL Inc said it is offering 5.5 mln shares of its common stock at 56.50 dlrs a share.\n\nUAL said Morgan Stanley and Co Inc and Merrill Lynch Capital Markets have underwritten the issue in the U.S., where four mln shares are being offered.\n\nUnderwriters for the international offering are Morgan Stanley International and Merrill Lynch Capital Markets, UAL said." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(lechin, "Juan Lechin Oquendo", "tell") == 1, "Lechin tells")
assert(by(lechin, "COB") == 0, "the acronym does not speak")
assert(by(ual, "UAL", "say") == 3, "UAL says three times")
assert(by(ual, "Merrill Lynch Capital Markets") == 0, "the underwriter does not speak")
