// Shaped words are kept and shared: the same word in the same font and context is shaped
// once, and sharing never changes what the shaper produces.
#include "typeset/shape_cache.h"

#include <gtest/gtest.h>

#include "typeset/shaper.h"

namespace quire::typeset {
namespace {

class ShapeCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto m = load_font_manifest(default_font_manifest_path(), diags);
    ASSERT_TRUE(m);
    fonts = FontConfig::create(*m, diags);
    ASSERT_NE(fonts, nullptr);
  }

  static ParagraphText para(std::vector<StyledRun> runs) {
    ParagraphText p;
    p.runs = std::move(runs);
    return p;
  }

  // The run of the n-th word, counting the runs of boxes in order (a word hyphenated in
  // several boxes is one run).
  static const GlyphRun& run_of_box(const NodeList& l, int n) {
    int last = -1;
    for (const auto& node : l.nodes) {
      const auto* b = std::get_if<Box>(&node);
      if (!b || b->run < 0 || b->run == last) continue;
      last = b->run;
      if (n-- == 0) return l.runs[static_cast<std::size_t>(b->run)];
    }
    ADD_FAILURE() << "no such box";
    return l.runs.front();
  }

  // Every box and glue as text, widths to 1/1000 pt, glyph ids included.
  static std::string describe(const NodeList& l) {
    std::string out;
    for (const auto& node : l.nodes) {
      if (const auto* b = std::get_if<Box>(&node)) {
        out += "box " + std::to_string(static_cast<long>(b->width * 1000)) + " ";
        if (b->run >= 0) {
          const GlyphRun& r = l.runs[static_cast<std::size_t>(b->run)];
          out += r.text().substr(static_cast<std::size_t>(b->byte_begin),
                                 static_cast<std::size_t>(b->byte_end - b->byte_begin));
          for (int i = 0; i < r.glyphs()->num_glyphs; ++i)
            out += " g" + std::to_string(r.glyphs()->glyphs[i].glyph);
        }
      } else if (const auto* g = std::get_if<Glue>(&node)) {
        out += "glue " + std::to_string(static_cast<long>(g->width * 1000));
      } else if (const auto* d = std::get_if<Discretionary>(&node)) {
        out += "disc " + std::to_string(static_cast<long>(d->pre_break.width * 1000));
      } else {
        out += "penalty " + std::to_string(std::get<Penalty>(node).value);
      }
      out += "\n";
    }
    return out;
  }

  Diagnostics diags;
  HyphenatorSet hyphenators;
  std::unique_ptr<FontConfig> fonts;
};

TEST_F(ShapeCacheTest, RepeatedWordSharesItsGlyphs) {
  Shaper shaper(*fonts, hyphenators);
  TextStyle italic;
  italic.italic = true;
  // Each "alpha" between spaces: the same neighbours, which HarfBuzz sees as context.
  const NodeList l =
      shaper.shape(para({{"x alpha beta alpha ", {}}, {"alpha", italic}, {" z", {}}}), {}, diags);
  const GlyphRun& first = run_of_box(l, 1);
  const GlyphRun& second = run_of_box(l, 3);
  const GlyphRun& slanted = run_of_box(l, 4);
  ASSERT_EQ(first.text(), "alpha");
  ASSERT_EQ(second.text(), "alpha");
  ASSERT_EQ(slanted.text(), "alpha");
  EXPECT_EQ(first.glyphs(), second.glyphs());
  EXPECT_EQ(first.item(), second.item());
  // Another font is another word.
  EXPECT_NE(first.glyphs(), slanted.glyphs());
  EXPECT_NE(first.item()->analysis.font, slanted.item()->analysis.font);
}

TEST_F(ShapeCacheTest, SharingChangesNothingShaped) {
  const ParagraphText p =
      para({{"Efficient officials affirm: the office’s waffles — “fluffy” — are "
             "internationalisation’s finest, said Łukasz Żółć of https://example.org/a/b.",
             {}}});
  Shaper warm(*fonts, hyphenators);
  const std::string first = describe(warm.shape(p, {}, diags));
  const std::string again = describe(warm.shape(p, {}, diags));
  HyphenatorSet other_dicts;
  Shaper cold(*fonts, other_dicts);
  const std::string fresh = describe(cold.shape(p, {}, diags));
  EXPECT_EQ(again, first);
  EXPECT_EQ(fresh, first);
  EXPECT_NE(first.find("disc"), std::string::npos) << first;  // hyphenation points were found
  EXPECT_TRUE(diags.all().empty());
}

TEST_F(ShapeCacheTest, EmptyingTheCachesChangesNothingShaped) {
  const ParagraphText p =
      para({{"Efficient officials affirm that efficient officials affirm, "
             "internationally and efficiently, what officials affirm.",
             {}}});
  Shaper unbounded(*fonts, hyphenators);
  const std::string first = describe(unbounded.shape(p, {}, diags));
  // A cache of one word is emptied before nearly every paragraph; the shaper's runs from
  // before it was emptied keep their glyphs.
  Shaper tiny(*fonts, hyphenators, 1);
  const NodeList before = tiny.shape(p, {}, diags);
  const std::string again = describe(tiny.shape(p, {}, diags));
  tiny.drop_caches();
  const std::string after_drop = describe(tiny.shape(p, {}, diags));
  EXPECT_EQ(describe(before), first);
  EXPECT_EQ(again, first);
  EXPECT_EQ(after_drop, first);
  EXPECT_NE(first.find("disc"), std::string::npos) << first;
  // The words keep their font's height, which set lines take their own from.
  for (const auto& run : before.runs) {
    EXPECT_GT(run.ascent(), 5.0) << run.text();
    EXPECT_GT(run.descent(), 1.0) << run.text();
  }
}

TEST_F(ShapeCacheTest, CountsWordsAndHits) {
  Shaper shaper(*fonts, hyphenators);
  auto shape_word = [&](ShapeCache& cache, const std::string& text, std::size_t begin, std::size_t end) {
    PangoContext* ctx = shaper.context();
    graphics::AttrListPtr attrs(pango_attr_list_new());
    graphics::ItemListPtr items(
        pango_itemize(ctx, text.data(), 0, static_cast<int>(text.size()), attrs.get(), nullptr));
    EXPECT_NE(items, nullptr);
    return cache.shape(static_cast<const PangoItem*>(items.get()->data), text, begin, end)->glyphs.get();
  };
  ShapeCache cache;
  const std::string text = "x word word words";
  PangoGlyphString* a = shape_word(cache, text, 2, 6);
  PangoGlyphString* b = shape_word(cache, text, 7, 11);  // same word, same neighbours
  PangoGlyphString* c = shape_word(cache, text, 12, 17);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.hits(), 1u);
  // The same letters with another character after them are shaped again: HarfBuzz sees it.
  EXPECT_NE(shape_word(cache, text, 12, 16), a);
  EXPECT_EQ(cache.size(), 3u);
  ASSERT_EQ(a->num_glyphs, 4);
}

}  // namespace
}  // namespace quire::typeset
