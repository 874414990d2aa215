#!/usr/bin/env bash
# The time-expression tagger keeps its TempEval-3 quality on TimeBank
# (value F1 at least 80, relaxed span F1 at least 90) and the seed
# article's expressions resolve as the design says. Skips without the data.
set -u
. "$(dirname "$0")/lib.bash"
data=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}
[ -d "$data/timebank/TimeBank" ] || { echo "no TimeBank data"; exit 77; }
export DOSSIER_BUILD=${DOSSIER_BUILD:-$tmp}
run "$DOSSIER_SRC/scripts/eval-timex" "$data/timebank/TimeBank"
expect_status 0
f1=$(tail -1 "$out_file" | awk '{print $3}')
awk -v f="$f1" 'BEGIN { exit !(f >= 80) }' || fail "value F1 $f1 < 80"
rel=$(grep -m1 'relaxed' "$out_file" | awk '{print $7}')
awk -v f="$rel" 'BEGIN { exit !(f >= 90) }' || fail "relaxed F1 $rel < 90"

seed=$(ls "$DOSSIER_SRC"/seeds/000_*.txt | head -1)
run "$DOSSIER_BUILD/eval_timex" -t 2024-04-23 "$seed"
expect_status 0
expect_out_match $'\tthis week\tDATE\t2024-W17\t2024-04-22..2024-04-28\t'
expect_out_match $'\tLast year\tDATE\t2023\t'
expect_out_match $'\tNovember\tDATE\t2023-11\t'
expect_out_match $'\tThis year\tDATE\t2024\t'
expect_out_match $'\tthe last month\tDATE\t2024-03\t2024-03-23..2024-04-23\t'
expect_out_match $'\tnext year\tDATE\t2025\t'
expect_out_match $'\tJune 19, 2023\tDATE\t2023-06-19\t'
expect_out_match $'\tseveral weeks ago\tDATE\tPAST_REF\t'
finish
