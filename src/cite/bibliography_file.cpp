#include "cite/bibliography_file.h"

#include <map>
#include <vector>

#include "cite/bibtex_reader.h"
#include "cite/csl_yaml_reader.h"
#include "util/files.h"
#include "util/text.h"

namespace quire::cite {
namespace {

std::string extension_of(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

SourcePos pos_at(std::string_view text, std::size_t offset) {
  int line = 0, col = 0;
  util::line_col(text, offset, line, col);
  return {line, col};
}

// Where each item of a top-level JSON array starts and where its "id" value is, found by
// a scan of the text (nlohmann keeps no positions).
std::vector<std::size_t> item_id_offsets(std::string_view text) {
  std::vector<std::size_t> out;
  int depth = 0;
  bool in_string = false;
  bool expect_id_value = false;
  std::size_t string_start = 0;
  std::string last_key;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
        if (depth == 2) last_key = std::string(text.substr(string_start + 1, i - string_start - 1));
      }
      continue;
    }
    switch (c) {
      case '"':
        if (expect_id_value && depth == 2 && !out.empty()) {  // "[[" opens no item
          out.back() = i;
          expect_id_value = false;
        }
        in_string = true;
        string_start = i;
        break;
      case '{':
      case '[':
        if (depth == 1 && c == '{') out.push_back(i);
        ++depth;
        break;
      case '}':
      case ']':
        --depth;
        break;
      case ':':
        if (depth == 2 && last_key == "id") expect_id_value = true;
        break;
      case ',':
        if (depth == 2) {
          last_key.clear();
          expect_id_value = false;
        }
        break;
      default:
        if (expect_id_value && depth == 2 && !out.empty() && c != ' ' && c != '\t' && c != '\n' &&
            c != '\r') {
          out.back() = i;
          expect_id_value = false;
        }
        break;
    }
  }
  return out;
}

std::string id_text(const nlohmann::json& id) {
  if (id.is_string()) return id.get<std::string>();
  return id.dump();
}

std::optional<nlohmann::json> read_json(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    const std::size_t colon = what.rfind(": ");
    if (colon != std::string::npos) what = what.substr(colon + 2);
    diags.error({path, pos_at(text, at)}, "invalid JSON: " + what, "invalid-json");
    return std::nullopt;
  } catch (const nlohmann::json::exception& e) {  // a number too large for a double (1e400)
    std::string what = e.what();
    const std::size_t bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    diags.error({path, {1, 1}}, "invalid JSON: " + what, "invalid-json");
    return std::nullopt;
  }
  if (!j.is_array()) {
    diags.error({path, {1, 1}}, "expected a JSON array of CSL items", "csl-json");
    return std::nullopt;
  }
  const auto offsets = item_id_offsets(text);
  std::map<std::string, SourcePos> seen;
  for (std::size_t k = 0; k < j.size(); ++k) {
    const SourcePos p = k < offsets.size() ? pos_at(text, offsets[k]) : SourcePos{1, 1};
    if (!j[k].is_object() || !j[k].contains("id")) {
      diags.warning({path, p}, "item without an id", "csl-json");
      continue;
    }
    const std::string id = id_text(j[k]["id"]);
    auto [it, inserted] = seen.emplace(id, p);
    if (!inserted)
      diags.warning({path, p},
                    "duplicate id '" + id + "' (first at " + path + ":" +
                        std::to_string(it->second.line) + ":" + std::to_string(it->second.col) +
                        ")",
                    "duplicate-id");
  }
  return j;
}

}  // namespace

std::optional<nlohmann::json> read_bibliography_text(std::string_view text,
                                                     const std::string& path, Diagnostics& diags) {
  const std::string ext = extension_of(path);
  if (ext == "bib") return read_bibtex(text, path, diags, BibVariant::BibLaTeX);
  if (ext == "bibtex") return read_bibtex(text, path, diags, BibVariant::BibTeX);
  if (ext == "json") return read_json(text, path, diags);
  if (ext == "yaml" || ext == "yml") return read_csl_yaml(text, path, diags);
  diags.error({path, {}},
              "unknown bibliography format '." + ext + "' (use .bib, .bibtex, .json or .yaml)",
              "bibliography-format");
  return std::nullopt;
}

std::optional<nlohmann::json> read_bibliography_file(const std::string& path, Diagnostics& diags) {
  std::string error;
  auto text = util::read_file(path, error);
  if (!text) {
    diags.error({path, {}}, "cannot read bibliography: " + error, "bibliography-read");
    return std::nullopt;
  }
  return read_bibliography_text(*text, path, diags);
}

}  // namespace quire::cite
