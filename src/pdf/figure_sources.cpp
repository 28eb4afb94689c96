#include "pdf/figure_sources.h"

#include <filesystem>

#include "model/walk.h"

namespace quire::pdf {

namespace {

void collect(const model::Book& book, const model::Entry& entry, std::map<std::string, FigureSource>& out) {
  model::walk(entry.body, {.block = [&](const model::Block& b) {
                if (const auto* f = std::get_if<model::Figure>(&b.node)) {
                  const std::string rel = f->image.resolved.empty() ? f->image.src : f->image.resolved;
                  const std::string path = (std::filesystem::path(book.root) / rel).string();
                  out.emplace(path, FigureSource{{entry.loc.path, b.pos}, rel});
                }
              }});
}

}  // namespace

std::map<std::string, FigureSource> figure_sources(const model::Book& book) {
  std::map<std::string, FigureSource> out;
  for (const auto& entry : book.entries) collect(book, entry, out);
  return out;
}

}  // namespace quire::pdf
