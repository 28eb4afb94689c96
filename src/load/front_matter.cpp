#include "load/front_matter.h"

#include "load/yaml_values.h"

namespace quire::load {
namespace {

// A fence line, allowing trailing blanks that editors leave behind.
bool is_fence(std::string_view line, std::string_view fence) {
  if (!line.starts_with(fence)) return false;
  for (char c : line.substr(fence.size()))
    if (c != ' ' && c != '\t') return false;
  return true;
}

}  // namespace

SplitEntry split_front_matter(std::string_view text, const std::string& path, Diagnostics& diags) {
  SplitEntry out;
  std::size_t eol = text.find('\n');
  std::string_view first = text.substr(0, eol);
  if (!is_fence(first, "---")) {
    diags.error({path, {1, 1}},
                "missing front matter: an entry starts with a '---' line, then YAML such as "
                "'title: ...', then another '---' line",
                "no-front-matter");
    out.body = text;
    return out;
  }
  int line = 1;
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
      return out;
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  diags.error({path, {1, 1}}, "the front matter opened here is never closed by a '---' line",
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
              diags.warning(doc.loc(item),
                            "'" + key + "' holds " + std::string(yaml_kind(item)) +
                                "; quire reads only texts in a list and ignores it",
                            "nested-field");
            }
          }
        } else {
          diags.warning(doc.loc(value),
                        "'" + key + "' is a map; quire reads only texts and lists of texts "
                        "and ignores it",
                        "nested-field");
          return;
        }
        fields.emplace(key, std::move(f));
      });
  return fields;
}

}  // namespace quire::load
