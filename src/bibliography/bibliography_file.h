#pragma once
// Loads a bibliography as CSL JSON items from .bib (BibLaTeX, as pandoc reads them),
// .bibtex, .json or .yaml/.yml; problems come back as diagnostics at path:line:col.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"

namespace quire::bibliography {

// nullopt when the file cannot be read or nothing in it is usable. Duplicate ids are
// warned about with the positions of both.
std::optional<nlohmann::json> read_bibliography_file(const std::string& path, Diagnostics& diags);

// The same, for text already in memory; `path` picks the format and names the file in
// diagnostics.
std::optional<nlohmann::json> read_bibliography_text(std::string_view text,
                                                     const std::string& path, Diagnostics& diags);

}  // namespace quire::bibliography
