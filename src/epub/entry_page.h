#pragma once
// One entry as an XHTML document for text/: its title, its text, its footnotes, and the
// attribution line the license asks for.
#include <map>
#include <set>
#include <string>

#include "diag/diagnostics.h"
#include "epub/book_layout.h"
#include "epub/image_catalog.h"
#include "epub/page_breaks.h"
#include "model/book.h"

namespace quire::epub {

// `anchors` holds the ids of every entry's document, by slug, for checking link targets.
// `breaks` are the printed pages that start in this entry; `placed` receives their markers.
std::string entry_page(const model::Book& book, const model::Entry& entry, const BookLayout& layout,
                       const std::map<std::string, std::set<std::string>>& anchors, ImageCatalog& images,
                       Diagnostics& diags, const std::vector<const model::PrintPageStart*>& breaks = {},
                       std::vector<PlacedPageBreak>* placed = nullptr);

}  // namespace quire::epub
