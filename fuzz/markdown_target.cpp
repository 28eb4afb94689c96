#include "load/source_text.h"
#include "markdown/markdown_reader.h"
#include "model/dump.h"
#include "targets.h"
#include "util/text.h"
#include "util/utf8.h"

namespace quire::fuzz {

Diagnostics run_markdown(std::string_view data) {
  Diagnostics diags;
  // The loader hands the reader only UTF-8 without NUL bytes (load/source_text.h).
  if (util::find_invalid_utf8(data) != std::string_view::npos) return diags;
  if (data.find('\0') != std::string_view::npos) return diags;
  const std::string text = load::normalize_source_text(std::string(data));
  const auto parsed = markdown::read_markdown(text, "entries/fuzz.md", 1, diags);
  (void)model::dump(parsed.body);
  return diags;
}

}  // namespace quire::fuzz
