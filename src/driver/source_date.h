#pragma once
// The date an edition carries: SOURCE_DATE_EPOCH when given, else the newest modification
// time among the book's own files, so unchanged input gives unchanged output.
#include <cstdint>
#include <optional>
#include <string>

namespace quire::driver {

std::int64_t source_date(const std::string& book_dir, std::optional<std::int64_t> source_date_epoch);

// Parses SOURCE_DATE_EPOCH's value; nullopt if it is not a whole number of seconds.
std::optional<std::int64_t> parse_epoch(const char* value);

}  // namespace quire::driver
