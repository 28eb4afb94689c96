#pragma once
// The page geometry the page builder's tests share: a text block of exactly `lines` body
// lines of 13 pt leading, with a line's worth of space above notes and below floats.
#include "layout/page_builder.h"
#include "layout/paragraph_lines.h"

namespace quire::testing_support {

inline layout::PageGeometry text_block(int lines) {
  layout::PageGeometry g;
  g.top_skip = layout::line_height(13);
  g.leading = 13;
  g.depth = layout::line_depth(13);
  g.text_height = g.top_skip + (lines - 1) * 13 + g.depth;
  g.note_skip = 13;
  g.float_skip = 13;
  return g;
}

}  // namespace quire::testing_support
