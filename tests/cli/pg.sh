#!/usr/bin/env bash
# The PostgreSQL backend against a throwaway server (scripts/pg-cluster,
# started and stopped here; as root the server runs as an unprivileged
# user): Lua tests that also run on SQLite pass on a postgresql:// corpus
# (the seed bars: segmentation, the 13 people, the 8 actions of the
# month); dossier copy moves a corpus between the backends; two ingests
# of the same files at once store what one stores;
# an ingest killed with -9 leaves only whole inputs, and ingesting again
# completes the corpus. Exits 77 (skip) without PostgreSQL's server
# programs.
set -u
. "$(dirname "$0")/lib.bash"
cluster=$DOSSIER_SRC/scripts/pg-cluster
pgout=$("$cluster" start 1 2>"$tmp/pgstart.err")
rc=$?
[ $rc -eq 77 ] && { echo "skip: no PostgreSQL server programs"; exit 77; }
[ $rc -eq 0 ] || { cat "$tmp/pgstart.err" >&2; echo "FAIL: pg-cluster start"; exit 1; }
pgdir=$(echo "$pgout" | head -1)
trap '"$cluster" stop "$pgdir"; rm -rf "$tmp"' EXIT
newdb() { "$cluster" createdb "$pgdir" "$1" 2>>"$out_err"; }

cd "$DOSSIER_SRC"
# -- a server that is not there: one line, status 1
run "$DOSSIER" -d "postgresql://dossier@127.0.0.1:1/none" -e 1
expect_status 1; expect_err_match '^dossier: cannot connect: .*refused'
[ "$(wc -l < "$out_err")" -eq 1 ] || fail "the message is not one line"

# -- Lua tests written for both backends
for t in seed_bars basics entities_seed query_periods entities_fuzz close_midcall; do
  uri=$(newdb "lua_$t") || { fail "createdb $t"; continue; }
  run "$DOSSIER" -d "$uri" "tests/lua/$t.lua"
  [ "$status" -eq 0 ] || fail "tests/lua/$t.lua on PostgreSQL: status $status"
done

# -- the URI from the environment, and the shell's answers
uri=$(newdb env_uri)
DOSSIER_DB=$uri run "$DOSSIER" ingest -q seeds/000_c242e1e204255b49.txt
expect_status 0
DOSSIER_DB=$uri run "$DOSSIER" -e 'print(articles.count{})'
expect_status 0; expect_out "6"
# dossier.open with the same URI from Lua
U=$uri run "$DOSSIER" -d :memory: -e 'local d = assert(dossier.open(os.getenv("U"))) print(d.articles.count{})'
expect_status 0; expect_out "6"
# user SQL stays read-only on the server too
run "$DOSSIER" -d "$uri" -e 'print(dossier.sql("DELETE FROM articles"))'
[ "$status" -ne 0 ] || fail "a DELETE through dossier.sql ran"
run "$DOSSIER" -d "$uri" -e 'print(articles.count{})'
expect_out "6"

