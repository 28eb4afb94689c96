#!/usr/bin/env bash
# Two builds of the same book give byte-identical EPUBs, from other folders, time zones and
# locales; SOURCE_DATE_EPOCH sets dcterms:modified.
. "$(dirname "$0")/lib.bash"

cp -r "$SRC/book" "$WORK/copy"
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/a" --epub
(cd "$WORK" && TZ=Asia/Tokyo LANG=C.UTF-8 LC_ALL=C "$QUIRE" build copy -o b --epub 2>/dev/null)
a=$(ls "$WORK"/a/*.epub)
b=$(ls "$WORK"/b/*.epub)
cmp "$a" "$b" || fail "two builds differ"

unzip -p "$a" EPUB/package.opf | grep -q '<meta property="dcterms:modified">2023-11-14T22:13:20Z</meta>' ||
  fail "dcterms:modified does not follow SOURCE_DATE_EPOCH"
SOURCE_DATE_EPOCH=1 expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/c" --epub
cmp -s "$a" "$(ls "$WORK"/c/*.epub)" && fail "SOURCE_DATE_EPOCH had no effect"
echo "3 passed, 0 failed"
