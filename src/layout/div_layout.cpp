// Fenced divs in the print edition. A callout is a tinted box with a rule down its left edge
// and its title in bold; it is drawn line by line, so it breaks across pages wherever its
// content may.
#include <cstddef>
#include <utility>

#include "layout/block_layout.h"
#include "layout/paragraph_lines.h"

namespace quire::layout {

namespace {

constexpr double kTint = 0.93;
constexpr double kBarGray = 0.35;

// Gives every box of `items` the tint and the bar. Glue between boxes would leave gaps in
// them, so it becomes height of the next box, and a break that glue allowed stays allowed.
void box_lines(VList& items, double left, double right, double pad, double bar) {
  double pending = pad;
  std::size_t last = 0;
  VList out;
  for (VItem& item : items) {
    if (const auto* g = std::get_if<VGlue>(&item)) {
      if (!out.empty() && std::holds_alternative<VBox>(out.back())) out.emplace_back(VPenalty{0});
      pending += g->size;
      continue;
    }
    out.push_back(std::move(item));
    if (auto* b = std::get_if<VBox>(&out.back())) {
      b->height += pending;
      pending = 0;
      last = out.size() - 1;
    }
  }
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto* b = std::get_if<VBox>(&out[i]);
    if (b == nullptr) continue;
    if (i == last) b->depth += pad;
    const double mid = (b->depth - b->height) / 2;
    RuleArt tint{left, mid, right, mid, b->height + b->depth, kTint};
    RuleArt edge{left + bar / 2, -b->height, left + bar / 2, b->depth, bar, kBarGray};
    b->art.insert(b->art.begin(), {tint, edge});
  }
  items = std::move(out);
}

}  // namespace

void BlockLayout::div(const model::Div& div, const Frame& frame, VList& out) {
  if (div.callout == model::Callout::None) {
    blocks(div.content, frame, out);
    return;
  }
  const double pad = frame.text.size * 0.6;
  const double bar = frame.text.size * 0.2;
  Frame inner = frame;
  inner.left += bar + pad;
  inner.right += pad;
  inner.indent_paragraphs = false;
  VList box;
  const model::Inlines title{{model::Strong{div.title}, {}}};
  paragraph_block(title, inner, false, {}, box);
  if (!div.content.empty()) {
    box.emplace_back(VPenalty{kNever});  // the title stays with what it heads
    box.emplace_back(VGlue{frame.text.leading / 4});
    blocks(div.content, inner, box);
  }
  box_lines(box, frame.left, env_.style.text_width() - frame.right, pad, bar);
  for (VItem& v : box) out.push_back(std::move(v));
}

}  // namespace quire::layout
