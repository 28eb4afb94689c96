#pragma once
// Emits an EPUB 3 (with an EPUB 2 toc.ncx) from a book whose passes have run.
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/book.h"
#include "model/print_pages.h"

namespace quire::epub {

struct EpubOptions {
  std::string styles_dir;  // folder holding epub.css
  // The print edition's pages, when it was laid out: the EPUB then marks where each printed
  // page begins and lists those marks in a page-list. Null: no page-list.
  const model::PrintPages* print_pages = nullptr;
};

// The EPUB as bytes (deterministic for identical input), or nullopt after reporting why.
std::optional<std::string> build_epub(const model::Book& book, const EpubOptions& options,
                                      Diagnostics& diags);

}  // namespace quire::epub
