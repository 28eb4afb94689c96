#include "load/front_matter.h"

#include "load/yaml_values.h"

namespace quire::load {
namespace {

// A fence line, allowing trailing blanks that editors leave behind.
std::string_view trim_blank(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_fence(std::string_view line, std::string_view fence) {
  if (!line.starts_with(fence)) return false;
  for (char c : line.substr(fence.size()))
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

SplitEntry split_front_matter(std::string_view text, const std::string& path, Diagnostics& diags) {
  SplitEntry out;
  out.body = text;
  // pandoc lets blank lines and HTML comments (a licence, say) come before the front matter.
  std::size_t start = 0;
  int line = 1;
  for (;;) {
    const std::size_t eol = text.find('\n', start);
    const std::string_view current = text.substr(start, eol == std::string_view::npos ? eol : eol - start);
    if (eol != std::string_view::npos && trim_blank(current).empty()) {
      start = eol + 1;
      ++line;
      continue;
    }
    if (!trim_blank(current).starts_with("<!--")) break;
    const std::size_t close = text.find("-->", start);
    if (close == std::string_view::npos) return out;
    const std::size_t after = text.find('\n', close);
    if (after == std::string_view::npos || !trim_blank(text.substr(close + 3, after - close - 3)).empty()) return out;
    for (std::size_t i = start; i < after; ++i) line += text[i] == '\n';
    start = after + 1;
    ++line;
  }
  std::size_t eol = text.find('\n', start);
  std::string_view first = text.substr(start, eol == std::string_view::npos ? eol : eol - start);
  if (!is_fence(first, "---")) return out;  // no front matter: the title comes from elsewhere
  const int fence_line = line;
  const std::size_t yaml_start = eol == std::string_view::npos ? text.size() : eol + 1;
  std::size_t pos = yaml_start;
  while (pos < text.size()) {
    ++line;
    eol = text.find('\n', pos);
    const std::string_view current = text.substr(pos, eol == std::string_view::npos ? eol : eol - pos);
    if (is_fence(current, "---") || is_fence(current, "...")) {
      out.has_front_matter = true;
      out.yaml = text.substr(yaml_start, pos - yaml_start);
      out.body = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
      out.body_first_line = line + 1;
      out.yaml_first_line = fence_line;
      return out;
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  out.body = {};
  diags.error({path, {fence_line, 1}}, "the front matter opened here is never closed by a '---' line",
              "unclosed-front-matter");
  return out;
}

std::map<std::string, model::Field> read_front_matter_fields(const YamlDocument& doc,
                                                             Diagnostics& diags) {
  std::map<std::string, model::Field> fields;
  for_each_key(
      doc, doc.root, nullptr, "the front matter", diags,
      [&](const std::string& key, const YAML::Node& key_node, const YAML::Node& value) {
        model::Field f;
        f.pos = doc.pos(value);
        if (value.IsScalar()) {
          f.scalar = value.Scalar();
        } else if (!value.IsDefined() || value.IsNull()) {
          f.pos = doc.pos(key_node);  // an absent value has no position of its own
        } else if (value.IsSequence()) {
          f.is_list = true;
          for (const auto& item : value) {
            if (item.IsScalar()) {
              f.list.push_back(item.Scalar());
            } else if (!item.IsNull()) {
              f.unsupported = true;  // the author's business unless `match` or `sort` names it
            }
          }
        } else {
          f.unsupported = true;  // a map: the author's business unless `match` or `sort` names it
        }
        fields.emplace(key, std::move(f));
      });
  return fields;
}

}  // namespace quire::load
