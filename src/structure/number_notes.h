#pragma once
// Numbers each entry's footnotes in order of first reference and checks that every
// reference has a note and every note is referenced.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

void number_notes(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
