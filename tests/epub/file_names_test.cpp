#include "epub/file_names.h"

#include <gtest/gtest.h>

namespace quire::epub {
namespace {

TEST(FileNames, PortableNames) {
  EXPECT_EQ(portable_name("meta-ai", "x"), "meta-ai");
  EXPECT_EQ(portable_name("Caf\xC3\xA9 au lait", "x"), "Caf-au-lait");
  EXPECT_EQ(portable_name("  ..", "entry"), "entry");
  EXPECT_EQ(portable_name("v1.2_final", "x"), "v1.2_final");
}

TEST(FileNames, AllocatorKeepsNamesUniqueIgnoringCase) {
  NameAllocator names;
  EXPECT_EQ(names.allocate("cover", "xhtml"), "cover.xhtml");
  EXPECT_EQ(names.allocate("cover", "xhtml"), "cover-2.xhtml");
  EXPECT_EQ(names.allocate("Cover", "xhtml"), "Cover-3.xhtml");
  EXPECT_EQ(names.allocate("cover", "png"), "cover.png");
}

}  // namespace
}  // namespace quire::epub
