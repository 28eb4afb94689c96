#!/usr/bin/env bash
# The sample book's PDF passes the shared PDF audit: qpdf finds nothing wrong, every font is
# embedded, and no line is overfull, no page holds a widow, an orphan or a stranded heading;
# and the PDF is reproducible.
. "$(dirname "$0")/lib.bash"
AUDIT="$SRC/../shared/audit/pdf-audit"
[ -x "$AUDIT" ] || fail "the PDF audit is missing at $AUDIT"

expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/out" --pdf
pdf=$(ls "$WORK"/out/*.pdf)
check "--pdf writes no EPUB" test -z "$(ls "$WORK"/out/*.epub 2>/dev/null)"
"$AUDIT" "$pdf" >"$WORK/audit.txt" 2>&1 || { cat "$WORK/audit.txt" >&2; fail "pdf-audit could not read $pdf"; }
last=$(tail -n 1 "$WORK/audit.txt")
echo "$last"
has() { case " $last " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
for want in qpdf_check=clean fonts_embedded=all overfull_lines=0 widows=0 orphans=0 stranded_headings=0; do
  check "pdf-audit reports $want" has "$want"
done

# Another build, from another folder and time zone, gives the same bytes.
cp -r "$SRC/book" "$WORK/copy"
(cd "$WORK" && TZ=Asia/Tokyo LC_ALL=C "$QUIRE" build copy -o again --pdf 2>/dev/null)
check "two builds of the PDF are byte-identical" cmp -s "$pdf" "$WORK/again/$(basename "$pdf")"
done_checks
