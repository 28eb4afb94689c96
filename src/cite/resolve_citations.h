#pragma once
// The citation pass: reads the book's bibliographies, formats every citation with the
// book's CSL style, and stores the bibliography where `bibliography-placement` puts it
// (the book, each chapter or each entry). No output format is involved.
#include <string>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::cite {

// `styles_dir` holds quire's own styles (the house style, quire.csl). Unknown keys are
// errors at the key, with a did-you-mean; unused references and duplicate keys warnings.
// With a note style, citations in the text become footnotes (numbered with the others).
void resolve_citations(model::Book& book, const std::string& styles_dir, Diagnostics& diags);

}  // namespace quire::cite
