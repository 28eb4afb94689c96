// Break points inside words: explicit hyphens, URLs and dictionary points.
#include "typeset/word_breaks.h"

#include <gtest/gtest.h>

namespace quire::typeset {
namespace {

std::string marked(const std::string& word, const std::vector<WordBreak>& breaks) {
  std::string out;
  std::size_t last = 0;
  for (const auto& b : breaks) {
    const char* mark = b.kind == BreakKind::Hyphenation ? "=" : b.kind == BreakKind::Url ? "|" :
                       b.kind == BreakKind::ExplicitHyphen ? "^" : "~";
    out += word.substr(last, b.offset - last) + mark;
    last = b.offset;
  }
  return out + word.substr(last);
}

TEST(WordBreaks, UrlsBreakAfterPunctuationAndAreNotHyphenated) {
  HyphenatorSet set;
  const std::string url = "https://example.org/long_path/index.html";
  EXPECT_TRUE(looks_like_url(url));
  EXPECT_EQ(marked(url, find_word_breaks(url, {}, set.for_language("en-US"))),
            "https://|example.|org/|long_|path/|index.|html");
}

TEST(WordBreaks, ExplicitHyphensAndDashes) {
  HyphenatorSet set;
  // Offsets Pango reports for "well-known" (after the hyphen) and for "word—word" (before
  // and after the dash): only breaks after the dash are kept.
  EXPECT_EQ(marked("well-known", find_word_breaks("well-known", {5}, nullptr)), "well-^known");
  const std::string dashed = "this\u2014that";
  EXPECT_EQ(marked(dashed, find_word_breaks(dashed, {4, 7}, nullptr)), "this\u2014^that");
}

TEST(WordBreaks, DictionaryPointsForWordsOnly) {
  HyphenatorSet set;
  const Hyphenator* en = set.for_language("en-US");
  EXPECT_EQ(marked("typesetting,", find_word_breaks("typesetting,", {}, en)), "type=set=ting,");
  EXPECT_EQ(marked("“hyphenation”", find_word_breaks("“hyphenation”", {}, en)), "“hy=phen=ation”");
  EXPECT_EQ(marked("UNESCO", find_word_breaks("UNESCO", {}, en)), "UNESCO");           // acronym
  EXPECT_EQ(marked("lr3e4values", find_word_breaks("lr3e4values", {}, en)), "lr3e4values");  // digits
  EXPECT_EQ(marked("typesetting", find_word_breaks("typesetting", {}, nullptr)), "typesetting");
}

TEST(WordBreaks, UnicodeOpportunitiesPassThrough) {
  // Between ideographs UAX #14 allows breaks anywhere.
  const std::string cjk = "\u4E2D\u6587\u5B57";
  EXPECT_EQ(marked(cjk, find_word_breaks(cjk, {3, 6}, nullptr)), "\u4E2D~\u6587~\u5B57");
}

}  // namespace
}  // namespace quire::typeset
