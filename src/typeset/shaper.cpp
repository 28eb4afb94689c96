#include "typeset/shaper.h"

#include <fmt/format.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

#include "typeset/shape_cache.h"
#include "typeset/word_breaks.h"

namespace quire::typeset {
namespace {

constexpr gunichar kLineSeparator = 0x2028;
constexpr gunichar kParagraphSeparator = 0x2029;

bool is_no_break_space(gunichar c) { return c == 0x00A0 || c == 0x202F || c == 0x2007; }
bool is_forced_break(gunichar c) { return c == kLineSeparator || c == kParagraphSeparator; }

// UAX #9 rule P2, approximated: the first letter decides, and letters of the right-to-left
// blocks (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation
// forms; the historic RTL scripts of plane 1) are right to left.
bool first_strong_is_rtl(const std::string& text) {
  for (const char* p = text.data(); p < text.data() + text.size(); p = g_utf8_next_char(p)) {
    const gunichar c = g_utf8_get_char(p);
    if (!g_unichar_isalpha(c)) continue;
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
           (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
  }
  return false;
}

double to_pt(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }

graphics::AttrListPtr make_attributes(const FontConfig& fonts, const ParagraphText& para,
                                      const std::vector<std::size_t>& run_starts, PangoLanguage* language) {
  graphics::AttrListPtr attrs(pango_attr_list_new());
  PangoAttribute* lang = pango_attr_language_new(language);
  pango_attr_list_insert(attrs.get(), lang);
  for (std::size_t i = 0; i < para.runs.size(); ++i) {
    const auto& run = para.runs[i];
    if (run.text.empty()) continue;
    const auto start = static_cast<guint>(run_starts[i]);
    const auto end = static_cast<guint>(run_starts[i] + run.text.size());
    graphics::FontDescriptionPtr desc(pango_font_description_new());
    pango_font_description_set_family(desc.get(), fonts.family_list(run.style.family).c_str());
    pango_font_description_set_style(desc.get(), run.style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_font_description_set_weight(desc.get(), run.style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_size(desc.get(), static_cast<gint>(run.style.size * PANGO_SCALE + 0.5));
    PangoAttribute* font = pango_attr_font_desc_new(desc.get());
    font->start_index = start;
    font->end_index = end;
    pango_attr_list_insert(attrs.get(), font);
    if (run.style.small_caps) {
      PangoAttribute* smcp = pango_attr_font_features_new("smcp 1");
      smcp->start_index = start;
      smcp->end_index = end;
      pango_attr_list_insert(attrs.get(), smcp);
    }
  }
  return attrs;
}

// A word's nodes with their runs left open: run 0 is the word itself, 1..n the `extra` runs
// (the halves of a ligature split at a hyphen), kHyphenRun the paragraph's hyphen in the
// word's font. The same word in the same font gets the same nodes, so they are worked out
// once and copied after that.
constexpr int kHyphenRun = -2;

struct WordPattern {
  std::vector<Node> nodes;
  std::vector<SharedWord> extra;
};

struct WordKey {
  const PangoGlyphString* glyphs;  // one per word, font and context (see ShapeCache)
  const Hyphenator* hyphenator;
  std::vector<std::size_t> unicode_breaks;
  std::array<int, 4> penalties;
  std::size_t hash = 0;  // computed once (see ShapeCache::Key)
  bool operator==(const WordKey&) const = default;

  void compute_hash() {
    std::size_t h = std::hash<const void*>{}(glyphs) ^ (std::hash<const void*>{}(hyphenator) << 1);
    for (std::size_t b : unicode_breaks) h = h * 31 + b;
    for (int p : penalties) h = h * 31 + static_cast<std::size_t>(p);
    hash = h;
  }
};

struct WordKeyHash {
  std::size_t operator()(const WordKey& k) const noexcept { return k.hash; }
};

}  // namespace

struct WordPatterns {
  std::unordered_map<WordKey, WordPattern, WordKeyHash> known;
};

namespace {

// The state of shaping one paragraph.
class ParagraphShaper {
 public:
  ParagraphShaper(const std::string& text, const ParagraphText& para,
                  const std::vector<std::size_t>& run_starts, const ShapeOptions& opts,
                  const Hyphenator* hyphenator, ShapeCache& cache, std::map<PangoFont*, FontFacts>& facts,
                  WordPatterns& patterns, NodeList& out)
      : text_(text),
        para_(para),
        run_starts_(run_starts),
        opts_(opts),
        hyphenator_(hyphenator),
        cache_(cache),
        facts_(facts),
        patterns_(patterns),
        out_(out) {
    const long n_chars = g_utf8_strlen(text.data(), static_cast<gssize>(text.size()));
    char_at_byte_.assign(text.size() + 1, -1);
    long ci = 0;
    for (const char* p = text.data(); p < text.data() + text.size(); p = g_utf8_next_char(p))
      char_at_byte_[static_cast<std::size_t>(p - text.data())] = ci++;
    char_at_byte_[text.size()] = n_chars;
    log_attrs_.resize(static_cast<std::size_t>(n_chars) + 1);
  }

  std::vector<PangoLogAttr>& log_attrs() { return log_attrs_; }

  void add_item(const PangoItem* item) {
    std::size_t pos = static_cast<std::size_t>(item->offset);
    const std::size_t end = pos + static_cast<std::size_t>(item->length);
    while (pos < end) {
      const bool white = is_white(pos);
      const std::size_t run = run_of(pos);
      std::size_t seg_end = next_char(pos);
      while (seg_end < end && is_white(seg_end) == white && (white || run_of(seg_end) == run))
        seg_end = next_char(seg_end);
      if (white)
        add_space(item, pos, seg_end);
      else
        add_word(item, pos, seg_end, para_.runs[run].style.link);
      pos = seg_end;
    }
  }

  // TeX's \unskip then \parfillskip: the last line's end is filled with infinite glue.
  void finish() {
    drop_trailing_glue();
    out_.nodes.push_back(Penalty{0, kInfinitePenalty, false, false});
    out_.nodes.push_back(Glue{0, 0, 0, 1, out_.base_level});
    out_.nodes.push_back(Penalty{0, -kInfinitePenalty, false, false});
  }

  const std::set<gunichar>& missing() const { return missing_; }

 private:
  gunichar char_at(std::size_t byte) const { return g_utf8_get_char(text_.data() + byte); }
  std::size_t next_char(std::size_t byte) const {
    return static_cast<std::size_t>(g_utf8_next_char(text_.data() + byte) - text_.data());
  }
  bool is_white(std::size_t byte) const {
    const gunichar c = char_at(byte);
    const long ci = char_at_byte_[byte];
    return is_forced_break(c) || c == '\n' || c == '\t' ||
           (ci >= 0 && log_attrs_[static_cast<std::size_t>(ci)].is_white);
  }
  std::size_t run_of(std::size_t byte) const {
    const auto it = std::upper_bound(run_starts_.begin(), run_starts_.end(), byte);
    return static_cast<std::size_t>(it - run_starts_.begin()) - 1;
  }

  void drop_trailing_glue() {
    while (!out_.nodes.empty() && std::holds_alternative<Glue>(out_.nodes.back())) out_.nodes.pop_back();
  }

  graphics::GlyphStringPtr shape(const PangoItem* item, const char* s, int len, const char* para,
                                 int para_len) {
    graphics::GlyphStringPtr glyphs(pango_glyph_string_new());
    // pango_shape_full would round every advance to a whole point; PANGO_SHAPE_NONE keeps
    // the font's true advances.
    pango_shape_with_flags(s, len, para, para_len, &item->analysis, glyphs.get(), PANGO_SHAPE_NONE);
    return glyphs;
  }

  // Per font, not per paragraph: metrics and the space's width are the same everywhere
  // (the language only picks among a font's glyphs, and the metrics asked for are the font's).
  const FontFacts& facts(const PangoItem* item) {
    PangoFont* font = item->analysis.font;
    auto it = facts_.find(font);
    if (it != facts_.end()) return it->second;
    FontFacts f;
    const auto space = shape(item, " ", 1, " ", 1);
    f.space = to_pt(pango_glyph_string_get_width(space.get()));
    graphics::FontMetricsPtr metrics(pango_font_get_metrics(font, item->analysis.language));
    f.ascent = to_pt(pango_font_metrics_get_ascent(metrics.get()));
    f.descent = to_pt(pango_font_metrics_get_descent(metrics.get()));
    f.hyphen_width = to_pt(pango_glyph_string_get_width(shape(item, "-", 1, "-", 1).get()));
    return facts_.emplace(font, f).first->second;
  }

  int add_run(const SharedWord& shaped, const std::string& link) {
    GlyphRun run;
    run.word = shaped;
    run.link = link_index(link);
    for (int i = 0; i < run.glyphs()->num_glyphs; ++i) {
      const PangoGlyph g = run.glyphs()->glyphs[i].glyph;
      if (g & PANGO_GLYPH_UNKNOWN_FLAG) missing_.insert(g & ~PANGO_GLYPH_UNKNOWN_FLAG);
    }
    out_.runs.push_back(std::move(run));
    return static_cast<int>(out_.runs.size() - 1);
  }

  // Consecutive runs mostly share their link, so the last one is checked first.
  int link_index(const std::string& link) {
    if (link.empty()) return -1;
    auto& links = out_.links;
    if (!links.empty() && links.back() == link) return static_cast<int>(links.size() - 1);
    const auto it = std::find(links.begin(), links.end(), link);
    if (it != links.end()) return static_cast<int>(it - links.begin());
    links.push_back(link);
    return static_cast<int>(links.size() - 1);
  }

  // The run holding the font's hyphen, added once per paragraph.
  Box hyphen_box(const PangoItem* item) {
    const FontFacts& f = facts(item);
    auto [it, fresh] = hyphen_run_.emplace(item->analysis.font, -1);
    if (fresh) it->second = add_run(cache_.shape(item, "-", 0, 1, f.ascent, f.descent), "");
    Box b;
    b.width = f.hyphen_width;
    b.run = it->second;
    b.byte_begin = 0;
    b.byte_end = 1;
    b.bidi_level = item->analysis.level;
    return b;
  }

  void add_space(const PangoItem* item, std::size_t begin, std::size_t end) {
    bool forced = false, breakable = false;
    for (std::size_t p = begin; p < end; p = next_char(p)) {
      forced |= is_forced_break(char_at(p));
      breakable |= !is_no_break_space(char_at(p));
    }
    if (forced) {  // TeX's \hfil\break
      drop_trailing_glue();
      if (out_.nodes.empty()) return;
      out_.nodes.push_back(Penalty{0, kInfinitePenalty, false, false});
      out_.nodes.push_back(Glue{0, 0, 0, 1, out_.base_level});
      out_.nodes.push_back(Penalty{0, -kInfinitePenalty, false, false});
      return;
    }
    const bool at_start =
        out_.nodes.empty() || (out_.nodes.size() == 1 && std::holds_alternative<Box>(out_.nodes[0]) &&
                               std::get<Box>(out_.nodes[0]).run < 0);
    if (at_start || std::holds_alternative<Glue>(out_.nodes.back())) return;
    if (!breakable) out_.nodes.push_back(Penalty{0, kInfinitePenalty, false, false});
    const FontFacts& f = facts(item);
    // Monospaced text keeps fixed spaces, as TeX's typewriter fonts do.
    const bool mono = para_.runs[run_of(begin)].style.family == FontRole::Mono;
    const double stretch = mono ? 0 : f.space * opts_.space_stretch;
    const double shrink = mono ? 0 : f.space * opts_.space_shrink;
    out_.nodes.push_back(Glue{f.space, stretch, shrink, 0, item->analysis.level});
  }

  void add_word(const PangoItem* item, std::size_t begin, std::size_t end, const std::string& link) {
    const FontFacts& f = facts(item);
    const SharedWord& shaped = cache_.shape(item, text_, begin, end, f.ascent, f.descent);
    const bool rtl = item->analysis.level % 2 == 1;
    WordKey key{shaped->glyphs.get(),
                rtl ? nullptr : hyphenator_,
                {},
                {opts_.hyphen_penalty, opts_.ex_hyphen_penalty, opts_.url_penalty, opts_.emergency_penalty}};
    for (std::size_t p = next_char(begin); p < end; p = next_char(p))
      if (log_attrs_[static_cast<std::size_t>(char_at_byte_[p])].is_line_break)
        key.unicode_breaks.push_back(p - begin);
    key.compute_hash();
    auto it = patterns_.known.find(key);
    if (it == patterns_.known.end()) {
      WordPattern pattern;
      word_pattern(item, text_.substr(begin, end - begin), *shaped, key.unicode_breaks, key.hyphenator,
                   pattern);
      it = patterns_.known.emplace(std::move(key), std::move(pattern)).first;
    }
    const WordPattern& pattern = it->second;

    const int run = add_run(shaped, link);
    std::vector<int> extra;
    for (const auto& extra_shaped : pattern.extra) extra.push_back(add_run(extra_shaped, link));
    auto fill = [&](Box& b) {
      if (b.run == 0)
        b.run = run;
      else if (b.run > 0)
        b.run = extra[static_cast<std::size_t>(b.run - 1)];
      else if (b.run == kHyphenRun)
        b.run = hyphen_box(item).run;
    };
    for (Node n : pattern.nodes) {
      if (auto* b = std::get_if<Box>(&n)) {
        fill(*b);
      } else if (auto* d = std::get_if<Discretionary>(&n)) {
        fill(d->pre_break);
        fill(d->post_break);
        fill(d->no_break);
      }
      out_.nodes.push_back(std::move(n));
    }
  }

  // The nodes of `word` into `pattern`, its runs left open (see WordPattern).
  void word_pattern(const PangoItem* item, const std::string& word, const ShapedWord& shaped,
                    const std::vector<std::size_t>& unicode_breaks, const Hyphenator* hyph,
                    WordPattern& pattern) {
    const PangoGlyphString* glyphs = shaped.glyphs.get();
    const bool rtl = item->analysis.level % 2 == 1;
    std::map<std::size_t, WordBreak> breaks;
    for (const auto& b : find_word_breaks(word, unicode_breaks, hyph)) breaks.emplace(b.offset, b);
    const bool url = looks_like_url(word);

    // Boxes split where a glyph cluster starts. A hyphenation point inside a cluster (a
    // ligature: "ef|fi|cient" set with an "ffi" glyph) becomes a discretionary of its own.
    std::set<std::size_t> cluster_starts;
    for (int i = 0; i < glyphs->num_glyphs; ++i)
      cluster_starts.insert(static_cast<std::size_t>(glyphs->log_clusters[i]));
    std::map<std::size_t, std::size_t> ligature_point;  // cluster start -> point inside it
    for (const auto& [off, b] : breaks) {
      if (b.kind != BreakKind::Hyphenation || cluster_starts.count(off)) continue;
      const auto next = cluster_starts.upper_bound(off);
      if (next == cluster_starts.begin()) continue;
      ligature_point.emplace(*std::prev(next), off);
    }
    std::vector<std::size_t> cuts(cluster_starts.begin(), cluster_starts.end());  // piece boundaries
    if (cuts.empty() || cuts.front() != 0) cuts.insert(cuts.begin(), 0);
    cuts.push_back(word.size());

    std::map<std::size_t, double> cluster_width;
    for (int i = 0; i < glyphs->num_glyphs; ++i)
      cluster_width[static_cast<std::size_t>(glyphs->log_clusters[i])] +=
          to_pt(glyphs->glyphs[i].geometry.width);

    const int run = 0;
    auto make_box = [&](int run_index, std::size_t begin, std::size_t end, double width) {
      Box b;
      b.width = width;
      b.run = run_index;
      b.byte_begin = static_cast<int>(begin);
      b.byte_end = static_cast<int>(end);
      b.bidi_level = item->analysis.level;
      return b;
    };
    std::size_t piece_begin = 0;
    double piece_width = 0;
    auto flush = [&](std::size_t piece_end) {
      if (piece_end > piece_begin)
        pattern.nodes.push_back(make_box(run, piece_begin, piece_end, piece_width));
      piece_begin = piece_end;
      piece_width = 0;
    };
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      const std::size_t cluster = cuts[k];
      const std::size_t at = cuts[k + 1];
      if (const auto lig = ligature_point.find(cluster); lig != ligature_point.end()) {
        flush(cluster);
        Discretionary d;
        d.penalty = opts_.hyphen_penalty;
        d.no_break = make_box(run, cluster, at, cluster_width[cluster]);
        d.pre_break = shaped_box(item, word.substr(cluster, lig->second - cluster) + "-", pattern, make_box);
        d.post_break = shaped_box(item, word.substr(lig->second, at - lig->second), pattern, make_box);
        pattern.nodes.push_back(d);
        piece_begin = at;
      } else {
        piece_width += cluster_width[cluster];
      }
      if (at == word.size()) break;
      flush(at);
      const auto it = breaks.find(at);
      if (it == breaks.end()) {
        // Last resort, for words wider than the measure: only the final pass uses these.
        if (url || rtl) {
          pattern.nodes.push_back(Penalty{0, opts_.emergency_penalty, false, true});
        } else {
          Discretionary d;
          d.pre_break = open_hyphen_box(item);
          d.penalty = opts_.emergency_penalty;
          d.emergency = true;
          pattern.nodes.push_back(d);
        }
        continue;
      }
      switch (it->second.kind) {
        case BreakKind::ExplicitHyphen:
          pattern.nodes.push_back(Penalty{0, opts_.ex_hyphen_penalty, true, false});
          break;
        case BreakKind::Opportunity:
          pattern.nodes.push_back(Penalty{0, 0, false, false});
          break;
        case BreakKind::Url:
          pattern.nodes.push_back(Penalty{0, opts_.url_penalty, false, false});
          break;
        case BreakKind::Hyphenation: {
          Discretionary d;
          d.pre_break = open_hyphen_box(item);
          d.penalty = opts_.hyphen_penalty;
          pattern.nodes.push_back(d);
          break;
        }
      }
    }
    flush(word.size());
  }

  // `text` shaped on its own in the item's font, as one box of an extra run of `pattern`.
  template <typename MakeBox>
  Box shaped_box(const PangoItem* item, const std::string& text, WordPattern& pattern, MakeBox& make_box) {
    const FontFacts& f = facts(item);
    const SharedWord& shaped = cache_.shape(item, text, 0, text.size(), f.ascent, f.descent);
    const double width = to_pt(pango_glyph_string_get_width(shaped->glyphs.get()));
    pattern.extra.push_back(shaped);
    return make_box(static_cast<int>(pattern.extra.size()), 0, text.size(), width);
  }

  // The font's hyphen as a box of a word pattern, its run left open.
  Box open_hyphen_box(const PangoItem* item) {
    const FontFacts& f = facts(item);
    Box b;
    b.width = f.hyphen_width;
    b.run = kHyphenRun;
    b.byte_begin = 0;
    b.byte_end = 1;
    b.bidi_level = item->analysis.level;
    return b;
  }

  const std::string& text_;
  const ParagraphText& para_;
  const std::vector<std::size_t>& run_starts_;
  const ShapeOptions& opts_;
  const Hyphenator* hyphenator_;
  ShapeCache& cache_;
  std::map<PangoFont*, FontFacts>& facts_;
  WordPatterns& patterns_;
  NodeList& out_;
  std::vector<long> char_at_byte_;  // char index of each byte that starts a char, else -1
  std::vector<PangoLogAttr> log_attrs_;
  std::map<PangoFont*, int> hyphen_run_;
  std::set<gunichar> missing_;
};

std::string describe_missing(const std::set<gunichar>& cps) {
  std::string list;
  std::size_t shown = 0;
  for (gunichar c : cps) {
    if (shown == 12) {
      list += fmt::format(" and {} more", cps.size() - shown);
      break;
    }
    list += fmt::format("{}U+{:04X}", shown ? ", " : "", static_cast<unsigned>(c));
    ++shown;
  }
  return list;
}

}  // namespace

Shaper::Shaper(const FontConfig& fonts, HyphenatorSet& hyphenators, std::size_t cache_words)
    : fonts_(fonts),
      hyphenators_(hyphenators),
      ctx_(fonts.make_context()),
      cache_(std::make_unique<ShapeCache>()),
      patterns_(std::make_unique<WordPatterns>()),
      cache_words_(cache_words) {}

Shaper::~Shaper() = default;

void Shaper::drop_caches() {
  cache_ = std::make_unique<ShapeCache>();
  patterns_ = std::make_unique<WordPatterns>();
}

NodeList Shaper::shape(const ParagraphText& para, const ShapeOptions& options, Diagnostics& diags) {
  NodeList out;
  std::string text;
  std::vector<std::size_t> run_starts;
  for (const auto& r : para.runs) {
    run_starts.push_back(text.size());
    text += r.text;
  }
  if (const char* bad = nullptr; !g_utf8_validate(text.data(), static_cast<gssize>(text.size()), &bad)) {
    diags.error(para.loc, "paragraph text is not valid utf-8", "invalid-utf8");
    return out;
  }

  PangoLanguage* language = pango_language_from_string(para.language.c_str());
  pango_context_set_language(ctx_.get(), language);
  PangoDirection dir = PANGO_DIRECTION_LTR;
  if (para.direction == Direction::RightToLeft)
    dir = PANGO_DIRECTION_RTL;
  else if (para.direction == Direction::Auto && first_strong_is_rtl(text))
    dir = PANGO_DIRECTION_RTL;
  out.base_level = dir == PANGO_DIRECTION_RTL ? 1 : 0;

  if (options.indent > 0) {
    Box indent;
    indent.width = options.indent;
    indent.bidi_level = out.base_level;
    out.nodes.push_back(indent);
  }
  if (text.empty()) {
    out.nodes.push_back(Penalty{0, kInfinitePenalty, false, false});
    out.nodes.push_back(Glue{0, 0, 0, 1, out.base_level});
    out.nodes.push_back(Penalty{0, -kInfinitePenalty, false, false});
    return out;
  }

  // Both together: word patterns are keyed by the cache's glyph strings. Runs already made
  // keep their shaped words alive.
  if (cache_->size() > cache_words_) drop_caches();
  const auto attrs = make_attributes(fonts_, para, run_starts, language);
  const Hyphenator* hyph = options.hyphenate ? hyphenators_.for_language(para.language) : nullptr;
  ParagraphShaper ps(text, para, run_starts, options, hyph, *cache_, facts_, *patterns_, out);
  auto& log = ps.log_attrs();
  pango_get_log_attrs(text.data(), static_cast<int>(text.size()), out.base_level, language, log.data(),
                      static_cast<int>(log.size()));
  graphics::ItemListPtr items(pango_itemize_with_base_dir(
      ctx_.get(), dir, text.data(), 0, static_cast<int>(text.size()), attrs.get(), nullptr));
  for (GList* l = items.get(); l; l = l->next) ps.add_item(static_cast<const PangoItem*>(l->data));
  ps.finish();

  if (!ps.missing().empty())
    diags.warning(para.loc, "no font has a glyph for " + describe_missing(ps.missing()), "missing-glyph");
  return out;
}

}  // namespace quire::typeset
