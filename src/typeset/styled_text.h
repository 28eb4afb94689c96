#pragma once
// A paragraph as the typesetter receives it: runs of plain text with character styles, its
// language and direction. Readers of the document model produce this; the shaper consumes it.
#include <string>
#include <vector>

#include "model/source.h"
#include "typeset/font_manifest.h"

namespace quire::typeset {

struct TextStyle {
  FontRole family = FontRole::Serif;  // Serif, Sans or Mono
  bool italic = false;
  bool bold = false;
  bool small_caps = false;
  double size = 10;   // pt
  std::string link;   // link target id, "" when none
};

struct StyledRun {
  // UTF-8. Spaces, tabs and newlines are interword space (runs of them count once);
  // U+00A0 is a space that does not break; U+2028 forces a line break.
  std::string text;
  TextStyle style;
};

enum class Direction { Auto, LeftToRight, RightToLeft };

struct ParagraphText {
  std::vector<StyledRun> runs;
  std::string language = "en-US";  // BCP 47; picks the hyphenation dictionary
  Direction direction = Direction::Auto;  // Auto: from the first strong character
  SourceLoc loc;                    // where diagnostics about it point
};

}  // namespace quire::typeset
