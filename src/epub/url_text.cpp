#include "epub/url_text.h"

#include <cctype>

namespace quire::epub {
namespace {

void append_escape(std::string& out, unsigned char c) {
  constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
}

bool is_unreserved(unsigned char c) {
  return (c < 0x80 && std::isalnum(c)) || c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

bool has_url_scheme(std::string_view s) {
  if (s.empty() || !std::isalpha(static_cast<unsigned char>(s[0]))) return false;
  for (std::size_t i = 1; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ':') return true;
    if (!(std::isalnum(c) || c == '+' || c == '-' || c == '.')) return false;
  }
  return false;
}

std::string encode_url(std::string_view url) {
  constexpr std::string_view kReserved = ":/?#[]@!$&'()*+,;=";
  std::string out;
  for (std::size_t i = 0; i < url.size(); ++i) {
    const auto c = static_cast<unsigned char>(url[i]);
    const bool escape_sequence = c == '%' && i + 2 < url.size() &&
                                 std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
                                 std::isxdigit(static_cast<unsigned char>(url[i + 2]));
    if (is_unreserved(c) || kReserved.find(url[i]) != std::string_view::npos || escape_sequence) {
      out += url[i];
    } else {
      append_escape(out, c);
    }
  }
  return out;
}

std::string encode_path(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (is_unreserved(c) || ch == '/') {
      out += ch;
    } else {
      append_escape(out, c);
    }
  }
  return out;
}

}  // namespace quire::epub
