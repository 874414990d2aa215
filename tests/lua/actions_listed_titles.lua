-- Those acted on, listed with their titles (real Reuters sentences of 1987,
-- outside the events dev set): a later member of the list whose title
-- opens with a body ("Bank of Japan Governor Satoshi Sumita", "Bank of
-- France Governor Jacques de Larosiere") is the person, as the first
-- member is, not the body of his title; "the Reagan administration" after
-- the verb is the administration's head, as it is when it acts.

local paye = articles.add{ title = "OECD SAYS JAPAN RESOLVED TO STIMULATE DEMAND", published = "1987-03-02",
  body = "TOKYO, March 2 - Japan appears resolved to encourage domestic demand for its goods instead of relying on exports to support its economy, Jean-Claude Paye, Director General of the Organization for Economic Cooperation and Development (OECD), told a news conference.\n\nPaye has been in Japan exchanging views on problems confronting the world economy and the role of the OECD.\n\nHe met with Prime Minister Yasuhiro Nakasone, Foreign Minister Tadashi Kuranari, Bank of Japan Governor Satoshi Sumita and other high-ranking Japanese officials." }
local funaro = articles.add{ title = "BRAZIL FINANCE MINISTER MEETS FRENCH OFFICIALS", published = "1987-03-03",
  body = "PARIS, March 3 - Brazilian Finance Minister Dilson Funaro held separate meetings with French Finance Minister Edouard Balladur and Bank of France Governor Jacques de Larosiere on the second stage of a European mission to explain his country's latest debt crisis, French officials said." }
local roberts = articles.add{ title = "CONGRESSMAN URGES WHEAT EEP TO SOVIET UNION", published = "1987-03-17",
  body = "WASHINGTON, March 17 - Kansas Republican Congressman Pat Roberts urged the Reagan administration to offer export enhancement program, eep, subsidies to the Soviet Union." }

local function targets(article, actor, verb)
  local t = {}
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.actor == actor and r.verb == verb and r.target then t[r.target] = true end
  end
  return t
end

local met = targets(paye, "Jean-Claude Paye", "meet")
assert(met["Satoshi Sumita"], "Paye met the governor Sumita")
assert(not met["Bank of Japan"], "not the governor's bank")
local held = targets(funaro, "Dilson Funaro", "hold")
assert(held["Edouard Balladur"] and held["Jacques de Larosiere"], "Funaro met Balladur and de Larosiere")
assert(not held["Bank of France"], "not the governor's bank")
assert(targets(roberts, "Pat Roberts", "urge")["Ronald Reagan"], "Roberts urged the Reagan administration")
