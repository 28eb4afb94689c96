#pragma once
// Where a word (a run of text between spaces) may break inside, and what each break costs:
// after explicit hyphens and dashes, inside URLs and paths, at dictionary hyphenation points.
#include <cstddef>
#include <string_view>
#include <vector>

#include "typeset/hyphenator.h"

namespace quire::typeset {

enum class BreakKind {
  ExplicitHyphen,  // after "-" or a dash already in the text: no hyphen added
  Opportunity,     // any other Unicode line-break opportunity (between ideographs, after U+200B)
  Url,             // after / . - _ ? & = # inside a URL or path
  Hyphenation,     // a dictionary point: a hyphen is added when broken
};

struct WordBreak {
  std::size_t offset = 0;  // byte offset of the first character after the break
  BreakKind kind = BreakKind::Opportunity;
};

// True for tokens that read as a URL, e-mail address or file path, which break at
// punctuation and are never hyphenated.
bool looks_like_url(std::string_view word);

// The breaks inside `word`, ascending and unique. `unicode_breaks` are the byte offsets where
// UAX #14 allows a break (from Pango's log attributes); `hyphenator` may be null.
std::vector<WordBreak> find_word_breaks(std::string_view word, const std::vector<std::size_t>& unicode_breaks,
                                        const Hyphenator* hyphenator);

}  // namespace quire::typeset
