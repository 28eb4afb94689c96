#pragma once
// Checks a file that book.yaml names (bibliography, cover, citation style): it must
// exist and lie inside the book folder, so a build never reads from elsewhere.
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"

namespace quire::load {

// The path, normalised and relative to the book folder ("refs/main.bib"), or nullopt
// after an error at `where`. `what` names the file's role in the message ("cover").
std::optional<std::string> check_book_file(const std::string& dir, const std::string& rel,
                                           std::string_view what, const SourceLoc& where,
                                           Diagnostics& diags);

}  // namespace quire::load
