// book.yaml's `number-figures` key: a boolean that asks for figures numbered per chapter.
#include "load/book_loader.h"

#include <gtest/gtest.h>

#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::dump;
using quire::testing::TempBook;

std::optional<model::Book> load_with(const std::string& line, Diagnostics& diags, TempBook& b) {
  b.write("book.yaml", "title: Figures\n" + line);
  b.entry("entries/one.md", "One");
  return load_book(b.dir(), diags);
}

TEST(BookConfig, NumberFiguresIsOffUnlessAsked) {
  TempBook b;
  Diagnostics diags;
  auto book = load_with("", diags, b);
  ASSERT_TRUE(book.has_value()) << dump(diags);
  EXPECT_FALSE(book->meta.number_figures);
}

TEST(BookConfig, NumberFiguresReadsABoolean) {
  for (const char* yes : {"true", "yes"}) {
    TempBook b;
    Diagnostics diags;
    auto book = load_with(std::string("number-figures: ") + yes + "\n", diags, b);
    ASSERT_TRUE(book.has_value()) << dump(diags);
    EXPECT_TRUE(diags.all().empty()) << dump(diags);
    EXPECT_TRUE(book->meta.number_figures) << yes;
  }
  TempBook b;
  Diagnostics diags;
  auto book = load_with("number-figures: false\n", diags, b);
  ASSERT_TRUE(book.has_value()) << dump(diags);
  EXPECT_FALSE(book->meta.number_figures);
}

TEST(BookConfig, NumberFiguresRejectsOtherValues) {
  TempBook b;
  Diagnostics diags;
  load_with("number-figures: sometimes\n", diags, b);
  ASSERT_EQ(diags.all().size(), 1u) << dump(diags);
  EXPECT_EQ(diags.all()[0].severity, Severity::Error);
  EXPECT_EQ(diags.all()[0].code, "bad-value");
  EXPECT_NE(diags.all()[0].message.find("'number-figures' must be true or false, not 'sometimes'"), std::string::npos);
  EXPECT_EQ(diags.all()[0].loc.pos.line, 2);
}

}  // namespace
}  // namespace quire::load
