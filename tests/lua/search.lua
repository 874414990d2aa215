-- The search module on the seed page (seeds/000_*.txt), cut by hand into
-- the records the ingester makes of it: the main analysis article and the
-- teasers and links around it. Dates are ours (the page shows none for the
-- main piece). Run by the real binary on :memory:.

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), "error '" .. tostring(err) .. "' lacks " .. pattern)
  return tostring(err)
end

local src = os.getenv("DOSSIER_SRC") or "."
local p = io.popen("ls " .. src .. "/seeds/000_*.txt")
local path = p:read("l")
p:close()
local lines = {}
for l in io.lines(path) do lines[#lines + 1] = l end
local function para(from, to)
  local t = {}
  for i = from, to do
    if lines[i]:match("%S") then t[#t + 1] = lines[i] end
  end
  return table.concat(t, "\n\n")
end
local function find(prefix)
  for i, l in ipairs(lines) do
    if l:sub(1, #prefix) == prefix then return i end
  end
  error("seed lacks " .. prefix)
end

local main_title = find("Blinken goes to China")
local body_first = find("Secretary of State Antony Blinken is set")
local caption = find("U.S. Secretary of State Antony Blinken meets")
local turkey = find("Turkey's BRICS gambit")
local ukraine = find("When will the war in Ukraine end?")

local main = articles.add{title = lines[main_title], dek = lines[main_title + 4],
                          body = para(body_first, caption - 1), section = "Asia-Pacific",
                          published = "2024-04-22", captions = lines[caption]}
local teaser = articles.add{kind = "teaser", title = lines[turkey], section = "Europe",
                            body = para(turkey + 4, turkey + 6), published = "2024-09-05"}
local teaser2 = articles.add{kind = "teaser", title = lines[ukraine], section = "Europe",
                             body = para(ukraine + 4, ukraine + 6), published = "2024-08-20"}
local link = articles.add{kind = "link", title = lines[find("Diplomacy Watch: A peace")],
                          published = "2024-06-14"}
assert(main and teaser and teaser2 and link)

local function ids(rows)
  local t = {}
  for i, r in ipairs(rows) do t[i] = r.id end
  return table.concat(t, ",")
end

-- done-when checks
local r = search.query("sanctions")
assert(#r >= 1 and r[1].id == main, ids(r))
assert(r[1].snippet:find("\2sanctions\3", 1, true), r[1].snippet)
assert(r[1].title == lines[main_title] and r[1].published == "2024-04-22")
assert(r[1].kind == "article" and math.type(r[1].score) == "float" and r[1].score > 0)
assert(getmetatable(r).__columns[6] == "snippet")

r = search.query("Erdogan")                -- the body has "Erdoğan"
assert(#r == 1 and r[1].id == teaser, ids(r))
assert(r[1].snippet:find("\2Erdoğan\3", 1, true), r[1].snippet)
assert(#search.query("ERDOĞAN") == 1)

r = search.query('"illusion of stability"')
assert(#r == 1 and r[1].id == main)
assert(r[1].snippet:find("\2illusion of stability\3", 1, true), r[1].snippet)

r = search.query("title:BRICS")
assert(#r == 1 and r[1].id == teaser, ids(r))
assert(#search.query("BRICS") == 1)          -- "BRICs" in the body is the same word
assert(#search.query("title:Ushakov") == 0 and #search.query("Ushakov") == 1)

-- date filters
assert(search.count("Russia") == 4, search.count("Russia"))  -- and the link's title
assert(search.count("Russia", {since = "2024-09-01"}) == 1)
assert(search.count("Russia", {["until"] = "2024-08-31"}) == 3)
assert(search.count("Russia", {to = "2024-08"}) == 3)
assert(search.count("Russia", {since = "2024-05", to = "2024-08-19"}) == 1)
r = search.query("Russia", {since = "2024-09-01"})
assert(#r == 1 and r[1].id == teaser)
dossier.asof("2024-09-10")
assert(search.count("Russia", {since = "30 days"}) == 2)   -- Aug 11 .. Sep 10
r = search.query("Russia", {since = "30 days"})
assert(#r == 2 and (r[1].id == teaser or r[1].id == teaser2))
for _, x in ipairs(r) do assert(x.published >= "2024-08-11") end
assert(search.count("Russia", {kind = "teaser"}) == 2)
assert(search.count("Russia", {kind = "article"}) == 1)
assert(search.count("Russia", {kind = "link"}) == 1)
assert(search.count("Russia", {section = "europe"}) == 2)

-- matching: inflections, case, operators, prefix, NEAR, leading minus
assert(search.query("sanctioned")[1].id == main)
assert(search.query("SANCTION")[1].id == main)
assert(search.count("Putin") == 2)                          -- teaser bodies
assert(search.count("Putin -Kursk") == 1)
assert(search.count("Putin NOT Kursk") == 1)
assert(search.count("Putin AND Kursk") == 1)
assert(search.count("Kursk OR Kazan") == 2)
assert(search.count("Kazan Kursk") == 0)
assert(search.count("Ush*") == 1)
assert(search.count("Ush") == 0)
assert(search.count("Putin NEAR Kursk") == 0)
assert(search.count("Ushakov NEAR/5 confirmed") == 1)  -- 5 words between
assert(search.count("Ushakov NEAR/4 confirmed") == 0)
assert(search.count("NEAR(Ushakov Turkey, 7)") == 1)  -- 7 words between
assert(search.count("NEAR(Ushakov Turkey, 6)") == 0)
local pg = dossier.engine() == "postgresql"
assert(search.count("U.S.-China") == 1)                     -- "U.S.–China" in the text
assert(search.count("Pelosi's") == 1)                       -- "Pelosi’s" (curly)
assert(search.count("Turkey's") == 1)

-- order by date, newest first
r = search.query("Russia", {order = "date"})
assert(ids(r) == table.concat({teaser, teaser2, link, main}, ","), ids(r))
assert(r[4].snippet:find("\2Russia\3", 1, true))
r = search.query("Russia", {limit = 1, offset = 1, order = "date"})
assert(#r == 1 and r[1].id == teaser2)

-- rank: title weighs more than body
articles.add{title = "Ceasefire", body = "Talks resumed.", published = "2024-01-01"}
articles.add{title = "Talks resumed", body = "A ceasefire was discussed at length, the ceasefire talks.",
             published = "2024-01-02"}
r = search.query("ceasefire")
assert(#r >= 2 and r[1].title == "Ceasefire", r[1].title)
assert(r[1].score >= r[2].score)

-- limit / offset / each
r = search.query("Russia", {limit = 2})
assert(#r == 2)
local r2 = search.query("Russia", {limit = 2, offset = 1})
assert(#r2 == 2 and r2[1].id == r[2].id)
local n = 0
for x in search.each("Russia") do n = n + 1; assert(x.snippet) end
assert(n == 4)

-- marks
r = search.query("Kazan", {marks = {"[", "]"}})
assert(r[1].snippet:find("[Kazan]", 1, true), r[1].snippet)
r = search.query("Kazan", {marks = "**"})
assert(r[1].snippet:find("**Kazan**", 1, true))

-- raw FTS5 and compile
assert(#search.raw('"illusion" AND title : stability') == 1)
raises("unterminated string", search.raw, '"unbalanced')
assert(search.compile("a -b") == '("a" NOT "b")')

-- clean errors for queries that make no sense
raises("AND needs something on its left (at character 1)", search.query, "AND")
raises("search: nothing to search for", search.query, "*")
raises("only words to exclude", search.count, "-Putin")
raises("not valid UTF-8 (at character 3)", search.query, "ab\xff")
raises("unmatched ')' (at character 6)", search.query, "Putin)")
raises("search: OR needs something on its right", search.query, "Putin OR")
raises("order", search.query, "Putin", {order = "sideways"})
raises("since", search.query, "Putin", {since = "whenever"})
assert(#search.query("Putin\0Kazan") == 1)               -- NUL is a space
assert(#search.query('"unbalanced Kazan') == 0)          -- phrase to the end
assert(#search.query('Kazan "') == 1)
assert(#search.query(string.rep("Russia ", 1400)) >= 1)   -- ~10 kB

-- kwic
local k = search.kwic("Russia", {width = 20})
assert(#k == 4, #k)                       -- 1 in the main body, 2 + 1 in teasers
assert(getmetatable(k).__columns[3] == "match")
for _, l in ipairs(k) do
  assert(l.match == "Russia", l.match)
  assert(utf8.len(l.left) == 20, "[" .. l.left .. "]")
  assert(utf8.len(l.right) <= 20)
  assert(not l.left:find("\n") and not l.right:find("[\2\3]"))
end
-- (on PostgreSQL a phrase's words are marked wherever they stand too, as
-- ts_headline marks them: docs/POSTGRESQL.md)
local function phrases(k)
  local out = {}
  for _, l in ipairs(k) do if not pg or l.match:find(" ") then out[#out + 1] = l end end
  return out
end
k = phrases(search.kwic('"illusion of stability"'))
assert(#k == 0)                           -- only in the title; kwic reads bodies
k = phrases(search.kwic('"appearance of stability"', {width = 10}))
assert(#k == 2 and k[1].id == main and k[1].match == "appearance of stability")
assert(k[1].left == "rief, the ", k[1].left)
assert(k[1].right == " between W", k[1].right)
k = search.kwic("Erdogan", {width = 8})
assert(#k == 1 and k[1].match == "Erdoğan" and k[1].left == " Tayyip ", k[1].left)
k = search.kwic("Russia", {limit = 2})
assert(#k == 2)
k = search.kwic("Russia", {since = "2024-09-01"})
assert(#k == 2 and k[1].id == teaser)
k = search.kwic("Kommersant", {width = 200})  -- near the start: padded
assert(utf8.len(k[1].left) == 200 and k[1].left:sub(1, 1) == " ")
raises("width", search.kwic, "Russia", {width = -1})
raises("AND needs", search.kwic, "AND")
print("search ok")
