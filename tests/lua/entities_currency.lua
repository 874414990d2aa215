-- A country's short name before the wire's "Dlrs" is the country whose
-- currency it is, not a name "N.Z. Dlrs" (real Reuters sentences of 1987).

local id = articles.add{ title = "CURRENCY", published = "1987-04-07",
  body = "WELLINGTON, April 7 - The weighted average yield for 50 mln N.Z. Dlrs of 77-day Treasury bills sold in this week's regular weekly tender was 26.25 pct.\n\nThe government announced this month it will spend six mln H.K. Dlrs over the next two years to encourage electronics firms.\n\nGold was trading at 421.10/60 U.S. Dlrs an ounce at midday." }

local function mention(surface)
  local rows = dossier.sql(string.format([[SELECT n.name AS name, n.type AS type FROM mentions m
    JOIN entities n ON n.id = m.entity JOIN articles a ON a.id = m.article
    WHERE m.article = %d AND substr(a.body, m.start + 1, m."end" - m.start) = '%s']], id, surface))
  return rows[1] and (rows[1].name .. "/" .. rows[1].type)
end

assert(mention("N.Z.") == "New Zealand/country", tostring(mention("N.Z.")))
assert(mention("H.K.") == "Hong Kong/country", tostring(mention("H.K.")))
assert(mention("N.Z. Dlrs") == nil and mention("H.K. Dlrs") == nil and mention("Dlrs") == nil)
