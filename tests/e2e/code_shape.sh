#!/usr/bin/env bash
# The shape the source tree keeps (docs/architecture.md): no function in src/ longer than 150
# lines or with a cyclomatic complexity of 50 or more (pmccabe), and no folder of src/ holding
# more than 27 % of its lines, so that no room grows into two jobs unnoticed.
. "$(dirname "$0")/lib.bash"
command -v pmccabe >/dev/null || fail "pmccabe is missing (scripts/install-deps installs it)"

# pmccabe cannot read `namespace a::b {`: measure a copy with the namespaces nested.
mkdir -p "$WORK/tree"
(cd "$SRC" && find src -name '*.cpp' -o -name '*.h') | sort >"$WORK/files"
while read -r f; do
  mkdir -p "$WORK/tree/$(dirname "$f")"
  perl -pe 's/^namespace\s+([\w:]+)\s*\{/join(" ", map {"namespace $_ {"} split(m{::},$1))/e' \
    "$SRC/$f" >"$WORK/tree/$f"
done <"$WORK/files"
(cd "$WORK/tree" && xargs pmccabe <"$WORK/files" 2>/dev/null) >"$WORK/functions"
check "pmccabe measured the functions of src/" test "$(wc -l <"$WORK/functions")" -gt 1000
# Columns: modified and traditional cyclomatic complexity, statements, first line, lines.
awk '$2 >= 50 || $5 > 150' "$WORK/functions" >"$WORK/too_big"
if [ -s "$WORK/too_big" ]; then cat "$WORK/too_big" >&2; fi
check "no function over 150 lines or with cyclomatic complexity 50 or more" test ! -s "$WORK/too_big"

# Lines per top-level folder of src/.
(cd "$SRC" && xargs wc -l <"$WORK/files") | awk '$2 != "total" { split($2, p, "/"); n[p[2]] += $1; t += $1 }
  END { for (d in n) printf "%s %d %.1f\n", d, n[d], 100 * n[d] / t }' | sort -k2 -n -r >"$WORK/shares"
cat "$WORK/shares"
check "no folder of src/ holds more than 27 % of its lines" \
  awk '$3 > 27 { bad = 1 } END { exit bad }' "$WORK/shares"
done_checks
