-- A threat that names no one after its verb is aimed at the subject of
-- its condition, whose conduct it would punish (real Reuters sentences of
-- 1987, outside the events dev set): "threatened to go directly to
-- shareholders ... if USAir rejected his offer" is aimed at USAir; "it
-- would suspend debt payments if creditor banks did not loosen repayment
-- terms" at the creditor banks. A condition with no one named ("if
-- necessary") names no target.

local icahn = articles.add{ title = "USAIR, PIEDMONT SEEN CONTINUING MERGER PLANS", published = "1987-03-09",
  body = "NEW YORK, March 9 - In making the offer for USAir, Icahn threatened to go directly to shareholders for 51 pct of the stock at a lower price if USAir rejected his offer." }
local argentina = articles.add{ title = "WEIZSAECKER CALLS ON BANKS TO EASE ARGENTINE TERMS", published = "1987-03-16",
  body = "BUENOS AIRES, March 16 - Argentina said last month it would suspend debt payments if creditor banks did not loosen repayment terms and grant a new 2.15 billion dlr loan." }
local sumita = articles.add{ title = "SUMITA WARNS", published = "1987-03-16",
  body = "TOKYO, March 16 - Bank of Japan governor Satoshi Sumita threatened central bank intervention if necessary." }

local function find(article, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.verb == verb then return r end
  end
end

local r = find(icahn, "threaten")
assert(r and r.target and r.target:match("^USAir"), "threat aimed at USAir: " .. tostring(r and r.target))
r = find(argentina, "suspend")
assert(r and r.target == "creditor banks", "threat aimed at creditor banks: " .. tostring(r and r.target))
r = find(sumita, "threaten")
assert(r and r.target == nil, "if necessary names no one: " .. tostring(r and r.target))
