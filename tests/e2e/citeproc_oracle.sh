#!/usr/bin/env bash
# quire's bibliography of the sample book's references is identical to citeproc-js's (the
# CSL reference processor) for the common styles and the house style, compared after the
# normalisation csl-suite applies (character references, whitespace between divs).
. "$(dirname "$0")/lib.bash"
AUDIT="$SRC/../shared/audit"
CLI="$AUDIT/citeproc-js-cli.js"
CACHE=${QUIRE_CITEPROC_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/quire-citeproc}
[ -f "$CLI" ] || fail "the citeproc-js command is missing at $CLI"
[ -d "$CACHE/node_modules/citeproc" ] || fail "citeproc-js is not installed in $CACHE (scripts/test installs it)"
export NODE_PATH="$CACHE/node_modules"

# What quire understood of the .bib, once: both processors format the same items.
expect_exit 0 "$QUIRE" cite --refs "$SRC/book/references.bib" --mode items
cp "$WORK/stdout" "$WORK/items.json"
check "the sample book's 57 references are read" \
  test "$(grep -c '^    "id":' "$WORK/items.json")" = 57

# csl-suite's normalise(), reused so both comparisons agree on what "identical" means.
normalise() {
  python3 - "$AUDIT/csl-suite" "$1" <<'PY'
import importlib.machinery, importlib.util, sys
loader = importlib.machinery.SourceFileLoader("csl_suite", sys.argv[1])
spec = importlib.util.spec_from_loader("csl_suite", loader)
suite = importlib.util.module_from_spec(spec)
loader.exec_module(suite)
with open(sys.argv[2], encoding="utf-8") as fh:
    sys.stdout.write(suite.normalise(fh.read()) + "\n")
PY
}

for style in apa chicago-author-date ieee modern-language-association vancouver "$SRC/styles/quire.csl"; do
  name=$(basename "$style" .csl)
  case "$style" in
    */*) file=$style ;;
    *) file=/usr/share/citation-style-language/styles/$style.csl ;;
  esac
  expect_exit 0 "$QUIRE" cite --style "$file" --refs "$WORK/items.json" --mode bibliography --to html
  normalise "$WORK/stdout" >"$WORK/$name.quire.html"
  expect_exit 0 node "$CLI" --style "$file" --refs "$WORK/items.json" --mode bibliography --to html
  normalise "$WORK/stdout" >"$WORK/$name.citeproc.html"
  if ! cmp -s "$WORK/$name.quire.html" "$WORK/$name.citeproc.html"; then
    diff "$WORK/$name.citeproc.html" "$WORK/$name.quire.html" | head -n 20 >&2 || true
  fi
  check "$name: quire's bibliography equals citeproc-js's" cmp -s "$WORK/$name.quire.html" "$WORK/$name.citeproc.html"
  check "$name: the bibliography lists all 57 works" \
    test "$(grep -c 'csl-entry' "$WORK/$name.quire.html")" = 57
done
done_checks
