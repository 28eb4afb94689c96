#pragma once
// book.yaml's `crossref:` map: the words cross-references print before numbers
// (figure-prefix: "Figure"), in pandoc-crossref's spirit. Missing keys keep their defaults.
#include "diag/diagnostics.h"
#include "load/yaml_document.h"
#include "model/book.h"

namespace quire::load {

// Reads `crossref:` into `names`. Unknown keys are warnings. A singular prefix given alone
// serves the plural too, as pandoc-crossref's `figPrefix: Figure` does.
void read_crossref(const YamlDocument& doc, const YAML::Node& node, model::CrossrefNames& names,
                   Diagnostics& diags);

}  // namespace quire::load
