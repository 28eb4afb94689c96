#pragma once
// Typed reads of YAML nodes that report a wrong type as a diagnostic at the node instead
// of throwing: the checks every book.yaml and front-matter key shares.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "load/yaml_document.h"

namespace quire::load {

// A text value together with where it was written.
struct LocatedText {
  std::string text;
  SourcePos pos;
};

// "text", "a list", "a map", "nothing" — for messages about wrong types.
std::string_view yaml_kind(const YAML::Node& node);

// The scalar's text. nullopt without a diagnostic for a null node; nullopt with a
// `wrong-type` error for a list or a map. `name` is the key, for the message.
std::optional<std::string> read_text(const YamlDocument& doc, const YAML::Node& node,
                                     std::string_view name, Diagnostics& diags);

// One text or a list of texts (`authors: A` and `authors: [A, B]` both read as a list).
// Items that are not text are reported and skipped; a map is reported and yields nullopt.
std::optional<std::vector<LocatedText>> read_text_list(const YamlDocument& doc,
                                                       const YAML::Node& node,
                                                       std::string_view name,
                                                       Diagnostics& diags);

using KeyHandler =
    std::function<void(const std::string& key, const YAML::Node& key_node, const YAML::Node& value)>;

// Calls `on_key` for each key of `map` in written order. Duplicate keys and keys that are
// not text are errors; when `known` is given, other keys get an `unknown-key` warning
// with a suggestion (`where` names the place: "book.yaml", "a chapter") and are skipped.
void for_each_key(const YamlDocument& doc, const YAML::Node& map,
                  const std::vector<std::string>* known, std::string_view where,
                  Diagnostics& diags, const KeyHandler& on_key);

}  // namespace quire::load
