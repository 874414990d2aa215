#!/usr/bin/env bash
# The command line against hostile input: huge and binary input on stdin,
# damaged and odd database files, odd paths for ingest, a process killed
# (SIGKILL) or interrupted (SIGINT) in the middle of writing. Nothing may
# crash (exit status >= 128), hang, or leave half an article behind.
#
# A case marked known_bug is a bug reported but not fixed here (it belongs
# to a module another engineer is writing): it prints XFAIL and does not
# fail the suite, unless DOSSIER_STRICT=1; when it starts passing it prints
# XPASS so that the mark can be removed.
set -u
. "$(dirname "$0")/lib.bash"

no_crash() { [ "$status" -lt 124 ] || fail "crashed or hung (status $status)"; }
xfails=0
known_bug() {   # known_bug DESCRIPTION -- runs the rest of the checks as one
  local desc=$1 before=$failures
  shift
  "$@"
  if [ "$failures" -gt "$before" ]; then
    if [ "${DOSSIER_STRICT:-0}" = 1 ]; then
      echo "known bug still there: $desc" >&2
    else
      failures=$before; xfails=$((xfails+1))
      echo "XFAIL (known bug): $desc" >&2
    fi
  else
    echo "XPASS: $desc (remove the known_bug mark)" >&2
  fi
}

# ---- huge and binary input on stdin -------------------------------------

# a 10 MB one-line statement
{ printf 'x = "'; head -c 10000000 /dev/zero | tr '\0' a; printf '"\nprint(#x)\n'; } > "$tmp/huge.lua"
"$DOSSIER" -d :memory: < "$tmp/huge.lua" > "$out_file" 2> "$out_err"; status=$?
expect_status 0; expect_out "10000000"

# a 10 MB one-line expression, printed back
{ printf 'return #"'; head -c 10000000 /dev/zero | tr '\0' 'b'; printf '"\n'; } > "$tmp/huge2.lua"
"$DOSSIER" -d :memory: < "$tmp/huge2.lua" > "$out_file" 2> "$out_err"; status=$?
expect_status 0; expect_out "10000000"

# nesting deeper than the parser allows: a clean syntax error
{ printf 'x = '; head -c 300000 /dev/zero | tr '\0' '('; printf '1'; head -c 300000 /dev/zero | tr '\0' ')'; printf '\n'; } > "$tmp/deep.lua"
"$DOSSIER" -d :memory: < "$tmp/deep.lua" > "$out_file" 2> "$out_err"; status=$?
expect_status 1; expect_err_match 'stdin:1:|stack overflow|too many'

# binary garbage piped in, with and without NUL bytes
# (after a fixed first byte: garbage that happens to start with "." is a
# dot-command to the shell, and says so instead)
{ printf 'z'; head -c 200000 /dev/urandom; } > "$tmp/garbage.bin"
"$DOSSIER" -d :memory: < "$tmp/garbage.bin" > "$out_file" 2> "$out_err"; status=$?
expect_status 1; no_crash; expect_err_match 'stdin'
head -c 200000 /dev/urandom | tr -d '\0' > "$tmp/garbage2.bin"
"$DOSSIER" -d :memory: - < "$tmp/garbage2.bin" > "$out_file" 2> "$out_err"; status=$?
expect_status 1; no_crash
# garbage as a script file, and a directory as a script
run "$DOSSIER" -d :memory: "$tmp/garbage.bin"
expect_status 1; no_crash; expect_err_match 'garbage.bin'
run "$DOSSIER" -d :memory: "$tmp"
expect_status 1; no_crash
# compiled Lua is refused (Lua does not check bytecode: a damaged chunk crashes)
if command -v luac5.4 >/dev/null; then
  printf 'print("compiled")\n' > "$tmp/c.lua"
  luac5.4 -o "$tmp/c.luac" "$tmp/c.lua"
  run "$DOSSIER" -d :memory: "$tmp/c.luac"
  expect_status 1; expect_err_match 'c.luac: cannot run a compiled'
  # and a damaged one
  head -c 40 "$tmp/c.luac" > "$tmp/d.luac"; head -c 60 /dev/urandom >> "$tmp/d.luac"
  run "$DOSSIER" -d :memory: "$tmp/d.luac"
  expect_status 1; no_crash
  "$DOSSIER" -d :memory: < "$tmp/d.luac" > "$out_file" 2> "$out_err"; status=$?
  expect_status 1; no_crash
fi
# invalid UTF-8 and control characters inside a statement are just bytes
run_stdin $'x = "\xff\xfe\x01\x1b[31m"\nprint(#x)\n' "$DOSSIER" -d :memory:
expect_status 0; expect_out "8"

# dot-commands without arguments from a pipe, also with CRLF line ends
run_stdin $'.count\n' "$DOSSIER" -d :memory:
expect_status 0; expect_out "0"
run_stdin $'.count\r\n.asof 2024-01-02\r\n' "$DOSSIER" -d :memory:
expect_status 0; expect_out $'0\n2024-01-02'

# ---- odd database files -------------------------------------------------

