#pragma once
// The document model's inlines as the typesetter's styled runs: emphasis, strong and code
// change the font; links carry their target ("uri:..." or "dest:..."); citations show their
// source text; note references become superscript numbers linked to their note.
#include <functional>
#include <string>
#include <vector>

#include "model/document.h"
#include "typeset/styled_text.h"

namespace quire::layout {

// The destination name of an entry (anchor "") or of an element inside it.
std::string dest_name(const std::string& entry_slug, const std::string& anchor);

// Whether a destination exists in the book (links to anything else are set as plain text).
using DestExists = std::function<bool(const std::string&)>;

// A cited work links to `reference_prefix` + its id: the bibliography in scope (the book's,
// the chapter's or the entry's) names its entries so. A note reference links to
// `note_prefix` + its number, or carries "note:" + its number when there is no prefix, so
// that the line holding it can be found after line breaking.
void append_runs(const model::Inlines& inlines, const typeset::TextStyle& style, const DestExists& exists,
                 std::vector<typeset::StyledRun>& out, const std::string& reference_prefix = "ref-",
                 const std::string& note_prefix = {});

// The note number a run's link refers to (see append_runs), 0 when it is no note reference.
int note_number_of_link(const std::string& link);

// The number in superscript digits ("12" -> "¹²").
std::string superscript(int number);

}  // namespace quire::layout
