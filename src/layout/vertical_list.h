#pragma once
// TeX's vertical list: what block layout produces and the page builder consumes. Boxes
// (lines, table rows, figures) with the art they draw, glue between them, penalties that say
// where a page may break and at what cost, forced page breaks, and marks (destinations,
// outline entries, chapter starts) that travel with the material after them; footnotes
// (inserts), floating figures and the bounds of tables whose header repeats on every page.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "model/source.h"
#include "typeset/line.h"
#include "typeset/nodes.h"

namespace quire::layout {

// Positions in art are pt: x from the text block's left edge, y from the box's baseline
// (down is positive, as in Cairo).
struct TextArt {
  std::shared_ptr<const typeset::NodeList> list;
  typeset::SetLine line;
  double x = 0;
  double y = 0;
  // A line of a paragraph that has a source position: the paragraph's file and position,
  // and the index of the first word that starts on this line (words are counted from 0,
  // split at spaces), so the EPUB can mark where a printed page begins. word < 0: none.
  SourceLoc source = {};
  int word = -1;
};

struct ImageArt {
  std::string path;  // absolute
  double x = 0;
  double y = 0;  // top edge
  double width = 0;
  double height = 0;
};

struct RuleArt {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double thickness = 0.4;
  double gray = 0;  // 0 black .. 1 white; a wide light rule tints a box
};

using Art = std::variant<TextArt, ImageArt, RuleArt>;

struct VBox {
  double height = 0;  // above the baseline
  double depth = 0;   // below it
  std::vector<Art> art;
  bool body_line = false;  // a line of body text (for statistics)
};

struct VGlue {
  double size = 0;
};

// A place where the page may break, at a cost (TeX's penalties: >= 10000 never).
struct VPenalty {
  int value = 0;
};

// The material after this starts a new page; `recto`: an odd-numbered one.
struct PageBreak {
  bool recto = false;
};

// Information that lands on the page of the next box.
struct Mark {
  std::string dest;            // a named destination for links, "" when none
  int outline_level = -1;      // >= 0: an outline entry at this depth
  std::string title;           // the outline entry's title
  bool chapter_start = false;  // a chapter (or part) starts: its title heads the rectos after it
  std::string chapter;         // the chapter's title for running heads
  bool opening = false;        // the page holding this mark has no running head
  std::string toc_key;         // the key the contents use to find this page, "" when none
};

// A mark as the vertical list holds it: out of line, since every item of the list is as
// large as its largest kind, and marks are large and few while lines are small and many.
// Made from a Mark implicitly, so `list.emplace_back(mark)` stores one.
struct MarkItem {
  MarkItem(Mark m) : mark(std::make_shared<const Mark>(std::move(m))) {}  // NOLINT: implicit on purpose
  const Mark& operator*() const { return *mark; }
  const Mark* operator->() const { return mark.get(); }
  std::shared_ptr<const Mark> mark;
};

// A footnote (TeX's \insert): its lines go to the foot of the page holding the box just
// before it; a note too long for that page continues at the foot of the next one.
struct VInsert {
  std::string dest;         // the note's destination (its reference links there)
  std::vector<VBox> lines;  // stacked without glue: any space is in the boxes' heights
};

// Material that floats (a figure): set where it stands when it fits on the page, else held
// and placed at the top of the next page while the text after it fills this one. `content`
// holds only boxes, glue and marks; it is never broken.
struct VFloat {
  std::vector<std::variant<VBox, VGlue, Mark>> content;
};

// A table with a header row starts: on every page the table continues onto, `header` is
// set again first.
struct VTableStart {
  VBox header;
};

struct VTableEnd {};

using VItem =
    std::variant<VBox, VGlue, VPenalty, PageBreak, MarkItem, VInsert, VFloat, VTableStart, VTableEnd>;
using VList = std::vector<VItem>;

inline constexpr int kNever = 10000;

}  // namespace quire::layout
