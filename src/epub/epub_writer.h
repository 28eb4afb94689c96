#pragma once
// Emits an EPUB 3 (with an EPUB 2 toc.ncx) from a book whose passes have run.
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::epub {

struct EpubOptions {
  std::string styles_dir;  // folder holding epub.css
};

// The EPUB as bytes (deterministic for identical input), or nullopt after reporting why.
std::optional<std::string> build_epub(const model::Book& book, const EpubOptions& options,
                                      Diagnostics& diags);

}  // namespace quire::epub
