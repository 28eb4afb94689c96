#pragma once
// Reads CSL-JSON items into the item model and writes them back, as citeproc-js reads
// them: names split into particles, dates from date-parts, raw or literal.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bibliography/reference.h"
#include "diag/diagnostics.h"

namespace quire::bibliography {

// Reads a CSL-JSON array of items; bad entries are reported and skipped.
std::vector<Reference> read_csl_json(const nlohmann::json& items, Diagnostics& diags,
                                     const std::string& path = {});

// Writes references back as CSL-JSON (for `quire cite --mode items`).
nlohmann::json to_csl_json(const std::vector<Reference>& refs);

}  // namespace quire::bibliography
