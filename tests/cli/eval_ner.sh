#!/usr/bin/env bash
# The rule-based recogniser keeps its quality on CoNLL-2003 eng.testa
# (overall FB1 at least 72, PER at least 85, LOC at least 77) through
# scripts/eval-ner, whose last line is the conlleval-style overall line.
# Skips without the data.
set -u
. "$(dirname "$0")/lib.bash"
data=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}
[ -f "$data/conll2003/eng.testa" ] || { echo "no CoNLL-2003 data"; exit 77; }
run env DOSSIER="$DOSSIER" "$DOSSIER_SRC/scripts/eval-ner" "$data/conll2003/eng.testa"
expect_status 0
expect_out_match '^processed 51362 tokens with 5942 phrases'
last=$(tail -1 "$out_file")
case $last in
  "overall precision "*" recall "*" FB1 "*) ;;
  *) fail "last line is not the overall line: $last" ;;
esac
f1=$(echo "$last" | awk '{print $7}')
awk -v f="$f1" 'BEGIN { exit !(f >= 72) }' || fail "overall FB1 $f1 < 72"
per=$(awk '$1 == "PER:" {print $7}' "$out_file")
awk -v f="$per" 'BEGIN { exit !(f >= 85) }' || fail "PER FB1 $per < 85"
loc=$(awk '$1 == "LOC:" {print $7}' "$out_file")
awk -v f="$loc" 'BEGIN { exit !(f >= 77) }' || fail "LOC FB1 $loc < 77"
finish
