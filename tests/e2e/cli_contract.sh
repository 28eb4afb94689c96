#!/usr/bin/env bash
# The command line's documented contract: exit codes, gcc-style diagnostics, --strict,
# `check` writing nothing, and a failed build keeping the previous good output.
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
good=$(ls "$WORK"/out/*.epub)
cp "$good" "$WORK/good.epub"

# A typo in book.yaml is a warning with a did-you-mean; --strict makes it fatal.
printf 'titel: oops\n' >>"$WORK/book/book.yaml"
line=$(grep -n '^titel:' "$WORK/book/book.yaml" | cut -d: -f1)
expect_exit 0 "$QUIRE" check "$WORK/book"
expect_stderr "$WORK/book/book.yaml:$line:1: warning: unknown key 'titel' in book.yaml; did you mean 'title'?"
expect_exit 1 "$QUIRE" build "$WORK/book" -o "$WORK/out" --strict
check "a failed --strict build keeps the previous output" cmp "$good" "$(ls "$WORK"/out/*.epub)"

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
