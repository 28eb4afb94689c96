#pragma once
// An entry file is YAML front matter between "---" lines followed by the Markdown body;
// this splits the two and reads the front matter into model::Field values.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"
#include "load/yaml_document.h"
#include "model/book.h"

namespace quire::load {

struct SplitEntry {
  bool has_front_matter = false;
  std::string_view yaml;     // between the fences, without them
  std::string_view body;     // after the closing fence
  int body_first_line = 1;   // file line on which `body` begins
  int yaml_first_line = 1;   // file line of the opening fence
};

// Splits normalised text (LF line ends). The front matter opens with a "---" line, which
// only blank lines and HTML comments may precede, and closes at the next "---" or "..."
// line. Without one, has_front_matter is false and the body is the whole text; an unclosed
// one is reported at `path` and leaves the body empty.
SplitEntry split_front_matter(std::string_view text, const std::string& path, Diagnostics& diags);

// Every key of the front matter: texts and lists of texts. Maps, and lists holding maps
// or lists, are kept marked `unsupported` (the ordering pass reports them only where `match`
// or `sort` names them). A key with no value reads as empty text.
std::map<std::string, model::Field> read_front_matter_fields(const YamlDocument& doc,
                                                             Diagnostics& diags);

}  // namespace quire::load
