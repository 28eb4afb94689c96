#!/usr/bin/env bash
# The sample book's EPUB passes the shared EPUB audit: epubcheck 4.2.6 and the EPUB 3.3 rules
# with 0 errors and 0 warnings, Ace with no serious violation, epub.js and calibre read it.
. "$(dirname "$0")/lib.bash"
AUDIT="$SRC/../shared/audit/epub-audit"
[ -x "$AUDIT" ] || fail "the EPUB audit is missing at $AUDIT"

# Both editions, so the audited EPUB carries the print edition's page-list.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/out"
epub=$(ls "$WORK"/out/*.epub)
"$AUDIT" --out "$WORK/reports" "$epub" >"$WORK/audit.txt" 2>&1 || true
tail -n 1 "$WORK/audit.txt"
last=$(tail -n 1 "$WORK/audit.txt")
case "$last" in
  *"epubcheck4 fatal=0 errors=0 warnings=0 | epubcheck-ts fatal=0 errors=0 warnings=0"*"| PASS") passed=$((passed + 1)) ;;
  *) cat "$WORK/audit.txt" >&2; fail "epub-audit did not pass the sample book" ;;
esac
done_checks
