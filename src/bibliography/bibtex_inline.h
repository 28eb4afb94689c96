#pragma once
// The formatted text of one BibTeX field: a small tree of inline elements, built and
// flattened the way pandoc's inline builder does, so case changes and splits match.
#include <string>
#include <vector>

namespace quire::bibliography::bibtex {

enum class InlineKind {
  Str,
  Space,
  SoftBreak,
  LineBreak,
  Emph,
  Strong,
  Underline,
  Strikeout,
  Superscript,
  Subscript,
  SmallCaps,
  Quoted,     // `double` tells which quote the source used
  Span,       // {braces} and spans from commands; classes hold "nocase" and the like
  Code,       // text: verbatim
  Math,       // text: the TeX source
  RawInline,  // unknown LaTeX, dropped from the output
  Link,       // text: target; children: the shown text
  Note,       // footnotes, dropped from the output
};

struct BibInline {
  InlineKind kind = InlineKind::Str;
  std::string text;
  std::vector<BibInline> children;
  std::vector<std::string> classes;  // Span only
  std::string bibstring;             // Span from \bibstring{key}
  bool attributed = false;           // Span with an id or attributes (language, colour...)
  bool double_quote = true;          // Quoted only

  static BibInline str(std::string t) { return leaf(InlineKind::Str, std::move(t)); }
  static BibInline leaf(InlineKind k, std::string t = {}) {
    BibInline x;
    x.kind = k;
    x.text = std::move(t);
    return x;
  }
  static BibInline container(InlineKind k, std::vector<BibInline> c) {
    BibInline x;
    x.kind = k;
    x.children = std::move(c);
    return x;
  }
  static BibInline span(std::vector<BibInline> c, std::vector<std::string> classes = {}) {
    BibInline x = container(InlineKind::Span, std::move(c));
    x.classes = std::move(classes);
    return x;
  }
  // A span without id, classes or attributes: what {braces} make.
  bool is_plain_span() const {
    return kind == InlineKind::Span && classes.empty() && bibstring.empty() && !attributed;
  }
  bool operator==(const BibInline&) const = default;
};

using BibInlines = std::vector<BibInline>;

// Appends with pandoc's merging: adjacent words join, spaces collapse, and adjacent
// emphasis (or strong, super/subscript, strikeout) runs fuse.
void append(BibInlines& xs, BibInline y);
void append(BibInlines& xs, BibInlines ys);
BibInlines concat(BibInlines xs, BibInlines ys);

// Drops leading and trailing spaces (line breaks stay).
BibInlines trim_inlines(BibInlines xs);

// Wraps `xs` in a container, keeping a leading or trailing space outside it.
BibInlines extract_spaces(InlineKind kind, BibInlines xs, std::vector<std::string> classes = {});

// Plain text: quotes become curly quotes, footnotes and raw LaTeX vanish.
std::string stringify(const BibInlines& xs);
std::string stringify(const BibInline& x);

// Every inline node in document order, children after their parent; this is how
// pandoc flattens a field that came out as several paragraphs.
void collect_all(const BibInlines& xs, BibInlines& out);

// CSL-JSON rich text: <i>, <b>, <sup>, small-caps spans and localized quotes.
std::string render_csl(const BibInlines& xs);

}  // namespace quire::bibliography::bibtex
