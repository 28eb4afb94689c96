#include "pdf/figure_sources.h"

#include <filesystem>

namespace quire::pdf {

namespace {

void collect(const model::Book& book, const model::Entry& entry, const model::Blocks& blocks,
             std::map<std::string, FigureSource>& out) {
  for (const auto& b : blocks) {
    if (const auto* f = std::get_if<model::Figure>(&b.node)) {
      const std::string rel = f->image.resolved.empty() ? f->image.src : f->image.resolved;
      const std::string path = (std::filesystem::path(book.root) / rel).string();
      out.emplace(path, FigureSource{{entry.loc.path, b.pos}, rel});
    } else if (const auto* q = std::get_if<model::BlockQuote>(&b.node)) {
      collect(book, entry, q->content, out);
    } else if (const auto* l = std::get_if<model::List>(&b.node)) {
      for (const auto& item : l->items) collect(book, entry, item.content, out);
    }
  }
}

}  // namespace

std::map<std::string, FigureSource> figure_sources(const model::Book& book) {
  std::map<std::string, FigureSource> out;
  for (const auto& entry : book.entries) collect(book, entry, entry.body, out);
  return out;
}

}  // namespace quire::pdf
