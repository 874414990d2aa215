-- "They" for two persons who acted together (real Reuters snippets of
-- 1987, outside the events dev set): "Shultz and Weinberger have said they
-- told Reagan", "Funaro and ... Gros last week visited Washington ... This
-- week they have sought official support in the U.K., France": the
-- persons, the first named as the actor, as for "Funaro and Gros visited".
-- A state named before them is not "they".

local iran = articles.add{ title = "REAGAN SAYS HE WRONG IN SELLING ARMS TO IRAN", published = "1987-03-14",
  body = "WASHINGTON, March 15 - President Reagan for the first time admitted he was wrong to sell arms to Iran in an initiative which four months ago plunged him into the worst crisis of his six-year-old presidency.\n\nHe made the admission in a weekly radio address while defending the role played by Secretary of State George Shultz and Defence Secretary Caspar Weinberger in the affair.\n\nSince the scandal broke last November, Shultz and Weinberger have said they told Reagan of their opposition to the deal and were not fully informed of the effort, carried out by National Security Council members." }
local trip = articles.add{ title = "BRAZIL'S FUNARO WINS FEW PROMISES ON EUROPE TRIP", published = "1987-03-06",
  body = "LONDON, March 6 - Brazilian Finance Minister Dilson Funaro last night concluded this week's tour of European capitals having gleaned little in the way of concrete support from governments for his country's attempts to find a radical solution to its debt payments crisis.\n\nBrazil on February 20 unilaterally suspended interest payments on its 68 billion dlr debt to commercial banks.\n\nFunaro and central bank president Francisco Gros last week visited Washington to explain Brazil's move to government officials and agencies. This week they have sought official support in the U.K., France, Germany, Switzerland and Italy." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(iran, "George Shultz", "tell") == 1, "they told Reagan: Shultz and Weinberger")
assert(by(trip, "Dilson Funaro", "seek") >= 1, "they sought support: Funaro and Gros")
assert(by(trip, "Brazil", "seek") == 0, "not Brazil, named before them")
