#include "layout/paragraph_lines.h"

#include <algorithm>

namespace quire::layout {

namespace {

void release_nodes(typeset::NodeList& list) {
  list.nodes.clear();
  list.nodes.shrink_to_fit();
  list.runs.shrink_to_fit();
}

// For each line, how many words start before it: the index of the first word that starts
// on it (a line that opens with the rest of a hyphenated word starts no word of its own).
// Words are separated by glue, as the shaper makes one glue of every run of spaces.
std::vector<int> first_words(const std::vector<typeset::Node>& nodes, const typeset::LineBreaks& breaks) {
  std::vector<int> out;
  std::size_t at = 0;
  int words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < breaks.breaks.size(); ++i) {
    const std::size_t start =
        typeset::line_start_after(nodes, i == 0 ? static_cast<std::size_t>(-1) : breaks.breaks[i - 1]);
    for (; at < start && at < nodes.size(); ++at) {
      if (std::holds_alternative<typeset::Glue>(nodes[at])) {
        in_word = false;
      } else if (const auto* b = std::get_if<typeset::Box>(&nodes[at]); b && b->run >= 0 && !in_word) {
        ++words;
        in_word = true;
      }
    }
    out.push_back(words);
  }
  return out;
}

}  // namespace

std::vector<VBox> ParagraphSetter::lines(const typeset::ParagraphText& para, const ParaFormat& format) {
  typeset::ShapeOptions so;
  so.indent = format.first_indent;
  so.hyphenate = format.hyphenate;
  auto list = std::make_shared<typeset::NodeList>(shaper_.shape(para, so, *diags_));

  const double width = std::max(24.0, format.width - format.left - format.right);
  const typeset::LineShape shape =
      format.continuation_indent > 0
          ? typeset::LineShape({{0, width}}, {format.continuation_indent, width - format.continuation_indent})
          : typeset::LineShape::uniform(width);
  typeset::BreakParams params;
  if (format.alignment != typeset::Alignment::Justified) params.ragged = true;
  const typeset::LineBreaks breaks = typeset::break_lines(list->nodes, shape, params);
  if (breaks.pass >= 3) ++stats_.emergency;

  const std::vector<int> words =
      para.loc.pos.line > 0 ? first_words(list->nodes, breaks) : std::vector<int>{};
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
    TextArt art{list, std::move(line), format.left, 0};
    if (out.size() < words.size()) {
      art.source = para.loc;
      art.word = words[out.size()];
    }
    box.art.push_back(std::move(art));
    out.push_back(std::move(box));
    first = false;
  }
  // The lines keep only the runs they draw: the nodes were for breaking, and a book's worth
  // of them (a discretionary between every two letters) would dwarf everything else.
  release_nodes(*list);
  return out;
}

TextArt ParagraphSetter::single_line(const typeset::ParagraphText& para, double& width) {
  typeset::ShapeOptions so;
  so.hyphenate = false;
  auto list = std::make_shared<typeset::NodeList>(shaper_.shape(para, so, *diags_));
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
  release_nodes(*list);
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
