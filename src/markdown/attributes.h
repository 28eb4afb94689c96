#pragma once
// A reader for pandoc's attribute blocks `{#id .class key=value key="quoted value" -}` and raw
// attributes `{=html}`. Pure: it knows nothing of cmark, so the syntax extension and the
// reader share it and it can be tested on its own.
#include <cstddef>
#include <string>
#include <string_view>

#include "model/attr.h"

namespace quire::markdown {

struct ParsedAttributes {
  model::Attr attr;
  std::string raw_format;  // "html" for `{=html}`; then `attr` is empty
  std::size_t end = 0;     // bytes consumed, through the closing `}`; 0 when `ok` is false
  bool ok = false;
  std::string error;       // why the text is not an attribute block
  std::size_t error_at = 0;  // offset of the byte the error is about
};

// Longest attribute block read; anything longer is not taken for one.
constexpr std::size_t kMaxAttributeBlock = 4096;

// Reads the attribute block that starts at text[0] (which must be `{`). `-` stands for
// `.unnumbered`; `id=` and `class=` keys set the id and add classes; of several ids the last
// wins. Whitespace, newlines included, separates attributes.
ParsedAttributes parse_attributes(std::string_view text);

}  // namespace quire::markdown
