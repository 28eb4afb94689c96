// What each inline command does once the parser has found it in the command table.
#include "bibliography/bibtex_latex_parser.h"

#include <unordered_map>

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
  using Handler = bool (Parser::*)(const CmdSpec&, bool, BibInlines&);
  static const std::unordered_map<Cmd, Handler> kHandlers = {
      {Cmd::Wrap, &Parser::cmd_wrap},
      {Cmd::WrapKeep, &Parser::cmd_wrap_keep},
      {Cmd::Code, &Parser::cmd_code},
      {Cmd::Lit, &Parser::cmd_literal},
      {Cmd::LitSpace, &Parser::cmd_literal_space},
      {Cmd::Empty, &Parser::cmd_empty},
      {Cmd::Space, &Parser::cmd_space},
      {Cmd::Accent, &Parser::accent},
      {Cmd::Decl, &Parser::cmd_declaration},
      {Cmd::DeclCode, &Parser::cmd_declaration},
      {Cmd::DeclPlain, &Parser::cmd_declaration},
      {Cmd::LineBreak, &Parser::cmd_line_break},
      {Cmd::Url, &Parser::cmd_url},
      {Cmd::NoLinkUrl, &Parser::cmd_url},
      {Cmd::Href, &Parser::cmd_href},
      {Cmd::Verb, &Parser::cmd_verb},
      {Cmd::Enquote, &Parser::cmd_enquote},
      {Cmd::EnquoteStar, &Parser::cmd_enquote},
      {Cmd::ForeignQuote, &Parser::cmd_enquote},
      {Cmd::ForeignQuoteStar, &Parser::cmd_enquote},
      {Cmd::MathParen, &Parser::cmd_math_delimited},
      {Cmd::MathBracket, &Parser::cmd_math_delimited},
      {Cmd::EnsureMath, &Parser::cmd_ensuremath},
      {Cmd::Note, &Parser::cmd_note},
      {Cmd::Nocite, &Parser::cmd_nocite},
      {Cmd::Upper, &Parser::cmd_case},
      {Cmd::Lower, &Parser::cmd_case},
      {Cmd::RomanUpper, &Parser::cmd_roman},
      {Cmd::RomanLower, &Parser::cmd_roman},
      {Cmd::SpanQuote, &Parser::cmd_span_quote},
      {Cmd::SpanWrap, &Parser::cmd_span_wrap},
      {Cmd::SpanAffix, &Parser::cmd_span_affix},
      {Cmd::SpanPlain, &Parser::cmd_span_or_pass},
      {Cmd::PassTok, &Parser::cmd_span_or_pass},
      {Cmd::Bibstring, &Parser::cmd_bibstring},
      {Cmd::AddDotSpace, &Parser::cmd_add_dot_space},
      {Cmd::TexOrPdf, &Parser::cmd_tex_or_pdf},
      {Cmd::Hyperlink, &Parser::cmd_hyperlink},
      {Cmd::Hypertarget, &Parser::cmd_hypertarget},
      {Cmd::Color, &Parser::cmd_attributed_span},
      {Cmd::ForeignLanguage, &Parser::cmd_attributed_span},
      {Cmd::Acronym, &Parser::cmd_acronym},
      {Cmd::AcronymPlural, &Parser::cmd_acronym},
  };
  const auto it = kHandlers.find(spec.cmd);
  return it != kHandlers.end() && (this->*it->second)(spec, starred, out);
}

bool Parser::cmd_wrap(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  std::vector<std::string> classes;
  if (spec.kind == InlineKind::Span && *spec.text) classes.push_back(spec.text);
  append(out, extract_spaces(spec.kind, std::move(*a), std::move(classes)));
  return true;
}

bool Parser::cmd_wrap_keep(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  BibInline x = BibInline::container(spec.kind, std::move(*a));
  if (spec.kind == InlineKind::Span && *spec.text) x.classes.push_back(spec.text);
  append(out, std::move(x));
  return true;
}

bool Parser::cmd_code(const CmdSpec&, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  append(out, BibInline::leaf(InlineKind::Code, stringify(*a)));
  return true;
}

bool Parser::cmd_literal(const CmdSpec& spec, bool, BibInlines& out) {
  append(out, BibInline::str(spec.text));
  return true;
}

bool Parser::cmd_literal_space(const CmdSpec& spec, bool, BibInlines& out) {
  append(out, BibInline::str(spec.text));
  append(out, BibInline::leaf(InlineKind::Space));
  return true;
}

bool Parser::cmd_empty(const CmdSpec&, bool, BibInlines&) {
  return true;
}

bool Parser::cmd_space(const CmdSpec&, bool, BibInlines& out) {
  append(out, BibInline::leaf(InlineKind::Space));
  return true;
}

