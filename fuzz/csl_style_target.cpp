#include <nlohmann/json.hpp>

#include "bibliography/bibliography_file.h"
#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "book_archive.h"
#include "csl/locale.h"
#include "csl/output_html.h"
#include "csl/output_text.h"
#include "csl/processor.h"
#include "csl/style.h"
#include "targets.h"

namespace quire::fuzz {
namespace {

constexpr const char* kLocalesDir = "/usr/share/citation-style-language/locales";

// References that reach most of a style's branches when the input brings none: names with
// particles, an institution, ranges of dates and pages, a chapter in a book, a note.
constexpr std::string_view kDefaultRefs = R"([
 {"id": "a", "type": "article-journal", "title": "On the \"Shape\" of <i>Things</i>",
  "author": [{"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"},
             {"family": "Smith", "given": "J. R.", "suffix": "Jr."}, {"literal": "OpenAI"}],
  "container-title": "Journal of Tests", "volume": "12", "issue": "3", "page": "101-119",
  "issued": {"date-parts": [[2019, 5, 4]]}, "DOI": "10.1000/xyz", "language": "en"},
 {"id": "b", "type": "book", "title": "A Book", "editor": [{"family": "Doe", "given": "Jane"}],
  "publisher": "Press", "publisher-place": "London", "edition": "2",
  "issued": {"date-parts": [[2019], [2021]]}, "number-of-pages": "300"},
 {"id": "c", "type": "chapter", "title": "A Chapter", "author": [{"family": "Berg", "given": "Anna"}],
  "container-title": "Collected", "page": "5-9", "issued": {"raw": "2019"}, "URL": "https://example.org/c",
  "accessed": {"date-parts": [[2024, 1, 2]]}},
 {"id": "d", "type": "webpage", "title": "未名", "author": [{"family": "李", "given": "小龙"}],
  "issued": {"literal": "circa 1900"}, "note": "a note", "status": "forthcoming"}
])";

std::vector<csl::Cluster> clusters_for(const std::vector<bibliography::Reference>& refs) {
  std::vector<csl::Cluster> clusters;
  csl::Cluster all;
  for (const auto& r : refs) all.items.push_back({r.id, {}, {}, {}, {}, false, false});
  all.note_index = 1;
  clusters.push_back(all);
  int note = 2;
  for (const auto& r : refs) {
    clusters.push_back({{{r.id, "12-14", "page", "see", "for example", false, false}}, note});
    clusters.push_back({{{r.id, "3", "chapter", {}, {}, true, false}}, note});  // ibid, suppressed
    clusters.push_back({{{r.id, {}, {}, {}, {}, false, true}}, ++note});        // author only
  }
  clusters.push_back({{{"no-such-id", {}, {}, {}, {}, false, false}}, ++note});
  return clusters;
}

}  // namespace

Diagnostics run_csl_style(std::string_view data) {
  Diagnostics diags;
  std::string style_text;
  std::string_view refs_text = kDefaultRefs;
  for (const auto& f : split_archive(data)) {
    if (f.path == "book.yaml" || f.path == "style.csl") style_text = std::string(f.content);
    if (f.path == "refs.json") refs_text = f.content;
  }
  csl::Style style;
  if (!csl::parse_style(style_text, "style.csl", style, diags)) return diags;
  const auto items = bibliography::read_bibliography_text(refs_text, "refs.json", diags);
  if (!items) return diags;
  const auto refs = bibliography::read_csl_json(*items, diags, "refs.json");
  const std::string lang = style.default_locale.empty() ? "en-US" : style.default_locale;
  const csl::Locale locale = csl::load_locale(lang, kLocalesDir, style.locales, diags);
  (void)csl::bibliography_order(style, locale, refs);
  const auto result = csl::process(style, locale, refs, clusters_for(refs), diags);
  for (const auto* list : {&result.citations, &result.entries})
    for (const auto& rich : *list) {
      (void)csl::to_html(rich, locale);
      (void)csl::to_text(rich, locale);
    }
  return diags;
}

}  // namespace quire::fuzz
