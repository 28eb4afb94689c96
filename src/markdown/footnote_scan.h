#pragma once
// Finds footnote definition lines (`[^label]: ...`) in Markdown source. cmark drops unused
// and repeated definitions without a trace; this lets the reader still report them.
#include <string>
#include <string_view>
#include <vector>

namespace quire::markdown {

struct FootnoteDefinitionLine {
  std::string label;
  int line = 0;  // 1-based within the scanned text
  int col = 0;   // 1-based byte column of the '['
};

// Every line that starts, after indentation and block-quote markers, with `[^label]:`.
// Lines inside code blocks are reported too; the caller knows where those are.
std::vector<FootnoteDefinitionLine> scan_footnote_definitions(std::string_view text);

}  // namespace quire::markdown
