#include "util/text.h"

#include <cctype>

namespace quire::util {

void line_col(std::string_view s, std::size_t offset, int& line, int& col) {
  line = 1;
  col = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
}

std::string slugify(std::string_view s) {
  std::string out;
  bool dash = false;
  for (unsigned char c : s) {
    if (c >= 0x80) {  // keep UTF-8 bytes of letters beyond ASCII
      out += static_cast<char>(c);
      dash = false;
    } else if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
      dash = false;
    } else if (c == '-' || c == '_' || std::isspace(c)) {
      if (!out.empty() && !dash) {
        out += '-';
        dash = true;
      }
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace quire::util
