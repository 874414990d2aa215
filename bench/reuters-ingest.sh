#!/usr/bin/env bash
# bench/reuters-ingest.sh [--runs N] (scripts/bench --only reuters-ingest) — ingest throughput on the Reuters-21578
# files (../shared/data/reuters21578), median of N runs (default 3), beside
# a bare SQLite + FTS5 insert of the same texts measured in the same run.
#
#   1. examples/import_reuters.lua (the Lua importer: dossier.readfile,
#      SGML parsing in Lua, articles.add with analysis, one transaction per
#      article) on a fresh database;
#   2. `dossier ingest` (C path: JSON lines parser, one transaction per
#      file, analysis) on the same stories exported as 18 JSON lines files;
#   3. bench/bench_insert on those files: only INSERT + FTS5 rows.
# MB/s counts the JSON lines bytes of the stories (the texts) for all
# three, and also the uncompressed SGML bytes for 1; peak memory is the max RSS of the dossier process. Prints a
# markdown table. Nothing is committed; work files go to build-release/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
runs=3
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "reuters-ingest: unknown argument $1" >&2; exit 2 ;;
  esac
done
data=${DOSSIER_DATA:-$top/../shared/data}
[ -d "$data/reuters21578" ] || { echo "reuters-ingest: needs $data/reuters21578" >&2; exit 1; }
build=$top/build-release
"$top/scripts/build" "$build" -DCMAKE_BUILD_TYPE=Release
bin=$build/dossier
tools=$build/bench
out=$build/bench-ingest
mkdir -p "$out"
sgml_bytes=0
for f in "$data"/reuters21578/reut2-*.sgm.gz; do
  sgml_bytes=$((sgml_bytes + $(gzip -dc "$f" | wc -c)))
done

stats() {   # VALUES... -> "median min max"
  printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
    printf "%.4g %.4g %.4g\n", m, v[1], v[NR] }'
}
fresh() { rm -f "$1" "$1"-wal "$1"-shm; }

lua_mbs=() lua_tmbs=() lua_aps=() lua_rss=() c_mbs=() c_aps=() c_rss=() b_mbs=() b_aps=()
db=$out/r.db
for r in $(seq "$runs"); do
  # 1. the Lua importer
  fresh "$db"
  res=$(cd "$top" && "$tools/rusage" "$bin" -d "$db" examples/import_reuters.lua \
        "$data/reuters21578" 2>&1 >"$out/import.txt" | tail -1)
  n=$("$bin" -d "$db" -e "return dossier.sql('SELECT count(*) AS n FROM articles')[1].n")
  kib=${res% *}; secs=${res#* }
  lua_mbs+=("$(awk -v b="$sgml_bytes" -v s="$secs" 'BEGIN{printf "%.3f", b/1e6/s}')")
  lua_aps+=("$(awk -v n="$n" -v s="$secs" 'BEGIN{printf "%.1f", n/s}')")
  lua_rss+=("$(awk -v k="$kib" 'BEGIN{printf "%.1f", k/1024}')")
  # the same stories as JSON lines, once
  if [ ! -f "$out/jsonl/.done" ]; then
    rm -rf "$out/jsonl"; mkdir -p "$out/jsonl"
    "$bin" -d "$db" -e '
      local function js(s)
        if s == nil then return "null" end
        return "\"" .. s:gsub("[%c\"\\]", function(c)
          local e = { ["\""] = "\\\"", ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t" }
          return e[c] or string.format("\\u%04x", c:byte()) end) .. "\""
      end
      for _, r in ipairs(dossier.sql("SELECT title, body, published FROM articles ORDER BY id")) do
        io.write("{\"title\":", js(r.title), ",\"body\":", js(r.body),
                 ",\"published\":", js(r.published), ",\"source\":\"Reuters\"}\n")
      end' > "$out/all.jsonl"
    (cd "$out/jsonl" && split -l 1000 -d -a 2 --additional-suffix=.jsonl "$out/all.jsonl" part-)
    rm "$out/all.jsonl"
    touch "$out/jsonl/.done"
  fi
  jbytes=$(cat "$out"/jsonl/*.jsonl | wc -c)
  jn=$(cat "$out"/jsonl/*.jsonl | wc -l)
  lua_tmbs+=("$(awk -v b="$jbytes" -v s="$secs" 'BEGIN{printf "%.3f", b/1e6/s}')")
  # 2. dossier ingest on the JSON lines
  fresh "$out/c.db"
  res=$("$tools/rusage" "$bin" -d "$out/c.db" ingest --quiet "$out/jsonl" 2>&1 >/dev/null | tail -1)
  kib=${res% *}; secs=${res#* }
  c_mbs+=("$(awk -v b="$jbytes" -v s="$secs" 'BEGIN{printf "%.3f", b/1e6/s}')")
  c_aps+=("$(awk -v n="$jn" -v s="$secs" 'BEGIN{printf "%.1f", n/s}')")
  c_rss+=("$(awk -v k="$kib" 'BEGIN{printf "%.1f", k/1024}')")
  # 3. the bare SQLite + FTS5 insert of the same files
  line=$("$tools/bench_insert" "$out/base.db" "$out"/jsonl/*.jsonl)
  bsecs=${line##* }
  b_mbs+=("$(awk -v b="$jbytes" -v s="$bsecs" 'BEGIN{printf "%.3f", b/1e6/s}')")
  b_aps+=("$(awk -v n="$jn" -v s="$bsecs" 'BEGIN{printf "%.1f", n/s}')")
done
fresh "$out/base.db"; fresh "$out/c.db"
read -r bm _ _ <<<"$(stats "${b_mbs[@]}")"
read -r ba _ _ <<<"$(stats "${b_aps[@]}")"
row() {   # name unit values...
  local name=$1 unit=$2 base=$3; shift 3
  read -r m lo hi <<<"$(stats "$@")"
  local ratio="-"
  [ "$base" != "-" ] && ratio=$(awk -v a="$m" -v b="$base" 'BEGIN{printf "%.2f", a/b}')
  printf '| %s | %s %s | %s–%s | %s |\n' "$name" "$m" "$unit" "$lo" "$hi" "$ratio"
}
echo "Reuters-21578 files 000-017: $(cat "$out/import.txt")"
echo "$(printf '%.1f' "$(echo "$sgml_bytes/1000000" | bc -l)") MB SGML; $jn stories, $(printf '%.1f' "$(echo "$jbytes/1000000" | bc -l)") MB as JSON lines; median of $runs runs"
echo
echo "| what | median | range | ratio to bare insert |"
echo "| --- | --- | --- | --- |"
row "import_reuters.lua (Lua importer), SGML bytes" "MB/s" "-" "${lua_mbs[@]}"
row "import_reuters.lua (Lua importer), text bytes" "MB/s" "$bm" "${lua_tmbs[@]}"
row "import_reuters.lua (Lua importer)" "articles/s" "$ba" "${lua_aps[@]}"
row "import_reuters.lua peak memory" "MB" "-" "${lua_rss[@]}"
row "dossier ingest (JSON lines)" "MB/s" "$bm" "${c_mbs[@]}"
row "dossier ingest (JSON lines)" "articles/s" "$ba" "${c_aps[@]}"
row "dossier ingest peak memory" "MB" "-" "${c_rss[@]}"
row "bare SQLite + FTS5 insert" "MB/s" "-" "${b_mbs[@]}"
row "bare SQLite + FTS5 insert" "articles/s" "-" "${b_aps[@]}"
