-- report.chart, report.timeline, report.graph and report.html on known
-- data: what the terminal text and the SVG / DOT / GraphML / HTML hold,
-- file= with the format from the extension, and misuse. (Parsing the SVG
-- as XML, laying out the DOT and opening the page in a browser are done
-- by tests/cli/pictures.sh and tests/cli/html_report.sh.)

local function raises(pattern, f, ...)
  local ok, err = pcall(f, ...)
  assert(not ok, "expected an error matching " .. pattern)
  assert(tostring(err):find(pattern, 1, true), "error '" .. tostring(err) .. "' lacks " .. pattern)
end

local function count(s, pat)
  local n = 0
  for _ in s:gmatch(pat) do n = n + 1 end
  return n
end

local function lines(s)
  local out = {}
  for l in s:gmatch("[^\n]+") do out[#out + 1] = l end
  return out
end

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local tmp = os.tmpname()
os.remove(tmp)
assert(os.execute("mkdir -p " .. tmp))

-- two hand-made series over the same three weeks
local a = {by = "week", label = "China",
  {start = "2024-01-01", count = 4}, {start = "2024-01-08", count = 8}, {start = "2024-01-15", count = 2}}
local b = {by = "week", label = "Russia",
  {start = "2024-01-01", count = 1}, {start = "2024-01-08", count = 3}, {start = "2024-01-15", count = 6}}

-- terminal bars: one line per bucket, the longest bar for the largest value
local text = report.chart(a, {width = 50})
local ls = lines(text)
assert(#ls == 4 and ls[1] == "count", text)
assert(ls[3]:find("^2024%-01%-08 │") and ls[3]:find("█ 8$"), ls[3])
assert(select(2, ls[3]:gsub("█", "")) > select(2, ls[2]:gsub("█", "")))
for _, l in ipairs(ls) do assert(utf8.len(l) <= 50, "wider than 50: " .. l) end
-- two series: a legend, then two lines per bucket
ls = lines(report.chart({a, b}, {width = 60, title = "China vs Russia"}))
assert(ls[1] == "China vs Russia" and ls[2]:find("China") and ls[2]:find("Russia"))
assert(#ls == 2 + 3 * 2)
assert(ls[#ls]:find(" 6$") and ls[#ls - 1]:find("^2024%-01%-15 .* 2$"))
-- a named map of series is the same chart
assert(report.chart({China = a, Russia = b}, {width = 60, title = "China vs Russia"}) ==
       report.chart({a, b}, {width = 60, title = "China vs Russia"}))
-- line: height rows, a y axis labelled with its top and 0, dates below
ls = lines(report.chart({a, b}, {kind = "line", width = 40, height = 6}))
assert(#ls == 2 + 6 + 2, "line chart of " .. #ls .. " lines")
assert(ls[1] == "count" and ls[2] == "● China   ○ Russia")
assert(ls[3]:find("^8 ┤") and ls[8]:find("^0 ┤") and ls[9]:find("└"))
assert(ls[10]:find("2024%-01%-01") and ls[10]:find("2024%-01%-15"))
local plot = table.concat(ls, "\n", 3, 8)
assert(count(plot, "●") == 3 and count(plot, "○") == 3)
-- spark: one line per series with its range
ls = lines(report.chart({a, b}, {kind = "spark"}))
assert(#ls == 3 and ls[1]:find("^China +▅█▃ 2%.%.8$") and ls[2]:find("^Russia +▂▄▆ 1%.%.6$"),
       ls[1] .. "|" .. ls[2])

-- SVG: one bar per value and series, a title, dates on the x axis
local svg = report.chart({a, b}, {format = "svg", title = "China & Russia"})
assert(svg:find("^<%?xml") and svg:find("</svg>\n$"))
assert(count(svg, '<rect class="bar"') == 6)
assert(svg:find("China &amp; Russia", 1, true) and svg:find(">2024%-01%-08<"))
assert(svg:find("week starting"))
svg = report.chart(a, {format = "svg", kind = "line"})
assert(count(svg, '<polyline class="line"') == 1 and count(svg, '<circle class="point"') == 3)

-- a real series: months from the corpus, one bar per month
articles.add{title = "A", published = "2024-01-05", body = "China warned Japan over the islands."}
articles.add{title = "B", published = "2024-02-05", body = "Japan criticized China. China replied."}
articles.add{title = "C", published = "2024-04-05", body = "China and Japan met in Tokyo."}
local s = entities.series{entity = "China", by = "month"}
assert(#s == 4)
svg = report.chart(s, {format = "svg"})
assert(count(svg, '<rect class="bar"') == 4 and svg:find(">2024%-03<"))

-- file=: the extension picks the format; nil, message when unwritable
assert(report.chart({a, b}, {file = tmp .. "/c.svg"}) == true)
assert(count(read(tmp .. "/c.svg"), '<rect class="bar"') == 6)
assert(report.chart(s, {file = tmp .. "/c.csv"}))
assert(read(tmp .. "/c.csv"):find("^start,end,count,articles\r\n2024%-01%-05,2024%-01%-31,1,1\r\n"))
assert(report.table(s, {file = tmp .. "/t.md"}))
assert(read(tmp .. "/t.md"):find("^| start | end | count | articles |\n| %-%-%- |"))
assert(report.table(s, {file = tmp .. "/t.txt"}))
assert(read(tmp .. "/t.txt") == report.table(s))
assert(report.csv(s, {file = tmp .. "/t.json"}))
assert(read(tmp .. "/t.json"):find('^%[{"'))
assert(report.json(s, {file = tmp .. "/t.html", title = "Months"}))
local page = read(tmp .. "/t.html")
assert(page:find("^<!DOCTYPE html>") and count(page, "<tr>") == 5 and page:find("<title>Months</title>"))
assert(report.markdown(s, {file = tmp .. "/t.out", format = "csv"}))
assert(read(tmp .. "/t.out"):find("^start,end"))
local ok, msg = report.table(s, {file = tmp .. "/no/such/dir/x.txt"})
assert(ok == nil and msg:find("No such file"))
raises("cannot write records as svg", report.table, s, {format = "svg"})
raises("kind must be", report.chart, a, {kind = "pie"})
raises("no numbers to chart", report.chart, {{start = "2024-01-01", note = "x"}})
raises("nothing to chart", report.chart, {})
-- an empty series is an empty chart
local empty = entities.series{entity = "Atlantis"}
assert(#empty == 0 and report.chart(empty, {title = "none"}) == "none\n")
assert(count(report.chart(empty, {format = "svg"}), '<rect class="bar"') == 0)

-- timeline: events in date order, labelled actor verb target
local ev = actions.query{}
assert(#ev >= 2)
local tl = report.timeline(ev, {title = "Events", width = 70})
ls = lines(tl)
assert(ls[1] == "Events" and ls[2]:find("^├") and ls[3]:find("^2024%-01%-05 +" .. ev[#ev].date:gsub("%-", "%%-") .. "$"), ls[3])
assert(ls[4]:find("^2024%-01%-05 ! China warn Japan$"), ls[4])
assert(#ls == 3 + #ev + 1 and ls[#ls] == "(+ cooperation, ! conflict)")
-- since= / to= set the axis
ls = lines(report.timeline(ev, {since = "2023-12-01", to = "2024-06-30", width = 70}))
assert(ls[2]:find("^2023%-12%-01 +2024%-06%-30$"), ls[2])
svg = report.timeline(ev, {format = "svg"})
assert(count(svg, '<g class="event">') == #ev and svg:find("verbal conflict"))
assert(report.timeline({}, {}) == "(no dated events)\n")

-- graph: DOT with one statement per node and edge, GraphML, JSON
local net = {center = "China",
  nodes = {{name = "China", type = "country", weight = 5}, {name = "Japan \"JP\"", type = "country"},
           {name = "Xi Jinping", type = "person"}},
  edges = {{from = 1, to = 2, kind = "cooccur", weight = 3},
           {source = "China", target = "Japan \"JP\"", kind = "action", quad = 3, verb = "warn", weight = 2},
           {source = "Xi Jinping", target = "China", weight = 1}}}
local dot = report.graph(net)
assert(dot:find("^digraph network {") and count(dot, "\n  n%d+ %[label=") == 3)
assert(count(dot, " %-> ") == 3 and dot:find('label="Japan \\"JP\\""', 1, true))
assert(dot:find('n1 %-> n2 %[color="#f28e2b"[^\n]*label="warn 2"'))
assert(dot:find("n1 %[[^\n]*penwidth=2%.5"), "the centre is drawn bold")
local gml = report.graph(net, {format = "graphml"})
assert(count(gml, "<node ") == 3 and count(gml, "<edge ") == 3 and gml:find('directed="true"'))
assert(gml:find("Japan &quot;JP&quot;", 1, true))
local js = report.graph(net, {format = "json"})
assert(js:find('"nodes":%[') and js:find('"verb":"warn"'))
raises("names no node", report.graph, {nodes = {{name = "A"}}, edges = {{source = "A", target = "B"}}})
raises("needs a list of nodes", report.graph, {})

-- html: every kind of section, no script, inline SVG
local html = report.html{title = "Weekly <brief>", subtitle = "as of 2024-04-30", sections = {
  {title = "Summary", text = "First paragraph.\n\nSecond & last."},
  {title = "Mentions", chart = {a, b}, kind = "line"},
  {title = "Events", timeline = ev},
  {title = "Table", table = ev, columns = {"date", "actor", "verb", "target"}},
}}
assert(html:find("^<!DOCTYPE html>") and html:find("<title>Weekly &lt;brief&gt;</title>", 1, true))
assert(count(html, "<svg ") == 2 and not html:find("<script") and not html:find("<%?xml"))
assert(count(html, "<h2>") == 4 and count(html, "<p>") == 2 and html:find("Second &amp; last."))
assert(count(html, "<th>") == 4 and count(html, "<tr>") == 1 + #ev)
assert(report.html{title = "x", file = tmp .. "/r.html"} == true)
assert(read(tmp .. "/r.html"):find("<h1>x</h1>"))
raises("'sections' must be", report.html, {sections = 3})

os.execute("rm -rf " .. tmp)
