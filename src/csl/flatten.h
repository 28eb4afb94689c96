#pragma once
// Rich text -> a flat run of text and tag tokens, with the punctuation clean-up citeproc-js
// performs (doubled periods and commas, punctuation moved inside quotes, doubled spaces).
#include <string>
#include <vector>

#include "csl/locale.h"
#include "csl/rich_text.h"

namespace quire::csl {

struct Token {
  enum Kind { Text, Open, Close } kind = Text;
  std::string text;        // text, or the HTML tag
  bool close_quote = false;  // a closing quotation mark
  std::string ref;         // Open/Close with empty text around one cite: the reference id
};

std::vector<Token> flatten(const Rich& r, const Locale& locale);

}  // namespace quire::csl
