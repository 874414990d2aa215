-- A group named by a common noun after its state or body (real Reuters
-- sentences of 1987, outside the events dev set) is the one acted on, not
-- the state: "asked Japanese commercial banks", "held talks ... with
-- Turkish mercury producers", "urged American manufacturers"; and a noun
-- that is also a verb may say what such a group deals with ("EC finance
-- ministers", as "EC farm ministers"). A state's own agents stay the state.

local mof = articles.add{ title = "JAPAN ASKS BANKS TO CUT DOLLAR SALES - DEALERS", published = "1987-04-03",
  body = "TOKYO, April 3 - The Finance Ministry has asked Japanese commercial banks to moderate their dollar sales, bank dealers said." }
local almaden = articles.add{ title = "MINAS DE ALMADEN RAISES MERCURY PRICE", published = "1987-04-03",
  body = "MADRID, April 3 - Spain's Minas de Almaden y Arrayanes S.A. has agreed with Algerian producer ENOF to establish a minimum price of 300 dlrs per flask for spot mercury sales, Almaden spokesman Jesus Gallego said.\n\nIn a separate press release, the company said that ENOF and Almaden held talks in Istanbul a week ago with Turkish mercury producers on ways to improve prices." }
local ec = articles.add{ title = "EC MINISTERS DISCUSS OUTLOOK", published = "1987-03-16",
  body = "BRUSSELS, March 16 - European Community finance ministers discussed the economic outlook for the 12-nation bloc." }

local function find(article, verb)
  for _, r in ipairs(actions.query{ article = article, since = "1900", to = "2100" }) do
    if r.verb == verb then return r end
  end
end

local r = find(mof, "ask")
assert(r and r.target == "Japanese commercial banks", "asked Japanese commercial banks: " .. tostring(r and r.target))
r = find(almaden, "hold")
assert(r and r.target == "Turkish mercury producers", "talks with Turkish mercury producers: " .. tostring(r and r.target))
r = find(ec, "discuss")
assert(r and r.actor == "European Community finance ministers", "EC finance ministers discussed: " .. tostring(r and r.actor))
