#pragma once
// The print edition's page breaks inside the EPUB's documents: EPUB 3 page-break markers
// (`<span epub:type="pagebreak" role="doc-pagebreak">`) placed where each printed page begins.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <tinyxml2.h>

#include "model/print_pages.h"

namespace quire::epub {

// The nodes that render one block of an entry: [first, last], children of `parent`.
struct BlockSpot {
  tinyxml2::XMLElement* parent = nullptr;
  tinyxml2::XMLNode* first = nullptr;
  tinyxml2::XMLNode* last = nullptr;
};

// Blocks by their source position (line, column), as recorded while an entry is written.
using BlockSpots = std::map<std::pair<int, int>, BlockSpot>;

// A marker that was placed: its page label and the fragment id that links to it.
struct PlacedPageBreak {
  std::string label;
  std::string id;
};

// The fragment id of the marker of printed page `label`.
std::string page_break_id(const std::string& label);

// Places a marker for each of `starts` (pages of this document, in page order) in `body`.
// A start whose block or element the document lacks is skipped: only placed markers are
// returned, in page order, so the page-list never points at nothing.
std::vector<PlacedPageBreak> insert_page_breaks(tinyxml2::XMLElement* body,
                                                const std::vector<const model::PrintPageStart*>& starts,
                                                BlockSpots& spots);

}  // namespace quire::epub
