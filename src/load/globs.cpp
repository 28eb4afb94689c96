#include "load/globs.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include "util/files.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// -1, 0, 1 for one path component, digit runs compared by value.
int natural_compare(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && is_digit(a[ei])) ++ei;
      while (ej < b.size() && is_digit(b[ej])) ++ej;
      std::string_view da = a.substr(i, ei - i), db = b.substr(j, ej - j);
      while (da.size() > 1 && da.front() == '0') da.remove_prefix(1);
      while (db.size() > 1 && db.front() == '0') db.remove_prefix(1);
      if (da.size() != db.size()) return da.size() < db.size() ? -1 : 1;
      if (const int c = da.compare(db); c != 0) return c < 0 ? -1 : 1;
      i = ei;
      j = ej;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
    ++i;
    ++j;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

std::vector<std::string_view> components(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    if (slash > start) out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

class Expander {
 public:
  Expander(const fs::path& root, std::vector<std::string_view> parts)
      : root_(root), parts_(std::move(parts)) {}

  std::vector<std::string> run() {
    walk("", 0);
    std::sort(found_.begin(), found_.end());
    found_.erase(std::unique(found_.begin(), found_.end()), found_.end());
    std::sort(found_.begin(), found_.end(),
              [](const std::string& a, const std::string& b) { return natural_less(a, b); });
    return found_;
  }

 private:
  // `rel` is a folder relative to the root ("" for the root), `k` the next pattern part.
  void walk(const std::string& rel, std::size_t k) {
    if (k == parts_.size()) return;
    const std::string part(parts_[k]);
    const bool last = k + 1 == parts_.size();
    if (part == "**") {
      walk(rel, k + 1);  // no folder at all
      for (const auto& sub : children(rel, true)) walk(sub, k);
      return;
    }
    if (!is_glob(part)) {
      visit(rel.empty() ? part : rel + "/" + part, k, last);
      return;
    }
    for (const auto& child : children(rel, !last ? true : false))
      if (::fnmatch(part.c_str(), fs::path(child).filename().c_str(), FNM_PERIOD) == 0) visit(child, k, last);
  }

  void visit(const std::string& rel, std::size_t k, bool last) {
    std::error_code ec;
    const fs::path full = root_ / rel;
    if (!util::is_inside(root_.string(), full.string())) return;
    if (last) {
      if (fs::is_regular_file(full, ec)) found_.push_back(rel);
    } else if (fs::is_directory(full, ec)) {
      walk(rel, k + 1);
    }
  }

  // The visible children of `rel` (folders only when `folders`), relative to the root.
  std::vector<std::string> children(const std::string& rel, bool folders) const {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(root_ / rel, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name.front() == '.') continue;
      std::error_code kind;
      if (folders && !it->is_directory(kind)) continue;
      out.push_back(rel.empty() ? name : rel + "/" + name);
    }
    return out;
  }

  fs::path root_;
  std::vector<std::string_view> parts_;
  std::vector<std::string> found_;
};

}  // namespace

bool is_glob(std::string_view pattern) { return pattern.find_first_of("*?[") != std::string_view::npos; }

bool natural_less(std::string_view a, std::string_view b) {
  const auto ca = components(a), cb = components(b);
  for (std::size_t i = 0; i < ca.size() && i < cb.size(); ++i)
    if (const int c = natural_compare(ca[i], cb[i]); c != 0) return c < 0;
  if (ca.size() != cb.size()) return ca.size() < cb.size();
  return a < b;
}

std::vector<std::string> expand_glob(const std::string& dir, std::string_view pattern) {
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  if (pattern.empty() || pattern.front() == '/') return {};
  for (const auto part : components(pattern))
    if (part == "..") return {};  // a pattern never climbs out of the book
  return Expander(root, components(pattern)).run();
}

}  // namespace quire::load
