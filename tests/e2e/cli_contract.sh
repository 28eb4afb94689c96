#!/usr/bin/env bash
# The command line's documented contract: exit codes, gcc-style diagnostics (coloured only on a
# terminal), GitHub workflow commands, --strict, `check` writing nothing, a failed build keeping
# the previous good output, version tags in output names, the JSON report and the progress line.
. "$(dirname "$0")/lib.bash"

expect_exit 2 "$QUIRE" build --no-such-flag
expect_exit 2 "$QUIRE"
expect_exit 0 "$QUIRE" --version
check "--version prints a version" grep -q '^quire ' "$WORK/stdout"

# A good book builds; `check` writes nothing.
cp -r "$SRC/book" "$WORK/book"
expect_exit 0 "$QUIRE" check "$WORK/book"
check "check writes nothing" test ! -e "$WORK/out"
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/out" --epub
check "the output is named after the book and its version" test -f "$WORK/out/minds-and-machines-1.0.epub"
good=$(ls "$WORK"/out/*.epub)
cp "$good" "$WORK/good.epub"
check "stderr that is a file gets no progress line or colour" test -z "$(tr -cd '\r\033' <"$WORK/stderr")"
check "stderr says what was written" grep -qx "quire: wrote $WORK/out/minds-and-machines-1.0.epub" "$WORK/stderr"

# Version tags: --version-tag overrides book.yaml's version and is made safe for file names.
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/tagged" --epub --version-tag 'v2.0/rc 1' --quiet
check "--version-tag names the output" test -f "$WORK/tagged/minds-and-machines-v2.0-rc-1.epub"
check "--quiet prints nothing for a clean build" test ! -s "$WORK/stderr"
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/untagged" --epub --version-tag ''
check "an empty --version-tag leaves the version out" test -f "$WORK/untagged/minds-and-machines.epub"
expect_exit 2 "$QUIRE" build "$WORK/book" -o "$WORK/untagged" --version-tag '///'
expect_stderr "has no letter or digit to put in a file name"
expect_exit 2 "$QUIRE" build "$WORK/book" --color=sometimes
expect_exit 2 "$QUIRE" build "$WORK/book" --diagnostics=json

# --verbose: each stage's time and the book's figures.
expect_exit 0 "$QUIRE" check "$WORK/book" --verbose
for stage in load order resolve cite images pdf epub total; do
  check "--verbose times $stage" grep -qE "^quire: $stage [0-9]+\.[0-9]{3} s$" "$WORK/stderr"
done
check "--verbose gives the figures" grep -qE '^quire: 15 entries, 4 chapters, [0-9]+ words, [0-9]+ citations, [0-9]+ pages$' "$WORK/stderr"

# The report of a good build: figures, stages and the SHA-256 of each output.
expect_exit 0 "$QUIRE" build "$WORK/book" -o "$WORK/reported" --report "$WORK/reported/report.json"
python3 - "$WORK/reported/report.json" >"$WORK/report-check.txt" <<'PY' || { cat "$WORK/report-check.txt" >&2; fail "the report lacks what it should say"; }
import hashlib, json, sys
r = json.load(open(sys.argv[1]))
assert r["ok"] is True and r["command"] == "build" and r["version"] == "1.0", r
assert r["entries"] == 15 and r["chapters"] == 4 and r["pages"] > 0 and r["words"] > 1000 and r["citations"] > 0, r
assert r["errors"] == [] and r["warnings"] == [], r
assert list(r["stages"]) == ["load", "order", "resolve", "cite", "images", "pdf", "epub", "write"], r["stages"]
assert [o["format"] for o in r["outputs"]] == ["epub", "pdf"], r["outputs"]
for o in r["outputs"]:
    assert o["sha256"] == hashlib.sha256(open(o["path"], "rb").read()).hexdigest(), o
print("report ok")
PY
passed=$((passed + 1))
check "the report's digests are sha256sum's" grep -qF "$(sha256sum "$WORK/reported/minds-and-machines-1.0.pdf" | cut -c1-64)" "$WORK/reported/report.json"

# A typo in book.yaml is a warning with a did-you-mean; --strict makes it fatal.
printf 'titel: oops\n' >>"$WORK/book/book.yaml"
line=$(grep -n '^titel:' "$WORK/book/book.yaml" | cut -d: -f1)
expect_exit 0 "$QUIRE" check "$WORK/book"
expect_stderr "$WORK/book/book.yaml:$line:1: warning: unknown key 'titel' in book.yaml; did you mean 'title'?"
expect_exit 1 "$QUIRE" build "$WORK/book" -o "$WORK/out" --strict --report "$WORK/failed/report.json"
check "a failed --strict build keeps the previous output" cmp "$good" "$(ls "$WORK"/out/*.epub)"
check "the summary line counts the problems" grep -qx "0 errors, 1 warning" "$WORK/stderr"
check "a failed build still writes its report" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
w = r["warnings"][0]
assert r["ok"] is False and r["outputs"] == [] and (w["line"], w["col"], w["code"]) == (int(sys.argv[2]), 1, "unknown-key"), r
' "$WORK/failed/report.json" "$line"

# GitHub Actions workflow commands, with paths relative to the workspace, and the summary.
GITHUB_WORKSPACE=$WORK expect_exit 0 "$QUIRE" check "$WORK/book" --diagnostics=github
expect_stderr "::warning file=book/book.yaml,line=$line,col=1,title=quire unknown-key::unknown key 'titel' in book.yaml; did you mean 'title'?"
check "github mode keeps the summary line" grep -qx "0 errors, 1 warning" "$WORK/stderr"
check "github mode prints no gcc-style line" test -z "$(grep -F ': warning: ' "$WORK/stderr" || true)"

# Colour: never into a file unless asked for; --color=always wins over NO_COLOR.
expect_exit 0 "$QUIRE" check "$WORK/book" --color=always
check "--color=always colours the severity" grep -qF $'\033[1;35mwarning:' "$WORK/stderr"
NO_COLOR=1 expect_exit 0 "$QUIRE" check "$WORK/book" --color=always
check "--color=always wins over NO_COLOR" grep -qF $'\033[1;35mwarning:' "$WORK/stderr"

# On a terminal (script(1) gives the command one): colour, a progress line that erases itself;
# NO_COLOR and --quiet take the colour and the progress line away.
on_tty() { TERM=xterm script -qec "$*" /dev/null </dev/null >"$WORK/tty.txt" 2>&1 || true; }
on_tty "'$QUIRE' check '$WORK/book'"
check "a terminal gets coloured diagnostics" grep -qF $'\033[1;35mwarning:' "$WORK/tty.txt"
check "a terminal gets a progress bar with counts" grep -qE 'quire: \[#*\.*\] [0-9]/7 [a-z]+, 15 entries' "$WORK/tty.txt"
check "the progress line is erased before the diagnostics" grep -qF $'\r\033[K\033[1m' "$WORK/tty.txt"
on_tty "NO_COLOR=1 '$QUIRE' check '$WORK/book'"
check "NO_COLOR takes the colour away" test -z "$(grep -F $'\033[1;35m' "$WORK/tty.txt" || true)"
check "the summary is still printed" grep -qF "0 errors, 1 warning" "$WORK/tty.txt"
on_tty "'$QUIRE' check '$WORK/book' --quiet"
check "--quiet has no progress line" test -z "$(grep -F 'quire: [' "$WORK/tty.txt" || true)"

# An error (a link to a missing entry) fails the build and keeps the previous EPUB.
first=$(ls "$WORK"/book/entries/*.md | head -n 1)
printf '\nSee [nowhere](no-such-entry.md).\n' >>"$first"
expect_exit 1 "$QUIRE" build "$WORK/book" -o "$WORK/out"
expect_stderr "error: link to 'no-such-entry.md', which is not an entry of this book"
check "the error has path:line:col" grep -qE "^$WORK/book/entries/[^:]+:[0-9]+:[0-9]+: error" "$WORK/stderr"
check "a failed build keeps the previous output" cmp "$good" "$(ls "$WORK"/out/*.epub)"
check "no temporary files are left" test "$(ls -A "$WORK/out" | wc -l)" = 1

# A missing book folder is an error, not a crash.
expect_exit 1 "$QUIRE" build "$WORK/nowhere" -o "$WORK/out2"
expect_stderr "no book.yaml"
done_checks
