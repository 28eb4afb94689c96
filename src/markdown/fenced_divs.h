#pragma once
// pandoc's fenced divs `::: {.class #id}` … `:::`, found line by line before cmark parses the
// text. Each fence line becomes a one-line HTML comment marker, so line numbers stay exact and
// the marker ends a paragraph: read as a block, a closing `:::` after a paragraph would be a
// lazy continuation of it.
#include <string>
#include <string_view>
#include <vector>

#include "model/attr.h"

namespace quire::markdown {

struct FencedDiv {
  model::Attr attr;  // a bare word `::: note` is a class
  int line = 0;      // 1-based, of the opening fence
  bool closed = false;
};

struct MarkedDivs {
  std::string text;  // the text with fences replaced by markers; empty when it has no div
  std::vector<FencedDiv> divs;
};

// Fences inside fenced code blocks are code. A `:::` line with no div open is text.
MarkedDivs mark_fenced_divs(std::string_view text);

// The div a marker comment opens (`open` true) or closes, by its index in `divs`; -1 when the
// HTML is no marker.
struct DivMarker {
  int index = -1;
  bool open = false;
};
DivMarker read_div_marker(std::string_view html);

}  // namespace quire::markdown
