#pragma once
// pandoc's conversion of English BibTeX titles to sentence case; text in {braces}, small
// caps, super- and subscripts keeps its case.
#include "cite/bibtex_inline.h"

namespace quire::cite::bibtex {

BibInlines to_sentence_case(BibInlines xs);

}  // namespace quire::cite::bibtex
