#pragma once
// The document model at the centre of quire: readers build it, passes transform it,
// writers emit from it. Inlines and blocks are variants of small plain structs.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/attr.h"
#include "model/source.h"

namespace quire::model {

struct Inline;
using Inlines = std::vector<Inline>;
struct Block;
using Blocks = std::vector<Block>;

// For the last `else` of an `if constexpr` chain over a variant's alternatives, so that a
// new alternative stops the build until every writer handles it.
template <typename>
inline constexpr bool kUnhandled = false;

// ---- inlines ----------------------------------------------------------------

struct Text { std::string text; };
struct SoftBreak {};
struct LineBreak {};
struct Code {
  std::string text;
  Attr attr{};  // `code`{.cpp}
};
struct Emph { Inlines content; };
struct Strong { Inlines content; };
struct Strikeout { Inlines content; };

// A link. `target` is what the author wrote; the link pass fills `entry`/`anchor` for
// links to other entries of the book, leaving external links untouched.
struct Link {
  Inlines content;
  std::string target;
  std::string title;
  bool internal = false;   // set by the link pass when target is an entry of the book
  std::string entry_slug;  // target entry, when internal
  std::string anchor;      // element id inside the target entry ("" = its top)
  std::string reference{};  // set inside a resolved citation: the cited bibliography entry's id
  Attr attr{};              // [text](url){#id .class}
};

struct Image {
  Inlines alt;
  std::string src;    // as written, relative to the entry's folder
  std::string title;
  std::string resolved;  // path relative to the book folder, set by the asset pass
  Attr attr{};             // ![alt](src){#fig:x width=66%}
  Length width{};          // from the attributes; empty = natural size
  Length height{};
};

// A reference to a footnote of the same entry; `number` is assigned by the numbering pass.
struct NoteRef {
  std::string label;
  int number = 0;
};

// One cited work inside a citation, in pandoc's syntax.
struct CiteItem {
  std::string key;
  std::string prefix;
  std::string locator;   // "12", "12-40"
  std::string label;     // CSL locator label ("page", "chapter", ...), "" when none
  std::string suffix;
  bool suppress_author = false;  // [-@key]
  SourcePos pos;
};

// A citation: `[see @a, p. 12; @b]` (bracketed) or `@a [p. 12]` (in text). Until the
// citation processor resolves it, writers render `source` verbatim; once resolved,
// `rendered` holds the formatted citation, each cited work's part wrapped in a Link whose
// `reference` names its bibliography entry.
struct Citation {
  std::vector<CiteItem> items;
  bool in_text = false;
  std::string source;
  bool resolved = false;
  Inlines rendered;
  std::vector<std::string> references{};  // ids of the cited works that exist, in cited order
  // `@fig:x` and its kind: a cross-reference, rendered by the cross-reference pass and left
  // alone by the citation processor.
  bool crossref = false;
};

// Raw markup from the author (`` `<b>x</b>`{=html} ``): HTML reaches the EPUB only, once the
// raw-content pass has found it well-formed; TeX is interpreted or named by that pass.
struct RawInline { std::string format; std::string text; };

// TeX math exactly as written between `$…$` (inline) or `$$…$$` (display): no Markdown
// escape, entity or smart punctuation has touched it.
struct Math {
  std::string tex;
  bool display = false;
  Attr attr{};  // `$$…$$ {#eq:x}`
  std::string number{};  // "2.4" for a labelled equation, set by the cross-reference pass
};

struct Inline {
  std::variant<Text, SoftBreak, LineBreak, Code, Emph, Strong, Strikeout, Link, Image,
               NoteRef, Citation, RawInline, Math>
      node;
  SourcePos pos;
};

// ---- blocks -----------------------------------------------------------------

struct Paragraph {
  Inlines content;
  bool no_indent = false;  // `\noindent`: the print edition sets its first line flush
};

struct Heading {
  int level = 1;       // as written in the entry (## = 2)
  Inlines content;
  std::string id;      // unique within the entry, set by the id pass
  Attr attr{};           // `# Title {#sec:x .unnumbered}`
  bool numbered = true;  // false for `{-}` and `.unnumbered`
  bool listed = true;    // false for `.unlisted`
};

struct CodeBlock {
  std::string info;      // the fence's info string as written ("cpp", "{#lst:x .cpp}")
  std::string text;
  std::string language{};  // "cpp" from `cpp`, `cpp {#id}` or `{.cpp}`; "" when none
  Attr attr{};             // from `{#lst:x .cpp caption="..."}`
  std::string raw_format{};  // "html" for a `{=html}` fence: raw content, not code
  Inlines caption{};         // a listing's caption (`caption="…"` or a `Listing:` paragraph)
  std::string number{};      // "2.1" for a labelled listing (`{#lst:x}`)
};

struct BlockQuote { Blocks content; };

struct ListItem {
  Blocks content;
  std::optional<bool> task;  // GFM task list item: checked or not
};

struct List {
  bool ordered = false;
  int start = 1;
  bool tight = true;
  std::vector<ListItem> items;
};

enum class Align { Default, Left, Center, Right };

struct Table {
  std::vector<Align> aligns;
  std::vector<Inlines> header;
  std::vector<std::vector<Inlines>> rows;
  Inlines caption{};     // from a `Table: …` or `: …` paragraph next to it
  std::string id{};      // `{#tbl:x}` at the end of the caption
  std::string number{};  // "2.1" for a labelled table
};

// An image standing alone in its paragraph, with a caption (pandoc's implicit figure).
struct Figure {
  Image image;
  Inlines caption;
  std::string id;
  std::string number{};  // "2.1" (chapter.figure) when the book numbers its figures, else ""
  Attr attr{};           // the image's attributes; its size is the image's width/height
  std::string delimiter{"."};  // after "Figure 2.1": ":" for cross-referenced figures
};

struct ThematicBreak {};

// Layout the author asked for in raw TeX (`\newpage`, `\vspace{2em}`): the print edition acts
// on it, the EPUB, which has no pages, keeps only a page-break hint.
struct PageBreak {};
struct VSpace { Length amount; };

// The kinds of admonition a book may box: pandoc/Quarto `.callout-note` … `.callout-caution`
// and GitHub's `> [!NOTE]` … `> [!CAUTION]`.
enum class Callout { None, Note, Tip, Important, Warning, Caution };

// A fenced div `::: {.class #id}` … `:::`. A callout is boxed with its title; any other div is
// its content.
struct Div {
  Attr attr;
  Blocks content;
  Callout callout = Callout::None;
  Inlines title{};  // a callout's title: `title="…"`, its first heading, or the kind's name
};

struct Block {
  std::variant<Paragraph, Heading, CodeBlock, BlockQuote, List, Table, Figure, ThematicBreak, PageBreak,
               VSpace, Div>
      node;
  SourcePos pos;
};

// A footnote definition of an entry (`[^label]: ...`).
struct Note {
  std::string label;
  int number = 0;      // 1-based, in order of first reference
  Blocks content;
  SourcePos pos;
};

}  // namespace quire::model
