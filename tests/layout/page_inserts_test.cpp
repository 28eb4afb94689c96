// The page builder with footnotes, floats and tables whose header repeats.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout/book_pages.h"
#include "layout/page_builder.h"
#include "layout/paragraph_lines.h"
#include "support/text_block.h"

using namespace quire::layout;
using quire::testing_support::id_of;
using quire::testing_support::tagged;
using quire::testing_support::text_block;

namespace {

// A note of `count` lines set on 13 pt, ids id, id + 1, ...
VInsert note(int id, int count, const std::string& dest = "") {
  VInsert n;
  n.dest = dest;
  for (int k = 0; k < count; ++k) n.lines.push_back(tagged(id + k));
  return n;
}

// Lines `from` to `to` - 1 as one paragraph, free to break anywhere.
void lines(VList& list, int from, int to) {
  for (int k = from; k < to; ++k) {
    if (k > from) list.emplace_back(VPenalty{0});
    list.emplace_back(tagged(k));
  }
}

bool on_page(const Page& p, int id) {
  for (const auto& b : p.boxes)
    if (id_of(b) == id) return true;
  return false;
}

bool note_on_page(const Page& p, int id) {
  for (const auto& b : p.notes)
    if (id_of(b) == id) return true;
  return false;
}

TEST(PageInserts, ANoteLowersThePageGoalAndSitsAtTheFoot) {
  VList list;
  lines(list, 0, 3);
  list.emplace_back(note(500, 2, "note-a-1"));
  list.emplace_back(VPenalty{0});
  lines(list, 3, 20);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_GE(pages.size(), 2u);
  // Two note lines and their skip take three lines of text: seven remain.
  EXPECT_EQ(pages[0].boxes.size(), 7u);
  ASSERT_EQ(pages[0].notes.size(), 2u);
  EXPECT_EQ(id_of(pages[0].notes[0]), 500);
  EXPECT_EQ(id_of(pages[0].notes[1]), 501);
  const PageGeometry g = text_block(10);
  EXPECT_DOUBLE_EQ(pages[0].notes[1].baseline, g.text_height - line_depth(13));
  EXPECT_DOUBLE_EQ(pages[0].notes_top, g.text_height - 26);
  EXPECT_LT(pages[0].boxes.back().baseline + g.depth + g.note_skip, pages[0].notes_top + 1e-6);
  EXPECT_TRUE(pages[1].notes.empty());
  bool dest = false;
  for (const auto& m : pages[0].marks) dest |= m.mark.dest == "note-a-1";
  EXPECT_TRUE(dest);
}

TEST(PageInserts, AReferenceNeverLandsOnAPageWithoutItsNote) {
  // A reference on each line in turn: its note is always on the reference's page.
  for (int at = 0; at < 14; ++at) {
    VList list;
    lines(list, 0, at + 1);
    list.emplace_back(note(500, 3));
    list.emplace_back(VPenalty{0});
    lines(list, at + 1, 16);
    const auto pages = PageBuilder(text_block(10)).build(list);
    int ref_page = -1, note_page = -1;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (on_page(pages[p], at)) ref_page = static_cast<int>(p);
      if (note_on_page(pages[p], 500)) note_page = static_cast<int>(p);
      EXPECT_LE(pages[p].boxes.size(), 10u);
    }
    EXPECT_EQ(ref_page, note_page) << "reference on line " << at;
    EXPECT_GE(ref_page, 0);
  }
}

TEST(PageInserts, ALongNoteContinuesAtTheFootOfTheNextPage) {
  VList list;
  lines(list, 0, 6);
  list.emplace_back(note(500, 8));
  list.emplace_back(VPenalty{0});
  lines(list, 6, 20);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_GE(pages.size(), 2u);
  EXPECT_TRUE(on_page(pages[0], 5));
  ASSERT_FALSE(pages[0].notes.empty());
  ASSERT_FALSE(pages[1].notes.empty());
  EXPECT_EQ(id_of(pages[0].notes.front()), 500);
  // The rest of the note opens the next page's notes, in order, nothing lost or repeated.
  const int split = id_of(pages[0].notes.back()) + 1;
  EXPECT_LT(split, 508);
  EXPECT_EQ(id_of(pages[1].notes.front()), split);
  EXPECT_EQ(pages[0].notes.size() + pages[1].notes.size(), 8u);
  // The page with the note's start is full: text and notes reach the foot.
  const PageGeometry g = text_block(10);
  EXPECT_DOUBLE_EQ(pages[0].notes.back().baseline, g.text_height - line_depth(13));
}

VFloat figure(int id, double height) {
  VFloat f;
  VBox image;
  image.height = height;
  image.art.push_back(RuleArt{0, 0, static_cast<double>(id), 0, 0});
  f.content.emplace_back(std::move(image));
  f.content.emplace_back(VGlue{5});
  f.content.emplace_back(tagged(id + 1, 11));  // the caption
  return f;
}

TEST(PageInserts, AFloatThatFitsStaysWhereItIs) {
  VList list;
  lines(list, 0, 2);
  list.emplace_back(VGlue{6});
  list.emplace_back(figure(900, 30));
  list.emplace_back(VGlue{6});
  lines(list, 2, 5);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 1u);
  ASSERT_EQ(pages[0].boxes.size(), 7u);
  EXPECT_EQ(id_of(pages[0].boxes[2]), 900);
  EXPECT_EQ(id_of(pages[0].boxes[4]), 2);
}

