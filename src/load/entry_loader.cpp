#include "load/entry_loader.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "load/display_path.h"
#include "load/front_matter.h"
#include "load/heading_attrs.h"
#include "load/includes.h"
#include "load/source_text.h"
#include "load/yaml_document.h"
#include "load/yaml_values.h"
#include "markdown/markdown_reader.h"
#include "util/files.h"
#include "util/text.h"

namespace quire::load {
namespace {

namespace fs = std::filesystem;

bool is_hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name.front() == '.';
}

// "2.1": one decimal, rounded up, so that a size just past a limit does not read as equal to it.
std::string megabytes(std::uintmax_t bytes) {
  char out[32];
  std::snprintf(out, sizeof out, "%.1f", std::ceil(static_cast<double>(bytes) * 10 / (1 << 20)) / 10);
  return out;
}

// Without a front-matter title, an entry is named by its first level-1 heading, which the
// ordering pass then takes out of the body, or else by its file name.
void title_from_body(model::Entry& e) {
  for (const auto& block : e.body) {
    const auto* h = std::get_if<model::Heading>(&block.node);
    if (h == nullptr || h->level != 1) continue;
    e.title = heading_title(*h);
    if (e.title.empty()) break;
    e.title_from = model::Entry::TitleFrom::Heading;
    return;
  }
  e.title = e.slug;
  e.title_from = model::Entry::TitleFrom::FileName;
}

// Title and authors are the two front-matter fields the loader itself gives meaning to.
void read_title_and_authors(model::Entry& e, Diagnostics& diags) {
  const auto title = e.fields.find("title");
  if (title == e.fields.end() || (!title->second.is_list && util::trim(title->second.scalar).empty())) {
    // No title in the front matter: the first heading or the file name gives it (title_from_body).
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
                                       Diagnostics& diags, const model::Limits& limits) {
  const std::string path = display_path(dir, rel);
  const fs::path root = dir.empty() ? fs::path(".") : fs::path(dir);
  if (!util::is_inside(root.string(), (root / rel).string())) {
    diags.error({path, {}}, "the entry is a symlink to a file outside the book folder, which quire does not read",
                "outside-book");
    return std::nullopt;
  }
  std::error_code ec;
  const auto size = fs::file_size(root / rel, ec);
  if (!ec && size > limits.entry_bytes) {
    diags.error({path, {}},
                "the entry is " + megabytes(size) + " MB, more than the limit of " +
                    std::to_string(limits.entry_bytes >> 20) + " MB; 'limits: {entry-size: N}' in book.yaml raises it",
                "limit");
    return std::nullopt;
  }
  auto text = read_source_text(path, limits.entry_bytes, diags);
  if (!text) return std::nullopt;

  model::Entry e;
  e.path = rel;
  e.slug = fs::path(rel).stem().string();
  e.loc = {path, {1, 1}};

  const SplitEntry split = split_front_matter(*text, path, diags);
  if (split.has_front_matter) {
    if (auto doc = parse_yaml(split.yaml, path, split.yaml_first_line, diags)) {
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
  const std::string body = expand_includes(split.body, dir, rel, split.body_first_line, limits.entry_bytes, diags);
  auto md = markdown::read_markdown(body, path, split.body_first_line, diags, limits.nesting_depth);
  e.body = std::move(md.body);
  e.notes = std::move(md.notes);
  if (e.title.empty()) title_from_body(e);
  return e;
}

std::vector<std::optional<model::Entry>> load_entries(const std::string& dir, const std::vector<std::string>& files,
                                                      Diagnostics& diags, const model::Limits& limits, unsigned jobs) {
  std::vector<std::optional<model::Entry>> entries(files.size());
  std::vector<Diagnostics> reports(files.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const auto workers = static_cast<unsigned>(std::min<std::size_t>(jobs, files.size()));
  // Each thread takes the next file not yet taken; every result lands in its file's slot.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) entries[i] = load_entry(dir, files[i], reports[i], limits);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  for (const auto& r : reports) diags.merge(r);
  return entries;
}

}  // namespace quire::load
