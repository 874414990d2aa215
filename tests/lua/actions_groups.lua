-- Groups named by a common noun ("banks", "bankworkers", "businessmen")
-- act and are acted on: each is stored as an entity of type "group", with
-- no mentions, and found by name like any other actor. Real sentences of
-- Reuters stories; run by the real binary on SQLite and on PostgreSQL.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

articles.add{title = "BRAZIL DEBT", published = "1987-03-24",
             body = "Banks had been pressing Brazil to make at least a token interest payment. "
                 .. "Most of Brazil's 700,000 bankworkers began an indefinite national strike on Tuesday."}
articles.add{title = "HAWKE", published = "1987-03-13",
             body = "Australian Prime Minister Bob Hawke called on businessmen to hold their salaries "
                 .. "and profit margins as part of his campaign for economic restraint."}
articles.add{title = "ECUADOR", published = "1987-03-10",
             body = "Two companies rejected the government's offer on Monday."}
dossier.asof("1987-03-31")

local rows = actions.query{}
local function find(actor, target)
  for _, r in ipairs(rows) do
    if r.actor == actor and (target == nil or r.target == target) then return r end
  end
  for _, r in ipairs(rows) do
    io.stderr:write(table.concat({r.date, r.actor or "-", r.verb, r.category or "",
                                  r.target or "-"}, " | "), "\n")
  end
  error(("no action of %s on %s"):format(actor, tostring(target)), 2)
end

-- a group acts on a state, and is named by its own words
local r = find("banks", "Brazil")
assert(r.category == "demand", r.category)
assert(r.named == 1)
assert(entities.get("banks").type == "group")
-- a state's people on strike are a group of their own, named with the state
assert(find("Brazilian bankworkers").category == "protest")
-- a group acted on
assert(find("Bob Hawke", "Australian businessmen").category == "appeal")
assert(entities.get("Australian businessmen").type == "group")
-- a count is part of the phrase, not of the group's name
assert(find("companies").category == "reject")
assert(entities.get("two companies") == nil)

-- found by name as an actor or target, like any entity
assert(#actions.query{actor = "banks"} == 1)
assert(#actions.query{since = "1 month", target = "Australian businessmen"} == 1)

-- groups have no mentions: they are not counted as named in articles
for _, e in ipairs(entities.top{since = "1 month", limit = 50}) do
  assert(e.type ~= "group", e.name)
end
-- and are found by the action coder, not defined by users
raises("groups are found by the action coder", entities.define, {name = "strikers", type = "group"})

-- a group has actions but no mentions: analysing again, or deleting
-- another article, keeps it as the actor and target of its actions
assert(articles.reanalyze())
rows = actions.query{}
assert(find("banks", "Brazil").category == "demand")
assert(find("Bob Hawke", "Australian businessmen").category == "appeal")
assert(find("companies").category == "reject")
local ecuador
for _, a in ipairs(articles.list{}) do
  if a.title == "ECUADOR" then ecuador = a end
end
assert(articles.delete(ecuador.id) == 1)
rows = actions.query{}
assert(find("banks", "Brazil"))
assert(find("Bob Hawke", "Australian businessmen"))
-- the deleted article's group, which nothing names now, is gone
assert(entities.get("companies") == nil)
