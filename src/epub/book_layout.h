#pragma once
// Which XHTML documents the EPUB holds, in reading order, and where each one lives:
// front matter, the contents page, part and chapter title pages, one document per entry,
// and the References documents the bibliography placement asks for.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "model/book.h"

namespace quire::epub {

// References: the book's bibliography (number 0) or a chapter's (index = chapter), with
// placement `book` or `chapter`; placement `entry` keeps it inside each entry's document.
enum class PageKind { Cover, TitlePage, Copyright, Contents, Part, Chapter, Entry, References };

struct Page {
  PageKind kind = PageKind::Entry;
  std::size_t index = 0;  // into Book::parts, chapters or entries for those kinds
  int number = 0;         // 1-based among pages of the same kind (part and chapter labels)
  std::string id;         // manifest id
  std::string href;       // relative to the package folder: "text/meta-ai.xhtml"
};

struct BookLayout {
  std::vector<Page> pages;                         // spine order
  std::map<std::string, std::string> entry_hrefs;  // entry slug -> href of its document
  // entry slug -> href of the References document its citations link to (none: its own)
  std::map<std::string, std::string> reference_pages;
  // References document href -> (reference id -> href of its entry as seen from text/), built
  // once per document so an entry's links cost its citations, not the whole bibliography.
  std::map<std::string, std::map<std::string, std::string>> reference_links;

  // The first page of `kind`, or nullptr.
  const Page* find(PageKind kind) const;
};

// Entries appear in chapter order, each once (the first chapter that lists it wins); a
// book without chapters lists its entries as loaded.
BookLayout plan_layout(const model::Book& book, bool has_cover);

// `href` (relative to the package folder) as seen from a document in text/.
std::string from_text_folder(const std::string& href);

}  // namespace quire::epub
