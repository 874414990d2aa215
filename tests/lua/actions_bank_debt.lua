-- Payments or debt held back are aimed at those they are owed to, as the
-- object says (real Reuters sentences of 1987, outside the events dev
-- set): "halted all payments on its commercial bank debt" holds back what
-- banks are owed; "suspending interest repayments on ... debt owed to
-- commercial banks" names the group. Debt that names no lender ("its
-- foreign debt") is aimed at no one named.

local bolivia = articles.add{ title = "BOLIVIAN DEBT BUYBACK PLAN SAID GAINING GROUND", published = "1987-03-25",
  body = "MIAMI, March 25 - Bolivia's proposal to repurchase at a deep discount the 900 mln dlrs it owes to foreign commercial banks is likely to be accepted, bolivian central bank governor Javier Nogales Iturri said.\n\nBolivia halted all payments on its commercial bank debt in March 1984. Hyperinfltion has been curbed and public spending trimmed." }
local brazil = articles.add{ title = "ROCKEFELLER SAYS BRAZIL SOLUTION WILL BE FOUND", published = "1987-03-12",
  body = "FRANKFURT, March 12 - Brazil announced on February 20 that it was suspending interest repayments on about 68 billion dlrs of private sector debt owed to commercial banks." }
local plain = articles.add{ title = "BRAZIL DEBT", published = "1987-03-12",
  body = "BRASILIA, March 12 - Brazil suspended interest payments on its foreign debt in February." }

local function find(article, actor, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.actor == actor and r.verb == verb then return r end
  end
end

local r = find(bolivia, "Bolivia", "halt")
assert(r and r.target == "banks", "halted payments on its bank debt: " .. tostring(r and r.target))
r = find(brazil, "Brazil", "suspend")
assert(r and r.target == "commercial banks", "debt owed to commercial banks: " .. tostring(r and r.target))
r = find(plain, "Brazil", "suspend")
assert(r and r.target == nil, "its foreign debt names no lender: " .. tostring(r and r.target))
