#include "util/timestamps.h"

#include <gtest/gtest.h>

namespace quire::util {
namespace {

TEST(Timestamps, UtcFormats) {
  EXPECT_EQ(utc_date_time(1700000000), "2023-11-14T22:13:20Z");
  EXPECT_EQ(utc_date(1700000000), "2023-11-14");
  EXPECT_EQ(utc_year(1700000000), 2023);
  EXPECT_EQ(utc_date_time(0), "1970-01-01T00:00:00Z");
}

}  // namespace
}  // namespace quire::util