# -- a corpus of several inputs (dated over a year, many names)
mkdir -p "$tmp/corpus"
awk 'BEGIN {
  split("Joe Biden|Xi Jinping|Vladimir Putin|Emmanuel Macron|Olaf Scholz|Narendra Modi", p, "|");
  split("Russia|China|Japan|France|Egypt|India|Brazil|Germany", c, "|");
  split("criticized|met|accused|praised|sanctioned|visited", v, "|");
  seed = 11;
  for (f = 1; f <= 8; f++) {
    file = sprintf("'"$tmp"'/corpus/part%d.jsonl", f);
    for (i = 1; i <= 40; i++) {
      body = "";
      for (j = 0; j < 4; j++) {
        seed = (seed * 1103515245 + 12345) % 2147483648; a = int(seed / 65536) % 6 + 1;
        seed = (seed * 1103515245 + 12345) % 2147483648; b = int(seed / 65536) % 6 + 1;
        seed = (seed * 1103515245 + 12345) % 2147483648; k = int(seed / 65536) % 8 + 1;
        body = body p[a] " " v[b] " " c[k] " on Tuesday. ";
      }
      body = body "Official number " f "-" i " spoke in " c[(i % 8) + 1] ".";
      printf "{\"title\": \"Report %d-%d\", \"published\": \"2023-%02d-%02d\", \"body\": \"%s\"}\n",
        f, i, (i % 12) + 1, (i % 27) + 1, body > file;
    }
  }
}'
counts() {
  "$DOSSIER" -d "$1" -e '
    local function n(q) return dossier.sql(q)[1].n end
    print(n("SELECT count(*) AS n FROM articles"), n("SELECT count(*) AS n FROM sentences"),
          n("SELECT count(*) AS n FROM mentions"), n("SELECT count(*) AS n FROM actions"),
          n("SELECT count(*) AS n FROM entities"),
          n("SELECT coalesce(sum(mentions), 0) + coalesce(sum(articles), 0) AS n FROM entity_months"),
          n("SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article = a.id)"))'
}
one=$(newdb one)
run "$DOSSIER" -d "$one" ingest -q "$tmp/corpus"
expect_status 0
want=$(counts "$one")
case $want in 320[[:space:]]*) ;; *) fail "one ingest: counts $want";; esac
# the same corpus on SQLite gives the same counts
run "$DOSSIER" -d "$tmp/one.db" ingest -q "$tmp/corpus"
[ "$(counts "$tmp/one.db")" = "$want" ] || fail "SQLite counts $(counts "$tmp/one.db"), PostgreSQL $want"

# -- dossier copy, SQLite to PostgreSQL and back: the same corpus
copied=$(newdb copied)
run "$DOSSIER" copy "$tmp/one.db" "$copied"
expect_status 0
[ "$(counts "$copied")" = "$want" ] || fail "copy to PostgreSQL: $(counts "$copied"), want $want"
run "$DOSSIER" copy "$one" "$tmp/back.db"
expect_status 0
[ "$(counts "$tmp/back.db")" = "$want" ] || fail "copy to SQLite: $(counts "$tmp/back.db"), want $want"
run "$DOSSIER" copy "$one" "$tmp/back.db"           # again: nothing twice
expect_status 0
[ "$(counts "$tmp/back.db")" = "$want" ] || fail "copy again: $(counts "$tmp/back.db")"
run "$DOSSIER" copy "$tmp/one.db"
expect_status 2

# -- two ingests at once into one corpus
two=$(newdb two)
"$DOSSIER" -d "$two" ingest -q "$tmp/corpus" 2>"$tmp/a.err" & a=$!
"$DOSSIER" -d "$two" ingest -q "$tmp/corpus" 2>"$tmp/b.err" & b=$!
wait $a; sa=$?; wait $b; sb=$?
[ $sa -eq 0 ] && [ $sb -eq 0 ] || fail "concurrent ingests: status $sa $sb: $(cat "$tmp/a.err" "$tmp/b.err")"
got=$(counts "$two")
[ "$got" = "$want" ] || fail "two ingests at once: $got, one: $want"

# -- kill -9 mid-way: only whole inputs stay, a second run completes it
killed=$(newdb killed)
"$DOSSIER" -d "$killed" ingest -q "$tmp/corpus" 2>/dev/null & k=$!
for _ in $(seq 1 100); do
  n=$("$DOSSIER" -d "$killed" -e 'print(articles.count{})' 2>/dev/null)
  [ "${n:-0}" -gt 0 ] 2>/dev/null && break
  sleep 0.05
done
kill -9 $k 2>/dev/null; wait $k 2>/dev/null
part=$(counts "$killed")
set -- $part
[ $(( $1 % 40 )) -eq 0 ] || fail "after kill -9: $1 articles, not whole inputs of 40"
[ "$7" = "0" ] || fail "after kill -9: $7 articles without their analysis"
run "$DOSSIER" -d "$killed" ingest -q "$tmp/corpus"
expect_status 0
[ "$(counts "$killed")" = "$want" ] || fail "after kill -9 and again: $(counts "$killed"), want $want"
finish
