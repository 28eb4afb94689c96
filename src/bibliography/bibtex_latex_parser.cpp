// The parser's core: reading arguments, groups and options, and the inline dispatch that
// hands commands to their handlers.
#include "bibliography/bibtex_latex_parser.h"

#include "bibliography/bibtex_localization.h"
#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex::latex {
namespace {

// pandoc turns \bibstring{key} into the localized term, and soft breaks into spaces.
void adjust_spans(BibInlines& xs) {
  for (auto& x : xs) {
    adjust_spans(x.children);
    if (x.kind == InlineKind::Span && !x.bibstring.empty()) {
      x = BibInline::str(resolve_key(x.bibstring));
    } else if (x.kind == InlineKind::SoftBreak) {
      x.kind = InlineKind::Space;
    }
  }
}

}  // namespace

std::optional<LatexField> Parser::run(bool* too_deep) {
  std::vector<Block> blocks;
  parse_blocks(blocks, nullptr);
  if (too_deep) *too_deep = too_deep_;
  if (failed_ || p_ < t_.size()) return std::nullopt;
  for (auto& b : blocks)
    for (auto& p : b.paras) adjust_spans(p);
  LatexField field;
  if (blocks.size() == 1 && blocks[0].is_para) {
    field.single_paragraph = true;
    field.inlines = std::move(blocks[0].paras[0]);
  } else {
    for (const auto& b : blocks)
      for (const auto& p : b.paras) collect_all(p, field.inlines);
  }
  return field;
}

// A newline that does not start a blank line and is not the last token.
bool Parser::endline_at(std::size_t q) const {
  if (q >= t_.size() || t_[q].type != TokType::Newline) return false;
  std::size_t r = q + 1;
  if (r >= t_.size()) return false;
  while (r < t_.size() && t_[r].type == TokType::Spaces) ++r;
  return !(r < t_.size() && t_[r].type == TokType::Newline);
}

// One space token or one line end; returns the inline it would have been.
bool Parser::skip_sp(InlineKind* kind) {
  if (const Tok* t = peek(); t && t->type == TokType::Spaces) {
    ++p_;
    if (kind) *kind = InlineKind::Space;
    return true;
  }
  if (endline_at(p_)) {
    ++p_;
    if (kind) *kind = InlineKind::SoftBreak;
    return true;
  }
  return false;
}

void Parser::skip_spaces() {
  while (const Tok* t = peek()) {
    if (t->type != TokType::Spaces && t->type != TokType::Newline &&
        t->type != TokType::Comment)
      break;
    ++p_;
  }
}

bool Parser::bgroup() {
  const std::size_t start = p_;
  skip_sp();
  const Tok* t = peek();
  if (is_sym(t, "{") || is_ctrl(t, "bgroup") || is_ctrl(t, "begingroup")) {
    ++p_;
    return true;
  }
  p_ = start;
  return false;
}

bool Parser::egroup() {
  const Tok* t = peek();
  if (is_sym(t, "}") || is_ctrl(t, "egroup") || is_ctrl(t, "endgroup")) {
    ++p_;
    return true;
  }
  return false;
}

// The inlines of a {group}; {{a}} reads as {a}. Restores the position on failure.
std::optional<BibInlines> Parser::grouped_inlines() {
  DepthGuard guard(*this);
  if (!guard.ok) return std::nullopt;
  const std::size_t start = p_;
  if (!bgroup()) return std::nullopt;
  const std::size_t after_open = p_;
  InlineKind sp_kind = InlineKind::Space;
  const bool had_sp = skip_sp(&sp_kind);
  const Tok* t = peek();
  if (is_sym(t, "{") || is_ctrl(t, "bgroup") || is_ctrl(t, "begingroup")) {
    if (auto inner = grouped_inlines()) {
      if (egroup()) return inner;
      // Not a double group after all: the inner group is an ordinary span.
      BibInlines acc;
      if (had_sp) append(acc, BibInline::leaf(sp_kind));
      if (!inner->empty()) append(acc, BibInline::span(std::move(*inner)));
      if (auto rest = finish_group(std::move(acc))) return rest;
      p_ = start;
      return std::nullopt;
    }
    if (failed_) return std::nullopt;
  }
  p_ = after_open;
  if (auto rest = finish_group({})) return rest;
  p_ = start;
  return std::nullopt;
}

std::optional<BibInlines> Parser::finish_group(BibInlines acc) {
  while (true) {
    if (failed_) return std::nullopt;
    if (egroup()) return acc;
    if (!parse_inline(acc)) return std::nullopt;
  }
}

