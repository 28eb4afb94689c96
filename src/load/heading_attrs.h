#pragma once
// What a level-1 heading tells the book's structure: its title as plain text, and from its
// attributes (`# Title {#sec:x .unnumbered .unlisted}`, read by the Markdown reader) its id and
// whether the chapter it opens is numbered and listed in the contents.
#include <string>

#include "model/document.h"

namespace quire::load {

struct HeadingAttrs {
  std::string id;        // "#sec:intro" -> "sec:intro"
  bool numbered = true;  // false for `.unnumbered` or `-`
  bool listed = true;    // false for `.unlisted`
};

// The heading's text, and its attributes.
std::string heading_title(const model::Heading& h, HeadingAttrs* attrs = nullptr);

}  // namespace quire::load
