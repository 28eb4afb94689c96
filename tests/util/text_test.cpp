#include "util/text.h"
#include "util/utf8.h"

#include <gtest/gtest.h>

using namespace quire;

TEST(Utf8, FindsFirstInvalidSequence) {
  EXPECT_EQ(util::find_invalid_utf8("plain ascii"), std::string_view::npos);
  EXPECT_EQ(util::find_invalid_utf8("caf\xc3\xa9 \xe6\x9d\x8e"), std::string_view::npos);
  EXPECT_EQ(util::find_invalid_utf8("ab\xff"), 2u);
  EXPECT_EQ(util::find_invalid_utf8("a\xc0\xaf"), 1u);         // overlong '/'
  EXPECT_EQ(util::find_invalid_utf8("a\xed\xa0\x80"), 1u);     // surrogate
  EXPECT_EQ(util::find_invalid_utf8("abc\xe6\x9d"), 3u);       // truncated
}

TEST(LineCol, CountsLinesAndBytes) {
  int line = 0, col = 0;
  util::line_col("ab\ncd\nef", 7, line, col);
  EXPECT_EQ(line, 3);
  EXPECT_EQ(col, 2);
}

TEST(Slugify, MakesFileNameSafeSlugs) {
  EXPECT_EQ(util::slugify("Minds and Machines"), "minds-and-machines");
  EXPECT_EQ(util::slugify("  Meta AI (FAIR) "), "meta-ai-fair");
  EXPECT_EQ(util::slugify("Ünïcode  -- title"), "Ünïcode-title");
}
