#pragma once
// Gives entries without a front-matter title their heading's or file's name, turns bare path
// and glob chapter items into pandoc's chapters (one per level-1 heading), and numbers the
// chapters and appendices. Runs after order_entries.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

void shape_chapters(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
