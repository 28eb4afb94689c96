#include "markdown/extensions.h"

#include <cmark-gfm-extension_api.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "markdown/attributes.h"

extern "C" {
#include <cmark-gfm/chunk.h>
}

namespace quire::markdown {

namespace {

// Inline math is short; display math a few dozen lines. Bounding the search for a closing
// dollar keeps a paragraph full of lone dollars linear in practice.
constexpr std::size_t kMaxInlineMath = 4096;
constexpr std::size_t kMaxDisplayMath = 65536;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct Extensions {
  cmark_syntax_extension* attributes;
  cmark_syntax_extension* math;
};

const Extensions& extensions();

std::string_view rest_of_chunk(cmark_inline_parser* ip) {
  const cmark_chunk* chunk = cmark_inline_parser_get_chunk(ip);
  const int offset = cmark_inline_parser_get_offset(ip);
  if (chunk == nullptr || offset < 0 || offset >= chunk->len) return {};
  return {reinterpret_cast<const char*>(chunk->data) + offset, static_cast<std::size_t>(chunk->len - offset)};
}

// A code node carrying `text` verbatim, tagged with `ext`; the inline parser moves past it.
cmark_node* verbatim_node(cmark_syntax_extension* ext, cmark_inline_parser* ip, std::string_view text) {
  cmark_node* node = cmark_node_new(CMARK_NODE_CODE);
  if (node == nullptr) return nullptr;
  const std::string copy(text);
  cmark_node_set_literal(node, copy.c_str());
  cmark_node_set_syntax_extension(node, ext);
  cmark_inline_parser_set_offset(ip, cmark_inline_parser_get_offset(ip) + static_cast<int>(text.size()));
  return node;
}

// What an attribute block right here would belong to: the inline just before it (no space
// between), display math before it (spaces allowed, as pandoc-crossref writes `$$…$$ {#eq:x}`),
// or the heading whose line it ends.
bool attachable(cmark_node* parent, std::string_view after_block) {
  cmark_node* last = cmark_node_last_child(parent);
  if (last != nullptr) {
    const cmark_node_type t = cmark_node_get_type(last);
    if (t == CMARK_NODE_IMAGE || t == CMARK_NODE_LINK || t == CMARK_NODE_CODE) return true;
    if (t == CMARK_NODE_TEXT) {
      const char* lit = cmark_node_get_literal(last);
      const std::string_view s = lit ? lit : "";
      cmark_node* before = cmark_node_previous(last);
      if (!s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; }) &&
          before != nullptr && is_math_node(before))
        return true;
    }
  }
  return cmark_node_get_type(parent) == CMARK_NODE_HEADING &&
         std::all_of(after_block.begin(), after_block.end(), is_space);
}

cmark_node* match_attributes(cmark_syntax_extension* ext, cmark_parser*, cmark_node* parent, unsigned char c,
                             cmark_inline_parser* ip) {
  if (c != '{') return nullptr;
  const std::string_view rest = rest_of_chunk(ip);
  const ParsedAttributes p = parse_attributes(rest);
  if (!p.ok || !attachable(parent, rest.substr(p.end))) return nullptr;
  return verbatim_node(ext, ip, rest.substr(0, p.end));
}

cmark_node* match_math(cmark_syntax_extension* ext, cmark_parser*, cmark_node*, unsigned char c,
                       cmark_inline_parser* ip) {
  if (c != '$') return nullptr;
  const std::string_view rest = rest_of_chunk(ip);
  const std::size_t n = math_length(rest);
  if (n == 0) return nullptr;
  return verbatim_node(ext, ip, rest.substr(0, n));
}

cmark_syntax_extension* make_extension(const char* name, unsigned char special, cmark_match_inline_func match) {
  cmark_syntax_extension* ext = cmark_syntax_extension_new(name);
  cmark_mem* mem = cmark_get_default_mem_allocator();
  cmark_llist* chars = cmark_llist_append(mem, nullptr, reinterpret_cast<void*>(static_cast<std::uintptr_t>(special)));
  cmark_syntax_extension_set_special_inline_chars(ext, chars);
  cmark_syntax_extension_set_match_inline_func(ext, match);
  return ext;
}

// Created once and only read afterwards; cmark keeps no per-parse state in them.
const Extensions& extensions() {
  static const Extensions kExtensions{make_extension("quire-attributes", '{', match_attributes),
                                      make_extension("quire-math", '$', match_math)};
  return kExtensions;
}

// The end of a math span: the offset of its closing delimiter, or npos. Backslash escapes
// and balanced braces are skipped, so `\$` and `\text{a $b$}` do not close it.
std::size_t find_closer(std::string_view s, std::size_t from, bool display, std::size_t limit) {
  int depth = 0;
  for (std::size_t i = from; i < s.size() && i < limit; ++i) {
    const char c = s[i];
    if (c == '\\') {
      ++i;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}') {
      if (depth > 0) --depth;
    } else if (c == '$' && depth == 0) {
      if (display) {
        if (i + 1 < s.size() && s[i + 1] == '$') return i;
      } else if (!is_space(s[i - 1]) && !(i + 1 < s.size() && is_digit(s[i + 1]))) {
        return i;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t math_length(std::string_view s) {
  if (s.size() < 2 || s[0] != '$') return 0;
  if (s[1] == '$') {
    const std::size_t close = find_closer(s, 2, true, kMaxDisplayMath);
    if (close == std::string_view::npos) return 0;
    const std::string_view tex = s.substr(2, close - 2);
    if (std::all_of(tex.begin(), tex.end(), is_space)) return 0;
    return close + 2;
  }
  if (is_space(s[1])) return 0;
  const std::size_t close = find_closer(s, 1, false, kMaxInlineMath);
  return close == std::string_view::npos ? 0 : close + 1;
}

MathSource split_math(std::string_view written) {
  if (written.size() >= 4 && written.substr(0, 2) == "$$" && written.substr(written.size() - 2) == "$$")
    return {written.substr(2, written.size() - 4), true};
  if (written.size() >= 2 && written.front() == '$' && written.back() == '$')
    return {written.substr(1, written.size() - 2), false};
  return {written, false};
}

void attach_quire_extensions(cmark_parser* parser) {
  const Extensions& e = extensions();
  cmark_parser_attach_syntax_extension(parser, e.math);
  cmark_parser_attach_syntax_extension(parser, e.attributes);
}

bool is_attribute_node(cmark_node* n) {
  return cmark_node_get_type(n) == CMARK_NODE_CODE && cmark_node_get_syntax_extension(n) == extensions().attributes;
}

bool is_math_node(cmark_node* n) {
  return cmark_node_get_type(n) == CMARK_NODE_CODE && cmark_node_get_syntax_extension(n) == extensions().math;
}

}  // namespace quire::markdown
