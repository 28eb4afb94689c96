#include "license/attribution.h"

#include <gtest/gtest.h>

#include "license/licenses.h"

namespace quire::license {
namespace {

TEST(Attribution, JoinsNames) {
  EXPECT_EQ(join_names({}), "");
  EXPECT_EQ(join_names({"Ada"}), "Ada");
  EXPECT_EQ(join_names({"Ada", "Bo"}), "Ada and Bo");
  EXPECT_EQ(join_names({"Ada", "Bo", "Cy"}), "Ada, Bo and Cy");
}

TEST(Attribution, Notices) {
  EXPECT_EQ(copyright_notice(2023, {"Ada", "Bo"}), "\u00A9 2023 Ada and Bo");
  EXPECT_EQ(copyright_notice(2023, {}), "\u00A9 2023");
  EXPECT_EQ(license_sentence("This work", *license::lookup("CC-BY-4.0")),
            "This work is licensed under the Creative Commons Attribution 4.0 International License.");
  EXPECT_EQ(license_sentence("This work", model::License{}), "");
}

}  // namespace
}  // namespace quire::license