TEST(PageInserts, AFloatThatDoesNotFitGoesToTheTopOfTheNextPageWhileTheTextGoesOn) {
  VList list;
  lines(list, 0, 6);
  list.emplace_back(VGlue{6});
  list.emplace_back(figure(900, 50));
  list.emplace_back(VGlue{6});
  lines(list, 6, 12);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 2u);
  // The text after the figure fills the first page: no gap is left where the figure stood.
  EXPECT_EQ(pages[0].boxes.size(), 9u);
  EXPECT_TRUE(on_page(pages[0], 8));
  EXPECT_FALSE(on_page(pages[0], 900));
  ASSERT_EQ(pages[1].boxes.size(), 5u);
  EXPECT_EQ(id_of(pages[1].boxes[0]), 900);
  EXPECT_EQ(id_of(pages[1].boxes[1]), 901);  // the caption with its image
  EXPECT_DOUBLE_EQ(pages[1].boxes[0].baseline, 50);
  EXPECT_EQ(id_of(pages[1].boxes[2]), 9);
  EXPECT_GT(pages[1].boxes[2].baseline, pages[1].boxes[1].baseline + 13);
}

TEST(PageInserts, AHeldFloatNeverPassesAForcedPageBreak) {
  VList list;
  lines(list, 0, 8);
  list.emplace_back(VGlue{6});
  list.emplace_back(figure(900, 80));
  list.emplace_back(VGlue{6});
  lines(list, 8, 9);
  list.emplace_back(PageBreak{false});
  lines(list, 100, 103);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_TRUE(on_page(pages[0], 8));
  EXPECT_TRUE(on_page(pages[1], 900));
  EXPECT_FALSE(on_page(pages[1], 100));
  EXPECT_EQ(id_of(pages[2].boxes[0]), 100);
}

// Four lines, a table (header 700, rows 800-819) that runs over pages of 10 lines, 16 lines.
void lines_and_long_table(VList& list) {
  lines(list, 0, 4);
  list.emplace_back(VGlue{6});
  list.emplace_back(VTableStart{tagged(700)});
  list.emplace_back(tagged(700));
  for (int r = 0; r < 20; ++r) {
    list.emplace_back(VPenalty{r == 0 ? kNever : 0});
    list.emplace_back(tagged(800 + r));
  }
  list.emplace_back(VTableEnd{});
  list.emplace_back(VGlue{6});
  lines(list, 4, 20);
}

TEST(PageInserts, ATableHeaderIsSetAgainOnEveryPageTheTableContinuesOnto) {
  VList list;
  lines_and_long_table(list);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_GE(pages.size(), 3u);
  int rows = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& b : pages[p].boxes) rows += id_of(b) >= 800 && id_of(b) < 820;
    const bool has_rows = on_page(pages[p], 800) ||
                          std::any_of(pages[p].boxes.begin(), pages[p].boxes.end(),
                                      [](const PlacedBox& b) { return id_of(b) > 800 && id_of(b) < 820; });
    if (p > 0 && has_rows) {
      EXPECT_EQ(id_of(pages[p].boxes[0]), 700) << "page " << p;
      EXPECT_GE(id_of(pages[p].boxes[1]), 800) << "page " << p;
    }
  }
  EXPECT_EQ(rows, 20);  // every row once
  // After the table the header is not repeated.
  const Page& last = pages.back();
  EXPECT_NE(id_of(last.boxes[0]), 700);
}

TEST(PageInserts, EachBoxIsReleasedAfterTheLastPageThatShowsIt) {
  BookPages book;
  VList list;
  lines_and_long_table(list);
  book.body.assign(list.begin(), list.end());
  const PageBuilder builder(text_block(10));
  book.body_pages = PageStream(builder, book.body).take(true);
  for (const Page& page : book.body_pages) book.pages.push_back(PrintedPage{.page = &page});
  ASSERT_GE(book.pages.size(), 3u);

  const auto done = boxes_last_shown(book);
  ASSERT_EQ(done.size(), book.pages.size());
  const VBox* header = nullptr;  // the copy set again at the top of each continuation page
  for (const auto& item : book.body)
    if (const auto* t = std::get_if<VTableStart>(&item)) header = &t->header;
  ASSERT_NE(header, nullptr);
  std::size_t header_released_on = done.size();
  std::size_t last_header_page = 0;
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    for (const auto& placed : book.body_pages[p].boxes) {
      if (placed.box == header) last_header_page = p;
      // Every box shown here is released here or later, never before.
      for (std::size_t q = 0; q < p; ++q)
        EXPECT_EQ(std::count(done[q].begin(), done[q].end(), placed.box), 0) << "page " << p;
    }
    for (const VBox* box : done[p])
      if (box == header) header_released_on = p;
  }
  // The repeated header goes with the last page it heads, not the first.
  EXPECT_GT(last_header_page, 0u);
  EXPECT_EQ(header_released_on, last_header_page);
  std::size_t released = 0;
  for (const auto& d : done) released += d.size();
  std::size_t distinct = 0;
  std::vector<const VBox*> seen;
  for (const Page& page : book.body_pages)
    for (const auto& placed : page.boxes)
      if (std::find(seen.begin(), seen.end(), placed.box) == seen.end()) {
        seen.push_back(placed.box);
        ++distinct;
      }
  EXPECT_EQ(released, distinct);  // each box once
}

}  // namespace
