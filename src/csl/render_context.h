#pragma once
// Internal to the renderer: the mutable state of one item's rendering (variables called
// and rendered, for group suppression; substituted variables; year-suffix placement), and
// the per-element renderers the files render_*.cpp provide.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "csl/render.h"

namespace quire::csl {

struct RenderContext {
  explicit RenderContext(const RenderRequest& request) : req(request) {}
  const RenderRequest& req;
  std::set<std::string> suppressed;  // variables a substitute already rendered
  int vars_called = 0;
  int vars_rendered = 0;
  bool year_suffix_done = false;
  std::map<std::string, std::string> inherited;  // inheritable name options in force
  int substitute_depth = 0;
  bool disambiguation_names_only = false;
  std::vector<const Node*> names_parents;
  bool first_names_done = false;
  std::string author_text;
  Rich author_rich;  // <names> whose <substitute> is being rendered

  bool sort_mode() const { return req.mode == RenderMode::Sort; }
  bool bibliography() const { return req.mode == RenderMode::Bibliography; }
};

Rich render_children(RenderContext& ctx, const std::vector<Node>& nodes, const std::string& delimiter);
Rich render_element(RenderContext& ctx, const Node& node);
// Applies text-case, strip-periods, formatting, quotes, affixes and display of `node`.
Rich decorate(RenderContext& ctx, const Node& node, Rich content, bool allow_text_case = true);

Rich render_names(RenderContext& ctx, const Node& node);
Rich render_date(RenderContext& ctx, const Node& node);
Rich render_number(RenderContext& ctx, const Node& node);
Rich render_label(RenderContext& ctx, const Node& node, const std::string& variable, bool plural_hint,
                  bool has_plural_hint);

// Numbers: CSL's notion of numeric content, and number forms.
bool is_numeric(const std::string& s);
bool is_plural_number(const std::string& s);
// Plural detection for labels: ranges and lists of numbers ("1-3", "2, 5", "2 and 5").
bool is_page_plural(const std::string& s, const std::string& and_term);
std::string format_ordinal(const Locale& locale, int n, const std::string& gender);
std::string format_long_ordinal(const Locale& locale, int n, const std::string& gender);
std::string format_roman(int n);
// The gender of the term a number variable is counted in (for ordinals), or "".
std::string term_gender(const Locale& locale, const std::string& variable);

// The text of a cite's/item's variable, or "" (locator, citation-number, page ranges...).
std::string variable_text(RenderContext& ctx, const std::string& name, const std::string& form);

bool item_is_english(const bibliography::Reference& ref, const std::string& locale_lang);

}  // namespace quire::csl
