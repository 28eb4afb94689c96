#pragma once
// pandoc's conversion of English BibTeX titles to sentence case; text in {braces}, small
// caps, super- and subscripts keeps its case.
#include "bibliography/bibtex_inline.h"

namespace quire::bibliography::bibtex {

BibInlines to_sentence_case(BibInlines xs);

}  // namespace quire::bibliography::bibtex
