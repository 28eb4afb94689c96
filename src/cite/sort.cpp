#include "cite/sort.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "cite/text_case.h"

namespace quire::cite {

std::string collation_key(const std::string& text) {
  static const std::map<std::string, std::string> fold = {
      {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"æ", "ae"}, {"ç", "c"},
      {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"},
      {"ñ", "n"}, {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ù", "u"},
      {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"}, {"ÿ", "y"}, {"ß", "ss"}, {"ł", "l"}, {"ś", "s"},
      {"š", "s"}, {"ž", "z"}, {"ź", "z"}, {"ż", "z"}, {"č", "c"}, {"ć", "c"}, {"ř", "r"}, {"ě", "e"},
      {"ę", "e"}, {"ą", "a"}, {"ń", "n"}, {"ő", "o"}, {"ű", "u"}, {"ā", "a"}, {"ē", "e"}, {"ī", "i"},
      {"ō", "o"}, {"ū", "u"}};
  std::string lower = to_lower(text);
  std::string out;
  bool in_tag = false;
  for (std::size_t i = 0; i < lower.size();) {
    unsigned char c = static_cast<unsigned char>(lower[i]);
    if (c == '<') in_tag = true;
    if (in_tag) {
      if (c == '>') in_tag = false;
      ++i;
      continue;
    }
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    std::string ch = lower.substr(i, len);
    i += len;
    auto it = fold.find(ch);
    if (it != fold.end()) ch = it->second;
    if (ch == "[" || ch == "]" || ch == "\"" || ch == "'" || ch == "\u201c" || ch == "\u201d" ||
        ch == "\u2018" || ch == "\u2019" || ch == "(" || ch == ")")
      continue;
    out += ch;
  }
  return out;
}

int compare_sort_keys(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      const std::vector<bool>& descending) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    bool ea = a[i].empty(), eb = b[i].empty();
    if (ea && eb) continue;
    if (ea) return 1;  // empty keys sort last in both directions
    if (eb) return -1;
    std::string ka = collation_key(a[i]), kb = collation_key(b[i]);
    int c = ka.compare(kb);
    if (c == 0) c = a[i].compare(b[i]) < 0 ? 1 : a[i].compare(b[i]) > 0 ? -1 : 0;  // upper case after lower? keep lower first
    if (c == 0) continue;
    c = c < 0 ? -1 : 1;
    return descending[i] ? -c : c;
  }
  return 0;
}

std::vector<std::size_t> sorted_order(const std::vector<std::vector<std::string>>& keys,
                                      const std::vector<bool>& descending) {
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return compare_sort_keys(keys[x], keys[y], descending) < 0;
  });
  return order;
}

}  // namespace quire::cite
