#pragma once
// One paragraph of styled text set into lines (shaping, hyphenation, total-fit breaking),
// each line a box of the vertical list with its baseline skip built in.
#include <vector>

#include "diag/diagnostics.h"
#include "layout/vertical_list.h"
#include "typeset/line.h"
#include "typeset/line_breaker.h"
#include "typeset/shaper.h"

namespace quire::layout {

struct ParaFormat {
  double width = 330;       // the text block's width
  double left = 0;          // indent from its left edge
  double right = 0;         // and from its right edge
  double first_indent = 0;  // extra indent of the first line
  double leading = 13;
  typeset::Alignment alignment = typeset::Alignment::Justified;
  bool hyphenate = true;
  // Lines after the first start this much further in, with `continuation_mark` in the gap
  // (wrapped code lines).
  double continuation_indent = 0;
  const TextArt* continuation_mark = nullptr;
  bool body = false;  // body text, counted in the statistics
};

// Splits a box's height at its baseline so that boxes of one leading stacked without glue
// have their baselines exactly `leading` apart.
inline double line_height(double leading) { return leading * 0.75; }
inline double line_depth(double leading) { return leading * 0.25; }

struct SetterStats {
  int lines = 0;
  int overfull = 0;
  int emergency = 0;

  SetterStats& operator+=(const SetterStats& o) {
    lines += o.lines;
    overfull += o.overfull;
    emergency += o.emergency;
    return *this;
  }
};

class ParagraphSetter {
 public:
  ParagraphSetter(typeset::Shaper& shaper, Diagnostics& diags) : shaper_(shaper), diags_(&diags) {}

  // Where the paragraphs' problems are reported from now on (each entry laid out on another
  // thread reports into its own sink, merged in book order).
  void set_diagnostics(Diagnostics& diags) { diags_ = &diags; }

  // The paragraph's lines, top to bottom.
  std::vector<VBox> lines(const typeset::ParagraphText& para, const ParaFormat& format);

  // The paragraph set on one line at its natural width (labels, heads, folios); `width`
  // receives that width. The art's x is 0.
  TextArt single_line(const typeset::ParagraphText& para, double& width);

  const SetterStats& stats() const { return stats_; }

  // Frees the shaper's caches, once the body is set: what is set after is a few headings.
  void drop_caches() { shaper_.drop_caches(); }

 private:
  typeset::Shaper& shaper_;
  Diagnostics* diags_;
  SetterStats stats_;
};

// Appends `lines` to `out` with a penalty between each two: `widow_orphan` after the first
// and before the last line, `interline` elsewhere.
void append_lines(VList& out, std::vector<VBox> lines, int interline = 0, int widow_orphan = kNever);

}  // namespace quire::layout
