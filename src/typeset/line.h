#pragma once
// Setting chosen lines: each glue gets its final width from the line's glue set ratio, and
// every box its position, in visual (left-to-right) order after bidi reordering.
#include <vector>

#include "typeset/line_breaker.h"
#include "typeset/line_shape.h"
#include "typeset/nodes.h"

namespace quire::typeset {

// Justified lines fill the measure; ragged lines keep natural spaces and sit at the start
// side (left, or right in a right-to-left paragraph); centred lines sit in the middle.
enum class Alignment { Justified, Ragged, Centered };

struct PlacedBox {
  double x = 0;  // left edge, pt from the text block's left edge
  Box box;
};

struct SetLine {
  LineMeasure measure;
  double natural = 0;     // width with every glue at its natural width
  double width = 0;       // width as set
  double glue_ratio = 0;  // r: glue width + r·stretch (r > 0) or + r·shrink (r < 0)
  std::vector<PlacedBox> boxes;  // visual order
  bool hyphenated = false;       // ends at a hyphen (discretionary or explicit)
  double ascent = 0;             // largest of its boxes
  double descent = 0;
};

std::vector<SetLine> set_lines(const NodeList& list, const LineBreaks& breaks, const LineShape& shape,
                               Alignment alignment);

// UAX #9 rule L2 on a line's levels: the visual order, as indices into `levels`.
std::vector<std::size_t> visual_order(const std::vector<int>& levels);

}  // namespace quire::typeset
