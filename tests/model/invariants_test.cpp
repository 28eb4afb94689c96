// The model's invariants: a sound book passes them, and each check catches the broken book it
// is there for.
#include "model/invariants.h"

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::model;

namespace {

Inline text(const std::string& s, int line, int col) { return Inline{Text{s}, {line, col}}; }

Block paragraph(Inlines content, int line) { return Block{Paragraph{std::move(content)}, {line, 1}}; }

Block heading(const std::string& id, int line) {
  Heading h;
  h.content = {text("Title", line, 3)};
  h.id = id;
  return Block{h, {line, 1}};
}

// Two entries in one chapter: the first refers to its note and links to the second's heading.
Book sound_book() {
  Book book;
  Entry a;
  a.path = "entries/a.md";
  a.slug = "a";
  a.title = "A";
  Link link;
  link.content = {text("b", 5, 6)};
  link.target = "b.md#top";
  link.internal = true;
  link.entry_slug = "b";
  link.anchor = "top";
  a.body = {heading("start", 3),
            paragraph({text("See ", 5, 1), Inline{link, {5, 5}}, Inline{NoteRef{"n", 1}, {5, 12}}}, 5)};
  Note note;
  note.label = "n";
  note.number = 1;
  note.pos = {7, 1};
  note.content = {paragraph({text("A note.", 7, 7)}, 7)};
  a.notes.push_back(note);
  Entry b;
  b.path = "entries/b.md";
  b.slug = "b";
  b.title = "B";
  b.body = {heading("top", 1)};
  book.entries = {a, b};
  Chapter ch;
  ch.title = "Chapter";
  ch.id = "ch-chapter";
  ch.entries = {0, 1};
  book.chapters.push_back(ch);
  return book;
}

TEST(ModelInvariants, HoldForASoundBook) {
  EXPECT_EQ(invariant_violations(sound_book(), Stage::Read), std::vector<std::string>{});
  EXPECT_EQ(invariant_violations(sound_book(), Stage::Structured), std::vector<std::string>{});
}

TEST(ModelInvariants, SlugsAreUniqueAndSet) {
  Book book = sound_book();
  book.entries[1].slug = "a";
  EXPECT_FALSE(invariant_violations(book, Stage::Read).empty());
  book.entries[1].slug = "";
  EXPECT_FALSE(invariant_violations(book, Stage::Read).empty());
}

TEST(ModelInvariants, IdsAreUniqueInTheirEntry) {
  Book book = sound_book();
  book.entries[0].body.push_back(heading("start", 9));
  EXPECT_TRUE(invariant_violations(book, Stage::Read).empty());
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
}

TEST(ModelInvariants, NoteReferencesResolve) {
  Book book = sound_book();
  book.entries[0].notes.clear();
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
  // A book read with errors (an undefined note) still has its references numbered.
  EXPECT_TRUE(invariant_violations(book, Stage::Structured, false).empty());
  std::get<NoteRef>(std::get<Paragraph>(book.entries[0].body[1].node).content[2].node).number = 0;
  EXPECT_FALSE(invariant_violations(book, Stage::Structured, false).empty());
}

TEST(ModelInvariants, NotesAreNumberedInOrder) {
  Book book = sound_book();
  Note second = book.entries[0].notes[0];
  second.label = "m";
  book.entries[0].notes.push_back(second);  // numbered 1 again
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
}

TEST(ModelInvariants, InternalLinksNameSomethingInTheBook) {
  Book book = sound_book();
  book.entries[1].body[0] = heading("elsewhere", 1);
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
}

TEST(ModelInvariants, AnEntryIsInOneChapterAtMost) {
  Book book = sound_book();
  book.chapters.push_back(book.chapters[0]);
  book.chapters[1].id = "ch-other";
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
  book.chapters[1].entries = {2};
  EXPECT_FALSE(invariant_violations(book, Stage::Structured).empty());
  book.chapters[1].entries = {};
  EXPECT_TRUE(invariant_violations(book, Stage::Structured).empty());
}

}  // namespace
