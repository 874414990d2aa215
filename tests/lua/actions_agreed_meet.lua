-- An agreement to meet is an intent to meet made on the story's day (CAMEO
-- 036), not the meeting (a real Reuters story of 1987, outside the events
-- dev set): "The Writers Guild of America said it agreed to meet with
-- representatives of CBS Inc ... at 1000 EST Thursday" is the guild's
-- intent of March 3; Thursday is the meeting's time, not the agreement's.

local id = articles.add{ title = "WRITERS GUILD TO MEET WITH NETWORKS THURSDAY", published = "1987-03-03",
  body = "NEW YORK, March 3 - The Writers Guild of America said it agreed to meet with representatives of CBS Inc <CBS> and Capital Cities/ABC Inc <CCB> at the offices of the Federal Mediation Service at 1000 EST Thursday.\n\n\"The guild is pleased that the networks have returned to the table,\" a spokesman said." }

local n = 0
for _, r in ipairs(actions.query{ article = id, since = "1900", to = "2100" }) do
  if r.verb == "meet" then
    assert(r.code == 3, "agreed to meet: an intent to meet (03), not " .. tostring(r.code))
    assert(r.date == "1987-03-03", "the agreement is of the story's day, not " .. tostring(r.date))
    n = n + 1
  end
end
assert(n >= 1, "the agreement to meet is coded")
