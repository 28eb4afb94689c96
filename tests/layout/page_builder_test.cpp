#include "layout/page_builder.h"

#include <gtest/gtest.h>

#include "layout/paragraph_lines.h"
#include "support/text_block.h"

using namespace quire::layout;
using quire::testing_support::id_of;
using quire::testing_support::tagged;
using quire::testing_support::text_block;

namespace {

VBox line(int id) { return tagged(id); }

// Paragraphs of the given line counts, ids 1000 * paragraph + line.
VList paragraphs(const std::vector<int>& counts) {
  VList list;
  for (std::size_t p = 0; p < counts.size(); ++p) {
    if (p > 0) list.emplace_back(VGlue{0});
    std::vector<VBox> lines;
    for (int i = 0; i < counts[p]; ++i) lines.push_back(line(static_cast<int>(p) * 1000 + i));
    append_lines(list, std::move(lines));
  }
  return list;
}

TEST(PageBuilder, FillsPagesToTheLimit) {
  const VList list = paragraphs({10, 10, 10});
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 3u);
  for (const auto& p : pages) EXPECT_EQ(p.boxes.size(), 10u);
  EXPECT_DOUBLE_EQ(pages[0].boxes[0].baseline, line_height(13));
  EXPECT_DOUBLE_EQ(pages[0].boxes[9].baseline, line_height(13) + 9 * 13);
}

TEST(PageBuilder, NeverLeavesAWidowOrAnOrphan) {
  // Every split of a paragraph across pages keeps at least two lines on each side.
  for (int first = 1; first <= 12; ++first)
    for (int second = 2; second <= 12; ++second) {
      const VList list = paragraphs({first, second, 7});
      const auto pages = PageBuilder(text_block(10)).build(list);
      const int counts[] = {first, second, 7};
      for (std::size_t i = 0; i + 1 < pages.size(); ++i) {
        ASSERT_FALSE(pages[i].boxes.empty());
        const int bottom = id_of(pages[i].boxes.back());
        const int top = id_of(pages[i + 1].boxes.front());
        if (bottom / 1000 != top / 1000) continue;  // the break falls between paragraphs
        EXPECT_GE(bottom % 1000, 1) << "orphan: " << first << "/" << second << " page " << i;
        EXPECT_GE(counts[top / 1000] - top % 1000, 2) << "widow: " << first << "/" << second << " page " << i;
      }
    }
}

TEST(PageBuilder, RunsAPageShortRatherThanLeaveAWidow) {
  // 11 lines on 10-line pages: 10 + 1 would widow the last line; 9 + 2 is chosen.
  const auto pages = PageBuilder(text_block(10)).build(paragraphs({11}));
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].boxes.size(), 9u);
  EXPECT_EQ(pages[1].boxes.size(), 2u);
}

TEST(PageBuilder, KeepsAHeadingWithTheNextTwoLines) {
  VList list = paragraphs({8});
  list.emplace_back(VGlue{13});
  Mark mark;
  mark.dest = "section";
  list.emplace_back(mark);
  list.emplace_back(line(5000));  // the heading
  list.emplace_back(VPenalty{kNever});
  list.emplace_back(VGlue{0});
  std::vector<VBox> lines;
  for (int i = 0; i < 6; ++i) lines.push_back(line(6000 + i));
  append_lines(list, std::move(lines));
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 2u);
  // 8 + heading + 1 line would fit on the first page, but the heading goes over with both lines.
  EXPECT_EQ(pages[0].boxes.size(), 8u);
  EXPECT_EQ(id_of(pages[1].boxes[0]), 5000);
  ASSERT_EQ(pages[1].marks.size(), 1u);
  EXPECT_EQ(pages[1].marks[0].mark.dest, "section");
  EXPECT_TRUE(pages[0].marks.empty());
}

TEST(PageBuilder, OpensRectoPagesWithABlankVersoWhenNeeded) {
  VList list;
  auto chapter = [&list](const std::string& title, int lines) {
    list.emplace_back(PageBreak{true});
    Mark m;
    m.chapter_start = true;
    m.chapter = title;
    m.opening = true;
    list.emplace_back(m);
    std::vector<VBox> boxes;
    for (int i = 0; i < lines; ++i) boxes.push_back(line(i));
    append_lines(list, std::move(boxes));
  };
  chapter("One", 4);   // page 1
  chapter("Two", 14);  // blank page 2, pages 3-4
  chapter("Three", 3); // page 5
  const auto pages = PageBuilder(text_block(10)).build(list, 1);
  ASSERT_EQ(pages.size(), 5u);
  EXPECT_FALSE(pages[0].blank);
  EXPECT_TRUE(pages[0].opening);
  EXPECT_TRUE(pages[1].blank);
  EXPECT_TRUE(pages[2].opening);
  EXPECT_EQ(pages[2].chapter, "Two");
  EXPECT_FALSE(pages[3].opening);
  EXPECT_EQ(pages[3].chapter, "Two");
  EXPECT_TRUE(pages[4].opening);
  EXPECT_EQ(pages[4].chapter, "Three");
}

TEST(PageBuilder, ANewPageWithoutRectoDoesNotInsertBlanks) {
  VList list = paragraphs({3});
  list.emplace_back(PageBreak{false});
  for (auto& item : paragraphs({3})) list.push_back(std::move(item));
  const auto pages = PageBuilder(text_block(10)).build(list, 1);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(pages[1].blank);
}

TEST(PageBuilder, BoxTallerThanThePageStillGetsAPage) {
  VList list;
  VBox tall;
  tall.height = 1000;
  list.emplace_back(tall);
  for (auto& item : paragraphs({3})) list.push_back(std::move(item));
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].boxes.size(), 1u);
}

}  // namespace
