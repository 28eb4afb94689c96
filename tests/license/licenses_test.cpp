#include "license/licenses.h"

#include <gtest/gtest.h>

using namespace quire;

TEST(Licenses, DefaultLicenseReadsAsTheDeedSays) {
  auto l = license::lookup("CC-BY-SA-4.0");
  ASSERT_TRUE(l);
  EXPECT_EQ(l->url, "https://creativecommons.org/licenses/by-sa/4.0/");
  EXPECT_EQ(license::licensed_under(*l),
            "licensed under the Creative Commons Attribution-ShareAlike 4.0 International License");
  EXPECT_FALSE(license::lookup("GPL-3.0"));
  EXPECT_EQ(license::known_ids().front(), "CC-BY-SA-4.0");
}
