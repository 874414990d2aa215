#!/usr/bin/env bash
# The shell's conventions from sqlite3, psql and lua5.4, through piped
# input and -e: help from the one table, unknown options refused, dot-
# commands (.mode line, .headers, .output, .once, .timer, .tables, .read
# with arguments), how values print, the init file, the command line.
set -u
. "$(dirname "$0")/lib.bash"
db=$tmp/s.db
seed='articles.add{title="Talks in Geneva", body="First paragraph of the story.\n\nSecond paragraph.", published="2024-04-02"}
articles.add{title="Second", body="More text.", published="2024-04-03"}
'
run_stdin "$seed" "$DOSSIER" -d "$db"; expect_status 0

# -- help covers every function of every module, from one table
run "$DOSSIER" -d "$db" -e 'for _, m in ipairs{"articles", "search", "entities", "actions", "report"} do
    for name, f in pairs(_G[m]) do
      if type(f) == "function" and not help(f):find(m .. "." .. name, 1, true) then
        error("no help for " .. m .. "." .. name) end end end
  for _, name in ipairs{"version", "asof", "date", "sql", "open", "readfile", "help", "progress"} do
    assert(help(dossier[name]):find("dossier." .. name, 1, true), name) end'
expect_status 0
run "$DOSSIER" -d "$db" -e 'help(articles.list)'
expect_status 0; expect_out_match '^articles.list\{'; expect_out_match '^  limit +integer'
expect_out_match '^example:'
run_stdin '.help entities.top
' "$DOSSIER" -d "$db"
expect_status 0; expect_out_match '^  type +string'
run_stdin '.help .mode
' "$DOSSIER" -d "$db"
expect_status 0; expect_out_match '^\.mode'
run "$DOSSIER" -d "$db" -e 'help()'
expect_status 0; expect_out_match '^  actions.lemma'

# -- unknown option keys are errors naming the valid keys; near names suggested
run "$DOSSIER" -d "$db" -e 'entities.top{typ="person"}'
expect_status 1; expect_err_match "unknown option 'typ' for entities.top; did you mean 'type'\? valid options: type, kind, limit"
run "$DOSSIER" -d "$db" -e 'search.query("talks", {limt = 3})'
expect_status 1; expect_err_match "unknown option 'limt'.*did you mean 'limit'"
run "$DOSSIER" -d "$db" -e 'articles.list{"newest"}'
expect_status 1; expect_err_match "options are name = value pairs"
run "$DOSSIER" -d "$db" -e 'report.table(articles.list{}, {colums = {"id"}})'
expect_status 1; expect_err_match "did you mean 'columns'"
run "$DOSSIER" -d "$db" -e 'articles.lst{}'
expect_status 1; expect_err_match "articles has no function 'lst'; did you mean articles.list\?"
run "$DOSSIER" -d "$db" -e 'entities.xyzzy()'
expect_status 1; expect_err_match "entities has no function 'xyzzy' \(help\(entities\) lists them\)"
run "$DOSSIER" -d "$db" -e 'articles.count{since = "2024-04-03"}'
expect_status 0; expect_out 1

# -- io.write returns its file: not printed after the text
run "$DOSSIER" -d "$db" -e 'io.write("hi\n")'
expect_status 0; expect_out "hi"
run "$DOSSIER" -d "$db" -e 'io.stdout:write("a", "b\n")' -e 'io.stderr:write("")'
expect_status 0; expect_out "ab"

# -- a record prints as a block, fields in a readable order, the body whole
run "$DOSSIER" -d "$db" -e 'articles.get(1)'
expect_status 0
expect_out_match '^ +id = 1$'; expect_out_match '^ +title = Talks in Geneva$'
expect_out_match '^ +body = First paragraph of the story\.$'; expect_out_match '^ +Second paragraph\.$'
[ "$(grep -n ' id = ' "$out_file" | cut -d: -f1)" -lt "$(grep -n ' title = ' "$out_file" | cut -d: -f1)" ] ||
  fail "id does not come before title"

# -- .mode line: one record per block, a blank line between
run_stdin '.mode line
articles.list{}
' "$DOSSIER" -d "$db"
expect_status 0
[ "$(grep -c '^ *title = ' "$out_file")" -eq 2 ] || fail ".mode line: not one block per record"
[ "$(grep -c '^$' "$out_file")" -eq 1 ] || fail ".mode line: blocks not separated by one blank line"

# -- nested tables print whole, beyond depth 2; cycles are named
run "$DOSSIER" -d "$db" -e 'x = {1, {2, {3, {4, {5, {6}}}}}, a = {b = {c = {d = "deep"}}}}' -e 'x'
expect_status 0; expect_out '{1, {2, {3, {4, {5, {6}}}}}, a = {b = {c = {d = "deep"}}}}'
run "$DOSSIER" -d "$db" -e 't = {"t"}; t[2] = t' -e 't'
expect_status 0; expect_out '{"t", <cycle>}'

