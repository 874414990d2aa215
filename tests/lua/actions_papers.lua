-- A newspaper carries what others say: it is the channel, not an actor, as
-- a news agency is (real Reuters snippets of 1987, outside the events dev
-- set): a paper named by a title ending in a newspaper's word ("the
-- Melbourne Sun published"), or after "daily" ("the conservative daily Die
-- Welt") and every later mention of it ("Die Welt said"). A firm named
-- "Sun" ("Overseas Union General Manager Loh Hoon Sun") is no paper.

local sun = articles.add{ title = "AUSTRALIAN OPPOSITION LEADER SACKS PREDECESSOR", published = "1987-03-23",
  body = "SYDNEY, March 23 - Australian opposition leader John Howard sacked from the shadow cabinet Andrew Peacock, who is a former foreign minister and Howard's predecessor, party officials said.\n\nHoward relegated Peacock to the back benches after the Melbourne Sun published an alleged telephone conversation between Peacock and another opposition member in which Peacock referred to Howard as a \"cheap little c...\"." }
local welt = articles.add{ title = "BANGEMANN DENIES NEWSPAPER INTERVIEW ON SUBSIDIES", published = "1987-03-23",
  body = "BONN, March 23 - The West German Economics Minister today denied giving a newspaper interview which quoted him as saying the state could not continue to pour money into the country's ailing steel and coal industries.\n\nEconomics Ministry spokesman Dieter Vogel said in a statement Bangemann had contacted him from New Zealand, where he is attending a General Agreement on Trade and Tariffs (GATT) ministerial meeting, to deny giving the interview to the conservative daily Die Welt.\n\nDie Welt said the interview with Bangemann had taken place at a meeting of his Free Democratic Party (FDP) in Darmstadt last Friday, and that it would publish a tape recording of the interview tomorrow." }
local ouc = articles.add{ title = "OVERSEAS UNION BANK SEES HIGHER PROFIT", published = "1987-04-02",
  body = "SINGAPORE, April 2 - Overseas Union Bank Ltd expects higher profits this year, said Overseas Union General Manager Loh Hoon Sun." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(sun, "Melbourne Sun") == 0, "the Melbourne Sun is the channel")
assert(by(welt, "Die Welt") == 0, "Die Welt is the channel")
assert(by(ouc, "Loh Hoon Sun", "say") == 1, "Loh Hoon Sun speaks")
