#pragma once
// The ordering pass: fills every chapter with its entries, following the rules book.yaml
// gave (explicit lists, or match-and-sort), and reports entries placed nowhere or twice.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

// Sets Chapter::entries (indices into Book::entries, in reading order) for every chapter.
// A book without chapters gets one, titled after the book, holding every entry by title.
void order_entries(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
