// Shaping paragraphs into nodes with the project's fonts.
#include "typeset/shaper.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "typeset/line.h"
#include "typeset/line_breaker.h"

namespace quire::typeset {
namespace {

class ShaperTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto m = load_font_manifest(default_font_manifest_path(), diags);
    ASSERT_TRUE(m);
    fonts = FontConfig::create(*m, diags);
    ASSERT_NE(fonts, nullptr);
    shaper = std::make_unique<Shaper>(*fonts, hyphenators);
  }

  NodeList shape(const std::string& text, TextStyle style = {}, std::string lang = "en-US") {
    ParagraphText p;
    p.runs.push_back({text, style});
    p.language = std::move(lang);
    return shaper->shape(p, ShapeOptions{}, diags);
  }

  template <typename T>
  static std::vector<T> all_of(const NodeList& l) {
    std::vector<T> out;
    for (const auto& n : l.nodes)
      if (const auto* t = std::get_if<T>(&n)) out.push_back(*t);
    return out;
  }

  std::string text_of(const NodeList& l, const Box& b) {
    return l.runs[static_cast<std::size_t>(b.run)].text().substr(
        static_cast<std::size_t>(b.byte_begin), static_cast<std::size_t>(b.byte_end - b.byte_begin));
  }

  Diagnostics diags;
  HyphenatorSet hyphenators;
  std::unique_ptr<FontConfig> fonts;
  std::unique_ptr<Shaper> shaper;
};

TEST_F(ShaperTest, SpaceIsTheFontsTrueSpaceAtTenPoints) {
  const NodeList l = shape("a b");
  const auto glue = all_of<Glue>(l);
  ASSERT_EQ(glue.size(), 2u);  // the space and \parfillskip
  const Glue& space = glue[0];
  // Libertine's space is about a quarter em (TeX's Computer Modern: a third): at 10 pt
  // about 2.5 pt, not 3.3 (PangoCairo's default 96 dpi would scale every size by 4/3),
  // and not rounded to 2 or 3 (rounding of glyph positions is off).
  std::printf("space at 10 pt: %.4f pt\n", space.width);
  EXPECT_GT(space.width, 2.2);
  EXPECT_LT(space.width, 2.9);
  EXPECT_NE(space.width, std::round(space.width));
  EXPECT_NEAR(space.stretch, space.width / 2, 1e-9);
  EXPECT_NEAR(space.shrink, space.width / 3, 1e-9);
  EXPECT_EQ(glue[1].fill, 1);
}

TEST_F(ShaperTest, WordWidthsAreUnroundedAndScaleWithSize) {
  TextStyle ten, twenty;
  twenty.size = 20;
  const auto a = all_of<Box>(shape("negotiation", ten));
  const auto b = all_of<Box>(shape("negotiation", twenty));
  double wa = 0, wb = 0;
  for (const auto& x : a) wa += x.width;
  for (const auto& x : b) wb += x.width;
  std::printf("negotiation at 10 pt: %.4f pt\n", wa);
  EXPECT_GT(wa, 40);
  EXPECT_LT(wa, 52);
  EXPECT_NE(wa, std::round(wa));
  EXPECT_NEAR(wb, 2 * wa, 0.01);
}

TEST_F(ShaperTest, HyphenationPointsBecomeDiscretionariesWithAHyphen) {
  const NodeList l = shape("typesetting");
  std::string pieces;
  for (const auto& n : l.nodes) {
    if (const auto* b = std::get_if<Box>(&n)) pieces += text_of(l, *b);
    if (const auto* d = std::get_if<Discretionary>(&n)) {
      if (d->emergency) continue;
      EXPECT_EQ(d->penalty, 50);
      if (d->no_break.run >= 0) {  // inside the "tt" ligature: pre "t-", post "t"
        pieces += "[" + text_of(l, d->pre_break) + "|" + text_of(l, d->post_break) + "|" +
                  text_of(l, d->no_break) + "]";
      } else {
        pieces += "=";
        EXPECT_EQ(text_of(l, d->pre_break), "-");
        EXPECT_GT(d->pre_break.width, 1);
      }
    }
  }
  EXPECT_EQ(pieces, "type=se[t-|t|tt]ing");
}

