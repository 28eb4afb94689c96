#!/usr/bin/env bash
# `quire new DIR` scaffolds a book that builds cleanly with --strict, and never writes into a
# folder that already holds something (exit 2).
. "$(dirname "$0")/lib.bash"

expect_exit 0 "$QUIRE" new "$WORK/field-notes"
expect_stderr "quire: created $WORK/field-notes/book.yaml"
for f in book.yaml entries/introduction.md entries/line-breaking.md references.bib; do
  check "quire new writes $f" test -s "$WORK/field-notes/$f"
done
check "the .gitignore keeps out/ out of the repository" grep -qx 'out/' "$WORK/field-notes/.gitignore"
check "the title comes from the folder's name" grep -qx 'title: "Field Notes"' "$WORK/field-notes/book.yaml"

expect_exit 0 "$QUIRE" build "$WORK/field-notes" -o "$WORK/field-notes/out" --strict
check "the new book builds without a diagnostic" test -z "$(grep -E ': (error|warning|note): ' "$WORK/stderr" || true)"
check "it writes the EPUB" test -s "$WORK/field-notes/out/field-notes-0.1.epub"
check "it writes the PDF" test -s "$WORK/field-notes/out/field-notes-0.1.pdf"
pdftotext -layout "$WORK/field-notes/out/field-notes-0.1.pdf" "$WORK/field-notes.txt"
check "the PDF holds the entries" grep -q 'The total-fit method' "$WORK/field-notes.txt"
check "the PDF holds the references" grep -q 'Breaking Paragraphs into Lines' "$WORK/field-notes.txt"

# A non-empty folder (or a file) is refused, and left as it was.
expect_exit 2 "$QUIRE" new "$WORK/field-notes"
expect_stderr "is not empty; quire new writes only into a new or empty folder [not-empty]"
check "the refused folder is untouched" grep -qx 'title: "Field Notes"' "$WORK/field-notes/book.yaml"
printf 'mine\n' >"$WORK/a-file"
expect_exit 2 "$QUIRE" new "$WORK/a-file"
check "the refused file is untouched" grep -qx 'mine' "$WORK/a-file"

# An empty folder is fine, and --title sets the title.
mkdir "$WORK/empty"
expect_exit 0 "$QUIRE" new "$WORK/empty" --title 'Notes: A "Field" Guide'
expect_exit 0 "$QUIRE" check "$WORK/empty" --strict
expect_exit 2 "$QUIRE" new
done_checks
