#include "load/book_files.h"

#include <filesystem>

#include "util/files.h"

namespace quire::load {

namespace fs = std::filesystem;

std::optional<std::string> check_book_file(const std::string& dir, const std::string& rel,
                                           std::string_view what, const SourceLoc& where,
                                           Diagnostics& diags) {
  const std::string w(what);
  if (rel.empty()) {
    diags.error(where, w + " path is empty", "missing-file");
    return std::nullopt;
  }
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  const fs::path rel_path(rel);
  const fs::path full = root / rel_path;
  if (rel_path.is_absolute() || !util::is_inside(root.string(), full.string())) {
    diags.error(where, w + " '" + rel + "' is outside the book folder", "outside-book");
    return std::nullopt;
  }
  std::error_code ec;
  const auto status = fs::status(full, ec);
  if (!fs::exists(status)) {
    diags.error(where, w + " '" + rel + "' does not exist", "missing-file");
    return std::nullopt;
  }
  if (fs::is_directory(status)) {
    diags.error(where, w + " '" + rel + "' is a folder, not a file", "missing-file");
    return std::nullopt;
  }
  return rel_path.lexically_normal().generic_string();
}

}  // namespace quire::load
