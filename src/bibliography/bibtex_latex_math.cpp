// Math: $..$ and $$..$$, \(..\) and \[..\], and the math environments, kept as TeX source.
#include "bibliography/bibtex_latex_parser.h"

namespace quire::bibliography::bibtex::latex {

bool Parser::dollars_math(BibInlines& out) {
  ++p_;
  bool display = false;
  if (is_sym(peek(), "$")) {
    ++p_;
    display = true;
  }
  const std::size_t start = p_;
  int level = 0;
  std::size_t q = p_;
  bool closed = false;
  while (q < t_.size()) {
    const Tok& t = t_[q];
    if (t.type == TokType::Symbol) {
      if (t.text == "$" && level == 0) {
        closed = true;
        break;
      }
      if (t.text == "{") ++level;
      if (t.text == "}") {
        if (level == 0) break;
        --level;
      }
    }
    ++q;
  }
  if (!closed) {
    if (display) {
      append(out, BibInline::leaf(InlineKind::Math, ""));
      return true;
    }
    failed_ = true;
    return false;
  }
  std::string contents = trim_spaces(untokenize(t_, start, q));
  p_ = q + 1;
  if (display) {
    if (!is_sym(peek(), "$")) {
      failed_ = true;
      return false;
    }
    ++p_;
  }
  append(out, BibInline::leaf(InlineKind::Math, std::move(contents)));
  return true;
}

bool Parser::inline_environment(BibInlines& out) {
  const std::size_t start = p_;
  ++p_;
  auto name = braced_raw();
  if (!name || !is_math_environment(*name)) {
    p_ = start;
    return false;
  }
  skipopts();
  const std::size_t body = p_;
  while (p_ < t_.size()) {
    if (is_ctrl(peek(), "end")) {
      const std::size_t at_end = p_;
      ++p_;
      if (auto n = braced_raw(); n && *n == *name) {
        std::string contents = trim_spaces(untokenize(t_, body, at_end));
        append(out, BibInline::leaf(InlineKind::Math, std::move(contents)));
        return true;
      }
      p_ = at_end + 1;
      continue;
    }
    ++p_;
  }
  p_ = start;
  return false;
}

bool Parser::inline_environment_starts_here() {
  const std::size_t start = p_;
  ++p_;
  auto name = braced_raw();
  p_ = start;
  return name && is_math_environment(*name);
}

bool Parser::cmd_math_delimited(const CmdSpec& spec, bool, BibInlines& out) {
  auto m = until_ctrl(spec.cmd == Cmd::MathParen ? ")" : "]");
  if (!m) return false;
  append(out, BibInline::leaf(InlineKind::Math, trim_spaces(*m)));
  return true;
}

bool Parser::cmd_ensuremath(const CmdSpec&, bool, BibInlines& out) {
  auto m = braced_raw();
  if (!m) return false;
  append(out, BibInline::leaf(InlineKind::Math, trim_spaces(*m)));
  return true;
}

}  // namespace quire::bibliography::bibtex::latex
