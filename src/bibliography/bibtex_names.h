#pragma once
// Splits a BibTeX name list ("Smith, John and Jan van der Berg and others") into CSL
// names the way pandoc does, particles, suffixes and {Corporate Names} included.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bibliography/bibtex_latex.h"

namespace quire::bibliography::bibtex {

struct CslName {
  std::optional<std::string> family, given, dropping_particle, non_dropping_particle, suffix,
      literal;
  bool comma_suffix = false;
  bool static_ordering = false;
  bool operator==(const CslName&) const = default;
};

struct NameOptions {
  bool bibtex = true;        // BibTeX's von rule ("Drummond de Andrade": von "Drummond de")
  bool useprefix = false;    // BibLaTeX option: the von part is a non-dropping particle
  bool juniorcomma = false;  // BibLaTeX option: a comma before the suffix
};

// nullopt when the field is not a single paragraph of text (pandoc then ignores it).
std::optional<std::vector<CslName>> parse_names(const LatexField& field, const NameOptions& opts);

// CSL's rule for names given as plain family/given strings: lowercase words at the end
// of the given name become a dropping particle, lowercase words (or "d'") at the start
// of the family name a non-dropping particle, and "Given, Suffix" splits. pandoc applies
// it to every name it writes as CSL JSON.
CslName extract_particles(CslName name);

nlohmann::json name_to_json(const CslName& name);

}  // namespace quire::bibliography::bibtex
