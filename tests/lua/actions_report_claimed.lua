-- examples/actions_last_month.lua shows an act its own actor tells of as
-- claimed, in place of the saying that carries it: "Iran announced it had
-- launched a new offensive against Iraq" is Iran's fight with Iraq, told
-- by Iran. "he" in what a spokesman says is not the spokesman when another
-- person is named before it. (Real Reuters stories of March 1987, outside
-- the events dev set.)

articles.add{ title = "IRAN ANNOUNCES NEW OFFENSIVE IN GULF WAR", published = "1987-03-04",
  body = "LONDON, March 4 - Iran announced it had launched a new offensive against Iraq in the north-west area of the Gulf war front.\n\nTehran radio, monitored by the British Broadcasting Corporation, said the attack was launched last night in the Haj Omran area of northern Iraq.\n\nIt had already achieved \"considerable victories,\" the radio said. REUTER" }
articles.add{ title = "BANGEMANN DENIES NEWSPAPER INTERVIEW ON SUBSIDIES", published = "1987-03-23",
  body = "BONN, March 23 - The West German Economics Minister today denied giving a newspaper interview which quoted him as saying the state could not continue to pour money into the country's ailing steel and coal industries.\n\nEconomics Ministry spokesman Dieter Vogel said in a statement Bangemann had contacted him from New Zealand, where he is attending a General Agreement on Trade and Tariffs (GATT) ministerial meeting, to deny giving the interview to the conservative daily Die Welt. REUTER" }
dossier.asof("1987-03-31")

local csv = dofile("tests/lua/lib/actions.lua").report("--format", "csv", "--top", "0")
local iran
for line in csv:gmatch("[^\n]+") do
  if line:find(",Iran,", 1, true) then iran = (iran or "") .. line .. "\n" end
end
assert(iran, "Iran's offensive is in the report:\n" .. csv)
assert(iran:find("(claimed),fight,Iraq", 1, true), "the offensive is Iran's claimed fight with Iraq:\n" .. iran)
assert(not iran:find("announce it had launched", 1, true), "the announcement that carries it goes:\n" .. iran)
assert(not csv:find("Dieter Vogel,attend", 1, true), "Bangemann attends, not his spokesman:\n" .. csv)