bool Parser::cmd_declaration(const CmdSpec& spec, bool, BibInlines& out) {
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

bool Parser::cmd_line_break(const CmdSpec&, bool, BibInlines& out) {
  rawopt();
  skip_spaces();
  append(out, BibInline::leaf(InlineKind::LineBreak));
  return true;
}

bool Parser::cmd_url(const CmdSpec& spec, bool, BibInlines& out) {
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

bool Parser::cmd_href(const CmdSpec&, bool, BibInlines& out) {
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

bool Parser::cmd_verb(const CmdSpec&, bool, BibInlines& out) {
  auto v = verbatim();
  if (!v) return false;
  append(out, BibInline::leaf(InlineKind::Code, *v));
  return true;
}

bool Parser::cmd_enquote(const CmdSpec& spec, bool starred, BibInlines& out) {
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

bool Parser::cmd_note(const CmdSpec&, bool, BibInlines& out) {
  skipopts();
  if (!braced_raw()) return false;
  append(out, BibInline::container(InlineKind::Note, {}));
  return true;
}

bool Parser::cmd_nocite(const CmdSpec&, bool, BibInlines&) {
  while (rawopt() || braced_raw()) {
  }
  return true;
}

bool Parser::cmd_case(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  map_strs(*a, spec.cmd == Cmd::Upper);
  append(out, std::move(*a));
  return true;
}

bool Parser::cmd_roman(const CmdSpec& spec, bool, BibInlines& out) {
  auto n = roman_arg();
  if (!n) return false;
  const std::string r = roman(*n);
  append(out, BibInline::str(spec.cmd == Cmd::RomanUpper ? r : to_lower(r)));
  return true;
}

bool Parser::cmd_span_quote(const CmdSpec&, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  append(out, BibInline::span({BibInline::container(InlineKind::Quoted, std::move(*a))}));
  return true;
}

bool Parser::cmd_span_wrap(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  append(out, BibInline::span({BibInline::container(spec.kind, std::move(*a))}));
  return true;
}

bool Parser::cmd_span_affix(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  BibInlines inner{BibInline::str(spec.text)};
  append(inner, std::move(*a));
  append(inner, BibInline::str(spec.text2));
  append(out, BibInline::span(std::move(inner)));
  return true;
}

bool Parser::cmd_span_or_pass(const CmdSpec& spec, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  if (spec.cmd == Cmd::SpanPlain)
    append(out, BibInline::span(std::move(*a)));
  else
    append(out, std::move(*a));
  return true;
}

bool Parser::cmd_bibstring(const CmdSpec&, bool, BibInlines& out) {
  auto k = braced_raw();
  if (!k) return false;
  BibInline s = BibInline::span({BibInline::str(*k)});
  s.bibstring = *k;
  append(out, std::move(s));
  return true;
}

bool Parser::cmd_add_dot_space(const CmdSpec&, bool, BibInlines& out) {
  append(out, BibInline::span({BibInline::str("."), BibInline::leaf(InlineKind::Space)}));
  return true;
}

bool Parser::cmd_tex_or_pdf(const CmdSpec&, bool, BibInlines& out) {
  auto a = tok();
  if (!a) return false;
  if (!tok()) return false;
  append(out, std::move(*a));
  return true;
}

bool Parser::cmd_hyperlink(const CmdSpec&, bool, BibInlines& out) {
  auto target = braced_raw();
  if (!target) return false;
  auto a = tok();
  if (!a) return false;
  BibInline link = BibInline::container(InlineKind::Link, std::move(*a));
  link.text = "#" + *target;
  append(out, std::move(link));
  return true;
}

bool Parser::cmd_hypertarget(const CmdSpec&, bool, BibInlines& out) {
  if (!braced_raw()) return false;
  auto a = grouped_inlines();
  if (!a) return false;
  BibInline s = BibInline::span(std::move(*a));
  s.attributed = true;
  append(out, std::move(s));
  return true;
}

bool Parser::cmd_attributed_span(const CmdSpec& spec, bool, BibInlines& out) {
  if (spec.cmd == Cmd::Color) skipopts();
  if (!braced_raw()) return false;
  auto a = tok();
  if (!a) return false;
  BibInline s = BibInline::span(std::move(*a));
  s.attributed = true;
  append(out, std::move(s));
  return true;
}

bool Parser::cmd_acronym(const CmdSpec& spec, bool, BibInlines& out) {
  auto label = braced_raw();
  if (!label) return false;
  BibInlines inner{BibInline::str(*label)};
  if (spec.cmd == Cmd::AcronymPlural) append(inner, BibInline::str("s"));
  BibInline s = BibInline::span(std::move(inner));
  s.attributed = true;
  append(out, std::move(s));
  return true;
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
