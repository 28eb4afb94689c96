// pandoc-crossref's own many-to-many cases (../shared/compat/pandoc-crossref-m2m): each case's
// input.md is read and numbered as quire does, and every cross-reference quire prints must read
// as pandoc-crossref printed it in expect.md (compared as text, markup stripped). Cases that need
// settings quire does not have are listed in crossref-m2m.skip with the reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "markdown/markdown_reader.h"
#include "model/plain_text.h"
#include "model/walk.h"
#include "structure/anchors.h"
#include "structure/crossref.h"

namespace quire {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::map<std::string, std::string> skipped() {
  std::map<std::string, std::string> out;
  std::istringstream in(slurp(fs::path(QUIRE_TEST_DATA) / ".." / "compat" / "crossref-m2m.skip"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t colon = line.find(':');
    out[line.substr(0, colon)] = colon == std::string::npos ? "" : line.substr(colon + 1);
  }
  return out;
}

// expect.md as plain text: links, emphasis and attribute blocks gone, lines joined.
std::string stripped(std::string md) {
  md = std::regex_replace(md, std::regex(R"(\]\([^)]*\))"), "");
  md = std::regex_replace(md, std::regex(R"(\{[#.][^}]*\})"), "");
  md = std::regex_replace(md, std::regex(R"([\[\]*\n])"), " ");
  return std::regex_replace(md, std::regex(" +"), " ");
}

std::string normalised(std::string s) {
  s = std::regex_replace(s, std::regex("\u00A0"), " ");
  return std::regex_replace(s, std::regex("\u2013"), "-");
}

// The cross-references quire prints for `input`, and how many could not be resolved.
std::vector<std::string> references(const std::string& input, int& unresolved) {
  std::string body = input;
  if (body.starts_with("---")) body = body.substr(body.find("\n---", 3) + 4);
  model::Book book;
  Diagnostics diags;
  model::Entry e;
  e.slug = "e";
  e.loc = {"input.md", {1, 1}};
  e.body = markdown::read_markdown(body, "input.md", 1, diags).body;
  book.entries.push_back(std::move(e));
  model::Chapter ch;
  ch.entries = {0};
  book.chapters.push_back(ch);
  book.meta.number_chapters = true;  // one unnumbered chapter: numbers without a chapter part
  structure::assign_ids(book);
  structure::resolve_crossrefs(book, diags);
  std::vector<std::string> out;
  unresolved = 0;
  model::walk(book.entries[0].body, {.inline_ = [&](model::Inline& in) {
                auto* c = std::get_if<model::Citation>(&in.node);
                if (c == nullptr || !c->crossref) return;
                const std::string text = model::plain_text(c->rendered);
                if (text == c->source) ++unresolved;  // an error, where pandoc-crossref prints ¿label?
                else out.push_back(normalised(text));
              }});
  return out;
}

TEST(CrossrefM2m, ReferencesReadAsPandocCrossrefPrintsThem) {
  const fs::path root = fs::path(QUIRE_SHARED_DIR) / "compat" / "pandoc-crossref-m2m";
  if (!fs::exists(root)) GTEST_SKIP() << "no " << root;
  const auto skip = skipped();
  int passed = 0, failed = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    const std::string name = dir.path().filename().string();
    if (!fs::exists(dir.path() / "input.md") || !fs::exists(dir.path() / "expect.md") || skip.count(name)) continue;
    int unresolved = 0;
    const auto refs = references(slurp(dir.path() / "input.md"), unresolved);
    const std::string expect = stripped(slurp(dir.path() / "expect.md"));
    bool ok = true;
    for (const std::string& r : refs) {
      if (expect.find(r) != std::string::npos) continue;
      ADD_FAILURE() << name << ": '" << r << "' is not in expect.md";
      ok = false;
    }
    ok ? ++passed : ++failed;
  }
  std::cout << "pandoc-crossref m2m: " << passed << " passed, " << failed << " failed, " << skip.size()
            << " skipped\n";
}

}  // namespace
}  // namespace quire
