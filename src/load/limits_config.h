#pragma once
// book.yaml's `limits:` map: how much quire reads before it calls an input unreasonable
// (entry-size in MB, nesting-depth in levels, image-pixels in megapixels, total-pages).
// Missing keys keep their defaults.
#include "diag/diagnostics.h"
#include "load/yaml_document.h"
#include "model/book.h"

namespace quire::load {

// Reads `limits:` into `limits`. Unknown keys are warnings; a value that is not a positive
// whole number is an error at the value.
void read_limits(const YamlDocument& doc, const YAML::Node& node, model::Limits& limits,
                 Diagnostics& diags);

}  // namespace quire::load
