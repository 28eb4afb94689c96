#include "typeset/word_breaks.h"

#include <glib.h>

#include <map>
#include <string>

namespace quire::typeset {
namespace {

struct Char {
  std::size_t offset;
  gunichar cp;
};

std::vector<Char> decode(std::string_view s) {
  std::vector<Char> out;
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (p < end) {
    out.push_back({static_cast<std::size_t>(p - s.data()), g_utf8_get_char_validated(p, end - p)});
    const char* next = g_utf8_find_next_char(p, end);
    p = next ? next : end;
  }
  return out;
}

// Hyphen-minus, hyphen, figure dash, en dash, em dash, horizontal bar (not U+2011, which
// is the non-breaking hyphen).
bool is_dash(gunichar c) { return c == '-' || c == 0x2010 || (c >= 0x2012 && c <= 0x2015); }

bool is_url_break_char(gunichar c) {
  return c == '/' || c == '.' || c == '-' || c == '_' || c == '?' || c == '&' || c == '=' || c == '#';
}

void add_dictionary_points(std::string_view word, const std::vector<Char>& chars, const Hyphenator& h,
                           std::map<std::size_t, BreakKind>& out) {
  std::size_t i = 0;
  while (i < chars.size()) {
    if (!g_unichar_isalpha(chars[i].cp)) {
      ++i;
      continue;
    }
    std::size_t j = i;
    bool has_lower = false;
    while (j < chars.size() && g_unichar_isalpha(chars[j].cp)) has_lower |= g_unichar_islower(chars[j++].cp);
    const std::size_t begin = chars[i].offset;
    const std::size_t end = j < chars.size() ? chars[j].offset : word.size();
    // Acronyms ("UNESCO") are not hyphenated; runs shorter than left + right minimum cannot be.
    if (has_lower && j - i >= static_cast<std::size_t>(Hyphenator::kLeftMin + Hyphenator::kRightMin))
      for (std::size_t p : h.points(word.substr(begin, end - begin))) out.emplace(begin + p, BreakKind::Hyphenation);
    i = j;
  }
}

}  // namespace

bool looks_like_url(std::string_view w) {
  if (w.find("://") != std::string_view::npos || w.rfind("www.", 0) == 0) return true;
  if (w.find('@') != std::string_view::npos && w.find('.') != std::string_view::npos) return true;
  const std::size_t slash = w.find_first_of("/\\_");
  return slash != std::string_view::npos && slash > 0 && slash + 1 < w.size();
}

std::vector<WordBreak> find_word_breaks(std::string_view word, const std::vector<std::size_t>& unicode_breaks,
                                        const Hyphenator* hyphenator) {
  const std::vector<Char> chars = decode(word);
  std::map<std::size_t, std::size_t> index_of;  // byte offset -> char index
  for (std::size_t i = 0; i < chars.size(); ++i) index_of[chars[i].offset] = i;

  std::map<std::size_t, BreakKind> out;
  for (std::size_t off : unicode_breaks) {
    const auto it = index_of.find(off);
    if (off == 0 || it == index_of.end()) continue;
    const gunichar before = chars[it->second - 1].cp;
    // Break after a dash, never before one: a line should not start with a dash.
    if (is_dash(chars[it->second].cp)) continue;
    out[off] = is_dash(before) ? BreakKind::ExplicitHyphen : BreakKind::Opportunity;
  }

  if (looks_like_url(word)) {
    for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
      // After "/" but not inside "//"; after the last of a run of dots.
      if (is_url_break_char(chars[i].cp) && chars[i + 1].cp != chars[i].cp && i > 0)
        out[chars[i + 1].offset] = BreakKind::Url;
    }
  } else if (hyphenator) {
    // Words with digits ("3e-4", "GPT4") are not words of the language. Each part of a
    // hyphenated compound is hyphenated on its own ("mix-ture-of-ex-perts").
    bool plain = true;
    for (const Char& c : chars) plain &= !g_unichar_isdigit(c.cp);
    if (plain) add_dictionary_points(word, chars, *hyphenator, out);
  }

  std::vector<WordBreak> result;
  for (const auto& [off, kind] : out) result.push_back({off, kind});
  return result;
}

}  // namespace quire::typeset
