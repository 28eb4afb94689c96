#pragma once
// A parsed YAML text that remembers which file it came from and on which file line it
// starts, so every node can be turned into a 1-based position in the real file.
#include <optional>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include "diag/diagnostics.h"
#include "model/source.h"

namespace quire::load {

struct YamlDocument {
  YAML::Node root;
  std::string path;     // the file, as diagnostics name it
  int line_offset = 0;  // file lines before the YAML text (1 for front matter after "---")

  // 1-based position of `node` in the file; {0,0} for nodes yaml-cpp gives no mark.
  SourcePos pos(const YAML::Node& node) const;
  SourceLoc loc(const YAML::Node& node) const { return {path, pos(node)}; }
  SourceLoc loc(SourcePos p) const { return {path, p}; }
};

// Parses `text` (which begins on file line `line_offset + 1`). A syntax error becomes an
// error diagnostic at its line:col and the result is nullopt.
std::optional<YamlDocument> parse_yaml(std::string_view text, const std::string& path,
                                       int line_offset, Diagnostics& diags);

}  // namespace quire::load
