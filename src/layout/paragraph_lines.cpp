#include "layout/paragraph_lines.h"

#include <algorithm>

namespace quire::layout {

std::vector<VBox> ParagraphSetter::lines(const typeset::ParagraphText& para, const ParaFormat& format) {
  typeset::ShapeOptions so;
  so.indent = format.first_indent;
  so.hyphenate = format.hyphenate;
  auto list = std::make_shared<typeset::NodeList>(shaper_.shape(para, so, diags_));

  const double width = std::max(24.0, format.width - format.left - format.right);
  const typeset::LineShape shape =
      format.continuation_indent > 0
          ? typeset::LineShape({{0, width}}, {format.continuation_indent, width - format.continuation_indent})
          : typeset::LineShape::uniform(width);
  typeset::BreakParams params;
  if (format.alignment != typeset::Alignment::Justified) params.ragged = true;
  const typeset::LineBreaks breaks = typeset::break_lines(list->nodes, shape, params);
  if (breaks.pass >= 3) ++stats_.emergency;

  std::vector<VBox> out;
  bool first = true;
  for (auto& line : typeset::set_lines(*list, breaks, shape, format.alignment)) {
    VBox box;
    box.height = line_height(format.leading);
    box.depth = line_depth(format.leading);
    box.body_line = format.body;
    ++stats_.lines;
    if (line.width > line.measure.width + 0.01) ++stats_.overfull;
    if (!first && format.continuation_mark) {
      TextArt mark = *format.continuation_mark;
      mark.x = format.left;
      box.art.push_back(std::move(mark));
    }
    box.art.push_back(TextArt{list, std::move(line), format.left, 0});
    out.push_back(std::move(box));
    first = false;
  }
  return out;
}

TextArt ParagraphSetter::single_line(const typeset::ParagraphText& para, double& width) {
  typeset::ShapeOptions so;
  so.hyphenate = false;
  auto list = std::make_shared<typeset::NodeList>(shaper_.shape(para, so, diags_));
  double natural = 0;
  for (const auto& n : list->nodes)
    if (!std::holds_alternative<typeset::Penalty>(n)) natural += typeset::natural_width(n);
  const typeset::LineShape shape = typeset::LineShape::uniform(natural + 1000);
  typeset::BreakParams params;
  params.ragged = true;
  typeset::LineBreaks breaks = typeset::break_lines(list->nodes, shape, params);
  auto set = typeset::set_lines(*list, breaks, shape, typeset::Alignment::Ragged);
  TextArt art{list, set.empty() ? typeset::SetLine{} : std::move(set.front()), 0, 0};
  width = art.line.width;
  return art;
}

void append_lines(VList& out, std::vector<VBox> lines, int interline, int widow_orphan) {
  const std::size_t n = lines.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) {
      const bool edge = i == 1 || i + 1 == n;
      out.emplace_back(VPenalty{edge ? widow_orphan : interline});
    }
    out.emplace_back(std::move(lines[i]));
  }
}

}  // namespace quire::layout