mkdir "$tmp/dir.db"
run "$DOSSIER" -d "$tmp/dir.db" -e 1
expect_status 1; no_crash; expect_err_match "cannot open|dir.db"

# a zero-length file is a new database
: > "$tmp/zero.db"
run "$DOSSIER" -d "$tmp/zero.db" -e 'articles.add{title="a", body="b"}; return articles.count()'
expect_status 0; expect_out "1"

# a real database, then a copy cut in half
db=$tmp/real.db
run "$DOSSIER" -d "$db" -e 'for i = 1, 300 do articles.add{title = "Title " .. i,
  body = ("China and Japan held talks in Tokyo on day %d. "):format(i):rep(20),
  published = "2024-01-01"} end; return articles.count()'
expect_status 0; expect_out "300"
size=$(stat -c %s "$db")
[ "$size" -gt 100000 ] || fail "the test database is too small ($size bytes)"
head -c $((size / 2)) "$db" > "$tmp/half.db"
cp "$tmp/half.db" "$tmp/half.copy"
run "$DOSSIER" -d "$tmp/half.db" -e 'return articles.count()'
no_crash
# either refused at open, or opened and the damage reported by a query
if [ "$status" -eq 0 ]; then
  run "$DOSSIER" -d "$tmp/half.db" -e 'for r in articles.each{} do local a = articles.get(r.id) end
    return #entities.top{}'
  expect_status 1; no_crash; expect_err_match 'malformed|corrupt|damaged'
else
  expect_status 1; expect_err_match 'malformed|corrupt|damaged|not a database'
fi
run "$DOSSIER" -d "$tmp/half.db" -e 'articles.add{title="new", body="text"}'
no_crash
[ "$status" -ne 0 ] || fail "writing to a truncated database succeeded"

# the first page only: a header that promises more than the file holds
head -c 4096 "$db" > "$tmp/page.db"
run "$DOSSIER" -d "$tmp/page.db" -e 'return articles.count()'
no_crash; expect_status 1

# A read-only file: reading works, writing fails with a message, the file
# is unchanged. Root ignores the mode bits, so as root this runs as nobody
# (when setpriv can switch), else it is skipped.
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    chmod 711 "$tmp"
  else
    as_user=(skip)
  fi
fi
if [ "${as_user[0]:-}" != skip ]; then
  mkdir -p "$tmp/rw" "$tmp/rodir"
  for dir in rw rodir; do
    cp "$db" "$tmp/$dir/ro.db"; chmod 444 "$tmp/$dir/ro.db"
    cp "$tmp/$dir/ro.db" "$tmp/$dir/ro.copy"
  done
  chmod 777 "$tmp/rw"; chmod 755 "$tmp/rodir"
  # a read-only file in a writable folder
  run "${as_user[@]}" "$DOSSIER" -d "$tmp/rw/ro.db" -e 'return articles.count()'
  expect_status 0; expect_out "300"
  run "${as_user[@]}" "$DOSSIER" -d "$tmp/rw/ro.db" -e 'articles.add{title="x", body="y"}'
  expect_status 1; no_crash; expect_err_match 'readonly|read-only'
  cmp -s "$tmp/rw/ro.db" "$tmp/rw/ro.copy" || fail "a read-only database was modified"
  # a read-only file in a read-only folder (SQLite cannot make the WAL
  # index): read as an immutable file; writes are refused
  run "${as_user[@]}" "$DOSSIER" -d "$tmp/rodir/ro.db" -e 'return articles.count()'
  no_crash; expect_status 0; expect_out "300"
  run "${as_user[@]}" "$DOSSIER" -d "$tmp/rodir/ro.db" -e 'return #search.query("talks")'
  no_crash; expect_status 0
  run "${as_user[@]}" "$DOSSIER" -d "$tmp/rodir/ro.db" -e 'articles.add{title="x", body="y"}'
  expect_status 1; no_crash; expect_err_match 'readonly|read-only'
  cmp -s "$tmp/rodir/ro.db" "$tmp/rodir/ro.copy" || fail "a read-only database was modified"
  chmod 700 "$tmp"
fi

# ---- ingest on odd paths ------------------------------------------------

idb=$tmp/ingest.db
run "$DOSSIER" -d "$idb" ingest /dev/null
no_crash
[ "$status" -le 1 ] || fail "ingest /dev/null: status $status"
[ "$status" -eq 0 ] || expect_err_match '.'

mkdir -p "$tmp/loop/sub"
printf 'A title\nChina and Japan held talks in Tokyo.\n' > "$tmp/loop/sub/a.txt"
ln -s .. "$tmp/loop/sub/up"
ln -s "$tmp/loop" "$tmp/loop/sub/again"
ln -s self "$tmp/loop/self"
ln -s /nonexistent/target "$tmp/loop/dangling"
status=0; timeout 60 "$DOSSIER" -d "$idb" ingest "$tmp/loop" > "$out_file" 2> "$out_err" < /dev/null || status=$?
no_crash
[ "$status" -le 1 ] || fail "ingest of a symlink loop: status $status"
run "$DOSSIER" -d "$idb" -e 'return articles.count{}'
expect_status 0; expect_out "1"