# -- numbers right-aligned, text left
run "$DOSSIER" -d "$db" -e 'dossier.sql("SELECT 5 AS n, \"x\" AS s UNION ALL SELECT 123, \"yy\"")'
expect_status 0; expect_out_match '^  5  x +$|^  5  x$'; expect_out_match '^123  yy$'

# -- .headers, .output, .once, .timer, .tables
run_stdin '.headers off
.mode csv
articles.list{}
' "$DOSSIER" -d "$db"
expect_status 0; [ "$(grep -c 'Talks in Geneva' "$out_file")" -eq 1 ] || fail "csv rows missing"
grep -q '^id,' "$out_file" && fail ".headers off still prints the header"
run_stdin ".output $tmp/all.txt
articles.count()
print('printed')
.output
'after'
.once $tmp/once.txt
1 + 1
'screen'
" "$DOSSIER" -d "$db"
expect_status 0; expect_out "$(printf 'after\nscreen')"
[ "$(cat "$tmp/all.txt")" = "$(printf '2\nprinted')" ] || fail ".output file holds: $(cat "$tmp/all.txt")"
[ "$(cat "$tmp/once.txt")" = "2" ] || fail ".once file holds: $(cat "$tmp/once.txt")"
run_stdin '.timer on
1 + 1
' "$DOSSIER" -d "$db"
expect_status 0; expect_out 2; expect_err_match '^Run Time: real [0-9.]+ user [0-9.]+ sys [0-9.]+$'
run_stdin '.tables
' "$DOSSIER" -d "$db"
expect_status 0; expect_out_match '(^| )articles( |$)'
grep -q 'fts_' "$out_file" && fail ".tables lists FTS5 shadow tables"

# -- .read FILE ARGS...: arguments in ... and arg, arg restored after
printf 'local a, b = ...\nprint(a, b, arg[0], arg[2], #arg)\nreturn "done"\n' > "$tmp/args.lua"
run_stdin ".read $tmp/args.lua one \"two words\"
arg[2] == '$db'
" "$DOSSIER" -d "$db"
expect_status 0
expect_out "$(printf 'one\ttwo words\t%s\ttwo words\t2\ndone\ntrue' "$tmp/args.lua")"

# -- long lists: the hint names _, which holds the last value
run "$DOSSIER" -d "$db" -e 'articles.list{}' -e '#_'
expect_status 0; expect_out_match '^2$'

# -- init.lua runs for the shell only; not for scripts, -e or pipes
printf 'print("init ran")\n' > "$tmp/init.lua"
export DOSSIER_INIT=$tmp/init.lua
run_stdin '1' "$DOSSIER" -d "$db"; expect_out 1
run "$DOSSIER" -d "$db" -e 1; expect_out 1
printf 'print(2)\n' > "$tmp/two.lua"
run "$DOSSIER" -d "$db" "$tmp/two.lua"; expect_out 2
export DOSSIER_INIT=

# -- examples/top_entities.lua on the seed corpus, without --as-of: the
# period counts back from the newest article when today's has none
"$DOSSIER" -d "$tmp/seed.db" ingest --quiet "$DOSSIER_SRC/seeds" || fail "seed ingest failed"
run "$DOSSIER" -d "$tmp/seed.db" "$DOSSIER_SRC/examples/top_entities.lua" "1 month" person
expect_status 0; expect_out_match '^ +1  [A-Z]'; expect_err_match 'counting back from the newest article'
grep -q '(none)' "$out_file" && fail "top_entities found no one on the seed corpus"

# -- dossier.progress: nothing when stderr is not a terminal
run "$DOSSIER" -d "$db" -e 'for i = 1, 3 do dossier.progress(i, 3, "files") end dossier.progress()'
expect_status 0; [ -s "$out_err" ] && fail "progress drawn on a pipe: $(cat "$out_err")"

# -- the command line: getopt_long's conventions, ingest --help, --quiet
run "$DOSSIER" --db="$db" --as-of=2024-04-03 -e 'dossier.asof()'
expect_status 0; expect_out 2024-04-03
run "$DOSSIER" -d "$db" -- "$tmp/two.lua"
expect_status 0; expect_out 2
printf 'print(select("#", ...), ...)\n' > "$tmp/opts.lua"
run "$DOSSIER" -d "$db" "$tmp/opts.lua" -e x --flag
expect_status 0; expect_out "$(printf '3\t-e\tx\t--flag')"
run "$DOSSIER" -d "$db" ingest --help
expect_status 0; expect_out_match '^usage: dossier \[-d DB\] ingest'; expect_out_match '--quiet'
run "$DOSSIER" -d "$db" ingest --format
expect_status 2; expect_err_match 'needs a value'
printf 'Quiet page\n\nSome text for the quiet ingest.\n' > "$tmp/page.txt"
run "$DOSSIER" -d "$tmp/q.db" ingest --quiet --date=2024-01-01 "$tmp/page.txt"
expect_status 0; [ -s "$out_err" ] && fail "--quiet printed: $(cat "$out_err")"
run "$DOSSIER" -d "$tmp/q2.db" ingest "$tmp/page.txt" --date 2024-01-01
expect_status 0; expect_err_match '^ingested 1 file: 1 article added'
finish
