-- An act that holds back a state's own dealings is not aimed at the other
-- state of a two-state story (real Reuters sentences of 1987, outside the
-- events dev set): "Brasilia suspended interest payments last month" in
-- a story about Brazil and the United States is aimed at no one named;
-- sanctions, tariffs and curbs on imports keep the other state.

local iadb = articles.add{ title = "IADB MEETING ENDS WITH U.S. ISOLATED ON REFORM", published = "1987-03-25",
  body = "MIAMI, March 25 - The United States remained isolated among the Inter-American Development Bank's 44 members as the Bank ended its annual meeting here today without agreement on U.S. proposals to reform the regional lending institution.\n\nThe three-day meeting was dominated by the dispute and by the failure of Brazil and its creditor banks to make any breakthrough on debt talks after Brasilia suspended interest payments last month.\n\nBrazil's Central Bank governor Francisco Gros said after talks with its 14-bank advisory committee here yesterday that it could not make a token interest payment now, as sought by banks, but would maintain contact with the banks.\n\nU.S. Treasury Secretary James Baker said Monday the United States, as 34.5 pct shareholder and provider of the bulk of the Bank's resources, should have more say in approving loans and conditioned a nine billion dlr increase in its contribution on approving the reforms." }

local function find(article, actor, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.actor == actor and r.verb == verb then return r end
  end
end

local r = find(iadb, "Brazil", "suspend")
assert(r, "Brazil suspends")
assert(r.target == nil, "aimed at no state: " .. tostring(r.target))
