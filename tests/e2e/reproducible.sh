#!/usr/bin/env bash
# Two builds of the same book give byte-identical EPUBs and PDFs, whatever the working
# directory, time zone, locale (a German one, compiled here) and file-system order (a copy
# whose entries are created in reverse order); SOURCE_DATE_EPOCH sets dcterms:modified.
. "$(dirname "$0")/lib.bash"

# A locale with another decimal separator and collation, compiled into a private folder.
mkdir -p "$WORK/locale"
localedef -i de_DE -f UTF-8 "$WORK/locale/de_DE.UTF-8" 2>"$WORK/localedef.txt" ||
  { cat "$WORK/localedef.txt" >&2; fail "localedef could not compile de_DE.UTF-8 (the locales package)"; }

# The copy: entries created in reverse name order, the other files after them, on tmpfs when
# there is one (it lists a folder in creation order, where ext4 lists by hash), so the two
# builds see the entries in different orders.
copy=$WORK/copy
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  shm=$(mktemp -d /dev/shm/quire-reproducible-XXXXXX)
  trap 'rm -rf "$shm"' EXIT
  copy=$shm/copy
  ln -s "$copy" "$WORK/copy"
fi
mkdir -p "$copy/entries"
for f in $(ls -r "$SRC/book/entries"); do cp -r "$SRC/book/entries/$f" "$copy/entries/"; done
for f in $(ls -r "$SRC/book"); do [ "$f" = entries ] || cp -r "$SRC/book/$f" "$copy/"; done
check "the copy holds the same files" diff -r "$SRC/book" "$copy"
if [ -n "${shm:-}" ]; then
  check "the copy lists its entries in another order" differ <(ls -U "$SRC/book/entries") <(ls -U "$copy/entries")
fi
echo "directory order: $(ls -U "$SRC/book/entries" | head -n 3 | tr '\n' ' ')... against $(ls -U "$copy/entries" | head -n 3 | tr '\n' ' ')..."

(cd / && env TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 "$QUIRE" build "$SRC/book" -o "$WORK/a" --quiet)
(cd "$WORK" && env TZ=Pacific/Kiritimati LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LOCPATH="$WORK/locale" \
  "$QUIRE" build copy -o b --quiet)
a=$WORK/a/minds-and-machines-1.0.epub
b=$WORK/b/minds-and-machines-1.0.epub
check "the first build wrote its EPUB" test -s "$a"
check "two EPUBs are byte-identical" cmp "$a" "$b"
check "two PDFs are byte-identical" cmp "${a%.epub}.pdf" "${b%.epub}.pdf"

# A version tag names the outputs; the same tag from elsewhere gives the same bytes.
(cd "$WORK/copy" && env TZ=America/St_Johns LC_ALL=de_DE.UTF-8 LOCPATH="$WORK/locale" \
  "$QUIRE" build . -o "$WORK/c" --version-tag v9.9-test --quiet)
(cd / && "$QUIRE" build "$SRC/book" -o "$WORK/d" --version-tag v9.9-test --quiet)
check "--version-tag names the EPUB" test -s "$WORK/c/minds-and-machines-v9.9-test.epub"
check "tagged EPUBs are byte-identical" cmp "$WORK/c/minds-and-machines-v9.9-test.epub" "$WORK/d/minds-and-machines-v9.9-test.epub"
check "tagged PDFs are byte-identical" cmp "$WORK/c/minds-and-machines-v9.9-test.pdf" "$WORK/d/minds-and-machines-v9.9-test.pdf"
pdftotext -layout -f 1 -l 6 "$WORK/d/minds-and-machines-v9.9-test.pdf" "$WORK/copyright.txt"
check "the tag is the edition's version on the copyright page" grep -q 'Version v9.9-test\.' "$WORK/copyright.txt"

unzip -p "$a" EPUB/package.opf >"$WORK/package.opf"
check "dcterms:modified follows SOURCE_DATE_EPOCH" \
  grep -q '<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>' "$WORK/package.opf"
SOURCE_DATE_EPOCH=1 expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/e" --epub
check "SOURCE_DATE_EPOCH changes the output" differ "$a" "$WORK/e/minds-and-machines-1.0.epub"
done_checks
