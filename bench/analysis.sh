#!/usr/bin/env bash
# bench/analysis.sh [N] (scripts/bench --only analysis) — words per second of the analysis that finds
# entities (text_split + entities_find, with the compiled-in lexicon) on the
# Reuters-21578 bodies in the shared data folder; N bodies at most. Builds
# a Release binary under build-release/ first.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
data=${DOSSIER_DATA:-$top/../shared/data}
[ -d "$data/reuters21578" ] || { echo "analysis: needs $data/reuters21578" >&2; exit 77; }
build=$top/build-release
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target dossier >/dev/null
exec "$build/dossier" -d :memory: "$top/bench/analysis.lua" "$data/reuters21578" "$@"
