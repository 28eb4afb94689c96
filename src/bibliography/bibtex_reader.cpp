#include "bibliography/bibtex_reader.h"

#include <map>

#include "bibliography/bibtex_crossref.h"
#include "bibliography/bibtex_fields.h"
#include "bibliography/bibtex_parser.h"
#include "util/text.h"
#include "util/utf8.h"

namespace quire::bibliography {

std::optional<nlohmann::json> read_bibtex(std::string_view text, const std::string& path,
                                          Diagnostics& diags) {
  return read_bibtex(text, path, diags, BibVariant::BibTeX);
}

std::optional<nlohmann::json> read_bibtex(std::string_view text, const std::string& path,
                                          Diagnostics& diags, BibVariant variant) {
  if (const std::size_t bad = util::find_invalid_utf8(text); bad != std::string_view::npos) {
    int line = 0, col = 0;
    util::line_col(text, bad, line, col);
    diags.warning({path, {line, col}}, "invalid UTF-8; bad bytes read as U+FFFD", "invalid-utf8");
  }
  const std::size_t errors_before = diags.count(Severity::Error);
  const auto entries = bibtex::parse_bib(text, path, diags);

  std::map<std::string, SourcePos> first_seen;
  for (const auto& e : entries) {
    auto [it, inserted] = first_seen.emplace(e.key, e.pos);
    if (!inserted)
      diags.warning({path, e.pos},
                    "duplicate entry key '" + e.key + "' (first at " + path + ":" +
                        std::to_string(it->second.line) + ":" + std::to_string(it->second.col) +
                        ")",
                    "duplicate-id");
  }

  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : bibtex::resolve_crossrefs(entries, variant, path, diags)) {
    if (e.type == "xdata") continue;
    items.push_back(bibtex::entry_to_csl(e, variant, path, diags));
  }
  if (entries.empty() && diags.count(Severity::Error) > errors_before) return std::nullopt;
  return items;
}

}  // namespace quire::bibliography
