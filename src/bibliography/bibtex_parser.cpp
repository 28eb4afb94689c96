#include "bibliography/bibtex_parser.h"

#include <algorithm>
#include <map>
#include <optional>

#include "bibliography/bibtex_localization.h"
#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

bool is_key_char(char32_t c) {
  return is_alnum(c) ||
         (c < 0x80 && std::string_view(".:;?!`'()/*@_+=-[]&").find(static_cast<char>(c)) !=
                          std::string_view::npos);
}

bool is_name_char(char32_t c) { return is_alnum(c) || c == '-' || c == '_' || c == ':' || c == '+'; }

std::string resolve_alias(std::string name) {
  if (name == "archiveprefix") return "eprinttype";
  if (name == "primaryclass") return "eprintclass";
  return name;
}

bool is_month_abbreviation(std::string_view s) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  for (const char* m : kMonths)
    if (s == m) return true;
  return false;
}

// The reason an entry could not be read, and where.
struct SyntaxError {
  std::size_t at;
  std::string message;
  std::string code = "bibtex-syntax";
};

class BibParser {
 public:
  BibParser(std::string_view text, const std::string& path, Diagnostics& diags)
      : s_(text), path_(path), diags_(diags) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < s_.size(); ++i)
      if (s_[i] == '\n') line_starts_.push_back(i + 1);
  }

  std::vector<BibEntry> run() {
    while (i_ < s_.size()) {
      const std::size_t at = s_.find('@', i_);
      if (at == std::string_view::npos) break;
      i_ = at + 1;
      const std::size_t type_start = i_;
      const std::string type = to_lower(read_while(is_letter));
      if (type.rfind("comment", 0) == 0) {
        comment(at, type.size() > 7);
        continue;
      }
      skip_ws();
      const char open = i_ < s_.size() ? s_[i_] : '\0';
      if (type.empty() || (open != '{' && open != '(')) {
        diags_.warning(loc(at), "ignored '@' that does not start an entry", "bibtex-stray-at");
        i_ = type_start;
        continue;
      }
      std::optional<SyntaxError> err;
      if (type == "preamble") {
        err = preamble(open);
      } else if (type == "string") {
        err = string_definition(open);
      } else {
        err = entry(at, type, open);
      }
      if (err) {
        diags_.error(loc(err->at), err->message, err->code);
        recover(at);
      }
    }
    return std::move(entries_);
  }

 private:
  std::string_view s_;
  const std::string& path_;
  Diagnostics& diags_;
  std::vector<std::size_t> line_starts_;
  std::size_t i_ = 0;
  std::map<std::string, std::string> macros_;
  std::size_t expanded_ = 0;  // bytes the macros have added so far (kMaxMacroExpansion)
  bool too_large_ = false;
  std::vector<BibEntry> entries_;

  SourcePos pos(std::size_t off) const {
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), off);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    return {static_cast<int>(line), static_cast<int>(off - line_starts_[line - 1] + 1)};
  }
  SourceLoc loc(std::size_t off) const { return {path_, pos(off)}; }

  char32_t cp(std::size_t at, std::size_t* len) const {
    std::size_t j = at;
    const char32_t c = decode_utf8(s_, j);
    *len = j - at;
    return c;
  }

  template <typename Pred>
  std::string read_while(Pred pred) {
    const std::size_t start = i_;
    while (i_ < s_.size()) {
      std::size_t len = 0;
      if (!pred(cp(i_, &len))) break;
      i_ += len;
    }
    return std::string(s_.substr(start, i_ - start));
  }

  void skip_ws() {
    while (i_ < s_.size()) {
      std::size_t len = 0;
      if (!is_space(cp(i_, &len))) break;
      i_ += len;
    }
  }

  bool at_char(char c) const { return i_ < s_.size() && s_[i_] == c; }

  // Resumes at the next '@' that starts a line, so one broken entry (an unclosed brace
  // swallows everything after it) costs only itself.
  void recover(std::size_t entry_at) {
    std::size_t j = entry_at + 1;
    while (true) {
      j = s_.find('@', j);
      if (j == std::string_view::npos) {
        i_ = s_.size();
        return;
      }
      std::size_t k = j;
      while (k > 0 && (s_[k - 1] == ' ' || s_[k - 1] == '\t')) --k;
      if (k == 0 || s_[k - 1] == '\n' || s_[k - 1] == '\r') {
        i_ = j;
        return;
      }
      ++j;
    }
  }

  void comment(std::size_t at, bool longer_name) {
    if (longer_name) {
      // pandoc reads "@commentary" as "@comment" followed by text, skipping it.
      diags_.warning(loc(at), "entry type read as @comment and skipped", "bibtex-comment");
      return;
    }
    skip_ws();
    if (at_char('{')) {
      const std::size_t open = i_;
      std::string ignored;
      if (auto err = braced(ignored, 1)) {
        diags_.warning(loc(open), "unterminated @comment", "bibtex-comment");
        i_ = open + 1;
      }
    }
  }

  std::optional<SyntaxError> preamble(char open) {
    if (open == '{') {
      std::string ignored;
      return braced(ignored, 1);
    }
    ++i_;
    skip_ws();
    std::string ignored;
    if (auto err = value(ignored)) return err;
    skip_ws();
    if (!at_char(')')) return SyntaxError{i_, "expected ')' to close @preamble"};
    ++i_;
    return std::nullopt;
  }

  std::optional<SyntaxError> string_definition(char open) {
    const char close = open == '{' ? '}' : ')';
    ++i_;
    skip_ws();
    const std::size_t name_at = i_;
    std::string name = to_lower(read_while(is_name_char));
    if (name.empty()) return SyntaxError{name_at, "expected a macro name in @string"};
    skip_ws();
    if (!at_char('=')) return SyntaxError{i_, "expected '=' after @string name '" + name + "'"};
    ++i_;
    skip_ws();
    std::string v;
    if (auto err = value(v)) return err;
    skip_ws();
    if (!at_char(close))
      return SyntaxError{i_, std::string("expected '") + close + "' to close @string"};
    ++i_;
    macros_[resolve_alias(name)] = std::move(v);
    return std::nullopt;
  }

  std::optional<SyntaxError> entry(std::size_t at, const std::string& type, char open) {
    const char close = open == '{' ? '}' : ')';
    ++i_;
    skip_ws();
    const std::size_t key_at = i_;
    std::string key = read_while([&](char32_t c) { return is_key_char(c) && c != static_cast<char32_t>(close); });
    if (key.empty()) return SyntaxError{key_at, "missing entry key after @" + type};
    BibEntry e;
    e.type = type;
    e.key = sanitize_utf8(key);
    e.pos = pos(at);
    skip_ws();
    if (at_char(close)) {
      ++i_;
      add(std::move(e));
      return std::nullopt;
    }
    if (!at_char(','))
      return SyntaxError{i_, "expected ',' after entry key '" + e.key + "'"};
    ++i_;
    skip_ws();
    while (true) {
      if (at_char(close)) {
        ++i_;
        break;
      }
      if (i_ >= s_.size())
        return SyntaxError{at, std::string("unterminated entry '") + e.key + "' (missing '" +
                                   close + "')"};
      const std::size_t name_at = i_;
      std::string name = resolve_alias(to_lower(read_while(is_name_char)));
      if (name.empty())
        return SyntaxError{name_at, "expected a field name in entry '" + e.key + "'"};
      skip_ws();
      if (!at_char('='))
        return SyntaxError{i_, "expected '=' after field '" + name + "' in entry '" + e.key + "'"};
      ++i_;
      skip_ws();
      std::string v;
      if (auto err = value(v)) return err;
      skip_ws();
      for (const auto& f : e.fields)
        if (f.name == name) {
          diags_.warning(loc(name_at),
                         "field '" + name + "' repeated in entry '" + e.key +
                             "'; the last value is used",
                         "bibtex-duplicate-field");
          break;
        }
      e.fields.push_back({name, sanitize_utf8(v), pos(name_at)});
      if (at_char(',')) {
        ++i_;
        skip_ws();
        continue;
      }
      if (at_char(close)) {
        ++i_;
        break;
      }
      if (i_ >= s_.size())
        return SyntaxError{at, std::string("unterminated entry '") + e.key + "' (missing '" +
                                   close + "')"};
      return SyntaxError{i_, "expected ',' or '" + std::string(1, close) + "' after field '" +
                                 name + "' in entry '" + e.key + "'"};
    }
    add(std::move(e));
    return std::nullopt;
  }

  void add(BibEntry e) { entries_.push_back(std::move(e)); }

  // value = piece ("#" piece)*; pieces are "quoted", {braced}, or a macro name.
  std::optional<SyntaxError> value(std::string& out) {
    while (true) {
      if (auto err = piece(out)) return err;
      const std::size_t before = i_;
      skip_ws();
      if (!at_char('#')) {
        i_ = before;
        return std::nullopt;
      }
      ++i_;
      skip_ws();
    }
  }

  std::optional<SyntaxError> piece(std::string& out) {
    if (i_ >= s_.size()) return SyntaxError{i_, "expected a value, found the end of the file"};
    if (at_char('{') || at_char('"')) {
      // An unclosed group deep inside is reported where the whole value starts, since
      // that is what never ends.
      const std::size_t start = i_;
      const bool is_quoted = at_char('"');
      auto err = is_quoted ? quoted(out) : braced(out, 1);
      if (err && err->code == "bibtex-syntax")
        err = SyntaxError{start, is_quoted ? "unterminated quoted value (missing '\"')"
                                           : "unterminated braced value (missing '}')"};
      return err;
    }
    const std::size_t name_at = i_;
    const std::string name = to_lower(read_while(is_name_char));
    if (name.empty()) return SyntaxError{name_at, "expected a value: \"...\", {...} or a name"};
    if (auto it = macros_.find(name); it != macros_.end()) {
      if (too_large_) return std::nullopt;  // said once; the file is already an error
      expanded_ += it->second.size();
      if (expanded_ > kMaxMacroExpansion) {
        too_large_ = true;
        return SyntaxError{name_at,
                           "@string macros expand to more than " +
                               std::to_string(kMaxMacroExpansion >> 20) +
                               " MB of text; a macro made of itself twice (b = a # a) doubles "
                               "at every step",
                           "bibtex-too-large"};
      }
      out += it->second;
      return std::nullopt;
    }
    const std::string resolved = resolve_key(name);
    if (resolved == name && !is_month_abbreviation(name) &&
        name.find_first_not_of("0123456789") != std::string::npos)
      diags_.warning(loc(name_at), "undefined macro '" + name + "', used as text",
                     "bibtex-undefined-macro");
    out += resolved;
    return std::nullopt;
  }

  // {...} at the current '{'; braces inside are kept, "\{" and "\}" do not nest.
  std::optional<SyntaxError> braced(std::string& out, int depth) {
    const std::size_t open = i_;
    if (depth > kMaxBraceDepth)
      return SyntaxError{open, "braces nested deeper than " + std::to_string(kMaxBraceDepth) +
                                   " levels",
                         "bibtex-nesting"};
    ++i_;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '}') {
        ++i_;
        return std::nullopt;
      }
      if (c == '\\') {
        out += '\\';
        ++i_;
        if (at_char('{') || at_char('}')) out += s_[i_++];
        continue;
      }
      if (c == '{') {
        out += '{';
        if (auto err = braced(out, depth + 1)) return err;
        out += '}';
        continue;
      }
      out += c;
      ++i_;
    }
    return SyntaxError{open, "unterminated braced value (missing '}')"};
  }

  std::optional<SyntaxError> quoted(std::string& out) {
    const std::size_t open = i_;
    ++i_;
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '"') {
        ++i_;
        return std::nullopt;
      }
      if (c == '\\') {
        out += '\\';
        ++i_;
        if (i_ < s_.size()) {
          std::size_t len = 0;
          cp(i_, &len);
          out += s_.substr(i_, len);
          i_ += len;
        }
        continue;
      }
      if (c == '{') {
        out += '{';
        if (auto err = braced(out, 2)) return err;
        out += '}';
        continue;
      }
      out += c;
      ++i_;
    }
    return SyntaxError{open, "unterminated quoted value (missing '\"')"};
  }
};

}  // namespace

const BibField* BibEntry::find(std::string_view name) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it)
    if (it->name == name) return &*it;
  return nullptr;
}

std::vector<BibEntry> parse_bib(std::string_view text, const std::string& path,
                                Diagnostics& diags) {
  return BibParser(text, path, diags).run();
}

}  // namespace quire::bibliography::bibtex
