#!/usr/bin/env bash
# The parts of src/ keep their one-way arrows (tools/check-layers), and the
# checker itself finds a circle, a wrong arrow and Lua in the core when a
# copy of the tree is given them.
. "$(dirname "$0")/lib.bash"
check=$DOSSIER_SRC/tools/check-layers

run "$check" "$DOSSIER_SRC/src"
expect_status 0

cp -r "$DOSSIER_SRC/src" "$tmp/src"
# store.c calling up into the handle would close a circle with core/
sed -i '0,/^#include "store\/store.h"/s//#include "store\/store.h"\n#include "core\/core.h"/' "$tmp/src/store/store.c"
run "$check" "$tmp/src"
expect_status 1
expect_err_match 'store/store.c includes core/core.h: store/ may not include core/'
expect_err_match 'include each other'

rm -rf "$tmp/src"; cp -r "$DOSSIER_SRC/src" "$tmp/src"
echo '#include <lua.h>' >>"$tmp/src/analysis/text.c"
echo '#include <sqlite3.h>' >>"$tmp/src/analysis/timex.c"
run "$check" "$tmp/src"
expect_status 1
expect_err_match 'analysis/text.c includes Lua'
expect_err_match 'analysis/timex.c includes sqlite3.h'

finish
