#include "epub/division_pages.h"

#include <gtest/gtest.h>

namespace quire::epub {
namespace {

TEST(DivisionPages, RomanNumerals) {
  EXPECT_EQ(roman_numeral(1), "I");
  EXPECT_EQ(roman_numeral(4), "IV");
  EXPECT_EQ(roman_numeral(14), "XIV");
  EXPECT_EQ(roman_numeral(1999), "MCMXCIX");
  EXPECT_EQ(roman_numeral(0), "0");
}

TEST(DivisionPages, ChapterPageCarriesItsSemantics) {
  model::Metadata meta;
  meta.language = "de";
  model::Chapter chapter;
  chapter.title = "H\xC3\xA4user & Hallen";
  const std::string page = chapter_page(meta, chapter, 7);
  EXPECT_NE(page.find(R"(<section class="chapter-page" epub:type="chapter" role="doc-chapter">)"), std::string::npos);
  EXPECT_NE(page.find(R"(<p class="division-number">7</p>)"), std::string::npos);
  EXPECT_NE(page.find("H\xC3\xA4user &amp; Hallen</h1>"), std::string::npos);
  EXPECT_NE(page.find(R"(xml:lang="de" lang="de")"), std::string::npos);
}

}  // namespace
}  // namespace quire::epub
