// <date> and <date-part>: localized and non-localized forms, ranges, seasons, BC/AD.
#include <cstdio>
#include <cstdlib>

#include "csl/render_context.h"

namespace quire::csl {

using bibliography::Date;
using bibliography::DateParts;

namespace {

struct PartSpec {
  std::string name;
  Node node;  // attributes of the date-part (kind DatePart)
};

std::string two_digits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

// CSL-JSON also encodes seasons as months 21-24 (13-16 are folded into p.season on input).
int season_of_month(int month) { return month >= 21 && month <= 24 ? month - 20 : 0; }

std::string season_text(RenderContext& ctx, const Date& d, const DateParts& p, const std::string& form) {
  int season = p.season ? p.season : season_of_month(p.month);
  if (!season && !d.season.empty()) {
    season = std::atoi(d.season.c_str());
    if (!season) return d.season;
  }
  if (season < 1 || season > 4) return {};
  (void)form;
  return ctx.req.locale.term_text("season-0" + std::to_string(season));
}

std::string part_text(RenderContext& ctx, const PartSpec& spec, const Date& d, const DateParts& p, bool& is_year) {
  const auto& loc = ctx.req.locale;
  const std::string& form = spec.node.get("form");
  is_year = false;
  if (spec.name == "year") {
    if (!p.has_year) return {};
    is_year = true;
    int y = p.year;
    std::string out;
    if (form == "short") out = two_digits(std::abs(y) % 100);
    else out = std::to_string(std::abs(y));
    if (y < 0) out += loc.term_text("bc");
    else if (y > 0 && y < 1000) out += loc.term_text("ad");
    return out;
  }
  if (spec.name == "month") {
    if (!p.month) {
      if (&p == &d.parts[0] || p.season) return season_text(ctx, d, p, form);
      return {};
    }
    if (season_of_month(p.month)) return season_text(ctx, d, p, form);
    if (p.month < 1 || p.month > 12) return {};
    std::string mm = two_digits(p.month);
    if (form == "numeric") return std::to_string(p.month);
    if (form == "numeric-leading-zeros") return mm;
    return loc.term_text("month-" + mm, form == "short" ? "short" : "long");
  }
  if (spec.name == "day") {
    if (!p.day || !p.month) return {};
    if (form == "numeric-leading-zeros") return two_digits(p.day);
    if (form == "ordinal") {
      if (loc.limit_day_ordinals_to_day_1 && p.day != 1) return std::to_string(p.day);
      const Term* month = loc.term("month-" + two_digits(p.month), "long");
      return format_ordinal(loc, p.day, month ? month->gender : std::string());
    }
    return std::to_string(p.day);
  }
  return {};
}

Rich render_part(RenderContext& ctx, const PartSpec& spec, const Date& d, const DateParts& p, bool drop_prefix,
                 bool drop_suffix) {
  bool is_year = false;
  std::string text = part_text(ctx, spec, d, p, is_year);
  if (text.empty()) return {};
  Rich content = Rich::leaf(text);
  if (is_year && !ctx.year_suffix_done && ctx.req.state.year_suffix > 0 && !ctx.req.style.uses_year_suffix_variable) {
    ctx.year_suffix_done = true;
    content = Rich::group({Rich::leaf(text), Rich::leaf(year_suffix_letters(ctx.req.state.year_suffix))});
  }
  Node n = spec.node;
  if (drop_prefix) n.attrs.erase("prefix");
  if (drop_suffix) n.attrs.erase("suffix");
  return decorate(ctx, n, std::move(content));
}

int level_of(const std::string& name) { return name == "year" ? 0 : name == "month" ? 1 : 2; }

std::string pad(long long n, int w) {
  std::string s = std::to_string(n);
  while (static_cast<int>(s.size()) < w) s = "0" + s;
  return s;
}

// A date's sort key: every part of every date of a range, fixed-width; only the parts the
// element prints take part.
std::string date_sort_key(const Node& node, const Date& d) {
  bool want_month = true, want_day = true;
  if (node.has("form")) {
    std::string which = node.has("date-parts") ? node.get("date-parts") : "year-month-day";
    want_month = which != "year";
    want_day = which == "year-month-day";
  } else {
    want_month = want_day = false;
    for (const auto& c : node.children) {
      if (c.get("name") == "month") want_month = true;
      if (c.get("name") == "day") want_day = true;
    }
  }
  std::string key;
  for (const auto& p : d.parts)
    key += pad(p.year + 100000, 6) +
           pad(want_month ? (p.month ? p.month : (p.season ? 20 + p.season : 0)) : 0, 2) +
           pad(want_day ? p.day : 0, 2);
  return key;
}

// The parts a <date> prints, in order, their delimiter, and the element whose formatting
// wraps them.
struct DateLayout {
  std::vector<PartSpec> specs;
  std::string delimiter;
  Node outer;
};

// A localized date (form="text"/"numeric"): the locale's parts, narrowed by date-parts, with
// the style's <date-part> attributes over the locale's (but not its affixes).
bool localized_layout(RenderContext& ctx, const Node& node, DateLayout& out) {
  auto it = ctx.req.locale.dates.find(node.get("form"));
  if (it == ctx.req.locale.dates.end()) return false;
  const auto& fmt = it->second;
  std::string which = node.has("date-parts") ? node.get("date-parts") : "year-month-day";
  for (const auto& lp : fmt.parts) {
    if (lp.name == "day" && which != "year-month-day") continue;
    if (lp.name == "month" && which == "year") continue;
    PartSpec s;
    s.name = lp.name;
    s.node.kind = NodeKind::DatePart;
    s.node.attrs = lp.attrs;
    for (const auto& c : node.children) {
      if (c.get("name") != lp.name) continue;
      for (const auto& [k, v] : c.attrs)
        if (k != "prefix" && k != "suffix" && k != "name") s.node.attrs[k] = v;
    }
    out.specs.push_back(std::move(s));
  }
  out.delimiter = fmt.delimiter;
  // formatting from the locale's <date> element applies inside the style's own
  for (const auto& [k, v] : fmt.attrs)
    if (k != "form" && k != "delimiter" && !out.outer.has(k) && k != "prefix" && k != "suffix")
      out.outer.attrs[k] = v;
  return true;
}

// The layout of a <date>; false when its localized form is unknown (nothing prints).
bool date_layout(RenderContext& ctx, const Node& node, DateLayout& out) {
  out.outer = node;
  if (node.has("form")) return localized_layout(ctx, node, out);
  for (const auto& c : node.children) {
    if (c.kind != NodeKind::DatePart) continue;
    out.specs.push_back({c.get("name"), c});
  }
  out.delimiter = node.get("delimiter");
  return true;
}

// Renders specs [from, to) of one date of a range.
std::vector<Rich> render_parts(RenderContext& ctx, const DateLayout& lay, const Date& d, const DateParts& p,
                               std::size_t from, std::size_t to, bool drop_first_prefix,
                               bool drop_last_suffix) {
  // the affixes to drop at the range delimiter belong to the parts that print (an empty day
  // must not leave the month's suffix hanging before the delimiter)
  std::size_t first_printed = to, last_printed = to;
  for (std::size_t i = from; i < to; ++i) {
    bool y;
    if (part_text(ctx, lay.specs[i], d, p, y).empty()) continue;
    if (first_printed == to) first_printed = i;
    last_printed = i;
  }
  std::vector<Rich> out;
  for (std::size_t i = from; i < to; ++i) {
    out.push_back(render_part(ctx, lay.specs[i], d, p, drop_first_prefix && i == first_printed,
                              drop_last_suffix && i == last_printed));
  }
  return out;
}

// The coarsest level (0 year, 1 month or season, 2 day) at which the two dates of a range
// differ, or -1.
int first_difference(const DateParts& a, const DateParts& b) {
  if (a.year != b.year) return 0;
  if (a.month != b.month || a.season != b.season) return 1;
  if (a.day != b.day) return 2;
  return -1;
}

// The delimiter between the two dates of a range: the range-delimiter of the part where they
// differ (the year's wins for years), else an en dash.
std::string range_delimiter(const std::vector<PartSpec>& specs, int diff) {
  std::string range_delim = "\u2013";
  for (const auto& s : specs)
    if (level_of(s.name) == diff && s.node.has("range-delimiter"))
      range_delim = s.node.get("range-delimiter");
  if (diff == 0) {
    for (const auto& s : specs)
      if (s.name == "year" && s.node.has("range-delimiter")) range_delim = s.node.get("range-delimiter");
  }
  return range_delim;
}

// A date range's parts: the parts both dates share, around "first-date–second-date" of the
// parts from the first difference on. False when the range prints as a single date.
bool render_range(RenderContext& ctx, const DateLayout& lay, const Date& d, std::vector<Rich>& parts) {
  const auto& specs = lay.specs;
  const DateParts& a = d.parts[0];
  const DateParts& b = d.parts[1];
  int diff = first_difference(a, b);
  if (diff < 0) return false;
  // only the parts this date prints can make a range
  std::size_t first = specs.size(), last = 0;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (level_of(specs[i].name) >= diff) {
      first = std::min(first, i);
      last = std::max(last, i);
    }
  }
  if (first >= specs.size()) return false;
  bool printable = false;
  for (std::size_t i = first; i <= last; ++i) {
    bool y;
    if (!part_text(ctx, specs[i], d, b, y).empty() && level_of(specs[i].name) <= 2) {
      bool ya;
      if (part_text(ctx, specs[i], d, a, ya) != part_text(ctx, specs[i], d, b, y)) printable = true;
    }
  }
  if (!printable) return false;
  auto before = render_parts(ctx, lay, d, a, 0, first, false, false);
  auto r1 = render_parts(ctx, lay, d, a, first, last + 1, false, true);
  auto r2 = render_parts(ctx, lay, d, b, first, last + 1, true, false);
  auto after = render_parts(ctx, lay, d, a, last + 1, specs.size(), false, false);
  Rich range;
  range.kids.push_back(join_rich(std::move(r1), lay.delimiter));
  range.kids.push_back(Rich::leaf(range_delimiter(specs, diff)));
  range.kids.push_back(join_rich(std::move(r2), lay.delimiter));
  for (auto& r : before) parts.push_back(std::move(r));
  parts.push_back(std::move(range));
  for (auto& r : after) parts.push_back(std::move(r));
  return true;
}

}  // namespace

Rich render_date(RenderContext& ctx, const Node& node) {
  const std::string& var = node.get("variable");
  ctx.vars_called++;
  if (ctx.suppressed.count(var)) return {};
  const Date* d = ctx.req.ref.date(var);
  if (!d) return {};
  ctx.vars_rendered++;
  if (ctx.sort_mode()) return Rich::leaf(d->parts.empty() ? d->literal : date_sort_key(node, *d));
  if (!d->literal.empty() || d->parts.empty()) return decorate(ctx, node, parse_markup(d->literal));
  DateLayout lay;
  if (!date_layout(ctx, node, lay)) return {};
  std::vector<Rich> parts;
  if (d->parts.size() != 2 || !render_range(ctx, lay, *d, parts))
    parts = render_parts(ctx, lay, *d, d->parts[0], 0, lay.specs.size(), false, false);
  return decorate(ctx, lay.outer, join_rich(std::move(parts), lay.delimiter));
}

}  // namespace quire::csl
