#include "bibliography/bibliography_file.h"

#include <gtest/gtest.h>

#include <string>

namespace {

using quire::Diagnostics;
using quire::bibliography::read_bibliography_text;

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
  EXPECT_FALSE(quire::bibliography::read_bibliography_file("/nonexistent/refs.bib", d));
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(d.all()[0].code, "bibliography-read");
}

TEST(BibliographyFile, ReadsTheCommittedFixture) {
  Diagnostics d;
  auto items = quire::bibliography::read_bibliography_file(
      std::string(QUIRE_TEST_DATA) + "/bibliography/bibtex/corpus20.bib", d);
  ASSERT_TRUE(items);
  EXPECT_EQ(items->size(), 60u);
  EXPECT_FALSE(d.has_errors());
}

}  // namespace

// U+0000 made Pango refuse the bibliography's paragraph and failed the build with no
// position; the other C0 controls reached the PDF as missing glyphs.
TEST(BibliographyFile, ControlCharactersAreDroppedWithAWarningAtTheItem) {
  Diagnostics d;
  const std::string json =
      "[\n  {\"id\": \"a\", \"title\": \"In a title\"},\n"
      "  {\"title\": \"Nul\\u0000Title\", \"id\": \"b\", \"note\": \"tab\\tkept\"}\n]";
  auto items = read_bibliography_text(json, "refs.json", d);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[1]["title"], "NulTitle");
  EXPECT_EQ((*items)[1]["note"], "tab\tkept");
  ASSERT_EQ(d.all().size(), 1u);
  EXPECT_EQ(quire::format_diagnostic(d.all()[0]),
            "refs.json:3:38: warning: control character U+0000 in 'title' of 'b', dropped "
            "[control-character]");

  Diagnostics bib;
  auto from_bib = read_bibliography_text(std::string("@book{a, title = {x}}\n@book{raw,\n  note = {raw\x01"
                                                     "ctl}}\n"),
                                         "refs.bib", bib);
  ASSERT_TRUE(from_bib);
  EXPECT_EQ((*from_bib)[1]["note"], "rawctl");
  ASSERT_EQ(bib.all().size(), 1u);
  EXPECT_EQ(bib.all()[0].loc.pos.line, 2);
  EXPECT_EQ(bib.all()[0].loc.pos.col, 7);

  Diagnostics yaml;
  auto from_yaml = read_bibliography_text("- id: x\n  title: id\n- id: \"y\"\n  title: \"Esc\\x1bape\"\n",
                                          "refs.yaml", yaml);
  ASSERT_TRUE(from_yaml);
  EXPECT_EQ((*from_yaml)[1]["title"], "Escape");
  ASSERT_EQ(yaml.all().size(), 1u);
  EXPECT_EQ(yaml.all()[0].message, "control character U+001B in 'title' of 'y', dropped");
  EXPECT_EQ(yaml.all()[0].loc.pos.line, 3);
  EXPECT_EQ(yaml.all()[0].loc.pos.col, 8);
}

// 200,000 nested arrays overflowed the stack of whatever walked the parsed items.
TEST(BibliographyFile, JsonNestedTooDeepIsAnErrorAtTheBracket) {
  Diagnostics d;
  const std::string json = "[{\"id\": \"a\", \"note\": \"[[[\", \"x\": " + std::string(200000, '[') +
                           std::string(200000, ']') + "}]";
  EXPECT_FALSE(read_bibliography_text(json, "refs.json", d));
  ASSERT_EQ(d.all().size(), 1u);
  // Brackets inside strings do not count: the 99th array of "x" is the 101st level.
  EXPECT_EQ(quire::format_diagnostic(d.all()[0]),
            "refs.json:1:132: error: invalid JSON: nested deeper than 100 levels [invalid-json]");
  Diagnostics fine;
  EXPECT_TRUE(read_bibliography_text("[{\"id\": \"a\", \"x\": " + std::string(98, '[') + std::string(98, ']') + "}]",
                                     "refs.json", fine));
  EXPECT_TRUE(fine.all().empty());
}

TEST(BibliographyFile, ControlCharactersInManyItemsArePlacedForTheFirstTwenty) {
  std::string json = "[";
  for (int i = 0; i < 25; ++i)
    json += std::string(i ? "," : "") + "{\"id\": \"k" + std::to_string(i) + "\", \"title\": \"a\\u0001b\"}";
  json += "]";
  Diagnostics d;
  auto items = read_bibliography_text(json, "refs.json", d);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[24]["title"], "ab");
  ASSERT_EQ(d.all().size(), 21u);
  EXPECT_EQ(d.all()[19].message, "control character U+0001 in 'title' of 'k19', dropped");
  EXPECT_GT(d.all()[19].loc.pos.col, 1);
  EXPECT_EQ(d.all()[20].message, "control characters dropped from 5 more items");
}
