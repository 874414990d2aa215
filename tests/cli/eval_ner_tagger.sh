#!/usr/bin/env bash
# The learned name tagger keeps its CoNLL-2003 quality: the committed model
# scores FB1 at least 88 overall on eng.testa (scripts/eval-ner-tagger, the
# overall line last, conlleval style), and a missing or corrupt model is a
# clear error, not a crash. Skips without the data.
set -u
. "$(dirname "$0")/lib.bash"
data=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}
[ -f "$data/conll2003/eng.testa" ] || { echo "no CoNLL-2003 data"; exit 77; }
: "${DOSSIER_BUILD:?DOSSIER_BUILD must name the build folder}"

run "$DOSSIER_SRC/scripts/eval-ner-tagger" "$data/conll2003/eng.testa"
expect_status 0
tail -1 "$out_file" | grep -Eq '^overall precision [0-9.]+ recall [0-9.]+ FB1 [0-9.]+$' ||
  fail "last line is not the overall line"
for t in LOC MISC ORG PER; do expect_out_match "^$t precision [0-9.]+ recall [0-9.]+ FB1 "; done
f1=$(tail -1 "$out_file" | awk '{print $7}')
awk -v f="$f1" 'BEGIN { exit !(f >= 88) }' || fail "overall FB1 $f1 < 88"

run "$DOSSIER_SRC/scripts/eval-ner-tagger" "$data/conll2003/eng.testa" "$tmp/missing.model"
expect_status 1; expect_err_match 'cannot open model .*missing.model'

head -c 100000 "$DOSSIER_SRC/src/analysis/lexicon/ner.model" > "$tmp/cut.model"
run "$DOSSIER_SRC/scripts/eval-ner-tagger" "$data/conll2003/eng.testa" "$tmp/cut.model"
expect_status 1; expect_err_match 'corrupt model'
finish
