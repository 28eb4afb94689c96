#pragma once
// Runs a small inline CSL style over inline CSL-JSON items, for the processor's unit tests:
// clusters in, each citation (and the bibliography) as HTML out.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "csl/locale.h"
#include "csl/output_html.h"
#include "csl/processor.h"
#include "csl/style.h"

namespace quire::csl::testing {

// A style whose citation has `citation_attrs` and `layout`; `bibliography` is a whole
// <bibliography> element or empty.
inline std::string csl_style(const std::string& citation_attrs, const std::string& layout,
                             const std::string& bibliography = {},
                             const std::string& layout_delimiter = "; ") {
  return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
         "<info><id/><title/></info><citation " +
         citation_attrs + "><layout delimiter=\"" + layout_delimiter + "\">" + layout +
         "</layout></citation>" + bibliography + "</style>";
}

// A cite of item `id`, with an optional locator.
inline CitationItem cite_of(const std::string& id, const std::string& locator = {}) {
  return {id, locator, {}, {}, {}, false, false};
}

struct Processed {
  std::vector<std::string> citations;  // one per cluster, as HTML
  std::vector<std::string> entries;    // the bibliography, as HTML
};

inline Processed run_csl(const std::string& style_text, const std::string& items_json,
                         const std::vector<Cluster>& clusters) {
  Diagnostics diags;
  Style style;
  EXPECT_TRUE(parse_style(style_text, "test.csl", style, diags));
  Locale locale = load_locale("en-US", "/usr/share/citation-style-language/locales", style.locales, diags);
  auto refs = bibliography::read_csl_json(nlohmann::json::parse(items_json), diags);
  auto result = process(style, locale, refs, clusters, diags);
  Processed out;
  for (const auto& c : result.citations) out.citations.push_back(to_html(c, locale));
  for (const auto& e : result.entries) out.entries.push_back(to_html(e, locale));
  return out;
}

// One cluster (in a note) citing `ids` in order; its citation as HTML.
inline std::string cite_ids(const std::string& style_text, const std::string& items_json,
                            const std::vector<std::string>& ids) {
  Cluster cluster;
  cluster.note_index = 1;
  for (const auto& id : ids) cluster.items.push_back(cite_of(id));
  auto p = run_csl(style_text, items_json, {cluster});
  return p.citations.empty() ? std::string() : p.citations[0];
}

}  // namespace quire::csl::testing
