// Numbers, labels and page ranges.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "csl/render_context.h"

namespace quire::csl {

namespace {

struct NumToken {
  bool number = false;
  std::string text;  // digits with letter affixes, or a separator
};

// Splits "12-15, 17 & 19a" into numbers and separators; false when anything else appears.
bool tokenize_numbers(const std::string& s, std::vector<NumToken>& out) {
  std::size_t i = 0;
  bool expect_number = true;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i >= s.size()) break;
    if (expect_number) {
      std::size_t start = i;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])))) ++i;
      std::string w = s.substr(start, i - start);
      bool has_digit = false;
      for (char c : w) has_digit |= std::isdigit(static_cast<unsigned char>(c)) != 0;
      if (!has_digit) return false;
      out.push_back({true, w});
      expect_number = false;
    } else {
      std::string sep;
      if (s[i] == '-' || s[i] == ',' || s[i] == '&') {
        sep = s[i];
        ++i;
      } else if (s.compare(i, 3, "\u2013") == 0) {
        sep = "-";
        i += 3;
      } else if (s.compare(i, 3, "and") == 0) {
        sep = "&";
        i += 3;
      } else {
        return false;
      }
      out.push_back({false, sep});
      expect_number = true;
    }
  }
  return !out.empty() && !expect_number;
}

int leading_int(const std::string& s) {
  std::size_t p = s.find_first_of("0123456789");
  if (p == std::string::npos) return 0;
  return std::atoi(s.c_str() + p);
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string format_one(const Locale& locale, const std::string& form, const std::string& num,
                       const std::string& gender) {
  if (!all_digits(num)) return num;
  int n = std::atoi(num.c_str());
  if (form == "ordinal") return format_ordinal(locale, n, gender);
  if (form == "long-ordinal") return format_long_ordinal(locale, n, gender);
  if (form == "roman") return format_roman(n);
  return std::to_string(n);
}

std::string range_delimiter(const Locale& locale) {
  std::string d = locale.term_text("page-range-delimiter");
  return d.empty() ? "\u2013" : d;
}

}  // namespace

bool is_numeric(const std::string& s) {
  std::vector<NumToken> t;
  return tokenize_numbers(s, t);
}

bool is_plural_number(const std::string& s) {
  std::vector<NumToken> t;
  if (!tokenize_numbers(s, t)) return false;
  return t.size() > 1;
}

std::string term_gender(const Locale& locale, const std::string& variable) {
  const Term* t = locale.term(variable, "long");
  return t ? t->gender : std::string();
}

std::string format_ordinal(const Locale& locale, int n, const std::string& gender) {
  auto find = [&](const std::string& name) -> const Term* {
    if (!gender.empty()) {
      if (const Term* t = locale.term(name, "long", gender)) return t;
    }
    if (const Term* t = locale.term(name, "long")) return t;
    if (gender.empty()) {
      if (const Term* t = locale.term(name, "long", "masculine")) return t;
    }
    return nullptr;
  };
  char buf[16];
  int two = n % 100;
  if (two >= 10) {
    std::snprintf(buf, sizeof buf, "ordinal-%02d", two);
    if (const Term* t = find(buf)) {
      if (t->match != "whole-number" || n == two) return std::to_string(n) + t->single;
    }
  }
  std::snprintf(buf, sizeof buf, "ordinal-%02d", n % 10);
  if (const Term* t = find(buf)) {
    bool ok = t->match.empty() || t->match == "last-digit" || (t->match == "last-two-digits" && two < 10) ||
              (t->match == "whole-number" && n < 10);
    if (ok) return std::to_string(n) + t->single;
  }
  if (two >= 10) {
    // a two-digit ordinal term whose match is last-digit style (ordinal-11 etc. not defined)
  }
  if (const Term* t = find("ordinal")) return std::to_string(n) + t->single;
  return std::to_string(n);
}

std::string format_long_ordinal(const Locale& locale, int n, const std::string& gender) {
  if (n >= 1 && n <= 10) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "long-ordinal-%02d", n);
    const Term* t = gender.empty() ? nullptr : locale.term(buf, "long", gender);
    if (!t) t = locale.term(buf, "long");
    if (t) return t->single;
  }
  return format_ordinal(locale, n, gender);
}

