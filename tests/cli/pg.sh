#!/usr/bin/env bash
# The PostgreSQL backend against a throwaway server (scripts/pg-cluster,
# started and stopped here; as root the server runs as an unprivileged
# user): every Lua test of tests/lua runs on a postgresql:// corpus of its
# own (the seed bars among them: segmentation, the 13 people, the 8
# actions of the month), but those whose first comment says
# "postgresql: skip: <why>"; the examples give on the seed what they give
# on SQLite; the answers of search, entities, actions, series and networks
# (tests/cli/pg_results.lua) are the same on both engines for the seed and
# a 300-story slice of Reuters-21578 (when ../shared/data is there);
# dossier copy moves a corpus between the backends; two ingests of the
# same files at once store what one stores; an ingest killed with -9
# leaves only whole inputs, and ingesting again completes the corpus.
# Exits 77 (skip) without PostgreSQL's server programs.
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

# -- every Lua test on a corpus of its own (fuzz_queries with fewer rounds)
for f in tests/lua/*.lua; do
  t=$(basename "$f" .lua)
  why=$(awk '/^-- postgresql: skip:/ { on = 1 } on && /^--/ { print; next } on { exit }' "$f" |
        sed 's/^-- *//; s/^postgresql: skip: *//' | tr '\n' ' ')
  if [ -n "$why" ]; then
    echo "not on PostgreSQL: $t: $why"
    continue
  fi
  uri=$(newdb "lua_$t") || { fail "createdb $t"; continue; }
  DOSSIER_FUZZ_N=300 run "$DOSSIER" -d "$uri" "$f"
  [ "$status" -eq 77 ] && { echo "skipped: $t: $(tail -1 "$out_err")"; continue; }
  [ "$status" -eq 0 ] || fail "tests/lua/$t.lua on PostgreSQL: status $status"
done

# -- the examples and the query modules give on a server what they give
# on SQLite: the seed, and a slice of Reuters when the data is there
same() {                        # same LABEL SQLITE URI ARGS...
  local label=$1 db=$2 uri=$3
  shift 3
  "$DOSSIER" -d "$db" "$@" >"$tmp/same.sqlite" 2>&1
  local a=$?
  "$DOSSIER" -d "$uri" "$@" >"$tmp/same.pg" 2>&1
  local b=$?
  if [ $a -ne 0 ] || [ $b -ne 0 ] || ! cmp -s "$tmp/same.sqlite" "$tmp/same.pg"; then
    fail "$label: SQLite (status $a) and PostgreSQL (status $b) differ: $(diff "$tmp/same.sqlite" "$tmp/same.pg" | head -20)"
  fi
}
seed_pg=$(newdb seed)
run "$DOSSIER" -d "$tmp/seed.db" ingest -q seeds
expect_status 0
run "$DOSSIER" -d "$seed_pg" ingest -q seeds
expect_status 0
for args in "examples/actions_last_month.lua" \
            "examples/actions_last_month.lua --format csv --all" \
            "examples/actions_last_month.lua --format html" \
            "examples/top_entities.lua all" "examples/top_entities.lua 2024 person 5" \
            "examples/cooccurrence.lua" "examples/cooccurrence.lua China - 10 article" \
            "examples/network.lua China all" "examples/timeline.lua China all" \
            "examples/compare_months.lua --by week China Russia"; do
  # shellcheck disable=SC2086
  same "$args" "$tmp/seed.db" "$seed_pg" --as-of 2024-04-23 $args
