-- A common word that opens a sentence is no person for its capital alone
-- (real Reuters sentences of 1987); a surname there that speaks is.

local id = articles.add{ title = "SENTENCE STARTS", published = "1987-03-24",
  body = "LONDON, March 24 - Standard Chartered Plc <STCH.L>, faced with a recession in the key Singapore and Malaysian markets and an ongoing depression in the shipping industry, boosted its bad-debt provisions in 1986, chairman Lord Barber said.\n\nBarber said in a statement on the bank's 1986 results that bad and doubtful debt provisions, both general and specific, stood at 545.6 mln stg against 416.6 mln at end-1985.\n\nHe said he supported an early election only because it would clear the air. \"Ideally, we (the government) should have a full term,\" but events could force an earlier vote.\n\nCocaine, although illegal, is Bolivia's largest export." }

local function count(surface)
  return dossier.sql(string.format([[SELECT count(*) AS n FROM mentions m
    JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']], id, surface))[1].n
end

assert(count("Ideally") == 0, "Ideally")
assert(count("Cocaine") == 0, "Cocaine")
assert(count("Barber") == 1, "Barber: " .. count("Barber"))   -- "Barber said" (the first is in "Lord Barber")
