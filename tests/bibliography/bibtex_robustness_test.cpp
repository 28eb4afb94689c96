// Whatever bytes a .bib file holds, reading it finishes, does not crash, and yields JSON
// that serializes. Inputs are pseudo-random but fixed, so failures reproduce.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "bibliography/bibtex_reader.h"

namespace {

using quire::Diagnostics;
using quire::bibliography::BibVariant;

void read_and_serialize(const std::string& text) {
  for (BibVariant v : {BibVariant::BibTeX, BibVariant::BibLaTeX}) {
    Diagnostics d;
    auto items = quire::bibliography::read_bibtex(text, "fuzz.bib", d, v);
    if (items) {
      EXPECT_NO_THROW((void)items->dump());
    }
  }
}

TEST(BibtexRobustness, RandomBytes) {
  std::mt19937 rng(1234);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 400);
    for (int i = 0; i < n; ++i) text += static_cast<char>(rng() % 256);
    read_and_serialize(text);
  }
}

TEST(BibtexRobustness, MutatedEntries) {
  const std::string seed =
      "@string{m = \"Macro\"}\n@article{k1, author = {Smith, John and {\\\"U}nal, A.},\n"
      " title = {A {DNA} \\emph{Study} of ``Things'' $x^2$}, journal = m # { J},\n"
      " year = 2020, month = mar, pages = {1--2}, crossref = {k2}}\n"
      "@book{k2, title = {Book}, xdata = {k1}, date = {2020-01/2021}}\n";
  const std::string alphabet = "@{}\"#=,\\$%~`'-{}{}\n a\xc3\xa9";
  std::mt19937 rng(99);
  for (int round = 0; round < 300; ++round) {
    std::string text = seed;
    const int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0:
          text.insert(at, 1, alphabet[rng() % alphabet.size()]);
          break;
        case 1:
          if (at < text.size()) text.erase(at, 1);
          break;
        default:
          if (at < text.size()) text[at] = alphabet[rng() % alphabet.size()];
      }
    }
    read_and_serialize(text);
  }
}

TEST(BibtexRobustness, PathologicalShapes) {
  read_and_serialize(std::string(10000, '@'));
  read_and_serialize("@misc{k, title = " + std::string(10000, '{'));
  read_and_serialize("@misc{k, title = {" + std::string(5000, '\\') + "}}");
  read_and_serialize("@misc{k, title = {" + std::string(3000, '`') + "}}");
  read_and_serialize("@misc{k, author = {" + std::string(3000, ',') + "}}");
  std::string many_and = "@misc{k, author = {";
  for (int i = 0; i < 2000; ++i) many_and += "A and ";
  read_and_serialize(many_and + "B}}");
  std::string chain;
  for (int i = 0; i < 300; ++i)
    chain += "@misc{c" + std::to_string(i) + ", crossref = {c" + std::to_string(i + 1) + "}}\n";
  read_and_serialize(chain);
  read_and_serialize(std::string("@misc{k, title = {a\0b}}", 22));
}

}  // namespace
