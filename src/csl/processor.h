#pragma once
// The citation processor as a pure function: a style, a locale, references and citation
// clusters in document order in; formatted citations and bibliography entries out.
#include <string>
#include <vector>

#include "bibliography/reference.h"
#include "csl/locale.h"
#include "csl/rich_text.h"
#include "csl/style.h"
#include "diag/diagnostics.h"

namespace quire::csl {

struct CitationItem {
  std::string id;
  std::string locator, label, prefix, suffix;
  bool suppress_author = false;
  bool author_only = false;
};

struct Cluster {
  std::vector<CitationItem> items;
  int note_index = 0;
};

struct ProcessorResult {
  std::vector<Rich> citations;  // one per cluster; empty when nothing printed
  std::vector<Rich> entries;    // bibliography entries, in bibliography order
  std::vector<std::string> entry_ids;  // the reference id of each entry
  std::vector<bool> citation_empty;
};

ProcessorResult process(const Style& style, const Locale& locale, const std::vector<bibliography::Reference>& refs,
                        const std::vector<Cluster>& clusters, Diagnostics& diags);

// The ids of `refs` in bibliography order (file order when the style does not sort).
std::vector<std::string> bibliography_order(const Style& style, const Locale& locale,
                                            const std::vector<bibliography::Reference>& refs);

}  // namespace quire::csl
