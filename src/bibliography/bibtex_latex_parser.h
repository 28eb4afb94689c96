#pragma once
// The LaTeX reader's recursive-descent parser over the token stream: blocks, paragraphs,
// groups and inline commands, with pandoc's backtracking; its parts live in bibtex_latex_*.cpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bibliography/bibtex_inline.h"
#include "bibliography/bibtex_latex.h"
#include "bibliography/bibtex_latex_commands.h"
#include "bibliography/bibtex_latex_tokens.h"

namespace quire::bibliography::bibtex::latex {

// Nesting beyond this (groups, quotes, command arguments) rejects the field; real
// bibliographies nest a handful of levels, and the limit keeps the stack bounded.
constexpr int kMaxDepth = 200;

// A block as pandoc's flattening sees it: a paragraph, or a container of paragraphs.
struct Block {
  bool is_para = false;
  std::vector<BibInlines> paras;
};

class Parser {
 public:
  explicit Parser(std::vector<Tok> toks) : t_(std::move(toks)) {}

  std::optional<LatexField> run(bool* too_deep);

 private:
  struct DepthGuard {
    Parser& p;
    bool ok;
    explicit DepthGuard(Parser& parser) : p(parser), ok(++parser.depth_ <= kMaxDepth) {
      if (!ok) {
        p.failed_ = true;
        p.too_deep_ = true;
      }
    }
    ~DepthGuard() { --p.depth_; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  std::vector<Tok> t_;
  std::size_t p_ = 0;
  int depth_ = 0;
  bool failed_ = false;
  bool too_deep_ = false;
  bool in_double_quote_ = false;

  const Tok* peek(std::size_t k = 0) const {
    return p_ + k < t_.size() ? &t_[p_ + k] : nullptr;
  }
  static bool is_sym(const Tok* t, std::string_view s) {
    return t && t->type == TokType::Symbol && t->text == s;
  }
  static bool is_ctrl(const Tok* t, std::string_view name) {
    return t && t->type == TokType::CtrlSeq && t->name == name;
  }

  // A newline that does not start a blank line and is not the last token.
  bool endline_at(std::size_t q) const;

  // One space token or one line end; returns the inline it would have been.
  bool skip_sp(InlineKind* kind = nullptr);

  void skip_spaces();

  // ---- groups ---------------------------------------------------------------------

  bool bgroup();

  bool egroup();

  // The inlines of a {group}; {{a}} reads as {a}. Restores the position on failure.
  std::optional<BibInlines> grouped_inlines();

  std::optional<BibInlines> finish_group(BibInlines acc);

  // Raw text of a {group} right here, without the braces; nullopt (position kept) if none.
  std::optional<std::string> braced_raw();

  // A {group} read verbatim, as URLs are: "%" starts no comment inside it. The group
  // becomes one token and the tokens after it are made again from the text that follows,
  // so reading the same place again (after backtracking) sees the same thing.
  std::optional<std::string> verbatim_braced();

  // [option] (with an optional space before and after); nullopt if none.
  std::optional<std::string> rawopt();

  void skipopts();

  // A TeX dimension such as 12pt after a command.
  void dimenarg();

  // An unknown command's options and arguments, which pandoc keeps as raw LaTeX.
  void raw_args();

  // ---- inlines --------------------------------------------------------------------

  // The argument of a command: a group, a command, or a single character.
  std::optional<BibInlines> tok();

  std::optional<std::string> single_char();

  bool parse_inline(BibInlines& out);

  bool parse_symbol(BibInlines& out);

  enum class Ender { TwoApostrophes, CurlyDouble, Babel, Apostrophe, CurlySingle };

  bool starts_with_letter(const Tok* t) const;

  // Length of the closing quote at the current position, or 0.
  std::size_t ender_len(Ender e) const;

  bool quoted(BibInlines& out, bool dbl, std::size_t starter_len, const char* literal, Ender e);

  bool dollars_math(BibInlines& out);

  bool inline_environment(BibInlines& out);

  // Tokens up to (not including) the control sequence `name`; consumes it.
  std::optional<std::string> until_ctrl(std::string_view name);

  // "\_" and the like lose their backslash; other backslashes stay.
  static std::string unescape_url(const std::string& s);

  // \verb|...|: the text up to the next delimiter, on one line.
  std::optional<std::string> verbatim();

  static void map_strs(BibInlines& xs, bool upper);

  std::optional<int> roman_arg();

  bool inline_command(BibInlines& out);

  // Runs the handler of the command's kind; false when its arguments do not read.
  bool run_command(const CmdSpec& spec, bool starred, BibInlines& out);

  // The command handlers run_command dispatches to, one per kind of command (Cmd); all
  // take the command's spec, whether it was starred, and the inlines to append to.
  bool accent(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_wrap(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_wrap_keep(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_code(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_literal(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_literal_space(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_empty(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_space(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_declaration(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_line_break(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_url(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_href(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_verb(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_enquote(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_math_delimited(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_ensuremath(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_note(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_nocite(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_case(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_roman(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_span_quote(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_span_wrap(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_span_affix(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_span_or_pass(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_bibstring(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_add_dot_space(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_tex_or_pdf(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_hyperlink(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_hypertarget(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_attributed_span(const CmdSpec& spec, bool starred, BibInlines& out);
  bool cmd_acronym(const CmdSpec& spec, bool starred, BibInlines& out);

  // ---- blocks ---------------------------------------------------------------------

  void parse_blocks(std::vector<Block>& blocks, const std::string* stop_env,
                    bool stop_at_brace = false);

  // Unknown commands alone on their line (at the start of a block) are a raw block,
  // which the output drops; pandoc guesses so, and it changes how paragraphs flatten.
  bool raw_block_here();

  bool inline_environment_starts_here();

  void parse_paragraph(std::vector<Block>& blocks);

  bool block_group(std::vector<Block>& blocks);

  void parse_block_command(std::vector<Block>& blocks);

  void parse_environment(std::vector<Block>& blocks);
};

}  // namespace quire::bibliography::bibtex::latex
