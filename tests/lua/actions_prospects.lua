-- A meeting named as only possible is no meeting held (real Reuters
-- sentence of 1987, outside the events dev set): "a possible U.S.-Soviet
-- summit meeting" is a hypothetical consultation between the two states.

local id = articles.add{ title = "U.S. AIDES SEE MOSCOW AGREEING TO ARMS CHECK PACT", published = "1987-03-09",
  body = "WASHINGTON, March 9 - President Reagan said on Friday that Secretary of State George Shultz would go to Moscow next month for talks on arms control and a possible U.S.-Soviet summit meeting." }

local found
for _, r in ipairs(actions.query{ article = id, since = "1900", to = "2100" }) do
  if r.actor == "United States" and r.target == "Soviet Union" and r.verb == "talk" then found = r end
end
assert(found, "the summit is a consultation between the two")
assert(found.modality == "hypothetical", found.modality)
