#!/usr/bin/env bash
# The command line: exit status, messages on stderr, values on stdout,
# piped input read statement by statement, bad databases and scripts.
set -u
. "$(dirname "$0")/lib.bash"

db=$tmp/c.db

run "$DOSSIER" -d "$db" -e '1+1'
expect_status 0; expect_out "2"

run "$DOSSIER" --version
expect_status 0; expect_out_match '^dossier [0-9]+\.[0-9]+\.[0-9]+'

run "$DOSSIER" --help
expect_status 0; expect_out_match 'usage: dossier'

run "$DOSSIER" --bogus
expect_status 2; expect_err_match 'unknown option --bogus'

run "$DOSSIER" -d
expect_status 2; expect_err_match '-d needs a value'

run "$DOSSIER" -d /no/such/dir/x.db -e 1
expect_status 1; expect_err_match '^dossier: cannot open /no/such/dir/x.db'

head -c 20000 /dev/urandom > "$tmp/random.db"
cp "$tmp/random.db" "$tmp/random.copy"
run "$DOSSIER" -d "$tmp/random.db" -e 1
expect_status 1; expect_err_match 'not a database'
cmp -s "$tmp/random.db" "$tmp/random.copy" || fail "a corrupt file was modified"

printf 'local x = = 1\n' > "$tmp/syntax.lua"
run "$DOSSIER" -d "$db" "$tmp/syntax.lua"
expect_status 1; expect_err_match 'syntax.lua:1: unexpected symbol'
[ "$(wc -l < "$out_err")" -eq 1 ] || fail "syntax error message is not one line"

printf 'print("before")\nerror("x")\n' > "$tmp/error.lua"
run "$DOSSIER" -d "$db" "$tmp/error.lua"
expect_status 1; expect_out "before"; expect_err_match 'error.lua:2: x$'

run "$DOSSIER" -d "$db" "$tmp/missing.lua"
expect_status 1; expect_err_match 'missing.lua'

# arguments reach the script as arg[] and ...
printf 'print(arg[0], arg[1], arg[2], select("#", ...))\n' > "$tmp/args.lua"
run "$DOSSIER" -d "$db" "$tmp/args.lua" one two
expect_status 0; expect_out "$(printf '%s\tone\ttwo\t2' "$tmp/args.lua")"

# a script from stdin with -
run_stdin 'print(6*7)' "$DOSSIER" -d "$db" -
expect_status 0; expect_out "42"

# piped statements: values print, multi-line statements, first error stops
run_stdin $'x = 10\nx * 2\nfor i = 1, 2 do\n  print(i)\nend\n\nerror("stop")\nprint("after")\n' "$DOSSIER" -d "$db"
expect_status 1
expect_out $'20\n1\n2'
expect_err_match '^stdin:7: stop'

# records print as an aligned table; dot-commands work from a pipe too
run_stdin $'articles.add{title="Alpha", body="b", published="2024-01-02"}\narticles.list{}\n.mode csv\narticles.list{}\n' "$DOSSIER" -d "$db"
expect_status 0
expect_out_match 'id  kind     published   title'
expect_out_match '^1,article,2024-01-02,Alpha'

run_stdin $'.nonsense\n' "$DOSSIER" -d "$db"
expect_status 1; expect_err_match 'unknown command .nonsense'

# -e errors report the chunk and line
run "$DOSSIER" -d "$db" -e 'error("bad")'
expect_status 1; expect_err_match '^\(command line\):1: bad'

# --as-of
run "$DOSSIER" -d "$db" --as-of 2024-04-23 -e 'dossier.asof()'
expect_status 0; expect_out "2024-04-23"
run "$DOSSIER" -d "$db" --as-of latest -e 'dossier.asof()'
expect_status 0; expect_out "2024-01-02"
run "$DOSSIER" -d "$db" --as-of someday -e 1
expect_status 2; expect_err_match 'as-of date'

# $DOSSIER_DB
DOSSIER_DB=$db run "$DOSSIER" -e 'articles.count()'
expect_status 0; expect_out "1"

# several processes opening a new database at once: one creates the schema,
# the others wait and use it
for i in 1 2 3 4; do
  rm -f "$tmp/race.db"*
  for j in 1 2 3; do "$DOSSIER" -d "$tmp/race.db" -e 'articles.count()' >"$tmp/race.$j" 2>&1 & done
  wait
  for j in 1 2 3; do [ "$(cat "$tmp/race.$j")" = "0" ] || fail "concurrent open: $(cat "$tmp/race.$j")"; done
done

# Ctrl-C (SIGINT) stops a running loop: the run ends with "interrupted"
"$DOSSIER" -d "$db" -e 'while true do end' >"$tmp/int.out" 2>"$tmp/int.err" &
pid=$!
sleep 1
kill -INT $pid
wait $pid; st=$?
[ $st -eq 1 ] || fail "interrupted loop exited with $st"
grep -q interrupted "$tmp/int.err" || fail "no 'interrupted' message"

finish
