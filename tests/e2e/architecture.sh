#!/usr/bin/env bash
# The print path goes one way down: pdf (drawing, writing, patching) uses layout (pages) and
# typeset (lines), which use neither pdf nor epub; structure uses neither writer; pdf and epub
# do not include each other; and graphics (Cairo/Pango handles, images), which all of them
# use, stands on util, diag and model alone. The bibliography readers do not know the CSL
# processor, which does not know the citation pass; model and util include no room above them.
# Read from the #include "folder/..." lines of src/.
. "$(dirname "$0")/lib.bash"

# "from to" for every #include "to/..." in a file under src/from/.
edges() {
  local f from
  while IFS= read -r f; do
    from=${f#"$SRC/src/"}
    from=${from%%/*}
    sed -nE 's@^[[:space:]]*#[[:space:]]*include[[:space:]]*"([a-z_]+)/.*@\1@p' "$f" | sed "s@^@$from @"
  done < <(find "$SRC/src" -type f \( -name '*.h' -o -name '*.cpp' \) | sort)
}
edges | sort -u >"$WORK/edges.txt"
check "src/ has includes to read" test "$(wc -l <"$WORK/edges.txt")" -gt 20

# forbid FROM TO...: no file under src/FROM includes a header of src/TO.
forbid() {
  local from=$1 to
  shift
  for to in "$@"; do
    if grep -qx "$from $to" "$WORK/edges.txt"; then
      grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"$to/" "$SRC/src/$from" >&2
      fail "src/$from includes src/$to"
    fi
    passed=$((passed + 1))
  done
}
forbid typeset pdf epub
forbid layout pdf epub
forbid structure pdf epub
forbid pdf epub
forbid epub pdf
forbid typeset layout
# Citations: the readers know nothing of the processor, and neither knows the book's pass.
forbid bibliography csl cite
forbid csl cite
# The floor: the model and the utilities include no room above them.
rooms="load markdown structure cite csl bibliography epub pdf layout typeset graphics driver cli license"
# shellcheck disable=SC2086
forbid model $rooms diag util
# shellcheck disable=SC2086
forbid util $rooms diag model

# graphics may use only these folders.
while read -r from to; do
  [ "$from" = graphics ] || continue
  case $to in
    graphics | util | diag | model) ;;
    *)
      grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"$to/" "$SRC/src/graphics" >&2
      fail "src/graphics includes src/$to: it must stay below typeset, layout, pdf and epub"
      ;;
  esac
done <"$WORK/edges.txt"
passed=$((passed + 1))

done_checks
