#!/usr/bin/env bash
# Two builds of the same book give byte-identical EPUBs, from other folders, time zones and
# locales; SOURCE_DATE_EPOCH sets dcterms:modified.
. "$(dirname "$0")/lib.bash"

cp -r "$SRC/book" "$WORK/copy"
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/a" --epub
(cd "$WORK" && TZ=Asia/Tokyo LANG=C.UTF-8 LC_ALL=C "$QUIRE" build copy -o b --epub 2>/dev/null)
a=$(ls "$WORK"/a/*.epub)
b=$(ls "$WORK"/b/*.epub)
check "two builds are byte-identical" cmp "$a" "$b"

unzip -p "$a" EPUB/package.opf >"$WORK/package.opf"
check "dcterms:modified follows SOURCE_DATE_EPOCH" \
  grep -q '<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>' "$WORK/package.opf"
SOURCE_DATE_EPOCH=1 expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/c" --epub
check "SOURCE_DATE_EPOCH changes the output" differ "$a" "$(ls "$WORK"/c/*.epub)"
done_checks
