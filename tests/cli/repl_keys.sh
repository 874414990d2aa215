#!/usr/bin/env bash
# The shell on a terminal (a pseudo-terminal made by script(1)), for what
# only a terminal shows: keys typed after Ctrl-C at the prompt are kept, a
# multi-line statement comes back whole after a restart, long output goes
# through $PAGER, Tab completes dot-commands and option names, init.lua
# runs, a new corpus is named as such.
set -u
. "$(dirname "$0")/lib.bash"
: > "$out_err"
command -v script >/dev/null || { echo "script(1) not available"; exit 77; }
export DOSSIER_HISTORY=$tmp/history
db=$tmp/k.db
printf 'articles.add{title="One", body="Sanctions bite.", published="2024-01-02"}\narticles.add{title="Two", body="Sanctions hold.", published="2024-01-03"}\n' |
  "$DOSSIER" -d "$db" > /dev/null || fail "seed failed"
strip() { sed -E 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | tr -d '\r'; }
# session KEYS-FUNCTION [ENV...]: run the shell on a 10-row terminal
session() {
  local keys=$1; shift
  $keys | env "$@" script -qfec "stty rows 10 cols 100; $DOSSIER -d $db" /dev/null 2>&1 |
    strip > "$tmp/screen"
}

# Ctrl-C at the prompt drops the line and keeps the keys typed next; after
# an interrupted loop of queries the prompt shows once and print arrives whole
k1() {
  sleep 0.5; printf 'abc'; sleep 0.3; printf '\003'; sleep 0.3; printf '1+20\r'
  sleep 0.3; printf 'while true do for r in search.each("sanctions") do end end\r'
  sleep 1.0; printf '\003'; sleep 0.5; printf 'print("after")\r'
  sleep 0.3; printf 'for i = 1, 2 do\r'; sleep 0.2; printf '  print(i * 10)\r'
  sleep 0.2; printf 'end\r'; sleep 0.4; printf '\004'
}
session k1
grep -q '^21$' "$tmp/screen" || fail "1+20 after Ctrl-C did not give 21: $(cat "$tmp/screen")"
grep -q 'unexpected symbol' "$tmp/screen" && fail "keys after Ctrl-C were lost: $(cat "$tmp/screen")"
grep -q 'interrupted' "$tmp/screen" || fail "the loop was not interrupted"
grep -q '^after$' "$tmp/screen" || fail "print after an interrupted loop lost keys"
[ "$(grep -c 'dossier> dossier> ' "$tmp/screen")" -eq 0 ] || fail "the prompt printed twice"

# the multi-line statement comes back whole from the history file
k2() { sleep 0.5; printf '\033[A\r'; sleep 0.5; printf '\004'; }
session k2
grep -q '^10$' "$tmp/screen" && grep -q '^20$' "$tmp/screen" ||
  fail "the multi-line statement did not come back whole: $(cat "$tmp/screen")"

# long output through the pager, short output not
k3() {
  sleep 0.5; printf 'dossier.sql("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 30) SELECT n FROM c")\r'
  sleep 0.5; printf '"short"\r'; sleep 0.3; printf '\004'
}
session k3 PAGER="sed s/^/PAGED:/"
grep -q '^PAGED: *30$' "$tmp/screen" || fail "long output did not go through the pager: $(head -c 300 "$tmp/screen")"
grep -q '^short$' "$tmp/screen" || fail "short output was paged"
# no pager: the list is cut, the hint names _
k4() {
  sleep 0.5; printf 'dossier.sql("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 50) SELECT n FROM c")\r'
  sleep 0.5; printf '#_\r'; sleep 0.3; printf '\004'
}
session k4 PAGER=
grep -q '50 rows in all; showing 40 (io.write(report.table(_))' "$tmp/screen" || fail "no hint for a cut list"
grep -q '^50$' "$tmp/screen" || fail "_ does not hold the list"

# Tab completes dot-commands and the option names of the call being typed
k5() {
  sleep 0.5; printf '.tim\ton\r'; sleep 0.3
  printf 'articles.list{ord\t= "newest", lim\t= 1}\r'; sleep 0.5; printf '\004'
}
session k5
grep -q '^Run Time: real' "$tmp/screen" || fail ".tim<TAB> did not complete .timer"
grep -q 'articles.list{order = "newest", limit = 1}' "$tmp/screen" || fail "option names not completed"
grep -Eq '^ *2 +article +2024-01-03 +Two' "$tmp/screen" || fail "the completed call did not run"

# init.lua runs for the shell; a -d path that did not exist is said to be new
printf 'print("init ran")\n' > "$tmp/init.lua"
k6() { sleep 0.5; printf '\004'; }
k6 | DOSSIER_INIT=$tmp/init.lua script -qfec "$DOSSIER -d $tmp/new.db" /dev/null 2>&1 | strip > "$tmp/screen"
grep -q '^init ran$' "$tmp/screen" || fail "init.lua did not run in the shell"
grep -q 'new.db did not exist: this is a new, empty corpus' "$tmp/screen" || fail "a new corpus was not named"

# dossier ingest draws a progress line on a terminal (piped: none, ingest.sh)
script -qfec "$DOSSIER -d $tmp/p.db ingest $DOSSIER_SRC/seeds" /dev/null < /dev/null > "$tmp/raw" 2>&1
grep -aEq '[0-9]+ files?, [0-9]+ articles, [0-9.]+ MB/s' "$tmp/raw" || fail "no ingest progress line on a terminal"
strip < "$tmp/raw" | grep -q 'ingested 1 file' || fail "no ingest summary on a terminal"

# dossier.progress draws on a terminal only (piped: nothing, see shell.sh)
script -qfec "$DOSSIER -d :memory: -e 'dossier.progress(1, 10, \"files\")'" /dev/null < /dev/null 2>&1 |
  strip > "$tmp/screen"
grep -q '1 of 10 (10%).* files' "$tmp/screen" || fail "no progress line on a terminal: $(cat "$tmp/screen")"
finish
