# Helpers for the CLI tests: run a command capturing stdout, stderr and the
# exit status, then check them.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out_file=$tmp/.out; out_err=$tmp/.err
failures=0
: "${DOSSIER:?DOSSIER must name the dossier binary}"

run() { "$@" >"$out_file" 2>"$out_err" </dev/null; status=$?; }
run_stdin() { local input=$1; shift; printf '%s' "$input" | "$@" >"$out_file" 2>"$out_err"; status=$?; }
fail() { echo "FAIL (line ${BASH_LINENO[0]}): $*" >&2; echo "  stdout: $(head -c 600 "$out_file")" >&2; echo "  stderr: $(head -c 600 "$out_err")" >&2; failures=$((failures+1)); }
expect_status() { [ "$status" -eq "$1" ] || fail "status $status, expected $1"; }
expect_out() { [ "$(cat "$out_file")" = "$1" ] || fail "stdout differs from: $1"; }
expect_out_match() { grep -Eq -- "$1" "$out_file" || fail "stdout lacks /$1/"; }
expect_err_match() { grep -Eq -- "$1" "$out_err" || fail "stderr lacks /$1/"; }
finish() { if [ $failures -gt 0 ]; then echo "$failures check(s) failed" >&2; exit 1; fi; echo "ok"; exit 0; }
