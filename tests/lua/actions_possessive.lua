-- Subjects joined by "and" before a possessive (real Reuters snippets of
-- 1987, outside the events dev set): in "Greece and Turkey's NATO allies
-- today called on", the group after the possessive acts and Greece does
-- not; "allies" is a plural noun, not the verb "ally"; "The U.S. Austin
-- Co and Japan's Kawasaki Heavy Industries Inc said" is two firms.

local nato = articles.add{ title = "NATO CALLS ON GREECE AND TURKEY TO AVOID FORCE", published = "1987-03-27",
  body = "BRUSSELS, March 27 - Greece and Turkey's NATO allies today called on both countries to avoid any action that could aggravate an explosive situation in the Aegean and \"avoid recourse to force at all costs.\"" }
local kansai = articles.add{ title = "U.S., JAPAN FIRMS JOIN FOR AIRPORT CONTRACTS", published = "1987-03-11",
  body = "TOKYO, March 11 - The U.S. Austin Co and Japan's Kawasaki Heavy Industries Inc said they have joined to compete for contacts for a new Japanese airport at Kansai, near Osaka." }

local by = dofile("tests/lua/lib/actions.lua").by

assert(by(nato, "NATO", "call") == 1, "the allies call on")
assert(by(nato, "Greece") == 0, "Greece is the possessor's, not a subject")
assert(by(nato, "NATO", "ally") == 0, "allies is no verb")
assert(by(kansai, "Kawasaki Heavy Industries", "say") == 1, "Kawasaki says")
assert(by(kansai, "U.S. Austin", "say") == 1, "Austin says")
