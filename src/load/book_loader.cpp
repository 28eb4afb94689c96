#include "load/book_loader.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "load/book_config.h"
#include "load/book_files.h"
#include "load/display_path.h"
#include "load/entry_loader.h"
#include "load/globs.h"
#include "load/source_text.h"
#include "load/yaml_document.h"
#include "util/files.h"
#include "util/text.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxConfigBytes = 1u << 20;

bool climbs(const std::string& rel) {
  const fs::path p(rel);
  if (p.is_absolute()) return true;
  for (const auto& part : p)
    if (part == "..") return true;
  return false;
}

// Turns each listed chapter's items into files relative to the book folder: a name in
// entries/ stays as written, a path or glob relative to the book folder ("chapters/*.md") is
// expanded in natural order. Returns the files outside entries/ the items name, to be loaded
// as well. An item naming nothing stays as written, for the ordering pass to report.
std::vector<std::string> resolve_chapter_files(const std::string& dir, model::Book& book, Diagnostics& diags) {
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  std::error_code ec;
  const bool has_entries = fs::is_directory(root / "entries", ec);
  std::vector<std::string> extra;
  for (auto& ch : book.chapters) {
    if (ch.rule.is_match) continue;
    std::vector<std::string> files;
    std::vector<SourcePos> positions;
    for (std::size_t k = 0; k < ch.rule.entries.size(); ++k) {
      const std::string& written = ch.rule.entries[k];
      const SourcePos pos = k < ch.rule.entry_pos.size() ? ch.rule.entry_pos[k] : ch.loc.pos;
      auto take = [&](const std::string& file) {
        files.push_back(file);
        positions.push_back(pos);
        if (!file.starts_with("entries/")) extra.push_back(file);
      };
      if (climbs(written)) {
        check_book_file(dir, written, "chapter file", {ch.loc.path, pos}, diags);
        continue;
      }
      if (is_glob(written)) {
        auto found = has_entries ? expand_glob(dir, "entries/" + written) : std::vector<std::string>{};
        if (found.empty()) found = expand_glob(dir, written);
        if (found.empty())
          diags.error({ch.loc.path, pos}, "'" + written + "' matches no file in the book folder", "missing-entry");
        for (const auto& f : found) take(f);
        continue;
      }
      const bool in_entries = has_entries && (written.starts_with("entries/") || fs::exists(root / "entries" / written, ec));
      if (!in_entries && fs::is_regular_file(root / written, ec)) {
        if (auto p = check_book_file(dir, written, "chapter file", {ch.loc.path, pos}, diags)) take(*p);
        continue;
      }
      files.push_back(written);
      positions.push_back(pos);
    }
    ch.rule.entries = std::move(files);
    ch.rule.entry_pos = std::move(positions);
  }
  std::sort(extra.begin(), extra.end());
  extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
  std::sort(extra.begin(), extra.end(), [](const std::string& a, const std::string& b) { return natural_less(a, b); });
  return extra;
}

// A file outside entries/ is named by its slugified stem ("2-0 Intro.md" -> "2-0-intro"),
// with a number added when another file took it: such names are the folder's, not chosen
// to be slugs.
std::string free_slug(const std::string& path, const std::map<std::string, std::size_t>& taken) {
  std::string base = util::slugify(fs::path(path).stem().string());
  if (base.empty()) base = "entry";
  std::string slug = base;
  for (int n = 2; taken.count(slug); ++n) slug = base + "-" + std::to_string(n);
  return slug;
}

// Slugs name output files and link targets, so a second entry with a taken slug is
// reported and dropped rather than allowed to overwrite the first.
// Returns how many entry files there are, loadable or not.
std::size_t add_entries(const std::string& dir, model::Book& book, Diagnostics& diags, unsigned jobs) {
  std::map<std::string, std::size_t> by_slug;
  const auto extra = resolve_chapter_files(dir, book, diags);
  std::error_code ec;
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  auto files = extra.empty() || fs::is_directory(root / "entries", ec) ? find_entry_files(dir, diags)
                                                                        : std::vector<std::string>{};
  const std::size_t in_entries = files.size();
  files.insert(files.end(), extra.begin(), extra.end());
  std::size_t index = 0;
  for (auto& entry : load_entries(dir, files, diags, book.limits, jobs)) {
    const bool outside_entries = index++ >= in_entries;
    if (!entry) continue;
    if (outside_entries) entry->slug = free_slug(entry->path, by_slug);
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
