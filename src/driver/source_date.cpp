#include "driver/source_date.h"

#include <sys/stat.h>

#include <charconv>
#include <cstring>
#include <filesystem>

namespace quire::driver {

namespace fs = std::filesystem;

std::int64_t source_date(const std::string& book_dir, std::optional<std::int64_t> source_date_epoch) {
  if (source_date_epoch) return *source_date_epoch;
  std::int64_t newest = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(book_dir, ec), end; !ec && it != end; it.increment(ec)) {
    struct stat st {};
    if (it->is_regular_file(ec) && ::stat(it->path().c_str(), &st) == 0)
      newest = std::max<std::int64_t>(newest, st.st_mtime);
  }
  return newest;
}

std::optional<std::int64_t> parse_epoch(const char* value) {
  if (!value || !*value) return std::nullopt;
  std::int64_t v = 0;
  const char* end = value + std::strlen(value);
  auto [p, ec] = std::from_chars(value, end, v);
  if (ec != std::errc{} || p != end || v < 0) return std::nullopt;
  return v;
}

}  // namespace quire::driver
