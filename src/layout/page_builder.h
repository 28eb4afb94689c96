#pragma once
// The page builder: fills pages from a vertical list, choosing each page's break among the
// legal ones by cost (the break's penalty plus how short it leaves the page), so a page
// runs a line short rather than leave a widow, an orphan or a stranded heading.
//
// Part 2 adds footnote insertions and floats: both will be items of the list that the
// builder collects into a page's `insertions` while filling it, each reducing the page's
// goal height; `goal_for` is where that reduction goes.
#include <limits>
#include <string>
#include <vector>

#include "layout/vertical_list.h"

namespace quire::layout {

struct PlacedBox {
  const VBox* box = nullptr;  // points into the vertical list, which must outlive the page
  double baseline = 0;        // pt below the text block's top edge
};

struct PlacedMark {
  Mark mark;
  double y = 0;  // the top of the box it precedes, pt below the text block's top edge
};

struct Page {
  std::vector<PlacedBox> boxes;
  std::vector<PlacedMark> marks;
  bool blank = false;    // inserted so the next page is a recto: nothing at all is drawn
  bool opening = false;  // a chapter (or part) opens here: no running head
  std::string chapter;   // the chapter current on this page, for the recto's running head
};

struct PageGeometry {
  double text_height = 531;  // the text block
  double top_skip = 10;      // first baseline below the block's top, at least
  double leading = 13;       // the body's, to weigh how short a page is
  double depth = 3.25;       // the body line's depth below the last baseline
};

class PageBuilder {
 public:
  explicit PageBuilder(PageGeometry geometry) : g_(geometry) {}

  // The pages of `list`; the first is numbered `first_number` (odd numbers are rectos).
  std::vector<Page> build(const VList& list, int first_number = 1) const;

  // The lowest baseline a page may hold.
  double baseline_limit() const;

 private:
  double goal_for(const Page& page) const;
  PageGeometry g_;
};

}  // namespace quire::layout
