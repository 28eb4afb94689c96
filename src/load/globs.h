#pragma once
// Expands the file patterns of book.yaml's chapter lists (`chapters/*/*.md`) inside the book
// folder, in the natural order authors number their files by ("1-2" before "1-10").
#include <string>
#include <string_view>
#include <vector>

namespace quire::load {

// True when `pattern` holds `*`, `?` or `[`.
bool is_glob(std::string_view pattern);

// Natural order of two relative paths: component by component, runs of digits compared as
// numbers, the rest bytewise; bytewise when otherwise equal, so the order is total.
bool natural_less(std::string_view a, std::string_view b);

// The regular files under `dir` whose path relative to it matches `pattern` (`*` and `?`
// within one component, `[...]` classes, `**` for any number of folders), relative to `dir`
// and in natural order. Hidden files and folders are skipped, and so is anything a symlink
// takes outside `dir`.
std::vector<std::string> expand_glob(const std::string& dir, std::string_view pattern);

}  // namespace quire::load
