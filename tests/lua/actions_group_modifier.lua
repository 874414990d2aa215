-- A verb's base form that opens a noun phrase (after a determiner, a
-- preposition other than "to", a dash, or at the sentence's start) is a
-- noun that says what the group after it is (real Reuters sentences of
-- 1987, outside the events dev set): "called for state lawmakers to
-- exempt" is aimed at state lawmakers, "negotiations with state
-- regulators" at state regulators, not at "lawmakers" or "regulators".

local nugent = articles.add{ title = "TEXAS OIL REGULATOR CALLS FOR STATE TAX BREAKS", published = "1987-03-04",
  body = "AUSTIN, Texas, March 4 - Texas Railroad Commissioner James Nugent urged lawmakers to act.\n\nNugent also called for state lawmakers to exempt new wildcat wells from the state severance tax for up to five years as a financial incentive to explore for new oil reserves." }
local snet = articles.add{ title = "SNET <SNG> SEES GOOD 1987 EARNINGS", published = "1987-04-01",
  body = "NEW YORK, April 1 - Southern New England Telecommunications Corp, SNET, said it expects to have good earnings in 1987.\n\nHowever, senior vice president of finance Daniel Miglio told a meeting of analysts that there was some uncertainty in its earnings outlook because SNET is currently involved in negotiations with state regulators on its rate of return on equity which currently stands at 16.2 pct." }

local function target(article, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.verb == verb then return r.target end
  end
end

assert(target(nugent, "call") == "state lawmakers", "called for state lawmakers: " .. tostring(target(nugent, "call")))
assert(target(snet, "negotiate") == "state regulators", "negotiations with state regulators: " .. tostring(target(snet, "negotiate")))
