#pragma once
// A small book built in code for the EPUB writer's tests: a part, two chapters, three
// entries using every block and inline type, a footnote, links, a PNG, an SVG and a cover.
#include <string>

#include "model/book.h"

namespace quire::epub::testing {

// The book as the passes leave it; images are read from tests/data/epub/.
model::Book fixture_book();

// Shorthands for building model content.
model::Inline text(std::string s);
model::Block paragraph(model::Inlines content);

}  // namespace quire::epub::testing
