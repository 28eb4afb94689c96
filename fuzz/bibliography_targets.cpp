#include "bibliography/bibliography_file.h"
#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "targets.h"

namespace quire::fuzz {
namespace {

// What resolve_citations and `quire cite` do with a bibliography: read it, then turn its
// CSL items into the processor's references (and, for `--mode items`, back into JSON as
// cite_tool.cpp prints it).
void read_as(std::string_view data, const std::string& path, Diagnostics& diags) {
  const auto items = bibliography::read_bibliography_text(data, path, diags);
  if (!items) return;
  const auto refs = bibliography::read_csl_json(*items, diags, path);
  (void)bibliography::to_csl_json(refs).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Diagnostics run_bibtex(std::string_view data) {
  Diagnostics diags;
  read_as(data, "references.bib", diags);     // BibLaTeX
  read_as(data, "references.bibtex", diags);  // BibTeX
  return diags;
}

Diagnostics run_csl_json(std::string_view data) {
  Diagnostics diags;
  read_as(data, "references.json", diags);
  return diags;
}

Diagnostics run_csl_yaml(std::string_view data) {
  Diagnostics diags;
  read_as(data, "references.yaml", diags);
  return diags;
}

}  // namespace quire::fuzz
