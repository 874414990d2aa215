#!/usr/bin/env bash
# A large JSON lines input shows progress while it is read (after each
# batch of articles, with --progress or on a terminal), not only at its
# end; piped without --progress, only the summary line.
. "$(dirname "$0")/lib.bash"
for i in $(seq 1 700); do
  printf '{"title": "Story %d", "body": "Officials of Ruritania %d met on Monday.", "date": "2024-03-01"}\n' "$i" "$i"
done > "$tmp/big.jsonl"

run "$DOSSIER" -d "$tmp/p.db" ingest --progress "$tmp/big.jsonl"
expect_status 0
tr '\r' '\n' <"$out_err" >"$tmp/lines"
grep -Eq '^.\[K1 file, 256 articles, [0-9.]+ MB/s' "$tmp/lines" ||
  fail "no progress line after the first batch"
grep -q 'ingested 1 file: 700 articles added' "$tmp/lines" || fail "no summary line"

run "$DOSSIER" -d "$tmp/q.db" ingest "$tmp/big.jsonl"
expect_status 0
grep -q 'articles, ' "$out_err" && fail "a progress line on a pipe"
expect_err_match '^ingested 1 file: 700 articles added'
finish
