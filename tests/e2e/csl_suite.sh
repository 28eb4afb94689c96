#!/usr/bin/env bash
# `quire cite` over the whole CSL test suite (csl-suite, next to the source tree): the set
# of failing fixtures must be exactly the known failures listed in
# tests/data/csl/csl-suite-known-failures.txt. A new failure fails this test, and so does a
# listed fixture that now passes (it is to be taken off the list).
. "$(dirname "$0")/lib.bash"
SUITE="$SRC/../shared/audit/csl-suite"
KNOWN="$SRC/tests/data/csl/csl-suite-known-failures.txt"
[ -f "$SUITE" ] || fail "csl-suite is missing at $SUITE"
[ -f "$KNOWN" ] || fail "the list of known failures is missing at $KNOWN"

# A crash or hang shows as a failure too (exit status, timeout), so exit 1 is expected.
got=0
python3 "$SUITE" --processor "$QUIRE cite" -q --timeout 20 --list-failures "$WORK/failing.txt" \
  >"$WORK/suite.log" 2>&1 || got=$?
[ "$got" -le 1 ] || { tail -n 20 "$WORK/suite.log" >&2; fail "csl-suite exited $got"; }
check "csl-suite ran every fixture" grep -qE '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$WORK/suite.log"
tail -n 1 "$WORK/suite.log"

sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$KNOWN" | sort -u >"$WORK/known.txt"
sort -u "$WORK/failing.txt" >"$WORK/failing.sorted"
comm -13 "$WORK/known.txt" "$WORK/failing.sorted" >"$WORK/new-failures.txt"
comm -23 "$WORK/known.txt" "$WORK/failing.sorted" >"$WORK/now-passing.txt"
if [ -s "$WORK/new-failures.txt" ]; then
  echo "fixtures that fail and are not known failures:" >&2
  sed 's/^/  /' "$WORK/new-failures.txt" >&2
  while read -r name; do grep -F "FAIL $name " "$WORK/suite.log" >&2 || true; done <"$WORK/new-failures.txt"
fi
if [ -s "$WORK/now-passing.txt" ]; then
  echo "known failures that now pass; remove them from $KNOWN:" >&2
  sed 's/^/  /' "$WORK/now-passing.txt" >&2
fi
check "no fixture fails beyond the known failures" test ! -s "$WORK/new-failures.txt"
check "every known failure still fails" test ! -s "$WORK/now-passing.txt"
done_checks
