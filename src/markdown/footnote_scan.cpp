#include "markdown/footnote_scan.h"

namespace quire::markdown {

std::vector<FootnoteDefinitionLine> scan_footnote_definitions(std::string_view text) {
  std::vector<FootnoteDefinitionLine> found;
  int line = 1;
  for (std::size_t start = 0; start < text.size(); ++line) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view row = text.substr(start, end - start);
    std::size_t i = 0;
    while (i < row.size() && (row[i] == ' ' || row[i] == '\t' || row[i] == '>')) ++i;
    if (row.substr(i, 2) == "[^") {
      const std::size_t close = row.find_first_of("] \t[", i + 2);
      if (close != std::string_view::npos && row[close] == ']' && close > i + 2 && close + 1 < row.size() &&
          row[close + 1] == ':') {
        found.push_back({std::string(row.substr(i + 2, close - i - 2)), line, static_cast<int>(i) + 1});
      }
    }
    start = end + 1;
  }
  return found;
}

}  // namespace quire::markdown
