#include <gtest/gtest.h>

#include "layout/figure_layout.h"

namespace quire::layout {
namespace {

model::Image image(std::string_view width, std::string_view height = "") {
  model::Image img;
  if (!width.empty()) img.width = *model::parse_length(width);
  if (!height.empty()) img.height = *model::parse_length(height);
  return img;
}

// A 400 x 200 picture in a 300 pt measure, 500 pt tall, at most 300 pt high.
FigureSize size(const model::Image& img) { return figure_size(img, 400, 200, 300, 300, 500); }

TEST(FigureSizeTest, FullWidthWithoutASize) {
  EXPECT_DOUBLE_EQ(size(image("")).width, 300);
  EXPECT_DOUBLE_EQ(size(image("")).height, 150);
}

TEST(FigureSizeTest, PercentOfTheTextWidth) {
  EXPECT_DOUBLE_EQ(size(image("66%")).width, 198);
  EXPECT_DOUBLE_EQ(size(image("66%")).height, 99);
}

TEST(FigureSizeTest, AbsoluteUnits) {
  EXPECT_DOUBLE_EQ(size(image("96px")).width, 72);
  EXPECT_DOUBLE_EQ(size(image("2.54cm")).width, 72);
  EXPECT_DOUBLE_EQ(size(image("25.4mm")).width, 72);
  EXPECT_DOUBLE_EQ(size(image("1in")).width, 72);
  EXPECT_DOUBLE_EQ(size(image("1in")).height, 36);
}

TEST(FigureSizeTest, HeightAloneKeepsTheProportions) {
  const FigureSize s = size(image("", "1in"));
  EXPECT_DOUBLE_EQ(s.height, 72);
  EXPECT_DOUBLE_EQ(s.width, 144);
  EXPECT_DOUBLE_EQ(size(image("", "10%")).height, 50);  // of the text height
}

TEST(FigureSizeTest, NeverWiderThanTheMeasureNorTooTall) {
  EXPECT_DOUBLE_EQ(size(image("200%")).width, 300);
  const FigureSize tall = size(image("100px", "20in"));
  EXPECT_DOUBLE_EQ(tall.height, 300);
  EXPECT_DOUBLE_EQ(tall.width, 75 * 300 / 1440.0);
}

TEST(LengthTest, ParsesAndWrites) {
  EXPECT_EQ(model::parse_length("66%")->css(), "66%");
  EXPECT_EQ(model::parse_length("300")->css(), "300px");
  EXPECT_EQ(model::parse_length("2.5cm")->css(), "2.5cm");
  EXPECT_FALSE(model::parse_length("wide"));
  EXPECT_FALSE(model::parse_length("0%"));
  EXPECT_FALSE(model::parse_length("5em"));
  EXPECT_FALSE(model::parse_length(""));
}

}  // namespace
}  // namespace quire::layout
