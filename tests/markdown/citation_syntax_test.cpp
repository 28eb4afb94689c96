#include "markdown/citation_syntax.h"

#include <gtest/gtest.h>

namespace quire::markdown {
namespace {

// The only citation in `text`; fails the test when there is not exactly one.
model::Citation only(std::string_view text) {
  auto found = find_citations(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? model::Citation{} : found.front().citation;
}

TEST(CitationSyntax, BracketedSingleKey) {
  auto found = find_citations("as shown [@smith04] here");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 9u);
  EXPECT_EQ(found[0].end, 19u);
  EXPECT_EQ(found[0].key_offsets, std::vector<std::size_t>{10});
  const auto& c = found[0].citation;
  EXPECT_FALSE(c.in_text);
  EXPECT_EQ(c.source, "[@smith04]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].key, "smith04");
  EXPECT_EQ(c.items[0].prefix, "");
  EXPECT_EQ(c.items[0].locator, "");
  EXPECT_EQ(c.items[0].label, "");
  EXPECT_EQ(c.items[0].suffix, "");
  EXPECT_FALSE(c.items[0].suppress_author);
}

TEST(CitationSyntax, PageLocator) {
  auto c = only("[@key, p. 12]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator, "12");
  EXPECT_EQ(c.items[0].suffix, "");
}

TEST(CitationSyntax, PageRangeWithEnDash) {
  auto c = only(
      "[@key, pp. 12\xE2\x80\x93"
      "40]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator,
            "12\xE2\x80\x93"
            "40");
}

TEST(CitationSyntax, PrefixLocatorAndSecondItem) {
  auto found = find_citations("[see @a, chap. 3; @b]");
  ASSERT_EQ(found.size(), 1u);
  const auto& c = found[0].citation;
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].prefix, "see");
  EXPECT_EQ(c.items[0].key, "a");
  EXPECT_EQ(c.items[0].label, "chapter");
  EXPECT_EQ(c.items[0].locator, "3");
  EXPECT_EQ(c.items[1].key, "b");
  EXPECT_EQ(c.items[1].prefix, "");
  EXPECT_EQ(c.items[1].label, "");
  EXPECT_EQ(found[0].key_offsets, (std::vector<std::size_t>{5, 18}));
}

TEST(CitationSyntax, SuppressAuthor) {
  auto c = only("Smith says [-@smith04, p. 3].");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_TRUE(c.items[0].suppress_author);
  EXPECT_EQ(c.items[0].key, "smith04");
  EXPECT_EQ(c.items[0].prefix, "");
  EXPECT_EQ(c.items[0].locator, "3");
  EXPECT_EQ(c.source, "[-@smith04, p. 3]");
}

TEST(CitationSyntax, TwoKeys) {
  auto c = only("[@a; @b]");
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].key, "a");
  EXPECT_EQ(c.items[1].key, "b");
}

