#!/usr/bin/env bash
# scripts/eval-events scores the action extractor on the Reuters gold event
# set: it prints the per-root table, precision / recall, date and modality
# agreement, and keeps at least the quality of this branch (precision 0.2,
# F1 0.1 with plain statements apart). -v lists misses and false alarms.
# Skips without the data.
set -u
. "$(dirname "$0")/lib.bash"
data=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}
[ -f "$data/reuters-events-dev/stories.jsonl" ] || { echo "no reuters-events-dev data"; exit 77; }
export DOSSIER_BUILD=${DOSSIER_BUILD:-$tmp}
run "$DOSSIER_SRC/scripts/eval-events" -v "$data/reuters-events-dev"
expect_status 0
expect_out_match '^stories 60  gold 414 '
expect_out_match '^13 +21 '
expect_out_match '^on matches: date agrees'
expect_err_match ' miss '
expect_err_match ' false '
p=$(grep '^precision' "$out_file" | awk '{print $2}')
f1=$(tail -1 "$out_file" | awk '{print $2}')
awk -v p="$p" 'BEGIN { exit !(p >= 0.2) }' || fail "precision $p < 0.2"
awk -v f="$f1" 'BEGIN { exit !(f >= 0.1) }' || fail "F1 $f1 < 0.1"
finish