std::string format_roman(int n) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                      {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                      {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& [v, s] : table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

namespace {

bool is_roman(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::strchr("ivxlcdmIVXLCDM", c)) return false;
  return true;
}

std::string trim_spaces(const std::string& s) {
  std::size_t a = s.find_first_not_of(' ');
  if (a == std::string::npos) return {};
  std::size_t b = s.find_last_not_of(' ');
  return s.substr(a, b - a + 1);
}

// "123N110" -> ("123N", "110")
void split_prefix(const std::string& s, std::string& prefix, std::string& digits) {
  std::size_t i = s.size();
  while (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1]))) --i;
  prefix = s.substr(0, i);
  digits = s.substr(i);
}

// One "a-b" range: the position of its dash and the dash's length, or npos.
std::size_t find_range_dash(const std::string& piece, std::size_t& len) {
  std::size_t found = std::string::npos;
  for (std::size_t i = 0; i < piece.size(); ++i) {
    if (piece[i] == '-' && (i == 0 || piece[i - 1] != '\\')) {
      if (found != std::string::npos) return std::string::npos;
      found = i;
      len = 1;
    } else if (piece.compare(i, 3, "\u2013") == 0) {
      if (found != std::string::npos) return std::string::npos;
      found = i;
      len = 3;
    }
  }
  return found;
}

std::string unescape_hyphens(std::string s) {
  std::size_t p;
  while ((p = s.find("\\-")) != std::string::npos) s.erase(p, 1);
  return s;
}

std::vector<std::string> split_list(const std::string& s, std::vector<std::string>& seps) {
  std::vector<std::string> pieces;
  std::string cur;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',' || s[i] == '&') {
      pieces.push_back(cur);
      seps.push_back(std::string(1, s[i]));
      cur.clear();
    } else {
      cur += s[i];
    }
  }
  pieces.push_back(cur);
  return pieces;
}

}  // namespace

bool is_page_plural(const std::string& s, const std::string& and_term) {
  std::string t = s;
  for (const std::string& word : {std::string(" and "), " " + and_term + " "}) {
    if (word.size() <= 2) continue;
    std::size_t p;
    while ((p = t.find(word)) != std::string::npos) t.replace(p, word.size(), " & ");
  }
  std::vector<std::string> seps;
  auto pieces = split_list(t, seps);
  int numbers = 0;
  for (auto piece : pieces) {
    piece = trim_spaces(piece);
    if (piece.empty()) continue;
    std::size_t len = 0;
    std::size_t dash = find_range_dash(piece, len);
    if (dash != std::string::npos) {
      std::string a = trim_spaces(piece.substr(0, dash)), b = trim_spaces(piece.substr(dash + len));
      std::string pa, na, pb, nb;
      split_prefix(a, pa, na);
      split_prefix(b, pb, nb);
      if ((!na.empty() && !nb.empty() && (pb.empty() || pb == pa)) || (is_roman(a) && is_roman(b))) return true;
    }
    bool has_digit = piece.find_first_of("0123456789") != std::string::npos;
    if (has_digit || is_roman(piece)) ++numbers;
  }
  return numbers > 1;
}

