#!/usr/bin/env bash
# Figures in print and the two editions: a JPEG goes into the PDF as its own bytes (DCTDecode),
# a missing image is a warning with a placeholder (an error under --strict), a coarse raster is
# warned about at its figure, --print-marks gives TrimBox and BleedBox, and the screen edition
# has no blank pages.
. "$(dirname "$0")/lib.bash"

# A small book with a photograph, a coarse raster and an image that is not there.
mkdir -p "$WORK/book/entries" "$WORK/book/images"
cp "$SRC/tests/data/pdf/photo.jpg" "$SRC/tests/data/pdf/coarse.png" "$WORK/book/images/"
printf 'title: Pictures\nversion: "1"\n' >"$WORK/book/book.yaml"
cat >"$WORK/book/entries/pictures.md" <<'EOF'
---
title: Pictures
---
A photograph, set at the width of the text block.

![A dusk sky with a setting sun.](../images/photo.jpg)

A chart with too few pixels for its printed size.

![A coarse gradient.](../images/coarse.png)

A picture that was never added to the book.

![A lost diagram.](../images/lost-diagram.png)
EOF
entry="$WORK/book/entries/pictures.md"
lost_line=$(grep -n 'lost-diagram' "$entry" | cut -d: -f1)
coarse_line=$(grep -n 'coarse.png' "$entry" | cut -d: -f1)

expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/out"
expect_stderr "$entry:$lost_line:1: warning: image '../images/lost-diagram.png' not found; a placeholder stands in its place [missing-image]"
expect_stderr "$entry:$coarse_line:1: warning: image 'images/coarse.png' prints at"
expect_stderr "[low-resolution]"
check "the photograph is not warned about" test "$(grep -c 'photo.jpg' "$WORK/stderr")" = 0
pdf=$(ls "$WORK"/out/*.pdf)
check "the EPUB is written too" test -n "$(ls "$WORK"/out/*.epub)"
pdfimages -list "$pdf" >"$WORK/images.txt"
check "the JPEG is embedded as JPEG (DCTDecode)" grep -qE '^ +[0-9]+ +[0-9]+ +image +900 +600 +rgb +3 +8 +jpeg' "$WORK/images.txt"
check "the PNG is embedded too" grep -qE '^ +[0-9]+ +[0-9]+ +image +120 +80 ' "$WORK/images.txt"
pdftotext -layout "$pdf" "$WORK/text.txt"
check "the placeholder names the missing file" grep -q 'lost-diagram.png' "$WORK/text.txt"
check "the caption of the missing figure is kept" grep -q 'A lost diagram.' "$WORK/text.txt"
check "qpdf finds nothing wrong" qpdf --check "$pdf" >/dev/null

# Under --strict the same warnings fail the build, and nothing is written.
expect_exit 1 "$QUIRE" build "$WORK/book" -o "$WORK/strict" --strict
expect_stderr "$entry:$lost_line:1:"
expect_stderr "image '../images/lost-diagram.png' not found"
check "a failed --strict build writes nothing" test ! -e "$WORK/strict"

# Print marks: the sheet grows by the bleed and the marks; the trim is declared.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/marks" --pdf --print-marks
marked=$(ls "$WORK"/marks/*.pdf)
pdfinfo -box -f 1 -l 3 "$marked" >"$WORK/boxes.txt"
check "page 1 has a 6x9in TrimBox" grep -qE '^Page +1 TrimBox: +28\.67 +28\.67 +460\.67 +676\.67' "$WORK/boxes.txt"
check "page 3 has a BleedBox 3 mm outside the trim" grep -qE '^Page +3 BleedBox: +20\.17 +20\.17 +469\.17 +685\.17' "$WORK/boxes.txt"
check "the MediaBox holds the marks" grep -qE '^Page +1 MediaBox: +0\.00 +0\.00 +489\.34 +705\.34' "$WORK/boxes.txt"
check "qpdf finds nothing wrong with the marked PDF" qpdf --check "$marked" >/dev/null
"$QUIRE" build "$SRC/book" -o "$WORK/marks2" --pdf --print-marks 2>/dev/null
check "two marked builds are byte-identical" cmp -s "$marked" "$(ls "$WORK"/marks2/*.pdf)"

# The two editions of the sample book: the screen one is one-sided, with no blank pages.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/print" --pdf
check "the sample book's raster figure prints at 150 dpi or more" test "$(grep -c 'low-resolution' "$WORK/stderr")" = 0
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/screen" --pdf --edition screen
printed=$(ls "$WORK"/print/*.pdf)
screen=$(ls "$WORK"/screen/*.pdf)
check "the screen edition is written as <slug>.pdf too" test "$(basename "$screen")" = "$(basename "$printed")"
pages_of() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
print_pages=$(pages_of "$printed")
screen_pages=$(pages_of "$screen")
check "the screen edition has fewer pages ($screen_pages < $print_pages)" test "$screen_pages" -lt "$print_pages"
empty_pages() {
  local n=0
  for ((p = 1; p <= $2; p++)); do
    [ -n "$(pdftotext -f $p -l $p "$1" - | tr -d '[:space:]\f')" ] || n=$((n + 1))
  done
  echo $n
}
check "the print edition has blank versos" test "$(empty_pages "$printed" "$print_pages")" -gt 0
check "the screen edition has no empty page" test "$(empty_pages "$screen" "$screen_pages")" = 0
# Links are black in print and dark blue on screen (#173f8c is 0.0902 0.2471 0.549 in Cairo's
# fill operator).
qpdf --qdf --object-streams=disable "$printed" "$WORK/print.qdf"
qpdf --qdf --object-streams=disable "$screen" "$WORK/screen.qdf"
check "the screen edition's links are dark blue" grep -aq '^0\.0901961 0\.247059 0\.54902 rg' "$WORK/screen.qdf"
check "the print edition has no blue links" test "$(grep -ac '^0\.0901961 0\.247059 0\.54902 rg' "$WORK/print.qdf")" = 0
# On the marked sheet, links and bookmarks move with the page: the first link's rectangle is
# 28.67 pt (bleed + marks) right of and below where it is on the plain page.
first_rect() { grep -a -m1 -o '/Rect \[ [0-9.]* [0-9.]*' "$1" | awk '{print $3, $4}'; }
read -r px py <<<"$(first_rect "$printed")"
read -r mx my <<<"$(first_rect "$marked")"
check "links are moved onto the trim ($px $py -> $mx $my)" \
  awk -v a="$px" -v b="$py" -v c="$mx" -v d="$my" 'BEGIN { exit !((c - a - 28.67)^2 < 0.001 && (d - b - 28.67)^2 < 0.001) }'
expect_exit 2 "$QUIRE" build "$SRC/book" -o "$WORK/bad" --edition kindle
done_checks
