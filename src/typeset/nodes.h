#pragma once
// TeX's horizontal list for one paragraph, the input of line breaking: boxes (shaped glyphs),
// glue (stretchable space), penalties (breaks with a cost), discretionaries (hyphenation).
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "graphics/cairo_handles.h"

namespace quire::typeset {

// A penalty of this value forbids a break; its negative forces one (TeX's 10000).
inline constexpr int kInfinitePenalty = 10000;

// Shaped data is shared: every run showing the same word in the same font points at the
// same item and glyphs (see shape_cache.h), which are never changed once made.
using SharedItem = std::shared_ptr<PangoItem>;
using SharedGlyphs = std::shared_ptr<PangoGlyphString>;

// A word (or word part, or hyphen) as Pango shaped it in one font: enough to draw it. Made
// once per word, font and context by the shape cache and never changed after.
struct ShapedWord {
  std::string text;     // the UTF-8 text that was shaped
  SharedItem item;      // font and analysis (bidi level, script, language); offset 0
  SharedGlyphs glyphs;  // visual order; log_clusters are byte offsets into `text`
  double ascent = 0;    // pt, the font's
  double descent = 0;
};
using SharedWord = std::shared_ptr<const ShapedWord>;

// One word of a paragraph as it is set: the shaped word, shared with every other place the
// word appears, and the link it is part of. Kept small, since a book holds millions.
struct GlyphRun {
  SharedWord word;
  int link = -1;  // index into NodeList::links; -1 when none

  const std::string& text() const { return word->text; }
  const PangoItem* item() const { return word->item.get(); }
  const PangoGlyphString* glyphs() const { return word->glyphs.get(); }
  double ascent() const { return word->ascent; }
  double descent() const { return word->descent; }
};

// Glyphs `[byte_begin, byte_end)` of a run: a word, or part of a word split at a break.
struct Box {
  double width = 0;  // pt; the height is the run's font's (ShapedWord)
  int run = -1;      // index into NodeList::runs; -1 for an empty box (paragraph indent)
  int byte_begin = 0;
  int byte_end = 0;
  int bidi_level = 0;  // even = left to right, odd = right to left
};

// Space that may stretch and shrink; `fill` stretch is infinitely stronger than finite
// stretch (TeX's "fil", used for the last line of a paragraph).
struct Glue {
  double width = 0;
  double stretch = 0;
  double shrink = 0;
  double fill = 0;
  int bidi_level = 0;
};

// A possible break with a cost: positive discourages, negative encourages, +-10000 forbids or
// forces. `flagged` marks breaks after a hyphen, so two in a row can cost extra. Emergency
// penalties are considered only when nothing else lets the paragraph be set.
struct Penalty {
  double width = 0;  // added to the line when the break is taken
  int value = 0;
  bool flagged = false;
  bool emergency = false;
};

// A hyphenation point (TeX's \discretionary{pre}{post}{no}): `no_break` is in the line when
// it is not broken; when it is, `pre_break` ends the line and `post_break` starts the next.
// Usually pre_break is the hyphen and the others are empty; a point inside a ligature ("of-fice"
// set with an "ffi" glyph) needs all three: "f-", "fi" and the ligature. Always flagged.
// Emergency ones split words the dictionary cannot, as a last resort.
struct Discretionary {
  Box pre_break;
  int penalty = 50;
  bool emergency = false;
  Box post_break{};  // width 0 and run -1 when empty
  Box no_break{};
};

using Node = std::variant<Box, Glue, Penalty, Discretionary>;

// A paragraph ready for line breaking: the nodes, and the glyph runs their boxes show.
struct NodeList {
  std::vector<Node> nodes;
  std::vector<GlyphRun> runs;
  std::vector<std::string> links;  // the link targets its runs refer to, each once
  int base_level = 0;              // paragraph direction: 0 left to right, 1 right to left

  // The link target id of `run`, "" when none.
  const std::string& link_of(const GlyphRun& run) const {
    static const std::string none;
    return run.link < 0 ? none : links[static_cast<std::size_t>(run.link)];
  }
};

// Width contributed when not broken at (glue at natural width, a discretionary's no-break
// material, penalties 0).
inline double natural_width(const Node& n) {
  if (const auto* b = std::get_if<Box>(&n)) return b->width;
  if (const auto* g = std::get_if<Glue>(&n)) return g->width;
  if (const auto* d = std::get_if<Discretionary>(&n)) return d->no_break.width;
  return 0;
}

// The material a break at node `n` puts at the start of the next line (a discretionary's
// post-break text), or nullptr.
inline const Box* post_break_of(const Node& n) {
  const auto* d = std::get_if<Discretionary>(&n);
  return d && d->post_break.run >= 0 ? &d->post_break : nullptr;
}

}  // namespace quire::typeset
