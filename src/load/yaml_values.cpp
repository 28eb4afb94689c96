#include "load/yaml_values.h"

#include <algorithm>
#include <set>

#include "diag/did_you_mean.h"

namespace quire::load {

std::string_view yaml_kind(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: return "text";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    default: return "nothing";
  }
}

std::optional<std::string> read_text(const YamlDocument& doc, const YAML::Node& node,
                                     std::string_view name, Diagnostics& diags) {
  if (node.IsScalar()) return node.Scalar();
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  diags.error(doc.loc(node),
              "'" + std::string(name) + "' must be text, not " + std::string(yaml_kind(node)),
              "wrong-type");
  return std::nullopt;
}

std::optional<std::vector<LocatedText>> read_text_list(const YamlDocument& doc,
                                                       const YAML::Node& node,
                                                       std::string_view name,
                                                       Diagnostics& diags) {
  std::vector<LocatedText> out;
  if (!node.IsDefined() || node.IsNull()) return out;
  if (node.IsScalar()) {
    out.push_back({node.Scalar(), doc.pos(node)});
    return out;
  }
  if (!node.IsSequence()) {
    diags.error(doc.loc(node),
                "'" + std::string(name) + "' must be text or a list of texts, not " +
                    std::string(yaml_kind(node)),
                "wrong-type");
    return std::nullopt;
  }
  for (const auto& item : node) {
    if (item.IsScalar()) {
      out.push_back({item.Scalar(), doc.pos(item)});
    } else {
      diags.error(doc.loc(item),
                  "each item of '" + std::string(name) + "' must be text, not " +
                      std::string(yaml_kind(item)),
                  "wrong-type");
    }
  }
  return out;
}

void for_each_key(const YamlDocument& doc, const YAML::Node& map,
                  const std::vector<std::string>* known, std::string_view where,
                  Diagnostics& diags, const KeyHandler& on_key) {
  std::set<std::string> seen;
  for (auto it = map.begin(); it != map.end(); ++it) {
    // Copies: the iterator hands out a proxy that dies at the end of the full expression.
    const YAML::Node key = it->first;
    const YAML::Node value = it->second;
    if (!key.IsScalar()) {
      diags.error(doc.loc(key), "a key in " + std::string(where) + " must be text, not " +
                                    std::string(yaml_kind(key)),
                  "wrong-type");
      continue;
    }
    const std::string& name = key.Scalar();
    // yaml-cpp keeps both copies of a repeated key; which one wins would be an accident.
    if (!seen.insert(name).second) {
      diags.error(doc.loc(key), "duplicate key '" + name + "' in " + std::string(where),
                  "duplicate-key");
      continue;
    }
    if (known && std::find(known->begin(), known->end(), name) == known->end()) {
      diags.warning(doc.loc(key),
                    "unknown key '" + name + "' in " + std::string(where) +
                        did_you_mean_suffix(name, *known),
                    "unknown-key");
      continue;
    }
    on_key(name, key, value);
  }
}

}  // namespace quire::load
