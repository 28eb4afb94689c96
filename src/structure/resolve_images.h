#pragma once
// Finds every image an entry uses inside the book folder: a missing image, a remote one or
// a path that escapes the book folder is an error.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

// Sets Image::resolved (relative to the book folder) on every image that was found.
void resolve_images(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
