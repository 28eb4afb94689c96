#include "epub/url_text.h"

#include <gtest/gtest.h>

namespace quire::epub {
namespace {

TEST(UrlText, Schemes) {
  EXPECT_TRUE(has_url_scheme("https://example.org"));
  EXPECT_TRUE(has_url_scheme("mailto:a@b.c"));
  EXPECT_FALSE(has_url_scheme("entries/a.md"));
  EXPECT_FALSE(has_url_scheme("#anchor"));
  EXPECT_FALSE(has_url_scheme("1http://x"));
}

TEST(UrlText, EncodesOnlyWhatMustBeEncoded) {
  EXPECT_EQ(encode_url("https://example.org/a b?q=1&r=%20#x"), "https://example.org/a%20b?q=1&r=%20#x");
  EXPECT_EQ(encode_url("https://example.org/\xC3\xA9"), "https://example.org/%C3%A9");
  EXPECT_EQ(encode_url("https://example.org/100%"), "https://example.org/100%25");
  EXPECT_EQ(encode_path("entries/deep mind#1.md"), "entries/deep%20mind%231.md");
}

}  // namespace
}  // namespace quire::epub
