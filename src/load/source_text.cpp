#include "load/source_text.h"

#include <string_view>

#include "util/files.h"
#include "util/text.h"
#include "util/utf8.h"

namespace quire::load {

std::optional<std::string> read_source_text(const std::string& path, std::size_t max_bytes,
                                            Diagnostics& diags) {
  std::string error;
  auto data = util::read_file(path, error, max_bytes);
  if (!data) {
    diags.error({path, {}}, "cannot read the file: " + error, "unreadable-file");
    return std::nullopt;
  }
  // Checked before normalising so that line:col point at the bytes as they are on disk.
  const std::size_t bad = util::find_invalid_utf8(*data);
  if (bad != std::string_view::npos) {
    SourcePos pos;
    util::line_col(*data, bad, pos.line, pos.col);
    diags.error({path, pos}, "invalid UTF-8", "invalid-utf8");
    return std::nullopt;
  }
  // Valid UTF-8 but no text: a NUL cannot go into XML, and it usually means a binary or
  // UTF-16 file saved under a text name.
  if (const std::size_t nul = data->find('\0'); nul != std::string::npos) {
    SourcePos pos;
    util::line_col(*data, nul, pos.line, pos.col);
    diags.error({path, pos}, "NUL byte: this is not a UTF-8 text file (saved as UTF-16, or binary?)", "nul-byte");
    return std::nullopt;
  }
  return normalize_source_text(std::move(*data));
}

std::string normalize_source_text(std::string text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (std::string_view(text).substr(0, kBom.size()) == kBom) text.erase(0, kBom.size());
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += text[i];
  }
  return out;
}

}  // namespace quire::load
