#include "bibliography/bibtex_latex.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "bibliography/bibtex_localization.h"
#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {
namespace {

// Nesting beyond this (groups, quotes, command arguments) rejects the field; real
// bibliographies nest a handful of levels, and the limit keeps the stack bounded.
constexpr int kMaxDepth = 200;

// Verbatim is a {group} already read as a URL; its name holds the contents.
enum class TokType { CtrlSeq, Spaces, Newline, Word, Symbol, Comment, Arg, Esc, Verbatim };

struct Tok {
  TokType type;
  std::string text;  // the source text of the token
  std::string name;  // control sequence name, or the character an escape stands for
};

bool is_space_or_tab(char32_t c) { return c == ' ' || c == '\t'; }
bool is_letter_or_at(char32_t c) { return is_letter(c) || c == '@'; }
bool is_lower_hex(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

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

// \xspace is a macro: a space before a word or number, nothing otherwise. It is expanded on the
// token stream (so it works inside math and URLs too); with nothing after it, pandoc's
// expansion fails and so does the field.
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

const std::unordered_map<std::string_view, CmdSpec>& commands() {
  using K = InlineKind;
  static const std::unordered_map<std::string_view, CmdSpec> kCommands = {
      {"emph", {Cmd::Wrap, K::Emph}},
      {"textit", {Cmd::Wrap, K::Emph}},
      {"textsl", {Cmd::Wrap, K::Emph}},
      {"textsc", {Cmd::Wrap, K::SmallCaps}},
      {"textbf", {Cmd::Wrap, K::Strong}},
      {"textsuperscript", {Cmd::Wrap, K::Superscript}},
      {"textsubscript", {Cmd::Wrap, K::Subscript}},
      {"sout", {Cmd::Wrap, K::Strikeout}},
      {"textsf", {Cmd::Wrap, K::Span, "sans-serif"}},
      {"textmd", {Cmd::Wrap, K::Span, "medium"}},
      {"textrm", {Cmd::Wrap, K::Span, "roman"}},
      {"textup", {Cmd::Wrap, K::Span, "upright"}},
      {"textnormal", {Cmd::WrapKeep, K::Span, "nodecor"}},
      {"underline", {Cmd::WrapKeep, K::Underline}},
      {"ul", {Cmd::WrapKeep, K::Underline}},
      {"uline", {Cmd::WrapKeep, K::Underline}},
      {"texttt", {Cmd::Code}},
      {"textnhtt", {Cmd::Code}},
      {"nhttfamily", {Cmd::Code}},
      {"em", {Cmd::Decl, K::Emph}},
      {"it", {Cmd::Decl, K::Emph}},
      {"sl", {Cmd::Decl, K::Emph}},
      {"itshape", {Cmd::Decl, K::Emph}},
      {"slshape", {Cmd::Decl, K::Emph}},
      {"bf", {Cmd::Decl, K::Strong}},
      {"bfseries", {Cmd::Decl, K::Strong}},
      {"scshape", {Cmd::Decl, K::SmallCaps}},
      {"tt", {Cmd::DeclCode}},
      {"rm", {Cmd::DeclPlain}},
      {"lq", {Cmd::Lit, K::Str, "\u2018"}},
      {"rq", {Cmd::Lit, K::Str, "\u2019"}},
      {"textquoteleft", {Cmd::Lit, K::Str, "\u2018"}},
      {"textquoteright", {Cmd::Lit, K::Str, "\u2019"}},
      {"textquotedblleft", {Cmd::Lit, K::Str, "\u201C"}},
      {"textquotedblright", {Cmd::Lit, K::Str, "\u201D"}},
      {"textbackslash", {Cmd::Lit, K::Str, "\\"}},
      {"backslash", {Cmd::Lit, K::Str, "\\"}},
      {"slash", {Cmd::Lit, K::Str, "/"}},
      {"ldots", {Cmd::Lit, K::Str, "\u2026"}},
      {"dots", {Cmd::Lit, K::Str, "\u2026"}},
      {"mdots", {Cmd::Lit, K::Str, "\u2026"}},
      {"vdots", {Cmd::Lit, K::Str, "\u22EE"}},
      {"sim", {Cmd::Lit, K::Str, "~"}},
      {"sep", {Cmd::Lit, K::Str, ","}},
      {"P", {Cmd::Lit, K::Str, "\u00B6"}},
      {"S", {Cmd::Lit, K::Str, "\u00A7"}},
      {"$", {Cmd::Lit, K::Str, "$"}},
      {"%", {Cmd::Lit, K::Str, "%"}},
      {"&", {Cmd::Lit, K::Str, "&"}},
      {"#", {Cmd::Lit, K::Str, "#"}},
      {"_", {Cmd::Lit, K::Str, "_"}},
      {"{", {Cmd::Lit, K::Str, "{"}},
      {"}", {Cmd::Lit, K::Str, "}"}},
      {"qed", {Cmd::Lit, K::Str, "\a0\u25FB"}},
      {"/", {Cmd::Empty}},
      {"@", {Cmd::Empty}},
      {",", {Cmd::Lit, K::Str, "\u2006"}},
      {" ", {Cmd::Lit, K::Str, "\u00A0"}},
      {"\\", {Cmd::LineBreak}},
      {"ps", {Cmd::LitSpace, K::Str, "PS."}},
      {"TeX", {Cmd::Lit, K::Str, "TeX"}},
      {"LaTeX", {Cmd::Lit, K::Str, "LaTeX"}},
      {"bar", {Cmd::Lit, K::Str, "|"}},
      {"textless", {Cmd::Lit, K::Str, "<"}},
      {"textgreater", {Cmd::Lit, K::Str, ">"}},
      {"aa", {Cmd::Lit, K::Str, "\u00E5"}},
      {"AA", {Cmd::Lit, K::Str, "\u00C5"}},
      {"ss", {Cmd::Lit, K::Str, "\u00DF"}},
      {"o", {Cmd::Lit, K::Str, "\u00F8"}},
      {"O", {Cmd::Lit, K::Str, "\u00D8"}},
      {"L", {Cmd::Lit, K::Str, "\u0141"}},
      {"l", {Cmd::Lit, K::Str, "\u0142"}},
      {"ae", {Cmd::Lit, K::Str, "\u00E6"}},
      {"AE", {Cmd::Lit, K::Str, "\u00C6"}},
      {"oe", {Cmd::Lit, K::Str, "\u0153"}},
      {"OE", {Cmd::Lit, K::Str, "\u0152"}},
      {"i", {Cmd::Lit, K::Str, "\u0131"}},
      {"j", {Cmd::Lit, K::Str, "\u0237"}},
      {"pounds", {Cmd::Lit, K::Str, "\u00A3"}},
      {"euro", {Cmd::Lit, K::Str, "\u20AC"}},
      {"copyright", {Cmd::Lit, K::Str, "\u00A9"}},
      {"textasciicircum", {Cmd::Lit, K::Str, "^"}},
      {"textasciitilde", {Cmd::Lit, K::Str, "~"}},
      {"faCheck", {Cmd::Lit, K::Str, "\u2713"}},
      {"faClose", {Cmd::Lit, K::Str, "\u2717"}},
      {"bshyp", {Cmd::Lit, K::Str, "\\\u00AD"}},
      {"fshyp", {Cmd::Lit, K::Str, "/\u00AD"}},
      {"dothyp", {Cmd::Lit, K::Str, ".\u00AD"}},
      {"colonhyp", {Cmd::Lit, K::Str, ":\u00AD"}},
      {"hyp", {Cmd::Lit, K::Str, "-"}},
      {"H", {Cmd::Accent, K::Str, "", "", 0x30B, 0}},
      {"`", {Cmd::Accent, K::Str, "", "", 0x300, '`'}},
      {"'", {Cmd::Accent, K::Str, "", "", 0x301, '\''}},
      {"^", {Cmd::Accent, K::Str, "", "", 0x302, '^'}},
      {"~", {Cmd::Accent, K::Str, "", "", 0x303, '~'}},
      {"\"", {Cmd::Accent, K::Str, "", "", 0x308, 0}},
      {".", {Cmd::Accent, K::Str, "", "", 0x307, 0}},
      {"=", {Cmd::Accent, K::Str, "", "", 0x304, 0}},
      {"|", {Cmd::Accent, K::Str, "", "", 0x30D, 0}},
      {"b", {Cmd::Accent, K::Str, "", "", 0x331, 0}},
      {"c", {Cmd::Accent, K::Str, "", "", 0x327, 0}},
      {"G", {Cmd::Accent, K::Str, "", "", 0x30F, 0}},
      {"h", {Cmd::Accent, K::Str, "", "", 0x309, 0}},
      {"d", {Cmd::Accent, K::Str, "", "", 0x323, 0}},
      {"f", {Cmd::Accent, K::Str, "", "", 0x311, 0}},
      {"r", {Cmd::Accent, K::Str, "", "", 0x30A, 0}},
      {"t", {Cmd::Accent, K::Str, "", "", 0x361, 0}},
      {"U", {Cmd::Accent, K::Str, "", "", 0x30E, 0}},
      {"v", {Cmd::Accent, K::Str, "", "", 0x30C, 0}},
      {"u", {Cmd::Accent, K::Str, "", "", 0x306, 0}},
      {"k", {Cmd::Accent, K::Str, "", "", 0x328, 0}},
      {"textogonekcentered", {Cmd::Accent, K::Str, "", "", 0x328, 0}},
      {"newtie", {Cmd::Accent, K::Str, "", "", 0x311, 0}},
      {"textcircled", {Cmd::Accent, K::Str, "", "", 0x20DD, 0}},
      {"url", {Cmd::Url}},
      {"nolinkurl", {Cmd::NoLinkUrl}},
      {"href", {Cmd::Href}},
      {"verb", {Cmd::Verb}},
      {"Verb", {Cmd::Verb}},
      {"enquote", {Cmd::Enquote}},
      {"enquote*", {Cmd::EnquoteStar}},
      {"foreignquote", {Cmd::ForeignQuote}},
      {"foreignquote*", {Cmd::ForeignQuoteStar}},
      {"hyphenquote", {Cmd::ForeignQuote}},
      {"hyphenquote*", {Cmd::ForeignQuoteStar}},
      {"(", {Cmd::MathParen}},
      {"[", {Cmd::MathBracket}},
      {"ensuremath", {Cmd::EnsureMath}},
      {"footnote", {Cmd::Note}},
      {"thanks", {Cmd::Note}},
      {"nocite", {Cmd::Nocite}},
      {"MakeUppercase", {Cmd::Upper}},
      {"MakeTextUppercase", {Cmd::Upper}},
      {"uppercase", {Cmd::Upper}},
      {"MakeLowercase", {Cmd::Lower}},
      {"MakeTextLowercase", {Cmd::Lower}},
      {"lowercase", {Cmd::Lower}},
      {"RN", {Cmd::RomanUpper}},
      {"Rn", {Cmd::RomanLower}},
      {"mkbibquote", {Cmd::SpanQuote}},
      {"mkbibemph", {Cmd::SpanWrap, K::Emph}},
      {"mkbibitalic", {Cmd::SpanWrap, K::Emph}},
      {"mkbibbold", {Cmd::SpanWrap, K::Strong}},
      {"mkbibparens", {Cmd::SpanAffix, K::Span, "(", ")"}},
      {"mkbibbrackets", {Cmd::SpanAffix, K::Span, "[", "]"}},
      {"autocap", {Cmd::SpanPlain}},
      {"bibstring", {Cmd::Bibstring}},
      {"adddot", {Cmd::Lit, K::Str, "."}},
      {"adddotspace", {Cmd::AddDotSpace}},
      {"addabbrvspace", {Cmd::Space}},
      {"hyphen", {Cmd::Lit, K::Str, "-"}},
      {"texorpdfstring", {Cmd::TexOrPdf}},
      {"nohyphens", {Cmd::PassTok}},
      {"passthrough", {Cmd::PassTok}},
      {"hyperlink", {Cmd::Hyperlink}},
      {"hypertarget", {Cmd::Hypertarget}},
      {"textcolor", {Cmd::Color}},
      {"colorbox", {Cmd::Color}},
      {"foreignlanguage", {Cmd::ForeignLanguage}},
      {"gls", {Cmd::Acronym}},
      {"Gls", {Cmd::Acronym}},
      {"glsdesc", {Cmd::Acronym}},
      {"Glsdesc", {Cmd::Acronym}},
      {"GLSdesc", {Cmd::Acronym}},
      {"acrlong", {Cmd::Acronym}},
      {"Acrlong", {Cmd::Acronym}},
      {"acrfull", {Cmd::Acronym}},
      {"Acrfull", {Cmd::Acronym}},
      {"acrshort", {Cmd::Acronym}},
      {"Acrshort", {Cmd::Acronym}},
      {"ac", {Cmd::Acronym}},
      {"acf", {Cmd::Acronym}},
      {"acs", {Cmd::Acronym}},
      {"glspl", {Cmd::AcronymPlural}},
      {"Glspl", {Cmd::AcronymPlural}},
      {"glsdescplural", {Cmd::AcronymPlural}},
      {"Glsdescplural", {Cmd::AcronymPlural}},
      {"GLSdescplural", {Cmd::AcronymPlural}},
      {"acp", {Cmd::AcronymPlural}},
      {"acfp", {Cmd::AcronymPlural}},
      {"acsp", {Cmd::AcronymPlural}},
  };
  return kCommands;
}

// \text<language> commands polyglossia defines, which pandoc reads as spans.
bool is_language_command(std::string_view name) {
  static const char* const kLanguages[] = {
      "arabic",     "armenian",  "asturian",   "bahasai",   "bahasam",   "basque",
      "bengali",    "brazil",    "brazilian",  "breton",    "bulgarian", "catalan",
      "coptic",     "croatian",  "czech",      "danish",    "divehi",    "dutch",
      "english",    "esperanto", "estonian",   "farsi",     "finnish",   "french",
      "friulan",    "galician",  "german",     "greek",     "hebrew",    "hindi",
      "icelandic",  "interlingua", "irish",    "italian",   "kannada",   "khmer",
      "korean",     "lao",       "latin",      "latvian",   "lithuanian", "lsorbian",
      "magyar",     "malayalam", "marathi",    "nko",       "norsk",     "nynorsk",
      "occitan",    "piedmontese", "polish",   "portuges",  "romanian",  "romansh",
      "russian",    "samin",     "sanskrit",   "scottish",  "serbian",   "slovak",
      "slovenian",  "spanish",   "swedish",    "syriac",    "tamil",     "telugu",
      "thai",       "tibetan",   "turkish",    "turkmen",   "ukrainian", "urdu",
      "usorbian",   "vietnamese", "welsh"};
  if (name.rfind("text", 0) != 0) return false;
  for (const char* l : kLanguages)
    if (name.substr(4) == l) return true;
  return false;
}

bool is_cite_command(std::string_view name) {
  static const char* const kCites[] = {
      "cite",         "Cite",         "citep",       "citep*",      "citeal",
      "citealp",      "citealp*",     "autocite",    "smartcite",   "footcite",
      "parencite",    "supercite",    "footcitetext", "citeyearpar", "citeyear",
      "autocite*",    "cite*",        "parencite*",  "textcite",    "citet",
      "citet*",       "citealt",      "citealt*",    "textcites",   "cites",
      "autocites",    "footcites",    "parencites",  "supercites",  "footcitetexts",
      "Autocite",     "Smartcite",    "Footcite",    "Parencite",   "Supercite",
      "Footcitetext", "Citeyearpar",  "Citeyear",    "Autocite*",   "Cite*",
      "Parencite*",   "Textcite",     "Textcites",   "Cites",       "Autocites",
      "Footcites",    "Parencites",   "Supercites",  "Footcitetexts", "citeauthor"};
  for (const char* c : kCites)
    if (name == c) return true;
  return false;
}

// Commands pandoc reads as blocks where a block can start (a raw block, or a heading).
bool is_block_command(std::string_view name) {
  static const char* const kBlock[] = {
      "par",          "item",          "section",        "section*",      "subsection",
      "subsection*",  "subsubsection", "subsubsection*", "paragraph",     "paragraph*",
      "subparagraph", "subparagraph*", "chapter",        "chapter*",      "part",
      "part*",        "maketitle",     "makeindex",      "makeglossary",  "documentclass",
      "bibliography", "addbibresource", "caption",       "hrule",         "rule",
      "centerline",   "title",         "author",         "date",          "signature",
      "address",      "dedication",    "opening",        "closing",       "newcommand",
      "renewcommand", "newenvironment", "renewenvironment", "special",    "pdfannot",
      "pdfstringdef", "bibliographystyle", "addcontentsline", "addtocontents",
      "addtocounter", "ignore",        "hyperdef",       "markboth",      "markright",
      "markleft",     "hspace",        "vspace",         "newpage",       "clearpage",
      "pagebreak",    "titleformat",   "listoffigures",  "listoftables",  "write",
      "frametitle",   "framesubtitle", "lstinputlisting", "graphicspath"};
  for (const char* c : kBlock)
    if (name == c) return true;
  return false;
}

// Commands pandoc also accepts inside a paragraph (as raw LaTeX where it has no reading).
bool is_inline_listed(std::string_view name) {
  static const char* const kRawInline[] = {
      "mbox",  "hbox",   "label",    "ref",      "cref",     "Cref",   "vref",
      "eqref", "autoref", "lettrine", "input",   "ifdim",    "SI",     "SIRange",
      "includegraphics", "index",    "hspace",   "vspace",   "noindent", "newpage",
      "clearpage", "pagebreak", "nocite"};
  if (commands().count(name) || is_cite_command(name) || is_language_command(name)) return true;
  for (const char* c : kRawInline)
    if (name == c) return true;
  return false;
}

// Block commands that also end a paragraph they appear in.
bool ends_paragraph(std::string_view name) {
  return is_block_command(name) && !is_inline_listed(name);
}

bool is_heading_command(std::string_view name) {
  static const char* const kHeadings[] = {
      "section",       "section*",       "subsection", "subsection*", "subsubsection",
      "subsubsection*", "paragraph",     "paragraph*", "subparagraph", "subparagraph*",
      "chapter",       "chapter*",       "part",       "part*"};
  for (const char* c : kHeadings)
    if (name == c) return true;
  return false;
}

bool is_math_environment(std::string_view name) {
  static const char* const kMath[] = {
      "displaymath", "math",      "equation",  "equation*", "gather",  "gather*",
      "multline",    "multline*", "eqnarray",  "eqnarray*", "align",   "align*",
      "alignat",     "alignat*",  "dmath",     "dmath*",    "dgroup",  "dgroup*",
      "darray",      "darray*"};
  for (const char* c : kMath)
    if (name == c) return true;
  return false;
}

bool is_block_environment(std::string_view name) {
  static const char* const kEnvs[] = {"itemize",   "enumerate", "description", "quote",
                                      "quotation", "verse",     "center",      "flushleft",
                                      "flushright", "minipage"};
  for (const char* c : kEnvs)
    if (name == c) return true;
  return false;
}

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

// A block as pandoc's flattening sees it: a paragraph, or a container of paragraphs.
struct Block {
  bool is_para = false;
  std::vector<BibInlines> paras;
};

class Parser {
 public:
  explicit Parser(std::vector<Tok> toks) : t_(std::move(toks)) {}

  std::optional<LatexField> run(bool* too_deep) {
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
  bool endline_at(std::size_t q) const {
    if (q >= t_.size() || t_[q].type != TokType::Newline) return false;
    std::size_t r = q + 1;
    if (r >= t_.size()) return false;
    while (r < t_.size() && t_[r].type == TokType::Spaces) ++r;
    return !(r < t_.size() && t_[r].type == TokType::Newline);
  }

  // One space token or one line end; returns the inline it would have been.
  bool skip_sp(InlineKind* kind = nullptr) {
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

  void skip_spaces() {
    while (const Tok* t = peek()) {
      if (t->type != TokType::Spaces && t->type != TokType::Newline &&
          t->type != TokType::Comment)
        break;
      ++p_;
    }
  }

  static std::string untokenize(const std::vector<Tok>& toks, std::size_t a, std::size_t b) {
    std::string out;
    for (std::size_t i = a; i < b; ++i) out += toks[i].text;
    return out;
  }

  // ---- groups ---------------------------------------------------------------------

  bool bgroup() {
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

  bool egroup() {
    const Tok* t = peek();
    if (is_sym(t, "}") || is_ctrl(t, "egroup") || is_ctrl(t, "endgroup")) {
      ++p_;
      return true;
    }
    return false;
  }

  // The inlines of a {group}; {{a}} reads as {a}. Restores the position on failure.
  std::optional<BibInlines> grouped_inlines() {
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

  std::optional<BibInlines> finish_group(BibInlines acc) {
    while (true) {
      if (failed_) return std::nullopt;
      if (egroup()) return acc;
      if (!parse_inline(acc)) return std::nullopt;
    }
  }

  // Raw text of a {group} right here, without the braces; nullopt (position kept) if none.
  std::optional<std::string> braced_raw() {
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
  std::optional<std::string> verbatim_braced() {
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
  std::optional<std::string> rawopt() {
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

  void skipopts() {
    while (rawopt()) {
    }
  }

  // A TeX dimension such as 12pt after a command.
  void dimenarg() {
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
  void raw_args() {
    skipopts();
    dimenarg();
    while (braced_raw()) {
    }
  }

  // ---- inlines --------------------------------------------------------------------

  // The argument of a command: a group, a command, or a single character.
  std::optional<BibInlines> tok() {
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

  std::optional<std::string> single_char() {
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

  bool parse_inline(BibInlines& out) {
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

  bool parse_symbol(BibInlines& out) {
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

  enum class Ender { TwoApostrophes, CurlyDouble, Babel, Apostrophe, CurlySingle };

  bool starts_with_letter(const Tok* t) const {
    if (!t || t->type != TokType::Word || t->text.empty()) return false;
    std::size_t i = 0;
    return is_letter(decode_utf8(t->text, i));
  }

  // Length of the closing quote at the current position, or 0.
  std::size_t ender_len(Ender e) const {
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

  bool quoted(BibInlines& out, bool dbl, std::size_t starter_len, const char* literal, Ender e) {
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

  bool dollars_math(BibInlines& out) {
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

  bool inline_environment(BibInlines& out) {
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

  // Tokens up to (not including) the control sequence `name`; consumes it.
  std::optional<std::string> until_ctrl(std::string_view name) {
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
  static std::string unescape_url(const std::string& s) {
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
  std::optional<std::string> verbatim() {
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

  static void map_strs(BibInlines& xs, bool upper) {
    for (auto& x : xs) {
      if (x.kind == InlineKind::Str) x.text = upper ? to_upper(x.text) : to_lower(x.text);
      map_strs(x.children, upper);
    }
  }

  std::optional<int> roman_arg() {
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

  bool inline_command(BibInlines& out) {
    const std::size_t start = p_;
    const std::string name = t_[p_].name;
    if (name == "begin" || name == "end") return false;
    ++p_;
    std::string star;
    bool alnum = true;
    for (std::size_t i = 0; i < name.size() && alnum;) alnum = is_alnum(decode_utf8(name, i));
    if (alnum && is_sym(peek(), "*")) {
      ++p_;
      star = "*";
      skip_sp();
    }
    const auto& table = commands();
    auto it = table.find(name + star);
    if (it == table.end()) it = table.find(name);
    if (it != table.end()) {
      if (run_command(it->second, !star.empty(), out)) return true;
      p_ = start;
      return false;
    }
    if (is_cite_command(name + star) || is_cite_command(name)) {
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

  bool run_command(const CmdSpec& spec, bool starred, BibInlines& out) {
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

  bool accent(const CmdSpec& spec, BibInlines& out) {
    BibInlines arg;
    if (auto a = tok()) arg = std::move(*a);
    if (failed_) return false;
    if (!arg.empty() && arg[0].kind == InlineKind::Str && !arg[0].text.empty()) {
      std::size_t i = 0;
      const char32_t base = decode_utf8(arg[0].text, i);
      std::string composed;
      if (const char32_t c = compose(base, spec.mark)) {
        append_utf8(c, composed);
      } else {
        append_utf8(base, composed);
        append_utf8(spec.mark, composed);
      }
      arg[0].text = composed + arg[0].text.substr(i);
      append(out, std::move(arg));
      return true;
    }
    if (arg.empty() || (arg.size() == 1 && arg[0].kind == InlineKind::Space)) {
      std::string s;
      append_utf8(spec.fallback ? spec.fallback : spec.mark, s);
      append(out, BibInline::str(s));
      return true;
    }
    append(out, std::move(arg));
    return true;
  }

  // ---- blocks ---------------------------------------------------------------------

  void parse_blocks(std::vector<Block>& blocks, const std::string* stop_env,
                    bool stop_at_brace = false) {
    DepthGuard guard(*this);
    if (!guard.ok) return;
    while (!failed_) {
      skip_spaces();
      if (p_ >= t_.size()) return;
      if (stop_at_brace && is_sym(peek(), "}")) return;
      const Tok& t = t_[p_];
      if (t.type == TokType::CtrlSeq) {
        if (t.name == "end") {
          if (!stop_env) failed_ = true;
          return;
        }
        if (t.name == "begin") {
          if (inline_environment_starts_here()) {
            parse_paragraph(blocks);
            continue;
          }
          parse_environment(blocks);
          continue;
        }
        if (is_block_command(t.name)) {
          parse_block_command(blocks);
          continue;
        }
        if (!is_inline_listed(t.name) && raw_block_here()) {
          blocks.push_back(Block{});
          continue;
        }
      }
      parse_paragraph(blocks);
    }
  }

  // Unknown commands alone on their line (at the start of a block) are a raw block,
  // which the output drops; pandoc guesses so, and it changes how paragraphs flatten.
  bool raw_block_here() {
    const std::size_t start = p_;
    while (const Tok* t = peek()) {
      if (t->type != TokType::CtrlSeq || t->name == "begin" || t->name == "end" ||
          is_inline_listed(t->name))
        break;
      ++p_;
      if (is_sym(peek(), "*")) ++p_;
      raw_args();
    }
    std::size_t q = p_;
    while (q < t_.size() && t_[q].type == TokType::Spaces) ++q;
    if (p_ > start && q < t_.size() && t_[q].type == TokType::Newline) return true;
    p_ = start;
    return false;
  }

  bool inline_environment_starts_here() {
    const std::size_t start = p_;
    ++p_;
    auto name = braced_raw();
    p_ = start;
    return name && is_math_environment(*name);
  }

  void parse_paragraph(std::vector<Block>& blocks) {
    const std::size_t before = p_;
    BibInlines para;
    while (parse_inline(para)) {
    }
    if (failed_) return;
    if (p_ == before) {
      // A group that does not read as inline text ({\em \par}, say) may still read as
      // blocks; anything else is text pandoc rejects.
      if (!block_group(blocks)) failed_ = true;
      return;
    }
    para = trim_inlines(std::move(para));
    if (!para.empty()) blocks.push_back({true, {std::move(para)}});
  }

  bool block_group(std::vector<Block>& blocks) {
    if (!is_sym(peek(), "{")) return false;
    DepthGuard guard(*this);
    if (!guard.ok) return false;
    const std::size_t start = p_;
    ++p_;
    std::vector<Block> inner;
    parse_blocks(inner, nullptr, true);
    if (failed_ || !egroup()) {
      if (!failed_) p_ = start;
      return false;
    }
    for (auto& b : inner) blocks.push_back(std::move(b));
    return true;
  }

  void parse_block_command(std::vector<Block>& blocks) {
    const std::string name = t_[p_].name;
    ++p_;
    if (is_sym(peek(), "*")) ++p_;
    if (is_heading_command(name)) {
      skipopts();
      auto a = grouped_inlines();
      if (!a) {
        failed_ = true;
        return;
      }
      blocks.push_back({false, {std::move(*a)}});
      return;
    }
    if (name == "par" || name == "item") {
      skipopts();
      return;
    }
    raw_args();
    blocks.push_back(Block{});
  }

  void parse_environment(std::vector<Block>& blocks) {
    ++p_;
    auto name = braced_raw();
    if (!name) {
      failed_ = true;
      return;
    }
    if (is_block_environment(*name)) {
      skipopts();
      std::vector<Block> inner;
      parse_blocks(inner, &*name);
      if (failed_) return;
      if (!is_ctrl(peek(), "end")) {
        failed_ = true;
        return;
      }
      ++p_;
      auto end_name = braced_raw();
      if (!end_name || *end_name != *name) {
        failed_ = true;
        return;
      }
      Block b;
      for (auto& ib : inner)
        for (auto& para : ib.paras) b.paras.push_back(std::move(para));
      blocks.push_back(std::move(b));
      return;
    }
    // Unknown environments stay raw LaTeX, which the output drops.
    int level = 1;
    while (p_ < t_.size()) {
      const Tok& t = t_[p_];
      if (t.type == TokType::CtrlSeq && (t.name == "begin" || t.name == "end")) {
        const bool is_begin = t.name == "begin";
        ++p_;
        if (auto n = braced_raw(); n && *n == *name) {
          level += is_begin ? 1 : -1;
          if (level == 0) return;
        }
        continue;
      }
      ++p_;
    }
    failed_ = true;
  }
};

}  // namespace

std::optional<LatexField> read_latex(std::string_view text, bool* too_deep) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '\r') clean += c;
  const std::string stripped = trim_spaces(clean);
  auto toks = expand_xspace(tokenize(to_u32(stripped)));
  if (!toks) return std::nullopt;
  Parser parser(std::move(*toks));
  return parser.run(too_deep);
}

std::optional<BibInlines> read_latex_inlines(std::string_view text) {
  auto field = read_latex(text);
  if (!field) return std::nullopt;
  return std::move(field->inlines);
}

}  // namespace quire::bibliography::bibtex
