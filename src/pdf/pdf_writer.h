#pragma once
// The print edition: the whole book typeset into PDF bytes, with an outline, internal and
// external links, metadata, page labels and embedded font subsets. The same book gives the
// same bytes.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"
#include "model/book.h"
#include "model/print_pages.h"

namespace quire::pdf {

struct PdfOptions {
  std::string styles_dir;     // holds print.yaml
  std::string font_manifest;  // "" = fonts/fonts.yaml of the source tree
  std::string hyphen_dir = "/usr/share/hyphen";
  std::string edition;       // "print" or "screen"; "" = the style's `edition:`
  bool print_marks = false;  // a bleed and crop marks around the trim, with TrimBox and BleedBox
  unsigned jobs = 0;         // threads laying out entries; 0 = one per core (same output either way)
  // Called on the calling thread once the book is laid out and `page_map` filled: the
  // body's pages are drawn by then (as it was laid out), the front matter's are not.
  std::function<void()> laid_out;
  // Told, on the calling thread, how far the work has got: `what` is "entries set", counted
  // in book order as each entry's pages are drawn.
  std::function<void(std::string_view what, std::size_t done, std::size_t total)> progress;
};

struct PdfStats {
  int pages = 0;
  int lines = 0;
  int overfull_lines = 0;
  int contents_passes = 0;
};

// `page_map`, when given, receives where each body page begins (for the EPUB's page-list).
std::optional<std::string> build_pdf(const model::Book& book, const PdfOptions& options, Diagnostics& diags,
                                     PdfStats* stats = nullptr, model::PrintPages* page_map = nullptr);

}  // namespace quire::pdf
