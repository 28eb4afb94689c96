#pragma once
// The bibliography in XHTML: the list of formatted works, each with the id its citations
// link to, as a References document of its own (placement book or chapter) or as the
// section that closes an entry (placement entry).
#include <map>
#include <string>
#include <vector>

#include <tinyxml2.h>

#include "epub/book_layout.h"
#include "epub/page_breaks.h"
#include "model/book.h"

namespace quire::epub {

// A complete XHTML document for text/.
// `breaks`: printed pages that start in it; `placed` receives their markers.
std::string references_page(const model::Metadata& meta, const std::vector<model::BibEntry>& entries,
                            const std::vector<const model::PrintPageStart*>& breaks = {},
                            std::vector<PlacedPageBreak>* placed = nullptr);

// Appends `<section role="doc-bibliography">` with a heading of `heading_level` to `parent`.
void add_references_section(tinyxml2::XMLElement* parent, const std::vector<model::BibEntry>& entries,
                            int heading_level);

// For each References document of `layout`: reference id -> href of its entry from text/.
std::map<std::string, std::map<std::string, std::string>> reference_links(const model::Book& book,
                                                                           const BookLayout& layout);

}  // namespace quire::epub
