#pragma once
// Joining the cites of one citation: citation-number ranges, and cites by the same author
// collapsed to their years (year, year-suffix, year-suffix-ranged), with the group and
// after-collapse delimiters.
#include <string>
#include <vector>

#include "csl/rich_text.h"
#include "csl/style.h"

namespace quire::csl {

struct RenderedCite {
  Rich full;             // the cite with its prefix and suffix
  Rich without_author;   // the cite rendered with suppress-author (affixes included)
  std::string author;    // plain text of the author part ("" = none)
  std::string year_text; // plain text of the cite without author and year-suffix
  std::string year_suffix;  // its letters, "" when none
  int citation_number = 0;
  bool prefix_punct = false;  // the prefix starts with punctuation: no delimiter before it
  bool plain = true;     // no locator, prefix or suffix: may join a range
};

// Joins the cites with the layout delimiter, collapsing as the style's citation asks.
Rich join_cites(const Style& style, std::vector<RenderedCite> cites);

}  // namespace quire::csl
