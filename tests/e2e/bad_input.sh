#!/usr/bin/env bash
# The bad-input catalogue (README, "Bad input"): for each input, the answer quire gives.
# Wrong input: exit 1, a path:line:col diagnostic naming the problem, and the outputs of an
# earlier build keep their bytes and modification time. Unusual input: a correct build.
# Never a crash or a hang: every run is under `timeout`, and a hang fails the case.
. "$(dirname "$0")/lib.bash"
DATA="$SRC/tests/data/bad_input"
LIMIT=120

# new_book NAME: a one-entry book titled "Bad Input" (outputs bad-input.epub/.pdf).
new_book() {
  local d=$WORK/$1
  rm -rf "$d" "$d.out"
  mkdir -p "$d/entries"
  printf 'title: Bad Input\n' >"$d/book.yaml"
  printf -- '---\ntitle: One\n---\n\nHello world.\n' >"$d/entries/one.md"
  echo "$d"
}

# entry BOOK TEXT...: replaces the entry's body (front matter kept).
entry() {
  local b=$1
  shift
  { printf -- '---\ntitle: One\n---\n\n'; printf '%s' "$@"; } >"$b/entries/one.md"
}

old_outputs() {
  mkdir -p "$1"
  printf 'old epub' >"$1/bad-input.epub"
  printf 'old pdf' >"$1/bad-input.pdf"
  touch -d @1000000000 "$1/bad-input.epub" "$1/bad-input.pdf"
}

outputs_untouched() {
  [ "$(cat "$1/bad-input.epub")" = "old epub" ] && [ "$(cat "$1/bad-input.pdf")" = "old pdf" ] &&
    [ "$(stat -c %Y "$1/bad-input.epub" "$1/bad-input.pdf" | sort -u)" = 1000000000 ] &&
    [ "$(ls -A "$1" | wc -l)" = 2 ]
}

# rejects CASE BOOK PATTERN [BUILD OPTIONS...]: exit 1, stderr matches the extended regex
# PATTERN, and an earlier build's outputs are as they were.
rejects() {
  local name=$1 book=$2 pattern=$3
  shift 3
  old_outputs "$book.out"
  expect_exit 1 timeout $LIMIT "$QUIRE" build "$book" -o "$book.out" "$@"
  grep -qE -- "$pattern" "$WORK/stderr" || { cat "$WORK/stderr" >&2; fail "$name: stderr lacks /$pattern/"; }
  passed=$((passed + 1))
  check "$name: the earlier outputs keep their bytes and time" outputs_untouched "$book.out"
}

whole_pdf() { tail -c 1024 "$1" | grep -q '%%EOF'; }
whole_epub() { unzip -tq "$1" >/dev/null; }

# builds CASE BOOK [BUILD OPTIONS...]: exit 0 and whole outputs.
builds() {
  local name=$1 book=$2
  shift 2
  rm -rf "$book.out"
  expect_exit 0 timeout $LIMIT "$QUIRE" build "$book" -o "$book.out" "$@"
  if [ -e "$book.out/bad-input.pdf" ]; then check "$name: the PDF is whole" whole_pdf "$book.out/bad-input.pdf"; fi
  if [ -e "$book.out/bad-input.epub" ]; then check "$name: the EPUB is whole" whole_epub "$book.out/bad-input.epub"; fi
}

not() { ! "$@"; }
# survives CASE BOOK: the image cases, whose answer (error, or a warning and a placeholder)
# is the image checks' to give: no crash, no hang, and whole outputs when it builds.
survives() {
  local got=0
  rm -rf "$2.out"
  timeout $LIMIT "$QUIRE" build "$2" -o "$2.out" >"$WORK/stdout" 2>"$WORK/stderr" || got=$?
  check "$1: no crash or hang (exit $got)" test "$got" -le 1
  if [ "$got" = 0 ]; then check "$1: the PDF is whole" whole_pdf "$2.out/bad-input.pdf"; fi
}

stderr_has() { grep -qE -- "$1" "$WORK/stderr" || { cat "$WORK/stderr" >&2; fail "stderr lacks /$1/"; }; passed=$((passed + 1)); }
pdf_text() { pdftotext -layout "$1" - 2>/dev/null; }
repeat() { python3 -c "import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))" "$1" "$2"; }

