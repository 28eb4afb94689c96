#include "csl/text_case.h"

#include <locale>
#include <set>
#include <vector>

namespace quire::csl {

namespace {

std::u32string decode(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    int len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1f; len = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0f; len = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; len = 4; }
    else { out += c; ++i; continue; }
    if (i + len > s.size()) { out += c; ++i; continue; }
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    out += cp;
    i += len;
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) { out += static_cast<char>(0xc0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3f)); }
    else if (cp < 0x10000) { out += static_cast<char>(0xe0 | (cp >> 12)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f)); out += static_cast<char>(0x80 | (cp & 0x3f)); }
    else { out += static_cast<char>(0xf0 | (cp >> 18)); out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f)); out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f)); out += static_cast<char>(0x80 | (cp & 0x3f)); }
  }
  return out;
}

const std::ctype<wchar_t>& ctype() {
  static const std::locale loc = [] {
    try {
      return std::locale("C.UTF-8");
    } catch (...) {
      return std::locale::classic();
    }
  }();
  return std::use_facet<std::ctype<wchar_t>>(loc);
}

char32_t up(char32_t c) { return static_cast<char32_t>(ctype().toupper(static_cast<wchar_t>(c))); }
char32_t low(char32_t c) { return static_cast<char32_t>(ctype().tolower(static_cast<wchar_t>(c))); }
bool is_letter(char32_t c) { return c > 0x7f ? up(c) != low(c) || c >= 0xc0 : std::isalpha(static_cast<int>(c)) != 0; }
bool is_upper(char32_t c) { return low(c) != c; }
bool is_lower(char32_t c) { return up(c) != c; }

const std::set<std::u32string>& stop_words() {
  static const std::set<std::u32string> words = {
      U"a", U"an", U"and", U"as", U"at", U"but", U"by", U"down", U"for", U"from", U"in", U"into",
      U"nor", U"of", U"on", U"onto", U"or", U"over", U"so", U"the", U"till", U"to", U"up", U"via",
      U"with", U"yet", U"about", U"against", U"between", U"during", U"without", U"within",
      U"among", U"around", U"through", U"toward", U"towards", U"upon", U"under", U"after",
      U"before", U"off", U"out", U"since", U"than", U"vs.", U"v.", U"per", U"de", U"d'", U"von", U"van", U"del", U"der"};
  return words;
}

bool is_separator(char32_t c) {
  return c == U' ' || c == U'-' || c == U'/' || c == 0x2013 || c == 0x2014 || c == 0xa0;
}

void collect(Rich& r, std::vector<std::string*>& leaves, std::vector<bool>& protected_flags, bool prot) {
  prot = prot || r.nocase || !r.font_variant.empty() || !r.vertical_align.empty();
  if (r.kids.empty()) {
    leaves.push_back(&r.text);
    protected_flags.push_back(prot);
    return;
  }
  for (auto& k : r.kids) collect(k, leaves, protected_flags, prot);
}

}  // namespace

std::string to_upper(const std::string& s) {
  auto u = decode(s);
  for (auto& c : u) c = up(c);
  return encode(u);
}

std::string to_lower(const std::string& s) {
  auto u = decode(s);
  for (auto& c : u) c = low(c);
  return encode(u);
}

std::string capitalize_first(const std::string& s) {
  auto u = decode(s);
  for (auto& c : u) {
    if (is_letter(c)) {
      c = up(c);
      break;
    }
  }
  return encode(u);
}

