// Hyphenation points from Debian's pattern dictionaries for known words.
#include "typeset/hyphenator.h"

#include <gtest/gtest.h>

#include <string>

namespace quire::typeset {
namespace {

std::string hyphenated(const Hyphenator& h, const std::string& word) {
  std::string out;
  std::size_t last = 0;
  for (std::size_t p : h.points(word)) {
    out += word.substr(last, p - last) + "-";
    last = p;
  }
  return out + word.substr(last);
}

TEST(Hyphenator, EnglishWords) {
  HyphenatorSet set;
  const Hyphenator* en = set.for_language("en-US");
  ASSERT_NE(en, nullptr);
  EXPECT_EQ(hyphenated(*en, "hyphenation"), "hy-phen-ation");
  EXPECT_EQ(hyphenated(*en, "typesetting"), "type-set-ting");
  EXPECT_EQ(hyphenated(*en, "paragraph"), "para-graph");
  EXPECT_EQ(hyphenated(*en, "algorithm"), "al-go-rithm");
  EXPECT_EQ(hyphenated(*en, "Typesetting"), "Type-set-ting");  // case does not matter
}

TEST(Hyphenator, KeepsTwoLettersBeforeAndThreeAfter) {
  HyphenatorSet set;
  const Hyphenator* en = set.for_language("en");
  ASSERT_NE(en, nullptr);
  EXPECT_EQ(hyphenated(*en, "about"), "about");     // not "a-bout"
  EXPECT_EQ(hyphenated(*en, "dated"), "dated");     // not "dat-ed"
  for (const std::string w : {"organisation", "interpretability", "considerable"}) {
    const auto pts = en->points(w);
    ASSERT_FALSE(pts.empty()) << w;
    EXPECT_GE(pts.front(), 2u) << w;
    EXPECT_LE(pts.back(), w.size() - 3) << w;
  }
}

TEST(Hyphenator, EightBitDictionaryAndUtf8Words) {
  // A tiny ISO 8859-1 dictionary (German's in Debian is one, but takes seconds to load):
  // "ß" and "ö" must be converted to it, and the offsets mapped back to UTF-8.
  HyphenatorSet set(QUIRE_TEST_DATA "/typeset/hyphen");
  EXPECT_EQ(set.dictionary_path("de-XX"), QUIRE_TEST_DATA "/typeset/hyphen/hyph_de_XX.dic");
  const Hyphenator* de = set.for_language("de-XX");
  ASSERT_NE(de, nullptr);
  EXPECT_EQ(hyphenated(*de, "Größenordnung"), "Grö-ßen-ordnung");
  EXPECT_EQ(hyphenated(*de, "GRÖSSENORDNUNG"), "GRÖSSEN-ORDNUNG");
  EXPECT_EQ(hyphenated(*de, "GrößeĀnordnung"), "GrößeĀnordnung");  // not in Latin-1
}

TEST(Hyphenator, PicksTheDictionaryByLanguageTag) {
  HyphenatorSet set;
  EXPECT_EQ(set.dictionary_path("en-US"), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(set.dictionary_path("EN_us"), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(set.dictionary_path("en-Latn-US"), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(set.dictionary_path("xx-YY"), "");
  EXPECT_EQ(set.for_language("xx"), nullptr);
  // The same dictionary is loaded once and shared.
  EXPECT_EQ(set.for_language("en-US"), set.for_language("en_US"));
}

TEST(Hyphenator, RejectsInvalidInput) {
  HyphenatorSet set;
  const Hyphenator* en = set.for_language("en-US");
  ASSERT_NE(en, nullptr);
  EXPECT_TRUE(en->points("").empty());
  EXPECT_TRUE(en->points("hyphen\xff" "ation").empty());
}

}  // namespace
}  // namespace quire::typeset
