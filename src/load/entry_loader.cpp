#include "load/entry_loader.h"

#include <algorithm>
#include <filesystem>

#include "load/display_path.h"
#include "load/front_matter.h"
#include "load/source_text.h"
#include "load/yaml_document.h"
#include "load/yaml_values.h"
#include "markdown/markdown_reader.h"
#include "util/text.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

// Far beyond any real entry; a bigger file is almost surely not one.
constexpr std::size_t kMaxEntryBytes = 16u << 20;

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name.front() == '.';
}

// Title and authors are the two front-matter fields the loader itself gives meaning to.
void read_title_and_authors(model::Entry& e, Diagnostics& diags) {
  const auto title = e.fields.find("title");
  if (title == e.fields.end() || (!title->second.is_list && util::trim(title->second.scalar).empty())) {
    diags.error(e.loc, "the front matter has no 'title'", "missing-key");
  } else if (title->second.is_list) {
    diags.error({e.loc.path, title->second.pos}, "'title' must be text, not a list", "wrong-type");
  } else {
    e.title = std::string(util::trim(title->second.scalar));
  }
  const auto authors = e.fields.find("authors");
  if (authors == e.fields.end()) return;
  if (authors->second.is_list)
    e.authors = authors->second.list;
  else if (!authors->second.scalar.empty())
    e.authors = {authors->second.scalar};
}

}  // namespace

std::vector<std::string> find_entry_files(const std::string& dir, Diagnostics& diags) {
  std::vector<std::string> files;
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  const fs::path entries = root / "entries";
  std::error_code ec;
  if (!fs::is_directory(entries, ec)) {
    diags.error({display_path(dir, "entries"), {}},
                "no entries folder in '" + dir + "'; each entry is a .md file in it",
                "no-entries");
    return files;
  }
  fs::recursive_directory_iterator it(entries, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code unreadable;  // e.g. a dangling symlink: not an entry, not a failure
    if (is_hidden(p)) {
      if (it->is_directory(unreadable)) it.disable_recursion_pending();
      continue;
    }
    if (p.extension() != ".md" || !it->is_regular_file(unreadable)) continue;
    files.push_back("entries/" + p.lexically_relative(entries).generic_string());
  }
  if (ec)
    diags.error({display_path(dir, "entries"), {}},
                "cannot list the entries folder: " + ec.message(), "unreadable-file");
  std::sort(files.begin(), files.end());
  return files;
}

std::optional<model::Entry> load_entry(const std::string& dir, const std::string& rel,
                                       Diagnostics& diags) {
  const std::string path = display_path(dir, rel);
  auto text = read_source_text(path, kMaxEntryBytes, diags);
  if (!text) return std::nullopt;

  model::Entry e;
  e.path = rel;
  e.slug = fs::path(rel).stem().string();
  e.loc = {path, {1, 1}};

  const SplitEntry split = split_front_matter(*text, path, diags);
  if (split.has_front_matter) {
    if (auto doc = parse_yaml(split.yaml, path, 1, diags)) {
      if (doc->root.IsMap() || doc->root.IsNull()) {
        if (doc->root.IsMap()) e.fields = read_front_matter_fields(*doc, diags);
        read_title_and_authors(e, diags);
      } else {
        diags.error(doc->loc(doc->root),
                    "the front matter must be keys and values such as 'title: ...', not " +
                        std::string(yaml_kind(doc->root)),
                    "wrong-type");
      }
    }
  }
  if (e.title.empty()) e.title = e.slug;  // keeps later passes from printing an empty heading

  auto md = markdown::read_markdown(split.body, path, split.body_first_line, diags);
  e.body = std::move(md.body);
  e.notes = std::move(md.notes);
  return e;
}

}  // namespace quire::load
