#!/usr/bin/env bash
# The EPUB's page-list maps to the print edition: built together with the PDF, the EPUB marks
# where each printed page begins, and the words right after the marker of page N are the words
# at the top of the PDF's page N (read with pdftotext). Built alone, the EPUB has no page-list.
. "$(dirname "$0")/lib.bash"

expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/out"
epub=$(ls "$WORK"/out/*.epub)
pdf=$(ls "$WORK"/out/*.pdf)

python3 - "$epub" "$pdf" >"$WORK/report.txt" 2>&1 <<'PY' || { cat "$WORK/report.txt" >&2; fail "the page-list does not match the PDF"; }
import json, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

epub, pdf = sys.argv[1], sys.argv[2]
OPS = "{http://www.idpf.org/2007/ops}"
XHTML = "{http://www.w3.org/1999/xhtml}"
z = zipfile.ZipFile(epub)

# Reading order: the spine.
opf = ET.fromstring(z.read("EPUB/package.opf"))
OPF = "{http://www.idpf.org/2007/opf}"
hrefs = {i.get("id"): i.get("href") for i in opf.iter(OPF + "item")}
spine = [hrefs[r.get("idref")] for r in opf.iter(OPF + "itemref")]

# The text of the whole book as tokens in order: markers and text.
tokens = []
def walk(e):
    if e.tag == XHTML + "span" and e.get(OPS + "type") == "pagebreak":
        tokens.append(("marker", e.get("aria-label"), e.get("id")))
    else:
        if e.text: tokens.append(("text", e.text))
        for c in e: walk(c)
    if e.tail: tokens.append(("text", e.tail))
docs = {}
for href in spine:
    root = ET.fromstring(z.read("EPUB/" + href))
    docs[href] = root
    body = root.find(XHTML + "body")
    if href == "nav.xhtml" or body is None: continue
    walk(body)
    tokens.append(("text", " "))

markers = [(i, t[1], t[2]) for i, t in enumerate(tokens) if t[0] == "marker"]
labels = [m[1] for m in markers]
assert labels, "the EPUB has no page-break markers"
assert labels == [str(n) for n in range(1, len(labels) + 1)], "markers are not pages 1..N in reading order: %s" % labels

# The page-list names every marker, in order.
nav = docs["nav.xhtml"]
lists = [n for n in nav.iter(XHTML + "nav") if n.get(OPS + "type") == "page-list"]
assert len(lists) == 1, "nav.xhtml has no page-list"
links = [(a.text, a.get("href")) for a in lists[0].iter(XHTML + "a")]
assert [l[0] for l in links] == labels, "the page-list differs from the markers"
for (label, href), (_, _, mid) in zip(links, markers):
    assert href.endswith("#" + mid), "page %s links to %s" % (label, href)

def squash(s):
    s = unicodedata.normalize("NFKD", s).lower()
    return "".join(c for c in s if c.isalnum())

# The PDF: the body's pages follow the front matter (roman labels).
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
labels_json = json.loads(subprocess.run(["qpdf", "--json", "--json-key=pagelabels", pdf],
                                        capture_output=True, text=True, check=True).stdout)
front = next(r["index"] for r in labels_json["pagelabels"] if r["label"].get("/S") == "/D")
body_pages = pages - front
assert len(labels) >= body_pages - 1, "%d markers for %d body pages" % (len(labels), body_pages)

CAPTION = re.compile(r"^\s*Figure \d+\.\d+\.")

def page_lines(n):
    out = subprocess.run(["pdftotext", "-layout", "-f", str(front + n), "-l", str(front + n), pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    return [[t for t in l.split() if squash(t)] for l in out.splitlines() if squash(l)]

def same(token, word):
    t, w = squash(token), squash(word)
    return t == w or (token.endswith("-") and len(t) > 1 and w.startswith(t))

LABEL = re.compile(r"^(\d+\.|[\u2022\u2013\u2610\u2611])$")

def opens_with(line, words, before):
    """The line starts with the words; or with the tail of the word before them (hyphenated
    across the page break), or a list item's label (the EPUB's list numbers and bullets are
    no text), and then the words."""
    def starts(l):
        return bool(l) and same(l[0], words[0]) and (len(l) < 2 or len(words) < 2 or same(l[1], words[1]))
    if starts(line):
        return True
    tail, prev = squash(line[0]) if line else "", squash(before)
    if len(line) > 1 and tail and len(tail) < len(prev) and prev.endswith(tail) and starts(line[1:]):
        return True
    return len(line) > 1 and LABEL.match(line[0]) is not None and starts(line[1:])

def text_around(index, count, step):
    words, j, text = [], index + step, ""
    while 0 <= j < len(tokens) and len([w for w in text.split() if squash(w)]) <= count:
        if tokens[j][0] == "text": text = text + tokens[j][1] if step > 0 else tokens[j][1] + text
        j += step
    words = [w for w in text.split() if squash(w)]
    return words[:count] if step > 0 else words[-count:]

# Where page N's first words may stand: the first line after the running head (or, on an
# opening page, which has none, the first line); when a figure opens the page (or was held
# over to its top), its caption line or one of the lines after the caption, since the text of
# a drawing is no words of the book.
top_miss, page_miss = [], []
checked = 0
for index, label, _ in markers:
    n = int(label)
    lines = page_lines(n)
    if not lines:
        continue  # a blank page: it shares the next page's marker
    checked += 1
    words = text_around(index, 2, 1)
    before = (text_around(index, 1, -1) or [""])[0]
    candidates = lines[:2]
    caption = next((i for i, l in enumerate(lines) if CAPTION.match(" ".join(l))), None)
    if caption is not None:
        candidates += lines[caption:caption + 4]
    if not any(opens_with(l, words, before) for l in candidates):
        top_miss.append((n, " ".join(words), " / ".join(" ".join(l) for l in lines[:2])[:100]))
    if squash(words[0]) not in squash(" ".join(" ".join(l) for l in lines)):
        page_miss.append((n, words[0]))
print("%d markers, %d body pages, %d checked, %d not at the top of their page" %
      (len(labels), body_pages, checked, len(top_miss)))
for m in top_miss: print("  page %d: '%s' not at the top: %s" % m)
assert checked >= body_pages // 2, "too few pages could be checked"
assert not page_miss, "words after markers missing from their page: %s" % page_miss
assert not top_miss, "markers whose words are not at the top of their page"
PY
cat "$WORK/report.txt"
passed=$((passed + 1))

# An EPUB built alone has no page-list: the print layout is what costs the time.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/alone" --epub
check "an EPUB built alone has no page-list" \
  bash -c '! unzip -p "$1" EPUB/nav.xhtml | grep -q page-list' _ "$(ls "$WORK"/alone/*.epub)"

# The page-list is reproducible.
expect_exit 0 "$QUIRE" build "$SRC/book" -o "$WORK/again"
check "two builds give the same EPUB" cmp -s "$epub" "$WORK/again/$(basename "$epub")"
done_checks
