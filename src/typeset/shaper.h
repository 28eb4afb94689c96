#pragma once
// Turns a paragraph of styled text into TeX's node list: Pango itemizes (bidi, script, font
// fallback) and shapes each word; spaces become glue; hyphenation points become breaks.
#include <map>
#include <memory>

#include "diag/diagnostics.h"
#include "graphics/cairo_handles.h"
#include "typeset/font_config.h"
#include "typeset/hyphenator.h"
#include "typeset/nodes.h"
#include "typeset/styled_text.h"

namespace quire::typeset {

struct ShapeOptions {
  double indent = 0;  // first-line indent, pt (TeX's \parindent box)
  bool hyphenate = true;
  int hyphen_penalty = 50;     // TeX's \hyphenpenalty
  int ex_hyphen_penalty = 50;  // \exhyphenpenalty: after a hyphen or dash in the text
  // After punctuation inside a URL: a little dearer than a hyphen, since a URL reads best
  // whole, but cheap next to a very loose line.
  int url_penalty = 100;
  // Between any two letters, used only by the final pass: dear enough that any line of
  // badness below ~5000 is preferred, but a split word beats an overfull line.
  int emergency_penalty = 5000;
  // Interword glue as a share of the font's space: TeX's fontdimen 3 and 4 for Computer
  // Modern are 1/2 and 1/3 of the space.
  double space_stretch = 0.5;
  double space_shrink = 1.0 / 3.0;
};

class ShapeCache;
struct WordPatterns;

// What the shaper needs of one font: its interword space, its vertical metrics and the width
// of its hyphen.
struct FontFacts {
  double space = 0;
  double ascent = 0;
  double descent = 0;
  double hyphen_width = 0;
};

// Not to be shared between threads: it keeps a Pango context and caches; give each thread
// its own, on its own FontConfig (FontConfig::for_another_thread), as Pango's font maps are
// not thread-safe.
class Shaper {
 public:
  // The caches hold at most `cache_words` shaped words: past that they are emptied and
  // filled again, so that a book of a million distinct words (names, URLs, DOIs) costs
  // memory in proportion to its vocabulary's working set, not its size. Results do not
  // depend on it.
  static constexpr std::size_t kDefaultCacheWords = 15000;
  Shaper(const FontConfig& fonts, HyphenatorSet& hyphenators, std::size_t cache_words = kDefaultCacheWords);
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // The paragraph's nodes, ending in TeX's \parfillskip (penalty 10000, fill glue, penalty
  // -10000). Code points no font covers are reported once per paragraph as a warning.
  NodeList shape(const ParagraphText& para, const ShapeOptions& options, Diagnostics& diags);

  PangoContext* context() const { return ctx_.get(); }

  // Empties the caches (when the book's paragraphs are all set). Shaped runs stay valid.
  void drop_caches();

 private:
  const FontConfig& fonts_;
  HyphenatorSet& hyphenators_;
  graphics::PangoContextPtr ctx_;
  std::unique_ptr<ShapeCache> cache_;
  std::unique_ptr<WordPatterns> patterns_;
  std::size_t cache_words_;
  std::map<PangoFont*, FontFacts> facts_;
};

}  // namespace quire::typeset
