// Pages made from a list that grows while it is paginated are the pages of the whole list.
#include <gtest/gtest.h>

#include <sstream>

#include "layout/page_builder.h"
#include "layout/paragraph_lines.h"
#include "support/text_block.h"

using namespace quire::layout;
using quire::testing_support::id_of;
using quire::testing_support::tagged;
using quire::testing_support::text_block;

namespace {

// One entry as the body has it: a page break first (to a recto when it opens a chapter),
// its mark, then paragraphs with a footnote of `note_lines`, a table whose header repeats,
// and, near its end, a float of `float_lines` that may have to wait for the next page.
VList entry(int id, bool chapter, int lines, int note_lines, int float_lines) {
  VList out;
  out.emplace_back(PageBreak{chapter});
  Mark m;
  m.dest = "entry-" + std::to_string(id);
  m.chapter_start = chapter;
  m.chapter = chapter ? "Chapter " + std::to_string(id) : "";
  m.opening = chapter;
  out.emplace_back(MarkItem{m});
  int next = id * 1000;
  for (int k = 0; k < lines; ++k) {
    if (k > 0) out.emplace_back(VPenalty{0});
    out.emplace_back(tagged(next++));
    // A long note stands near the end, so that it runs on to the entry's last page.
    if (k == (note_lines > 10 ? lines - 2 : lines / 3) && note_lines > 0) {
      VInsert note;
      for (int n = 0; n < note_lines; ++n) note.lines.push_back(tagged(id * 1000 + 500 + n));
      out.emplace_back(std::move(note));
    }
    if (k == lines / 2) {
      out.emplace_back(VTableStart{tagged(id * 1000 + 700)});
      for (int r = 0; r < 6; ++r) {
        if (r > 0) out.emplace_back(VPenalty{0});
        out.emplace_back(tagged(id * 1000 + 710 + r));
      }
      out.emplace_back(VTableEnd{});
      out.emplace_back(VGlue{13});
    }
  }
  if (float_lines > 0) {
    VFloat f;
    for (int n = 0; n < float_lines; ++n) f.content.emplace_back(tagged(id * 1000 + 800 + n));
    out.emplace_back(std::move(f));
    for (int k = 0; k < 5; ++k) {
      out.emplace_back(VPenalty{0});
      out.emplace_back(tagged(next++));
    }
  }
  return out;
}

// Everything a page says, as text, so that two lists of pages compare in one assertion.
std::string describe(const std::vector<Page>& pages) {
  std::ostringstream out;
  for (const auto& p : pages) {
    out << (p.blank ? "blank" : "page") << (p.opening ? " opening" : "") << " [" << p.chapter << "]";
    for (const auto& b : p.boxes) out << ' ' << id_of(b) << '@' << b.baseline;
    out << " notes";
    for (const auto& b : p.notes) out << ' ' << id_of(b) << '@' << b.baseline;
    out << " marks";
    for (const auto& m : p.marks) out << ' ' << m.mark.dest << '@' << m.y;
    out << '\n';
  }
  return out.str();
}

struct Entry {
  int id, lines, note_lines, float_lines;
  bool chapter;
};

const std::vector<Entry> kEntries = {
    {1, 25, 3, 0, true},  {2, 14, 12, 4, false}, {3, 9, 0, 8, false}, {4, 30, 2, 0, true}, {8, 3, 0, 4, false},
    {5, 19, 14, 6, false}, {6, 3, 0, 0, true},   {7, 12, 4, 9, false},
};

TEST(PageStream, MakesThePagesOfTheWholeList) {
  const PageBuilder builder(text_block(12));
  VList whole;
  for (const auto& e : kEntries) {
    VList part = entry(e.id, e.chapter, e.lines, e.note_lines, e.float_lines);
    whole.insert(whole.end(), part.begin(), part.end());
  }
  const std::vector<Page> expected = builder.build(whole, 1);

  VStream stream;
  PageStream pages(builder, stream, 1);
  std::vector<Page> got;
  std::size_t before_last = 0;
  for (const auto& e : kEntries) {
    for (auto& item : entry(e.id, e.chapter, e.lines, e.note_lines, e.float_lines))
      stream.push_back(std::move(item));
    for (auto& p : pages.take(false)) got.push_back(std::move(p));
    if (e.id == kEntries.back().id - 1) before_last = got.size();
  }
  // Pages come out while the list is still growing, not all at the end.
  EXPECT_GT(before_last, expected.size() / 2);
  for (auto& p : pages.take(true)) got.push_back(std::move(p));
  EXPECT_EQ(describe(got), describe(expected));
  EXPECT_TRUE(pages.take(true).empty());
}

TEST(PageStream, HoldsBackAPageTheListDoesNotYetEnd) {
  const PageBuilder builder(text_block(12));
  VStream stream;
  PageStream pages(builder, stream, 1);
  for (auto& item : entry(1, true, 5, 0, 0)) stream.push_back(std::move(item));
  EXPECT_TRUE(pages.take(false).empty()) << "the page may yet hold more of the list";
  for (auto& item : entry(2, false, 5, 0, 0)) stream.push_back(std::move(item));
  const auto first = pages.take(false);
  ASSERT_EQ(first.size(), 1u);
  ASSERT_FALSE(first[0].boxes.empty());
  for (const auto& b : first[0].boxes) EXPECT_LT(id_of(b), 2000) << "the first entry's page";
  const auto rest = pages.take(true);
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(id_of(rest[0].boxes.front()), 2000);
}

TEST(PageStream, StopsPastTheMostPagesAsked) {
  const PageBuilder builder(text_block(12));
  VStream stream;
  for (int id = 1; id <= 6; ++id)
    for (auto& item : entry(id, false, 20, 0, 0)) stream.push_back(std::move(item));
  PageStream pages(builder, stream, 1);
  EXPECT_EQ(pages.take(true, 3).size(), 4u);
}

}  // namespace
