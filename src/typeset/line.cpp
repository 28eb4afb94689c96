#include "typeset/line.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace quire::typeset {
namespace {

struct Element {
  bool is_box = false;
  Box box;
  Glue glue;
  int level = 0;
};

// The boxes and glue of the line from the break `prev` to the break `brk`, in logical order:
// the previous break's post-break text, unbroken discretionaries' no-break text, and the
// pre-break text (hyphen) of a discretionary it ends at.
std::vector<Element> line_elements(const std::vector<Node>& nodes, std::size_t prev, std::size_t brk) {
  std::vector<Element> out;
  auto add_box = [&out](const Box& b) {
    if (b.run >= 0 || b.width > 0) out.push_back({true, b, {}, b.bidi_level});
  };
  if (prev < nodes.size())
    if (const Box* post = post_break_of(nodes[prev])) add_box(*post);
  for (std::size_t i = line_start_after(nodes, prev); i < brk && i < nodes.size(); ++i) {
    if (const auto* b = std::get_if<Box>(&nodes[i]))
      out.push_back({true, *b, {}, b->bidi_level});
    else if (const auto* g = std::get_if<Glue>(&nodes[i]))
      out.push_back({false, {}, *g, g->bidi_level});
    else if (const auto* d = std::get_if<Discretionary>(&nodes[i]))
      add_box(d->no_break);
  }
  if (brk < nodes.size())
    if (const auto* d = std::get_if<Discretionary>(&nodes[brk])) add_box(d->pre_break);
  return out;
}

bool ends_hyphenated(const std::vector<Node>& nodes, std::size_t brk) {
  if (brk >= nodes.size()) return false;
  if (const auto* d = std::get_if<Discretionary>(&nodes[brk])) return d->pre_break.width > 0;
  if (const auto* p = std::get_if<Penalty>(&nodes[brk])) return p->flagged;
  return false;
}

bool can_merge(const PlacedBox& prev, const Box& next, double x) {
  const Box& a = prev.box;
  return a.run >= 0 && a.run == next.run && std::abs(prev.x + a.width - x) < 1e-6 &&
         (a.byte_end == next.byte_begin || next.byte_end == a.byte_begin);
}

void merge_into(Box& a, const Box& next) {
  a.width += next.width;
  a.byte_begin = std::min(a.byte_begin, next.byte_begin);
  a.byte_end = std::max(a.byte_end, next.byte_end);
}

}  // namespace

std::vector<std::size_t> visual_order(const std::vector<int>& levels) {
  std::vector<std::size_t> order(levels.size());
  std::iota(order.begin(), order.end(), 0);
  if (levels.empty()) return order;
  const int highest = *std::max_element(levels.begin(), levels.end());
  int lowest_odd = highest + 1;
  for (int l : levels)
    if (l % 2 == 1) lowest_odd = std::min(lowest_odd, l);
  // From the highest level down to the lowest odd one, reverse every run at that level or above.
  for (int level = highest; level >= lowest_odd; --level) {
    std::size_t i = 0;
    while (i < order.size()) {
      if (levels[order[i]] < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < order.size() && levels[order[j]] >= level) ++j;
      std::reverse(order.begin() + static_cast<long>(i), order.begin() + static_cast<long>(j));
      i = j;
    }
  }
  return order;
}

std::vector<SetLine> set_lines(const NodeList& list, const LineBreaks& breaks, const LineShape& shape,
                               Alignment alignment) {
  std::vector<SetLine> out;
  std::size_t prev = static_cast<std::size_t>(-1);
  int line_no = 0;
  for (const std::size_t brk : breaks.breaks) {
    std::vector<Element> elems = line_elements(list.nodes, prev, brk);
    prev = brk;

    SetLine line;
    line.measure = shape.at(line_no++);
    line.hyphenated = ends_hyphenated(list.nodes, brk);
    double stretch = 0, shrink = 0, fill = 0;
    for (const auto& e : elems) {
      if (e.is_box) {
        line.natural += e.box.width;
        if (e.box.run >= 0 && static_cast<std::size_t>(e.box.run) < list.runs.size()) {
          const GlyphRun& run = list.runs[static_cast<std::size_t>(e.box.run)];
          line.ascent = std::max(line.ascent, run.ascent());
          line.descent = std::max(line.descent, run.descent());
        }
      } else {
        line.natural += e.glue.width;
        stretch += e.glue.stretch;
        shrink += e.glue.shrink;
        fill += e.glue.fill;
      }
    }
    const double target = line.measure.width;
    double fill_ratio = 0;
    if (alignment == Alignment::Justified) {
      if (line.natural < target) {
        if (fill > 0)
          fill_ratio = (target - line.natural) / fill;
        else if (stretch > 0)
          line.glue_ratio = (target - line.natural) / stretch;
      } else if (line.natural > target && shrink > 0) {
        // Glue never shrinks below its minimum: an overfull line sticks out instead.
        line.glue_ratio = std::max(-1.0, (target - line.natural) / shrink);
      }
    }
    auto glue_width = [&](const Glue& g) {
      const double adjust = line.glue_ratio >= 0 ? line.glue_ratio * g.stretch : line.glue_ratio * g.shrink;
      return g.width + adjust + fill_ratio * g.fill;
    };
    line.width = 0;
    for (const auto& e : elems) line.width += e.is_box ? e.box.width : glue_width(e.glue);

    double x = line.measure.left;
    if (alignment == Alignment::Ragged && list.base_level % 2 == 1) x += target - line.width;
    if (alignment == Alignment::Centered) x += (target - line.width) / 2;

    std::vector<int> levels;
    levels.reserve(elems.size());
    for (const auto& e : elems) levels.push_back(e.level);
    for (const std::size_t i : visual_order(levels)) {
      const Element& e = elems[i];
      if (e.is_box) {
        // Pieces of one word (split at break points that were not taken) are drawn as one.
        if (!line.boxes.empty() && can_merge(line.boxes.back(), e.box, x))
          merge_into(line.boxes.back().box, e.box);
        else
          line.boxes.push_back({x, e.box});
        x += e.box.width;
      } else {
        x += glue_width(e.glue);
      }
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace quire::typeset
