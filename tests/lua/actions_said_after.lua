-- A saying put after what it says is the story's, not of the time that
-- opens what it says (a real Reuters story of 1987, outside the events dev
-- set): "The number of new non-farm jobs rose by 337,000 in February
-- ..., the government said" was said on the story's day, not in February.
-- A time of the saying's own still dates it ("The government last week
-- said").

local jobs = articles.add{ title = "U.S. ECONOMY SHOWS PROMISING SIGNS OF GROWTH", published = "1987-03-24",
  body = "WASHINGTON, March 24 - The U.S. economy is showing some promising signs of accelerated expansion despite the sluggishness of the fourth quarter last year, private economists say.\n\nThe government last week said the U.S. economy grew at a modest 1.1 pct annual rate during the fourth quarter.\n\nThe U.S. jobless rate in February and January was 6.7 pct, the lowest rate since March 1980. The number of new non-farm jobs rose by 337,000 in February after a 319,000 gain in January and a 225,000 December increase, the government said." }

local n, week = 0, 0
for _, r in ipairs(actions.query{ article = jobs, since = "1900", to = "2100" }) do
  if r.actor == "United States" and r.verb == "say" then
    if r.date == "1987-03-24" then n = n + 1 end
    if r.date == "1987-03-16" then week = week + 1 end
  end
end
assert(n == 1, "the jobs figures were said on the story's day, not in February")
assert(week == 1, "'the government last week said' keeps its own time")