TEST_F(ShaperTest, HyphenationInsideALigatureUsesAFullDiscretionary) {
  // Libertine sets "tt" in "setting" and "ffi" in "efficient" as ligatures; the points
  // "set-ting" and "ef-fi-cient" fall inside them.
  for (const std::string word : {"typesetting", "efficient"}) {
    const NodeList l = shape(word);
    int full = 0;
    for (const auto& d : all_of<Discretionary>(l)) {
      if (d.no_break.run < 0) continue;
      ++full;
      const std::string pre = text_of(l, d.pre_break), post = text_of(l, d.post_break);
      EXPECT_EQ(pre.back(), '-');
      EXPECT_EQ(pre.substr(0, pre.size() - 1) + post, text_of(l, d.no_break));
      EXPECT_GT(d.pre_break.width, d.no_break.width / 3);
    }
    EXPECT_EQ(full, 1) << word;
  }
}

TEST_F(ShaperTest, NoHyphenationWhenTurnedOffOrForUnknownLanguages) {
  ParagraphText p;
  p.runs.push_back({"typesetting", {}});
  ShapeOptions off;
  off.hyphenate = false;
  int regular = 0;
  for (const auto& n : shaper->shape(p, off, diags).nodes)
    if (const auto* d = std::get_if<Discretionary>(&n); d && !d->emergency) ++regular;
  EXPECT_EQ(regular, 0);
  regular = 0;
  for (const auto& n : shape("typesetting", {}, "xx").nodes)
    if (const auto* d = std::get_if<Discretionary>(&n); d && !d->emergency) ++regular;
  EXPECT_EQ(regular, 0);
}

TEST_F(ShaperTest, ExplicitHyphenIsAFlaggedBreak) {
  const NodeList l = shape("well-known");
  const auto pens = all_of<Penalty>(l);
  int flagged = 0;
  for (const auto& p : pens) flagged += p.flagged && !p.emergency && p.value == 50;
  EXPECT_EQ(flagged, 1);
}

TEST_F(ShaperTest, ItalicAndMonoUseTheirFonts) {
  TextStyle it;
  it.italic = true;
  TextStyle mono;
  mono.family = FontRole::Mono;
  ParagraphText p;
  p.runs = {{"roman ", {}}, {"italic ", it}, {"code", mono}};
  const NodeList l = shaper->shape(p, ShapeOptions{}, diags);
  std::vector<std::string> families;
  for (const auto& b : all_of<Box>(l)) {
    if (b.byte_begin != 0) continue;  // once per word
    const GlyphRun& r = l.runs[static_cast<std::size_t>(b.run)];
    graphics::FontDescriptionPtr d(pango_font_describe(r.item()->analysis.font));
    families.push_back(std::string(pango_font_description_get_family(d.get())) +
                       (pango_font_description_get_style(d.get()) == PANGO_STYLE_ITALIC ? " italic" : ""));
  }
  ASSERT_EQ(families.size(), 3u);
  EXPECT_EQ(families[0], "Linux Libertine O");
  EXPECT_EQ(families[1], "Linux Libertine O italic");
  EXPECT_EQ(families[2], "DejaVu Sans Mono");
}

TEST_F(ShaperTest, LinksAreCarriedOnTheirRuns) {
  TextStyle linked;
  linked.link = "chapter-2";
  ParagraphText p;
  p.runs = {{"see ", {}}, {"chapter two", linked}};
  const NodeList l = shaper->shape(p, ShapeOptions{}, diags);
  std::string linked_text, plain_text;
  for (const auto& b : all_of<Box>(l))
    (l.link_of(l.runs[static_cast<std::size_t>(b.run)]) == "chapter-2" ? linked_text : plain_text) +=
        text_of(l, b);
  EXPECT_EQ(plain_text, "see");
  EXPECT_EQ(linked_text, "chaptertwo");
}

TEST_F(ShaperTest, GreekCyrillicAndAccentedLatinNeedNoFallback) {
  shape("Ἐν ἀρχῇ ἦν ὁ λόγος. Съешь же ещё этих мягких булок. Œuvres de Zoë, Łódź, Dvořák.");
  EXPECT_TRUE(diags.all().empty());
}

