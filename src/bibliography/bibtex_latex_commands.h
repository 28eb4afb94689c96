#pragma once
// The LaTeX commands and environments the reader knows, as data: what each inline command
// does (Cmd and its CmdSpec), and the name lists that tell blocks, cites and raw commands apart.
#include <string_view>
#include <unordered_map>

#include "bibliography/bibtex_inline.h"

namespace quire::bibliography::bibtex::latex {

enum class Cmd {
  Wrap,          // \emph{x} and friends: kind (+ class) around the argument
  WrapKeep,      // \underline, \textnormal: no space extraction
  Code,          // \texttt{x}
  Lit,           // a fixed text
  LitSpace,      // a fixed text and a space (\ps)
  Empty,         // nothing
  Space,         // a space (\addabbrvspace)
  Accent,        // combining mark on the first character of the argument
  Decl,          // {\em x}: kind around the rest of the group
  DeclCode,      // {\tt x}
  DeclPlain,     // {\rm x}
  LineBreak,     // \\ .
  Url,           // \url{...}
  NoLinkUrl,     // \nolinkurl{...}
  Href,          // \href{url}{text}
  Verb,          // \verb|...|
  Enquote,       // \enquote{...}
  EnquoteStar,   // \enquote*{...}
  ForeignQuote,  // \foreignquote{lang}{...}
  ForeignQuoteStar,
  MathParen,    // \( ... \)
  MathBracket,  // \[ ... \]
  EnsureMath,   // \ensuremath{...}
  Note,         // \footnote{...}
  Nocite,       // \nocite{..}
  Upper,        // \MakeUppercase{..}
  Lower,        // \MakeLowercase{..}
  RomanUpper,   // \RN{12}
  RomanLower,   // \Rn{4}
  SpanQuote,    // \mkbibquote
  SpanWrap,     // \mkbibemph and friends: a span around kind
  SpanAffix,    // \mkbibparens: a span around text(arg)suffix
  SpanPlain,    // \autocap
  Bibstring,    // \bibstring{key}
  AddDotSpace,  // \adddotspace
  TexOrPdf,     // \texorpdfstring{a}{b}
  PassTok,      // the argument unchanged
  Hyperlink,    // \hyperlink{target}{text}
  Hypertarget,  // \hypertarget{ref}{text}
  Color,        // \textcolor[model]{color}{text}
  ForeignLanguage,
  Acronym,         // \gls{x}
  AcronymPlural,   // \glspl{x}
};

struct CmdSpec {
  Cmd cmd;
  InlineKind kind = InlineKind::Span;
  const char* text = "";   // Lit text, span class, or affix prefix
  const char* text2 = "";  // affix suffix
  char32_t mark = 0;       // Accent
  char32_t fallback = 0;   // Accent with nothing to sit on
};

// Every inline command by name ("emph", "'", "enquote*").
const std::unordered_map<std::string_view, CmdSpec>& commands();

// \text<language> commands polyglossia defines, which pandoc reads as spans.
bool is_language_command(std::string_view name);

bool is_cite_command(std::string_view name);

// Commands pandoc reads as blocks where a block can start (a raw block, or a heading).
bool is_block_command(std::string_view name);

// Commands pandoc also accepts inside a paragraph (as raw LaTeX where it has no reading).
bool is_inline_listed(std::string_view name);

// Block commands that also end a paragraph they appear in.
bool ends_paragraph(std::string_view name);

bool is_heading_command(std::string_view name);

bool is_math_environment(std::string_view name);

bool is_block_environment(std::string_view name);

}  // namespace quire::bibliography::bibtex::latex
