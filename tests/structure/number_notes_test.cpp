#include "structure/number_notes.h"

#include <gtest/gtest.h>

#include "structure/model_builders.h"

using namespace quire;

namespace {
model::Note note(std::string label) {
  model::Note n;
  n.label = std::move(label);
  n.content = {test::para({test::text("note " + n.label)})};
  n.pos = {9, 1};
  return n;
}
}  // namespace

TEST(NumberNotes, NumbersInOrderOfFirstReference) {
  model::Book book;
  auto e = test::entry("a", {test::para({test::note_ref("z"), test::note_ref("a"), test::note_ref("z")})});
  e.notes = {note("a"), note("z")};
  book.entries.push_back(std::move(e));
  Diagnostics diags;
  structure::number_notes(book, diags);
  EXPECT_TRUE(diags.all().empty());
  const auto& p = std::get<model::Paragraph>(book.entries[0].body[0].node);
  EXPECT_EQ(std::get<model::NoteRef>(p.content[0].node).number, 1);
  EXPECT_EQ(std::get<model::NoteRef>(p.content[1].node).number, 2);
  EXPECT_EQ(std::get<model::NoteRef>(p.content[2].node).number, 1);
  ASSERT_EQ(book.entries[0].notes.size(), 2u);
  EXPECT_EQ(book.entries[0].notes[0].label, "z");
  EXPECT_EQ(book.entries[0].notes[0].number, 1);
  EXPECT_EQ(book.entries[0].notes[1].label, "a");
}

TEST(NumberNotes, ReportsUndefinedAndUnusedNotes) {
  model::Book book;
  auto e = test::entry("a", {test::para({test::note_ref("missing", {4, 7})})});
  e.notes = {note("unused")};
  book.entries.push_back(std::move(e));
  Diagnostics diags;
  structure::number_notes(book, diags);
  ASSERT_EQ(diags.all().size(), 2u);
  EXPECT_EQ(format_diagnostic(diags.all()[0]),
            "book/entries/a.md:4:7: error: footnote 'missing' is referenced but never defined [undefined-note]");
  EXPECT_EQ(diags.all()[1].severity, Severity::Warning);
  EXPECT_EQ(diags.all()[1].loc.pos.line, 9);
  EXPECT_TRUE(book.entries[0].notes.empty());
}

TEST(NumberNotes, NumbersRunOnThroughAChapterAndRestartInTheNext) {
  model::Book book;
  for (const char* slug : {"a", "b", "c", "loose"}) {
    auto e = test::entry(slug, {test::para({test::note_ref("x"), test::note_ref("y")})});
    e.notes = {note("y"), note("x")};
    book.entries.push_back(std::move(e));
  }
  model::Chapter one;
  one.entries = {1, 0};  // reading order: b, then a
  model::Chapter two;
  two.entries = {2};
  book.chapters = {one, two};
  Diagnostics diags;
  structure::number_notes(book, diags);
  EXPECT_TRUE(diags.all().empty());
  auto numbers = [&](std::size_t e) {
    const auto& p = std::get<model::Paragraph>(book.entries[e].body[0].node);
    return std::vector<int>{std::get<model::NoteRef>(p.content[0].node).number,
                            std::get<model::NoteRef>(p.content[1].node).number};
  };
  EXPECT_EQ(numbers(1), (std::vector<int>{1, 2}));
  EXPECT_EQ(numbers(0), (std::vector<int>{3, 4}));
  EXPECT_EQ(numbers(2), (std::vector<int>{1, 2}));
  EXPECT_EQ(numbers(3), (std::vector<int>{1, 2}));  // in no chapter: on its own
  ASSERT_EQ(book.entries[0].notes.size(), 2u);
  EXPECT_EQ(book.entries[0].notes[0].label, "x");
  EXPECT_EQ(book.entries[0].notes[0].number, 3);
  EXPECT_EQ(book.entries[0].notes[1].number, 4);
}
