local n = articles.count()
for r in articles.each{ limit = 5 } do local _ = r.title end
local s = search.query("Doha", { limit = 3 })
local e = entities.top{ limit = 5 }
local a = actions.list and actions.list{ limit = 5 }
return n, #s, report.table(s)
