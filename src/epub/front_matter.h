#pragma once
// The documents before the text: cover, title page and copyright page (each a complete
// XHTML document for text/).
#include <string>

#include "model/book.h"

namespace quire::epub {

// `image_href` is the cover image as seen from text/ ("../images/cover.jpg").
std::string cover_page(const model::Metadata& meta, const std::string& image_href);

// Title, subtitle and authors.
std::string title_page(const model::Metadata& meta);

// Title, authors, copyright year, license (linked), version, identifier, and how the book was
// made.
std::string copyright_page(const model::Metadata& meta);

}  // namespace quire::epub
