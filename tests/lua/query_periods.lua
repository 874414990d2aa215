-- entities.top and actions.query over calendar months, through the Lua
-- modules: the month summary and the split overlap search give what a
-- plain count over the stored rows gives, before and after a merge and a
-- reanalysis.

local people = { "Joe Biden", "Xi Jinping", "Vladimir Putin", "Emmanuel Macron" }
local places = { "Russia", "China", "Japan", "France", "Egypt", "India" }
local verbs = { "criticized", "met", "accused", "praised", "sanctioned" }
local whens = { "last year", "next month", "on Tuesday", "in March", "last week",
                "this year", "last summer", "" }
local seed = 7
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed // 65536 % n + 1
end

for i = 1, 90 do
  local s = {}
  for j = 1, rnd(4) do
    local w = whens[rnd(#whens)]
    s[j] = people[rnd(#people)] .. " " .. verbs[rnd(#verbs)] .. " " ..
           places[rnd(#places)] .. (w ~= "" and " " .. w or "") .. "."
  end
  local kind = ({ "article", "article", "teaser", "link" })[rnd(4)]
  local date = i % 15 ~= 0 and string.format("2023-%02d-%02d", rnd(6), rnd(28)) or nil
  articles.add{ title = "Piece " .. i, published = date, kind = kind,
                body = table.concat(s, " ") }
end

local function plain_top(o)
  return dossier.sql([[
    SELECT e.name AS name, e.type AS type, count(*) AS mentions,
      count(DISTINCT m.article) AS articles
    FROM mentions m JOIN entities e ON e.id = m.entity
    JOIN articles ar ON ar.id = m.article
    WHERE (?1 IS NULL OR e.type = ?1) AND ((?2 IS NULL AND ?3 IS NULL)
      OR ar.published BETWEEN coalesce(?2, '0000-00-00') AND coalesce(?3, '9999-12-31'))
      AND (?4 IS NULL OR ar.kind = ?4)
    GROUP BY e.id ORDER BY 3 DESC, 4 DESC, e.name, e.type LIMIT ?5]],
    o.type, o.since, o.to, o.kind, o.limit or -1)
end

local function same_top(o)
  local got, want = entities.top(o), plain_top(o)
  assert(#got == #want, string.format("%s..%s: %d rows, want %d",
         o.since or "", o.to or "", #got, #want))
  for i, r in ipairs(got) do
    local w = want[i]
    assert(r.name == w.name and r.type == w.type and r.mentions == w.mentions and
           r.articles == w.articles,
           string.format("%s..%s row %d: %s %d %d, want %s %d %d", o.since or "",
                         o.to or "", i, r.name, r.mentions, r.articles, w.name,
                         w.mentions, w.articles))
  end
  return #got
end

local function all_tops()
  local n = 0
  for m = 1, 6 do
    local first = string.format("2023-%02d-01", m)
    local last = select(2, dossier.date(string.format("2023-%02d", m)))
    n = n + same_top{ since = first, to = last, limit = 10 }
    same_top{ since = first, to = last, limit = 3, type = "person" }
    same_top{ since = first, to = last, kind = "teaser" }
    same_top{ since = first, to = "2023-06-30" }
    same_top{ since = string.format("2023-%02d-10", m), to = "2023-05-20", limit = 5 }
  end
  same_top{}
  same_top{ limit = 2 }
  same_top{ to = "2023-03-31", kind = "article" }
  assert(n > 20, "the months hold entities")
end

-- actions.query for a month: the actions overlapping it, by start date
local function same_actions()
  local total = 0
  for m = 1, 7 do
    local first = string.format("2023-%02d-01", m)
    local last = select(2, dossier.date(string.format("2023-%02d", m)))
    local got = actions.query{ since = first, to = last, limit = 100 }
    local want = dossier.sql([[
      SELECT id FROM actions WHERE date_start <= dz_day(?2)
        AND date_end >= dz_day(?1)
        AND julianday(dz_date(date_start)) >= julianday(?1) - 400
      ORDER BY date_start, date_end, id LIMIT 100]], first, last)
    assert(#got == #want, first .. ": " .. #got .. " actions, want " .. #want)
    for i, r in ipairs(got) do
      assert(r.id == want[i].id, first .. " row " .. i)
    end
    total = total + #got
  end
  assert(total > 10, "the months hold actions")
end

all_tops()
same_actions()
assert(#dossier.sql("SELECT 1 FROM actions WHERE date_start < date_end") > 5,
       "some actions span days")

assert(entities.merge("Japan", "China"))
all_tops()
articles.reanalyze()
all_tops()
same_actions()
