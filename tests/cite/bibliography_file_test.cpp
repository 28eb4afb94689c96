#include "cite/bibliography_file.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using quire::Diagnostics;
using quire::cite::read_bibliography_text;

TEST(BibliographyFile, DispatchesOnTheExtension) {
  const char* bib = "@book{k, title = {T}, location = {Berlin and Paris}}";
  Diagnostics d;
  // .bib reads as BibLaTeX (as pandoc reads --bibliography files), .bibtex as BibTeX.
  auto biblatex = read_bibliography_text(bib, "refs.bib", d);
  ASSERT_TRUE(biblatex);
  EXPECT_EQ((*biblatex)[0]["publisher-place"], "Berlin; Paris");
  auto bibtex = read_bibliography_text(bib, "refs.BIBTEX", d);
  ASSERT_TRUE(bibtex);
  EXPECT_FALSE((*bibtex)[0].contains("publisher-place"));
  auto json = read_bibliography_text(R"([{"id": "j", "type": "book"}])", "refs.json", d);
  ASSERT_TRUE(json);
  EXPECT_EQ((*json)[0]["id"], "j");
  auto yaml = read_bibliography_text("- id: y\n  type: book\n", "refs.yml", d);
  ASSERT_TRUE(yaml);
  EXPECT_EQ((*yaml)[0]["id"], "y");
  EXPECT_TRUE(d.all().empty());
  EXPECT_FALSE(read_bibliography_text("x", "refs.ris", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "bibliography-format");
}

TEST(BibliographyFile, JsonErrorsHaveLineAndColumn) {
  Diagnostics d;
  EXPECT_FALSE(read_bibliography_text("[\n  {\"id\": \"a\",}\n]", "refs.json", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].loc.pos.line, 2);
  EXPECT_EQ(d.all()[0].loc.pos.col, 14);
  EXPECT_EQ(d.all()[0].code, "invalid-json");
  Diagnostics d2;
  EXPECT_FALSE(read_bibliography_text("{\"id\": \"a\"}", "refs.json", d2));
  EXPECT_EQ(d2.all().at(0).code, "csl-json");
}

TEST(BibliographyFile, JsonDuplicateIdsNameBothPositions) {
  Diagnostics d;
  auto items = read_bibliography_text(
      "[\n  {\"id\": \"a\", \"title\": \"x\"},\n  {\"title\": \"y\", \"id\": \"a\"}\n]", "refs.json", d);
  ASSERT_TRUE(items);
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(quire::format_diagnostic(d.all()[0]),
            "refs.json:3:24: warning: duplicate id 'a' (first at refs.json:2:10) [duplicate-id]");
}

TEST(BibliographyFile, MissingFileIsAnError) {
  Diagnostics d;
  EXPECT_FALSE(quire::cite::read_bibliography_file("/nonexistent/refs.bib", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "bibliography-read");
}

TEST(BibliographyFile, ReadsTheCommittedFixture) {
  Diagnostics d;
  auto items = quire::cite::read_bibliography_file(
      std::string(QUIRE_TEST_DATA) + "/cite/bibtex/corpus20.bib", d);
  ASSERT_TRUE(items);
  EXPECT_EQ(items->size(), 60u);
  EXPECT_FALSE(d.has_errors());
}

}  // namespace
