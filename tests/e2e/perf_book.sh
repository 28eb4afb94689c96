#!/usr/bin/env bash
# perf-book (../shared/realbooks/perf-book, CC0, a pandoc + crossref book) with
# examples/perf-book/book.yaml: its 142 chapter files come together in pandoc's order, with the
# chapters its `# ` headings open. The constructs the Markdown reader does not read yet
# (attributes, crossref keys, math, raw TeX) still stop the build with errors; this test checks
# the chapter structure through `quire check`'s diagnostics and the EPUB's navigation when the
# build succeeds, and prints what remains, grouped by code.
. "$(dirname "$0")/lib.bash"

shared="$SRC/../shared/realbooks/perf-book"
[ -d "$shared" ] || { echo "SKIP: $shared is absent"; exit 0; }
cp -r "$shared" "$WORK/perf-book"
chmod -R u+w "$WORK/perf-book"
cp "$SRC/examples/perf-book/book.yaml" "$WORK/perf-book/book.yaml"

status=0
"$QUIRE" build "$WORK/perf-book" -o "$WORK/out" >"$WORK/stdout" 2>"$WORK/stderr" || status=$?
echo "quire build exited $status; diagnostics by code:"
grep -oE '\[[a-z-]+\]$' "$WORK/stderr" | sort | uniq -c | sort -rn || true

# Nothing about the book folder itself may fail: every file is found and read, every title known.
for code in missing-entry outside-book no-front-matter unclosed-front-matter missing-key no-title \
  nested-field duplicate-slug unplaced-entry empty-chapter wrong-type; do
  check "no [$code] diagnostic" bash -c "! grep -q '\[$code\]\$' '$WORK/stderr'"
done
check "book.yaml raises nothing" bash -c "! grep -q '^[^:]*book.yaml:' '$WORK/stderr'"

# The chapter files, natural order, as the author's export script hands them to pandoc.
(cd "$WORK/perf-book" && find chapters -name '*.md' ! -name '0-4 *' | sort -V) >"$WORK/files.txt"
check "142 chapter files less the contents page" test "$(wc -l <"$WORK/files.txt")" = 141

# The chapters pandoc makes: every `# ` line outside code fences, in file order.
while IFS= read -r f; do
  awk '/^(```|~~~)/ {fence = !fence} !fence && /^# / {sub(/^# /, ""); sub(/ *\{[^}]*\} *$/, ""); print}' \
    "$WORK/perf-book/$f"
done <"$WORK/files.txt" >"$WORK/want-chapters.txt"
echo "expected chapters: $(wc -l <"$WORK/want-chapters.txt")"

if [ "$status" != 0 ]; then
  # The build stops on other constructs. Every error must be one of them, at a chapter file's
  # path:line:col (so each file was read on its own) ...
  check "the build's errors come from the Markdown, not the book folder" \
    bash -c "! grep -E ': error: ' '$WORK/stderr' | grep -v 'unknown citation key' | grep -q ."
  check "every error names a chapter file and line" \
    bash -c "! grep -E ': error: ' '$WORK/stderr' | grep -vE '/chapters/[^:]+\.md:[0-9]+:[0-9]+: error' | grep -q ."
  echo "blocking errors: $(grep -c ': error: ' "$WORK/stderr") crossref references read as citations, e.g.:"
  grep -m3 ': error: ' "$WORK/stderr" || true
  # ... and the chapter structure is checked on a copy whose crossref references are defused
  # (`@fig:x` -> `xref-fig-x`), which quire then builds.
  find "$WORK/perf-book/chapters" -name '*.md' -print0 |
    xargs -0 sed -i -E 's/(-?)@(fig|sec|tbl|lst|eq):/\1xref-\2-/g'
  "$QUIRE" build "$WORK/perf-book" -o "$WORK/out" >"$WORK/stdout" 2>"$WORK/stderr2" || {
    grep -oE '\[[a-z-]+\]$' "$WORK/stderr2" | sort | uniq -c
    grep -m5 ': error: ' "$WORK/stderr2"
    fail "the book with its crossref references defused does not build"
  }
fi
epub=$(ls "$WORK"/out/*.epub)
pdf=$(ls "$WORK"/out/*.pdf)
mkdir -p "$WORK/epub" && (cd "$WORK/epub" && unzip -q "$epub")
# The division pages name the chapters in order, each once.
for page in $(grep -oE 'href="text/[^"]*"' "$WORK/epub/EPUB/package.opf" | cut -d'"' -f2); do
  grep -o '<h1 class="division-title">[^<]*' "$WORK/epub/EPUB/$page" | sed 's/.*>//' || true
done | sed -e 's/&amp;/\&/g' >"$WORK/got-chapters.txt"
check "the EPUB's chapters are pandoc's, in order" diff "$WORK/want-chapters.txt" "$WORK/got-chapters.txt"
check "no chapter title is printed as a heading of its own as well" \
  bash -c "! grep -l '<h1>' '$WORK'/epub/EPUB/text/*.xhtml | grep -v '/references.xhtml' | grep -q ."
pdftotext "$pdf" - | tr -d '\f' >"$WORK/pdf.txt"
tr '\n' ' ' <"$WORK/pdf.txt" | tr -s ' ' >"$WORK/pdf-joined.txt"  # long titles wrap
while IFS= read -r t; do
  check "the PDF prints chapter '$t'" grep -qF "$t" "$WORK/pdf-joined.txt"
done <"$WORK/want-chapters.txt"
# A title printed twice would stand on two lines in a row (the chapter's, then the file's heading).
check "no title follows itself in the PDF" \
  bash -c "! awk 'NR == FNR {t[\$0] = 1; next} NF && (\$0 in t) && \$0 == prev {found = 1} NF {prev = \$0} END {exit !found}' '$WORK/want-chapters.txt' '$WORK/pdf.txt'"
# Every chapter file's first words are in the PDF.
while IFS= read -r f; do
  words=$(awk '/^(```|~~~)/ {fence = !fence; next} !fence && /^[A-Z][a-z]+ [a-z]+ [a-z]+ / {print $1, $2, $3; exit}' "$WORK/perf-book/$f")
  [ -n "$words" ] && check "the PDF holds '$words' of $f" grep -qF "$words" "$WORK/pdf.txt"
done <"$WORK/files.txt"
done_checks
