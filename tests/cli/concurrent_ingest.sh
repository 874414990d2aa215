#!/usr/bin/env bash
# Two ingests of large files into one corpus at once both complete: the
# writer that waits for the other's lock waits (busy timeout), it does not
# fail, and nothing is lost or doubled. At the size of the report that found
# the fault (18,000 articles a file, each holding the write lock for seconds);
# a sanitized build, ten times slower, runs a sixth of it.
. "$(dirname "$0")/lib.bash"

n=18000
grep -q "DOSSIER_SANITIZE:BOOL=ON" "${DOSSIER_BUILD:-/nonexistent}/CMakeCache.txt" 2>/dev/null && n=3000

# articles of a few sentences with names, places and dates, all distinct
make_file() {
  awk -v n="$n" -v tag="$1" 'BEGIN {
    split("Iran Iraq Egypt Jordan Brazil Japan Canada Kenya", c, " ");
    split("Monday Tuesday Wednesday Thursday Friday", d, " ");
    for (i = 1; i <= n; i++) {
      a = c[i % 8 + 1]; b = c[(i * 3) % 8 + 1]; w = d[i % 5 + 1];
      printf "{\"title\":\"%s report %d\",\"published\":\"1987-03-%02d\",", tag, i, i % 28 + 1;
      printf "\"body\":\"%s and %s held talks in Geneva on %s, round %d of %s. ", a, b, w, i, tag;
      printf "Officials of %s said the meeting would resume next week. ", a;
      printf "%s accused %s of delaying the accord on %s.\"}\n", b, a, w;
    }
  }'
}
make_file alpha > "$tmp/a.jsonl"
make_file beta > "$tmp/b.jsonl"

db=$tmp/c.db
"$DOSSIER" -d "$db" -e 'return 1' >/dev/null 2>&1   # make the database
"$DOSSIER" -d "$db" ingest "$tmp/a.jsonl" >"$tmp/i1.out" 2>&1 &
p1=$!
"$DOSSIER" -d "$db" ingest "$tmp/b.jsonl" >"$tmp/i2.out" 2>&1 &
p2=$!
wait $p1; s1=$?; wait $p2; s2=$?
[ $s1 -eq 0 ] || fail "first ingest exited $s1: $(tail -3 "$tmp/i1.out")"
[ $s2 -eq 0 ] || fail "second ingest exited $s2: $(tail -3 "$tmp/i2.out")"
grep -q "$n articles added" "$tmp/i1.out" || fail "first ingest: $(tail -3 "$tmp/i1.out")"
grep -q "$n articles added" "$tmp/i2.out" || fail "second ingest: $(tail -3 "$tmp/i2.out")"

# every article once, each file's share whole, the database and index sound
run "$DOSSIER" -d "$db" -e 'print(articles.count(), search.count("alpha"), search.count("beta"))'
expect_status 0
expect_out "$((2 * n))	$n	$n"
run "$DOSSIER" -d "$db" -e 'print(dossier.sql("PRAGMA integrity_check")[1].integrity_check)'
expect_out "ok"

finish
