#pragma once
// Where each body page of the print edition begins, read from the finished layout and said
// in the book's terms (an entry's block and word, or an element id), for the EPUB's page-list.
#include "layout/book_pages.h"
#include "model/book.h"
#include "model/print_pages.h"

namespace quire::pdf {

model::PrintPages page_map(const model::Book& book, const layout::BookPages& pages);

}  // namespace quire::pdf
