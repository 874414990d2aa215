-- A state's armed force named by a possessive pronoun (real Reuters
-- snippets of 1987, outside the events dev set): in "Iraq said its
-- warplanes had attacked a supertanker" and "Iran said its forces had
-- captured one of Iraq's strongest fortifications" the state owns the act,
-- as in "Iraq said it attacked"; the force is no actor of its own.

local tanker = articles.add{ title = "IRAQ REPORTS ATTACKS ON SUPERTANKER, OIL TARGETS", published = "1987-03-23",
  body = "BAGHDAD, March 23 - Iraq said its warplanes had attacked a supertanker and four Iranian oil sites and vowed to keep up such raids until the Gulf war ends.\n\nThe surprise escalation of attacks on oil installations broke more than a month-long lull in Iraqi air force action." }
local basra = articles.add{ title = "IRAN CLAIMS NEW VICTORIES NEAR BASRA", published = "1987-03-01",
  body = "LONDON, March 1 - Iran said its forces had captured one of Iraq's strongest fortifications east of Basra on the Gulf War southern front in a major battle overnight." }
local back = articles.add{ title = "IRAQI TROOPS REPORTED PUSHING BACK IRANIANS", published = "1987-04-08",
  body = "BAGHDAD, April 8 - Iraq said today its troops were pushing Iranian forces out of positions they had initially occupied when they launched a new offensive near the southern port of Basra early yesterday.\n\n(Iran said its troops had killed or wounded more than 4,000 Iraqis and were stabilising their new positions.)" }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(tanker, "Iraq", "attack") == 1, "Iraq's warplanes attack: Iraq's act")
assert(by(basra, "Iran", "capture") == 1, "Iran's forces capture: Iran's act")
assert(by(back, "Iran", "kill") == 1, "Iran's troops kill: Iran's act")
assert(by(back, "troops") == 0, "the troops are no actor of their own")
