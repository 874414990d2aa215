-- What is sent decides the act (real Reuters sentences of 1987, outside
-- the events dev set): a team sent to Washington is a visit (04) aimed at
-- the United States; a bill sent to the President is no act of aid.

local by = dofile("tests/lua/lib/actions.lua").by

local team = articles.add{ title = "JAPAN WARNS OF ANTI-U.S. SENTIMENT IN TRADE ROW", published = "1987-04-02",
  body = "TOKYO, April 2 - Japan is sending a three-man team to Washington to try to halt threatened trade sanctions that officials warn could spark a wave of anti-U.S. sentiment." }
local bill = articles.add{ title = "CONGRESS PASSES APPLIANCE STANDARD BILL", published = "1987-03-03",
  body = "WASHINGTON, March 3 - Congress passed and sent to President Reagan a bill that sets energy efficiency standards for major household appliances such as refrigerators, air conditioners, washers and dryers and furnances." }

local visit
for _, r in ipairs(actions.query{ article = team, since = "1900", to = "2100" }) do
  if r.actor == "Japan" and r.verb == "send" then visit = r end
end
assert(visit, "Japan sends a team")
assert(visit.code == 4, "a visit: " .. tostring(visit.code))
assert(visit.target == "United States", tostring(visit.target))
assert(by(bill, "Congress", "send") == 0, "sending a bill is no act")
