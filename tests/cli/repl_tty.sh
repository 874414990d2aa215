#!/usr/bin/env bash
# The shell on a terminal (a pseudo-terminal made by script(1)): values
# print, records print as a table, Ctrl-C stops a loop and the session goes
# on, tab completes fields, history survives a restart.
set -u
. "$(dirname "$0")/lib.bash"
: > "$out_err"
command -v script >/dev/null || { echo "script(1) not available"; exit 77; }
export DOSSIER_HISTORY=$tmp/history

# Feed keystrokes with pauses so that the loop is running when ^C comes.
keys() {
  sleep 0.5; printf '1+1\r'
  sleep 0.3; printf 'articles.add{title="Hello", body="World", published="2024-01-02"}\r'
  sleep 0.3; printf 'articles.list{}\r'
  sleep 0.3; printf 'while true do end\r'
  sleep 1.0; printf '\003'
  sleep 0.5; printf 'x = 41\r'
  sleep 0.3; printf 'x + 1\r'
  sleep 0.3; printf 'articles.cou\t()\r'
  sleep 0.5; printf '\004'
}
keys | script -qfec "$DOSSIER -d $tmp/tty.db" /dev/null > "$out_file" 2>&1
strip() { sed -E 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | tr -d '\r'; }
strip < "$out_file" > "$tmp/screen"
grep -q '^2$' "$tmp/screen" || fail "1+1 did not print 2"
grep -Eq '^id +kind +published +title' "$tmp/screen" || fail "no table header"
grep -q 'interrupted' "$tmp/screen" || fail "Ctrl-C did not interrupt"
grep -q '^42$' "$tmp/screen" || fail "session lost after Ctrl-C"
grep -q 'articles.count()' "$tmp/screen" || fail "tab did not complete articles.cou"
grep -q '^1$' "$tmp/screen" || fail "completed call did not run"
grep -q '^x = 41$' "$DOSSIER_HISTORY" || fail "history not saved"

# a second session sees the history: up-arrow recalls articles.count()
{ sleep 0.5; printf '\033[A\r'; sleep 0.5; printf '\004'; } |
  script -qfec "$DOSSIER -d $tmp/tty.db" /dev/null > "$out_file" 2>&1
strip < "$out_file" | grep -q '^1$' || fail "history did not survive a restart"
finish
