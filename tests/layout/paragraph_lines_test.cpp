#include "layout/paragraph_lines.h"

#include <gtest/gtest.h>

#include "layout/layout_env.h"
#include "support/typeset_fixture.h"

using namespace quire;
using namespace quire::layout;

namespace {

struct ParagraphLinesTest : testing_support::TypesetFixture {};

// "w001 w002 ... w120": every word distinct, none hyphenated.
std::vector<std::string> numbered_words(int n) {
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) {
    std::string w = std::to_string(i);
    out.push_back("w" + std::string(3 - w.size(), '0') + w);
  }
  return out;
}

const TextArt& text_art(const VBox& box) {
  for (const auto& a : box.art)
    if (const auto* t = std::get_if<TextArt>(&a)) return *t;
  throw std::logic_error("a line without text");
}

// The text of a line's first box: the start of the first word set on it.
std::string first_box_text(const TextArt& art) {
  const auto& placed = art.line.boxes.front().box;
  const auto& run = art.list->runs.at(static_cast<std::size_t>(placed.run));
  return run.text().substr(static_cast<std::size_t>(placed.byte_begin),
                           static_cast<std::size_t>(placed.byte_end - placed.byte_begin));
}

TEST_F(ParagraphLinesTest, EachLineKnowsItsSourceAndFirstWord) {
  const auto words = numbered_words(120);
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  typeset::ParagraphText para;
  para.runs = {{text, {}}};
  para.loc = {"book/entries/a.md", {3, 1}};
  ParaFormat format;
  format.hyphenate = false;
  const auto lines = setter.lines(para, format);
  ASSERT_GE(lines.size(), 4u);
  int previous = -1;
  for (const VBox& line : lines) {
    const TextArt& art = text_art(line);
    EXPECT_EQ(art.source.path, "book/entries/a.md");
    EXPECT_EQ(art.source.pos.line, 3);
    ASSERT_GE(art.word, 0);
    ASSERT_LT(static_cast<std::size_t>(art.word), words.size());
    EXPECT_GT(art.word, previous);
    EXPECT_EQ(words[static_cast<std::size_t>(art.word)].rfind(first_box_text(art), 0), 0u)
        << "line starting with '" << first_box_text(art) << "' says word " << art.word;
    previous = art.word;
  }
  EXPECT_EQ(text_art(lines.front()).word, 0);
}

TEST_F(ParagraphLinesTest, LinesWithoutASourcePositionHaveNoWord) {
  typeset::ParagraphText para;
  para.runs = {{"A heading set without a position", {}}};
  const auto lines = setter.lines(para, ParaFormat{});
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(text_art(lines.front()).word, -1);
}

}  // namespace
