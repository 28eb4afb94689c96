#include "load/book_loader.h"

#include <filesystem>
#include <map>

#include "load/book_config.h"
#include "load/display_path.h"
#include "load/entry_loader.h"
#include "load/source_text.h"
#include "load/yaml_document.h"
#include "util/files.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxConfigBytes = 1u << 20;

// Slugs name output files and link targets, so a second entry with a taken slug is
// reported and dropped rather than allowed to overwrite the first.
// Returns how many entry files there are, loadable or not.
std::size_t add_entries(const std::string& dir, model::Book& book, Diagnostics& diags, unsigned jobs) {
  std::map<std::string, std::size_t> by_slug;
  const auto files = find_entry_files(dir, diags);
  for (auto& entry : load_entries(dir, files, diags, book.limits, jobs)) {
    if (!entry) continue;
    auto [it, fresh] = by_slug.emplace(entry->slug, book.entries.size());
    if (!fresh) {
      const auto& first = book.entries[it->second];
      diags.error(entry->loc,
                  "two entries have the slug '" + entry->slug + "': '" + first.loc.path + "' and '" +
                      entry->loc.path + "'; rename one of them",
                  "duplicate-slug");
      continue;
    }
    book.entries.push_back(std::move(*entry));
  }
  return files.size();
}

}  // namespace

std::optional<model::Book> load_book(const std::string& dir, Diagnostics& diags, unsigned jobs) {
  std::error_code ec;
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  if (!fs::is_directory(root, ec)) {
    diags.error({dir, {}}, "no book.yaml in '" + dir + "': there is no such folder", "no-book");
    return std::nullopt;
  }
  const std::string config_path = display_path(dir, "book.yaml");
  if (!fs::exists(root / "book.yaml", ec)) {
    diags.error({config_path, {}}, "no book.yaml in '" + dir + "'", "no-book");
    return std::nullopt;
  }
  if (!util::is_inside(root.string(), (root / "book.yaml").string())) {
    diags.error({config_path, {}},
                "book.yaml is a symlink to a file outside the book folder, which quire does not read",
                "outside-book");
    return std::nullopt;
  }
  auto text = read_source_text(config_path, kMaxConfigBytes, diags);
  if (!text) return std::nullopt;
  auto doc = parse_yaml(*text, config_path, 0, diags);
  if (!doc) return std::nullopt;

  model::Book book;
  book.root = dir;
  if (!read_book_config(*doc, dir, book, diags)) return std::nullopt;
  const std::size_t files = add_entries(dir, book, diags, jobs);
  if (files == 0 && fs::is_directory(root / "entries", ec))
    diags.warning({display_path(dir, "entries"), {}}, "the book has no entries (.md files)", "no-entries");
  return book;
}

}  // namespace quire::load
