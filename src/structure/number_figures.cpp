#include "structure/number_figures.h"

#include <string>

namespace quire::structure {
namespace {

// Figures inside quotes and list items count too, in reading order.
void number_blocks(model::Blocks& blocks, const std::string& chapter, int& count) {
  for (model::Block& b : blocks) {
    if (auto* f = std::get_if<model::Figure>(&b.node)) {
      f->number = chapter + "." + std::to_string(++count);
    } else if (auto* q = std::get_if<model::BlockQuote>(&b.node)) {
      number_blocks(q->content, chapter, count);
    } else if (auto* l = std::get_if<model::List>(&b.node)) {
      for (model::ListItem& item : l->items) number_blocks(item.content, chapter, count);
    }
  }
}

}  // namespace

void number_figures(model::Book& book) {
  if (!book.meta.number_figures) return;
  // Chapters count through the whole book, parts or not, as the EPUB's chapter pages do.
  for (std::size_t c = 0; c < book.chapters.size(); ++c) {
    const std::string chapter = std::to_string(c + 1);
    int count = 0;
    for (const std::size_t e : book.chapters[c].entries)
      if (e < book.entries.size()) number_blocks(book.entries[e].body, chapter, count);
  }
}

}  // namespace quire::structure
