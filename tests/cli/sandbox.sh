#!/usr/bin/env bash
# dossier --sandbox runs untrusted scripts: it cannot write a file, run a
# program, load C or bytecode, change the corpus, or outrun --timeout and
# --max-memory (which also work without the sandbox); each stop is a clear
# message and exit status 1, and the database stays whole.
set -u
. "$(dirname "$0")/lib.bash"
db="$tmp/c.db"
run "$DOSSIER" -d "$db" -e 'articles.add{title="Talks", body="Envoys met in Doha on Friday."}'
expect_status 0

# what reaches outside is gone
run "$DOSSIER" -d "$db" --sandbox -e 'print(io, os.execute, os.remove, package, require, debug, dofile, loadfile, string.dump, dossier.open, dossier.readfile)'
expect_status 0; expect_out "nil	nil	nil	nil	nil	nil	nil	nil	nil	nil	nil"
# a script file under the sandbox: no file written, no program run
cat > "$tmp/evil.lua" <<LUA
local tried = {}
for _, f in ipairs{
  function() io.open("$tmp/pwned", "w"):write("x") end,
  function() os.execute("touch $tmp/pwned") end,
  function() require("os").execute("touch $tmp/pwned") end,
  function() package.loadlib("libc.so.6", "system") end,
  function() debug.getregistry()._LOADED.io.open("$tmp/pwned", "w") end,
  function() assert(load(string.dump(print))) end,
  function() assert(load("\27Lua\84\0\25\147\13\10\26\10", "x", "b"))() end,
  function() articles.add{title = "x", body = "Officials met."} end,
  function() dossier.sql("PRAGMA query_only = 0") end,
  function() dossier.sql("ATTACH '$tmp/pwned' AS p") end,
  function() assert(report.table({{a = 1}}, {file = "$tmp/pwned"})) end,
  function() assert(report.chart({{start = "2024-01-01", count = 1}}, {file = "$tmp/pwned.svg"})) end,
  function() assert(report.graph({nodes = {{id = 1, name = "a"}}, edges = {}},
                                 {format = "svg", dot = "touch"})) end,
} do tried[#tried + 1] = (pcall(f)) end
print(table.concat((function() local t = {} for i, v in ipairs(tried) do t[i] = tostring(v) end return t end)(), " "))
print(articles.count())
LUA
run "$DOSSIER" -d "$db" --sandbox "$tmp/evil.lua"
expect_status 0
expect_out "false false false false false false false false false false false false false
1"
[ ! -e "$tmp/pwned" ] && [ ! -e "$tmp/pwned.svg" ] || fail "the sandboxed script wrote a file"

# the commands that write refuse under the sandbox
printf 'Ministers met in Cairo on Monday.\n' > "$tmp/new.txt"
run "$DOSSIER" -d "$db" --sandbox ingest --quiet "$tmp/new.txt"
expect_status 1; expect_err_match "read-only"
run "$DOSSIER" -d "$db" --sandbox reanalyze
expect_status 1; expect_err_match "read-only"

# limits, with and without the sandbox
run timeout 30 "$DOSSIER" -d "$db" --sandbox --timeout 0.5 -e 'while true do pcall(function() while true do end end) end'
expect_status 1; expect_err_match "time limit reached.*--timeout"
run timeout 30 "$DOSSIER" -d "$db" --timeout 0.5 -e 'while true do end'
expect_status 1; expect_err_match "time limit reached"
run timeout 30 "$DOSSIER" -d "$db" --sandbox --max-memory 20 -e 'local t = {} for i = 1, 1e9 do t[i] = ("x"):rep(100) .. i end'
expect_status 1; expect_err_match "memory limit reached.*--max-memory"
run timeout 30 "$DOSSIER" -d "$db" --max-memory 20 -e 'local s = "x" while true do s = s .. s end'
expect_status 1; expect_err_match "memory limit reached"
# statements from standard input: each has the whole time limit
run_stdin 'print(articles.count())
while true do end
' timeout 30 "$DOSSIER" -d "$db" --timeout 0.5
expect_err_match "time limit reached"; expect_out_match "^1$"
run "$DOSSIER" -d "$db" --max-memory abc -e 'print(1)'
expect_status 2

# dossier.open(path, {sandbox = true}): read-only, and no file made
run "$DOSSIER" -d :memory: -e "
local c = assert(dossier.open('$db', { sandbox = true }))
print(c.articles.count(), pcall(c.articles.add, { title = 'x', body = 'y z.' }))
print(dossier.open('$tmp/none.db', { sandbox = true }))
local w = assert(dossier.open('$db', { busy_timeout = 100 }))
print(w.articles.add{ title = 'Writable', body = 'Ministers met in Cairo.' } ~= nil)"
expect_status 0
expect_out_match "^1	false	.*read-only"
expect_out_match "none.db: no such corpus"
expect_out_match "^true$"
[ ! -e "$tmp/none.db" ] || fail "a sandboxed open created a file"
run "$DOSSIER" -d "$db" -e 'print(dossier.sql("PRAGMA integrity_check")[1].integrity_check)'
expect_out "ok"
finish
