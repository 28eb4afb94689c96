#pragma once
// The token stream the LaTeX reader works on: control sequences, words, symbols, spaces
// and comments, as pandoc's LaTeX tokenizer cuts a field's text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire::bibliography::bibtex::latex {

// Verbatim is a {group} already read as a URL; its name holds the contents.
enum class TokType { CtrlSeq, Spaces, Newline, Word, Symbol, Comment, Arg, Esc, Verbatim };

struct Tok {
  TokType type;
  std::string text;  // the source text of the token
  std::string name;  // control sequence name, or the character an escape stands for
};

std::vector<Tok> tokenize(std::u32string_view s);

// \xspace is a macro: a space before a word or number, nothing otherwise. It is expanded on the
// token stream (so it works inside math and URLs too); with nothing after it, pandoc's
// expansion fails and so does the field.
std::optional<std::vector<Tok>> expand_xspace(std::vector<Tok> toks);

// One of the characters TeX gives a meaning of its own (#$%&~_^\{}).
bool is_special_symbol(const std::string& s);

std::string trim_spaces(std::string_view s);

// The source text of toks[a, b).
std::string untokenize(const std::vector<Tok>& toks, std::size_t a, std::size_t b);

}  // namespace quire::bibliography::bibtex::latex
