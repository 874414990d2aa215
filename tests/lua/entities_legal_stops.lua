-- A company's name that ends its sentence with a legal form written in
-- capitals leaves the sentence's full stop out, before the next sentence
-- and before the sign-off too; a word's abbreviation ("Inc.") keeps its dot,
-- which is the sentence's too (real Reuters sentences of 1987).

local function surfaces(text)
  local out = {}
  for _, m in ipairs(entities.find(text, "1987-03-02")) do out[m.surface] = m.type end
  return out
end

local s = surfaces("Hartford said results for the year were aided by a gain of 46.5 mln dlrs on the sale of its remaining 52 pct stake in Abbey Life Group PLC. For 1985, net income was 234.2 mln dlrs.")
assert(s["Abbey Life Group PLC"] == "organization", "Abbey Life Group PLC")
assert(s["Abbey Life Group PLC."] == nil, "Abbey Life Group PLC. keeps the stop")

s = surfaces("\"In 1986, the fashionable comment in Washington was Japan-bashing. Now it's NIC-bashing,\" said Robert Chandross, of Lloyds Bank PLC. REUTER")
assert(s["Lloyds Bank PLC"] == "organization", "Lloyds Bank PLC")

s = surfaces("900 mln dlrs of seven-year notes were priced late yesterday by sole manager Drexel Burnham Lambert Inc. The notes were given a 10-1/2 pct coupon and par pricing.")
assert(s["Drexel Burnham Lambert Inc."] == "organization", "Drexel Burnham Lambert Inc.")
