#!/usr/bin/env bash
# Packaging: after `cmake --install build --prefix P` (any P), a C program
# builds with plain pkg-config (dossier; dossier-lua for dossier_eval) and
# runs, the flags carry nothing of the dependencies' own build, and a
# stock lua5.4 finds the module with require "dossier". A program also
# builds against the build tree itself (PKG_CONFIG_PATH=build).
set -u
. "$(dirname "$0")/lib.bash"
grep -q "DOSSIER_SANITIZE:BOOL=ON" "$DOSSIER_BUILD/CMakeCache.txt" &&
  { echo "a sanitized library does not link into a plain program"; exit 77; }
for tool in pkg-config cc cmake; do
  command -v $tool >/dev/null || { echo "$tool not installed"; exit 77; }
done
src=$DOSSIER_SRC/examples

# -- the build tree, through the documented path
export PKG_CONFIG_PATH=$DOSSIER_BUILD
flags=$(pkg-config --cflags --libs dossier) || fail "no dossier.pc in the build tree"
cc -o "$tmp/embed_tree" "$src/embed.c" $flags > "$out_err" 2>&1 || fail "embed.c does not build against the build tree"
run "$tmp/embed_tree"; expect_status 0
flags=$(pkg-config --cflags --libs dossier-lua)
cc -o "$tmp/embed_lua_tree" "$src/embed_lua.c" $flags > "$out_err" 2>&1 || fail "embed_lua.c does not build against the build tree"
run "$tmp/embed_lua_tree"; expect_status 0

# -- an install to a prefix the configure step never saw
prefix=$tmp/elsewhere/p
cmake --install "$DOSSIER_BUILD" --prefix "$prefix" > "$out_file" 2>&1 || fail "cmake --install failed"
pc=$(find "$prefix" -name dossier.pc | head -1)
[ -n "$pc" ] || fail "dossier.pc not installed"
export PKG_CONFIG_PATH=$(dirname "$pc")
[ "$(realpath -m "$(pkg-config --variable=prefix dossier)")" = "$(realpath "$prefix")" ] ||
  fail "installed dossier.pc names another prefix: $(pkg-config --variable=prefix dossier)"
case "$(pkg-config --cflags dossier dossier-lua)" in
  *-D*) fail "Cflags leak definitions: $(pkg-config --cflags dossier dossier-lua)";;
esac
cc -o "$tmp/embed" "$src/embed.c" $(pkg-config --cflags --libs dossier) > "$out_err" 2>&1 ||
  fail "embed.c does not build with pkg-config --cflags --libs dossier"
LD_LIBRARY_PATH=$(pkg-config --variable=libdir dossier) run "$tmp/embed"; expect_status 0
cc -o "$tmp/embed_lua" "$src/embed_lua.c" $(pkg-config --cflags --libs dossier-lua) > "$out_err" 2>&1 ||
  fail "embed_lua.c does not build with pkg-config --cflags --libs dossier-lua"
LD_LIBRARY_PATH=$(pkg-config --variable=libdir dossier) run "$tmp/embed_lua"; expect_status 0

# -- require "dossier" from a stock lua5.4, from the installed module
if command -v lua5.4 >/dev/null; then
  mod=$(find "$prefix" -name dossier.so | head -1)
  [ -n "$mod" ] || fail "the Lua module is not installed"
  case "$mod" in */lua/5.4/dossier.so) ;; *) fail "module not under lua/5.4: $mod";; esac
  LUA_CPATH="$(dirname "$mod")/?.so" run lua5.4 -e '
    local dossier = require "dossier"
    local c = assert(dossier.open(":memory:"))
    c.articles.add{title = "Installed", body = "From the install.", published = "1987-03-02"}
    print(c.articles.count(), c.asof("1987-03-31"), c:asof())
    io.write(c.report.csv(c.articles.list{}, {columns = {"id", "title"}}))
    c:close()'
  expect_status 0
  expect_out "$(printf '1\t1987-03-31\t1987-03-31\nid,title\r\n1,Installed\r')"
fi
finish
