// Glob patterns of chapter lists: matching, natural order, staying inside the book.
#include "load/globs.h"

#include <gtest/gtest.h>

#include "temp_book.h"

namespace quire::load {
namespace {

using quire::testing::TempBook;
using Files = std::vector<std::string>;

TEST(Globs, NaturalOrderComparesDigitRunsAsNumbers) {
  EXPECT_TRUE(natural_less("1-2 b.md", "1-10 a.md"));
  EXPECT_TRUE(natural_less("11-1.md", "11-2.md"));
  EXPECT_TRUE(natural_less("11-2.md", "11-10.md"));
  EXPECT_TRUE(natural_less("ch/9-x/a.md", "ch/10-x/a.md"));
  EXPECT_TRUE(natural_less("a/z.md", "a-b/a.md"));  // per component: "a" before "a-b"
  EXPECT_FALSE(natural_less("a.md", "a.md"));
  EXPECT_TRUE(natural_less("01.md", "1.md") != natural_less("1.md", "01.md"));  // total
}

TEST(Globs, ExpandsStarsClassesAndDoubleStarInNaturalOrder) {
  TempBook b;
  for (const char* f : {"ch/1-a/1-0 x.md", "ch/1-a/1-10 z.md", "ch/1-a/1-2 y.md", "ch/10-b/10-0.md",
                        "ch/2-c/2-0.md", "ch/2-c/notes.txt", "ch/2-c/.hidden.md", "ch/.draft/3.md", "top.md"})
    b.write(f, "x");
  EXPECT_EQ(
      expand_glob(b.dir(), "ch/*/*.md"),
      (Files{"ch/1-a/1-0 x.md", "ch/1-a/1-2 y.md", "ch/1-a/1-10 z.md", "ch/2-c/2-0.md", "ch/10-b/10-0.md"}));
  EXPECT_EQ(expand_glob(b.dir(), "ch/[12]-*/?-0*.md"), (Files{"ch/1-a/1-0 x.md", "ch/2-c/2-0.md"}));
  EXPECT_EQ(expand_glob(b.dir(), "**/*-0.md"), (Files{"ch/2-c/2-0.md", "ch/10-b/10-0.md"}));
  EXPECT_EQ(expand_glob(b.dir(), "**/top.md"), (Files{"top.md"}));
  EXPECT_EQ(expand_glob(b.dir(), "ch/1-a/1-2 y.md"), (Files{"ch/1-a/1-2 y.md"}));
  EXPECT_TRUE(expand_glob(b.dir(), "nothing/*.md").empty());
}

TEST(Globs, NeverLeavesTheBook) {
  TempBook b;
  b.write("in/a.md", "x");
  EXPECT_TRUE(expand_glob(b.dir() + "/in", "../in/*.md").empty());
  EXPECT_TRUE(expand_glob(b.dir(), "/etc/*").empty());
}

}  // namespace
}  // namespace quire::load