TEST_F(ShaperTest, ArabicIsRightToLeftAndShapedByTheFallback) {
  const NodeList l = shape("العربية لغة جميلة", {}, "ar");
  EXPECT_TRUE(diags.all().empty());
  EXPECT_EQ(l.base_level, 1);
  ASSERT_FALSE(l.runs.empty());
  EXPECT_EQ(l.runs[0].item()->analysis.level % 2, 1);
  graphics::FontDescriptionPtr d(pango_font_describe(l.runs[0].item()->analysis.font));
  EXPECT_STREQ(pango_font_description_get_family(d.get()), "DejaVu Sans");
}

TEST_F(ShaperTest, MissingGlyphsAreReportedOnce) {
  shape("Han \u4E2D\u6587 and \u4E2D again");
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].severity, Severity::Warning);
  EXPECT_EQ(diags.all()[0].code, "missing-glyph");
  EXPECT_NE(diags.all()[0].message.find("U+4E2D, U+6587"), std::string::npos) << diags.all()[0].message;
}

TEST_F(ShaperTest, ParagraphEndsWithParfillskip) {
  const NodeList l = shape("  one   two  ");
  ASSERT_GE(l.nodes.size(), 3u);
  const auto n = l.nodes.size();
  EXPECT_EQ(std::get<Penalty>(l.nodes[n - 3]).value, kInfinitePenalty);
  EXPECT_EQ(std::get<Glue>(l.nodes[n - 2]).fill, 1);
  EXPECT_EQ(std::get<Penalty>(l.nodes[n - 1]).value, -kInfinitePenalty);
  EXPECT_TRUE(std::holds_alternative<Box>(l.nodes[0]));  // leading space dropped
  EXPECT_EQ(all_of<Glue>(l).size(), 2u);                 // one space between, one fill
}

TEST_F(ShaperTest, NoBreakSpaceDoesNotBreak) {
  const NodeList l = shape("10\u00A0pt");
  bool protected_glue = false;
  for (std::size_t i = 1; i < l.nodes.size(); ++i)
    if (std::holds_alternative<Glue>(l.nodes[i]) && std::get<Glue>(l.nodes[i]).fill == 0)
      protected_glue = std::holds_alternative<Penalty>(l.nodes[i - 1]) &&
                       std::get<Penalty>(l.nodes[i - 1]).value == kInfinitePenalty;
  EXPECT_TRUE(protected_glue);
}

// Shapes, breaks and sets `text` in `measure`; every line must fit.
void expect_all_lines_fit(Shaper& shaper, const std::string& text, double measure, Diagnostics& diags) {
  ParagraphText p;
  p.runs.push_back({text, {}});
  const NodeList l = shaper.shape(p, ShapeOptions{}, diags);
  const LineShape shape = LineShape::uniform(measure);
  const auto lines = set_lines(l, break_lines(l.nodes, shape, BreakParams{}), shape, Alignment::Justified);
  ASSERT_FALSE(lines.empty());
  for (const auto& line : lines) {
    EXPECT_LE(line.width, measure + 1e-6);
    for (const auto& b : line.boxes) EXPECT_LE(b.x + b.box.width, measure + 1e-6);
  }
}

TEST_F(ShaperTest, A10000CharacterWordNeverOverflows) {
  std::string word;
  for (int i = 0; i < 10000; ++i) word += static_cast<char>('a' + (i * 7) % 26);
  expect_all_lines_fit(*shaper, "Before " + word + " after.", 300, diags);
}

TEST_F(ShaperTest, A10000CharacterUrlNeverOverflows) {
  std::string url = "https://example.org/";
  while (url.size() < 10000) url += "segment" + std::to_string(url.size()) + (url.size() % 3 ? "/" : "_");
  expect_all_lines_fit(*shaper, "See " + url + " for details.", 300, diags);
  std::string slashless = "https://example.org/";
  while (slashless.size() < 10000) slashless += "x";
  expect_all_lines_fit(*shaper, slashless, 120, diags);
}

}  // namespace
}  // namespace quire::typeset
