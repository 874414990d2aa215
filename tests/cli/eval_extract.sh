#!/usr/bin/env bash
# HTML article extraction keeps its quality on the article-extraction
# benchmark pages through the real program (dossier ingest --format html):
# F1 at least .96 (trafilatura: .969 on these pages), the scorer still
# reproduces trafilatura's published figure, and metadata is found on most
# pages; the text path (pages rendered to text, split by the page
# splitter) keeps F1 at least .91. Skips without the data.
set -u
. "$(dirname "$0")/lib.bash"
data=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}
[ -d "$data/article-extraction/html" ] || { echo "no article-extraction data"; exit 77; }
export DOSSIER_BUILD=${DOSSIER_BUILD:-$tmp}
run "$DOSSIER_SRC/scripts/eval-extract" "$data/article-extraction"
expect_status 0
ref=$(grep -m1 '^F1 ' "$out_file" | awk '{print $2}')
[ "$ref" = "0.969" ] || fail "scorer gives trafilatura F1 $ref, expected 0.969"
f1=$(tail -1 "$out_file" | awk '{print $2}')
awk -v f="$f1" 'BEGIN { exit !(f >= 0.96) }' || fail "extraction F1 $f1 < 0.96"
run "$DOSSIER_SRC/scripts/eval-extract" --direct -m "$data/article-extraction"
expect_status 0
f1d=$(tail -1 "$out_file" | awk '{print $2}')
[ "$f1d" = "$f1" ] || fail "direct F1 $f1d differs from ingest F1 $f1"
dates=$(grep -m1 '^metadata found' "$out_file" | sed 's/.*date \([0-9]*\).*/\1/')
[ "${dates:-0}" -ge 35 ] || fail "dates found on ${dates:-0} of 46 pages"
# the text path: the pages rendered by html2blocks.py (the seed's shape)
# and split by page_parse_text; F1 was .707 before the main-body search
if command -v python3 >/dev/null && [ -f "$DOSSIER_SRC/../shared/tools/html2blocks.py" ]; then
  DOSSIER_RENDERERS=html2blocks run "$DOSSIER_SRC/scripts/eval-extract" --text "$data/article-extraction"
  expect_status 0
  tf1=$(awk '/^== dossier page_parse_text/{t=1} t && /^F1 /{print $2; exit}' "$out_file")
  awk -v f="${tf1:-0}" 'BEGIN { exit !(f >= 0.91) }' || fail "text-path F1 ${tf1:-none} < 0.91"
  grep -q '^worst pages:' "$out_file" || fail "no list of worst pages"
fi
finish