// Raw text of a {group} right here, without the braces; nullopt (position kept) if none.
std::optional<std::string> Parser::braced_raw() {
  const std::size_t start = p_;
  if (!is_sym(peek(), "{")) return std::nullopt;
  ++p_;
  const std::size_t open = p_;
  int level = 1;
  while (p_ < t_.size()) {
    const Tok& t = t_[p_];
    if (t.type == TokType::Symbol && t.text == "{") ++level;
    if (t.type == TokType::Symbol && t.text == "}" && --level == 0) {
      std::string inner = untokenize(t_, open, p_);
      ++p_;
      return inner;
    }
    ++p_;
  }
  p_ = start;
  return std::nullopt;
}

// A {group} read verbatim, as URLs are: "%" starts no comment inside it. The group
// becomes one token and the tokens after it are made again from the text that follows,
// so reading the same place again (after backtracking) sees the same thing.
std::optional<std::string> Parser::verbatim_braced() {
  if (const Tok* t = peek(); t && t->type == TokType::Verbatim) {
    ++p_;
    return t->name;
  }
  if (!is_sym(peek(), "{")) return std::nullopt;
  std::string rest;
  for (std::size_t i = p_; i < t_.size(); ++i) rest += t_[i].text;
  int level = 0;
  std::size_t j = 0;
  for (; j < rest.size(); ++j) {
    if (rest[j] == '\\') {
      ++j;
      continue;
    }
    if (rest[j] == '{') ++level;
    if (rest[j] == '}' && --level == 0) break;
  }
  if (j >= rest.size()) return std::nullopt;
  Tok group{TokType::Verbatim, rest.substr(0, j + 1), rest.substr(1, j - 1)};
  auto tail = tokenize(to_u32(rest.substr(j + 1)));
  t_.resize(p_);
  t_.push_back(std::move(group));
  t_.insert(t_.end(), std::make_move_iterator(tail.begin()), std::make_move_iterator(tail.end()));
  ++p_;
  return t_[p_ - 1].name;
}

// [option] (with an optional space before and after); nullopt if none.
std::optional<std::string> Parser::rawopt() {
  const std::size_t start = p_;
  skip_sp();
  if (!is_sym(peek(), "[")) {
    p_ = start;
    return std::nullopt;
  }
  const std::size_t open = ++p_;
  while (p_ < t_.size()) {
    if (is_sym(peek(), "]")) {
      std::string inner = untokenize(t_, open, p_);
      ++p_;
      skip_sp();
      return inner;
    }
    if (is_sym(peek(), "{")) {
      if (!braced_raw()) ++p_;
      continue;
    }
    ++p_;
  }
  p_ = start;
  return std::nullopt;
}

void Parser::skipopts() {
  while (rawopt()) {
  }
}

// A TeX dimension such as 12pt after a command.
void Parser::dimenarg() {
  const std::size_t start = p_;
  skip_sp();
  if (is_sym(peek(), "=")) ++p_;
  const Tok* t = peek();
  if (t && t->type == TokType::Word && t->text.size() > 2) {
    const std::string unit = t->text.substr(t->text.size() - 2);
    const std::string num = t->text.substr(0, t->text.size() - 2);
    static const char* const kUnits[] = {"pt", "pc", "in", "bp", "cm", "mm", "dd", "cc", "sp"};
    bool unit_ok = false;
    for (const char* u : kUnits) unit_ok = unit_ok || unit == u;
    const bool num_ok = !num.empty() && num.find_first_not_of("0123456789.") == std::string::npos;
    if (unit_ok && num_ok) {
      ++p_;
      return;
    }
  }
  p_ = start;
}

// An unknown command's options and arguments, which pandoc keeps as raw LaTeX.
void Parser::raw_args() {
  skipopts();
  dimenarg();
  while (braced_raw()) {
  }
}

// The argument of a command: a group, a command, or a single character.
std::optional<BibInlines> Parser::tok() {
  DepthGuard guard(*this);
  if (!guard.ok) return std::nullopt;
  const std::size_t start = p_;
  skip_spaces();
  if (auto g = grouped_inlines()) return g;
  if (failed_) return std::nullopt;
  if (const Tok* t = peek(); t && t->type == TokType::CtrlSeq) {
    BibInlines out;
    if (inline_command(out)) return out;
    if (failed_) return std::nullopt;
  }
  if (auto c = single_char()) return BibInlines{BibInline::str(*c)};
  p_ = start;
  return std::nullopt;
}

std::optional<std::string> Parser::single_char() {
  Tok* t = p_ < t_.size() ? &t_[p_] : nullptr;
  if (!t) return std::nullopt;
  if (t->type == TokType::Symbol) {
    if (is_special_symbol(t->text)) return std::nullopt;
    ++p_;
    return t->text;
  }
  if (t->type != TokType::Word) return std::nullopt;
  std::size_t i = 0;
  decode_utf8(t->text, i);
  std::string first = t->text.substr(0, i);
  if (i < t->text.size()) {
    // Split the word in two tokens, which read the same as one if parsed again.
    Tok rest{TokType::Word, t->text.substr(i), {}};
    t->text = first;
    t_.insert(t_.begin() + static_cast<long>(p_) + 1, std::move(rest));
  }
  ++p_;
  return first;
}

