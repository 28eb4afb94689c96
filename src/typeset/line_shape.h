#pragma once
// The measure of each line of a paragraph: where it starts and how wide it is, so that
// hanging indents (lists) and, later, text flowing around floats can vary it per line.
#include <vector>

namespace quire::typeset {

struct LineMeasure {
  double left = 0;   // offset from the text block's left edge, pt
  double width = 0;  // pt
};

class LineShape {
 public:
  // Every line the same.
  static LineShape uniform(double width) { return LineShape({}, {0, width}); }
  // Lines after the first `lines` indented by `indent` on the left (a list item's body after
  // its label, TeX's \hangindent with \hangafter = lines).
  static LineShape hanging(double width, double indent, int lines = 1);

  // `special[i]` for line i (0-based) while i < special.size(), `rest` after that.
  LineShape(std::vector<LineMeasure> special, LineMeasure rest)
      : special_(std::move(special)), rest_(rest) {}

  const LineMeasure& at(int line) const {
    return line < static_cast<int>(special_.size()) ? special_[static_cast<std::size_t>(line)] : rest_;
  }
  // Lines from this index on all have the same measure (TeX's "easy_line").
  int special_lines() const { return static_cast<int>(special_.size()); }

 private:
  std::vector<LineMeasure> special_;
  LineMeasure rest_;
};

inline LineShape LineShape::hanging(double width, double indent, int lines) {
  std::vector<LineMeasure> first(static_cast<std::size_t>(lines > 0 ? lines : 0), LineMeasure{0, width});
  return LineShape(std::move(first), {indent, width - indent});
}

}  // namespace quire::typeset
