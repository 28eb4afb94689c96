#include "bibliography/bibtex_latex_tokens.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex::latex {
namespace {

bool is_space_or_tab(char32_t c) { return c == ' ' || c == '\t'; }
bool is_letter_or_at(char32_t c) { return is_letter(c) || c == '@'; }
bool is_lower_hex(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

}  // namespace

std::vector<Tok> tokenize(std::u32string_view s) {
  std::vector<Tok> out;
  const std::size_t n = s.size();
  auto sub = [&](std::size_t a, std::size_t b) { return to_utf8(s.substr(a, b - a)); };
  std::size_t i = 0;
  while (i < n) {
    const char32_t c = s[i];
    if (c == '\n') {
      out.push_back({TokType::Newline, "\n", {}});
      ++i;
    } else if (is_space_or_tab(c)) {
      std::size_t j = i;
      while (j < n && is_space_or_tab(s[j])) ++j;
      out.push_back({TokType::Spaces, sub(i, j), {}});
      i = j;
    } else if (is_alnum(c)) {
      std::size_t j = i;
      while (j < n && is_alnum(s[j])) ++j;
      out.push_back({TokType::Word, sub(i, j), {}});
      i = j;
    } else if (c == '%') {
      std::size_t j = i + 1;
      while (j < n && s[j] != '\n') ++j;
      out.push_back({TokType::Comment, sub(i, j), {}});
      i = j;
    } else if (c == '\\') {
      if (i + 1 >= n) {
        out.push_back({TokType::CtrlSeq, "\\", " "});
        ++i;
        continue;
      }
      const char32_t d = s[i + 1];
      if (is_letter_or_at(d)) {
        std::size_t j = i + 1;
        while (j < n && is_letter_or_at(s[j])) ++j;
        std::size_t k = j;
        while (k < n && is_space_or_tab(s[k])) ++k;
        out.push_back({TokType::CtrlSeq, sub(i, k), sub(i + 1, j)});
        i = k;
      } else if (is_space_or_tab(d) || d == '\n') {
        // "\ " swallows the spaces after it and one line end, but not a paragraph break.
        std::size_t j = i + 1;
        while (j < n && is_space_or_tab(s[j])) ++j;
        std::size_t r3 = j;
        if (j < n && s[j] == '\n') {
          std::size_t k = j + 1;
          while (k < n && is_space_or_tab(s[k])) ++k;
          r3 = k;
        }
        if (r3 < n && s[r3] == '\n' && r3 != j) {
          out.push_back({TokType::CtrlSeq, sub(i, j), " "});
          i = j;
        } else {
          out.push_back({TokType::CtrlSeq, sub(i, r3), " "});
          i = r3;
        }
      } else {
        out.push_back({TokType::CtrlSeq, sub(i, i + 2), sub(i + 1, i + 2)});
        i += 2;
      }
    } else if (c == '#') {
      std::size_t j = i + 1;
      while (j < n && s[j] >= '0' && s[j] <= '9') ++j;
      if (j > i + 1) {
        out.push_back({TokType::Arg, sub(i, j), {}});
        i = j;
      } else {
        out.push_back({TokType::Symbol, "#", {}});
        ++i;
      }
    } else if (c == '^' && i + 1 < n && s[i + 1] == '^') {
      // TeX's ^^ notation: ^^41 or ^^A.
      if (i + 2 < n && is_lower_hex(s[i + 2]) && i + 3 < n && is_lower_hex(s[i + 3])) {
        const char32_t v = static_cast<char32_t>(std::stoi(sub(i + 2, i + 4), nullptr, 16));
        std::string ch;
        append_utf8(v, ch);
        out.push_back({TokType::Esc, sub(i, i + 4), ch});
        i += 4;
      } else if (i + 2 < n && s[i + 2] < 0x80) {
        const char32_t d = s[i + 2];
        const char32_t v = (d >= 64 && d <= 127) ? d - 64 : d + 64;
        std::string ch;
        append_utf8(v, ch);
        out.push_back({TokType::Esc, sub(i, i + 3), ch});
        i += 3;
      } else {
        out.push_back({TokType::Symbol, "^", {}});
        out.push_back({TokType::Symbol, "^", {}});
        i += 2;
      }
    } else {
      out.push_back({TokType::Symbol, sub(i, i + 1), {}});
      ++i;
    }
  }
  return out;
}

std::optional<std::vector<Tok>> expand_xspace(std::vector<Tok> toks) {
  std::vector<Tok> out;
  out.reserve(toks.size());
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].type != TokType::CtrlSeq || toks[i].name != "xspace") {
      out.push_back(std::move(toks[i]));
      continue;
    }
    if (i + 1 >= toks.size()) return std::nullopt;
    if (toks[i + 1].type == TokType::Word) out.push_back({TokType::Spaces, " ", {}});
  }
  return out;
}

bool is_special_symbol(const std::string& s) {
  return s.size() == 1 && std::string_view("#$%&~_^\\{}").find(s[0]) != std::string_view::npos;
}

std::string trim_spaces(std::string_view s) {
  std::u32string u = to_u32(s);
  std::size_t b = 0, e = u.size();
  while (b < e && is_space(u[b])) ++b;
  while (e > b && is_space(u[e - 1])) --e;
  return to_utf8(std::u32string_view(u).substr(b, e - b));
}

std::string untokenize(const std::vector<Tok>& toks, std::size_t a, std::size_t b) {
  std::string out;
  for (std::size_t i = a; i < b; ++i) out += toks[i].text;
  return out;
}

}  // namespace quire::bibliography::bibtex::latex