mkfifo "$tmp/fifo"
status=0; timeout 10 "$DOSSIER" -d "$idb" ingest "$tmp/fifo" > "$out_file" 2> "$out_err" < /dev/null || status=$?
[ "$status" -ne 124 ] || fail "ingest of a FIFO hung"; no_crash
# unblock a reader that may still be waiting
( exec 3<>"$tmp/fifo" ) 2>/dev/null || true
status=0; timeout 10 "$DOSSIER" -d "$idb" -e "return (articles.ingest('$tmp/fifo'))" > "$out_file" 2> "$out_err" < /dev/null || status=$?
[ "$status" -ne 124 ] || fail "articles.ingest of a FIFO hung"; no_crash
( exec 3<>"$tmp/fifo" ) 2>/dev/null || true

# dossier.readfile goes through ingest's reader: nil, message for odd files
status=0; timeout 10 "$DOSSIER" -d :memory: -e "local t, m = dossier.readfile('$tmp/fifo'); return m" > "$out_file" 2> "$out_err" < /dev/null || status=$?
[ "$status" -ne 124 ] || fail "dossier.readfile of a FIFO hung"
no_crash; expect_out_match 'pipe'
( exec 3<>"$tmp/fifo" ) 2>/dev/null || true
for p in /dev/zero "$tmp" /dev/null; do
  status=0; timeout 20 "$DOSSIER" -d :memory: -e "local t, m = dossier.readfile('$p'); return t and 'text' or m" > "$out_file" 2> "$out_err" < /dev/null || status=$?
  expect_status 0; expect_out_match '.'
done

run "$DOSSIER" -d "$idb" ingest /nonexistent/file.txt
expect_status 1; expect_err_match 'nonexistent'
run "$DOSSIER" -d "$idb" ingest "$tmp/garbage.bin"
no_crash
[ "$status" -le 1 ] || fail "ingest of binary garbage: status $status"

# ---- killed and interrupted writers --------------------------------------

check_whole() {   # check_whole DB: sound, and every article complete
  local db=$1 n
  run "$DOSSIER" -d "$db" -e 'return dossier.sql("PRAGMA integrity_check")[1].integrity_check'
  expect_status 0; expect_out "ok"
  run "$DOSSIER" -d "$db" -e 'return articles.count()'
  expect_status 0
  n=$(cat "$out_file")
  [ "${n:-0}" -gt 0 ] || fail "no article was committed before the kill"
  run "$DOSSIER" -d "$db" -e 'return dossier.sql([[SELECT count(*) AS n FROM articles a
      WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article = a.id)
         OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article = a.id)]])[1].n'
  expect_status 0; expect_out "0"
  run "$DOSSIER" -d "$db" -e 'return dossier.sql([[SELECT count(*) AS n FROM
      articles_fts WHERE articles_fts MATCH ?]], "Tokyo")[1].n'
  expect_status 0; expect_out "$n"
  if command -v sqlite3 >/dev/null; then
    sqlite3 "$db" "INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')" \
      > "$out_file" 2> "$out_err" || fail "FTS index inconsistent after the kill"
  fi
}

writer='for i = 1, 1000000 do
  articles.add{title = "Report " .. i, published = "2024-02-03",
    body = ("China and Japan held talks in Tokyo, round %d. "):format(i):rep(8)}
end'

kdb=$tmp/killed.db
"$DOSSIER" -d "$kdb" -e "$writer" > /dev/null 2>&1 &
pid=$!
sleep 3
kill -KILL "$pid" 2>/dev/null || fail "the writer ended before it was killed"
wait "$pid" 2>/dev/null
check_whole "$kdb"
# and it takes more writes afterwards
run "$DOSSIER" -d "$kdb" -e 'articles.add{title="after", body="the kill in Tokyo"}'
expect_status 0

# Ctrl-C: a script stops with "interrupted", the corpus stays whole
idb2=$tmp/int.db
"$DOSSIER" -d "$idb2" -e "$writer" > "$out_file" 2> "$out_err" &
pid=$!
sleep 3
kill -INT "$pid" 2>/dev/null || fail "the writer ended before it was interrupted"
status=0; for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  fail "SIGINT did not stop a script within 10 s"; kill -KILL "$pid"
fi
wait "$pid"; status=$?
expect_status 1; expect_err_match 'interrupted'
check_whole "$idb2"

# an endless pure-Lua loop stops on SIGINT too. The signal is sent once
# the loop runs (it prints "looping" first): a background job of this
# shell ignores SIGINT until dossier installs its handler, so a signal
# sent while a slow build still starts up would be lost
"$DOSSIER" -d :memory: -e 'print("looping") io.stdout:flush() while true do end' \
  > "$out_file" 2> "$out_err" &
pid=$!
for _ in $(seq 1 300); do grep -q looping "$out_file" 2>/dev/null && break; sleep 0.1; done
kill -INT "$pid"
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then
  fail "SIGINT did not stop an endless loop within 5 s"; kill -KILL "$pid"
fi
wait "$pid"; status=$?
expect_status 1; expect_err_match 'interrupted'

[ "$xfails" -eq 0 ] || echo "$xfails known bug(s) marked XFAIL" >&2
finish
