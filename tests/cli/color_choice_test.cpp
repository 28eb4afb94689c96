#include "cli/color_choice.h"

#include <gtest/gtest.h>

using namespace quire::cli;

TEST(ColorChoice, AutoColoursOnlyATerminalWithoutNoColor) {
  EXPECT_TRUE(use_color(ColorMode::Auto, true, nullptr, "xterm-256color"));
  EXPECT_TRUE(use_color(ColorMode::Auto, true, nullptr, nullptr));
  EXPECT_FALSE(use_color(ColorMode::Auto, false, nullptr, "xterm"));  // a file or a pipe
  EXPECT_FALSE(use_color(ColorMode::Auto, true, "1", "xterm"));
  EXPECT_FALSE(use_color(ColorMode::Auto, true, "anything", "xterm"));
  EXPECT_TRUE(use_color(ColorMode::Auto, true, "", "xterm"));  // set but empty does not count
  EXPECT_FALSE(use_color(ColorMode::Auto, true, nullptr, "dumb"));
}

TEST(ColorChoice, ExplicitModesWin) {
  EXPECT_TRUE(use_color(ColorMode::Always, false, nullptr, nullptr));
  EXPECT_TRUE(use_color(ColorMode::Always, false, "1", "dumb"));
  EXPECT_FALSE(use_color(ColorMode::Never, true, nullptr, "xterm"));
}

TEST(ColorChoice, ParsesTheFlagsValues) {
  EXPECT_EQ(parse_color_mode("auto"), ColorMode::Auto);
  EXPECT_EQ(parse_color_mode("always"), ColorMode::Always);
  EXPECT_EQ(parse_color_mode("never"), ColorMode::Never);
  EXPECT_FALSE(parse_color_mode("yes"));
  EXPECT_TRUE(terminal_can_redraw(true, "xterm"));
  EXPECT_FALSE(terminal_can_redraw(true, "dumb"));
  EXPECT_FALSE(terminal_can_redraw(false, "xterm"));
}
