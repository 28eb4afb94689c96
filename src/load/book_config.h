#pragma once
// Reads book.yaml (already parsed) into the book's metadata, parts and chapter rules.
#include <string>

#include "diag/diagnostics.h"
#include "load/yaml_document.h"
#include "model/book.h"

namespace quire::load {

// Fills book.meta, book.parts and book.chapters from `doc`. `dir` is the book folder, for
// checking the files book.yaml names. Returns false only when book.yaml is not a map of
// keys at all (reported); every other problem is reported and skipped.
bool read_book_config(const YamlDocument& doc, const std::string& dir, model::Book& book,
                      Diagnostics& diags);

}  // namespace quire::load
