-- A person's relative clause between his name and his verb of saying
-- (real Reuters snippets of 1987, outside the events dev set): in
-- "Escalante, who serves as president of the Costa Rican Coffee
-- Institute, said", Escalante speaks, not the body his clause names; in
-- "joined the splinter group, which said it would agree", "it" is the
-- group, which has no name.

local ico = articles.add{ title = "COSTA RICA OPTIMISTIC ABOUT REFORMING ICO", published = "1987-03-05",
  body = "SAN JOSE, March 5 - Costa Rica's economy minister said he sees new hope for winning changes in the International Coffee Organisation system of export quotas.\n\nMinister Luis Diego Escalante, who serves as president of the Costa Rican Coffee Institute, said he was hopeful because of the support offered Costa Rica and other smaller producing- nations by such major consumers as the United States, Britain and the Netherlands at last week's ICO meeting in london." }
local coffee = articles.add{ title = "COFFEE TALKS FAILURE SEEN PRESSURING U.S.", published = "1987-03-04",
  body = "WASHINGTON, March 4 - El Salvador and Guatemala both backed Brazil and Colombia at the London talks in resisting pressures for quotas based on objective criteria.\n\nBut the Dominican Republic and Costa Rica joined the splinter group, which said it would agree to objective criteria." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(ico, "Luis Diego Escalante", "say") == 1, "Escalante speaks")
assert(by(ico, "Costa Rican Coffee Institute") == 0, "the Institute does not")
assert(by(coffee, "Dominican Republic", "agree") == 0, "the group agrees, not the Dominican Republic")
assert(by(coffee, "Costa Rica", "agree") == 0, "nor Costa Rica")
