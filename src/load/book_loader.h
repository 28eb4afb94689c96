#pragma once
// Loads a book folder: book.yaml, then every entries/*.md (front matter + Markdown).
// Chapter rules are recorded on model::Chapter; the ordering pass applies them.
#include <optional>
#include <string>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::load {

// nullopt when the book cannot be loaded at all (no book.yaml, unreadable folder); other
// problems are diagnostics and the returned book holds what could be read. Entries are read
// on `jobs` threads (0: one per core), with the same result.
std::optional<model::Book> load_book(const std::string& dir, Diagnostics& diags, unsigned jobs = 0);

}  // namespace quire::load
