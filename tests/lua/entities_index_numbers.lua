-- A company's name right before the size of an index it publishes names
-- the index, a thing of its own, not the company (real Reuters sentences
-- of 1987); a sum after the name leaves it the company.

local function found(text)
  local out = {}
  for _, m in ipairs(entities.find(text, "1987-04-08")) do out[m.surface] = m.name .. "/" .. m.type end
  return out
end

local f = found("Value Line futures closed down 6.85 to 7.00, S and P 500 futures fell 7.65 to 7.85, NYSE futures dropped 4.60, and MMI futures ended 10.65 to 11.00 points lower.")
assert(f["S and P 500"] == "Standard and Poor's 500/other", tostring(f["S and P 500"]))
assert(f["S and P"] == nil, tostring(f["S and P"]))

f = found("The new opening settlement S and P 500 options will be offered only in months in which there are S and P 500 futures. The issue is rated AA-minus by Standard and Poor's Corp.")
assert(f["S and P 500"] == "Standard and Poor's 500/other", tostring(f["S and P 500"]))
assert(f["Standard and Poor's Corp."] == "Standard and Poor's/organization", tostring(f["Standard and Poor's Corp."]))

f = found("900 mln dlrs of seven-year notes were priced late yesterday by sole manager Drexel Burnham Lambert Inc. The notes were given a 10-1/2 pct coupon and par pricing. Holiday Inns also sold yesterday via Drexel 500 mln dlrs of subordinated debentures due 1999 with an 11 pct coupon and par pricing.")
assert(f["Drexel"] == "Drexel Burnham Lambert/organization", tostring(f["Drexel"]))
assert(f["Drexel 500"] == nil, "a sum is no index")