# --- Encoding --------------------------------------------------------------------------
b=$(new_book invalid-utf8)
printf -- '---\ntitle: One\n---\n\nCaf\xe9 au lait.\n' >"$b/entries/one.md"
rejects "invalid UTF-8" "$b" "^$b/entries/one.md:5:4: error: invalid UTF-8"
check "invalid UTF-8: no talk of an empty book" not grep -q "no entries" "$WORK/stderr"

b=$(new_book bom-and-crlf)
printf '\xef\xbb\xbftitle: Bad Input\r\n' >"$b/book.yaml"
printf -- '\xef\xbb\xbf---\r\ntitle: One\r\n---\r\n\r\nHello world,\r\nsaid the entry.\r\n' >"$b/entries/one.md"
builds "BOM and CRLF" "$b"
check "BOM and CRLF: the text reads as written" grep -q "Hello world, said the entry" <(pdf_text "$b.out/bad-input.pdf")

b=$(new_book nul-byte)
printf -- '---\ntitle: One\n---\n\nHello\0 world.\n' >"$b/entries/one.md"
rejects "NUL byte" "$b" "^$b/entries/one.md:5:6: error: NUL byte"

b=$(new_book nul-escape-in-yaml)
printf 'title: "Bad\\0Input"\n' >"$b/book.yaml"
rejects "NUL escape in book.yaml" "$b" "^$b/book.yaml:1:8: error: control character U\+0000 in a YAML string"

b=$(new_book nul-in-bibliography)
printf 'title: Bad Input\nbibliography: refs.json\n' >"$b/book.yaml"
printf '[{"id": "k", "type": "book", "title": "Nul\\u0000Title"}]\n' >"$b/refs.json"
entry "$b" 'Cited [@k].' $'\n'
builds "NUL escape in CSL-JSON" "$b"
stderr_has "^$b/refs.json:1:10: warning: control character U\+0000 in 'title' of 'k', dropped \[control-character\]"
check "NUL escape in CSL-JSON: the title is set" grep -q "NulTitle" <(pdf_text "$b.out/bad-input.pdf")

# --- book.yaml and front matter --------------------------------------------------------
b=$(new_book empty-book-yaml)
: >"$b/book.yaml"
rejects "empty book.yaml" "$b" "^$b/book.yaml:1:1: error: book.yaml must be a map"

b=$(new_book missing-book-yaml)
rm "$b/book.yaml"
rejects "missing book.yaml" "$b" "^$b/book.yaml: error: no book.yaml in"

b=$(new_book unclosed-front-matter)
printf -- '---\ntitle: One\n\nHello world.\n' >"$b/entries/one.md"
rejects "front matter never closed" "$b" "^$b/entries/one.md:1:1: error: the front matter opened here is never closed"

b=$(new_book unclosed-div)
entry "$b" $'Intro.\n\n::: {.callout-note}\nNever closed.\n'
rejects "fenced div never closed" "$b" "^$b/entries/one.md:7:1: error: this fenced div is never closed"

laughs() {  # 9 values, each anchor 9 aliases of the one before: 9^13 values in all
  printf 'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
  local p=a n
  for n in b c d e f g h i j k l m; do
    printf '%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n' $n $n $p $p $p $p $p $p $p $p $p
    p=$n
  done
}
b=$(new_book billion-laughs)
{ printf -- '---\ntitle: One\n'; laughs; printf -- '---\n\nHello.\n'; } >"$b/entries/one.md"
rejects "billion laughs in front matter" "$b" "^$b/entries/one.md:2:1: error: the YAML expands to more than"

b=$(new_book billion-laughs-bib)
printf 'title: Bad Input\nbibliography: refs.yaml\n' >"$b/book.yaml"
{ laughs; printf 'references:\n  - id: x\n    title: *m\n'; } >"$b/refs.yaml"
rejects "billion laughs in a CSL-YAML bibliography" "$b" "^$b/refs.yaml:1:1: error: the YAML expands to more than"

b=$(new_book doubling-bibtex-macros)
printf 'title: Bad Input\nbibliography: refs.bib\n' >"$b/book.yaml"
{ printf '@string{s0 = "lol"}\n'; for i in $(seq 1 59); do printf '@string{s%d = s%d # s%d}\n' $i $((i - 1)) $((i - 1)); done
  printf '@book{k, title = s59}\n'; } >"$b/refs.bib"
