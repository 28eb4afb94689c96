#include "epub/heading_levels.h"

#include <algorithm>

namespace quire::epub {
namespace {

void walk(const model::Blocks& blocks, bool top_level, HeadingLevels& levels,
          std::vector<OutlineHeading>& out) {
  for (const model::Block& b : blocks) {
    if (const auto* h = std::get_if<model::Heading>(&b.node)) {
      out.push_back(OutlineHeading{h, levels.next(h->level), top_level});
    } else if (const auto* q = std::get_if<model::BlockQuote>(&b.node)) {
      walk(q->content, false, levels, out);
    } else if (const auto* d = std::get_if<model::Div>(&b.node)) {
      walk(d->content, top_level && d->callout == model::Callout::None, levels, out);
    } else if (const auto* l = std::get_if<model::List>(&b.node)) {
      for (const model::ListItem& item : l->items) walk(item.content, false, levels, out);
    }
  }
}

}  // namespace

int HeadingLevels::next(int markdown_level) {
  last_ = std::min(std::clamp(markdown_level, 2, 6), last_ + 1);
  return last_;
}

std::vector<OutlineHeading> heading_outline(const model::Blocks& body) {
  std::vector<OutlineHeading> out;
  HeadingLevels levels;
  walk(body, true, levels, out);
  return out;
}

}  // namespace quire::epub
