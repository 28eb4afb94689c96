#pragma once
// Maps one BibTeX/BibLaTeX entry to a CSL JSON item as pandoc does (types, fields,
// sentence-cased English titles, names and dates).
#include <string>

#include <nlohmann/json.hpp>

#include "bibliography/bibtex_crossref.h"
#include "bibliography/bibtex_variant.h"
#include "diag/diagnostics.h"

namespace quire::bibliography::bibtex {

nlohmann::json entry_to_csl(const ResolvedEntry& entry, BibVariant variant,
                            const std::string& path, Diagnostics& diags);

}  // namespace quire::bibliography::bibtex
