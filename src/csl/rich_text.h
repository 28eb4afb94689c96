#pragma once
// Formatted text as the renderer builds it: a small tree of spans carrying CSL formatting
// (font style/variant/weight, decoration, vertical alignment, quotes, display), which the
// HTML and plain-text writers turn into output.
#include <string>
#include <vector>

namespace quire::csl {

struct Rich {
  std::string text;  // leaf text; a node with kids has none
  std::vector<Rich> kids;
  std::string font_style, font_variant, font_weight, text_decoration, vertical_align, display;
  bool quotes = false;
  bool nocase = false;  // protected from text-case (from <span class="nocase">)
  std::string ref;      // a cite within a citation: the id of the reference it renders (for links)

  static Rich leaf(std::string s) {
    Rich r;
    r.text = std::move(s);
    return r;
  }
  static Rich group(std::vector<Rich> kids) {
    Rich r;
    r.kids = std::move(kids);
    return r;
  }
  bool has_format() const {
    return !font_style.empty() || !font_variant.empty() || !font_weight.empty() ||
           !text_decoration.empty() || !vertical_align.empty() || !display.empty() || quotes;
  }
};

// True when nothing visible would be printed.
bool is_empty(const Rich& r);

// The text alone, formatting dropped (for sorting, comparing and text output).
std::string plain_text(const Rich& r);

// Joins non-empty parts with a delimiter (as a plain-text leaf between them).
Rich join_rich(std::vector<Rich> parts, const std::string& delimiter);

// Parses the HTML-like markup CSL-JSON fields may carry (<i>, <b>, <sc>, <sup>, <sub>,
// <span style="font-variant:small-caps;">, <span class="nocase">, quotes) into rich text.
Rich parse_markup(const std::string& s);

// Applies `f` to every leaf text in document order (skipping nocase spans when asked).
template <typename F>
void for_each_leaf(Rich& r, F&& f, bool skip_nocase = true) {
  if (skip_nocase && r.nocase) return;
  if (r.kids.empty()) {
    f(r.text);
    return;
  }
  for (auto& k : r.kids) for_each_leaf(k, f, skip_nocase);
}

}  // namespace quire::csl
