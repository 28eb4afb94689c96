#include "markdown/attributes.h"

#include <algorithm>
#include <cstdint>

#include "util/utf8.h"

namespace quire::markdown {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
// Letters beyond ASCII arrive as UTF-8 bytes; they are taken as letters, as pandoc takes them.
bool is_letter(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }
bool is_alnum(char c) { return is_letter(c) || is_digit(c); }

// Decodes the character references pandoc allows in values: `&#97;`, `&#x61;`, and the
// five XML names. Anything else stays as written.
std::string decode_entities(std::string_view v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '&') {
      out += v[i];
      continue;
    }
    const std::size_t semi = v.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += v[i];
      continue;
    }
    const std::string_view name = v.substr(i + 1, semi - i - 1);
    std::string rep;
    if (name == "amp") rep = "&";
    else if (name == "lt") rep = "<";
    else if (name == "gt") rep = ">";
    else if (name == "quot") rep = "\"";
    else if (name == "apos") rep = "'";
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      std::uint32_t cp = 0;
      bool good = name.size() > (hex ? 2u : 1u);
      for (char c : name.substr(hex ? 2 : 1)) {
        int d = is_digit(c) ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0 || cp > 0x10FFFF) {
          good = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      }
      if (good && cp > 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) util::append_utf8(static_cast<char32_t>(cp), rep);
    }
    if (rep.empty()) {
      out += v[i];
      continue;
    }
    out += rep;
    i = semi;
  }
  return out;
}

class AttrParser {
 public:
  explicit AttrParser(std::string_view text) : s_(text) {}

  ParsedAttributes run() {
    if (s_.empty() || s_[0] != '{') return fail("an attribute block starts with '{'", 0);
    i_ = 1;
    skip_space();
    if (at('=')) return raw();
    bool any = false;
    while (true) {
      skip_space();
      if (i_ >= s_.size()) return fail("the attribute block is never closed with '}'", 0);
      if (at('}')) break;
      if (any && !is_space(s_[i_ - 1])) return fail("attributes are separated by spaces", i_);
      if (!attribute()) return out_;
      any = true;
    }
    if (!any) return fail("the attribute block is empty", 0);
    return done(i_ + 1);
  }

 private:
  bool at(char c) const { return i_ < s_.size() && s_[i_] == c; }
  void skip_space() {
    while (i_ < s_.size() && is_space(s_[i_])) ++i_;
  }

  ParsedAttributes fail(std::string why, std::size_t at) {
    out_ = {};
    out_.error = std::move(why);
    out_.error_at = at;
    return out_;
  }
  ParsedAttributes done(std::size_t end) {
    out_.ok = true;
    out_.end = end;
    return out_;
  }

  // `{=format}`: a raw block or inline for that output format.
  ParsedAttributes raw() {
    const std::size_t start = ++i_;
    while (i_ < s_.size() && (is_alnum(s_[i_]) || s_[i_] == '-' || s_[i_] == '_')) ++i_;
    if (i_ == start) return fail("'{=' must be followed by a format name, as in {=html}", start);
    out_.raw_format = std::string(s_.substr(start, i_ - start));
    skip_space();
    if (!at('}')) return fail("a raw attribute holds only its format, as in {=html}", i_);
    return done(i_ + 1);
  }

  std::string_view name_after(std::size_t start, bool id) {
    std::size_t j = start;
    if (j >= s_.size() || !is_letter(s_[j])) return {};
    while (j < s_.size() &&
           (is_alnum(s_[j]) || s_[j] == '-' || s_[j] == '_' || (id && (s_[j] == ':' || s_[j] == '.'))))
      ++j;
    return s_.substr(start, j - start);
  }

  bool attribute() {
    const char c = s_[i_];
    if (c == '#' || c == '.') {
      const std::string_view name = name_after(i_ + 1, c == '#');
      if (name.empty()) {
        fail(std::string(c == '#' ? "an id" : "a class") + " must start with a letter", i_);
        return false;
      }
      if (c == '#') out_.attr.id = std::string(name);
      else out_.attr.classes.emplace_back(name);
      i_ += 1 + name.size();
      return true;
    }
    if (c == '-' && i_ + 1 < s_.size() && (is_space(s_[i_ + 1]) || s_[i_ + 1] == '}')) {
      out_.attr.classes.emplace_back("unnumbered");  // pandoc's shorthand
      ++i_;
      return true;
    }
    return key_value();
  }

  bool key_value() {
    const std::size_t start = i_;
    if (!(is_ascii_letter(s_[i_]) || s_[i_] == '_' || s_[i_] == ':')) {
      fail(std::string("unexpected '") + s_[i_] + "' in an attribute block", i_);
      return false;
    }
    while (i_ < s_.size() &&
           (is_ascii_letter(s_[i_]) || is_digit(s_[i_]) || s_[i_] == '_' || s_[i_] == '.' || s_[i_] == '-' ||
            s_[i_] == ':'))
      ++i_;
    const std::string key(s_.substr(start, i_ - start));
    if (!at('=')) {
      fail("'" + key + "' needs a value, as in " + key + "=value", start);
      return false;
    }
    ++i_;
    std::string value;
    if (at('"') || at('\'')) {
      const char quote = s_[i_++];
      bool closed = false;
      while (i_ < s_.size()) {
        if (s_[i_] == '\\' && i_ + 1 < s_.size() && (s_[i_ + 1] == quote || s_[i_ + 1] == '\\')) {
          value += s_[i_ + 1];
          i_ += 2;
        } else if (s_[i_] == quote) {
          closed = true;
          ++i_;
          break;
        } else {
          value += s_[i_++];
        }
      }
      if (!closed) {
        fail("the value of '" + key + "' has no closing quote", start);
        return false;
      }
    } else {
      const std::size_t vstart = i_;
      while (i_ < s_.size() && !is_space(s_[i_]) && s_[i_] != '}' && s_[i_] != '"' && s_[i_] != '\'' &&
             s_[i_] != '=' && s_[i_] != '<' && s_[i_] != '>' && s_[i_] != '`')
        ++i_;
      if (i_ == vstart) {
        fail("'" + key + "=' needs a value", start);
        return false;
      }
      value = std::string(s_.substr(vstart, i_ - vstart));
    }
    value = decode_entities(value);
    if (key == "id") {
      out_.attr.id = value;
    } else if (key == "class") {
      std::size_t p = 0;
      while (p < value.size()) {
        while (p < value.size() && is_space(value[p])) ++p;
        std::size_t q = p;
        while (q < value.size() && !is_space(value[q])) ++q;
        if (q > p) out_.attr.classes.push_back(value.substr(p, q - p));
        p = q;
      }
    } else {
      out_.attr.kv.emplace_back(key, std::move(value));
    }
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  ParsedAttributes out_;
};

}  // namespace

ParsedAttributes parse_attributes(std::string_view text) {
  // Only so many bytes can hold a block, so a `{` that never closes costs little to try.
  return AttrParser(text.substr(0, std::min(text.size(), kMaxAttributeBlock))).run();
}

}  // namespace quire::markdown
