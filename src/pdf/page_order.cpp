#include "pdf/page_order.h"

#include <glib.h>

#include <cstdlib>
#include <optional>
#include <set>
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

namespace {

// An array of object references as Cairo writes one, "[ 2 0 R 9 0 R ]": where its contents
// lie (between the brackets) and the references, each "N 0 R".
struct RefArray {
  std::size_t first = 0;
  std::size_t close = 0;
  std::vector<std::string> refs;
};

// The array after `key` (e.g. "/Kids [") within the object that starts at `object`.
std::optional<RefArray> read_refs(const std::string& pdf, std::size_t object, std::string_view key) {
  const std::size_t end = pdf.find("endobj", object);
  const std::size_t open = pdf.find(key, object);
  if (end == std::string::npos || open == std::string::npos || open > end) return std::nullopt;
  RefArray out;
  out.first = open + key.size();
  out.close = pdf.find(']', out.first);
  if (out.close == std::string::npos || out.close > end) return std::nullopt;
  std::vector<std::string_view> tokens;
  std::string_view rest(pdf.data() + out.first, out.close - out.first);
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view token = rest.substr(0, space);
    if (!token.empty()) tokens.push_back(token);
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  if (tokens.size() % 3 != 0) return std::nullopt;
  for (std::size_t i = 0; i < tokens.size(); i += 3) {
    if (tokens[i + 2] != "R") return std::nullopt;
    out.refs.push_back(std::string(tokens[i]) + " " + std::string(tokens[i + 1]) + " R");
  }
  return out;
}

// The array's references put in `order` (a permutation of them): with single spaces, as
// Cairo writes them, the bytes keep their length. False when they would not.
bool write_refs(std::string& pdf, const RefArray& array, const std::vector<std::string>& order) {
  std::string text = " ";
  for (const auto& ref : order) text += ref + " ";
  if (text.size() != array.close - array.first) return false;
  pdf.replace(array.first, text.size(), text);
  return true;
}

// Where object `number` starts, if what follows its "N 0 obj\n" begins with `head`.
std::optional<std::size_t> find_object(const std::string& pdf, const std::vector<std::size_t>& offsets,
                                       long number, std::string_view head) {
  if (number <= 0 || static_cast<std::size_t>(number) >= offsets.size()) return std::nullopt;
  const std::size_t at = offsets[static_cast<std::size_t>(number)];
  const std::string start = std::to_string(number) + " 0 obj\n" + std::string(head);
  if (at == 0 || pdf.compare(at, start.size(), start) != 0) return std::nullopt;
  return at;
}

// The object number the catalog names after `key` ("/Pages "), or 0.
long catalog_entry(const std::string& pdf, std::string_view key) {
  const std::size_t catalog = catalog_start(pdf);
  if (catalog == std::string::npos) return 0;
  const std::size_t end = pdf.find(">>", catalog);
  const std::size_t named = pdf.find(key, catalog);
  if (named == std::string::npos || named > end) return 0;
  return std::strtol(pdf.c_str() + named + key.size(), nullptr, 10);
}

// The structure tree's top element (Cairo's one Document element, which holds every link)
// with its children on the pages `front` first, each group in its order.
void move_structure_first(std::string& pdf, const std::vector<std::size_t>& offsets,
                          const std::set<std::string>& front) {
  const auto root = find_object(pdf, offsets, catalog_entry(pdf, "/StructTreeRoot "), "<< /Type /StructTreeRoot");
  if (!root) return;
  const auto top = read_refs(pdf, *root, "/K [");
  if (!top || top->refs.size() != 1) return;
  const auto document =
      find_object(pdf, offsets, std::strtol(top->refs[0].c_str(), nullptr, 10), "<< /Type /StructElem");
  if (!document) return;
  const auto kids = read_refs(pdf, *document, "/K [");
  if (!kids) return;
  std::vector<std::string> first, rest;
  for (const auto& kid : kids->refs) {
    const auto element = find_object(pdf, offsets, std::strtol(kid.c_str(), nullptr, 10), "<< /Type /StructElem");
    const std::size_t page = element ? pdf.find("/Pg ", *element) : std::string::npos;
    const std::size_t end = element ? pdf.find("endobj", *element) : 0;
    bool on_front = false;
    if (page != std::string::npos && page < end) {
      const std::size_t ref_end = pdf.find(" R", page);
      on_front = ref_end < end && front.count(pdf.substr(page + 4, ref_end + 2 - page - 4)) > 0;
    }
    (on_front ? first : rest).push_back(kid);
  }
  first.insert(first.end(), rest.begin(), rest.end());
  write_refs(pdf, *kids, first);
}

}  // namespace

bool move_last_pages_first(std::string& pdf, std::size_t count) {
  const std::vector<std::size_t> offsets = object_offsets(pdf);
  const auto pages = find_object(pdf, offsets, catalog_entry(pdf, "/Pages "), "<< /Type /Pages");
  if (!pages) return false;
  const auto kids = read_refs(pdf, *pages, "/Kids [");
  if (!kids || count > kids->refs.size()) return false;
  const std::size_t split = kids->refs.size() - count;
  std::vector<std::string> order(kids->refs.begin() + static_cast<std::ptrdiff_t>(split), kids->refs.end());
  order.insert(order.end(), kids->refs.begin(), kids->refs.begin() + static_cast<std::ptrdiff_t>(split));
  if (!write_refs(pdf, *kids, order)) return false;
  move_structure_first(pdf, offsets, std::set<std::string>(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count)));
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
  add_to_catalog(pdf, "/PageLabels " + tree);
  return pdf;
}

}  // namespace quire::pdf
