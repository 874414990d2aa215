#!/usr/bin/env bash
# The learned name tagger: loaded by default (entities.model().loaded), and
# when its model is missing, not a model, truncated or corrupt
# (DOSSIER_NER_MODEL names a file to load instead of the built-in one),
# analysis falls back to gazetteers and rules and says why. Lazy: a bare
# start does not load it.
set -u
. "$(dirname "$0")/lib.bash"

cat > "$tmp/m.lua" <<'LUA'
local m = entities.model()
print("loaded=" .. tostring(m.loaded))
print("reason=" .. tostring(m.reason))
articles.add{title = "t", published = "2024-01-01", body =
  "Secretary of State Antony Blinken met Xi Jinping in Beijing on Monday."}
local got = {}
for _, r in ipairs(entities.top{}) do got[#got + 1] = r.name .. "/" .. r.type end
table.sort(got)
print("names=" .. table.concat(got, ","))
LUA
want='^names=Antony Blinken/person,Beijing/place,Xi Jinping/person$'

# the built-in model
run env -u DOSSIER_NER_MODEL "$DOSSIER" -d :memory: "$tmp/m.lua"
expect_status 0
expect_out_match '^loaded=true$'
expect_out_match '^reason=nil$'
expect_out_match "$want"

# turned off on purpose
run env DOSSIER_NER_MODEL=none "$DOSSIER" -d :memory: "$tmp/m.lua"
expect_status 0
expect_out_match '^loaded=false$'
expect_out_match '^reason=.*turned off'
expect_out_match "$want"

# a missing file
run env DOSSIER_NER_MODEL="$tmp/no-such.model" "$DOSSIER" -d :memory: "$tmp/m.lua"
expect_status 0
expect_out_match '^loaded=false$'
expect_out_match "^reason=.*no-such.model.*No such file"
expect_out_match "$want"

# not a model at all
head -c 5000 /dev/urandom > "$tmp/random.model"
run env DOSSIER_NER_MODEL="$tmp/random.model" "$DOSSIER" -d :memory: "$tmp/m.lua"
expect_status 0
expect_out_match '^loaded=false$'
expect_out_match '^reason=.*not a dossier NER model'
expect_out_match "$want"

# a real model cut short, and one with a byte changed
model=$DOSSIER_SRC/src/analysis/lexicon/ner.model
if [ -f "$model" ]; then
  head -c 100000 "$model" > "$tmp/short.model"
  run env DOSSIER_NER_MODEL="$tmp/short.model" "$DOSSIER" -d :memory: "$tmp/m.lua"
  expect_status 0
  expect_out_match '^loaded=false$'
  expect_out_match '^reason=.*corrupt'
  expect_out_match "$want"

  cp "$model" "$tmp/flip.model"
  size=$(wc -c < "$model")
  byte=$(od -An -tu1 -j $((size / 2)) -N1 "$model" | tr -d ' ')
  printf "\\$(printf '%03o' $(( (byte + 1) % 256 )))" |
    dd of="$tmp/flip.model" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null
  run env DOSSIER_NER_MODEL="$tmp/flip.model" "$DOSSIER" -d :memory: "$tmp/m.lua"
  expect_status 0
  expect_out_match '^loaded=false$'
  expect_out_match '^reason=.*checksum'
  expect_out_match "$want"

  # the same file intact loads
  run env DOSSIER_NER_MODEL="$model" "$DOSSIER" -d :memory: "$tmp/m.lua"
  expect_status 0
  expect_out_match '^loaded=true$'
fi
finish
