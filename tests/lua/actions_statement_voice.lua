-- A statement of a ministry or company speaks for it as its spokesman
-- would (a real Reuters story of 1987, outside the events dev set): "...,
-- a ministry statement said" in a story filed in Bonn about West Germany
-- is West Germany's saying, of the story's day, not of the 1997 deadline
-- it tells of.

local bonn = articles.add{ title = "WEST GERMANY, TANZANIA AGREE DEBT RESCHEDULING", published = "1987-03-04",
  body = "BONN, March 4 - West Germany and Tanzania have signed an agreement on rescheduling 145 mln marks worth of commercial credits, the Finance Ministry said.\n\nTanzania will now have until April 1, 1997 to pay back the credits, some of which had originally fallen due in 1979, a ministry statement said.\n\nInterest on the credits will be paid at market rates. REUTER" }

local n = 0
for _, r in ipairs(actions.query{ article = bonn, since = "1900", to = "2100" }) do
  if r.actor == "West Germany" and r.verb == "say" then
    assert(r.date == "1987-03-04", "said on the story's day, not " .. tostring(r.date))
    n = n + 1
  end
end
assert(n == 1, "the ministry statement speaks for West Germany")
