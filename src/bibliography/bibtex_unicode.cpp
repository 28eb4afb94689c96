#include "bibliography/bibtex_unicode.h"

#include <algorithm>

namespace quire::bibliography::bibtex {
namespace ud = unicode_data;
namespace {

const ud::MultiMapping* find_multi(const ud::MultiMapping* table, std::size_t n, char32_t c) {
  const auto* end = table + n;
  const auto* it = std::lower_bound(table, end, c, [](const ud::MultiMapping& m, char32_t v) {
    return m.from < v;
  });
  return it != end && it->from == c ? it : nullptr;
}

char32_t map_runs(const ud::CaseRun* runs, std::size_t n, char32_t c) {
  // Runs are sorted by first code point and do not overlap.
  const auto* end = runs + n;
  const auto* it = std::upper_bound(runs, end, c, [](char32_t v, const ud::CaseRun& r) {
    return v < r.first;
  });
  if (it == runs) return c;
  --it;
  if (c > it->last) return c;
  if ((c - it->first) % static_cast<char32_t>(it->stride) != 0) return c;
  return static_cast<char32_t>(static_cast<long>(c) + it->delta);
}

void append_mapped(char32_t c, std::string& out, const ud::MultiMapping* multi,
                   std::size_t multi_n, const ud::CaseRun* runs, std::size_t runs_n) {
  if (c >= 0x80) {
    if (const auto* m = find_multi(multi, multi_n, c)) {
      for (char32_t x : m->to)
        if (x != 0) append_utf8(x, out);
      return;
    }
  }
  append_utf8(map_runs(runs, runs_n, c), out);
}

}  // namespace

CharClass char_class(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z')) return CharClass::Lower;
    if ((c >= 'A' && c <= 'Z')) return CharClass::Upper;
    if (c >= '0' && c <= '9') return CharClass::Number;
  }
  const auto* begin = ud::kClassRanges;
  const auto* end = begin + ud::kClassRangeCount;
  const auto* it = std::upper_bound(begin, end, c, [](char32_t v, const ud::ClassRange& r) {
    return v < r.first;
  });
  if (it == begin) return CharClass::Other;
  return static_cast<CharClass>((it - 1)->cls);
}

bool is_alnum(char32_t c) {
  const CharClass k = char_class(c);
  return k != CharClass::Other && k != CharClass::Punct && k != CharClass::Space;
}

bool is_letter(char32_t c) {
  const CharClass k = char_class(c);
  return k == CharClass::Upper || k == CharClass::Lower || k == CharClass::Letter;
}

bool is_upper(char32_t c) { return char_class(c) == CharClass::Upper; }
bool is_lower(char32_t c) { return char_class(c) == CharClass::Lower; }
bool is_punctuation(char32_t c) { return char_class(c) == CharClass::Punct; }

bool is_space(char32_t c) {
  if (c <= 0x377) return c == ' ' || (c >= 0x9 && c <= 0xD) || c == 0xA0;
  return char_class(c) == CharClass::Space;
}

bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

void append_upper(char32_t c, std::string& out) {
  append_mapped(c, out, ud::kUpperMulti, ud::kUpperMultiCount, ud::kUpperRuns,
                ud::kUpperRunCount);
}

void append_lower(char32_t c, std::string& out) {
  append_mapped(c, out, ud::kLowerMulti, ud::kLowerMultiCount, ud::kLowerRuns,
                ud::kLowerRunCount);
}

std::string to_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_upper(decode_utf8(s, i), out);
  return out;
}

std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_lower(decode_utf8(s, i), out);
  return out;
}

char32_t compose(char32_t base, char32_t mark) {
  const auto* begin = ud::kCompositions;
  const auto* end = begin + ud::kCompositionCount;
  const auto* it = std::lower_bound(begin, end, std::pair{base, mark},
                                    [](const ud::Composition& c, std::pair<char32_t, char32_t> v) {
                                      return c.base < v.first ||
                                             (c.base == v.first && c.mark < v.second);
                                    });
  if (it != end && it->base == base && it->mark == mark) return it->composed;
  return 0;
}

std::string strip(std::string_view s) {
  std::u32string u = to_u32(s);
  std::size_t b = 0, e = u.size();
  while (b < e && is_space(u[b])) ++b;
  while (e > b && is_space(u[e - 1])) --e;
  return to_utf8(std::u32string_view(u).substr(b, e - b));
}

std::string sanitize_utf8(std::string_view s) { return to_utf8(to_u32(s)); }

}  // namespace quire::bibliography::bibtex
