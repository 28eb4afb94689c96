#pragma once
// Where each page of the print edition begins, said in terms of the book rather than of
// the layout, so the EPUB can carry the same page breaks (its page-list) and readers of
// the e-book can cite the printed pages.
#include <string>
#include <vector>

#include "model/source.h"

namespace quire::model {

// How a page start relates to its target: before the target's `word`-th word, before the
// target, or just after it (when the page begins inside material the EPUB cannot point into,
// such as a code block, the mark goes after the last block that can be named).
enum class PagePlace { Word, Before, After };

struct PrintPageStart {
  std::string label;  // the printed page number: "12"
  PagePlace place = PagePlace::Before;
  // The document: an entry (its slug), or a division page: "chapter:<id>", "part:<id>",
  // "references" (the book's), "references:<chapter id>".
  std::string entry_slug;
  std::string division;
  // Inside it: a block of the entry, by its source position (line > 0), or an element id;
  // neither means the document's top.
  SourcePos block;
  std::string id;
  int word = 0;  // PagePlace::Word: words of the block's text counted from 0, split at spaces
};

// The body's pages in order (front matter has no counterpart in the EPUB and is left out).
struct PrintPages {
  std::vector<PrintPageStart> pages;
};

// The id a bibliography entry's element carries in the EPUB: the fragment citations link to,
// and a page start's `id` when a printed page begins at that entry.
inline std::string reference_id(const std::string& key) { return "ref-" + key; }

}  // namespace quire::model
