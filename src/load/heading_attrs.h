#pragma once
// The trailing attribute block of a level-1 heading (`# Title {#sec:x .unnumbered}`), read
// here until the Markdown reader gives headings attributes of their own.
#include <string>

#include "model/document.h"

namespace quire::load {

struct HeadingAttrs {
  std::string id;        // "#sec:intro" -> "sec:intro"
  bool numbered = true;  // false for `.unnumbered` or `-`
  bool listed = true;    // false for `.unlisted`
};

// Reads `{...}` at the end of `content`'s last text and removes it (and the blank before it);
// leaves `content` alone and returns the defaults when there is no well-formed block.
HeadingAttrs take_heading_attrs(model::Inlines& content);

// The heading's text without its attribute block, and the attributes.
std::string heading_title(const model::Heading& h, HeadingAttrs* attrs = nullptr);

}  // namespace quire::load
