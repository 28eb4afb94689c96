#include "typeset/font_manifest.h"

#include <yaml-cpp/yaml.h>

#include "util/files.h"

namespace quire::typeset {
namespace {

std::optional<FontRole> role_from_name(const std::string& name) {
  if (name == "serif") return FontRole::Serif;
  if (name == "sans") return FontRole::Sans;
  if (name == "mono") return FontRole::Mono;
  if (name == "fallback") return FontRole::Fallback;
  return std::nullopt;
}

SourceLoc loc_of(const std::string& path, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return {path, {}};
  return {path, {m.line + 1, m.column + 1}};
}

std::vector<std::string> string_list(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node && node.IsSequence())
    for (const auto& item : node)
      if (item.IsScalar()) out.push_back(item.as<std::string>());
  return out;
}

std::optional<FontFamilyEntry> parse_entry(const YAML::Node& node, const std::string& path,
                                           Diagnostics& diags) {
  if (!node.IsMap()) {
    diags.error(loc_of(path, node), "a font family must be a mapping", "font-manifest");
    return std::nullopt;
  }
  FontFamilyEntry e;
  const YAML::Node role = node["role"];
  const auto r = role && role.IsScalar() ? role_from_name(role.as<std::string>()) : std::nullopt;
  if (!r) {
    diags.error(loc_of(path, node), "font role must be one of serif, sans, mono, fallback",
                "font-manifest");
    return std::nullopt;
  }
  e.role = *r;
  if (node["family"] && node["family"].IsScalar()) e.family = node["family"].as<std::string>();
  if (node["license"] && node["license"].IsScalar()) e.license = node["license"].as<std::string>();
  e.packages = string_list(node["packages"]);
  e.files = string_list(node["files"]);
  if (e.family.empty() || e.files.empty()) {
    diags.error(loc_of(path, node), "a font family needs a family name and at least one file",
                "font-manifest");
    return std::nullopt;
  }
  return e;
}

}  // namespace

const FontFamilyEntry* FontManifest::find(FontRole role) const {
  for (const auto& f : families)
    if (f.role == role) return &f;
  return nullptr;
}

std::string default_font_manifest_path() { return std::string(QUIRE_SOURCE_DIR) + "/fonts/fonts.yaml"; }

std::optional<FontManifest> parse_font_manifest(const std::string& yaml_text, const std::string& path,
                                                Diagnostics& diags) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    diags.error({path, {e.mark.line + 1, e.mark.column + 1}}, "invalid yaml: " + e.msg, "font-manifest");
    return std::nullopt;
  }
  if (!root.IsMap()) {
    diags.error({path, {}}, "the font manifest must be a mapping", "font-manifest");
    return std::nullopt;
  }
  const YAML::Node families = root["families"];
  if (!families || !families.IsSequence()) {
    diags.error({path, {}}, "the font manifest needs a 'families' list", "font-manifest");
    return std::nullopt;
  }
  FontManifest m;
  for (const auto& node : families)
    if (auto e = parse_entry(node, path, diags)) m.families.push_back(std::move(*e));
  if (!m.find(FontRole::Serif)) {
    diags.error({path, {}}, "the font manifest names no serif family", "font-manifest");
    return std::nullopt;
  }
  return m;
}

std::optional<FontManifest> load_font_manifest(const std::string& path, Diagnostics& diags) {
  std::string error;
  const auto text = util::read_file(path, error);
  if (!text) {
    diags.error({path, {}}, "cannot read font manifest: " + error, "font-manifest");
    return std::nullopt;
  }
  return parse_font_manifest(*text, path, diags);
}

}  // namespace quire::typeset
