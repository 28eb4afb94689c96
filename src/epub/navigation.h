#pragma once
// The book's navigation: the table of contents as a tree, written both as the EPUB 3
// navigation document (nav.xhtml, with landmarks) and as the EPUB 2 NCX (toc.ncx).
#include <string>
#include <vector>

#include "epub/book_layout.h"
#include "model/book.h"

namespace quire::epub {

struct TocNode {
  std::string label;
  std::string href;  // relative to the package folder
  std::vector<TocNode> children;
};

// Parts > chapters > entries > each entry's second-level sections, in reading order.
std::vector<TocNode> build_toc(const model::Book& book, const BookLayout& layout);

// A printed page: its number and where it begins in the EPUB.
struct PageListEntry {
  std::string label;
  std::string href;  // relative to the package folder
};

// nav.xhtml, which lives in the package folder beside package.opf; with a page-list when
// `pages` is not empty.
std::string nav_document(const model::Metadata& meta, const BookLayout& layout,
                         const std::vector<TocNode>& toc, const std::vector<PageListEntry>& pages = {});

// toc.ncx; its dtb:uid is the book's identifier, as EPUB 2 readers require.
std::string ncx_document(const model::Metadata& meta, const std::vector<TocNode>& toc);

}  // namespace quire::epub
