// What each inline command does once the parser has found it in the command table.
#include "bibliography/bibtex_latex_parser.h"

#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex::latex {
namespace {

std::string roman(int n) {
  static const std::pair<int, const char*> kTable[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},   {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [v, s] : kTable)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

}  // namespace

bool Parser::run_command(const CmdSpec& spec, bool starred, BibInlines& out) {
  switch (spec.cmd) {
    case Cmd::Wrap: {
      auto a = tok();
      if (!a) return false;
      std::vector<std::string> classes;
      if (spec.kind == InlineKind::Span && *spec.text) classes.push_back(spec.text);
      append(out, extract_spaces(spec.kind, std::move(*a), std::move(classes)));
      return true;
    }
    case Cmd::WrapKeep: {
      auto a = tok();
      if (!a) return false;
      BibInline x = BibInline::container(spec.kind, std::move(*a));
      if (spec.kind == InlineKind::Span && *spec.text) x.classes.push_back(spec.text);
      append(out, std::move(x));
      return true;
    }
    case Cmd::Code: {
      auto a = tok();
      if (!a) return false;
      append(out, BibInline::leaf(InlineKind::Code, stringify(*a)));
      return true;
    }
    case Cmd::Lit:
      append(out, BibInline::str(spec.text));
      return true;
    case Cmd::LitSpace:
      append(out, BibInline::str(spec.text));
      append(out, BibInline::leaf(InlineKind::Space));
      return true;
    case Cmd::Empty:
      return true;
    case Cmd::Space:
      append(out, BibInline::leaf(InlineKind::Space));
      return true;
    case Cmd::Accent:
      return accent(spec, out);
    case Cmd::Decl:
    case Cmd::DeclCode:
    case Cmd::DeclPlain: {
      BibInlines body;
      while (!is_sym(peek(), "}") && parse_inline(body)) {
      }
      if (failed_) return false;
      if (spec.cmd == Cmd::DeclCode)
        append(out, BibInline::leaf(InlineKind::Code, stringify(body)));
      else if (spec.cmd == Cmd::DeclPlain)
        append(out, std::move(body));
      else
        append(out, extract_spaces(spec.kind, std::move(body)));
      return true;
    }
    case Cmd::LineBreak:
      rawopt();
      skip_spaces();
      append(out, BibInline::leaf(InlineKind::LineBreak));
      return true;
    case Cmd::Url:
    case Cmd::NoLinkUrl: {
      auto u = verbatim_braced();
      if (!u) return false;
      const std::string url = unescape_url(*u);
      if (spec.cmd == Cmd::NoLinkUrl) {
        append(out, BibInline::leaf(InlineKind::Code, url));
      } else {
        BibInline link = BibInline::container(InlineKind::Link, {BibInline::str(url)});
        link.text = url;
        append(out, std::move(link));
      }
      return true;
    }
    case Cmd::Href: {
      auto u = verbatim_braced();
      if (!u) return false;
      skip_sp();
      auto a = tok();
      if (!a) return false;
      BibInline link = BibInline::container(InlineKind::Link, std::move(*a));
      link.text = unescape_url(*u);
      append(out, std::move(link));
      return true;
    }
    case Cmd::Verb: {
      auto v = verbatim();
      if (!v) return false;
      append(out, BibInline::leaf(InlineKind::Code, *v));
      return true;
    }
    case Cmd::Enquote:
    case Cmd::EnquoteStar:
    case Cmd::ForeignQuote:
    case Cmd::ForeignQuoteStar: {
      if (spec.cmd == Cmd::ForeignQuote || spec.cmd == Cmd::ForeignQuoteStar)
        if (!braced_raw()) return false;
      skipopts();
      const bool single = spec.cmd == Cmd::EnquoteStar || spec.cmd == Cmd::ForeignQuoteStar ||
                          starred || in_double_quote_;
      const bool saved = in_double_quote_;
      in_double_quote_ = !single;
      auto a = tok();
      in_double_quote_ = saved;
      if (!a) return false;
      BibInline q = BibInline::container(InlineKind::Quoted, std::move(*a));
      q.double_quote = !single;
      append(out, std::move(q));
      return true;
    }
    case Cmd::MathParen:
    case Cmd::MathBracket: {
      auto m = until_ctrl(spec.cmd == Cmd::MathParen ? ")" : "]");
      if (!m) return false;
      append(out, BibInline::leaf(InlineKind::Math, trim_spaces(*m)));
      return true;
    }
    case Cmd::EnsureMath: {
      auto m = braced_raw();
      if (!m) return false;
      append(out, BibInline::leaf(InlineKind::Math, trim_spaces(*m)));
      return true;
    }
    case Cmd::Note: {
      skipopts();
      if (!braced_raw()) return false;
      append(out, BibInline::container(InlineKind::Note, {}));
      return true;
    }
    case Cmd::Nocite:
      while (rawopt() || braced_raw()) {
      }
      return true;
    case Cmd::Upper:
    case Cmd::Lower: {
      auto a = tok();
      if (!a) return false;
      map_strs(*a, spec.cmd == Cmd::Upper);
      append(out, std::move(*a));
      return true;
    }
    case Cmd::RomanUpper:
    case Cmd::RomanLower: {
      auto n = roman_arg();
      if (!n) return false;
      const std::string r = roman(*n);
      append(out, BibInline::str(spec.cmd == Cmd::RomanUpper ? r : to_lower(r)));
      return true;
    }
    case Cmd::SpanQuote: {
      auto a = tok();
      if (!a) return false;
      append(out, BibInline::span({BibInline::container(InlineKind::Quoted, std::move(*a))}));
      return true;
    }
    case Cmd::SpanWrap: {
      auto a = tok();
      if (!a) return false;
      append(out, BibInline::span({BibInline::container(spec.kind, std::move(*a))}));
      return true;
    }
    case Cmd::SpanAffix: {
      auto a = tok();
      if (!a) return false;
      BibInlines inner{BibInline::str(spec.text)};
      append(inner, std::move(*a));
      append(inner, BibInline::str(spec.text2));
      append(out, BibInline::span(std::move(inner)));
      return true;
    }
    case Cmd::SpanPlain:
    case Cmd::PassTok: {
      auto a = tok();
      if (!a) return false;
      if (spec.cmd == Cmd::SpanPlain)
        append(out, BibInline::span(std::move(*a)));
      else
        append(out, std::move(*a));
      return true;
    }
    case Cmd::Bibstring: {
      auto k = braced_raw();
      if (!k) return false;
      BibInline s = BibInline::span({BibInline::str(*k)});
      s.bibstring = *k;
      append(out, std::move(s));
      return true;
    }
    case Cmd::AddDotSpace:
      append(out, BibInline::span({BibInline::str("."), BibInline::leaf(InlineKind::Space)}));
      return true;
    case Cmd::TexOrPdf: {
      auto a = tok();
      if (!a) return false;
      if (!tok()) return false;
      append(out, std::move(*a));
      return true;
    }
    case Cmd::Hyperlink: {
      auto target = braced_raw();
      if (!target) return false;
      auto a = tok();
      if (!a) return false;
      BibInline link = BibInline::container(InlineKind::Link, std::move(*a));
      link.text = "#" + *target;
      append(out, std::move(link));
      return true;
    }
    case Cmd::Hypertarget: {
      if (!braced_raw()) return false;
      auto a = grouped_inlines();
      if (!a) return false;
      BibInline s = BibInline::span(std::move(*a));
      s.attributed = true;
      append(out, std::move(s));
      return true;
    }
    case Cmd::Color:
    case Cmd::ForeignLanguage: {
      if (spec.cmd == Cmd::Color) skipopts();
      if (!braced_raw()) return false;
      auto a = tok();
      if (!a) return false;
      BibInline s = BibInline::span(std::move(*a));
      s.attributed = true;
      append(out, std::move(s));
      return true;
    }
    case Cmd::Acronym:
    case Cmd::AcronymPlural: {
      auto label = braced_raw();
      if (!label) return false;
      BibInlines inner{BibInline::str(*label)};
      if (spec.cmd == Cmd::AcronymPlural) append(inner, BibInline::str("s"));
      BibInline s = BibInline::span(std::move(inner));
      s.attributed = true;
      append(out, std::move(s));
      return true;
    }
  }
  return false;
}

void Parser::map_strs(BibInlines& xs, bool upper) {
  for (auto& x : xs) {
    if (x.kind == InlineKind::Str) x.text = upper ? to_upper(x.text) : to_lower(x.text);
    map_strs(x.children, upper);
  }
}

std::optional<int> Parser::roman_arg() {
  skip_spaces();
  bool braced = false;
  if (is_sym(peek(), "{")) {
    ++p_;
    skip_spaces();
    braced = true;
  }
  const Tok* t = peek();
  if (!t || t->type != TokType::Word || t->text.size() > 6 ||
      t->text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  const int n = std::stoi(t->text);
  ++p_;
  if (braced) {
    skip_spaces();
    if (!is_sym(peek(), "}")) return std::nullopt;
    ++p_;
  }
  return n;
}

}  // namespace quire::bibliography::bibtex::latex