std::string format_page_range(const std::string& pages, const std::string& format, const std::string& delimiter) {
  std::vector<std::string> seps;
  auto pieces = split_list(pages, seps);
  std::string out;
  for (std::size_t pi = 0; pi < pieces.size(); ++pi) {
    const std::string& piece = pieces[pi];
    std::size_t len = 0;
    std::size_t dash = find_range_dash(piece, len);
    if (dash == std::string::npos) {
      out += unescape_hyphens(piece);
    } else {
      std::size_t lead_len = piece.find_first_not_of(' ');
      std::string lead = piece.substr(0, lead_len == std::string::npos ? 0 : lead_len);
      std::string a = trim_spaces(piece.substr(0, dash)), b = trim_spaces(piece.substr(dash + len));
      std::string pa, na, pb, nb;
      split_prefix(a, pa, na);
      split_prefix(b, pb, nb);
      std::string trail = piece.substr(piece.find_last_not_of(' ') + 1);
      if (!na.empty() && !nb.empty() && (pb == pa || (pb.empty() && pa.empty()))) {
        if (format.empty()) {
          out += lead + a + delimiter + b;
        } else {
          if (nb.size() < na.size()) nb = na.substr(0, na.size() - nb.size()) + nb;
          std::string shown = nb;
          long va = std::atol(na.c_str()), vb = std::atol(nb.c_str());
          auto minimal = [&](std::size_t keep_at_least) {
            if (na.size() != nb.size()) return nb;
            std::size_t k = 0;
            while (k < na.size() && na[k] == nb[k]) ++k;
            std::size_t keep = nb.size() - k;
            if (keep < keep_at_least) keep = std::min(keep_at_least, nb.size());
            return nb.substr(nb.size() - keep);
          };
          bool prefix_on_second = format == "expanded";
          if (vb > va) {
            if (format == "minimal") shown = minimal(1);
            else if (format == "minimal-two") shown = minimal(2);
            else if (format == "chicago" || format == "chicago-15" || format == "chicago-16") {
              if (va < 100 || va % 100 == 0) shown = nb;
              else if (va % 100 < 10) shown = minimal(1);
              else {
                shown = minimal(2);
                if (format != "chicago-16" && na.size() == 4 && shown.size() >= 3) shown = nb;
              }
            }
          }
          out += lead + pa + na + delimiter + (prefix_on_second ? pa : std::string()) + shown;
        }
      } else if (is_roman(a) && is_roman(b)) {
        out += lead + a + delimiter + b;
      } else {
        out += lead + unescape_hyphens(a) + "-" + unescape_hyphens(b);
      }
      out += trail;
    }
    if (pi < seps.size()) out += seps[pi];
  }
  return out;
}

Rich render_number(RenderContext& ctx, const Node& node) {
  const std::string& var = node.get("variable");
  ctx.vars_called++;
  if (ctx.suppressed.count(var)) return {};
  std::string value = variable_text(ctx, var, "long");
  if (value.empty()) return {};
  ctx.vars_rendered++;
  std::vector<NumToken> tokens;
  if (!tokenize_numbers(value, tokens)) {
    if (value.find('-') != std::string::npos || value.find("\u2013") != std::string::npos)
      value = format_page_range(value, {}, range_delimiter(ctx.req.locale));
    return decorate(ctx, node, parse_markup(value));
  }
  if (ctx.sort_mode()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%012d", leading_int(value));
    return Rich::leaf(buf);
  }
  std::string form = node.has("form") ? node.get("form") : "numeric";
  std::string gender = term_gender(ctx.req.locale, var);
  std::string out;
  for (const auto& t : tokens) {
    if (t.number) {
      out += format_one(ctx.req.locale, form, t.text, gender);
    } else if (t.text == "-") {
      out += range_delimiter(ctx.req.locale);
    } else if (t.text == ",") {
      out += ", ";
    } else {
      out += " & ";
    }
  }
  return decorate(ctx, node, Rich::leaf(out));
}

Rich render_label(RenderContext& ctx, const Node& node, const std::string& variable, bool plural_hint,
                  bool has_plural_hint) {
  std::string term = variable;
  std::string value;
  if (variable == "locator") {
    value = ctx.req.cite.locator;
    term = ctx.req.cite.label.empty() ? "page" : ctx.req.cite.label;
    if (term == "sub verbo") term = "sub-verbo";
  } else if (!has_plural_hint) {
    value = variable_text(ctx, variable, "long");
  }
  if (!has_plural_hint && value.empty()) return {};
  bool plural = plural_hint;
  const std::string& p = node.get("plural");
  if (p == "always") {
    plural = true;
  } else if (p == "never") {
    plural = false;
  } else if (!has_plural_hint) {
    if (variable == "number-of-pages" || variable == "number-of-volumes") {
      plural = leading_int(value) > 1;
    } else {
      plural = is_page_plural(value, ctx.req.locale.term_text("and"));
    }
  }
  std::string form = node.has("form") ? node.get("form") : "long";
  std::string text = ctx.req.locale.term_text(term, form, plural);
  return decorate(ctx, node, Rich::leaf(text));
}

}  // namespace quire::csl
