#include "epub/media_types.h"

#include <gtest/gtest.h>

namespace quire::epub {
namespace {

TEST(MediaTypes, FormatFromExtension) {
  EXPECT_EQ(image_format_from_name("a/b/photo.PNG"), ImageFormat::Png);
  EXPECT_EQ(image_format_from_name("photo.jpeg"), ImageFormat::Jpeg);
  EXPECT_EQ(image_format_from_name("photo.jpg"), ImageFormat::Jpeg);
  EXPECT_EQ(image_format_from_name("plan.svg"), ImageFormat::Svg);
  EXPECT_FALSE(image_format_from_name("anim.gif").has_value());
  EXPECT_FALSE(image_format_from_name("noextension").has_value());
  EXPECT_EQ(media_type(ImageFormat::Svg), "image/svg+xml");
  EXPECT_EQ(media_type(ImageFormat::Jpeg), "image/jpeg");
}

TEST(MediaTypes, RasterSignatures) {
  EXPECT_EQ(check_image_bytes(ImageFormat::Png, std::string("\x89PNG\r\n\x1a\n rest", 13)), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Png, "GIF89a"), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Png, ""), "");
  EXPECT_EQ(check_image_bytes(ImageFormat::Jpeg, "\xff\xd8\xff\xe0 jfif"), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Jpeg, std::string("\x89PNG\r\n\x1a\n", 8)), "");
}

TEST(MediaTypes, SvgMustBeXmlWithAnSvgRootInItsNamespace) {
  EXPECT_EQ(check_image_bytes(ImageFormat::Svg, R"(<svg xmlns="http://www.w3.org/2000/svg"/>)"), "");
  EXPECT_EQ(check_image_bytes(ImageFormat::Svg,
                              R"(<?xml version="1.0"?><s:svg xmlns:s="http://www.w3.org/2000/svg"/>)"),
            "");
  EXPECT_NE(check_image_bytes(ImageFormat::Svg, "<svg xmlns=\"http://www.w3.org/2000/svg\">"), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Svg, R"(<html xmlns="http://www.w3.org/2000/svg"/>)"), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Svg, "<svg/>"), "");
  EXPECT_NE(check_image_bytes(ImageFormat::Svg, std::string("\x89PNG\r\n\x1a\n", 8)), "");
}

}  // namespace
}  // namespace quire::epub
