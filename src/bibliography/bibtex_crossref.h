#pragma once
// Fields an entry inherits through crossref and xdata, as pandoc resolves them (BibLaTeX
// renames a parent's title to the child's booktitle, and so on).
#include <map>
#include <string>
#include <vector>

#include "bibliography/bibtex_parser.h"
#include "bibliography/bibtex_variant.h"
#include "diag/diagnostics.h"

namespace quire::bibliography::bibtex {

struct ResolvedEntry {
  std::string type;
  std::string key;
  SourcePos pos;
  std::map<std::string, std::string> fields;  // own fields, then inherited ones
  std::map<std::string, SourcePos> field_pos;  // own fields only
};

std::vector<ResolvedEntry> resolve_crossrefs(const std::vector<BibEntry>& entries,
                                             BibVariant variant, const std::string& path,
                                             Diagnostics& diags);

}  // namespace quire::bibliography::bibtex
