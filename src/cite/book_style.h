#pragma once
// Picks a book's citation style (book.yaml's `csl`, else the house style) and the locale
// for its language, so the citation pass need not know where styles live.
#include <optional>
#include <string>

#include "csl/locale.h"
#include "csl/style.h"
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::cite {

struct BookStyle {
  csl::Style style;
  csl::Locale locale;
};

// `csl` may be a file relative to the book folder, a style in `styles_dir` ("quire",
// "quire.csl") or an installed CSL style id ("apa"); "" means `styles_dir`/quire.csl.
// Problems are reported at book.yaml.
std::optional<BookStyle> load_book_style(const model::Book& book, const std::string& styles_dir,
                                         Diagnostics& diags);

}  // namespace quire::cite
