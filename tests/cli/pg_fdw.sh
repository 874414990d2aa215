#!/usr/bin/env bash
# Sharding with postgres_fdw (docs/POSTGRESQL.md, "Sharding"): three
# throwaway servers (scripts/pg-cluster), one a coordinator whose month
# partitions of articles live on the other two as foreign tables. The seed
# bars hold on the sharded corpus; the seed page, a corpus dated over a
# year and a slice of Reuters (when ../shared/data has it) give the same
# answers there as on one server: counts, articles per month, searches,
# entities, actions, deletes. The months are spread over both shards and
# a one-month query is sent to its shard. Exits 77 (skip) without
# PostgreSQL's server programs or without postgres_fdw and dblink.
set -u
. "$(dirname "$0")/lib.bash"
cluster=$DOSSIER_SRC/scripts/pg-cluster
pgout=$("$cluster" start 3 2>"$tmp/pgstart.err")
rc=$?
[ $rc -eq 77 ] && { echo "skip: no PostgreSQL server programs"; exit 77; }
[ $rc -eq 0 ] || { cat "$tmp/pgstart.err" >&2; echo "FAIL: pg-cluster start"; exit 1; }
pgdir=$(echo "$pgout" | head -1)
trap '"$cluster" stop "$pgdir"; rm -rf "$tmp"' EXIT
cd "$DOSSIER_SRC"

sharded() {             # a new sharded corpus NAME -> its URI (77: no fdw)
  "$cluster" sharded "$pgdir" "$1" 2>>"$tmp/sharded.err"
}
single() { "$cluster" createdb "$pgdir" "$1" 2>>"$out_err"; }

# -- the seed bars on a sharded corpus
uri=$(sharded bars)
rc=$?
[ $rc -eq 77 ] && { cat "$tmp/sharded.err"; echo "skip: no postgres_fdw or dblink"; exit 77; }
[ $rc -eq 0 ] || { cat "$tmp/sharded.err" >&2; echo "FAIL: pg-cluster sharded"; exit 1; }
run "$DOSSIER" -d "$uri" tests/lua/seed_bars.lua
[ "$status" -eq 0 ] || fail "tests/lua/seed_bars.lua on 2 shards: status $status"

