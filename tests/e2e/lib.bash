# Shared helpers for the end-to-end scripts: each script gets QUIRE (the binary), SRC (the
# source tree) and WORK (a scratch folder of its own) and fails on the first broken expectation.
set -euo pipefail
QUIRE=$1
SRC=$2
WORK=$3
rm -rf "$WORK"
mkdir -p "$WORK"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}

passed=0
# check DESCRIPTION CMD... : one expectation; counts it or fails the script.
check() {
  local what=$1
  shift
  "$@" || fail "$what"
  passed=$((passed + 1))
}

differ() { ! cmp -s "$1" "$2"; }

# done_checks: the closing line ctest's log shows.
done_checks() { echo "$passed passed, 0 failed"; }

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# expect_exit CODE CMD... : runs CMD, keeps stderr in $WORK/stderr, checks the exit code.
expect_exit() {
  local want=$1
  shift
  local got=0
  "$@" >"$WORK/stdout" 2>"$WORK/stderr" || got=$?
  [ "$got" = "$want" ] || { cat "$WORK/stderr" >&2; fail "'$*' exited $got, expected $want"; }
  passed=$((passed + 1))
}

expect_stderr() {
  grep -qF -- "$1" "$WORK/stderr" || { cat "$WORK/stderr" >&2; fail "stderr lacks: $1"; }
  passed=$((passed + 1))
}
