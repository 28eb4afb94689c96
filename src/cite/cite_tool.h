#pragma once
// `quire cite`: the citation processor on its own, for style authors, converters and the
// CSL test suite: formats the citations or the bibliography of a reference file.
#include <optional>
#include <ostream>
#include <string>

namespace quire::cite {

struct CiteToolOptions {
  std::string style;        // a .csl path, or a style id from the installed CSL styles ("apa")
  std::string refs;         // .json (CSL-JSON), .yaml (CSL-YAML) or .bib (BibTeX)
  std::string locale;       // "" = the style's default-locale, else en-US
  std::string locales_dir;  // "" = the installed CSL locales
  std::string mode;         // citation | bibliography | items
  std::string cites;        // CLUSTERS.json, or "" for the default clusters
  std::string to = "html";  // html | text
};

// Exit status: 0 ok, 1 bad input (diagnostics on `err`), 2 usage error.
int run_cite_tool(const CiteToolOptions& options, std::ostream& out, std::ostream& err);

}  // namespace quire::cite
