#pragma once
// Total-fit line breaking (Knuth and Plass): chooses the breaks of a whole paragraph at once
// so that the sum of every line's demerits is least, as TeX does.
#include <cstddef>
#include <vector>

#include "typeset/line_shape.h"
#include "typeset/nodes.h"

namespace quire::typeset {

// TeX's parameters, with plain TeX's values (see line_breaker.cpp for why each is what it is).
struct BreakParams {
  double pretolerance = 100;   // first pass, no hyphenation; < 0 skips the pass
  double tolerance = 200;      // second pass, with hyphenation
  double line_penalty = 10;
  double double_hyphen_demerits = 10000;
  double final_hyphen_demerits = 5000;
  double adj_demerits = 10000;
  // Extra stretch (pt) per line that the emergency pass may assume when judging lines.
  // 2 em at 10 pt: enough for a 300 pt measure of a font with narrow spaces.
  double emergency_stretch = 20;
  // Ragged right: spaces keep their natural width and each line ends in `ragged_stretch` of
  // stretchable space (TeX's \raggedright uses \rightskip = 0pt plus 2em).
  bool ragged = false;
  double ragged_stretch = 20;
};

struct LineBreaks {
  // Node index of each line's break, the last being the paragraph's final penalty.
  std::vector<std::size_t> breaks;
  // 1 without hyphenation, 2 with, 3 with emergency stretch, 4 anything not overfull.
  int pass = 0;
};

// Breaks `nodes` into lines of `shape`. The list must end with a forced break (penalty
// -10000), as the shaper's paragraph ending (parfillskip) does. Never fails: the final pass
// accepts any line that is not overfull, and splits words anywhere if it has to.
LineBreaks break_lines(const std::vector<Node>& nodes, const LineShape& shape, const BreakParams& params);

// The first node of the line after a break at `brk` (discardable glue and penalties after
// a break vanish, as in TeX). `brk` = npos means the paragraph start.
std::size_t line_start_after(const std::vector<Node>& nodes, std::size_t brk);

}  // namespace quire::typeset