rejects "BibTeX macros doubling 59 times" "$b" "^$b/refs.bib:24:15: error: @string macros expand to more than 32 MB"

b=$(new_book deep-json-bibliography)
printf 'title: Bad Input\nbibliography: refs.json\n' >"$b/book.yaml"
{ printf '[{"id": "k", "x": '; repeat '[' 200000; repeat ']' 200000; printf '}]\n'; } >"$b/refs.json"
entry "$b" 'Cited [@k].' $'\n'
rejects "CSL-JSON nested 200,000 deep" "$b" "^$b/refs.json:1:117: error: invalid JSON: nested deeper than 100 levels"
stderr_has "unknown citation key 'k'; no reference could be read from the bibliography"

b=$(new_book deep-yaml)
{ printf -- '---\ntitle: One\nx: '; repeat '[' 100000; printf '\n---\n\nHello.\n'; } >"$b/entries/one.md"
rejects "YAML nested 100,000 deep" "$b" "^$b/entries/one.md:3:[0-9]+: error: invalid YAML: nested too deeply"

# --- Size ------------------------------------------------------------------------------
b=$(new_book entry-50mb)
{ printf -- '---\ntitle: One\n---\n\n'; repeat "$(repeat 'lorem ipsum dolor sit amet ' 40)"$'\n\n' 48600; } >"$b/entries/one.md"
rejects "50 MB entry" "$b" "^$b/entries/one.md: error: the entry is 5[0-9].[0-9] MB, more than the limit of 16 MB; 'limits: \{entry-size: N\}'"

b=$(new_book entry-2mb)
{ printf -- '---\ntitle: One\n---\n\n'; repeat "$(repeat 'lorem ipsum dolor sit amet ' 40)"$'\n\n' 1950; } >"$b/entries/one.md"
printf 'limits: {entry-size: 1}\n' >>"$b/book.yaml"
rejects "entry-size lowered" "$b" "^$b/entries/one.md: error: the entry is 2.[0-9] MB, more than the limit of 1 MB"
sed -i 's/entry-size: 1}/entry-size: 3}/' "$b/book.yaml"
builds "entry-size raised" "$b" --epub

b=$(new_book bad-limit)
printf 'limits: {entry-size: lots}\n' >>"$b/book.yaml"
rejects "a limit that is not a number" "$b" "^$b/book.yaml:2:22: error: 'limits: entry-size' must be a whole number"

b=$(new_book long-word)
entry "$b" "Before $(repeat a 10000) after." $'\n\n' "A link: <https://example.com/$(repeat b 10000)>." $'\n'
builds "10,000-letter word and URL" "$b" --pdf
"$SRC/../shared/audit/pdf-audit" "$b.out/bad-input.pdf" >"$WORK/audit.txt" 2>&1 || { cat "$WORK/audit.txt" >&2; fail "pdf-audit could not read the long-word PDF"; }
check "long word: no overfull line" grep -q " overfull_lines=0 " "$WORK/audit.txt"
check "long word: broken over many lines" test "$(pdf_text "$b.out/bad-input.pdf" | grep -c aaaaaaaaaa)" -gt 20

b=$(new_book long-title)
printf 'title: %s\n' "$(repeat 'Very Long ' 500)" >"$b/book.yaml"
rm -rf "$b.out"
expect_exit 0 timeout $LIMIT "$QUIRE" build "$b" -o "$b.out" --epub
check "5,000-character title: the output is named by its first words" test -f "$b.out/$(repeat 'very-long-' 7)very-long.epub"

# --- Nesting ---------------------------------------------------------------------------
b=$(new_book deep-list)
entry "$b" "$(repeat '- ' 10000)deep" $'\n'
rejects "list nested 10,000 deep" "$b" "^$b/entries/one.md:5:[0-9]+: error: nesting deeper than 64 levels .*'limits: \{nesting-depth: N\}'"

b=$(new_book deep-quote)
entry "$b" "$(repeat '>' 10000) deep" $'\n'
rejects "quote nested 10,000 deep" "$b" "^$b/entries/one.md:5:[0-9]+: error: nesting deeper than 64 levels"

b=$(new_book deep-emphasis)
entry "$b" "$(repeat '*a ' 10000)x$(repeat ' a*' 10000)" $'\n'
rejects "emphasis nested 10,000 deep" "$b" "^$b/entries/one.md:5:[0-9]+: error: nesting deeper than 64 levels"

