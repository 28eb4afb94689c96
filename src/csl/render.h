#pragma once
// Evaluates a style's elements against one reference into rich text: the heart of the
// processor. The per-cite facts (locator, position) and per-item disambiguation state come in
// from the processor; group suppression and substitution are tracked here.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "bibliography/reference.h"
#include "csl/locale.h"
#include "csl/rich_text.h"
#include "csl/style.h"

namespace quire::csl {

// Where a cite stands among the cites of its item before it.
enum class Position { First, Subsequent, Ibid, IbidWithLocator };

struct CiteInfo {
  std::string locator;
  std::string label;       // locator label ("page" when a locator has none)
  Position position = Position::First;
  bool near_note = false;
  int note_index = 0;
  int first_note = 0;      // first-reference-note-number (0 = none)
};

// What disambiguation and numbering decided for one item.
struct ItemState {
  int citation_number = 0;
  int year_suffix = 0;          // 1 = "a"
  bool disambiguate = false;    // the disambiguate="true" condition
  int add_names = 0;            // names shown beyond et-al-use-first
  std::map<std::string, int> given_level;  // name key -> 1 initials, 2 full given name
  int given_level_all = 0;      // a floor for every name of the item
};

enum class RenderMode { Citation, Bibliography, Sort };

struct RenderRequest {
  const Style& style;
  const Locale& locale;
  const bibliography::Reference& ref;
  const Section& section;
  const CiteInfo& cite;
  const ItemState& state;
  RenderMode mode = RenderMode::Citation;
  std::map<std::string, std::string> name_overrides;  // names-min & co. from sort keys
  // The first <names> element rendered is "the author": suppress-author drops it,
  // author-only keeps it alone, and subsequent-author-substitute replaces it.
  enum class Author { Normal, Suppress, Only } author = Author::Normal;
  const std::string* author_substitute = nullptr;
};

// The layout rendering, plus the first <names> output (the author) for comparisons.
struct LayoutResult {
  Rich rich;
  std::string author_text;  // plain text of the first <names> output
};
LayoutResult render_layout_parts(const RenderRequest& req, bool split_first_field = false,
                                 Rich* first_field = nullptr);

// Renders a layout's children (without layout affixes) for one item.
Rich render_layout(const RenderRequest& req);

// Renders a sort key (variable or macro) as text comparable between items.
std::string render_sort_key(const RenderRequest& req, const SortKey& key);

// Renders one element (a macro body, a substitute...), for the processor's own needs.
Rich render_node(const RenderRequest& req, const Node& node);

// Copies an element's formatting attributes (font-style, font-variant, font-weight,
// text-decoration, vertical-align) onto the span that wraps its output.
void set_formatting(Rich& span, const Node& node);

// The key used to identify a person across items (family + given).
std::string name_key(const bibliography::Name& n);

// Letters for a year-suffix number: 1 -> a, 26 -> z, 27 -> aa.
std::string year_suffix_letters(int n);

// Formats `pages` with the page-range-format (expanded, minimal, minimal-two, chicago...).
std::string format_page_range(const std::string& pages, const std::string& format,
                              const std::string& delimiter);

}  // namespace quire::csl
