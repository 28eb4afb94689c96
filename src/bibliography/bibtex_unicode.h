#pragma once
// Unicode character questions the BibTeX reader asks (letter? upper case? punctuation?),
// answered the way pandoc's Haskell runtime answers them, plus UTF-8 helpers.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "util/utf8.h"

namespace quire::bibliography::bibtex {

// Reduced general categories: Lu/Lt, Ll, Lm/Lo, N*, P*, Zs, the rest.
enum class CharClass : std::uint8_t { Other, Upper, Lower, Letter, Number, Punct, Space };

CharClass char_class(char32_t c);
bool is_alnum(char32_t c);        // letters and numbers of any script
bool is_letter(char32_t c);       // letters only (no numbers)
bool is_upper(char32_t c);        // Lu and Lt
bool is_lower(char32_t c);        // Ll
bool is_punctuation(char32_t c);  // P*
bool is_space(char32_t c);        // ASCII and Latin-1 white space, and Zs
bool is_ascii_digit(char32_t c);

// Full case mappings (ß upper-cases to SS), appended to `out` as UTF-8.
void append_upper(char32_t c, std::string& out);
void append_lower(char32_t c, std::string& out);
std::string to_upper(std::string_view s);
std::string to_lower(std::string_view s);

// The precomposed character for `base` followed by combining `mark`, or 0 if none.
char32_t compose(char32_t base, char32_t mark);

using util::append_utf8;
using util::decode_utf8;
using util::to_u32;
using util::to_utf8;

// `s` without leading and trailing white space in the sense of is_space.
std::string strip(std::string_view s);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string sanitize_utf8(std::string_view s);

namespace unicode_data {
struct ClassRange {
  char32_t first;  // the class holds from here up to the next range's first
  int cls;         // a CharClass value
};
struct CaseRun {
  char32_t first, last;  // code points first, first+stride, ..., last map by +delta
  int stride;
  int delta;
};
struct MultiMapping {
  char32_t from;
  char32_t to[3];  // zero-padded
};
struct Composition {
  char32_t base, mark, composed;
};
extern const ClassRange kClassRanges[];
extern const std::size_t kClassRangeCount;
extern const CaseRun kUpperRuns[];
extern const std::size_t kUpperRunCount;
extern const CaseRun kLowerRuns[];
extern const std::size_t kLowerRunCount;
extern const MultiMapping kUpperMulti[];
extern const std::size_t kUpperMultiCount;
extern const MultiMapping kLowerMulti[];
extern const std::size_t kLowerMultiCount;
extern const Composition kCompositions[];
extern const std::size_t kCompositionCount;
}  // namespace unicode_data

}  // namespace quire::bibliography::bibtex
