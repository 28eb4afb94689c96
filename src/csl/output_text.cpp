#include "csl/output_text.h"

#include "csl/flatten.h"

namespace quire::csl {

std::string to_text(const Rich& r, const Locale& locale) {
  std::string out;
  for (const auto& t : flatten(r, locale)) {
    if (t.kind == Token::Text) {
      out += t.text;
    } else if (t.text.rfind("<div", 0) == 0 && !out.empty() && out.back() != ' ' && out.back() != '\n') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace quire::csl
