#include "bibliography/bibtex_case.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

enum class CaseState {
  Start,
  StartSentence,
  AfterWordEnd,
  AfterWordChar,
  AfterSentenceEndingPunctuation,
  BeforeLastWord,
};

bool is_word_break(char32_t c) {
  return c == '-' || c == '/' || c == 0x2013 || c == 0x2014 || is_space(c);
}

bool has_word_break(const std::string& s) {
  for (std::size_t i = 0; i < s.size();)
    if (is_word_break(decode_utf8(s, i))) return true;
  return false;
}

bool is_capitalized(const std::u32string& w) {
  if (w.empty() || !is_upper(w[0])) return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (!is_lower(w[i])) return false;
  return true;
}

bool all_lower(const std::u32string& w) {
  for (char32_t c : w)
    if (!is_lower(c)) return false;
  return true;
}

std::string lower(const std::u32string& w) {
  std::string out;
  for (char32_t c : w) append_lower(c, out);
  return out;
}

class SentenceCaser {
 public:
  BibInlines run(BibInlines xs) {
    // The last word of a title is never treated as the start of a sentence.
    const bool last_word = xs.size() > 1 && xs.back().kind == InlineKind::Str &&
                           !has_word_break(xs.back().text);
    const std::size_t n = xs.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (last_word && i + 1 == n &&
          (st_ == CaseState::AfterWordEnd || st_ == CaseState::StartSentence ||
           st_ == CaseState::Start))
        st_ = CaseState::BeforeLastWord;
      go(xs[i]);
    }
    return xs;
  }

 private:
  CaseState st_ = CaseState::Start;

  void go(BibInline& x) {
    switch (x.kind) {
      case InlineKind::Str:
        x.text = transform_text(x.text);
        return;
      case InlineKind::Space:
        chunk(U" ");
        return;
      case InlineKind::SmallCaps:
      case InlineKind::Superscript:
      case InlineKind::Subscript:
        chunk(to_u32(str_text(x.children)));
        return;
      case InlineKind::Span:
        if (has_class(x, "nocase")) {
          chunk(to_u32(str_text(x.children)));
          return;
        }
        for (auto& c : x.children) go(c);
        return;
      case InlineKind::Emph:
      case InlineKind::Underline:
      case InlineKind::Strong:
      case InlineKind::Strikeout:
      case InlineKind::Quoted:
      case InlineKind::Link:
        for (auto& c : x.children) go(c);
        return;
      default:
        return;
    }
  }

  static bool has_class(const BibInline& x, std::string_view cls) {
    for (const auto& c : x.classes)
      if (c == cls) return true;
    return false;
  }

  // Concatenated words of a subtree (spaces left out), which is what the case state
  // sees of text it does not change.
  static std::string str_text(const BibInlines& xs) {
    std::string out;
    for (const auto& x : xs) {
      if (x.kind == InlineKind::Str) out += x.text;
      out += str_text(x.children);
    }
    return out;
  }

  std::string transform_text(const std::string& text) {
    const std::u32string u = to_u32(text);
    std::string out;
    std::size_t i = 0;
    while (i < u.size()) {
      std::size_t j = i + 1;
      if (is_alnum(u[i])) {
        while (j < u.size() && is_alnum(u[j])) ++j;
      } else if (is_space(u[i])) {
        while (j < u.size() && is_space(u[j])) ++j;
      }
      out += chunk(u.substr(i, j - i));
      i = j;
    }
    return out;
  }

  // Updates the state for one chunk (a run of letters and digits, a run of spaces, or
  // one other character) and returns the chunk in sentence case.
  std::string chunk(const std::u32string& t) {
    const CaseState st = st_;
    if (!t.empty()) {
      const char32_t c = t.back();
      if (c == '.' || c == '?' || c == '!' || c == ':')
        st_ = CaseState::AfterSentenceEndingPunctuation;
      else if (is_alnum(c))
        st_ = CaseState::AfterWordChar;
      else if (is_space(c) && st == CaseState::AfterSentenceEndingPunctuation)
        st_ = CaseState::StartSentence;
      else if (is_word_break(c))
        st_ = CaseState::AfterWordEnd;
    }
    bool all_alnum = true;
    for (char32_t c : t) all_alnum = all_alnum && is_alnum(c);
    if (!all_alnum || t.empty()) return to_utf8(t);
    const bool at_start = st == CaseState::Start || st == CaseState::StartSentence;
    if (is_capitalized(t) && !at_start) return lower(t);
    if ((is_capitalized(t) || all_lower(t)) && at_start) {
      const std::string l = lower(t);
      std::size_t k = 0;
      const char32_t first = decode_utf8(l, k);
      std::string out;
      append_upper(first, out);
      return out + l.substr(k);
    }
    return to_utf8(t);
  }
};

void protect(BibInlines& xs) {
  for (auto& x : xs) {
    protect(x.children);
    if (x.is_plain_span()) x.classes = {"nocase"};
  }
}

}  // namespace

BibInlines to_sentence_case(BibInlines xs) {
  protect(xs);
  return SentenceCaser().run(std::move(xs));
}

}  // namespace quire::bibliography::bibtex