# -- what a corpus answers, as text: equal text, equal answers
cat > "$tmp/digest.lua" <<'LUA'
local function q(sql)
  local out = {}
  for _, r in ipairs(dossier.sql(sql)) do
    local keys, parts = {}, {}
    for k in pairs(r) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. tostring(r[k]) end
    out[#out + 1] = table.concat(parts, " ")
  end
  return table.concat(out, "\n")
end
local function rows(t, fields)
  for _, r in ipairs(t) do
    local parts = {}
    for _, f in ipairs(fields) do
      local v = r[f]
      if type(v) == "number" and v ~= math.floor(v) then v = ("%.5g"):format(v) end
      parts[#parts + 1] = f .. "=" .. tostring(v)
    end
    print(table.concat(parts, " "))
  end
end
print(q([[SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM sentences) AS s,
  (SELECT count(*) FROM mentions) AS m, (SELECT count(*) FROM actions) AS x,
  (SELECT count(*) FROM entities) AS e, (SELECT coalesce(sum(mentions), 0) FROM entity_months) AS em]]))
print(q("SELECT substr(published, 1, 7) AS month, count(*) AS n, min(id) AS lo, max(id) AS hi, count(DISTINCT hash) AS h FROM articles GROUP BY 1 ORDER BY 1"))
for _, term in ipairs{ "sanctions", "oil", "China", "bank rates", "title:trade", "export*" } do
  print("search " .. term, search.count(term, {since = "1900"}))
  rows(search.query(term, {limit = 8, since = "1900"}), { "id", "title", "published", "kind" })
end
local months = dossier.sql("SELECT DISTINCT substr(published, 1, 7) AS m FROM articles WHERE published IS NOT NULL ORDER BY 1")
for i = 1, #months, math.max(1, #months // 4) do
  local m = months[i].m
  local last = m .. "-31"
  print("month " .. m)
  rows(entities.top{since = m .. "-01", to = last, limit = 10}, { "name", "type", "mentions", "articles" })
  rows(actions.query{since = m .. "-01", to = last, limit = 20}, { "article", "actor", "verb", "target", "date" })
  print(#articles.list{since = m .. "-01", to = last})
end
rows(entities.top{type = "person", limit = 15}, { "name", "mentions", "articles" })
LUA
digest() { "$DOSSIER" -d "$1" "$tmp/digest.lua" 2>&1; }

# -- inputs: the seed page, a year of made-up reports, a slice of Reuters
mkdir -p "$tmp/in"
cp seeds/000_c242e1e204255b49.txt* "$tmp/in/" 2>/dev/null
awk 'BEGIN {
  split("Joe Biden|Xi Jinping|Vladimir Putin|Emmanuel Macron|Olaf Scholz|Narendra Modi", p, "|");
  split("Russia|China|Japan|France|Egypt|India|Brazil|Germany", c, "|");
  split("criticized|met|accused|praised|sanctioned|visited", v, "|");
  seed = 7;
  for (i = 1; i <= 36; i++) {
    body = "";
    for (j = 0; j < 3; j++) {
      seed = (seed * 1103515245 + 12345) % 2147483648; a = int(seed / 65536) % 6 + 1;
      seed = (seed * 1103515245 + 12345) % 2147483648; b = int(seed / 65536) % 6 + 1;
      seed = (seed * 1103515245 + 12345) % 2147483648; k = int(seed / 65536) % 8 + 1;
      body = body p[a] " " v[b] " " c[k] " on Tuesday over trade and oil sanctions. ";
    }
    printf "{\"title\": \"Report %d on %s\", \"published\": \"2023-%02d-%02d\", \"body\": \"%s\"}\n",
      i, c[(i % 8) + 1], (i % 12) + 1, (i % 27) + 1, body;
  }
}' > "$tmp/in/year.jsonl"
reuters=${DOSSIER_DATA:-$DOSSIER_SRC/../shared/data}/reuters21578/reut2-000.sgm.gz
if [ -f "$reuters" ]; then
  # the first 60 stories (dated February 1987)
  mkdir -p "$tmp/reuters"
  gzip -dc "$reuters" | awk '/<REUTERS/ { n++ } n <= 60 { print } n > 60 { exit }' \
    > "$tmp/reuters/reut2-000.sgm"
else
  echo "note: no Reuters data; the seed and the made-up year only"
fi

one=$(single one)
two=$(sharded two) || { fail "pg-cluster sharded two: $(cat "$tmp/sharded.err")"; finish; }
for u in "$one" "$two"; do
  run "$DOSSIER" -d "$u" ingest -q "$tmp/in"
  expect_status 0
  if [ -d "$tmp/reuters" ]; then
    run "$DOSSIER" -d "$u" examples/import_reuters.lua "$tmp/reuters"
    expect_status 0
  fi
done
digest "$one" > "$tmp/one.txt"
digest "$two" > "$tmp/two.txt"
grep -q '^search sanctions' "$tmp/one.txt" || fail "no digest: $(head -5 "$tmp/one.txt")"
cmp -s "$tmp/one.txt" "$tmp/two.txt" ||
  fail "one server and 2 shards differ: $(diff "$tmp/one.txt" "$tmp/two.txt" | head -20)"
if [ -d "$tmp/reuters" ]; then
  grep -q 'month=1987-0[23] n=' "$tmp/one.txt" || fail "the Reuters slice is not in the corpus"
fi

# -- the months are on the shards, spread over both, none on the coordinator
placed() {
  "$DOSSIER" -d "$1" -e '
    for _, r in ipairs(dossier.sql([[SELECT coalesce(s.srvname, $$local$$) AS where_, count(*) AS n
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        LEFT JOIN pg_foreign_table f ON f.ftrelid = c.oid
        LEFT JOIN pg_foreign_server s ON s.oid = f.ftserver
        WHERE i.inhparent = $$articles$$::regclass AND c.relname <> $$articles_undated$$
        GROUP BY 1 ORDER BY 1]])) do print(r.where_, r.n) end'
}
placed "$two" > "$tmp/placed.txt"
grep -q '^dossier_shard_01	[1-9]' "$tmp/placed.txt" && grep -q '^dossier_shard_02	[1-9]' "$tmp/placed.txt" ||
  fail "months not on both shards: $(cat "$tmp/placed.txt")"
grep -q '^local' "$tmp/placed.txt" && fail "a month on the coordinator: $(cat "$tmp/placed.txt")"

# -- a one-month query goes to its shard, filter included
run "$DOSSIER" -d "$two" -e '
  for _, r in ipairs(dossier.sql([[EXPLAIN VERBOSE SELECT id, title FROM articles
      WHERE published >= $$2023-05-01$$ AND published <= $$2023-05-31$$ AND kind = $$article$$]])) do
    print(r["QUERY PLAN"]) end'
expect_status 0
expect_out_match 'Remote SQL: SELECT id, title FROM public.articles_2023_05 WHERE .*published >= .*kind = '
grep -q 'articles_2023_0[^5]' "$out_file" && fail "other months scanned"
# and a search is sent as a tsquery to the shards
run "$DOSSIER" -d "$two" -e '
  for _, r in ipairs(dossier.sql([[EXPLAIN VERBOSE SELECT count(*) FROM articles a
      WHERE a.tsv @@ to_tsquery($$dossier$$, $$sanctions$$)]])) do print(r["QUERY PLAN"]) end'
expect_out_match 'Remote SQL: .*tsv @@ .*::tsquery'

# -- a delete reaches the shard; both corpora stay equal
for u in "$one" "$two"; do
  run "$DOSSIER" -d "$u" -e 'local a = articles.list{since = "2023-03-01", to = "2023-03-31"}[1]
    assert(a, "no March article") articles.delete(a.id) print(articles.count{})'
  expect_status 0
done
digest "$one" > "$tmp/one.txt"
digest "$two" > "$tmp/two.txt"
cmp -s "$tmp/one.txt" "$tmp/two.txt" ||
  fail "after a delete: $(diff "$tmp/one.txt" "$tmp/two.txt" | head -20)"
finish