TEST(CitationSyntax, SuffixAfterLocator) {
  auto c = only("[@doe99, pp. 33-35, emphasis added]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].locator, "33-35");
  EXPECT_EQ(c.items[0].suffix, ", emphasis added");
}

TEST(CitationSyntax, LocatorList) {
  auto c = only("[@doe99, pp. 33, 35-37 and passim]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].locator, "33, 35-37");
  EXPECT_EQ(c.items[0].suffix, "and passim");
}

TEST(CitationSyntax, SuffixWithoutLocatorKeepsComma) {
  auto c = only("[@smith04, and elsewhere]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].locator, "");
  EXPECT_EQ(c.items[0].label, "");
  EXPECT_EQ(c.items[0].suffix, ", and elsewhere");
}

TEST(CitationSyntax, BareNumberDefaultsToPage) {
  auto c = only("[@a, 42]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator, "42");
}

TEST(CitationSyntax, BracedLocator) {
  auto c = only("[@a, p. {iv, 34-37}]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator, "iv, 34-37");
}

TEST(CitationSyntax, RomanLocatorAfterLabel) {
  auto c = only("[@a, chap. xiv]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "chapter");
  EXPECT_EQ(c.items[0].locator, "xiv");
}

TEST(CitationSyntax, LabelNotFollowedByNumberIsSuffix) {
  auto c = only("[@a, part of the argument]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "");
  EXPECT_EQ(c.items[0].suffix, ", part of the argument");
}

TEST(CitationSyntax, SubVerboTakesAWord) {
  auto c = only("[@dict, s.v. vocabulum]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "sub-verbo");
  EXPECT_EQ(c.items[0].locator, "vocabulum");
}

TEST(CitationSyntax, InText) {
  auto found = find_citations("@smith04 says so.");
  ASSERT_EQ(found.size(), 1u);
  const auto& c = found[0].citation;
  EXPECT_TRUE(c.in_text);
  EXPECT_EQ(c.source, "@smith04");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].key, "smith04");
  EXPECT_EQ(found[0].begin, 0u);
  EXPECT_EQ(found[0].end, 8u);
}

TEST(CitationSyntax, InTextWithLocator) {
  auto found = find_citations("As @smith04 [p. 12] says.");
  ASSERT_EQ(found.size(), 1u);
  const auto& c = found[0].citation;
  EXPECT_TRUE(c.in_text);
  EXPECT_EQ(c.source, "@smith04 [p. 12]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "page");
  EXPECT_EQ(c.items[0].locator, "12");
  EXPECT_EQ(found[0].end, 19u);
}

TEST(CitationSyntax, InTextFollowedByBracketedCitationIsTwoCitations) {
  auto found = find_citations("@a [@b]");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].citation.in_text);
  EXPECT_EQ(found[0].citation.source, "@a");
  EXPECT_FALSE(found[1].citation.in_text);
  EXPECT_EQ(found[1].citation.items.at(0).key, "b");
}

TEST(CitationSyntax, KeyDropsTrailingPunctuation) {
  auto found = find_citations("see @doe99. And @a:b.c, then @x-y-.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].citation.items.at(0).key, "doe99");
  EXPECT_EQ(found[1].citation.items.at(0).key, "a:b.c");
  EXPECT_EQ(found[2].citation.items.at(0).key, "x-y");
}

TEST(CitationSyntax, KeyMayStartWithDigitOrUnderscore) {
  auto found = find_citations("@1984orwell and @_private");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].citation.items.at(0).key, "1984orwell");
  EXPECT_EQ(found[1].citation.items.at(0).key, "_private");
}

TEST(CitationSyntax, BracedKey) {
  auto c = only("[@{https://example.com/x?y=1}, p. 2]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].key, "https://example.com/x?y=1");
  EXPECT_EQ(c.items[0].locator, "2");
}

TEST(CitationSyntax, NonAsciiKey) {
  auto c = only("[@m\xC3\xBCller2020]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].key, "m\xC3\xBCller2020");
}

TEST(CitationSyntax, TypographicApostropheEndsKey) {
  auto found = find_citations("@smith\xE2\x80\x99s view");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].citation.items.at(0).key, "smith");
}

TEST(CitationSyntax, EmailIsNotACitation) {
  EXPECT_TRUE(find_citations("write to jane@example.org today").empty());
  EXPECT_TRUE(find_citations("[mail jane@example.org]").empty());
  EXPECT_TRUE(find_citations("caf\xC3\xA9@place").empty());
}

TEST(CitationSyntax, EmailBesideCitationInBrackets) {
  auto c = only("[mail jane@example.org or see @a]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].key, "a");
  EXPECT_EQ(c.items[0].prefix, "mail jane@example.org or see");
}

TEST(CitationSyntax, BracketsWithoutKeyStayText) {
  EXPECT_TRUE(find_citations("[just a remark]").empty());
  EXPECT_TRUE(find_citations("an @ sign alone and [@ nothing]").empty());
}

TEST(CitationSyntax, ItemWithoutKeyMakesBracketsText) {
  // Not a bracketed citation, but the key inside is still an in-text citation.
  auto found = find_citations("[@a; no key here]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].citation.in_text);
  EXPECT_EQ(found[0].citation.items.at(0).key, "a");
}

TEST(CitationSyntax, FootnoteMarkerIsNotACitation) {
  EXPECT_TRUE(find_citations("[^note]").empty());
  auto found = find_citations("@a [^1]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].citation.source, "@a");
}

TEST(CitationSyntax, NestedBracketsCiteOnlyTheInnerOnes) {
  auto found = find_citations("[[@a]]");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 1u);
  EXPECT_EQ(found[0].citation.source, "[@a]");
}

TEST(CitationSyntax, EscapedAtIsLiteral) {
  EXPECT_TRUE(find_citations("ping @jack", {5}).empty());
  EXPECT_TRUE(find_citations("[@jack]", {1}).empty());
  EXPECT_EQ(find_citations("ping @jack").size(), 1u);
}

TEST(CitationSyntax, AcrossSoftBreak) {
  auto c = only("[see @a,\np. 4;\n@b]");
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].locator, "4");
  EXPECT_EQ(c.items[1].key, "b");
  EXPECT_EQ(c.source, "[see @a,\np. 4;\n@b]");
}

TEST(CitationSyntax, LocatorTerms) {
  const std::pair<const char*, const char*> cases[] = {
      {"p.", "page"},      {"pp.", "page"},        {"chap.", "chapter"},    {"chaps.", "chapter"},
      {"sec.", "section"}, {"secs.", "section"},   {"\xC2\xA7", "section"}, {"fig.", "figure"},
      {"figs.", "figure"}, {"para.", "paragraph"}, {"paras.", "paragraph"}, {"\xC2\xB6", "paragraph"},
      {"vol.", "volume"},  {"vols.", "volume"},    {"col.", "column"},      {"l.", "line"},
      {"ll.", "line"},     {"n.", "note"},         {"nn.", "note"},         {"no.", "issue"},
      {"pt.", "part"},     {"v.", "verse"},        {"bk.", "book"},         {"fol.", "folio"},
      {"op.", "opus"},     {"sv.", "sub-verbo"},   {"s.v.", "sub-verbo"},
  };
  for (auto [label, term] : cases) {
    EXPECT_EQ(locator_term(label), term) << label;
    auto c = only(std::string("[@k, ") + label + " 7]");
    ASSERT_EQ(c.items.size(), 1u) << label;
    EXPECT_EQ(c.items[0].label, term) << label;
    EXPECT_EQ(c.items[0].locator, "7") << label;
  }
  EXPECT_EQ(locator_term("xyz."), "");
}

TEST(CitationSyntax, SymbolLabelWithoutSpace) {
  auto c = only(
      "[@k, \xC2\xA7"
      "3]");
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].label, "section");
  EXPECT_EQ(c.items[0].locator, "3");
}

TEST(CitationSyntax, ManyCitationsInOrder) {
  auto found = find_citations("@a and [@b] then @c [chap. 2] and [-@d]");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].citation.items.at(0).key, "a");
  EXPECT_EQ(found[1].citation.items.at(0).key, "b");
  EXPECT_EQ(found[2].citation.items.at(0).label, "chapter");
  EXPECT_TRUE(found[3].citation.items.at(0).suppress_author);
  for (std::size_t i = 1; i < found.size(); ++i) EXPECT_GE(found[i].begin, found[i - 1].end);
}

TEST(CitationSyntax, LongUnmatchedBracketRunIsHandled) {
  std::string text(50000, '[');
  text += "@a";
  auto found = find_citations(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].citation.in_text);
}

}  // namespace
}  // namespace quire::markdown
