#pragma once
// Reading and writing files without surprises: reads report errors as values, and writes
// go to a temporary file renamed into place, so a failed build never leaves a partial file.
#include <optional>
#include <string>
#include <string_view>

namespace quire::util {

// The whole file, or nullopt with `error` set to a lower-case reason.
std::optional<std::string> read_file(const std::string& path, std::string& error,
                                     std::size_t max_bytes = 64u << 20);

// Writes `data` to `path` atomically (temp file in the same folder, fsync, rename).
// On failure returns false, sets `error`, and leaves any previous file untouched.
bool write_file_atomic(const std::string& path, std::string_view data, std::string& error);

// True when `path`, after resolving symlinks, lies inside `root`.
bool is_inside(const std::string& root, const std::string& path);

}  // namespace quire::util
