#pragma once
// File names inside the EPUB container: portable ASCII, unique within their folder.
#include <set>
#include <string>
#include <string_view>

namespace quire::epub {

// `name` with every byte outside [A-Za-z0-9._-] replaced by '-' (runs collapsed), so that
// names need no escaping in URLs and pass EPUB file-name rules; `fallback` if nothing is left.
std::string portable_name(std::string_view name, std::string_view fallback);

// Hands out names that are unique within one folder: a taken stem gets "-2", "-3", ...
class NameAllocator {
 public:
  // A unique "stem.extension" (or "stem" when `extension` is empty) built from `stem`.
  std::string allocate(std::string_view stem, std::string_view extension);

 private:
  std::set<std::string> taken_;  // lower-cased: some readers match file names without case
};

}  // namespace quire::epub
