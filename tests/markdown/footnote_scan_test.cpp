#include "markdown/footnote_scan.h"

#include <gtest/gtest.h>

namespace quire::markdown {
namespace {

TEST(FootnoteScan, FindsDefinitionLines) {
  auto found = scan_footnote_definitions("Text[^a].\n\n[^a]: Note.\n  [^b-2]: Other.\n> [^q]: Quoted.\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].label, "a");
  EXPECT_EQ(found[0].line, 3);
  EXPECT_EQ(found[0].col, 1);
  EXPECT_EQ(found[1].label, "b-2");
  EXPECT_EQ(found[1].line, 4);
  EXPECT_EQ(found[1].col, 3);
  EXPECT_EQ(found[2].label, "q");
  EXPECT_EQ(found[2].line, 5);
  EXPECT_EQ(found[2].col, 3);
}

TEST(FootnoteScan, IgnoresReferencesAndMalformedMarkers) {
  EXPECT_TRUE(scan_footnote_definitions("See [^a]: not at line start\n").empty());
  EXPECT_TRUE(scan_footnote_definitions("[^a] no colon\n[^]: empty\n[^a b]: space\n").empty());
  EXPECT_TRUE(scan_footnote_definitions("").empty());
}

TEST(FootnoteScan, LastLineWithoutNewline) {
  auto found = scan_footnote_definitions("x\n[^end]: last");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].label, "end");
  EXPECT_EQ(found[0].line, 2);
}

}  // namespace
}  // namespace quire::markdown
