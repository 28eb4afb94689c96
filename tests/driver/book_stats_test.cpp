#include "driver/book_stats.h"

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::driver;

TEST(BookStats, CountsWords) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("  one "), 1u);
  EXPECT_EQ(count_words("two words\nand\tthree"), 4u);
  EXPECT_EQ(count_words("a - b ."), 2u);  // punctuation alone is no word
  EXPECT_EQ(count_words("caf\xc3\xa9 \xe2\x80\x94 na\xc3\xafve"), 2u);
}

TEST(BookStats, CountsEntriesChaptersWordsAndCitations) {
  model::Book book;
  book.chapters.resize(2);
  model::Entry entry;
  entry.title = "Alpha Lab";
  model::Citation cite;
  cite.items.resize(2);  // [@a; @b]
  model::Paragraph para;
  para.content.push_back({model::Text{"Founded in"}, {}});
  para.content.push_back({model::SoftBreak{}, {}});
  para.content.push_back({model::Emph{{{model::Text{"London"}, {}}}}, {}});
  para.content.push_back({model::Text{" in 2010."}, {}});
  para.content.push_back({cite, {}});
  entry.body.push_back({para, {}});
  entry.body.push_back({model::CodeBlock{"", "not counted at all"}, {}});
  model::Heading heading;
  heading.content.push_back({model::Text{"History"}, {}});
  entry.body.push_back({heading, {}});
  model::Note note;
  model::Paragraph note_para;
  note_para.content.push_back({model::Text{"A note."}, {}});
  note.content.push_back({note_para, {}});
  entry.notes.push_back(note);
  book.entries.push_back(entry);

  const auto stats = count_book(book);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_EQ(stats.chapters, 2u);
  // Alpha Lab | Founded in London in 2010. | History | A note.
  EXPECT_EQ(stats.words, 2u + 5u + 1u + 2u);
  EXPECT_EQ(stats.citations, 2u);
  EXPECT_EQ(stats.pages, 0u);
}
