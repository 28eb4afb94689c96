#include "structure/resolve_images.h"

#include <filesystem>

#include "model/walk.h"
#include "structure/resolve_links.h"
#include "util/files.h"

namespace quire::structure {

namespace fs = std::filesystem;

void resolve_images(model::Book& book, Diagnostics& diags) {
  const fs::path root(book.root);
  for (auto& entry : book.entries) {
    const fs::path folder = fs::path(entry.path).parent_path();
    auto resolve = [&](model::Inline& x) {
      auto* image = std::get_if<model::Image>(&x.node);
      if (!image) return;
      const SourceLoc at{entry.loc.path, x.pos};
      if (is_external_target(image->src)) {
        diags.error(at, "image '" + image->src + "' is remote; put the file in the book folder", "remote-image");
        return;
      }
      if (image->src.empty() || fs::path(image->src).is_absolute()) {
        diags.error(at, "image path '" + image->src + "' must be relative to the entry", "bad-image-path");
        return;
      }
      // Relative to the entry first (what a Markdown previewer does), then to the book folder.
      for (const fs::path& rel : {(folder / image->src).lexically_normal(), fs::path(image->src).lexically_normal()}) {
        std::error_code ec;
        if (!fs::is_regular_file(root / rel, ec)) continue;
        if (!util::is_inside(book.root, (root / rel).string()) || rel.begin()->string() == "..") {
          diags.error(at, "image '" + image->src + "' lies outside the book folder", "path-escape");
          return;
        }
        image->resolved = rel.generic_string();
        return;
      }
      diags.error(at, "image '" + image->src + "' not found", "missing-image");
    };
    model::walk(entry.body, {{}, resolve});
    for (auto& note : entry.notes) model::walk(note.content, {{}, resolve});
  }
}

}  // namespace quire::structure
