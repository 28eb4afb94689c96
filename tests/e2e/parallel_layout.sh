#!/usr/bin/env bash
# Entries are loaded and laid out on several threads, and the EPUB is built while the PDF is
# drawn: the bytes of both outputs and every diagnostic, in order, are the same for any
# number of threads (--jobs 1 is the single-threaded build). And when a book runs past
# `limits: total-pages`, the entry blamed does not depend on which thread got there first.
. "$(dirname "$0")/lib.bash"

python3 "$SRC/../shared/corpus/gen_book.py" --entries 40 --seed 7 --out "$WORK/gen" >/dev/null
# A missing image gives the generated book warnings from layout as well as from loading.
printf '\n![A chart that is not there](missing-chart.png)\n' >>"$(ls "$WORK"/gen/entries/*.md | sed -n 5p)"

for book in "$SRC/book" "$WORK/gen"; do
  name=$(basename "$book")
  for jobs in 1 2 5; do
    "$QUIRE" build "$book" -o "$WORK/$name-$jobs" --jobs "$jobs" --color never 2>"$WORK/$name-$jobs.err" ||
      { cat "$WORK/$name-$jobs.err" >&2; fail "$name: the build with --jobs $jobs failed"; }
    sed -i "s|$WORK/$name-$jobs/||" "$WORK/$name-$jobs.err"
  done
  epub=$(cd "$WORK/$name-1" && ls *.epub)
  pdf=$(cd "$WORK/$name-1" && ls *.pdf)
  for jobs in 2 5; do
    check "$name: the PDF with --jobs $jobs is the single-threaded one" cmp "$WORK/$name-1/$pdf" "$WORK/$name-$jobs/$pdf"
    check "$name: the EPUB with --jobs $jobs is the single-threaded one" cmp "$WORK/$name-1/$epub" "$WORK/$name-$jobs/$epub"
    check "$name: the diagnostics with --jobs $jobs are the single-threaded ones" diff "$WORK/$name-1.err" "$WORK/$name-$jobs.err"
  done
done
check "the generated book warned of its missing image" grep -q 'missing-chart.png' "$WORK/gen-1.err"
check "the generated book warned of glyphs no font has" grep -q 'missing-glyph' "$WORK/gen-1.err"
pages=$(pdfinfo "$WORK/gen-1/$(cd "$WORK/gen-1" && ls *.pdf)" | awk '/^Pages:/ {print $2}')
check "the generated book has pages to share out ($pages)" test "$pages" -gt 100

# Past the page limit: the same error, at the same entry, whatever the threads.
printf 'limits: {total-pages: 60}\n' >>"$WORK/gen/book.yaml"
for jobs in 1 2 5; do
  expect_exit 1 "$QUIRE" build "$WORK/gen" -o "$WORK/limit-$jobs" --pdf --jobs "$jobs" --color never
  grep 'runs past' "$WORK/stderr" >"$WORK/limit-$jobs.err" || true
done
check "the limit is reported once" test "$(wc -l <"$WORK/limit-1.err")" = 1
check "the limit is blamed on the same entry with --jobs 2" diff "$WORK/limit-1.err" "$WORK/limit-2.err"
check "the limit is blamed on the same entry with --jobs 5" diff "$WORK/limit-1.err" "$WORK/limit-5.err"
check "no PDF was written past the limit" test ! -e "$WORK/limit-2"
done_checks
