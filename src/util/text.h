#pragma once
// Small text utilities shared by readers and writers: UTF-8 checks, slugs, trimming.
#include <string>
#include <string_view>

namespace quire::util {

// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view s);

// A C0 control other than tab and the line ends, or DEL: not text in a title or a
// reference (XML cannot carry most of them, and no font draws them).
constexpr bool is_control_byte(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

// 1-based line and column of byte `offset` in `s`.
void line_col(std::string_view s, std::size_t offset, int& line, int& col);

// "Meta AI (FAIR)" -> "meta-ai-fair"; keeps non-ASCII letters, as GitHub's anchors do.
std::string slugify(std::string_view s);

std::string_view trim(std::string_view s);

}  // namespace quire::util
