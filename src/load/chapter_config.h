#pragma once
// Reads the `chapters:` and `parts:` lists of book.yaml into model::Chapter / model::Part
// with their rules; the ordering pass later fills each chapter from its rule.
#include "diag/diagnostics.h"
#include "load/yaml_document.h"
#include "model/book.h"

namespace quire::load {

// `list` is the value of a `chapters:` (or `appendices:`) key; each chapter is appended to
// book.chapters with `part` as its part index (-1 outside parts).
void read_chapters(const YamlDocument& doc, const YAML::Node& list, int part, model::Book& book,
                   Diagnostics& diags, bool appendix = false);

// `list` is the value of the top-level `parts:` key.
void read_parts(const YamlDocument& doc, const YAML::Node& list, model::Book& book,
                Diagnostics& diags);

}  // namespace quire::load