void apply_text_case(Rich& r, const std::string& tc, bool english) {
  if (tc.empty()) return;
  std::vector<std::string*> leaves;
  std::vector<bool> prot;
  collect(r, leaves, prot, false);
  // Work on the whole text as code points with leaf boundaries, so words can span leaves.
  std::vector<std::u32string> texts;
  for (auto* l : leaves) texts.push_back(decode(*l));
  struct Pos { std::size_t leaf, idx; };
  std::vector<Pos> chars;
  std::u32string all;
  for (std::size_t li = 0; li < texts.size(); ++li)
    for (std::size_t ci = 0; ci < texts[li].size(); ++ci) {
      chars.push_back({li, ci});
      all += texts[li][ci];
    }
  auto set = [&](std::size_t i, char32_t c) {
    if (!prot[chars[i].leaf]) texts[chars[i].leaf][chars[i].idx] = c;
  };
  bool any_lower = false, any_upper = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (prot[chars[i].leaf]) continue;
    if (is_lower(all[i])) any_lower = true;
    if (is_upper(all[i])) any_upper = true;
  }
  bool all_upper = any_upper && !any_lower;
  if (tc == "lowercase") {
    for (std::size_t i = 0; i < all.size(); ++i) set(i, low(all[i]));
  } else if (tc == "uppercase") {
    for (std::size_t i = 0; i < all.size(); ++i) set(i, up(all[i]));
  } else if (tc == "capitalize-first" || tc == "sentence") {
    if (tc == "sentence") {
      // lower-case all but acronyms (all-capital words), unless the whole text is capitals
      std::size_t i = 0;
      while (i < all.size()) {
        std::size_t start = i;
        while (i < all.size() && all[i] != U' ') ++i;
        bool word_upper = true;
        int letters = 0;
        for (std::size_t k = start; k < i; ++k) {
          if (is_lower(all[k])) word_upper = false;
          if (is_letter(all[k])) ++letters;
        }
        if (all_upper || !word_upper || letters < 2)
          for (std::size_t k = start; k < i; ++k) set(k, low(all[k]));
        while (i < all.size() && all[i] == U' ') ++i;
      }
    }
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (is_letter(all[i])) {
        set(i, up(all[i]));
        break;
      }
    }
  } else if (tc == "capitalize-all" || tc == "title") {
    if (tc == "title" && !english) return;
    // words: maximal runs without spaces
    std::size_t i = 0;
    bool first_word = true;
    bool after_colon = false;
    std::vector<std::pair<std::size_t, std::size_t>> words;
    while (i < all.size()) {
      while (i < all.size() && is_separator(all[i])) ++i;
      std::size_t start = i;
      while (i < all.size() && !is_separator(all[i])) ++i;
      if (i > start) words.push_back({start, i});
    }
    for (std::size_t w = 0; w < words.size(); ++w) {
      auto [s, e] = words[w];
      std::u32string word = all.substr(s, e - s);
      std::size_t letter = 0;
      while (letter < word.size() && !is_letter(word[letter])) ++letter;
      if (letter == word.size()) {
        after_colon = !word.empty() && (word.back() == U':' || word.back() == U'?' || word.back() == U'!');
        continue;
      }
      // a word that starts with a digit ("12th", "3rd") keeps its letters, as citeproc-js does
      std::size_t first_alnum = 0;
      while (first_alnum < letter && !(word[first_alnum] >= U'0' && word[first_alnum] <= U'9')) ++first_alnum;
      if (first_alnum < letter) {
        first_word = false;
        after_colon = word.back() == U':' || word.back() == U'?' || word.back() == U'!';
        continue;
      }
      if (tc == "capitalize-all") {
        set(s + letter, up(word[letter]));
        continue;
      }
      std::u32string lower_word;
      for (char32_t c : word) lower_word += low(c);
      std::u32string bare = lower_word;
      while (!bare.empty() && !is_letter(bare.back()) && bare.back() != U'.') bare.pop_back();
      std::size_t lead = 0;
      while (lead < bare.size() && !is_letter(bare[lead])) ++lead;
      bare = bare.substr(lead);
      bool word_lower = true;
      for (char32_t c : word)
        if (is_upper(c)) word_lower = false;
      // one-letter words ("i", "a") stay as they are, as in citeproc-js
      const bool one_letter = word.size() == 1;
      bool stop = (one_letter || (stop_words().count(bare) > 0 && w + 1 < words.size())) && !first_word && !after_colon;
      // stop words keep their case; other lower-case words are capitalised
      if (!stop && word_lower) {
        set(s + letter, up(word[letter]));
      }
      first_word = false;
      after_colon = word.back() == U':' || word.back() == U'?' || word.back() == U'!';
    }
  }
  for (std::size_t li = 0; li < leaves.size(); ++li) *leaves[li] = encode(texts[li]);
}

void strip_periods(Rich& r) {
  for_each_leaf(
      r,
      [](std::string& t) {
        std::string out;
        for (char c : t)
          if (c != '.') out += c;
        t = out;
      },
      false);
}

}  // namespace quire::csl
