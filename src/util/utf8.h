#pragma once
// UTF-8, decoded and encoded in one place: every reader, the citation processor and the
// writers step through text with these, so that invalid bytes are treated alike everywhere.
#include <cstddef>
#include <string>
#include <string_view>

namespace quire::util {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Decodes the character at byte `i` into `cp` and advances `i` past it. On an invalid
// sequence (a stray or truncated byte, an overlong form, a surrogate, a value past U+10FFFF)
// it returns false, leaves `i` and `cp` unchanged.
bool decode_utf8_strict(std::string_view s, std::size_t& i, char32_t& cp);

// The character at byte `i`, advancing `i` past it; an invalid sequence is U+FFFD and
// advances one byte, so that decoding always makes progress.
char32_t decode_utf8(std::string_view s, std::size_t& i);

// The length a sequence announces by its lead byte (1 for ASCII and for bytes that cannot
// lead, so that a loop over them always moves on); it does not check what follows.
constexpr std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The start of the character that byte `i` belongs to: `i` moved back over continuation bytes
// (never before 0). A cut there never splits a character.
constexpr std::size_t utf8_char_start(std::string_view s, std::size_t i) {
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// The character that ends just before byte `i` (> 0).
char32_t decode_utf8_before(std::string_view s, std::size_t i);

// The length of the well-formed sequence at byte `i`, or 0 when it is not one.
std::size_t valid_utf8_length(std::string_view s, std::size_t i);

void append_utf8(char32_t c, std::string& out);
std::u32string to_u32(std::string_view s);
std::string to_utf8(std::u32string_view s);

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view s);

}  // namespace quire::util
