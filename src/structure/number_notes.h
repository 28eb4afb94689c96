#pragma once
// Numbers footnotes per chapter, in order of first reference through the chapter's entries
// (an entry outside every chapter on its own), and checks that every reference has a note
// and every note is referenced.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

void number_notes(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
