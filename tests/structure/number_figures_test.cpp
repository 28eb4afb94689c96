#include "structure/number_figures.h"

#include <gtest/gtest.h>

#include "structure/model_builders.h"

using namespace quire;

namespace {

model::Block figure(std::string src) {
  model::Figure f;
  f.image.src = std::move(src);
  f.caption = {test::text("caption")};
  return {std::move(f), {3, 1}};
}

const std::string& number_of(const model::Block& b) { return std::get<model::Figure>(b.node).number; }

// Two chapters: the first holds entries a and b, the second entry c.
model::Book two_chapters() {
  model::Book book;
  model::BlockQuote quote;
  quote.content = {figure("q.png")};
  book.entries.push_back(test::entry("a", {figure("a1.png"), test::para({test::text("x")}), figure("a2.png")}));
  book.entries.push_back(test::entry("b", {{std::move(quote), {5, 1}}}));
  book.entries.push_back(test::entry("c", {figure("c1.png")}));
  model::Chapter one, two;
  one.entries = {1, 0};  // reading order differs from load order
  two.entries = {2};
  book.chapters = {one, two};
  return book;
}

}  // namespace

TEST(NumberFigures, NumbersPerChapterInReadingOrder) {
  model::Book book = two_chapters();
  book.meta.number_figures = true;
  structure::number_figures(book);
  const auto& quote = std::get<model::BlockQuote>(book.entries[1].body[0].node);
  EXPECT_EQ(number_of(quote.content[0]), "1.1");
  EXPECT_EQ(number_of(book.entries[0].body[0]), "1.2");
  EXPECT_EQ(number_of(book.entries[0].body[2]), "1.3");
  EXPECT_EQ(number_of(book.entries[2].body[0]), "2.1");
}

TEST(NumberFigures, LeavesFiguresUnnumberedUnlessTheBookAsks) {
  model::Book book = two_chapters();
  structure::number_figures(book);
  EXPECT_EQ(number_of(book.entries[0].body[0]), "");
  EXPECT_EQ(number_of(book.entries[2].body[0]), "");
}
