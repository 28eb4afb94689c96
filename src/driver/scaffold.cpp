#include "driver/scaffold.h"

#include <filesystem>
#include <utility>

#include "util/files.h"

namespace quire::driver {

namespace fs = std::filesystem;

namespace {

// A YAML double-quoted scalar, so any title (colons, quotes, '#') stays one string.
std::string yaml_quoted(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
  }
  return out + "\"";
}

std::string book_yaml(const std::string& title) {
  return "# The book's metadata and how its entries are ordered; see quire's README.\n"
         "title: " + yaml_quoted(title) + "\n"
         "authors: [The Authors]\n"
         "language: en\n"
         "license: CC-BY-SA-4.0\n"
         "bibliography: references.bib\n"
         "version: \"0.1\"   # output names carry it: out/<slug>-0.1.epub\n"
         "chapters:\n"
         "  - title: Introduction\n"
         "    entries: [introduction.md]\n"
         "  - title: Topics\n"
         "    match: {kind: Topic}   # every entry whose front matter says kind: Topic\n";
}

constexpr const char* kIntroduction =
    "---\n"
    "title: Introduction\n"
    "authors: [The Authors]\n"
    "---\n"
    "This book is a folder of Markdown files that quire compiles into an EPUB and a PDF. Each\n"
    "file under `entries/` is one entry; `book.yaml` says which chapter it belongs to.\n"
    "\n"
    "## Writing an entry\n"
    "\n"
    "Start a new file with front matter: a `title`, and a `kind` that a chapter of `book.yaml`\n"
    "matches. The entry on [line breaking](line-breaking.md) is an example to copy.\n"
    "Link to a section of another entry by its heading, as in\n"
    "[the total-fit method](line-breaking.md#the-total-fit-method).\n"
    "\n"
    "## Citing sources\n"
    "\n"
    "Cite a work of `references.bib` by its key, in brackets [@knuth1984texbook, p. 1], or in the\n"
    "sentence: @knuth1984texbook describes the typesetting system that quire's line breaking\n"
    "follows.[^1]\n"
    "\n"
    "[^1]: Run `quire build` in this folder to see the result in `out/`.\n";

constexpr const char* kLineBreaking =
    "---\n"
    "title: Line Breaking\n"
    "kind: Topic\n"
    "authors: [The Authors]\n"
    "---\n"
    "A paragraph can be broken into lines in many ways, and some look much better than others.\n"
    "\n"
    "## The total-fit method\n"
    "\n"
    "Instead of filling one line at a time, the total-fit method considers every way of breaking\n"
    "the whole paragraph and picks the one with the least total badness [@knuth1981breaking].\n"
    "\n"
    "- Loose and tight lines are penalised.\n"
    "- Hyphens at the ends of consecutive lines are penalised too.\n";

constexpr const char* kReferences =
    "@article{knuth1981breaking,\n"
    "  author  = {Knuth, Donald E. and Plass, Michael F.},\n"
    "  title   = {Breaking Paragraphs into Lines},\n"
    "  journal = {Software: Practice and Experience},\n"
    "  volume  = {11},\n"
    "  number  = {11},\n"
    "  pages   = {1119--1184},\n"
    "  year    = {1981}\n"
    "}\n"
    "\n"
    "@book{knuth1984texbook,\n"
    "  author    = {Knuth, Donald E.},\n"
    "  title     = {The {TeX}book},\n"
    "  publisher = {Addison-Wesley},\n"
    "  address   = {Reading, MA},\n"
    "  year      = {1984}\n"
    "}\n";

bool is_unusable(const fs::path& dir, Diagnostics& diags) {
  std::error_code ec;
  const auto status = fs::status(dir, ec);
  if (!fs::exists(status)) return false;
  if (!fs::is_directory(status)) {
    diags.error({dir.string(), {}}, "exists and is not a folder; quire new needs a new or empty folder", "not-empty");
    return true;
  }
  if (!fs::is_empty(dir, ec) || ec) {
    diags.error({dir.string(), {}}, "is not empty; quire new writes only into a new or empty folder", "not-empty");
    return true;
  }
  return false;
}

}  // namespace

std::string title_from_folder_name(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();  // "books/field-notes/"
  std::error_code ec;
  if (p.filename() == "." || p.filename() == ".." || p.empty()) p = fs::absolute(p, ec).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  std::string title;
  bool word_start = true;
  for (const char c : p.filename().string()) {
    if (c == '-' || c == '_' || c == ' ' || c == '.') {
      if (!title.empty() && title.back() != ' ') title += ' ';
      word_start = true;
      continue;
    }
    title += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    word_start = false;
  }
  while (!title.empty() && title.back() == ' ') title.pop_back();
  return title;
}

ScaffoldStatus scaffold_book(const ScaffoldOptions& options, Diagnostics& diags, std::vector<std::string>& created) {
  const fs::path dir(options.dir);
  if (is_unusable(dir, diags)) return ScaffoldStatus::Refused;
  std::error_code ec;
  fs::create_directories(dir / "entries", ec);
  if (ec) {
    diags.error({options.dir, {}}, "cannot create the folder: " + ec.message(), "io");
    return ScaffoldStatus::Failed;
  }
  std::string title = options.title.empty() ? title_from_folder_name(options.dir) : options.title;
  if (title.empty()) title = "Untitled Book";

  const std::pair<const char*, std::string> files[] = {
      {"book.yaml", book_yaml(title)},
      {"entries/introduction.md", kIntroduction},
      {"entries/line-breaking.md", kLineBreaking},
      {"references.bib", kReferences},
      {".gitignore", "out/\n"},
  };
  for (const auto& [name, text] : files) {
    const std::string path = (dir / name).string();
    std::string error;
    if (!util::write_file_atomic(path, text, error)) {
      diags.error({path, {}}, error, "io");
      return ScaffoldStatus::Failed;
    }
    created.push_back(path);
  }
  return ScaffoldStatus::Created;
}

}  // namespace quire::driver
