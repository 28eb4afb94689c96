#pragma once
// Finds every image an entry uses inside the book folder and checks that it can be used
// (a PNG, JPEG or SVG file whose header is sound, within the book's pixel limit, that decodes).
// A remote image or a path that escapes the book folder is an error; a missing or unusable
// image is a warning, and the writers put a placeholder in its place.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

// Sets Image::resolved (relative to the book folder) on every image that was found and can
// be used; it stays empty for the others.
void resolve_images(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
