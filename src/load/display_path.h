#pragma once
// Names a file inside the book folder the way the user would type it, for diagnostics:
// the folder as given on the command line joined with the path inside it.
#include <string>
#include <string_view>

namespace quire::load {

// display_path("book", "entries/a.md") == "book/entries/a.md"; no doubled slash for "book/".
std::string display_path(std::string_view dir, std::string_view rel);

}  // namespace quire::load
