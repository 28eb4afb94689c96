#!/usr/bin/env bash
# Footnotes, figures and long tables in the PDF, judged from each page's extracted text:
# every note is on the page of its reference (a note longer than a page continues on the
# next ones), notes are numbered through the chapter, a figure and its caption share a page
# (one that does not fit floats to the top of the next page), and a table's header row opens
# every page the table continues onto.
. "$(dirname "$0")/lib.bash"
BOOK="$SRC/tests/data/layout/pages-book"

expect_exit 0 "$QUIRE" build "$BOOK" -o "$WORK/out" --pdf
pdf=$(ls "$WORK"/out/*.pdf)
check "qpdf finds the PDF sound" qpdf --check "$pdf" >/dev/null
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
mkdir -p "$WORK/pages"
for ((p = 1; p <= pages; p++)); do pdftotext -layout -f "$p" -l "$p" "$pdf" "$WORK/pages/$p.txt"; done

# page_of WORD: the first page whose text holds WORD as a word.
page_of() {
  local p
  for ((p = 1; p <= pages; p++)); do
    if grep -qw -- "$1" "$WORK/pages/$p.txt"; then
      echo "$p"
      return
    fi
  done
  echo 0
}
same_page() { [ "$1" != 0 ] && [ "$1" = "$2" ]; }

for k in 01 02 03 04 05 06 07 08 09 10 11 12; do
  check "the note N$k is on the page of its reference R$k ($(page_of "R$k"))" same_page "$(page_of "R$k")" "$(page_of "N$k")"
done
for k in 01 02 03; do
  check "the note M$k is on the page of its reference S$k" same_page "$(page_of "S$k")" "$(page_of "M$k")"
done
ref=$(page_of RL1)
check "the long note starts on the page of its reference" same_page "$ref" "$(page_of L1start)"
end=$(page_of L1end)
check "the long note continues overleaf (starts on $ref, ends on $end)" test "$end" -gt "$ref"
for ((p = ref + 1; p <= end; p++)); do
  check "page $p carries on the long note under the text" grep -q "[a-z]" "$WORK/pages/$p.txt"
done

# Numbered through the chapter: the second entry's notes follow the first entry's 13.
m1=$(page_of M01)
check "notes are numbered through the chapter (M01 is note 14)" grep -Eq '^ *14\. +M01' "$WORK/pages/$m1.txt"
check "a reference is a superscript number" grep -q "S01¹⁴" "$WORK/pages/$(page_of S01).txt"

# Figures: each caption is on a page that shows an image.
for c in C01 C02; do
  p=$(page_of "$c")
  check "the caption $c is set" test "$p" != 0
  check "the figure with caption $c is on the caption's page $p" \
    test "$(pdfimages -list -f "$p" -l "$p" "$pdf" | tail -n +3 | wc -l)" -ge 1
done

# The second figure does not fit where it stands: the text after it fills the page, and the
# figure opens the next one, its caption the first line under the running head.
check "the text after the second figure stays on the page before it" same_page "$(page_of P01)" "$(page_of P02)"
c2=$(page_of C02)
check "the second figure floats to the top of the next page" test "$c2" = "$(($(page_of P02) + 1))"
check "the second figure comes first on its page" \
  grep -qw C02 <<<"$(grep -v '^ *$' "$WORK/pages/$c2.txt" | sed -n 2p)"

# The table crosses pages, and its header opens each of them.
table_pages=0
for ((p = 1; p <= pages; p++)); do
  if grep -Eqw 'T[0-9][0-9]' "$WORK/pages/$p.txt"; then
    table_pages=$((table_pages + 1))
    check "page $p of the table has the header row" grep -qw Hcol "$WORK/pages/$p.txt"
    first_row=$(grep -Ew 'Hcol|T[0-9][0-9]' "$WORK/pages/$p.txt" | head -n 1)
    check "the header comes before the rows on page $p" grep -qw Hcol <<<"$first_row"
  fi
done
check "the table crosses at least two pages ($table_pages)" test "$table_pages" -ge 2
for k in 01 30 60; do check "row T$k is set once" test "$(cat "$WORK"/pages/*.txt | grep -cw "T$k")" = 1; done

# The sample book: each superscript reference has its note, "N. ...", at the foot of its page,
# and its long table has its header row on every page it crosses.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/sample" --pdf
sample=$(ls "$WORK"/sample/*.pdf)
sample_pages=$(pdfinfo "$sample" | awk '/^Pages:/ {print $2}')
refs=0
peers=0
for ((p = 1; p <= sample_pages; p++)); do
  text=$(pdftotext -layout -f "$p" -l "$p" "$sample" -)
  for sup in $(grep -oE '(⁰|¹|²|³|⁴|⁵|⁶|⁷|⁸|⁹)+' <<<"$text" | sort -u); do
    n=$(sed -e 's/⁰/0/g; s/¹/1/g; s/²/2/g; s/³/3/g; s/⁴/4/g; s/⁵/5/g; s/⁶/6/g; s/⁷/7/g; s/⁸/8/g; s/⁹/9/g' <<<"$sup")
    refs=$((refs + 1))
    check "sample book page $p: note $n is at the foot of the page of its reference" grep -Eq "^ *$n\. " <<<"$text"
  done
  if grep -Eq '^ *(ELMo|Megatron-LM|Gopher|Chinchilla|Pythia|Mixtral 8x7B) {2,}[A-Z]' <<<"$text"; then
    peers=$((peers + 1))
    check "sample book page $p: the table of models has its header row" grep -Eq '^ *Model +Developer +Year +Parameters' <<<"$text"
  fi
done
check "the sample book has footnotes ($refs references found)" test "$refs" -ge 5
check "the sample book's table of models crosses a page ($peers pages)" test "$peers" -ge 2
done_checks
