#!/usr/bin/env bash
# pandoc's implicit figures with attributes and TeX math: `![c](x){#fig:x width=66%}` is a
# figure in both editions at the width asked for, its attribute block is never printed, and
# math keeps its TeX (`\,` stays `\,`).
. "$(dirname "$0")/lib.bash"
not_grep() { ! grep -qF -- "$1" "$2"; }

mkdir -p "$WORK/book/entries" "$WORK/book/images"
cp "$SRC/tests/data/pdf/photo.jpg" "$WORK/book/images/"
printf 'title: Attributes\n' >"$WORK/book/book.yaml"
cat >"$WORK/book/entries/figures.md" <<'EOF2'
---
title: Figures
---
# Measured {#sec:measured}

A photograph at two thirds of the text width.

![A dusk sky.](../images/photo.jpg){#fig:sky width=66%}

The speed is $v = 3\,\mathrm{m/s}$ and costs $5 and $6.

$$ E = mc^2 $$ {#eq:energy}
EOF2

expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/out"
pdf=$(ls "$WORK"/out/*.pdf)
epub=$(ls "$WORK"/out/*.epub)
pdfimages -list "$pdf" >"$WORK/images.txt"
check "the attributed figure is in the PDF" grep -qE '^ +[0-9]+ +[0-9]+ +image +900 +600 ' "$WORK/images.txt"
pdftotext "$pdf" "$WORK/text.txt"
unzip -p "$epub" '*figures*.xhtml' >"$WORK/entry.xhtml"
check "the PDF prints no attribute block" not_grep '{#fig:' "$WORK/text.txt"
check "the EPUB prints no attribute block" not_grep '{#fig:' "$WORK/entry.xhtml"
check "the heading's attributes are not printed" not_grep '{#sec:' "$WORK/text.txt"
check "the EPUB figure has the author's id" grep -q '<figure id="fig:sky"' "$WORK/entry.xhtml"
check "the EPUB image has the width asked for" grep -q 'style="width: 66%;"' "$WORK/entry.xhtml"
check "the heading has the author's id" grep -q 'id="sec:measured"' "$WORK/entry.xhtml"
check "the PDF keeps the TeX as written" grep -qF 'v = 3\,\mathrm{m/s}' "$WORK/text.txt"
check "the EPUB keeps the TeX as written" grep -qF '<span class="math inline">v = 3\,\mathrm{m/s}</span>' "$WORK/entry.xhtml"
check "the EPUB marks display math" grep -qE '<span class="math display"( id="eq:[^"]*")?> E = mc\^2 </span>' "$WORK/entry.xhtml"
check "dollars as currency are text" grep -qF 'costs $5 and $6.' "$WORK/text.txt"
# A display equation alone in its paragraph is centred: it starts well inside the measure.
pdftotext -layout "$pdf" "$WORK/layout.txt"
check "the display equation is centred" grep -qE '^ {12,}E = mc\^2' "$WORK/layout.txt"

# The printed width: 66% of the full width, so the x resolution is 1/0.66 of the full one's.
ppi() { pdfimages -list "$1" | awk '$4 == 900 && $5 == 600 { print $13; exit }'; }
narrow=$(ppi "$pdf")
sed -i 's/{#fig:sky width=66%}//' "$WORK/book/entries/figures.md"
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/full" --pdf
full=$(ppi "$(ls "$WORK"/full/*.pdf)")
check "the figure prints at 66% of the width ($narrow against $full ppi)" \
  python3 -c "import sys; r = $full / $narrow; sys.exit(0 if abs(r - 0.66) < 0.02 else 1)"
done_checks
