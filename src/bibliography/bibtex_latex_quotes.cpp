// Symbols in running text: dashes from hyphens, smart quotes from ``, '' and their kin,
// and the non-breaking space from ~.
#include "bibliography/bibtex_latex_parser.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex::latex {

bool Parser::parse_symbol(BibInlines& out) {
  const std::string s = t_[p_].text;
  const Tok* next = peek(1);
  if (s == "{") {
    auto g = grouped_inlines();
    if (!g) return false;
    if (!g->empty()) append(out, BibInline::span(std::move(*g)));
    return true;
  }
  if (s == "-") {
    ++p_;
    if (is_sym(peek(), "-")) {
      ++p_;
      if (is_sym(peek(), "-")) {
        ++p_;
        append(out, BibInline::str("\u2014"));
      } else {
        append(out, BibInline::str("\u2013"));
      }
    } else {
      append(out, BibInline::str("-"));
    }
    return true;
  }
  if (s == "`" && is_sym(next, "`")) return quoted(out, true, 2, "\u201C", Ender::TwoApostrophes);
  if (s == "\u201C") return quoted(out, true, 1, "\u201C", Ender::CurlyDouble);
  if (s == "\"" && is_sym(next, "`")) return quoted(out, true, 2, "\"`", Ender::Babel);
  if (s == "`") return quoted(out, false, 1, "\u2018", Ender::Apostrophe);
  if (s == "\u2018") return quoted(out, false, 1, "\u2018", Ender::CurlySingle);
  if (s == "'" && is_sym(next, "'")) {
    p_ += 2;
    append(out, BibInline::str("\u201D"));
    return true;
  }
  if (s == "\u201D") {
    ++p_;
    append(out, BibInline::str("\u201D"));
    return true;
  }
  if (s == "'" || s == "\u2019") {
    ++p_;
    append(out, BibInline::str("\u2019"));
    return true;
  }
  if (s == "~") {
    ++p_;
    append(out, BibInline::str("\u00A0"));
    return true;
  }
  if (s == "$") return dollars_math(out);
  if (!is_special_symbol(s) || s == "#" || s == "^" || s == "&" || s == "_") {
    ++p_;
    append(out, BibInline::str(s));
    return true;
  }
  return false;  // "}" and the like end the paragraph
}

bool Parser::starts_with_letter(const Tok* t) const {
  if (!t || t->type != TokType::Word || t->text.empty()) return false;
  std::size_t i = 0;
  return is_letter(decode_utf8(t->text, i));
}

// Length of the closing quote at the current position, or 0.
std::size_t Parser::ender_len(Ender e) const {
  const Tok* a = peek();
  const Tok* b = peek(1);
  switch (e) {
    case Ender::TwoApostrophes:
      return is_sym(a, "'") && is_sym(b, "'") ? 2 : 0;
    case Ender::CurlyDouble:
      return is_sym(a, "\u201D") ? 1 : 0;
    case Ender::Babel:
      return is_sym(a, "\"") && is_sym(b, "'") ? 2 : 0;
    case Ender::Apostrophe:
      return is_sym(a, "'") && !starts_with_letter(b) ? 1 : 0;
    case Ender::CurlySingle:
      return is_sym(a, "\u2019") && !starts_with_letter(b) ? 1 : 0;
  }
  return 0;
}

bool Parser::quoted(BibInlines& out, bool dbl, std::size_t starter_len, const char* literal, Ender e) {
  p_ += starter_len;
  BibInlines body;
  while (!failed_) {
    if (const std::size_t n = ender_len(e)) {
      p_ += n;
      BibInline q = BibInline::container(InlineKind::Quoted, std::move(body));
      q.double_quote = dbl;
      append(out, std::move(q));
      return true;
    }
    if (!parse_inline(body)) break;
  }
  if (failed_) return false;
  append(out, BibInline::str(literal));
  append(out, std::move(body));
  return true;
}

}  // namespace quire::bibliography::bibtex::latex
