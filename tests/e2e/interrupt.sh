#!/usr/bin/env bash
# An interrupted build (SIGINT, SIGTERM, even SIGKILL) leaves the previous outputs as they
# were, or - when it was past the point of writing - the complete new ones; never a partial
# file, never one new and one old, never a temporary file. A generated 100-entry book is
# interrupted at several moments of its build.
. "$(dirname "$0")/lib.bash"

python3 "$SRC/../shared/corpus/gen_book.py" --entries 100 --out "$WORK/book" >/dev/null
OUT=$WORK/out
STEM=houses-of-ai-synthetic-100

old_outputs() {
  rm -rf "$OUT"
  mkdir -p "$OUT"
  printf 'old epub' >"$OUT/$STEM.epub"
  printf 'old pdf' >"$OUT/$STEM.pdf"
  touch -d @1000000000 "$OUT/$STEM.epub" "$OUT/$STEM.pdf"
}

untouched() {
  [ "$(cat "$OUT/$STEM.epub")" = "old epub" ] && [ "$(cat "$OUT/$STEM.pdf")" = "old pdf" ] &&
    [ "$(stat -c %Y "$OUT/$STEM.epub" "$OUT/$STEM.pdf" | sort -u)" = 1000000000 ]
}
complete() {
  unzip -tq "$OUT/$STEM.epub" >/dev/null && tail -c 1024 "$OUT/$STEM.pdf" | grep -q '%%EOF'
}
only_outputs() { [ "$(ls -A "$OUT" | sort | tr '\n' ' ')" = "$STEM.epub $STEM.pdf " ]; }

# interrupt SIGNAL SECONDS: starts a build, sends SIGNAL after SECONDS, checks the folder.
interrupt() {
  local sig=$1 delay=$2 status=0
  old_outputs
  "$QUIRE" build "$WORK/book" -o "$OUT" --quiet 2>"$WORK/stderr" &
  local pid=$!
  sleep "$delay"
  kill -s "$sig" "$pid" 2>/dev/null || true
  wait "$pid" || status=$?
  check "$sig after ${delay}s: only the two outputs are in the folder" only_outputs
  if untouched; then
    check "$sig after ${delay}s: the build stopped (status $status)" test "$status" -ne 0
    echo "$sig after ${delay}s: previous outputs kept"
  else
    check "$sig after ${delay}s: both outputs are new and complete" complete
    echo "$sig after ${delay}s: the build had finished"
  fi
}

for delay in 0.2 1 3; do interrupt INT "$delay"; done
interrupt TERM 2
interrupt KILL 2
interrupt HUP 0.5

# Undisturbed, the same build writes both outputs.
old_outputs
expect_exit 0 timeout 900 "$QUIRE" build "$WORK/book" -o "$OUT" --quiet
check "an undisturbed build replaces both outputs" complete
check "an undisturbed build leaves nothing else" only_outputs
done_checks
