#include "bibliography/csl_yaml_reader.h"

#include <map>
#include <set>
#include <vector>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "bibliography/bibtex_dates.h"
#include "bibliography/bibtex_inline.h"
#include "bibliography/bibtex_names.h"
#include "bibliography/bibtex_unicode.h"
#include "load/yaml_budget.h"
#include "util/text.h"
#include "util/utf8.h"

namespace quire::bibliography {
namespace {

using bibtex::BibInline;
using bibtex::BibInlines;
using bibtex::InlineKind;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_alnum_at(const std::string& s, std::size_t i) {
  if (i >= s.size()) return false;
  std::size_t j = i;
  return bibtex::is_alnum(bibtex::decode_utf8(s, j));
}

// The code point before byte offset i, or 0 at the start.
char32_t prev_cp(const std::string& s, std::size_t i) {
  if (i == 0) return 0;
  return util::decode_utf8_before(s, i);
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The inline Markdown pandoc reads YAML metadata strings with (smart punctuation on).
class MarkdownInlines {
 public:
  explicit MarkdownInlines(std::string s) : s_(std::move(s)), failed_(s_.size(), 0) {}

  BibInlines run() {
    BibInlines out = parse_until(0, 0);
    return bibtex::trim_inlines(std::move(out));
  }

 private:
  std::string s_;
  std::size_t i_ = 0;
  int depth_ = 0;
  // Openers already found to have no closer, by position: whether a quote or emphasis closes
  // does not depend on what encloses it, so remembering the failures keeps nested unclosed
  // openers from re-scanning the rest of the text once per enclosing attempt (exponential).
  enum : unsigned char { kFailedDouble = 1, kFailedSingle = 2, kFailedEmphasis = 4 };
  std::vector<unsigned char> failed_;

  bool at(std::string_view t) const { return s_.compare(i_, t.size(), t) == 0; }

  // Parses until the closing delimiter `close` repeated `n` times (0: to the end).
  BibInlines parse_until(char close, int n) {
    BibInlines out;
    while (i_ < s_.size()) {
      if (n > 0 && closes(close, n)) return out;
      if (close == ']' && n == -1 && s_[i_] == ']') return out;
      one(out);
    }
    return out;
  }

  bool closes(char c, int n) const {
    if (i_ + static_cast<std::size_t>(n) > s_.size()) return false;
    for (int k = 0; k < n; ++k)
      if (s_[i_ + static_cast<std::size_t>(k)] != c) return false;
    if (i_ == 0 || is_ws(s_[i_ - 1])) return false;
    const std::size_t after = i_ + static_cast<std::size_t>(n);
    if (after < s_.size() && s_[after] == c) return false;
    if (c == '_' && is_alnum_at(s_, after)) return false;
    return true;
  }

  void one(BibInlines& out) {
    const char c = s_[i_];
    if (is_ws(c)) {
      while (i_ < s_.size() && is_ws(s_[i_])) ++i_;
      append(out, BibInline::leaf(InlineKind::Space));
      return;
    }
    if (c == '\\' && i_ + 1 < s_.size() && is_ascii_punct(s_[i_ + 1])) {
      append(out, BibInline::str(std::string(1, s_[i_ + 1])));
      i_ += 2;
      return;
    }
    if (c == '`' && code(out)) return;
    if ((c == '*' || c == '_') && emphasis(out, c)) return;
    if (c == '^' && script(out, '^', InlineKind::Superscript)) return;
    if (c == '~' && !at("~~") && script(out, '~', InlineKind::Subscript)) return;
    if (c == '[' && bracketed(out)) return;
    if (c == '<' && raw_html(out)) return;
    if (c == '"' && quoted(out, '"', true)) return;
    if (c == '\'') {
      if (bibtex::is_alnum(prev_cp(s_, i_)) || !quoted(out, '\'', false)) {
        append(out, BibInline::str("\u2019"));
        ++i_;
      }
      return;
    }
    if (at("---")) {
      append(out, BibInline::str("\u2014"));
      i_ += 3;
      return;
    }
    if (at("--")) {
      append(out, BibInline::str("\u2013"));
      i_ += 2;
      return;
    }
    if (at("...")) {
      append(out, BibInline::str("\u2026"));
      i_ += 3;
      return;
    }
    std::size_t j = i_;
    bibtex::decode_utf8(s_, j);
    append(out, BibInline::str(s_.substr(i_, j - i_)));
    i_ = j;
  }

  bool code(BibInlines& out) {
    std::size_t n = 0;
    while (i_ + n < s_.size() && s_[i_ + n] == '`') ++n;
    const std::string fence(n, '`');
    const std::size_t end = s_.find(fence, i_ + n);
    if (end == std::string::npos) return false;
    std::string body = s_.substr(i_ + n, end - i_ - n);
    while (!body.empty() && body.front() == ' ') body.erase(body.begin());
    while (!body.empty() && body.back() == ' ') body.pop_back();
    append(out, BibInline::leaf(InlineKind::Code, body));
    i_ = end + n;
    return true;
  }

  bool emphasis(BibInlines& out, char c) {
    std::size_t n = 0;
    while (i_ + n < s_.size() && s_[i_ + n] == c) ++n;
    if (n > 3 || i_ + n >= s_.size() || is_ws(s_[i_ + n])) return false;
    if (c == '_' && bibtex::is_alnum(prev_cp(s_, i_))) return false;
    if (depth_ > 50 || (failed_[i_] & kFailedEmphasis) != 0) return false;
    const std::size_t start = i_;
    i_ += n;
    ++depth_;
    BibInlines inner = parse_until(c, static_cast<int>(n));
    --depth_;
    if (!closes(c, static_cast<int>(n))) {
      i_ = start;
      failed_[start] |= kFailedEmphasis;
      return false;
    }
    i_ += n;
    if (n == 1) {
      append(out, BibInline::container(InlineKind::Emph, std::move(inner)));
    } else if (n == 2) {
      append(out, BibInline::container(InlineKind::Strong, std::move(inner)));
    } else {
      append(out, BibInline::container(
                      InlineKind::Emph,
                      {BibInline::container(InlineKind::Strong, std::move(inner))}));
    }
    return true;
  }

  bool script(BibInlines& out, char c, InlineKind kind) {
    const std::size_t end = s_.find(c, i_ + 1);
    if (end == std::string::npos || end == i_ + 1) return false;
    const std::string body = s_.substr(i_ + 1, end - i_ - 1);
    for (char b : body)
      if (is_ws(b)) return false;
    append(out, BibInline::container(kind, MarkdownInlines(body).run()));
    i_ = end + 1;
    return true;
  }

  bool bracketed(BibInlines& out) {
    int level = 0;
    std::size_t j = i_;
    for (; j < s_.size(); ++j) {
      if (s_[j] == '\\') {
        ++j;
        continue;
      }
      if (s_[j] == '[') ++level;
      if (s_[j] == ']' && --level == 0) break;
    }
    if (j >= s_.size()) return false;
    const std::string body = s_.substr(i_ + 1, j - i_ - 1);
    const std::size_t after = j + 1;
    if (after < s_.size() && s_[after] == '{') {
      const std::size_t close = s_.find('}', after);
      if (close == std::string::npos) return false;
      const std::string attrs = s_.substr(after + 1, close - after - 1);
      BibInlines inner = MarkdownInlines(body).run();
      if (attrs.find(".smallcaps") != std::string::npos)
        append(out, BibInline::container(InlineKind::SmallCaps, std::move(inner)));
      else if (attrs.find(".nocase") != std::string::npos)
        append(out, BibInline::span(std::move(inner), {"nocase"}));
      else
        append(out, BibInline::span(std::move(inner), {"attr"}));
      i_ = close + 1;
      return true;
    }
    if (after < s_.size() && s_[after] == '(') {
      const std::size_t close = s_.find(')', after);
      if (close == std::string::npos) return false;
      BibInline link = BibInline::container(InlineKind::Link, MarkdownInlines(body).run());
      link.text = s_.substr(after + 1, close - after - 1);
      append(out, std::move(link));
      i_ = close + 1;
      return true;
    }
    return false;
  }

  bool raw_html(BibInlines& out) {
    const std::size_t close = s_.find('>', i_);
    if (close == std::string::npos || close == i_ + 1) return false;
    const std::string tag = s_.substr(i_ + 1, close - i_ - 1);
    if (tag.find("://") != std::string::npos && tag.find(' ') == std::string::npos) {
      BibInline link = BibInline::container(InlineKind::Link, {BibInline::str(tag)});
      link.text = tag;
      append(out, std::move(link));
      i_ = close + 1;
      return true;
    }
    const char first = tag[0] == '/' && tag.size() > 1 ? tag[1] : tag[0];
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) return false;
    append(out, BibInline::leaf(InlineKind::RawInline, tag));
    i_ = close + 1;
    return true;
  }

  bool quoted(BibInlines& out, char q, bool dbl) {
    if (i_ + 1 >= s_.size() || is_ws(s_[i_ + 1]) || depth_ > 50) return false;
    const unsigned char flag = dbl ? kFailedDouble : kFailedSingle;
    const std::size_t start = i_;
    bool closed = false;
    BibInlines inner;
    if ((failed_[start] & flag) == 0) {
      ++i_;
      ++depth_;
      while (i_ < s_.size()) {
        if (s_[i_] == q && i_ > 0 && !is_ws(s_[i_ - 1]) && !is_alnum_at(s_, i_ + 1)) {
          closed = true;
          break;
        }
        one(inner);
      }
      --depth_;
    }
    if (!closed) {
      failed_[start] |= flag;
      i_ = start;
      if (dbl) {
        append(out, BibInline::str("\u201C"));
        ++i_;
        return true;
      }
      return false;
    }
    ++i_;
    BibInline qn = BibInline::container(InlineKind::Quoted, std::move(inner));
    qn.double_quote = dbl;
    append(out, std::move(qn));
    return true;
  }
};

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string normalize_key(const std::string& k) {
  const std::string l = lower_ascii(k);
  if (l == "doi") return "DOI";
  if (l == "isbn") return "ISBN";
  if (l == "issn") return "ISSN";
  if (l == "pmcid") return "PMCID";
  if (l == "pmid") return "PMID";
  if (l == "url") return "URL";
  return l;
}

bool is_bool_scalar(const YAML::Node& n, bool* value) {
  if (!n.IsScalar() || n.Tag() == "!") return false;
  const std::string& s = n.Scalar();
  if (s == "true" || s == "True" || s == "TRUE") {
    *value = true;
    return true;
  }
  if (s == "false" || s == "False" || s == "FALSE") {
    *value = false;
    return true;
  }
  return false;
}

std::optional<std::string> node_text(const YAML::Node& n) {
  if (n.IsScalar()) {
    bool b = false;
    if (is_bool_scalar(n, &b)) return std::nullopt;
    return bibtex::stringify(MarkdownInlines(n.Scalar()).run());
  }
  if (n.IsSequence()) {
    std::string out;
    for (std::size_t i = 0; i < n.size(); ++i) {
      auto t = node_text(n[i]);
      if (!t) return std::nullopt;
      if (i) out += ' ';
      out += *t;
    }
    return out;
  }
  if (n.IsNull()) return std::string();
  return std::nullopt;
}

std::optional<int> node_int(const YAML::Node& n) {
  auto t = node_text(n);
  if (!t) return std::nullopt;
  return bibtex::read_int(*t);
}

bool node_bool(const YAML::Node& n) {
  bool b = false;
  if (is_bool_scalar(n, &b)) return b;
  auto t = node_text(n);
  return t && *t == "true";
}

std::optional<std::vector<int>> date_parts(const YAML::Node& n) {
  if (n.IsSequence()) {
    std::vector<int> out;
    for (const auto& x : n) out.push_back(node_int(x).value_or(0));
    return out;
  }
  if (n.IsMap()) {
    const auto year = n["year"] ? node_int(n["year"]) : std::nullopt;
    if (!year) return std::nullopt;
    std::vector<int> out{year.value_or(0)};
    int month = 0;
    bool has_month = false;
    if (n["month"]) {
      if (const auto m = node_int(n["month"])) {
        month = *m;
        has_month = true;
      }
    }
    if (!has_month && n["season"]) {
      if (const auto s = node_int(n["season"])) {
        month = *s + 20;
        has_month = true;
      }
    }
    if (has_month) {
      out.push_back(month);
      if (n["day"])
        if (const auto day = node_int(n["day"])) out.push_back(*day);
    }
    return out;
  }
  return std::nullopt;
}

nlohmann::json date_value(const YAML::Node& n) {
  bibtex::CslDate d;
  std::optional<int> season;
  if (n.IsMap()) {
    if (n["date-parts"]) {
      if (n["date-parts"].IsSequence())
        for (const auto& x : n["date-parts"])
          if (auto p = date_parts(x)) d.parts.push_back(*p);
    } else if (auto p = date_parts(n)) {
      d.parts.push_back(*p);
    }
    if (n["circa"]) d.circa = node_bool(n["circa"]);
    if (n["season"]) season = node_int(n["season"]);
    if (n["literal"]) d.literal = node_text(n["literal"]);
  } else if (n.IsSequence()) {
    for (const auto& x : n)
      if (auto p = date_parts(x)) d.parts.push_back(*p);
  } else if (auto t = node_text(n)) {
    if (auto parsed = bibtex::parse_edtf(*t)) d = *parsed;
  }
  nlohmann::json j = bibtex::date_to_json(d);
  if (season) j["season"] = *season;
  return j;
}

std::optional<bibtex::CslName> name_value(const YAML::Node& n) {
  bibtex::CslName name;
  if (n.IsMap()) {
    auto get = [&](const char* k) -> std::optional<std::string> {
      if (!n[k]) return std::nullopt;
      return node_text(n[k]);
    };
    name.family = get("family");
    name.given = get("given");
    name.dropping_particle = get("dropping-particle");
    name.non_dropping_particle = get("non-dropping-particle");
    name.suffix = get("suffix");
    name.literal = get("literal");
    if (n["comma-suffix"]) name.comma_suffix = node_bool(n["comma-suffix"]);
    if (n["static-ordering"]) name.static_ordering = node_bool(n["static-ordering"]);
  } else {
    auto t = node_text(n);
    if (!t) return std::nullopt;
    name.literal = *t;
  }
  return bibtex::extract_particles(std::move(name));
}

nlohmann::json names_value(const YAML::Node& n) {
  nlohmann::json arr = nlohmann::json::array();
  if (n.IsSequence()) {
    for (const auto& x : n)
      if (auto name = name_value(x)) arr.push_back(bibtex::name_to_json(*name));
  } else if (auto name = name_value(n)) {
    arr.push_back(bibtex::name_to_json(*name));
  }
  return arr;
}

nlohmann::json plain_value(const YAML::Node& n) {
  bool b = false;
  if (is_bool_scalar(n, &b)) return b ? "true" : "false";
  if (n.IsScalar()) return bibtex::render_csl(MarkdownInlines(n.Scalar()).run());
  return "";
}

SourcePos pos_of(const YAML::Node& n) {
  const YAML::Mark m = n.Mark();
  if (m.is_null() || m.line < 0) return {};
  return {m.line + 1, m.column + 1};
}

std::optional<nlohmann::json> read_yaml_references(std::string_view text,
                                                   const std::string& path, Diagnostics& diags) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    SourcePos p{e.mark.line + 1, e.mark.column + 1};
    if (e.mark.is_null() || e.mark.line < 0) p = {1, 1};
    // yaml-cpp stops nesting at 2,000 levels, with a message ("bad file") that does not say so.
    const bool too_deep = dynamic_cast<const YAML::DeepRecursion*>(&e) != nullptr;
    diags.error({path, p}, "invalid YAML: " + (too_deep ? std::string("nested too deeply") : e.msg),
                "invalid-yaml");
    return std::nullopt;
  }
  if (!load::within_node_budget(root)) {
    diags.error({path, {1, 1}},
                "the YAML expands to more than " + std::to_string(load::kMaxYamlNodes) +
                    " values through its anchors and aliases (*name); write the values out",
                "yaml-too-large");
    return std::nullopt;
  }
  YAML::Node list = root;
  if (root.IsMap() && root["references"]) list = root["references"];
  if (!list.IsSequence()) {
    diags.error({path, pos_of(root)}, "expected a list of references (or a map with 'references:')",
                "csl-yaml");
    return std::nullopt;
  }
  static const std::set<std::string> kDates = {"accessed", "container", "event-date",
                                               "issued",   "original-date", "submitted"};
  static const std::set<std::string> kNames = {
      "author",         "collection-editor", "composer",        "container-author",
      "director",       "editor",            "editorial-director", "illustrator",
      "interviewer",    "original-author",   "recipient",       "reviewed-author",
      "translator"};
  nlohmann::json items = nlohmann::json::array();
  std::map<std::string, SourcePos> seen;
  for (const auto& item : list) {
    if (!item.IsMap()) {
      diags.warning({path, pos_of(item)}, "reference is not a map; skipped", "csl-yaml");
      continue;
    }
    nlohmann::json out = nlohmann::json::object();
    std::optional<std::string> id;
    SourcePos id_pos = pos_of(item);
    for (const auto& kv : item) {
      const std::string key = normalize_key(kv.first.as<std::string>(""));
      const YAML::Node& v = kv.second;
      if (key == "id") {
        id = node_text(v);
        id_pos = pos_of(v);
      } else if (key == "type") {
        out["type"] = node_text(v).value_or("");
      } else if (kDates.count(key)) {
        out[key] = date_value(v);
      } else if (kNames.count(key)) {
        out[key] = names_value(v);
      } else if (key == "other-ids") {
        out[key] = node_text(v).value_or("");
      } else {
        out[key] = plain_value(v);
      }
    }
    if (!id) {
      diags.warning({path, pos_of(item)}, "reference without an id; skipped", "csl-yaml");
      continue;
    }
    if (!out.contains("type")) out["type"] = "";
    out["id"] = *id;
    auto [it, inserted] = seen.emplace(*id, id_pos);
    if (!inserted)
      diags.warning({path, id_pos},
                    "duplicate id '" + *id + "' (first at " + path + ":" +
                        std::to_string(it->second.line) + ":" +
                        std::to_string(it->second.col) + ")",
                    "duplicate-id");
    items.push_back(std::move(out));
  }
  return items;
}

}  // namespace

std::optional<nlohmann::json> read_csl_yaml(std::string_view text, const std::string& path,
                                            Diagnostics& diags) {
  std::string clean;
  if (const std::size_t bad = util::find_invalid_utf8(text); bad != std::string_view::npos) {
    int line = 0, col = 0;
    util::line_col(text, bad, line, col);
    diags.warning({path, {line, col}}, "invalid UTF-8; bad bytes read as U+FFFD", "invalid-utf8");
    clean = bibtex::sanitize_utf8(text);
    text = clean;
  }
  // yaml-cpp reports misuse (a key that is itself a map, say) by throwing; keep it here.
  try {
    return read_yaml_references(text, path, diags);
  } catch (const YAML::Exception& e) {
    diags.error({path, {e.mark.line + 1, e.mark.column + 1}}, "unreadable YAML: " + e.msg,
                "invalid-yaml");
    return std::nullopt;
  }
}

}  // namespace quire::bibliography
