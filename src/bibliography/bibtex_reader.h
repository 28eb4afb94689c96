#pragma once
// Reads a BibTeX/BibLaTeX database into CSL JSON items, matching what
// `pandoc -f bibtex -t csljson` (or `-f biblatex`) writes for the same file.
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "bibliography/bibtex_variant.h"
#include "diag/diagnostics.h"

namespace quire::bibliography {

// A JSON array of CSL items, in file order. Broken entries are reported at their
// path:line:col and skipped; nullopt only when errors left nothing readable.
std::optional<nlohmann::json> read_bibtex(std::string_view text, const std::string& path,
                                          Diagnostics& diags);
std::optional<nlohmann::json> read_bibtex(std::string_view text, const std::string& path,
                                          Diagnostics& diags, BibVariant variant);

}  // namespace quire::bibliography