b=$(new_book deep-quote-allowed)
printf 'limits: {nesting-depth: 400}\n' >>"$b/book.yaml"
entry "$b" "$(repeat '>' 300) deep and still fine" $'\n'
builds "quote nested 300 deep under a raised limit" "$b"
check "deep quote: its text is printed" grep -q "deep and still fine" <(pdf_text "$b.out/bad-input.pdf" | tr -s ' \n' ' ')

b=$(new_book deep-at-the-cap)
printf 'limits: {nesting-depth: 500}\n' >>"$b/book.yaml"
entry "$b" "$(repeat '>' 490) quoted" $'\n\n' "$(repeat '- ' 240)listed" $'\n\n' "$(repeat '*a ' 490)x$(repeat ' a*' 490)" $'\n'
builds "nesting at the highest limit allowed (500)" "$b"
check "nesting at 500: the deepest quote and list item are printed" test "$(pdf_text "$b.out/bad-input.pdf" | grep -cE 'quoted|listed')" = 2
b=$(new_book deep-above-the-cap)
printf 'limits: {nesting-depth: 501}\n' >>"$b/book.yaml"
rejects "nesting-depth above 500" "$b" "^$b/book.yaml:2:25: error: 'limits: nesting-depth' must be a whole number from 1 to 500"

b=$(new_book deep-list-allowed)
entry "$b" "$(python3 -c "print('\n'.join('  ' * i + '- level %d' % i for i in range(30)))")" " and the deepest item" $'\n'
builds "list nested 30 deep, within the default limit" "$b"
check "deep list: its deepest item is printed" grep -q "level 29 and the deepest item" <(pdf_text "$b.out/bad-input.pdf" | tr -s ' \n' ' ')

# --- Attributes and math ---------------------------------------------------------------
# An attribute block or a dollar that never closes is text, kept as written; trying each
# one stays cheap however many there are.
b=$(new_book unclosed-attributes)
entry "$b" '# Title {#sec:x .unnumbered' $'\n\n' 'Code `c`{#code-x .y and $5 and $6.' $'\n\n' \
  "$(repeat '`c`{k="' 20000)" $'\n\n' "$(repeat '$a ' 30000)end" $'\n'
builds "attribute blocks and dollars that never close" "$b"
check "unclosed attributes: the heading keeps its text" \
  grep -q 'Title {#sec:x .unnumbered' <(pdf_text "$b.out/bad-input.pdf" | tr -s ' \n' ' ')
check "unclosed attributes: the paragraph keeps its text" \
  grep -q '{#code-x .y and \$5 and \$6.' <(pdf_text "$b.out/bad-input.pdf" | tr -s ' \n' ' ')

# --- Includes ----------------------------------------------------------------------------
# An include that leaves the book folder, or one that comes back to a file being included,
# is an error naming it: no endless expansion, no file read from outside.
b=$(new_book include-cycle)
entry "$b" 'Before.' $'\n\n' '{{#include parts/a.md}}' $'\n'
mkdir -p "$b/entries/parts"
printf '{{< include b.md >}}\n' >"$b/entries/parts/a.md"
printf 'B.\n\n{{#include a.md}}\n' >"$b/entries/parts/b.md"
rejects "include cycle" "$b" "parts/b\.md:3:1: error: .*cycle: entries/one\.md -> entries/parts/a\.md -> entries/parts/b\.md -> entries/parts/a\.md"
b=$(new_book include-outside)
entry "$b" '{{#include ../../book.yaml}}' $'\n'
rejects "include outside the book" "$b" "one\.md:5:1: error: the include '\.\./\.\./book\.yaml' names a file outside the book folder"

# --- Pages -------------------------------------------------------------------------------
# Some 40 pages in the first entry against a limit of 3: stopped at that entry, before the
# second is set.
b=$(new_book total-pages)
entry "$b" "$(repeat "$(repeat 'lorem ipsum dolor sit amet ' 40)"$'\n\n' 200)"
{ printf -- '---\ntitle: Two\n---\n\n'; repeat "$(repeat 'consectetur adipiscing elit ' 40)"$'\n\n' 200; } >"$b/entries/two.md"
printf 'limits: {total-pages: 3}\n' >>"$b/book.yaml"
rejects "a body past total-pages" "$b" "^$b/entries/one.md: error: the book runs past 3 pages, the limit; 'limits: \{total-pages: N\}' in book.yaml raises it"
check "total-pages: one error, at the first entry" test "$(grep -c 'runs past' "$WORK/stderr")" = 1
sed -i 's/total-pages: 3}/total-pages: 500}/' "$b/book.yaml"
builds "total-pages raised" "$b" --pdf

