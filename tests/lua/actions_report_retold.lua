-- examples/actions_last_month.lua dates an act a story retells with no
-- time of its own by the earlier story that told it: a U.S. judge
-- dismissed North's lawsuit "today" on March 12; the next day's story
-- tells the same dismissal in the same words with no time, and the
-- report shows one event of March 12, not a second one of March 13 (real
-- Reuters stories of 1987, outside the events dev set). An act of the
-- same parties told in other words stays the news of its day.

articles.add{ title = "JUDGE DISMISSES NORTH'S LAWSUIT CHALLENGING IRAN", published = "1987-03-12",
  body = "WASHINGTON, March 12, Reuter - A U.S. judge today dismissed a lawsuit by fired White House aide Lt. Col. Oliver North seeking to halt a special prosecutor's investigation into the Iran arms scandal.\n\nIn a 21-page ruling, U.S. District Court Judge Barrington Parker threw out North's suit challenging the constitutionality of the law empowering special prosecutor  Walsh to investigate secret arms sales to Iran and the diversion of profits to \"contra\" rebels in Nicaragua." }
articles.add{ title = "U.S. JUDGE DISMISSES SUIT CHALLENGING IRAN PROBE", published = "1987-03-13",
  body = "WASHINGTON, March 13 - A U.S. Judge dismissed a lawsuit by fired White House aide Oliver North seeking to halt a special prosecutor's investigation into the Iran arms scandal.\n\nIn a 21-page ruling, Judge Barrington Parker threw out North's suit challenging the constitutionality of the law empowering special prosecutor Lawrence Walsh to investigate secret White House arms sales to Iran and the diversion of profits to contra rebels in Nicaragua." }
-- constructed counter-case: the same parties, another act
articles.add{ title = "JUDGE REJECTS NORTH PLEA", published = "1987-03-20",
  body = "WASHINGTON, March 20 - A U.S. Judge dismissed a plea by Oliver North, the fired White House aide at the centre of the Iran arms scandal, for more time to answer questions from the congressional committee investigating the diversion of profits to contra rebels in Nicaragua." }
dossier.asof("1987-03-31")

local run = dofile("tests/lua/lib/actions.lua").report
local csv = run("--format", "csv", "--top", "0")
local days = {}
for line in csv:gmatch("[^\n]+") do
  if line:find("dismiss a lawsuit", 1, true) then days[#days + 1] = line:match("^([%d-]+),") end
end
assert(#days == 1 and days[1] == "1987-03-12",
       "one dismissal, of March 12: " .. table.concat(days, " "))
assert(csv:find("\n1987%-03%-20,[^\n]*dismiss a plea"), "another act stays of its day")
-- the second story's dismissal is stored as told, dated by its story
local n = 0
for _, r in ipairs(actions.query{ since = "1987-03-13", ["until"] = "1987-03-13" }) do
  if r.verb == "dismiss" then n = n + 1 end
end
assert(n == 1, "the retold act stays in the store as its story dated it")
