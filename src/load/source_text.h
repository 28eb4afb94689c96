#pragma once
// Reads a text file the book is written in (book.yaml, an entry) into the form every
// parser expects: valid UTF-8, no byte order mark, LF line ends.
#include <cstddef>
#include <optional>
#include <string>

#include "diag/diagnostics.h"

namespace quire::load {

// nullopt, with an error reported at `path` (and at the offending line:col for bad UTF-8
// or a NUL byte), when the file cannot be read, is larger than `max_bytes`, is not UTF-8
// or holds a NUL byte.
std::optional<std::string> read_source_text(const std::string& path, std::size_t max_bytes,
                                            Diagnostics& diags);

// Drops a leading UTF-8 byte order mark and turns CRLF line ends into LF.
std::string normalize_source_text(std::string text);

}  // namespace quire::load
