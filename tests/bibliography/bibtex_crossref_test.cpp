#include "bibliography/bibtex_crossref.h"

#include <gtest/gtest.h>

#include "bibliography/bibtex_reader.h"

namespace {

using quire::Diagnostics;
using quire::bibliography::BibVariant;

nlohmann::json read(const std::string& bib, BibVariant v, Diagnostics& d) {
  auto items = quire::bibliography::read_bibtex(bib, "x.bib", d, v);
  return items ? *items : nlohmann::json();
}

const char* kBook =
    "@inbook{chap, title = {A Chapter}, crossref = {book}}\n"
    "@book{book, author = {Writer, Will}, title = {The Book}, publisher = {P}, year = 2015}\n";

TEST(BibtexCrossref, BiblatexTurnsTheParentTitleIntoBooktitle) {
  Diagnostics d;
  const auto items = read(kBook, BibVariant::BibLaTeX, d);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["title"], "A chapter");
  EXPECT_EQ(items[0]["container-title"], "The book");
  EXPECT_EQ(items[0]["publisher"], "P");
  EXPECT_EQ(items[0]["issued"], nlohmann::json::parse(R"({"date-parts":[[2015]]})"));
  EXPECT_EQ(items[0]["container-author"][0]["family"], "Writer");
  EXPECT_TRUE(d.all().empty());
}

TEST(BibtexCrossref, BibtexCopiesFieldsUnchanged) {
  Diagnostics d;
  const auto items = read(kBook, BibVariant::BibTeX, d);
  EXPECT_EQ(items[0]["title"], "A chapter");
  EXPECT_FALSE(items[0].contains("container-title"));
  EXPECT_EQ(items[0]["author"][0]["family"], "Writer");
}

TEST(BibtexCrossref, XdataIsInheritedAndNotOutput) {
  Diagnostics d;
  const auto items = read(
      "@article{a, title = {T}, xdata = {shared}}\n@xdata{shared, journaltitle = {JSD}, year = 2011}\n",
      BibVariant::BibLaTeX, d);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["container-title"], "JSD");
  EXPECT_EQ(items[0]["issued"], nlohmann::json::parse(R"({"date-parts":[[2011]]})"));
}

TEST(BibtexCrossref, MissingTargetsAndCyclesAreWarnedNotLooped) {
  Diagnostics d;
  const auto items = read(
      "@misc{a, title = {A}, crossref = {b}}\n@misc{b, title = {B}, crossref = {a}}\n"
      "@misc{c, title = {C}, crossref = {nowhere}}\n@misc{self, crossref = {self}}\n",
      BibVariant::BibLaTeX, d);
  ASSERT_EQ(items.size(), 4u);
  bool missing = false, cycle = false;
  for (const auto& x : d.all()) {
    missing = missing || x.message.find("'nowhere'") != std::string::npos;
    cycle = cycle || x.message.find("cycle") != std::string::npos;
    EXPECT_EQ(x.code, "bibtex-crossref");
  }
  EXPECT_TRUE(missing);
  EXPECT_TRUE(cycle);
}

}  // namespace
