// The page builder's invariants: what it makes passes them, and each check catches the
// broken page it is there for.
#include "layout/page_invariants.h"

#include <gtest/gtest.h>

#include "layout/page_fill.h"
#include "support/text_block.h"

using namespace quire::layout;
using quire::testing_support::tagged;
using quire::testing_support::text_block;

namespace {

VList numbered_lines(int count) {
  VList list;
  for (int k = 0; k < count; ++k) {
    if (k > 0) list.emplace_back(VPenalty{0});
    list.emplace_back(tagged(k));
  }
  return list;
}

// The page made of `list` whole, as the builder would set it, and the carry after it.
struct Made {
  Page page;
  PageCarry after;
};

Made first_page(const VList& list) {
  Made m;
  m.page = PageBuilder(text_block(10)).build(list).at(0);
  m.after.i = list.size();
  return m;
}

TEST(PageInvariants, HoldForWhatTheBuilderMakes) {
  VList list = numbered_lines(25);
  VInsert note;
  note.lines = {tagged(100), tagged(101)};
  list.insert(list.begin() + 3, note);
  const auto pages = PageBuilder(text_block(10)).build(list);
  ASSERT_GE(pages.size(), 3u);
  for (const Page& p : pages) EXPECT_EQ(page_violations(p, text_block(10)), std::vector<std::string>{});
}

TEST(PageInvariants, ABlankPageHoldsNothing) {
  const VList list = numbered_lines(1);
  Page p = first_page(list).page;
  p.blank = true;
  EXPECT_EQ(page_violations(p, text_block(10)).size(), 1u);
}

TEST(PageInvariants, BoxesRunDownThePage) {
  const VList list = numbered_lines(3);
  Page p = first_page(list).page;
  std::swap(p.boxes[0].baseline, p.boxes[1].baseline);
  EXPECT_FALSE(page_violations(p, text_block(10)).empty());
}

TEST(PageInvariants, TextStaysAboveTheNotesUnlessOverfull) {
  const VList list = numbered_lines(3);
  Page p = first_page(list).page;
  p.boxes.back().baseline = text_block(10).text_height;
  EXPECT_FALSE(page_violations(p, text_block(10)).empty());
  p.overfull = true;
  EXPECT_TRUE(page_violations(p, text_block(10)).empty());
}

TEST(PageInvariants, NotesStackToTheFootOfTheTextBlock) {
  VList list = numbered_lines(2);
  VInsert note;
  note.lines = {tagged(100), tagged(101)};
  list.insert(list.begin() + 1, note);
  Page p = first_page(list).page;
  ASSERT_EQ(p.notes.size(), 2u);
  EXPECT_TRUE(page_violations(p, text_block(10)).empty());
  p.notes_top -= 1;
  EXPECT_FALSE(page_violations(p, text_block(10)).empty());
}

TEST(PageInvariants, EveryLineOfThePageIsSetOnceInOrder) {
  const VList list = numbered_lines(3);
  const Made m = first_page(list);
  EXPECT_TRUE(step_violations(list, 0, m.page, m.after).empty());

  Page lost = m.page;
  lost.boxes.erase(lost.boxes.begin() + 1);
  EXPECT_FALSE(step_violations(list, 0, lost, m.after).empty());

  Page twice = m.page;
  twice.boxes.push_back(twice.boxes.front());
  EXPECT_FALSE(step_violations(list, 0, twice, m.after).empty());

  Page swapped = m.page;
  std::swap(swapped.boxes[0], swapped.boxes[2]);
  EXPECT_FALSE(step_violations(list, 0, swapped, m.after).empty());

  PageCarry back = m.after;
  back.i = 0;
  EXPECT_FALSE(step_violations(list, 2, m.page, back).empty());
}

TEST(PageInvariants, ANoteBeginsOnItsPageOrIsCarriedWhole) {
  VList list = numbered_lines(2);
  VInsert note;
  note.lines = {tagged(100), tagged(101)};
  list.insert(list.begin() + 1, note);
  Made m = first_page(list);
  EXPECT_TRUE(step_violations(list, 0, m.page, m.after).empty());
  m.page.notes.clear();
  EXPECT_FALSE(step_violations(list, 0, m.page, m.after).empty());
  m.after.carried.push_back({&std::get<VInsert>(list[1]), 0, 2});
  EXPECT_TRUE(step_violations(list, 0, m.page, m.after).empty());
}

}  // namespace
