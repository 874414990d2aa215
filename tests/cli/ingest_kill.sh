#!/usr/bin/env bash
# An ingest killed with SIGKILL in the middle leaves a database that opens,
# passes PRAGMA integrity_check (and the FTS index check), and holds only
# whole inputs: every page has all its articles, every article its whole
# body. Running the ingest again completes it without duplicates.
set -u
. "$(dirname "$0")/lib.bash"

db=$tmp/k.db
mkdir -p "$tmp/in"
nfiles=400; per=20
for ((f = 0; f < nfiles; f++)); do
  for ((i = 0; i < per; i++)); do
    printf '{"title":"Story %d-%d","body":"Officials met in the capital on Monday to discuss the budget. The talks ran late into the night and will resume next week. Story %d-%d ends here.","date":"2024-01-%02d"}\n' \
      $f $i $f $i $((i % 28 + 1))
  done > "$tmp/in/$(printf '%04d' $f).jsonl"
done

count() { "$DOSSIER" -d "$db" -e "return dossier.sql('SELECT count(*) AS n FROM articles')[1].n" 2>/dev/null || echo 0; }

# create the database first: the polling reader below must not race the
# ingest to create the schema
"$DOSSIER" -d "$db" -e 1 >/dev/null || fail "cannot create $db"
"$DOSSIER" -d "$db" ingest --verbose "$tmp/in" >/dev/null 2>"$tmp/progress" &
pid=$!
# wait until some inputs are committed (--verbose prints a line per file
# after its transaction), then kill mid-run
for ((t = 0; t < 1200; t++)); do
  [ "$(grep -c ' added, ' "$tmp/progress" 2>/dev/null)" -ge 2 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.05
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
before=$(count)
[ "$before" -gt 0 ] || fail "nothing was committed before the kill"
[ "$before" -lt $((nfiles * per)) ] || echo "note: ingest finished before the kill" >&2

run "$DOSSIER" -d "$db" -e "return dossier.sql('PRAGMA integrity_check')[1].integrity_check"
expect_status 0; expect_out "ok"
if command -v sqlite3 >/dev/null; then
  out=$(sqlite3 "$db" "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check');" 2>&1)
  [ -z "$out" ] || fail "FTS integrity check: $out"
fi
# whole inputs only: each page holds all its articles, each body is whole
run "$DOSSIER" -d "$db" -e "return dossier.sql('SELECT count(*) AS n FROM (SELECT page FROM articles GROUP BY page HAVING count(*) <> $per)')[1].n"
expect_out "0"
run "$DOSSIER" -d "$db" -e "return dossier.sql([[SELECT count(*) AS n FROM articles WHERE body NOT LIKE '%ends here.' OR title IS NULL]])[1].n"
expect_out "0"
run "$DOSSIER" -d "$db" -e "return dossier.sql('SELECT count(*) AS n FROM pages WHERE id NOT IN (SELECT page FROM articles)')[1].n"
expect_out "0"
[ $((before % per)) -eq 0 ] || fail "$before articles is not a whole number of inputs"
echo "killed after $before of $((nfiles * per)) articles" >&2

# the re-run completes the job and adds nothing twice
run "$DOSSIER" -d "$db" ingest "$tmp/in"
expect_status 0
expect_err_match "ingested $nfiles files: $((nfiles * per - before)) articles added, $before already stored, 0 failed"
[ "$(count)" -eq $((nfiles * per)) ] || fail "after the re-run: $(count) articles"
finish
