#include "csl/rich_text.h"

#include <cstring>

namespace quire::csl {

bool is_empty(const Rich& r) {
  if (r.kids.empty()) return r.text.empty();
  for (const auto& k : r.kids)
    if (!is_empty(k)) return false;
  return true;
}

std::string plain_text(const Rich& r) {
  if (r.kids.empty()) return r.text;
  std::string out;
  for (const auto& k : r.kids) out += plain_text(k);
  return out;
}

Rich join_rich(std::vector<Rich> parts, const std::string& delimiter) {
  Rich out;
  bool first = true;
  for (auto& p : parts) {
    if (is_empty(p)) continue;
    if (!first && !delimiter.empty()) out.kids.push_back(Rich::leaf(delimiter));
    out.kids.push_back(std::move(p));
    first = false;
  }
  return out;
}

namespace {

struct MarkupParser {
  const std::string& s;
  std::size_t i = 0;

  // Parses until `close` (a closing tag) or the end.
  Rich parse(const std::string& close, int depth) {
    Rich out;
    std::string buf;
    auto flush = [&] {
      if (!buf.empty()) out.kids.push_back(Rich::leaf(buf));
      buf.clear();
    };
    while (i < s.size()) {
      if (s[i] == '<') {
        if (!close.empty() && s.compare(i, close.size(), close) == 0) {
          i += close.size();
          flush();
          return out;
        }
        struct Tag {
          const char* open;
          const char* close;
          const char* field;
          const char* value;
        };
        static const Tag tags[] = {
            {"<i>", "</i>", "font_style", "italic"},
            {"<em>", "</em>", "font_style", "italic"},
            {"<b>", "</b>", "font_weight", "bold"},
            {"<strong>", "</strong>", "font_weight", "bold"},
            {"<sc>", "</sc>", "font_variant", "small-caps"},
            {"<sup>", "</sup>", "vertical_align", "sup"},
            {"<sub>", "</sub>", "vertical_align", "sub"},
            {"<span style=\"font-variant:small-caps;\">", "</span>", "font_variant", "small-caps"},
            {"<span style=\"font-variant: small-caps;\">", "</span>", "font_variant", "small-caps"},
            {"<span class=\"nocase\">", "</span>", "nocase", ""},
        };
        bool matched = false;
        if (depth < 20) {
          for (const auto& t : tags) {
            std::size_t len = std::strlen(t.open);
            if (s.compare(i, len, t.open) != 0) continue;
            // only treat it as markup when the closing tag follows
            if (s.find(t.close, i + len) == std::string::npos) continue;
            flush();
            i += len;
            Rich inner = parse(t.close, depth + 1);
            std::string f = t.field;
            if (f == "font_style") inner.font_style = t.value;
            else if (f == "font_weight") inner.font_weight = t.value;
            else if (f == "font_variant") inner.font_variant = t.value;
            else if (f == "vertical_align") inner.vertical_align = t.value;
            else if (f == "nocase") inner.nocase = true;
            out.kids.push_back(std::move(inner));
            matched = true;
            break;
          }
        }
        if (matched) continue;
      }
      if (depth < 20) {
        std::size_t len = 0, close_len = 0;
        std::size_t close_at = find_quote(len, close_len);
        if (close_at != std::string::npos) {
          flush();
          MarkupParser inner_parser{s.substr(i + len, close_at - i - len)};
          Rich inner = inner_parser.parse({}, depth + 1);
          Rich q;
          q.quotes = true;
          q.kids.push_back(std::move(inner));
          out.kids.push_back(std::move(q));
          i = close_at + close_len;
          continue;
        }
      }
      buf += s[i++];
    }
    flush();
    return out;
  }

  static bool boundary_before(const std::string& str, std::size_t pos) {
    if (pos == 0) return true;
    char c = str[pos - 1];
    return c == ' ' || c == '(' || c == '[' || c == '{' || c == '-' || c == '/' || c == '>';
  }

  // An opening quote at `i` with its closing partner: returns the closer's position.
  std::size_t find_quote(std::size_t& len, std::size_t& close_len) const {
    struct Pair {
      const char* open;
      const char* close;
      bool needs_boundary;
    };
    static const Pair pairs[] = {{"\"", "\"", true}, {"\u201c", "\u201d", false},
                                 {"'", "'", true},   {"\u2018", "\u2019", true}};
    for (const auto& p : pairs) {
      std::size_t ol = std::strlen(p.open), cl = std::strlen(p.close);
      if (s.compare(i, ol, p.open) != 0) continue;
      if (p.needs_boundary && !boundary_before(s, i)) continue;
      std::size_t from = i + ol;
      while (true) {
        std::size_t c = s.find(p.close, from);
        if (c == std::string::npos || c == from) break;
        std::size_t after = c + cl;
        bool end_ok = after >= s.size() || std::strchr(" .,;:!?)]}-/<", s[after]) != nullptr;
        if (end_ok || std::string(p.open) == "\"" || std::string(p.open) == "\u201c") {
          len = ol;
          close_len = cl;
          return c;
        }
        from = c + cl;
      }
    }
    return std::string::npos;
  }
};

}  // namespace

Rich parse_markup(const std::string& s) {
  if (s.find_first_of("<\"'") == std::string::npos && s.find("\u201c") == std::string::npos &&
      s.find("\u2018") == std::string::npos)
    return Rich::leaf(s);
  MarkupParser p{s};
  Rich r = p.parse({}, 0);
  if (r.kids.size() == 1 && !r.kids[0].has_format() && !r.kids[0].nocase) return r.kids[0];
  return r;
}

}  // namespace quire::csl
