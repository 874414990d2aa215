-- The story judgement and the report's filters on real Reuters snippets of
-- March 1987: actions.story; actions.events with stories= (political,
-- business, all), named= (actor named in its sentence or taken from "he")
-- and within= (events that begin or lie mostly in the period; no act
-- recalled from before it); examples/actions_last_month.lua leaving
-- business copy out and showing it with --business; bad options.

articles.add{ title = "CHAD SAYS IT KILLED 384 LIBYANS IN BATTLE", published = "1987-03-20",
  body = "PARIS, March 20 - Chadian troops killed 384 Libyans and captured 48 in fighting near the key Libyan air base of Ouadi Doum in northern Chad, a Chadian government statement said.\n\nThe statement issued by Chad's Paris embassy said government troops had \"completely annihilated\" a Libyan column yesterday some 45 km (28 miles) from the Libyan base." }
articles.add{ title = "NEWS CORP <NWS> STARTS HARPER/ROW <HPR> BID", published = "1987-03-30",
  body = "NEW YORK, March 30 - News Corp Ltd of Australia said it has started its previously announced tender offer for all shares of Harper and Row Publishers Inc at 65 dlrs per share.\n\nIn a newspaper advertisement, the company said the offer is conditioned on received of at least 51 pct of Harper and Row's shares." }
articles.add{ title = "CHINA POSTPONES PLAN TO SCRAP PARALLEL CURRENCY", published = "1987-03-28",
  body = "PEKING, March 28 - Chinese Vice-Premier Tian Jiyun said plans to scrap the country's parallel currency, Foreign Exchange Certificates (FECs), had been postponed due to objections from foreign businessmen and others.\n\nHe said many people, including foreign businessmen, had raised objections to the plan to abolish the certificates.\n\nVice-Premier Yao Yilin announced at a similar press conference last year that the FECs would be abolished, saying the government had decided it was ideologically unacceptable to have two currencies circulating in China at the same time." }
articles.add{ title = "BRAZIL NEEDS MORE EXTERNAL FINANCING - VOLCKER", published = "1987-03-02",
  body = "LOS ANGELES, March 2 - Federal Reserve Board Chairman Paul Volcker said that Brazil will need more external financing to work its way out of its current debt crisis than earlier anticipated.\n\nBrazil suspended interest payments on its debt last month." }
dossier.asof("1987-03-31")

-- the judgement, and the words behind it
local chad, corp = actions.story(1), actions.story(2)
assert(chad.story == "political" and chad.political == 7 and chad.business == 0)
assert(chad.political_words:find("troops 2", 1, true) and chad.business_words == "")
assert(corp.story == "business" and corp.political == 0 and corp.business == 10)
assert(corp.business_words:find("<ticker> 2", 1, true))
assert(actions.story("The minister said the army attacked the rebels.").story == "political")
assert(actions.story("The company said its shares rose.").story == "business")
local none, msg = actions.story(99)
assert(none == nil and msg:find("no article 99", 1, true))

local function find(list, actor, verb)
  for _, e in ipairs(list) do
    if e.actor == actor and e.verb == verb then return e end
  end
end

-- no judgement asked: no story field, and every event overlapping the
-- period (Brazil's suspension "last month", February, touches its first
-- day; Yao's announcement "last year" takes the article's date)
local plain = actions.events{ since = "1 month" }
assert(find(plain, "Brazil", "suspend") and find(plain, "Yao Yilin", "announce"))
for _, e in ipairs(plain) do assert(e.story == nil) end

-- within: neither of those; stories = "all" marks each event
local all = actions.events{ since = "1 month", within = true, stories = "all" }
assert(not find(all, "Brazil", "suspend") and not find(all, "Yao Yilin", "announce"))
assert(find(all, "Chad", "kill").story == "political")
assert(find(all, "Chad", "kill").target == "Libya")
assert(find(all, "News Corp Ltd of Australia", "say").story == "business")
-- a plain statement keeps the article's date whatever time it speaks of
assert(find(all, "Tian Jiyun", "say"))

-- political / business split the events between them
local pol = actions.events{ since = "1 month", within = true, stories = "political" }
local bus = actions.events{ since = "1 month", within = true, stories = "business" }
assert(#pol + #bus == #all and #pol > 0 and #bus > 0)
for _, e in ipairs(pol) do assert(e.story == "political") end
for _, e in ipairs(bus) do assert(e.story == "business") end
assert(not find(pol, "News Corp Ltd of Australia", "say"))
-- the raw actions take the same options
for _, a in ipairs(actions.query{ since = "1 month", stories = "business" }) do
  assert(a.article == 2 or a.article == 4, a.article)
end

-- named: "He said many people ..." is Tian's, taken from the sentence
-- before; named = true / false split the actions
local he = actions.query{ since = "1 month", named = false }
assert(#he >= 1)
for _, a in ipairs(he) do assert(a.named == 0) end
local heard = false
for _, a in ipairs(he) do
  if a.actor == "Tian Jiyun" and a.text:find("^He said") then heard = true end
end
assert(heard)
local named = actions.query{ since = "1 month", named = true }
for _, a in ipairs(named) do assert(a.named == 1) end
assert(#named + #he == #actions.query{ since = "1 month" })

-- bad options
assert(not pcall(actions.events, { stories = "sports" }))
assert(not pcall(actions.story, {}))

-- the report: business copy left out and counted, shown with --business
local run = dofile("tests/lua/lib/actions.lua").report
local text = run("--width", "0")
assert(text:find("Chad %-> Libya  %[fight"))
-- (three: "the company said" in the News Corp story is News Corp's too)
assert(text:find("Left out: 3 events of business stories (--business)\n"
                 .. "          1 events with an actor not named", 1, true), text)
assert(not text:find("News Corp", 1, true) and not text:find("Yao Yilin", 1, true))
assert(not text:find("suspend", 1, true))
local csv = run("--format", "csv", "--business")
assert(csv:find("Chad,kill", 1, true))
for line in run():gmatch("[^\n]+") do assert(utf8.len(line) <= 80, line) end
