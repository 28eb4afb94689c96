#include "book_archive.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace quire::fuzz {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kMarker = "%%%% ";

bool acceptable_path(std::string_view path) {
  if (path.empty() || path.size() > 100) return false;
  bool part_start = true;
  for (const char c : path) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-';
    if (c == '/') {
      if (part_start) return false;  // "a//b" or a leading slash
      part_start = true;
      continue;
    }
    if (c == '.' && part_start) return false;  // hidden files, "." and ".."
    if (!word && c != '.') return false;
    part_start = false;
  }
  return !part_start;
}

}  // namespace

std::vector<ArchiveFile> split_archive(std::string_view data) {
  std::vector<ArchiveFile> files;
  auto add = [&files](std::string path, std::string_view content) {
    if (!acceptable_path(path)) return;
    for (auto& f : files)
      if (f.path == path) {
        f.content = content;
        return;
      }
    if (files.size() < kMaxArchiveFiles) files.push_back({std::move(path), content});
  };
  std::string path = "book.yaml";
  std::size_t start = 0;
  std::size_t line = 0;
  while (line <= data.size()) {
    const std::size_t end = std::min(data.find('\n', line), data.size());
    if (data.substr(line, kMarker.size()) == kMarker) {
      if (line > 0 || start < line) add(path, data.substr(start, line - start));
      path = std::string(data.substr(line + kMarker.size(), end - line - kMarker.size()));
      start = std::min(end + 1, data.size());
    }
    line = end + 1;
  }
  add(path, data.substr(start));
  return files;
}

TempFolder::TempFolder() {
  std::error_code ec;
  std::string tmpl = (fs::temp_directory_path(ec) / "quire-fuzz-XXXXXX").string();
  if (!ec && ::mkdtemp(tmpl.data()) != nullptr) dir_ = tmpl;
}

TempFolder::~TempFolder() {
  if (dir_.empty()) return;
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

bool TempFolder::write(const std::vector<ArchiveFile>& files) const {
  for (const auto& f : files) {
    const fs::path path = fs::path(dir_) / f.path;
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary);
    if (!out) return false;  // e.g. "a" written as a file, then "a/b"
    out.write(f.content.data(), static_cast<std::streamsize>(f.content.size()));
    if (!out) return false;
  }
  return true;
}

}  // namespace quire::fuzz
