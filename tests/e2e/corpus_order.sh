#!/usr/bin/env bash
# A generated corpus book (../shared/corpus/gen_book.py) builds cleanly, and its
# entries come out in the order the generator says is right (order.txt): chapter rules by
# kind, sorted by founding, birth, release or event date, and by title.
. "$(dirname "$0")/lib.bash"
GEN="$SRC/../shared/corpus/gen_book.py"
[ -f "$GEN" ] || fail "the corpus generator is missing at $GEN"

python3 "$GEN" --entries 40 --seed 7 --out "$WORK/book" >/dev/null
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/out" --epub
# The generator leaves some references uncited on purpose: that one warning is expected.
check "a clean corpus book builds without other diagnostics" \
  test -z "$(grep -E ': (error|warning): ' "$WORK/stderr" | grep -v '\[unused-reference\]$')"
epub=$(ls "$WORK"/out/*.epub)

# The spine's entry documents, in order, against order.txt's entry slugs.
unzip -p "$epub" EPUB/package.opf | grep -o 'idref="doc-[^"]*"' | sed 's/idref="doc-//; s/"$//' |
  grep -v '^ch-' >"$WORK/spine.txt"
sed 's|^entries/||; s|\.md$||' "$WORK/book/order.txt" >"$WORK/expected.txt"
check "entries are in order.txt's order" diff "$WORK/expected.txt" "$WORK/spine.txt"
echo "$(wc -l <"$WORK/expected.txt") entries in order"
done_checks