b=$(new_book wide-table)
python3 - "$b/entries/one.md" <<'EOF'
import sys
n = 500
rows = ["|" + "|".join("h%d" % i for i in range(n)) + "|", "|" + "---|" * n]
rows += ["|" + "|".join("c%d" % i for i in range(n)) + "|" for _ in range(3)]
open(sys.argv[1], "w").write("---\ntitle: One\n---\n\n" + "\n".join(rows) + "\n")
EOF
builds "table of 500 columns" "$b"
stderr_has "^$b/entries/one.md:5:1: warning: a table of 500 columns is too wide to print legibly"
check "wide table: the EPUB holds all 500 columns" test "$(unzip -p "$b.out/bad-input.epub" '*one*.xhtml' | grep -o '<th[ >]' | wc -l)" = 500

# --- Images ----------------------------------------------------------------------------
image_book() {
  local b
  b=$(new_book "$1")
  mkdir -p "$b/images"
  entry "$b" "Hello." $'\n\n' "![A picture](../images/$2)" $'\n'
  echo "$b"
}
b=$(image_book truncated-png p.png)
python3 - "$b/images/p.png" <<'EOF'
import random, struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
random.seed(7)
side = 200
rows = b"".join(b"\x00" + bytes(random.randrange(256) for _ in range(3 * side)) for _ in range(side))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png[: len(png) // 2])  # cut off halfway through the pixels
EOF
survives "truncated PNG" "$b"
stderr_has "^$b/entries/one.md:7:1: (error|warning): .*images/p.png.* damaged"

b=$(image_book not-an-image p.png)
echo "just text" >"$b/images/p.png"
survives "not an image" "$b"
stderr_has "^$b/entries/one.md:7:1: (error|warning): image '[./]*images/p.png' .*(not a valid PNG|does not start with the PNG signature)"

b=$(image_book huge-png p.png)
python3 - "$b/images/p.png" <<'EOF'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
side = 60000  # declares 3.6 billion pixels in 254 bytes
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"\x00" * (1 + 3 * side))) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
EOF
survives "60,000 x 60,000 PNG" "$b"
stderr_has "^$b/entries/one.md:7:1: (error|warning): .*images/p.png"

# An SVG that points outside the book: FIFOs stand there, so opening one would hang.
b=$(image_book svg-outside a.svg)
mkfifo "$WORK/outside.svg" "$WORK/outside-abs.svg"
sed "s|OUTSIDE_ABSOLUTE|file://$WORK/outside-abs.svg|" "$DATA/external-refs.svg" >"$b/images/a.svg"
builds "SVG referencing files outside the book" "$b"
check "SVG outside: the picture is in the EPUB" test -n "$(unzip -l "$b.out/bad-input.epub" | grep 'images/a.svg')"
stderr_has "^$b/entries/one.md:7:1: warning: SVG image '../images/a.svg' refers to '../../outside.svg' and 2 more outside itself; .* \[svg-external-reference\]"
rejects "SVG referencing files outside the book, with --strict" "$b" "^$b/entries/one.md:7:1: warning: SVG image '../images/a.svg' refers to" --strict

b=$(image_book svg-own-fragments a.svg)
cp "$SRC/book/images/transformer.svg" "$b/images/a.svg"
builds "SVG referring only to its own fragments (url(#arrow))" "$b" --strict

# --- Paths that leave the book ---------------------------------------------------------
echo secret >"$WORK/secret.txt"
cp "$SRC/tests/data/epub/images/dot.png" "$WORK/secret.png"
b=$(new_book escape-image)
entry "$b" "![up](../../secret.png)" $'\n\n' "![abs]($WORK/secret.png)" $'\n'
rejects "image path with ../" "$b" "^$b/entries/one.md:5:1: error: image '../../secret.png' lies outside the book folder"
stderr_has "^$b/entries/one.md:7:1: error: image path '$WORK/secret.png' must be relative"

