#include "csl/text_case.h"

#include <locale>
#include <set>
#include <vector>

#include "util/utf8.h"

namespace quire::csl {

namespace {

using util::to_u32;
using util::to_utf8;

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

// The text a text-case applies to: every leaf of a rich text as code points, seen as one
// string (so words can span leaves), where changes to protected leaves (nocase, small caps,
// super- and subscript) are dropped.
class CaseText {
 public:
  explicit CaseText(Rich& r) {
    collect(r, leaves_, prot_, false);
    for (auto* l : leaves_) texts_.push_back(to_u32(*l));
    for (std::size_t li = 0; li < texts_.size(); ++li)
      for (std::size_t ci = 0; ci < texts_[li].size(); ++ci) {
        chars_.push_back({li, ci});
        all_ += texts_[li][ci];
      }
  }
  // Writes the changed text back into the leaves.
  void commit() {
    for (std::size_t li = 0; li < leaves_.size(); ++li) *leaves_[li] = to_utf8(texts_[li]);
  }

  const std::u32string& all() const { return all_; }
  void set(std::size_t i, char32_t c) {
    if (!prot_[chars_[i].leaf]) texts_[chars_[i].leaf][chars_[i].idx] = c;
  }
  // Whether the unprotected text has capitals and no lower-case letters.
  bool all_upper() const {
    bool any_lower = false, any_upper = false;
    for (std::size_t i = 0; i < all_.size(); ++i) {
      if (prot_[chars_[i].leaf]) continue;
      if (is_lower(all_[i])) any_lower = true;
      if (is_upper(all_[i])) any_upper = true;
    }
    return any_upper && !any_lower;
  }

 private:
  struct Pos {
    std::size_t leaf, idx;
  };
  std::vector<std::string*> leaves_;
  std::vector<bool> prot_;
  std::vector<std::u32string> texts_;
  std::vector<Pos> chars_;
  std::u32string all_;
};

void map_all(CaseText& t, char32_t (*f)(char32_t)) {
  for (std::size_t i = 0; i < t.all().size(); ++i) t.set(i, f(t.all()[i]));
}

void capitalize_first_letter(CaseText& t) {
  const auto& all = t.all();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (is_letter(all[i])) {
      t.set(i, up(all[i]));
      break;
    }
  }
}

// Sentence case: lower-case all but acronyms (all-capital words), unless the whole text is
// capitals; then the first letter up.
void sentence_case(CaseText& t) {
  const auto& all = t.all();
  bool all_upper = t.all_upper();
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
      for (std::size_t k = start; k < i; ++k) t.set(k, low(all[k]));
    while (i < all.size() && all[i] == U' ') ++i;
  }
  capitalize_first_letter(t);
}

// Words: maximal runs without separators, as [start, end) offsets.
std::vector<std::pair<std::size_t, std::size_t>> words_of(const std::u32string& all) {
  std::vector<std::pair<std::size_t, std::size_t>> words;
  std::size_t i = 0;
  while (i < all.size()) {
    while (i < all.size() && is_separator(all[i])) ++i;
    std::size_t start = i;
    while (i < all.size() && !is_separator(all[i])) ++i;
    if (i > start) words.push_back({start, i});
  }
  return words;
}

bool ends_clause(const std::u32string& word) {
  return !word.empty() && (word.back() == U':' || word.back() == U'?' || word.back() == U'!');
}

// A title word as the stop-word list spells it: lower case, without surrounding
// punctuation (a trailing period stays: "v.", "vs.").
std::u32string bare_word(const std::u32string& word) {
  std::u32string bare;
  for (char32_t c : word) bare += low(c);
  while (!bare.empty() && !is_letter(bare.back()) && bare.back() != U'.') bare.pop_back();
  std::size_t lead = 0;
  while (lead < bare.size() && !is_letter(bare[lead])) ++lead;
  return bare.substr(lead);
}

// Capitalize-all and title case, word by word. Title case leaves stop words (but not the
// first word, the last, or one after a colon) and words with capitals as they are.
void capitalize_words(CaseText& t, bool title) {
  const auto& all = t.all();
  auto words = words_of(all);
  bool first_word = true;
  bool after_colon = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    auto [s, e] = words[w];
    std::u32string word = all.substr(s, e - s);
    std::size_t letter = 0;
    while (letter < word.size() && !is_letter(word[letter])) ++letter;
    if (letter == word.size()) {
      after_colon = ends_clause(word);
      continue;
    }
    // a word that starts with a digit ("12th", "3rd") keeps its letters, as citeproc-js does
    std::size_t first_alnum = 0;
    while (first_alnum < letter && !(word[first_alnum] >= U'0' && word[first_alnum] <= U'9')) ++first_alnum;
    if (first_alnum < letter) {
      first_word = false;
      after_colon = ends_clause(word);
      continue;
    }
    if (!title) {
      t.set(s + letter, up(word[letter]));
      continue;
    }
    bool word_lower = true;
    for (char32_t c : word)
      if (is_upper(c)) word_lower = false;
    // one-letter words ("i", "a") stay as they are, as in citeproc-js
    const bool one_letter = word.size() == 1;
    bool stop = (one_letter || (stop_words().count(bare_word(word)) > 0 && w + 1 < words.size())) &&
                !first_word && !after_colon;
    // stop words keep their case; other lower-case words are capitalised
    if (!stop && word_lower) t.set(s + letter, up(word[letter]));
    first_word = false;
    after_colon = ends_clause(word);
  }
}

}  // namespace

std::string to_upper(const std::string& s) {
  auto u = to_u32(s);
  for (auto& c : u) c = up(c);
  return to_utf8(u);
}

std::string to_lower(const std::string& s) {
  auto u = to_u32(s);
  for (auto& c : u) c = low(c);
  return to_utf8(u);
}

std::string capitalize_first(const std::string& s) {
  auto u = to_u32(s);
  for (auto& c : u) {
    if (is_letter(c)) {
      c = up(c);
      break;
    }
  }
  return to_utf8(u);
}

void apply_text_case(Rich& r, const std::string& tc, bool english) {
  if (tc.empty()) return;
  if (tc == "title" && !english) return;
  CaseText t(r);
  if (tc == "lowercase") {
    map_all(t, low);
  } else if (tc == "uppercase") {
    map_all(t, up);
  } else if (tc == "capitalize-first") {
    capitalize_first_letter(t);
  } else if (tc == "sentence") {
    sentence_case(t);
  } else if (tc == "capitalize-all" || tc == "title") {
    capitalize_words(t, tc == "title");
  }
  t.commit();
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
