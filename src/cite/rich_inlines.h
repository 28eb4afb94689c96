#pragma once
// Formatted citation text as document-model inlines: italics become Emph, bold Strong,
// each cite a Link to its bibliography entry; other CSL formatting is kept as its text.
#include "csl/locale.h"
#include "csl/rich_text.h"
#include "model/document.h"

namespace quire::cite {

// Applies the same punctuation clean-up as the HTML and text outputs.
model::Inlines to_inlines(const csl::Rich& r, const csl::Locale& locale);

// The element id a bibliography entry carries in every output ("ref-" + id).
std::string reference_anchor(const std::string& id);

}  // namespace quire::cite
