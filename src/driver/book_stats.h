#pragma once
// The figures a build report gives about a book: how many entries, chapters, words, citations
// and (once the print edition is typeset) pages.
#include <cstddef>
#include <string_view>

#include "model/book.h"

namespace quire::driver {

struct BookStats {
  std::size_t entries = 0;
  std::size_t chapters = 0;
  std::size_t words = 0;      // prose of entries and their notes; code blocks and citations excluded
  std::size_t citations = 0;  // cited works, counting each [@a; @b] item once
  std::size_t pages = 0;      // of the PDF; 0 when none was typeset
};

BookStats count_book(const model::Book& book);

// Runs of non-space characters holding a letter or digit: "a - b." is two words, as a word
// processor counts them.
std::size_t count_words(std::string_view text);

}  // namespace quire::driver
