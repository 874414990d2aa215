-- A company's name that ends its sentence with a legal form the wire
-- writes without a dot leaves the sentence's full stop out, at a
-- paragraph's end and before the sign-off too (real Reuters sentences of
-- 1987).

local function surfaces(text)
  local out = {}
  for _, m in ipairs(entities.find(text, "1987-04-01")) do out[m.surface] = m.type end
  return out
end

local s = surfaces("Sahara Casino Partners LP said it tentatively agreed to sell its franchise operation to privately-held Appetito's Inc.\n\nThe shares offered at three dlrs each have been sold. Underwriters was Brown, Knapp and Co Inc.\n\n\"We are still in a bull market,\" said Larry Leuzzi of S.G. Warburg and Co Inc.")
assert(s["Appetito's Inc"] == "organization", "Appetito's Inc")
assert(s["Appetito's Inc."] == nil, "Appetito's Inc. keeps the stop")
assert(s["Brown, Knapp and Co Inc"] == "organization", "Brown, Knapp and Co Inc")
assert(s["S.G. Warburg and Co Inc"] == "organization", "S.G. Warburg and Co Inc")

-- before the wire's sign-off
s = surfaces("Co-lead managers are Goldman Sachs International, Swiss Bank Corporation International Ltd and S.G. Warburg and Co Ltd. REUTER")
assert(s["S.G. Warburg and Co Ltd"] == "organization", "S.G. Warburg and Co Ltd")
