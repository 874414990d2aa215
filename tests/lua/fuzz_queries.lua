-- Random query strings (search syntax, date expressions, entity names,
-- SQL) thrown at every function that parses user text. Each call returns
-- or raises a string; the corpus stays whole. The seed is fixed so that a
-- failure can be replayed; DOSSIER_FUZZ_SEED and DOSSIER_FUZZ_N change it.

local failures = 0
local function check(cond, msg)
  if not cond then
    failures = failures + 1
    io.stderr:write("FAIL: ", msg, "\n")
  end
end

local docs = {
  { "Blinken in Beijing", "2024-04-23", "Antony Blinken met Wang Yi in Beijing. China warned the United States over Taiwan on Friday." },
  { "Gaza talks", "2024-03-10", "Envoys from Qatar and Egypt met in Doha last week. Israel and Hamas sent delegations." },
  { "Manila summit", "2023-12-01", "President Marcos hosted Joe Biden in Manila. They discussed the South China Sea next month." },
  { "Kyiv", "2024-02-24", "Russia attacked Ukraine again; NATO condemned the strikes on Kyiv, officials said." },
}
for _, d in ipairs(docs) do
  articles.add{ title = d[1], published = d[2], body = d[3] }
end
local n0 = articles.count()

local seed = tonumber(os.getenv("DOSSIER_FUZZ_SEED") or "") or 20240423
local rounds = tonumber(os.getenv("DOSSIER_FUZZ_N") or "") or 1500
math.randomseed(seed)

local atoms = { "China", "Beijing", "Blinken", "talks", "\"", "\"", "*", "(", ")",
  ":", "^", "-", "+", "NEAR", "NEAR/2", "AND", "OR", "NOT", "title:", "body:",
  "{title body}:", " ", " ", " ", "\0", "\xff", "\xc3", "\xa9", "é", "中国", "'",
  ";", "--", "%", "_", "\\", "last", "month", "2024", "-04", "-Q2", "Q", "week",
  "ago", "days", "30", "-1", "999999999999", "yesterday", "this", "year", "\n",
  "\t", "AND NOT", "OR OR", "((", "))", "\"\"", "*\"", "NEAR(", ",", "0x", "1e9" }

local function random_text()
  local parts = {}
  for i = 1, math.random(1, 12) do
    parts[i] = atoms[math.random(#atoms)]
  end
  return table.concat(parts, math.random(2) == 1 and " " or "")
end

local targets = {}
local function add(name, f) if type(f) == "function" then targets[#targets + 1] = { name, f } end end
if type(search) == "table" then
  for _, k in ipairs{ "query", "count", "raw", "kwic", "compile" } do
    add("search." .. k, search[k])
  end
  add("search.each", function(q) for _ in search.each(q) do end end)
end
add("dossier.date", function(q) return dossier.date(q, "2024-04-23") end)
add("articles.list{since}", function(q) return articles.list{ since = q } end)
add("articles.count{until}", function(q) return articles.count{ ["until"] = q } end)
add("entities.get", entities.get)
add("entities.mentions", entities.mentions)
add("entities.cooccur", entities.cooccur)
add("entities.find", entities.find)
if type(actions) == "table" then
  add("actions.query{actor}", function(q) return actions.query{ actor = q } end)
  add("actions.query{since}", function(q) return actions.query{ since = q } end)
  add("actions.lemma", actions.lemma)
end
add("dossier.sql", dossier.sql)

local calls, errors = 0, 0
for r = 1, rounds do
  local q = random_text()
  for _, t in ipairs(targets) do
    calls = calls + 1
    local ok, err = pcall(t[2], q)
    if not ok then
      errors = errors + 1
      check(type(err) == "string" and #err > 0,
            string.format("%s(%q) raised %s (seed %d, round %d)", t[1], q,
                          type(err), seed, r))
    end
  end
end
check(articles.count() == n0, "the corpus changed")
if dossier.engine() == "sqlite" then
  check(dossier.sql("PRAGMA integrity_check")[1].integrity_check == "ok", "integrity")
end
io.stderr:write(string.format("fuzz_queries: %d calls, %d raised (seed %d)\n",
                              calls, errors, seed))
if failures > 0 then error(failures .. " check(s) failed", 0) end
