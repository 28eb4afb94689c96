#pragma once
// What the page builder's tests share: a text block of exactly `lines` body lines of 13 pt
// leading (a line's worth of space above notes and below floats), and lines tagged with an
// id so a test can tell which page each went to.
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

// A line of `leading`, tagged with `id` (carried as the end of a rule it never draws).
inline layout::VBox tagged(int id, double leading = 13) {
  layout::VBox b;
  b.height = layout::line_height(leading);
  b.depth = layout::line_depth(leading);
  b.art.push_back(layout::RuleArt{0, 0, static_cast<double>(id), 0, 0});
  return b;
}

inline int id_of(const layout::VBox& b) { return static_cast<int>(std::get<layout::RuleArt>(b.art[0]).x2); }
inline int id_of(const layout::PlacedBox& p) { return id_of(*p.box); }

}  // namespace quire::testing_support
