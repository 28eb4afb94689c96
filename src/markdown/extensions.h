#pragma once
// quire's cmark-gfm syntax extensions: attribute blocks `{#id .class}` after an image, link,
// code span or math and at the end of a heading, and TeX math between dollars. Each keeps its
// source verbatim in a code node tagged with the extension, which the reader interprets.
#include <cmark-gfm.h>

#include <cstddef>
#include <string_view>

namespace quire::markdown {

// Attaches the extensions to a parser; they are created on first use and live as long as
// the process. Only '{' and '$' become special characters, none of CommonMark's own.
void attach_quire_extensions(cmark_parser* parser);

// `{...}` exactly as written.
bool is_attribute_node(cmark_node* n);
// `$...$` or `$$...$$` exactly as written, dollars included.
bool is_math_node(cmark_node* n);

// Reads math source as written (`$x$`, `$$x$$`) into its TeX and whether it is display math.
struct MathSource {
  std::string_view tex;
  bool display = false;
};
MathSource split_math(std::string_view written);

// How far the math starting at text[0] (a `$`) runs, per pandoc's tex_math_dollars: 0 when it
// is not math. Exposed for tests.
std::size_t math_length(std::string_view text);

}  // namespace quire::markdown
