-- Targets named by a possessor, a state's adjective or a currency (real
-- Reuters sentences of 1987, outside the events dev set):
-- * the possessor of a passive's subject is aimed at: "Breaux's
--   appointment was being resisted by Midwestern Democrats";
-- * a state's adjective after "the" and a preposition that says whom an
--   act reaches is that state: "U.S. Sanctions against the Polish economy";
-- * a state's name before "dlr" or "dlrs" is money, no target: "suspended
--   interest payments on its 68 billion U.S. dlr foreign bank debt", "a
--   two-year, eight mln Canadian dlr, distribution agreement with Gandalf";
-- * an official's own state, as his title names it, is no target: "U.S.
--   Agriculture Secretary Richard Lyng ... Lyng told the U.S. cattlemen";
-- * where a traveller comes from is no target: "Shultz flew in from
--   Helsinki";
-- * "the government" no state named before stands for is the state of
--   the dateline: "TOKYO - ... The LDP also suggested the government
--   review the ceiling";
-- * a second phrase with the same preposition after "and" names a second
--   target: "agreed to buy 15 planes from Boeing and 25 from Airbus".

local breaux = articles.add{ title = "SENATE FARM PANEL MAKEUP STILL IN DOUBT", published = "1987-03-25",
  body = "Leahy said he would be \"delighted\" to have freshman Sen. John Breaux (D-La.) join the committee. But Breaux's appointment was being resisted by Midwestern Democrats, who feel southern states are adequately represented on the committee." }
local poland = articles.add{ title = "POLAND SAYS ECONOMIC REFORM SHOULD REASSURE CREDITORS", published = "1987-04-08",
  body = "STOCKHOLM, April 8 - \"After the lifting of U.S. Sanctions against the Polish economy we considered all political obstacles had been removed, but that has not been the case,\" senior Polish government spokesman Jerzy Urban said." }
local montreal = articles.add{ title = "BANK OF MONTREAL CONFIDENT ON BRAZIL DEBT", published = "1987-03-26",
  body = "Bank of Montreal had 1.98 billion dlrs in loans to Brazil as of last September 30, the most of any Canadian bank. Brazil last month suspended interest payments on its 68 billion U.S. dlr foreign bank debt." }
local gandalf = articles.add{ title = "BRITISH TELECOM SIGNS PACTS WITH NTT, GANDALF", published = "1987-04-07",
  body = "In a separate statement British Telecommunications said that it had signed a two-year, eight mln Canadian dlr, distribution agreement with <Gandalf Technologies Inc> of Canada to distribute its Mezza VoiceStation system in Canada and the U.S." }
local lyng = articles.add{ title = "LYNG WARNS JAPAN ON BEEF QUOTA", published = "1987-04-02",
  body = "U.S. Agriculture Secretary Richard Lyng warned Japan that the failure to remove a longstanding import quota on Japanese beef might spark a protectionist response in the United States.\n\nLyng told the U.S. cattlemen that the quota on Japanese beef imports does not allow consumers there an adequate choice in food purchases." }
local shultz = articles.add{ title = "SHULTZ ARRIVES IN MOSCOW FOR ARMS TALKS", published = "1987-04-13",
  body = "U.S. Secretary of State George Shultz arrived in Moscow for talks with Soviet leaders likely to focus on nuclear arms reductions. Shultz flew in from Helsinki and drove straight from the airport to a meeting with Soviet Foreign Minister Eduard Shevardnadze." }
local ldp = articles.add{ title = "JAPAN'S LDP DRAWS UP ECONOMIC PACKAGE", published = "1987-04-07",
  body = "TOKYO, April 7 - The ruling Liberal Democratic Party has drawn up the guidelines of an economic package including a supplementary budget of more than 5,000 billion yen, a senior party official said.\n\nThe LDP also suggested the government review the ceiling on budgetary requests for investment in public works projects presented by individual ministries, he added.\n\nThese measures should be treated as an emergency, partly because of the urgent need for Japan to redress its external trade imbalance with the U.S., He said." }
local amr = articles.add{ title = "AMR DEAL SEEN AS PLUS FOR COMPANY", published = "1987-03-03",
  body = "AMR agreed to buy 15 planes from Boeing and 25 from Airbus but said its American Airlines unit will lease the aircraft, which essentially will be owned by the manufacturers." }

local function find(article, actor, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.actor == actor and r.verb == verb then return r end
  end
end

local r = find(breaux, "Midwestern Democrats", "resist")
assert(r, "the Democrats resist")
assert(r.target == "John Breaux", "aimed at Breaux: " .. tostring(r.target))

r = find(poland, "United States", "sanction")
assert(r, "U.S. sanctions")
assert(r.target == "Poland", "aimed at Poland: " .. tostring(r.target))

r = find(montreal, "Brazil", "suspend")
assert(r, "Brazil suspends")
assert(r.target ~= "United States", "U.S. dlr is money, not a target")

r = find(gandalf, "British Telecommunications", "sign")
assert(r, "British Telecom signs")
assert(r.target == "Gandalf Technologies", "signed with Gandalf: " .. tostring(r.target))

r = find(lyng, "Richard Lyng", "warn")
assert(r and r.target == "Japan", "Lyng warns Japan")
r = find(lyng, "Richard Lyng", "tell")
assert(r, "Lyng tells")
assert(r.target ~= "United States", "his own state is no target")

r = find(shultz, "George Shultz", "fly")
assert(r, "Shultz flies")
assert(r.target ~= "Finland", "Helsinki is where he comes from")

r = find(ldp, "Liberal Democratic Party", "suggest")
assert(r, "the LDP suggests")
assert(r.target == "Japan", "the government of the dateline's state: " .. tostring(r.target))

local from = {}
for _, x in ipairs(actions.query{ article = amr, since = "1900", to = "2100" }) do
  if x.actor == "AMR" and x.verb == "agree" then from[tostring(x.target)] = true end
end
assert(from["Boeing"] and from["Airbus"], "AMR buys from Boeing and from Airbus")
