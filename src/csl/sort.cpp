#include "csl/sort.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "csl/text_case.h"
#include "util/utf8.h"

namespace quire::csl {

std::string collation_key(const std::string& text) {
  static const std::map<std::string, std::string> fold = {
      {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"},  {"æ", "ae"}, {"ç", "c"},
      {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"},  {"î", "i"},  {"ï", "i"},
      {"ñ", "n"}, {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"},  {"ø", "o"},  {"ù", "u"},
      {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"}, {"ÿ", "y"}, {"ß", "ss"}, {"ł", "l"},  {"ś", "s"},
      {"š", "s"}, {"ž", "z"}, {"ź", "z"}, {"ż", "z"}, {"č", "c"}, {"ć", "c"},  {"ř", "r"},  {"ě", "e"},
      {"ę", "e"}, {"ą", "a"}, {"ń", "n"}, {"ő", "o"}, {"ű", "u"}, {"ā", "a"},  {"ē", "e"},  {"ī", "i"},
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
    std::size_t len = util::utf8_sequence_length(c);
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

namespace {

// compare_sort_keys with the collation keys of `a` and `b` already made (`fa`, `fb`).
int compare_folded(const std::vector<std::string>& a, const std::vector<std::string>& fa,
                   const std::vector<std::string>& b, const std::vector<std::string>& fb,
                   const std::vector<bool>& descending) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    bool ea = a[i].empty(), eb = b[i].empty();
    if (ea && eb) continue;
    if (ea) return 1;  // empty keys sort last in both directions
    if (eb) return -1;
    int c = fa[i].compare(fb[i]);
    if (c == 0)
      c = a[i].compare(b[i]) < 0   ? 1
          : a[i].compare(b[i]) > 0 ? -1
                                   : 0;  // upper case after lower? keep lower first
    if (c == 0) continue;
    c = c < 0 ? -1 : 1;
    return descending[i] ? -c : c;
  }
  return 0;
}

std::vector<std::string> folded(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (const auto& k : keys) out.push_back(k.empty() ? std::string() : collation_key(k));
  return out;
}

}  // namespace

int compare_sort_keys(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      const std::vector<bool>& descending) {
  return compare_folded(a, folded(a), b, folded(b), descending);
}

std::vector<std::size_t> sorted_order(const std::vector<std::vector<std::string>>& keys,
                                      const std::vector<bool>& descending) {
  // Each item's keys folded once, not at every comparison (n log n of them).
  std::vector<std::vector<std::string>> folds;
  folds.reserve(keys.size());
  for (const auto& k : keys) folds.push_back(folded(k));
  std::vector<std::size_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    return compare_folded(keys[x], folds[x], keys[y], folds[y], descending) < 0;
  });
  return order;
}

}  // namespace quire::csl
