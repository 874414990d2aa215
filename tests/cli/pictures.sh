# Pictures checked by the tools that read them: every SVG parses as XML
# (xmllint) with one bar / event / node per value, the DOT of a network is
# laid out by Graphviz (dot -Tsvg), GraphML parses, and without Graphviz
# report.graph says how to get it. Skips when xmllint or dot is missing
# (scripts/setup installs libxml2-utils and graphviz).
. "$(dirname "$0")/lib.bash"
command -v xmllint >/dev/null && command -v dot >/dev/null || { echo "skip: needs xmllint and dot"; exit 77; }
db=$tmp/p.db
cat >"$tmp/make.lua" <<'LUA'
local out = ...
local bodies = {
  "China warned Japan over the islands. Chinese President Xi Jinping met Vladimir Putin in Moscow.",
  "Russia and China signed a trade deal. Japan criticized China.",
  "The United States sanctioned Russia. Putin condemned Washington.",
}
local t = os.time{year = 2024, month = 1, day = 3, hour = 12}
for i = 1, 40 do
  t = t + 3 * 86400
  articles.add{title = "Story " .. i, published = os.date("!%Y-%m-%d", t),
               body = bodies[i % 3 + 1] .. " Report " .. i .. "."}
end
local cn = entities.series{entity = "China", by = "week"}
local ru = entities.series{entity = "Russia", by = "week"}
assert(report.chart({cn, ru}, {file = out .. "/bars.svg", title = "China vs Russia"}))
assert(report.chart({cn, ru}, {file = out .. "/lines.svg", kind = "line"}))
local ev = actions.query{actor = "China", limit = 12}
assert(report.timeline(ev, {file = out .. "/timeline.svg", title = "China"}))
local net = entities.network{center = "China"}
assert(report.graph(net, {file = out .. "/net.dot"}))
assert(report.graph(net, {file = out .. "/net.svg"}))
assert(report.graph(net, {file = out .. "/net.graphml"}))
print(#cn, #ru, #ev, #net.nodes, #net.edges)
LUA
run "$DOSSIER" -d "$db" "$tmp/make.lua" "$tmp"
expect_status 0
read -r ncn nru nev nnodes nedges <"$out_file"
[ "${nnodes:-0}" -ge 4 ] || fail "network of ${nnodes:-0} nodes"

for f in bars lines timeline net; do
  xmllint --noout "$tmp/$f.svg" 2>"$out_err" || fail "$f.svg is not XML"
done
xmllint --noout "$tmp/net.graphml" 2>"$out_err" || fail "net.graphml is not XML"

# count elements with XPath (SVG elements live in the SVG namespace)
xcount() { xmllint --xpath "count($2)" "$1" 2>/dev/null; }
[ "$(xcount "$tmp/bars.svg" "//*[local-name()='rect'][@class='bar']")" = $((ncn + nru)) ] ||
  fail "bars.svg: $(xcount "$tmp/bars.svg" "//*[local-name()='rect'][@class='bar']") bars for $((ncn + nru)) values"
[ "$(xcount "$tmp/lines.svg" "//*[local-name()='polyline']")" = 2 ] || fail "lines.svg: not two lines"
[ "$(xcount "$tmp/lines.svg" "//*[local-name()='circle'][@class='point']")" = $((ncn + nru)) ] ||
  fail "lines.svg: points"
[ "$(xcount "$tmp/timeline.svg" "//*[local-name()='g'][@class='event']")" = "$nev" ] ||
  fail "timeline.svg: not $nev events"
# Graphviz's SVG: one group of class node per node, edge per edge
[ "$(xcount "$tmp/net.svg" "//*[local-name()='g'][@class='node']")" = "$nnodes" ] ||
  fail "net.svg: not $nnodes nodes"
[ "$(xcount "$tmp/net.svg" "//*[local-name()='g'][@class='edge']")" = "$nedges" ] ||
  fail "net.svg: not $nedges edges"
[ "$(xcount "$tmp/net.graphml" "//*[local-name()='node']")" = "$nnodes" ] || fail "graphml nodes"

# the DOT passes Graphviz on its own
dot -Tsvg "$tmp/net.dot" -o "$tmp/dot.svg" 2>"$out_err" || fail "dot -Tsvg rejects net.dot: $(cat "$out_err")"
[ -s "$out_err" ] && fail "dot warned: $(cat "$out_err")"
xmllint --noout "$tmp/dot.svg" || fail "dot's SVG is not XML"

# no Graphviz: a clear message, and the other formats still work
cat >"$tmp/nodot.lua" <<'LUA'
local net = entities.network{center = "China"}
local svg, msg = report.graph(net, {format = "svg", dot = ...})
assert(svg == nil, "an SVG without dot")
print(msg)
assert(report.graph(net):find("^digraph"))
-- a program that fails, one that writes nothing, and a large graph through
-- a stand-in that echoes its input (the pipes carry more than they hold)
local none, why = report.graph(net, {format = "svg", dot = "false"})
assert(none == nil and why:find("false failed"), why)
none, why = report.graph(net, {format = "svg", dot = "true"})
assert(none == nil and why:find("wrote nothing"), why)
local big = {nodes = {}, edges = {}}
for i = 1, 3000 do big.nodes[i] = {name = "Node " .. i .. string.rep("x", 40)} end
for i = 2, 3000 do big.edges[i - 1] = {from = i - 1, to = i} end
local echoed = assert(report.graph(big, {format = "svg", dot = select(2, ...)}))
assert(#echoed > 300000 and echoed == report.graph(big))
LUA
printf '#!/bin/sh\nexec cat\n' >"$tmp/echo-dot"
chmod +x "$tmp/echo-dot"
run "$DOSSIER" -d "$db" "$tmp/nodot.lua" "$tmp/no-such-dot" "$tmp/echo-dot"
expect_status 0
expect_out_match "Graphviz.*apt-get install graphviz.*format=\"dot\""
finish
