#pragma once
// Fills each chapter with its entries, from an explicit list or a match-and-sort rule.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

void order_entries(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