done
same "the seed's answers" "$tmp/seed.db" "$seed_pg" tests/cli/pg_results.lua
reuters=${DOSSIER_DATA:-../shared/data}/reuters21578/reut2-000.sgm.gz
if [ -f "$reuters" ]; then
  mkdir -p "$tmp/reuters"
  zcat "$reuters" | awk '{ print } /<\/REUTERS>/ { if (++n >= 300) exit }' \
    > "$tmp/reuters/reut2-000.sgm"
  reuters_pg=$(newdb reuters)
  run "$DOSSIER" -d "$tmp/reuters.db" examples/import_reuters.lua "$tmp/reuters"
  expect_status 0; expect_out_match ' 299 added'
  run "$DOSSIER" -d "$reuters_pg" examples/import_reuters.lua "$tmp/reuters"
  expect_status 0; expect_out_match ' 299 added'
  same "the Reuters slice's answers" "$tmp/reuters.db" "$reuters_pg" tests/cli/pg_results.lua
  same "the Reuters slice's events" "$tmp/reuters.db" "$reuters_pg" --as-of 1987-03-31 \
    examples/actions_last_month.lua --format csv
else
  echo "skipped: the Reuters slice: no $reuters"
fi

# -- short names ("Mr. Smith") resolved inside one batch as on SQLite: to
# the person named most so far, the first made on a tie, a person made
# later in the batch once named; entity_counts holds each entity's
# mentions through a merge and a delete
cat > "$tmp/shorts.jsonl" <<'EOF'
{"title": "A1", "published": "2023-05-01", "body": "John Smith, the finance minister, spoke in Paris on Monday. John Smith said the talks went well."}
{"title": "A2", "published": "2023-05-02", "body": "Mary Smith visited Berlin on Tuesday. Mary Smith met officials there. Mary Smith left on Wednesday."}
{"title": "A3", "published": "2023-05-03", "body": "Prices rose sharply, Mr. Smith said on Wednesday in London."}
{"title": "A4", "published": "2023-05-04", "body": "Peter Jones arrived in Rome on Thursday. Peter Jones spoke to reporters."}
{"title": "A5", "published": "2023-05-05", "body": "Paul Jones arrived in Madrid on Friday. Paul Jones spoke to reporters."}
{"title": "A6", "published": "2023-05-06", "body": "Mr. Jones declined to comment on the report on Saturday."}
{"title": "A7", "published": "2023-05-07", "body": "Mr. Brown said on Sunday that the plan would fail."}
{"title": "A8", "published": "2023-05-08", "body": "Anna Brown visited Vienna on Monday. Anna Brown met the mayor."}
{"title": "A9", "published": "2023-05-09", "body": "Mr. Brown said on Tuesday that the plan had failed."}
{"title": "A10", "published": "2023-05-10", "body": "Ms. Smith and Mr. Jones met Mr. Brown in Oslo on Wednesday."}
EOF
shorts_pg=$(newdb shorts)
run "$DOSSIER" -d "$tmp/shorts.db" ingest -q "$tmp/shorts.jsonl"
expect_status 0
run "$DOSSIER" -d "$shorts_pg" ingest -q "$tmp/shorts.jsonl"
expect_status 0
whom='for _, r in ipairs(dossier.sql("SELECT a.title AS t, m.start AS s, e.name AS n, e.id AS i FROM mentions m JOIN entities e ON e.id = m.entity JOIN articles a ON a.id = m.article WHERE e.type = '"'person'"' ORDER BY a.id, m.start")) do print(r.t, r.s, r.n, r.i) end'
same "short names resolved" "$tmp/shorts.db" "$shorts_pg" -e "$whom"
run "$DOSSIER" -d "$shorts_pg" -e "$whom"
expect_out_match 'A3	25	Mary Smith'; expect_out_match 'A6	4	Peter Jones'
expect_out_match 'A9	4	Anna Brown'
drift='print(dossier.sql("SELECT count(*) AS n FROM (SELECT entity, count(*) AS c FROM mentions GROUP BY entity) m FULL JOIN entity_counts e USING (entity) WHERE coalesce(m.c, 0) <> coalesce(e.mentions, 0)")[1].n)'
run "$DOSSIER" -d "$shorts_pg" -e "$drift"
expect_status 0; expect_out "0"
run "$DOSSIER" -d "$shorts_pg" -e 'entities.merge("Peter Jones", "Paul Jones") articles.delete(2)'
expect_status 0
run "$DOSSIER" -d "$shorts_pg" -e "$drift"
expect_status 0; expect_out "0"

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