b=$(new_book escape-image-symlink)
mkdir "$b/images"
ln -s "$WORK/secret.png" "$b/images/dot.png"
entry "$b" "![dot](../images/dot.png)" $'\n'
rejects "image symlink leaving the book" "$b" "^$b/entries/one.md:5:1: error: image '../images/dot.png' lies outside the book folder"

b=$(new_book escape-entry-symlink)
printf -- '---\ntitle: Secret\n---\n\nSecret text.\n' >"$WORK/secret.md"
ln -s "$WORK/secret.md" "$b/entries/secret.md"
rejects "entry symlink leaving the book" "$b" "^$b/entries/secret.md: error: the entry is a symlink to a file outside the book folder"

b=$(new_book escape-book-yaml)
cp "$b/book.yaml" "$WORK/outside-book.yaml"
ln -sf "$WORK/outside-book.yaml" "$b/book.yaml"
rejects "book.yaml symlink leaving the book" "$b" "^$b/book.yaml: error: book.yaml is a symlink to a file outside"

for key in "bibliography: ../secret.bib" "bibliography: $WORK/secret.bib" "cover: ../secret.png" \
  "csl: ../secret.csl" "style: ../secret.yaml"; do
  b=$(new_book escape-key)
  printf '%s\n' "$key" >>"$b/book.yaml"
  rejects "book.yaml '$key'" "$b" "^$b/book.yaml:2:[0-9]+: error: .* is outside the book folder"
done

b=$(new_book escape-link)
entry "$b" "[passwd](../../../etc/passwd)" $'\n'
rejects "link leaving the book" "$b" "^$b/entries/one.md:5:1: error: link to '../../../etc/passwd', which is not an entry"

# --- Bibliography and style ------------------------------------------------------------
b=$(new_book crossref)
printf 'title: Bad Input\nbibliography: refs.bib\n' >"$b/book.yaml"
cp "$DATA/crossref.bib" "$b/refs.bib"
entry "$b" "See [@paper] and [@self]." $'\n'
builds "duplicate and circular crossrefs" "$b"
stderr_has "^$b/refs.bib:1:1: warning: crossref/xdata cycle through entry 'paper'"
stderr_has "^$b/refs.bib:3:1: warning: duplicate entry key 'proc'"
stderr_has "^$b/refs.bib:4:1: warning: crossref/xdata cycle through entry 'self'"

b=$(new_book csl-not-xml)
printf 'title: Bad Input\nbibliography: refs.bib\ncsl: style.csl\n' >"$b/book.yaml"
cp "$DATA/crossref.bib" "$b/refs.bib"
cp "$DATA/not-xml.csl" "$b/style.csl"
entry "$b" "See [@paper]." $'\n'
rejects "CSL style that is not XML" "$b" "^$b/style.csl:1:1: error: the style is not well-formed XML"

b=$(new_book csl-macro-loop)
printf 'title: Bad Input\nbibliography: refs.bib\ncsl: style.csl\n' >"$b/book.yaml"
cp "$DATA/crossref.bib" "$b/refs.bib"
cp "$DATA/macro-loop.csl" "$b/style.csl"
entry "$b" "See [@paper]." $'\n'
rejects "CSL macros calling each other" "$b" "^$b/style.csl:[0-9]+:1: error: macro loop: author-short -> title-short -> author-short"

# --- Output ----------------------------------------------------------------------------
b=$(new_book unwritable-out)
touch "$WORK/a-file"
expect_exit 1 timeout $LIMIT "$QUIRE" build "$b" -o "$WORK/a-file/out"
stderr_has "^$WORK/a-file/out: error: cannot create the output folder: not a directory"

b=$(new_book pdf-name-taken)
old_outputs "$b.out"
rm "$b.out/bad-input.pdf"
mkdir "$b.out/bad-input.pdf"
expect_exit 1 timeout $LIMIT "$QUIRE" build "$b" -o "$b.out"
stderr_has "^$b.out/bad-input.pdf: error: cannot write '$b.out/bad-input.pdf': it is a folder"
check "a failed write leaves the other output as it was" test "$(cat "$b.out/bad-input.epub")" = "old epub"
check "a failed write leaves no temporary file" test "$(ls -A "$b.out" | wc -l)" = 2

done_checks
