#include "bibliography/bibtex_latex_commands.h"

#include <span>
#include <utility>

namespace quire::bibliography::bibtex::latex {

namespace {

using K = InlineKind;
using Entry = std::pair<std::string_view, CmdSpec>;

// Fonts and emphasis: \emph{x}, {\em x}, \texttt{x}.
constexpr Entry kFontCommands[] = {
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
};

// Commands that stand for a fixed text or nothing: letters, punctuation, spaces, \\.
constexpr Entry kSymbolCommands[] = {
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
    {"adddot", {Cmd::Lit, K::Str, "."}},
    {"adddotspace", {Cmd::AddDotSpace}},
    {"addabbrvspace", {Cmd::Space}},
    {"hyphen", {Cmd::Lit, K::Str, "-"}},
};

// Accents: the combining mark each puts on its argument, and what it prints alone.
constexpr Entry kAccentCommands[] = {
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
};

// URLs and links, verbatim, quotations, math delimiters and notes.
constexpr Entry kLinkQuoteMathCommands[] = {
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
    {"hyperlink", {Cmd::Hyperlink}},
    {"hypertarget", {Cmd::Hypertarget}},
};

// Case changes and roman numerals.
constexpr Entry kCaseCommands[] = {
    {"MakeUppercase", {Cmd::Upper}},
    {"MakeTextUppercase", {Cmd::Upper}},
    {"uppercase", {Cmd::Upper}},
    {"MakeLowercase", {Cmd::Lower}},
    {"MakeTextLowercase", {Cmd::Lower}},
    {"lowercase", {Cmd::Lower}},
    {"RN", {Cmd::RomanUpper}},
    {"Rn", {Cmd::RomanLower}},
};

// BibLaTeX formatting macros and the hyperref, color and babel wrappers pandoc reads as spans.
constexpr Entry kBiblatexCommands[] = {
    {"mkbibquote", {Cmd::SpanQuote}},
    {"mkbibemph", {Cmd::SpanWrap, K::Emph}},
    {"mkbibitalic", {Cmd::SpanWrap, K::Emph}},
    {"mkbibbold", {Cmd::SpanWrap, K::Strong}},
    {"mkbibparens", {Cmd::SpanAffix, K::Span, "(", ")"}},
    {"mkbibbrackets", {Cmd::SpanAffix, K::Span, "[", "]"}},
    {"autocap", {Cmd::SpanPlain}},
    {"bibstring", {Cmd::Bibstring}},
    {"texorpdfstring", {Cmd::TexOrPdf}},
    {"nohyphens", {Cmd::PassTok}},
    {"passthrough", {Cmd::PassTok}},
    {"textcolor", {Cmd::Color}},
    {"colorbox", {Cmd::Color}},
    {"foreignlanguage", {Cmd::ForeignLanguage}},
};

// glossaries and acronym commands: the label as text, plural with an "s".
constexpr Entry kAcronymCommands[] = {
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

}  // namespace

const std::unordered_map<std::string_view, CmdSpec>& commands() {
  static const std::unordered_map<std::string_view, CmdSpec> kCommands = [] {
    std::unordered_map<std::string_view, CmdSpec> table;
    const std::span<const Entry> categories[] = {kFontCommands,         kSymbolCommands, kAccentCommands,
                                                 kLinkQuoteMathCommands, kCaseCommands,   kBiblatexCommands,
                                                 kAcronymCommands};
    for (const auto& category : categories) table.insert(category.begin(), category.end());
    return table;
  }();
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

}  // namespace quire::bibliography::bibtex::latex
