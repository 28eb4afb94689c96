#include "load/heading_attrs.h"

#include <string_view>
#include <variant>

#include "model/plain_text.h"
#include "util/text.h"

namespace quire::load {
namespace {

// `#id`, `.class`, `-` and `key=value` words separated by blanks; nullopt-like false otherwise.
bool parse_block(std::string_view inner, HeadingAttrs& out) {
  std::size_t i = 0;
  bool any = false;
  while (i < inner.size()) {
    if (inner[i] == ' ' || inner[i] == '\t') {
      ++i;
      continue;
    }
    std::size_t end = inner.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = inner.size();
    const std::string_view word = inner.substr(i, end - i);
    i = end;
    any = true;
    if (word == "-" || word == ".unnumbered") {
      out.numbered = false;
    } else if (word == ".unlisted") {
      out.listed = false;
    } else if (word.size() > 1 && word[0] == '#') {
      out.id = std::string(word.substr(1));
    } else if (word.size() > 1 && word[0] == '.') {
      // another class: no meaning for a chapter
    } else if (word.find('=') == std::string_view::npos || word.front() == '=') {
      return false;
    }
  }
  return any;
}

}  // namespace

HeadingAttrs take_heading_attrs(model::Inlines& content) {
  HeadingAttrs attrs;
  if (content.empty()) return attrs;
  auto* text = std::get_if<model::Text>(&content.back().node);
  if (text == nullptr) return attrs;
  std::string_view s = text->text;
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.empty() || s.back() != '}') return attrs;
  const std::size_t open = s.rfind('{');
  if (open == std::string_view::npos) return attrs;
  HeadingAttrs parsed;
  if (!parse_block(s.substr(open + 1, s.size() - open - 2), parsed)) return attrs;
  std::string_view before = s.substr(0, open);
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t')) before.remove_suffix(1);
  if (before.empty())
    content.pop_back();
  else
    text->text = std::string(before);
  return parsed;
}

std::string heading_title(const model::Heading& h, HeadingAttrs* attrs) {
  model::Inlines content = h.content;
  const HeadingAttrs a = take_heading_attrs(content);
  if (attrs != nullptr) *attrs = a;
  return std::string(util::trim(model::plain_text(content)));
}

}  // namespace quire::load
