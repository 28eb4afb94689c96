#include "csl/render.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "csl/render_context.h"
#include "csl/text_case.h"
#include "util/utf8.h"

namespace quire::csl {

using bibliography::Date;
using bibliography::Name;
using bibliography::Reference;
using bibliography::is_date_variable;
using bibliography::is_name_variable;

namespace {

bool variable_present(RenderContext& ctx, const std::string& v) {
  const auto& ref = ctx.req.ref;
  if (v == "locator") return !ctx.req.cite.locator.empty();
  if (v == "citation-number") return ctx.req.state.citation_number > 0;
  if (v == "first-reference-note-number") return ctx.req.cite.first_note > 0 && ctx.req.mode == RenderMode::Citation;
  if (v == "year-suffix") return ctx.req.state.year_suffix > 0;
  if (is_name_variable(v)) return ref.name_list(v) != nullptr;
  if (is_date_variable(v)) return ref.date(v) != nullptr;
  if (v == "title-short") return ref.var("title-short") || ref.var("shortTitle");
  if (v == "citation-label") return ref.var("citation-label") || ref.name_list("author") || ref.name_list("editor");
  if (v == "page-first") return ref.var("page-first") || ref.var("page");
  if (v == "container-title-short") return ref.var("container-title-short") || ref.var("journalAbbreviation");
  return ref.var(v) != nullptr;
}

bool position_matches(const CiteInfo& cite, PositionTest test) {
  Position p = cite.position;
  switch (test) {
    case PositionTest::First:
      return p == Position::First;
    case PositionTest::Subsequent:
      return p != Position::First;
    case PositionTest::Ibid:
      return p == Position::Ibid || p == Position::IbidWithLocator;
    case PositionTest::IbidWithLocator:
      return p == Position::IbidWithLocator;
    case PositionTest::NearNote:
      return cite.near_note && p != Position::First;
    case PositionTest::Unknown:
      return false;
  }
  return false;
}

// Whether the k-th value of condition `c` holds.
bool test_condition(RenderContext& ctx, const Condition& c, std::size_t k) {
  const auto& ref = ctx.req.ref;
  const auto& cite = ctx.req.cite;
  const std::string& value = c.values[k];
  switch (c.test) {
    case ConditionTest::Type:
      return ref.type == value;
    case ConditionTest::Variable:
      return variable_present(ctx, value);
    case ConditionTest::IsNumeric: {
      if (value == "locator") return is_numeric(cite.locator);
      std::string t = variable_text(ctx, value, "long");
      return !t.empty() && is_numeric(t);
    }
    case ConditionTest::IsUncertainDate: {
      const Date* d = ref.date(value);
      return d && d->circa;
    }
    case ConditionTest::Locator: {
      if (cite.locator.empty()) return false;
      std::string label = cite.label.empty() ? "page" : cite.label;
      if (value == "sub-verbo" || value == "sub verbo") return label == "sub-verbo" || label == "sub verbo";
      return label == value;
    }
    case ConditionTest::Position:
      return ctx.req.mode == RenderMode::Citation && position_matches(cite, c.positions[k]);
    case ConditionTest::Disambiguate:
      return (value == "true") == ctx.req.state.disambiguate;
    case ConditionTest::Never:
    case ConditionTest::Unknown:
      return false;
  }
  return false;
}

bool evaluate(RenderContext& ctx, const Branch& b) {
  if (b.conditions.empty()) return true;
  bool any = false, all = true;
  for (const auto& c : b.conditions) {
    if (c.test == ConditionTest::Never) return false;
    for (std::size_t k = 0; k < c.values.size(); ++k) {
      bool r = test_condition(ctx, c, k);
      any = any || r;
      all = all && r;
    }
  }
  if (b.match == "any") return any;
  if (b.match == "none") return !any;
  return all;
}

std::string pad_number(long long n, int width) {
  std::string s = std::to_string(n < 0 ? -n : n);
  while (static_cast<int>(s.size()) < width) s = "0" + s;
  return s;
}

}  // namespace

std::string name_key(const Name& n) {
  if (!n.literal.empty()) return n.literal;
  return n.non_dropping_particle + "|" + n.family + "|" + n.given + "|" + n.dropping_particle + "|" + n.suffix;
}

std::string year_suffix_letters(int n) {
  std::string s;
  while (n > 0) {
    int r = (n - 1) % 26;
    s = static_cast<char>('a' + r) + s;
    n = (n - 1) / 26;
  }
  return s;
}

// citeproc-js's generated citation-label: "Doe65", "RoNo78", "AbBC99" from the
// first names and the two-digit year.
std::string generated_label(const Reference& ref) {
  const std::vector<Name>* names = nullptr;
  for (const char* v : {"author", "editor", "translator", "composer", "director"})
    if ((names = ref.name_list(v))) break;
  if (!names) return {};
  auto letters = [](const Name& n, std::size_t count) {
    std::string fam = n.literal.empty() ? n.family : n.literal;
    std::string out;
    std::size_t i = 0;
    while (i < fam.size() && count > 0) {
      unsigned char c = static_cast<unsigned char>(fam[i]);
      std::size_t len = util::utf8_sequence_length(c);
      out += fam.substr(i, len);
      i += len;
      --count;
    }
    return out;
  };
  std::string label;
  if (names->size() == 1) label = letters((*names)[0], 4);
  else if (names->size() == 2) label = letters((*names)[0], 2) + letters((*names)[1], 2);
  else {
    label = letters((*names)[0], 2);
    for (std::size_t k = 1; k < names->size() && k < 3; ++k) label += letters((*names)[k], 1);
  }
  if (const Date* d = ref.date("issued"); d && !d->parts.empty() && d->parts[0].has_year) {
    int y = std::abs(d->parts[0].year) % 100;
    label += (y < 10 ? "0" : "") + std::to_string(y);
  }
  return label;
}

bool item_is_english(const Reference& ref, const std::string& locale_lang) {
  std::string l = (ref.language.empty() ? locale_lang : ref.language).substr(0, 2);
  return l == "en" || l == "EN" || l == "En";
}

std::string variable_text(RenderContext& ctx, const std::string& name, const std::string& form) {
  const auto& ref = ctx.req.ref;
  if (name == "locator") {
    // spaces around a locator are typing accidents, not content (citeproc-js drops them)
    const std::string& loc = ctx.req.cite.locator;
    std::size_t b = loc.find_first_not_of(" \t"), e = loc.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : loc.substr(b, e - b + 1);
  }
  if (name == "citation-number")
    return ctx.req.state.citation_number > 0 ? std::to_string(ctx.req.state.citation_number) : "";
  if (name == "first-reference-note-number")
    return ctx.req.cite.first_note > 0 && ctx.req.mode == RenderMode::Citation ? std::to_string(ctx.req.cite.first_note) : "";
  if (name == "year-suffix") return year_suffix_letters(ctx.req.state.year_suffix);
  if (form == "short") {
    if (const auto* s = ref.var(name + "-short")) return *s;
    if (name == "title" && ref.var("shortTitle")) return *ref.var("shortTitle");
    if (name == "container-title" && ref.var("journalAbbreviation")) return *ref.var("journalAbbreviation");
  }
  if (name == "title-short") {
    if (const auto* s = ref.var("title-short")) return *s;
    if (const auto* s = ref.var("shortTitle")) return *s;
  }
  if (name == "container-title-short") {
    if (const auto* s = ref.var("container-title-short")) return *s;
    if (const auto* s = ref.var("journalAbbreviation")) return *s;
  }
  if (name == "citation-label" && !ref.var("citation-label")) return generated_label(ref);
  if (name == "page-first" && !ref.var("page-first")) {
    if (const auto* page = ref.var("page")) {
      std::size_t end = page->find_first_of(",&-\u2013 ");
      std::string first = page->substr(0, end);
      std::size_t dash = first.find("\u2013");
      return dash == std::string::npos ? first : first.substr(0, dash);
    }
  }
  if (const auto* v = ref.var(name)) return *v;
  return {};
}

void set_formatting(Rich& span, const Node& node) {
  span.font_style = node.get("font-style");
  span.font_variant = node.get("font-variant");
  span.font_weight = node.get("font-weight");
  span.text_decoration = node.get("text-decoration");
  span.vertical_align = node.get("vertical-align");
}

Rich decorate(RenderContext& ctx, const Node& node, Rich content, bool allow_text_case) {
  if (is_empty(content)) return Rich{};
  if (ctx.sort_mode()) return content;
  if (allow_text_case && node.has("text-case"))
    apply_text_case(content, node.get("text-case"), item_is_english(ctx.req.ref, ctx.req.locale.lang));
  if (node.get("strip-periods") == "true") strip_periods(content);
  Rich inner;
  bool fmt = node.has("font-style") || node.has("font-variant") || node.has("font-weight") ||
             node.has("text-decoration") || node.has("vertical-align") || node.get("quotes") == "true";
  if (fmt) {
    inner.kids.push_back(std::move(content));
    set_formatting(inner, node);
    inner.quotes = node.get("quotes") == "true";
  } else {
    inner = std::move(content);
  }
  const std::string& prefix = node.get("prefix");
  const std::string& suffix = node.get("suffix");
  const std::string& display = node.get("display");
  if (prefix.empty() && suffix.empty() && display.empty()) return inner;
  Rich out;
  if (!prefix.empty()) out.kids.push_back(Rich::leaf(prefix));
  out.kids.push_back(std::move(inner));
  if (!suffix.empty()) out.kids.push_back(Rich::leaf(suffix));
  out.display = display;
  return out;
}

Rich render_children(RenderContext& ctx, const std::vector<Node>& nodes, const std::string& delimiter) {
  std::vector<Rich> parts;
  for (const auto& n : nodes) parts.push_back(render_element(ctx, n));
  return join_rich(std::move(parts), ctx.sort_mode() ? std::string() : delimiter);
}

namespace {

Rich render_text(RenderContext& ctx, const Node& node) {
  if (node.macro >= 0) {
    const auto& body = ctx.req.style.macros[node.macro].body;
    Rich r = render_children(ctx, body.children, "");
    return decorate(ctx, node, std::move(r));
  }
  if (node.has("variable")) {
    const std::string& var = node.get("variable");
    // an unassigned year-suffix does not make its group fail (citeproc-js prints "n.d." from a
    // group of the "no date" term and the year-suffix); an assigned one counts as usual
    bool counts_when_empty = var != "year-suffix";
    if (counts_when_empty) ctx.vars_called++;
    if (ctx.suppressed.count(var)) return {};
    std::string form = node.get("form");
    std::string value = variable_text(ctx, var, form);
    if (value.empty()) return {};
    if (!counts_when_empty) ctx.vars_called++;
    ctx.vars_rendered++;
    if (var == "year-suffix") ctx.year_suffix_done = true;
    if (var == "citation-label" && ctx.req.state.year_suffix > 0 && !ctx.year_suffix_done &&
        !ctx.req.style.uses_year_suffix_variable) {
      value += year_suffix_letters(ctx.req.state.year_suffix);
      ctx.year_suffix_done = true;
    }
    if (ctx.sort_mode()) return Rich::leaf(value);
    bool page_like = var == "page" || (var == "locator" && (ctx.req.cite.label.empty() || ctx.req.cite.label == "page"));
    // other locators ("chapter 200 - 201") get the range delimiter too, but no page-range-format
    if (page_like || var == "locator") {
      value = format_page_range(value, page_like && ctx.req.style.attrs.count("page-range-format")
                                           ? ctx.req.style.attrs.at("page-range-format")
                                           : std::string(),
                                ctx.req.locale.term_text("page-range-delimiter").empty()
                                    ? "\u2013"
                                    : ctx.req.locale.term_text("page-range-delimiter"));
    }
    Rich content = parse_markup(value);
    if (var == "URL" || var == "DOI") content = Rich::leaf(value);
    return decorate(ctx, node, std::move(content));
  }
  if (node.has("term")) {
    std::string form = node.has("form") ? node.get("form") : "long";
    bool plural = node.get("plural") == "true";
    std::string t = ctx.req.locale.term_text(node.get("term"), form, plural);
    return decorate(ctx, node, Rich::leaf(t));
  }
  if (node.has("value")) return decorate(ctx, node, parse_markup(node.get("value")));
  return {};
}

Rich render_group(RenderContext& ctx, const Node& node) {
  int called = ctx.vars_called, rendered = ctx.vars_rendered;
  ctx.vars_called = 0;
  ctx.vars_rendered = 0;
  Rich r = render_children(ctx, node.children, node.get("delimiter"));
  int my_called = ctx.vars_called, my_rendered = ctx.vars_rendered;
  ctx.vars_called = called + (my_called > 0 ? 1 : 0);
  if (my_called > 0 && my_rendered == 0) {
    ctx.vars_rendered = rendered;
    return {};
  }
  // A nested group that prints only terms ("[Online]") keeps its parent group alive, as
  // citeproc-js has it (the specification would suppress the parent).
  ctx.vars_rendered = rendered + (my_rendered > 0 || (my_called == 0 && !is_empty(r)) ? 1 : 0);
  return decorate(ctx, node, std::move(r));
}

Rich render_choose(RenderContext& ctx, const Node& node) {
  for (const auto& b : node.branches) {
    if (evaluate(ctx, b)) return render_children(ctx, b.children, "");
  }
  return {};
}

}  // namespace

Rich render_element(RenderContext& ctx, const Node& node) {
  switch (node.kind) {
    case NodeKind::Text: return render_text(ctx, node);
    case NodeKind::Number: return render_number(ctx, node);
    case NodeKind::Label: {
      const std::string& var = node.get("variable");
      if (ctx.sort_mode()) return {};
      return render_label(ctx, node, var, false, false);
    }
    case NodeKind::Names: return render_names(ctx, node);
    case NodeKind::Date: return render_date(ctx, node);
    case NodeKind::Group: return render_group(ctx, node);
    case NodeKind::Choose: return render_choose(ctx, node);
    case NodeKind::Layout: return render_children(ctx, node.children, "");
    default: return {};
  }
}

LayoutResult render_layout_parts(const RenderRequest& req, bool split_first_field, Rich* first_field) {
  RenderContext ctx(req);
  ctx.inherited = req.style.attrs;
  for (const auto& [k, v] : req.section.attrs) ctx.inherited[k] = v;
  for (const auto& [k, v] : req.name_overrides) ctx.inherited[k] = v;
  LayoutResult out;
  const auto& children = req.section.layout.children;
  const std::string delimiter;  // the layout delimiter goes between cites, not elements
  if (split_first_field && first_field && !children.empty()) {
    // second-field-align: the first element goes in the margin
    std::size_t first = 0;
    Rich head;
    while (first < children.size()) {
      head = render_element(ctx, children[first]);
      ++first;
      if (!is_empty(head)) break;
    }
    *first_field = std::move(head);
    std::vector<Node> rest(children.begin() + static_cast<std::ptrdiff_t>(first), children.end());
    out.rich = render_children(ctx, rest, delimiter);
  } else {
    out.rich = render_children(ctx, children, delimiter);
  }
  if (req.author == RenderRequest::Author::Only) out.rich = ctx.author_rich;
  out.author_text = ctx.author_text;
  return out;
}

Rich render_layout(const RenderRequest& req) { return render_layout_parts(req).rich; }

Rich render_node(const RenderRequest& req, const Node& node) {
  RenderContext ctx(req);
  ctx.inherited = req.style.attrs;
  for (const auto& [k, v] : req.section.attrs) ctx.inherited[k] = v;
  return render_element(ctx, node);
}

std::string render_sort_key(const RenderRequest& req, const SortKey& key) {
  RenderContext ctx(req);
  ctx.inherited = req.style.attrs;
  for (const auto& [k, v] : req.section.attrs) ctx.inherited[k] = v;
  for (const auto& [k, v] : key.name_overrides) ctx.inherited[k] = v;
  if (key.macro >= 0) {
    Rich r = render_children(ctx, req.style.macros[key.macro].body.children, "");
    return plain_text(r);
  }
  const std::string& v = key.variable;
  const auto& ref = req.ref;
  if (is_date_variable(v)) {
    const Date* d = ref.date(v);
    if (!d || d->parts.empty()) return {};
    std::string out;
    for (const auto& p : d->parts) {
      long long y = p.year + 100000;
      out += pad_number(y, 6) + pad_number(p.month ? p.month : (p.season ? 20 + p.season : 0), 2) +
             pad_number(p.day, 2);
    }
    return out;
  }
  if (is_name_variable(v)) {
    Node names;
    names.kind = NodeKind::Names;
    names.attrs["variable"] = v;
    Node name;
    name.kind = NodeKind::Name;
    name.attrs["name-as-sort-order"] = "all";
    names.children.push_back(name);
    ctx.inherited.erase("et-al-min");
    ctx.inherited.erase("et-al-use-first");
    for (const auto& [k, val] : key.name_overrides) ctx.inherited[k] = val;
    Rich r = render_element(ctx, names);
    return plain_text(r);
  }
  std::string t = variable_text(ctx, v, "long");
  if (t.empty()) return {};
  if (v == "citation-number" || is_numeric(t)) {
    // numbers compare by value
    long long n = std::atoll(t.c_str() + std::min(t.find_first_of("0123456789"), t.size()));
    return pad_number(n, 12) + t;
  }
  return plain_text(parse_markup(t));
}

}  // namespace quire::csl
