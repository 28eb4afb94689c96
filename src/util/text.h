#pragma once
// Small text utilities shared by readers and writers: slugs, trimming.
#include <string>
#include <string_view>

namespace quire::util {

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
