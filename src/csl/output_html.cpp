#include "csl/output_html.h"

#include "csl/flatten.h"

namespace quire::csl {

std::string escape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == '&') out += "&#38;";
    else if (c == '<') out += "&#60;";
    else if (c == '>') out += "&#62;";
    else out += c;
  }
  return out;
}

namespace {

// Superscript letters in locale terms (French "1ʳᵉ", Spanish "1.º") become <sup> markup.
std::string superscripts_to_tags(const std::string& s) {
  static const std::pair<const char*, const char*> table[] = {
      {"\u00aa", "a"}, {"\u00ba", "o"}, {"\u02b3", "r"}, {"\u1d49", "e"}, {"\u02e2", "s"}, {"\u1d57", "t"},
      {"\u02b0", "h"}, {"\u1d48", "d"}, {"\u207f", "n"}, {"\u1d52", "o"}, {"\u1d50", "m"}, {"\u02e1", "l"},
      {"\u1d4d", "g"}, {"\u1d4f", "k"}, {"\u2071", "i"}, {"\u1d58", "u"}, {"\u1d5b", "v"}, {"\u02b7", "w"},
      {"\u02e3", "x"}, {"\u02b8", "y"}, {"\u1d43", "a"}, {"\u1d47", "b"}, {"\u1d9c", "c"}, {"\u1da0", "f"},
      {"\u02b2", "j"}, {"\u1d56", "p"}, {"\u00b9", "1"}, {"\u00b2", "2"}, {"\u00b3", "3"}, {"\u2070", "0"},
      {"\u2074", "4"}, {"\u2075", "5"}, {"\u2076", "6"}, {"\u2077", "7"}, {"\u2078", "8"}, {"\u2079", "9"}};
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    bool hit = false;
    if (static_cast<unsigned char>(s[i]) >= 0xc2) {
      for (const auto& [from, to] : table) {
        std::size_t len = std::char_traits<char>::length(from);
        if (s.compare(i, len, from) == 0) {
          out += std::string("<sup>") + to + "</sup>";
          i += len;
          hit = true;
          break;
        }
      }
    }
    if (!hit) out += s[i++];
  }
  return out;
}

}  // namespace

std::string to_html(const Rich& r, const Locale& locale) {
  std::string out;
  for (const auto& t : flatten(r, locale))
    out += t.kind == Token::Text ? superscripts_to_tags(escape_html(t.text)) : t.text;
  return out;
}

}  // namespace quire::csl
