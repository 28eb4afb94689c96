#pragma once
// Sorting items by a section's sort keys (bibliography order, and cites inside a citation):
// empty keys last, text compared without case or accents, numbers and dates by value.
#include <string>
#include <vector>

namespace quire::csl {

// A text's comparison key: lower case, accents folded, markup and leading punctuation dropped.
std::string collation_key(const std::string& text);

// Compares two key lists under per-key directions; <0, 0, >0.
int compare_sort_keys(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      const std::vector<bool>& descending);

// Stable order of `keys` (indices), as compare_sort_keys sorts them.
std::vector<std::size_t> sorted_order(const std::vector<std::vector<std::string>>& keys,
                                      const std::vector<bool>& descending);

}  // namespace quire::csl
