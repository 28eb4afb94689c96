#pragma once
// The identifier a book gets when book.yaml names none: a name-based UUID of its title,
// so rebuilding the same book yields the same identifier (e-readers key on it).
#include <string>
#include <string_view>

namespace quire::load {

// "urn:uuid:" + UUID v5 (SHA-1, URL namespace) of "quire:book:" + title.
std::string identifier_for_title(std::string_view title);

}  // namespace quire::load
