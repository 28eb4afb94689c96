#pragma once
// The levels entry headings are written at: below the entry title's h1, and never
// skipping a level on the way down (assistive technology reads a skip as a gap).
#include <vector>

#include "model/document.h"

namespace quire::epub {

// Feed it every heading in document order; it answers the HTML level to write.
class HeadingLevels {
 public:
  int next(int markdown_level);

 private:
  int last_ = 1;  // the title
};

struct OutlineHeading {
  const model::Heading* heading;
  int level;       // as written: 2..6
  bool top_level;  // directly in the body, not inside a list or quotation
};

// Every heading of `body` in document order, with the level the XHTML writer gives it.
std::vector<OutlineHeading> heading_outline(const model::Blocks& body);

}  // namespace quire::epub
