#include "bibliography/bibtex_unicode.h"

#include <gtest/gtest.h>

namespace {

using namespace quire::bibliography::bibtex;

TEST(BibtexUnicode, ClassifiesLikeHaskell) {
  EXPECT_TRUE(is_upper(U'A'));
  EXPECT_TRUE(is_upper(U'Ä'));
  EXPECT_TRUE(is_upper(U'\u01C5'));  // Dž, title case counts as upper
  EXPECT_TRUE(is_lower(U'ß'));
  EXPECT_TRUE(is_alnum(U'²'));       // other numbers are alphanumeric
  EXPECT_FALSE(is_letter(U'²'));
  EXPECT_TRUE(is_letter(U'ª'));
  EXPECT_FALSE(is_alnum(U'\u0301'));  // combining marks are neither
  EXPECT_TRUE(is_punctuation(U'-'));
  EXPECT_TRUE(is_punctuation(U'\u2019'));
  EXPECT_FALSE(is_punctuation(U'+'));
  EXPECT_TRUE(is_space(U'\u00A0'));
  EXPECT_TRUE(is_space(U'\u2006'));
  EXPECT_FALSE(is_space(U'\u2028'));
}

TEST(BibtexUnicode, FullCaseMappings) {
  EXPECT_EQ(to_upper("straße"), "STRASSE");
  EXPECT_EQ(to_lower("ÄRA Σ"), "ära σ");
  EXPECT_EQ(to_upper("ǆ"), "Ǆ");
}

TEST(BibtexUnicode, ComposesAccents) {
  EXPECT_EQ(compose(U'e', U'\u0301'), U'é');
  EXPECT_EQ(compose(U'ü', U'\u0301'), U'ǘ');
  EXPECT_EQ(compose(U'\u0131', U'\u0301'), 0u);
}

TEST(BibtexUnicode, Utf8RoundTripAndRepair) {
  EXPECT_EQ(to_utf8(to_u32("a\u00e9\u4e2d\U0001F600")), "a\u00e9\u4e2d\U0001F600");
  EXPECT_EQ(sanitize_utf8("a\xff" "b\xc3"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

}  // namespace
