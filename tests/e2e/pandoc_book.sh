#!/usr/bin/env bash
# A pandoc-style book (tests/data/pandoc-book: no entries/ folder, a licence comment before the
# front matter, files without front matter, `##` continuation files, two `# ` headings in one
# file, unnumbered and unlisted chapters, natural-order globs, appendices) builds in both
# editions with its chapters in order, each title printed once.
. "$(dirname "$0")/lib.bash"

cp -r "$SRC/tests/data/pandoc-book" "$WORK/book"
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/out" --strict
check "no diagnostic at all" test -z "$(grep -E ': (error|warning|note): ' "$WORK/stderr" || true)"
epub=$(ls "$WORK"/out/*.epub)
pdf=$(ls "$WORK"/out/*.pdf)

# EPUB: the navigation lists the chapters in order, numbered, the unlisted one left out.
mkdir -p "$WORK/epub" && (cd "$WORK/epub" && unzip -q "$epub")
nav=$(find "$WORK/epub" -name 'nav.xhtml' -o -name '*nav*.xhtml' | head -1)
sed -e 's/<[^>]*>/\n/g' "$nav" | sed -e 's/^ *//' -e '/^$/d' | sed -n '/^Contents$/,/^Landmarks$/p' >"$WORK/nav.txt"
grep -E '^(1 |2 |3 |A |B |Part One)' "$WORK/nav.txt" >"$WORK/nav-chapters.txt" || true
printf '%s\n' '1 Getting Started' 'Part One. Foundations' '2 Measuring Things' '3 Closing Thoughts' \
  'A Glossary' 'B Tables' >"$WORK/nav-want.txt"
check "the EPUB's contents list the chapters in order" diff "$WORK/nav-want.txt" "$WORK/nav-chapters.txt"
check "the unlisted chapter is not in the contents" bash -c "! grep -q 'Colophon Notes' '$WORK/nav.txt'"
check "sections of continuation files sit in the contents" grep -qx 'Tenth Section' "$WORK/nav.txt"
check "no entry named by its file shows in the contents" bash -c "! grep -qiE 'opening|continued|later' '$WORK/nav.txt'"

# EPUB text: every title once, every file's words present.
find "$WORK/epub" -name '*.xhtml' ! -name '*nav*' -print0 | sort -z | xargs -0 cat |
  sed -e 's/<title>[^<]*<\/title>//' -e 's/<[^>]*>/\n/g' | sed -e '/^ *$/d' >"$WORK/epub.txt"
for t in 'Getting Started' 'Measuring Things' 'Closing Thoughts' 'Glossary' 'Part One. Foundations' 'Colophon Notes'; do
  check "the EPUB prints '$t' once" test "$(grep -c "^ *$t\$" "$WORK/epub.txt")" = 1
done
check "the EPUB keeps no attribute block" bash -c "! grep -q '{\\.un' '$WORK/epub.txt'"
check "the EPUB does not print the ignored front-matter title" bash -c "! grep -q 'Ignored In A Flow' '$WORK/epub.txt'"
for w in Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima; do
  check "the EPUB holds '$w'" grep -q "$w" "$WORK/epub.txt"
done
check "the EPUB labels a numbered chapter" grep -qx ' *Chapter 2' "$WORK/epub.txt"
check "the EPUB labels an appendix" grep -qx ' *Appendix B' "$WORK/epub.txt"

# PDF: chapter openings, order, and the continuation on the chapter's own page.
pdftotext "$pdf" "$WORK/pdf-pages.txt"
tr -d '\f' <"$WORK/pdf-pages.txt" >"$WORK/pdf.txt"
for w in Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima; do
  check "the PDF holds '$w'" grep -q "$w" "$WORK/pdf.txt"
done
order=$(grep -noE '^(Alpha|Bravo|Charlie|Echo|Foxtrot|Golf|India|Juliet|Kilo|Lima)' "$WORK/pdf.txt" | cut -d: -f2 | tr '\n' ' ')
check "the PDF reads in pandoc's order (got: $order)" test "$order" = \
  "Alpha Bravo Charlie Echo Foxtrot Golf India Juliet Kilo Lima "
check "the PDF opens chapter 2 with its number" grep -qx 'Chapter 2' "$WORK/pdf.txt"
check "the PDF letters the appendices" grep -qx 'Appendix A' "$WORK/pdf.txt"
check "the PDF contents number the chapters" grep -qE '^3 Closing Thoughts' "$WORK/pdf.txt"
check "the PDF running heads name the numbered chapter" grep -q 'Chapter 1. Getting Started' "$WORK/pdf.txt"
body=$(awk 'BEGIN{RS="\f"} /Alpha words open/ {print NR}' "$WORK/pdf-pages.txt")
cont=$(awk 'BEGIN{RS="\f"} /Charlie continues/ {print NR}' "$WORK/pdf-pages.txt")
check "the continuation file runs on on the chapter's page ($body, $cont)" test "$body" = "$cont"
for t in 'Getting Started' 'Measuring Things' 'Closing Thoughts'; do
  # once in the contents, once as the chapter title, and in running heads with its number
  n=$(grep -cx "$t" "$WORK/pdf.txt" || true)
  check "the PDF prints '$t' once as a title line (got $n)" test "$n" = 1
done
pdfinfo -meta "$pdf" >/dev/null 2>&1 || true
if command -v qpdf >/dev/null; then
  outline=$(qpdf --json --json-key=outlines "$pdf" | grep -oE '"title": "[^"]*"' | sed 's/"title": //' | tr '\n' '|')
  check "the PDF outline holds the chapters (got: $outline)" bash -c "[[ '$outline' == *'Getting Started'*'Measuring Things'*'Closing Thoughts'*'Glossary'* ]]"
fi
done_checks
