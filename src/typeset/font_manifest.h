#pragma once
// The list of fonts the typesetter may use (fonts/fonts.yaml): for each role the family,
// its files, the Debian packages that ship them and their license.
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace quire::typeset {

enum class FontRole { Serif, Sans, Mono, Fallback };

struct FontFamilyEntry {
  FontRole role = FontRole::Serif;
  std::string family;                 // fontconfig family name, e.g. "Linux Libertine O"
  std::vector<std::string> packages;  // Debian packages shipping the files
  std::string license;                // SPDX expression
  std::vector<std::string> files;     // absolute paths
};

struct FontManifest {
  std::vector<FontFamilyEntry> families;

  // The first family for `role`, or nullptr.
  const FontFamilyEntry* find(FontRole role) const;
};

// fonts/fonts.yaml of the source tree.
std::string default_font_manifest_path();

// Parses the YAML text of a manifest; problems are reported against `path`.
std::optional<FontManifest> parse_font_manifest(const std::string& yaml_text, const std::string& path,
                                                Diagnostics& diags);

// Reads and parses the manifest file at `path`.
std::optional<FontManifest> load_font_manifest(const std::string& path, Diagnostics& diags);

}  // namespace quire::typeset
