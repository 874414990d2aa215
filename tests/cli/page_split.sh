#!/usr/bin/env bash
# ingest --verbose says, per page, which block was taken as the main
# article and why; --main-after moves the split for a site.
set -u
. "$(dirname "$0")/lib.bash"
seed=$DOSSIER_SRC/seeds/000_c242e1e204255b49.txt
run "$DOSSIER" -d "$tmp/a.db" ingest --verbose --format text "$seed"
expect_status 0
expect_err_match 'main article: lines 11-39 of the page, 15 paragraphs, [0-9]+ words, starting "Secretary of State Antony Blinken'
expect_err_match 'next best [0-9]+ at line'
run "$DOSSIER" -d "$tmp/b.db" ingest --verbose --format text --main-after "When will the war" "$seed"
expect_status 0
expect_err_match 'after line [0-9]+, as asked'
command -v sqlite3 >/dev/null &&
  [ "$(sqlite3 "$tmp/b.db" "SELECT title FROM articles WHERE kind = 'article'")" = \
    "When will the war in Ukraine end?" ] || fail "--main-after did not move the split"
# --main-after needs a value
run "$DOSSIER" -d "$tmp/c.db" ingest --main-after
expect_status 2
finish
