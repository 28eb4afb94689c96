#pragma once
// For note styles: moves the citations of an entry's text into footnotes of their own and
// renumbers the entry's notes, so a citation reads as a note reference where it stood.
#include <set>

#include "model/book.h"

namespace quire::cite {

// Returns the in-text citations (`@key says`) left in the text, whose author alone is
// printed there; their full form is in the new note. Notes keep the numbering pass's rules.
std::set<const model::Citation*> move_citations_to_notes(model::Entry& entry);

}  // namespace quire::cite
