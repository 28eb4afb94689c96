#include "structure/number_figures.h"

#include <string>

#include "model/walk.h"

namespace quire::structure {
namespace {

// Figures inside quotes and list items count too, in reading order.
void number_blocks(model::Blocks& blocks, const std::string& chapter, int& count) {
  model::walk(blocks, {.block = [&](model::Block& b) {
                if (auto* f = std::get_if<model::Figure>(&b.node))
                  f->number = chapter + "." + std::to_string(++count);
              }});
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
