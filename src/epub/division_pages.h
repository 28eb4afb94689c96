#pragma once
// The title pages that open each part and each chapter (complete XHTML documents for text/).
#include <string>

#include "epub/page_breaks.h"
#include "model/book.h"

namespace quire::epub {

// `number` is the part's 1-based position, shown as a Roman numeral.
// `breaks`: printed pages that start on this page; `placed` receives their markers.
std::string part_page(const model::Metadata& meta, const model::Part& part, int number,
                      const std::vector<const model::PrintPageStart*>& breaks = {},
                      std::vector<PlacedPageBreak>* placed = nullptr);

// `number` is the chapter's 1-based position in the book.
std::string chapter_page(const model::Metadata& meta, const model::Chapter& chapter, int number,
                         const std::vector<const model::PrintPageStart*>& breaks = {},
                         std::vector<PlacedPageBreak>* placed = nullptr);

// 4 -> "IV"; numbers outside 1..3999 in decimal.
std::string roman_numeral(int number);

}  // namespace quire::epub
