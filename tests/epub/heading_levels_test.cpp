#include "epub/heading_levels.h"

#include <gtest/gtest.h>

namespace quire::epub {
namespace {

model::Block heading(int level) { return model::Block{model::Heading{level, {}, "h"}, {}}; }

TEST(HeadingLevels, BelowTheTitleWithoutSkipping) {
  HeadingLevels levels;
  EXPECT_EQ(levels.next(1), 2);  // `#` sits under the entry title too
  EXPECT_EQ(levels.next(4), 3);
  EXPECT_EQ(levels.next(4), 4);
  EXPECT_EQ(levels.next(2), 2);
  EXPECT_EQ(levels.next(9), 3);
}

TEST(HeadingLevels, OutlineFollowsDocumentOrderIntoQuotations) {
  model::Blocks body{heading(3), model::Block{model::BlockQuote{{heading(2)}}, {}}, heading(4)};
  const auto outline = heading_outline(body);
  ASSERT_EQ(outline.size(), 3u);
  EXPECT_EQ(outline[0].level, 2);
  EXPECT_TRUE(outline[0].top_level);
  EXPECT_EQ(outline[1].level, 2);
  EXPECT_FALSE(outline[1].top_level);
  EXPECT_EQ(outline[2].level, 3);
}

}  // namespace
}  // namespace quire::epub