bool Parser::parse_inline(BibInlines& out) {
  if (failed_ || p_ >= t_.size()) return false;
  DepthGuard guard(*this);
  if (!guard.ok) return false;
  const Tok& t = t_[p_];
  switch (t.type) {
    case TokType::Comment:
      ++p_;
      return true;
    case TokType::Spaces:
      ++p_;
      append(out, BibInline::leaf(InlineKind::Space));
      return true;
    case TokType::Newline:
      if (!endline_at(p_)) return false;
      ++p_;
      append(out, BibInline::leaf(InlineKind::SoftBreak));
      return true;
    case TokType::Word:
      ++p_;
      append(out, BibInline::str(t.text));
      return true;
    case TokType::Esc:
      ++p_;
      append(out, BibInline::str(t.name));
      return true;
    case TokType::Arg:
    case TokType::Verbatim:
      return false;
    case TokType::CtrlSeq:
      if (t.name == "begin") return inline_environment(out);
      return inline_command(out);
    case TokType::Symbol:
      return parse_symbol(out);
  }
  return false;
}

bool Parser::inline_command(BibInlines& out) {
  const std::size_t start = p_;
  const std::string name = t_[p_].name;
  if (name == "begin" || name == "end") return false;
  ++p_;
  std::string_view star;
  bool alnum = true;
  for (std::size_t i = 0; i < name.size() && alnum;) alnum = is_alnum(decode_utf8(name, i));
  if (alnum && is_sym(peek(), "*")) {
    ++p_;
    star = "*";
    skip_sp();
  }
  std::string full_name = name;  // with its star, if any
  full_name += star;
  const auto& table = commands();
  auto it = table.find(full_name);
  if (it == table.end()) it = table.find(name);
  if (it != table.end()) {
    if (run_command(it->second, !star.empty(), out)) return true;
    p_ = start;
    return false;
  }
  if (is_cite_command(full_name) || is_cite_command(name)) {
    while (rawopt() || braced_raw()) {
    }
    append(out, BibInline::leaf(InlineKind::RawInline, name));
    return true;
  }
  if (ends_paragraph(name)) {
    p_ = start;
    return false;
  }
  if (is_language_command(name)) {
    rawopt();
    auto a = tok();
    if (!a) {
      p_ = start;
      return false;
    }
    BibInlines span = extract_spaces(InlineKind::Span, std::move(*a), {"lang"});
    append(out, std::move(span));
    return true;
  }
  raw_args();
  append(out, BibInline::leaf(InlineKind::RawInline, name));
  return true;
}

// Tokens up to (not including) the control sequence `name`; consumes it.
std::optional<std::string> Parser::until_ctrl(std::string_view name) {
  const std::size_t start = p_;
  while (p_ < t_.size()) {
    if (is_ctrl(peek(), name)) {
      std::string s = untokenize(t_, start, p_);
      ++p_;
      return s;
    }
    ++p_;
  }
  p_ = start;
  return std::nullopt;
}

// "\_" and the like lose their backslash; other backslashes stay.
std::string Parser::unescape_url(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() &&
        std::string_view("#$%&~_^{}").find(s[i + 1]) != std::string_view::npos) {
      continue;
    }
    out += s[i];
  }
  return out;
}

// \verb|...|: the text up to the next delimiter, on one line.
std::optional<std::string> Parser::verbatim() {
  const Tok* t = peek();
  if (!t || t->type != TokType::Symbol || t->text.size() != 1) return std::nullopt;
  const char stop = t->text[0];
  ++p_;
  std::string body;
  while (p_ < t_.size()) {
    const Tok& cur = t_[p_];
    if (cur.type == TokType::Newline) return std::nullopt;
    if (cur.type == TokType::Symbol && cur.text.size() == 1 && cur.text[0] == stop) {
      ++p_;
      return body;
    }
    const std::size_t at = cur.text.find(stop);
    if (at == std::string::npos) {
      body += cur.text;
      ++p_;
      continue;
    }
    // Split the token around the delimiter; the pieces read as the token did.
    const std::string text = cur.text;
    std::vector<Tok> pieces = tokenize(to_u32(text.substr(0, at)));
    pieces.push_back({TokType::Symbol, std::string(1, stop), {}});
    auto after = tokenize(to_u32(text.substr(at + 1)));
    pieces.insert(pieces.end(), after.begin(), after.end());
    t_.erase(t_.begin() + static_cast<long>(p_));
    t_.insert(t_.begin() + static_cast<long>(p_), pieces.begin(), pieces.end());
  }
  return std::nullopt;
}

}  // namespace quire::bibliography::bibtex::latex
