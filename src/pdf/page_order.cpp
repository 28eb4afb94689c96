#include "pdf/page_order.h"

#include <glib.h>

#include <cstdlib>
#include <string_view>

#include "layout/book_pages.h"
#include "pdf/pdf_patch.h"

namespace quire::pdf {

namespace {

// The value of a lowercase roman numeral written as layout::roman writes it, else 0.
int roman_value(const std::string& label) {
  if (label.empty() || label.size() > 15) return 0;
  int value = 0, last = 0;
  for (auto it = label.rbegin(); it != label.rend(); ++it) {
    int digit = 0;
    switch (*it) {
      case 'i': digit = 1; break;
      case 'v': digit = 5; break;
      case 'x': digit = 10; break;
      case 'l': digit = 50; break;
      case 'c': digit = 100; break;
      case 'd': digit = 500; break;
      case 'm': digit = 1000; break;
      default: return 0;
    }
    value += digit < last ? -digit : digit;
    last = std::max(last, digit);
  }
  return value > 0 && layout::roman(value) == label ? value : 0;
}

// The value of a decimal number without leading zeros, else 0.
long decimal_value(const std::string& label) {
  if (label.empty() || label.size() > 9 || label[0] == '0') return 0;
  long value = 0;
  for (char c : label) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  return value;
}

// A PDF text string: literal when plain ASCII, else UTF-16BE with its byte-order mark.
std::string text_string(const std::string& text) {
  bool ascii = true;
  for (unsigned char c : text) ascii = ascii && c >= 0x20 && c < 0x7f;
  if (ascii) {
    std::string out = "(";
    for (char c : text) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  glong units = 0;
  gunichar2* utf16 = g_utf8_to_utf16(text.data(), static_cast<glong>(text.size()), nullptr, &units, nullptr);
  std::string out = "<FEFF";
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (glong i = 0; utf16 && i < units; ++i)
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(utf16[i] >> shift) & 0xF];
  g_free(utf16);
  return out + ">";
}

}  // namespace

bool move_last_pages_first(std::string& pdf, std::size_t count) {
  // The page tree is the object the catalog (the last object Cairo writes) names.
  const std::size_t catalog = pdf.rfind("/Type /Catalog");
  if (catalog == std::string::npos) return false;
  const std::size_t named = pdf.find("/Pages ", catalog);
  if (named == std::string::npos) return false;
  const long number = std::strtol(pdf.c_str() + named + 7, nullptr, 10);
  const std::vector<std::size_t> offsets = object_offsets(pdf);
  if (number <= 0 || static_cast<std::size_t>(number) >= offsets.size()) return false;
  const std::size_t pages = offsets[static_cast<std::size_t>(number)];
  const std::string head = std::to_string(number) + " 0 obj\n<< /Type /Pages";
  if (pages == 0 || pdf.compare(pages, head.size(), head) != 0) return false;
  const std::size_t open = pdf.find("/Kids [", pages);
  const std::size_t end = pdf.find("endobj", pages);
  if (open == std::string::npos || open > end) return false;
  const std::size_t first = open + 7;
  const std::size_t close = pdf.find(']', first);
  if (close == std::string::npos || close > end) return false;
  // "[ 2 0 R 9 0 R ]": references of three tokens each, between single spaces.
  std::vector<std::string> refs;
  std::string_view rest(pdf.data() + first, close - first);
  std::vector<std::string_view> tokens;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view token = rest.substr(0, space);
    if (!token.empty()) tokens.push_back(token);
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  if (tokens.size() % 3 != 0) return false;
  for (std::size_t i = 0; i < tokens.size(); i += 3) {
    if (tokens[i + 2] != "R") return false;
    refs.push_back(std::string(tokens[i]) + " " + std::string(tokens[i + 1]) + " R");
  }
  if (count > refs.size()) return false;
  std::string kids = " ";
  const std::size_t split = refs.size() - count;
  for (std::size_t i = 0; i < refs.size(); ++i) kids += refs[(split + i) % refs.size()] + " ";
  if (kids.size() != close - first) return false;
  pdf.replace(first, kids.size(), kids);
  return true;
}

std::string page_labels_tree(const std::vector<std::string>& labels) {
  std::string out = "<< /Nums [";
  char style = 0;  // of the range open: 'r', 'D', or 0 (a prefix of its own)
  long expected = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const int roman = roman_value(labels[i]);
    const long decimal = roman ? 0 : decimal_value(labels[i]);
    const char now = roman ? 'r' : decimal ? 'D' : 0;
    const long value = roman ? roman : decimal;
    if (now != 0 && now == style && value == expected) {
      ++expected;
      continue;
    }
    // Appended piece by piece: GCC 12 warns (wrongly) on "literal" + std::string here.
    out.append(" ").append(std::to_string(i)).append(" <<");
    if (now != 0) {
      out.append(" /S /").push_back(now);
      if (value != 1) out.append(" /St ").append(std::to_string(value));
    } else {
      out.append(" /P ").append(text_string(labels[i]));
    }
    out += " >>";
    style = now;
    expected = value + 1;
  }
  return out + " ] >>";
}

std::string add_page_labels(std::string pdf, const std::string& tree) {
  constexpr std::string_view kCatalog = "/Type /Catalog";
  const std::size_t catalog = pdf.rfind(kCatalog);
  if (catalog == std::string::npos) return pdf;
  insert_into_pdf(pdf, {{catalog + kCatalog.size(), "\n   /PageLabels " + tree}});
  return pdf;
}

}  // namespace quire::pdf
