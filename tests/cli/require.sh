#!/usr/bin/env bash
# A stock lua5.4 loads the engine with require "dossier".
set -u
. "$(dirname "$0")/lib.bash"
grep -q "DOSSIER_SANITIZE:BOOL=ON" "$DOSSIER_BUILD/CMakeCache.txt" && { echo "a sanitized module cannot load into a stock lua5.4"; exit 77; }
command -v lua5.4 >/dev/null || { echo "lua5.4 not installed"; exit 77; }
run lua5.4 -e '
  package.cpath = os.getenv("DOSSIER_BUILD") .. "/lua/?.so;" .. package.cpath
  local dossier = require "dossier"
  local c = assert(dossier.open(":memory:"))
  c.articles.add{title = "From stock Lua", body = "It works."}
  print(c.articles.count(), c.articles.list{}[1].title, dossier.date("2024-03"))
  c:close()'
expect_status 0
expect_out "$(printf '1\tFrom stock Lua\t2024-03-01\t2024-03-31')"
finish
