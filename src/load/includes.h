#pragma once
// Text includes as mdBook (`{{#include path}}`) and Quarto (`{{< include path >}}`) write them:
// a line holding only the directive is replaced by the named file's text before parsing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"

namespace quire::load {

// Expands the includes of `text`, the body of `rel` (relative to the book folder `dir`), whose
// first line is line `first_line` of the file. Paths are relative to the including file and
// must stay inside the book; a missing file, an escaping path or a cycle is an error and the
// directive line is left out. Lines after an include keep the numbers of the expanded text.
std::string expand_includes(std::string_view text, const std::string& dir, const std::string& rel,
                            int first_line, std::size_t max_bytes, Diagnostics& diags);

}  // namespace quire::load
