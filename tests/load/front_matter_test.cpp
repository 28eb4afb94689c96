// Splitting front matter from the body, and reading it into fields.
#include "load/front_matter.h"

#include <gtest/gtest.h>

#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::dump;

TEST(FrontMatter, SplitsAtTheClosingFence) {
  Diagnostics diags;
  const std::string text = "---\ntitle: A\n---\n# Heading\n\nText.\n";
  const SplitEntry s = split_front_matter(text, "e.md", diags);
  EXPECT_TRUE(diags.all().empty());
  EXPECT_TRUE(s.has_front_matter);
  EXPECT_EQ(s.yaml, "title: A\n");
  EXPECT_EQ(s.body, "# Heading\n\nText.\n");
  EXPECT_EQ(s.body_first_line, 4);
}

TEST(FrontMatter, DotsCloseAndTrailingBlanksAreAllowed) {
  Diagnostics diags;
  const SplitEntry s = split_front_matter("---  \na: 1\nb: 2\n...\nBody", "e.md", diags);
  EXPECT_TRUE(diags.all().empty());
  EXPECT_TRUE(s.has_front_matter);
  EXPECT_EQ(s.yaml, "a: 1\nb: 2\n");
  EXPECT_EQ(s.body, "Body");
  EXPECT_EQ(s.body_first_line, 5);
}

TEST(FrontMatter, EmptyBodyAfterFenceAtEndOfFile) {
  Diagnostics diags;
  const SplitEntry s = split_front_matter("---\ntitle: A\n---", "e.md", diags);
  EXPECT_TRUE(s.has_front_matter);
  EXPECT_TRUE(s.body.empty());
}

TEST(FrontMatter, NoneAtAllIsFine) {
  Diagnostics diags;
  const SplitEntry s = split_front_matter("# Just Markdown\n", "book/entries/e.md", diags);
  EXPECT_FALSE(s.has_front_matter);
  EXPECT_EQ(s.body, "# Just Markdown\n");
  EXPECT_EQ(s.body_first_line, 1);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

TEST(FrontMatter, BlankLinesAndCommentsMayComeFirst) {
  Diagnostics diags;
  const SplitEntry s = split_front_matter("\n<!--\n  Licence: CC0\n-->\n<!-- two -->\n---\ntitle: A\n---\nBody\n", "e.md", diags);
  EXPECT_TRUE(s.has_front_matter);
  EXPECT_EQ(s.yaml, "title: A\n");
  EXPECT_EQ(s.yaml_first_line, 6);
  EXPECT_EQ(s.body, "Body\n");
  EXPECT_EQ(s.body_first_line, 9);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

TEST(FrontMatter, ACommentFollowedByTextIsTheBody) {
  Diagnostics diags;
  const std::string text = "<!-- licence -->\n# Title\n";
  const SplitEntry s = split_front_matter(text, "e.md", diags);
  EXPECT_FALSE(s.has_front_matter);
  EXPECT_EQ(s.body, text);
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

TEST(FrontMatter, UnclosedIsAnErrorAtTheOpeningLine) {
  Diagnostics diags;
  const SplitEntry s = split_front_matter("---\ntitle: A\n\nBody text\n", "e.md", diags);
  EXPECT_FALSE(s.has_front_matter);
  EXPECT_TRUE(s.body.empty());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].code, "unclosed-front-matter");
  EXPECT_NE(diags.all()[0].message.find("never closed"), std::string::npos);
  EXPECT_EQ(diags.all()[0].loc.pos.line, 1);
}

TEST(FrontMatter, FieldsKeepTextsListsAndPositions) {
  Diagnostics diags;
  const std::string yaml =
      "title: Meta AI\n"
      "founded: 2013-12-09\n"
      "tags: [lab, industry]\n"
      "empty:\n"
      "nested:\n"
      "  a: b\n"
      "mixed: [x, {y: z}]\n";
  auto doc = parse_yaml(yaml, "e.md", 1, diags);
  ASSERT_TRUE(doc);
  const auto fields = read_front_matter_fields(*doc, diags);

  ASSERT_EQ(fields.count("title"), 1u);
  EXPECT_EQ(fields.at("title").scalar, "Meta AI");
  EXPECT_FALSE(fields.at("title").is_list);
  EXPECT_EQ(fields.at("title").pos.line, 2);  // the file line: "---" is line 1
  EXPECT_EQ(fields.at("title").pos.col, 8);

  EXPECT_EQ(fields.at("founded").scalar, "2013-12-09");
  EXPECT_TRUE(fields.at("tags").is_list);
  EXPECT_EQ(fields.at("tags").list, (std::vector<std::string>{"lab", "industry"}));
  EXPECT_EQ(fields.at("empty").scalar, "");
  EXPECT_EQ(fields.at("empty").pos.line, 5);
  EXPECT_TRUE(fields.at("nested").unsupported);
  EXPECT_FALSE(fields.at("title").unsupported);
  EXPECT_EQ(fields.at("mixed").list, (std::vector<std::string>{"x"}));
  EXPECT_TRUE(fields.at("mixed").unsupported);

  // Maps are the author's business: nothing is said unless a chapter matches or sorts by them.
  EXPECT_TRUE(diags.all().empty()) << dump(diags);
}

}  // namespace
}  // namespace quire::load
