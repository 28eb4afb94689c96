#include "load/yaml_document.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>

#include <yaml-cpp/depthguard.h>

#include "load/yaml_budget.h"
#include "util/text.h"

namespace quire::load {
namespace {

// yaml-cpp marks are 0-based; files are read by people, 1-based.
SourcePos from_mark(const YAML::Mark& m, int line_offset) {
  if (m.is_null() || m.line < 0) return {};
  return {m.line + 1 + line_offset, std::max(m.column, 0) + 1};
}

// yaml-cpp reports "unexpected end" errors on the line after the last newline, which
// editors cannot jump to; point at the end of the last real line instead.
SourcePos clamp_to_text(SourcePos p, std::string_view text, int line_offset) {
  if (p.line == 0 || text.empty()) return p;
  const auto newlines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  const bool ends_with_newline = text.back() == '\n';
  const int last_line = line_offset + newlines + (ends_with_newline ? 0 : 1);
  if (p.line <= last_line) return p;
  std::string_view body = ends_with_newline ? text.substr(0, text.size() - 1) : text;
  const std::size_t start = body.rfind('\n');
  const std::size_t len = start == std::string_view::npos ? body.size() : body.size() - start - 1;
  return {last_line, static_cast<int>(len) + 1};
}

// The first scalar (key or value) holding a control character (util::is_control_byte):
// YAML's escapes (\0, \x01, \e) can write them.
// Run after the node budget check, so the walk is bounded.
std::optional<std::pair<YAML::Mark, int>> find_control_character(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      for (char ch : node.Scalar()) {
        const auto c = static_cast<unsigned char>(ch);
        if (util::is_control_byte(c)) return std::make_pair(node.Mark(), static_cast<int>(c));
      }
      return std::nullopt;
    case YAML::NodeType::Sequence:
      for (const auto& child : node)
        if (auto found = find_control_character(child)) return found;
      return std::nullopt;
    case YAML::NodeType::Map:
      for (const auto& kv : node) {
        if (auto found = find_control_character(kv.first)) return found;
        if (auto found = find_control_character(kv.second)) return found;
      }
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

}  // namespace

SourcePos YamlDocument::pos(const YAML::Node& node) const {
  if (!node.IsDefined()) return {};
  return from_mark(node.Mark(), line_offset);
}

std::optional<YamlDocument> parse_yaml(std::string_view text, const std::string& path,
                                       int line_offset, Diagnostics& diags) {
  try {
    YamlDocument doc;
    doc.root = YAML::Load(std::string(text));
    doc.path = path;
    doc.line_offset = line_offset;
    if (!within_node_budget(doc.root)) {
      diags.error({path, {line_offset + 1, 1}},
                  "the YAML expands to more than " + std::to_string(kMaxYamlNodes) +
                      " values through its anchors and aliases (*name); write the values out",
                  "yaml-too-large");
      return std::nullopt;
    }
    if (const auto found = find_control_character(doc.root)) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X", found->second);
      diags.error({path, from_mark(found->first, line_offset)},
                  std::string("control character ") + code +
                      " in a YAML string; it is not text (an escape such as \\0 or \\x01?)",
                  "control-character");
      return std::nullopt;
    }
    return doc;
  } catch (const YAML::Exception& e) {
    SourcePos p = clamp_to_text(from_mark(e.mark, line_offset), text, line_offset);
    if (p.line == 0) p = {line_offset + 1, 1};
    // yaml-cpp stops nesting at 2,000 levels, with a message that does not say so.
    const bool too_deep = dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr;
    diags.error({path, p}, "invalid YAML: " + (too_deep ? std::string("nested too deeply") : e.msg),
                "invalid-yaml");
    return std::nullopt;
  }
}

}  // namespace quire::load
