# report.html opened in a real browser: headless Chromium renders the page
# of a small corpus (a chart, a network, a timeline, a table) to a PNG of
# the window's size, and logs no console message. A page with a script
# error shows that the console check can fail. Skips (77) when chromium is
# not installed (scripts/setup installs it).
. "$(dirname "$0")/lib.bash"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "skip: chromium is not installed"; exit 77; }
db=$tmp/h.db
cat >"$tmp/page.lua" <<'LUA'
local file = ...
local bodies = {
  "China warned Japan over the islands. Chinese President Xi Jinping met Vladimir Putin in Moscow.",
  "Russia and China signed a trade deal. Japan criticized China.",
  "The United States sanctioned Russia. Putin condemned Washington.",
}
local t = os.time{year = 2024, month = 3, day = 1, hour = 12}
for i = 1, 30 do
  t = t + 2 * 86400
  articles.add{title = "Story " .. i, published = os.date("!%Y-%m-%d", t),
               body = bodies[i % 3 + 1] .. " Report " .. i .. "."}
end
local ev = actions.query{limit = 15}
assert(report.html{title = "China, March and April 2024", file = file, sections = {
  {title = "Summary", text = "Mentions per week, the network around China and its actions."},
  {title = "Mentions per week", chart = {entities.series{entity = "China", by = "week"},
                                         entities.series{entity = "Russia", by = "week"}}},
  {title = "Network", graph = entities.network{center = "China"}},
  {title = "Timeline", timeline = ev},
  {title = "Actions", table = ev, columns = {"date", "actor", "verb", "target", "text"}},
}})
LUA
run "$DOSSIER" -d "$db" "$tmp/page.lua" "$tmp/report.html"
expect_status 0
# self-contained: no scripts, no fetched resources
grep -Eq '<script|src=|@import|url\(|<link rel="stylesheet' "$tmp/report.html" &&
  fail "the page fetches or runs something"
[ "$(grep -c '<svg' "$tmp/report.html")" -ge 3 ] || fail "fewer than three inline pictures"

# shot FILE.html PNG: headless Chromium, 1000x1600 window; log in $tmp/PNG.log
shot() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --no-first-run --user-data-dir="$tmp/profile" --window-size=1000,1600 \
    --enable-logging=stderr --v=0 --screenshot="$tmp/$2" "file://$1" \
    >"$tmp/$2.log" 2>&1 </dev/null
}
# the PNG's signature, width and height (IHDR), as hex
png_head() { od -An -tx1 -N24 "$1" | tr -d ' \n'; }

shot "$tmp/report.html" report.png || fail "chromium failed: $(tail -3 "$tmp/report.png.log")"
[ -f "$tmp/report.png" ] || fail "no screenshot"
head=$(png_head "$tmp/report.png")
[ "${head:0:16}" = 89504e470d0a1a0a ] || fail "not a PNG"
[ "${head:32:16}" = 000003e800000640 ] || fail "PNG is not 1000x1600 (IHDR ${head:32:16})"
size=$(stat -c %s "$tmp/report.png")
# a blank page of this size compresses to about 9 kB; ours holds pictures
[ "$size" -gt 40000 ] || fail "screenshot of $size bytes looks empty"
grep -E ':CONSOLE|Uncaught' "$tmp/report.png.log" && fail "console messages"

# the console check catches a broken page
printf '<!DOCTYPE html><p>x</p><script>undefinedFunction()</script>\n' >"$tmp/bad.html"
shot "$tmp/bad.html" bad.png
grep -q 'Uncaught ReferenceError' "$tmp/bad.png.log" || fail "a script error went unseen"
finish
