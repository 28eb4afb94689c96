#include "bibliography/bibliography_file.h"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <vector>

#include "bibliography/bibtex_reader.h"
#include "bibliography/csl_yaml_reader.h"
#include "util/files.h"
#include "util/text.h"

namespace quire::bibliography {
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

// CSL-JSON nests five deep (items, an item, a date, its parts, a part); what every reader
// walks after parsing is bounded by refusing more than this.
constexpr int kMaxJsonDepth = 100;

// Offset of the bracket that opens a level past `most`, if any.
std::optional<std::size_t> nested_too_deep(std::string_view text, int most) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > most) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

std::string id_text(const nlohmann::json& id) {
  if (id.is_string()) return id.get<std::string>();
  return id.dump();
}

std::optional<nlohmann::json> read_json(std::string_view text, const std::string& path,
                                        Diagnostics& diags) {
  if (const auto at = nested_too_deep(text, kMaxJsonDepth)) {
    diags.error({path, pos_at(text, *at)},
                "invalid JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
                "invalid-json");
    return std::nullopt;
  }
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

// Removes control characters (util::is_control_byte) from `s`; returns the first one
// removed, or -1. Pango refuses a paragraph holding U+0000.
int drop_control_characters(std::string& s) {
  int first = -1;
  std::size_t kept = 0;
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (util::is_control_byte(c)) {
      if (first < 0) first = c;
      continue;
    }
    s[kept++] = ch;
  }
  s.resize(kept);
  return first;
}

// Every string under `v` cleaned; the first control character found and the top-level
// field it was in are reported through `found`.
void clean_strings(nlohmann::json& v, const std::string& field, int& found, std::string& found_in) {
  if (v.is_string()) {
    const int c = drop_control_characters(v.get_ref<std::string&>());
    if (c >= 0 && found < 0) {
      found = c;
      found_in = field;
    }
  } else if (v.is_array()) {
    for (auto& x : v) clean_strings(x, field, found, found_in);
  } else if (v.is_object()) {
    for (auto& [key, x] : v.items()) clean_strings(x, field.empty() ? key : field, found, found_in);
  }
}

// Whether `id` at `at` is an item's key: BibTeX's "@book{id," or the value of an "id" key in
// JSON or YAML ("id": "x", / id: x).
bool is_item_key(std::string_view text, std::size_t at, std::size_t len) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  auto quote = [](char c) { return c == '"' || c == '\''; };
  std::size_t after = at + len;
  if (after < text.size() && quote(text[after])) ++after;
  while (after < text.size() && space(text[after])) ++after;
  if (after < text.size() && std::string_view(",}\n\r").find(text[after]) == std::string_view::npos)
    return false;
  std::size_t j = at;
  if (j > 0 && quote(text[j - 1])) --j;
  while (j > 0 && space(text[j - 1])) --j;
  if (j == 0) return false;
  if (text[j - 1] == '{' || text[j - 1] == '(') return true;
  if (text[j - 1] != ':') return false;
  --j;
  if (j > 0 && quote(text[j - 1])) --j;
  if (j < 2 || text.substr(j - 2, 2) != "id") return false;
  const char before = j > 2 ? text[j - 3] : ' ';
  return !(std::isalnum(static_cast<unsigned char>(before)) || before == '_' || before == '-');
}

// Where an item is, for a diagnostic: where its key is written.
SourcePos item_position(std::string_view text, const std::string& id) {
  if (id.empty()) return {};
  for (std::size_t at = text.find(id); at != std::string_view::npos; at = text.find(id, at + 1))
    if (is_item_key(text, at, id.size())) return pos_at(text, at);
  return {};
}

void drop_control_characters(nlohmann::json& items, std::string_view text, const std::string& path,
                             Diagnostics& diags) {
  if (!items.is_array()) return;
  // Each warning searches the text for its item; past this many, one line says how many more.
  constexpr std::size_t kMostPlaced = 20;
  std::size_t items_with = 0;
  for (auto& item : items) {
    int found = -1;
    std::string field;
    clean_strings(item, {}, found, field);
    if (found < 0 || ++items_with > kMostPlaced) continue;
    const std::string id = item.is_object() && item.contains("id") ? id_text(item["id"]) : std::string();
    diags.warning({path, item_position(text, id)},
                  fmt::format("control character U+{:04X} in '{}' of '{}', dropped", found, field, id),
                  "control-character");
  }
  if (items_with > kMostPlaced)
    diags.warning({path, {}},
                  fmt::format("control characters dropped from {} more items", items_with - kMostPlaced),
                  "control-character");
}

}  // namespace

std::optional<nlohmann::json> read_bibliography_text(std::string_view text,
                                                     const std::string& path, Diagnostics& diags) {
  const std::string ext = extension_of(path);
  std::optional<nlohmann::json> items;
  if (ext == "bib") {
    items = read_bibtex(text, path, diags, BibVariant::BibLaTeX);
  } else if (ext == "bibtex") {
    items = read_bibtex(text, path, diags, BibVariant::BibTeX);
  } else if (ext == "json") {
    items = read_json(text, path, diags);
  } else if (ext == "yaml" || ext == "yml") {
    items = read_csl_yaml(text, path, diags);
  } else {
    diags.error({path, {}}, "unknown bibliography format '." + ext + "' (use .bib, .bibtex, .json or .yaml)",
                "bibliography-format");
    return std::nullopt;
  }
  if (items) drop_control_characters(*items, text, path, diags);
  return items;
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

}  // namespace quire::bibliography
