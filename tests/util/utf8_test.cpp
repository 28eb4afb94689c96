#include "util/utf8.h"

#include <gtest/gtest.h>

namespace quire::util {
namespace {

TEST(Utf8, DecodesEachLengthAndAdvancesPastIt) {
  const std::string s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";  // a é — 😀
  std::size_t i = 0;
  EXPECT_EQ(decode_utf8(s, i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(decode_utf8(s, i), U'\u00E9');
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(decode_utf8(s, i), U'\u2014');
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(decode_utf8(s, i), U'\U0001F600');
  EXPECT_EQ(i, s.size());
}

TEST(Utf8, InvalidBytesAreOneReplacementCharacterEach) {
  for (const std::string bad : {"\x80", "\xC3", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
    std::size_t i = 0;
    EXPECT_EQ(decode_utf8(bad, i), kReplacementCharacter) << bad.size();
    EXPECT_EQ(i, 1u);
    std::size_t j = 0;
    char32_t cp = 0;
    EXPECT_FALSE(decode_utf8_strict(bad, j, cp));
    EXPECT_EQ(j, 0u);
    EXPECT_EQ(valid_utf8_length(bad, 0), 0u);
    EXPECT_EQ(find_invalid_utf8(bad), 0u);
  }
}

TEST(Utf8, EncodingRoundTrips) {
  const std::u32string text = U"Ωmega \u00E9t\u00E9 \U0001F600";
  EXPECT_EQ(to_u32(to_utf8(text)), text);
  std::string out;
  append_utf8(U'\u2014', out);
  EXPECT_EQ(out, "\xE2\x80\x94");
}

TEST(Utf8, StepsBackToTheStartOfACharacter) {
  const std::string s = "x\xE2\x80\x94y";
  EXPECT_EQ(utf8_char_start(s, 3), 1u);
  EXPECT_EQ(utf8_char_start(s, 4), 4u);
  EXPECT_EQ(decode_utf8_before(s, 4), U'\u2014');
  EXPECT_EQ(decode_utf8_before(s, 1), U'x');
  EXPECT_EQ(valid_utf8_length(s, 1), 3u);
  EXPECT_EQ(utf8_sequence_length(0xE2), 3u);
  EXPECT_EQ(utf8_sequence_length(0x80), 1u);
  EXPECT_EQ(find_invalid_utf8(s), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ok\xE2\x80"), 2u);
}

}  // namespace
}  // namespace quire::util
