#include "csl/processor.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

#include "csl/collapse.h"
#include "csl/disambiguate.h"
#include "csl/render.h"
#include "csl/sort.h"
#include "csl/text_case.h"

namespace quire::csl {

using bibliography::Reference;

namespace {

const CiteInfo& default_cite() {
  static const CiteInfo info;
  return info;
}

bool sort_uses_citation_number(const Style& style, const std::vector<SortKey>& keys) {
  for (const auto& k : keys) {
    if (k.variable == "citation-number") return true;
    if (k.macro >= 0) {
      std::vector<const Node*> stack = {&style.macros[k.macro].body};
      while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (n->get("variable") == "citation-number") return true;
        for (const auto& c : n->children) stack.push_back(&c);
        for (const auto& b : n->branches)
          for (const auto& c : b.children) stack.push_back(&c);
      }
    }
  }
  return false;
}

std::vector<std::size_t> sort_items(const Style& style, const Locale& locale, const Section& sec,
                                    const std::vector<const Reference*>& items, const std::vector<ItemState>& states,
                                    RenderMode mode) {
  std::vector<std::vector<std::string>> keys(items.size());
  std::vector<bool> desc;
  for (const auto& k : sec.sort) desc.push_back(k.descending);
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (const auto& k : sec.sort) {
      RenderRequest req{style, locale, *items[i], sec, default_cite(), states[i], RenderMode::Sort, k.name_overrides};
      (void)mode;
      keys[i].push_back(render_sort_key(req, k));
    }
  }
  return sorted_order(keys, desc);
}

Rich with_affixes(const std::string& prefix, Rich r, const std::string& suffix) {
  if (prefix.empty() && suffix.empty()) return r;
  Rich out;
  if (!prefix.empty()) out.kids.push_back(parse_markup(prefix));
  out.kids.push_back(std::move(r));
  if (!suffix.empty()) out.kids.push_back(parse_markup(suffix));
  return out;
}

// Names added to tell cites apart show in the bibliography only beyond its own et-al
// cut (citeproc-js): a citation showing 1 + 1 names makes a 1-name bibliography show 2,
// a 7-name one still 7.
int bibliography_add_names(const Style& style, int add_names) {
  if (add_names == 0) return 0;
  auto use_first = [&style](const Section& sec) {
    const std::string& v = sec.attrs.count("et-al-use-first") ? sec.get("et-al-use-first")
                           : style.attrs.count("et-al-use-first") ? style.attrs.at("et-al-use-first")
                                                                  : std::string();
    return v.empty() ? -1 : std::atoi(v.c_str());
  };
  const int cite = use_first(style.citation), bib = use_first(style.bibliography);
  if (cite < 0 || bib < 0) return add_names;
  return std::max(0, cite + add_names - bib);
}

// Marks a cite's rendering with its reference, so writers can link it to its entry.
Rich tag_cite(Rich r, const std::string& id) {
  Rich out = Rich::group({std::move(r)});
  out.ref = id;
  return out;
}

Rich layout_wrap(const Node& layout, Rich content) {
  if (is_empty(content)) return content;
  Rich inner = with_affixes(layout.get("prefix"), std::move(content), layout.get("suffix"));
  Rich out;
  out.kids.push_back(std::move(inner));
  set_formatting(out, layout);
  return out;
}

// Whether a cite begins a sentence: first in its citation without a prefix, or after a
// prefix of several words ending a sentence ("See ibid." stays lower case, as does "Cf. ibid.").
bool starts_sentence(const std::string& prefix, bool first_in_cluster) {
  std::string p = prefix;
  while (!p.empty() && p.back() == ' ') p.pop_back();
  if (p.empty()) return first_in_cluster;
  char last = p.back();
  if (last != '.' && last != '!' && last != '?') return false;
  return p.find(' ') != std::string::npos;
}

// citeproc-js drops whitespace at the very end of an entry. Returns true once text was seen.
bool trim_trailing_space(Rich& r) {
  if (r.kids.empty()) {
    while (!r.text.empty() && r.text.back() == ' ') r.text.pop_back();
    return !r.text.empty();
  }
  for (auto it = r.kids.rbegin(); it != r.kids.rend(); ++it)
    if (trim_trailing_space(*it)) return true;
  return false;
}

bool capitalize_first_leaf(Rich& r) {
  if (r.kids.empty()) {
    if (r.text.empty()) return false;
    r.text = capitalize_first(r.text);
    return true;
  }
  for (auto& k : r.kids)
    if (capitalize_first_leaf(k)) return true;
  return false;
}

// Whether a layout prints citation-number somewhere (through macros too): a numeric bibliography.
bool mentions_citation_number(const Style& style, const Node& node, int depth = 0) {
  if (depth > 50) return false;  // macro loops are reported elsewhere; stay finite here
  if (node.get("variable") == "citation-number") return true;
  if (node.macro >= 0 && mentions_citation_number(style, style.macros[node.macro].body, depth + 1)) return true;
  for (const auto& c : node.children)
    if (mentions_citation_number(style, c, depth + 1)) return true;
  for (const auto& b : node.branches)
    for (const auto& c : b.children)
      if (mentions_citation_number(style, c, depth + 1)) return true;
  return false;
}

// An ibid that begins a sentence is capitalised ("Ibid.").
void capitalize_leading_ibid(const Locale& locale, Rich& r) {
  std::string text = plain_text(r);
  for (const char* form : {"long", "short"}) {
    std::string ibid = locale.term_text("ibid", form);
    if (!ibid.empty() && text.rfind(ibid, 0) == 0) {
      capitalize_first_leaf(r);
      return;
    }
  }
}

// An item's state for its bibliography entry: given names expanded to tell cites apart stay
// in the citations, as in citeproc-js.
ItemState bibliography_state(const Style& style, const ItemState& cited) {
  ItemState s = cited;
  s.given_level.clear();
  s.given_level_all = 0;
  s.add_names = bibliography_add_names(style, cited.add_names);
  return s;
}

// The cited references, in first-cite order, with each one's index by id.
struct Registry {
  std::vector<const Reference*> items;
  std::map<std::string, std::size_t> index;
};

// Registration: cited items only, in first-cite order; unknown ids are warned about.
Registry register_cited(const std::vector<Reference>& refs, const std::vector<Cluster>& clusters,
                        Diagnostics& diags) {
  std::map<std::string, const Reference*> by_id;
  for (const auto& r : refs) by_id[r.id] = &r;
  Registry reg;
  for (const auto& c : clusters) {
    for (const auto& ci : c.items) {
      auto it = by_id.find(ci.id);
      if (it == by_id.end()) {
        diags.warning({}, "no reference with id '" + ci.id + "'", "csl-unknown-id");
        continue;
      }
      if (reg.index.count(ci.id)) continue;
      reg.index[ci.id] = reg.items.size();
      reg.items.push_back(it->second);
    }
  }
  return reg;
}

// Numbers the items in first-cite order, then in bibliography order when the bibliography
// sorts on something other than the number itself. Returns the bibliography order.
std::vector<std::size_t> number_items(const Style& style, const Locale& locale,
                                      const std::vector<const Reference*>& items,
                                      std::vector<ItemState>& states) {
  for (std::size_t i = 0; i < items.size(); ++i) states[i].citation_number = static_cast<int>(i + 1);
  std::vector<std::size_t> bib_order;
  const Section& bib = style.bibliography;
  if (bib.present && !bib.sort.empty()) {
    bib_order = sort_items(style, locale, bib, items, states, RenderMode::Bibliography);
    if (!sort_uses_citation_number(style, bib.sort)) {
      for (std::size_t k = 0; k < bib_order.size(); ++k) states[bib_order[k]].citation_number = static_cast<int>(k + 1);
    }
  } else {
    for (std::size_t i = 0; i < items.size(); ++i) bib_order.push_back(i);
  }
  return bib_order;
}

// Positions, tracked across clusters in document order. In-text cites (note 0) and notes
// each follow their own sequence, as citeproc-js tracks them.
class PositionTracker {
 public:
  explicit PositionTracker(const Style& style) {
    if (style.citation.attrs.count("near-note-distance"))
      near_note_distance_ = std::atoi(style.citation.get("near-note-distance").c_str());
  }

  std::vector<CiteInfo> cluster(const Cluster& cl) {
    bool in_note = cl.note_index > 0;
    if (in_note && cl.note_index != cur_note_.note) {
      if (cur_note_.note >= 0) prev_note_ = cur_note_;
      cur_note_ = Unit{{}, cl.note_index};
    }
    std::vector<CiteInfo> infos;
    for (std::size_t k = 0; k < cl.items.size(); ++k) infos.push_back(cite(cl, k));
    std::vector<IdLocator> these;
    for (const auto& ci : cl.items) these.push_back({ci.id, ci.locator});
    if (in_note) {
      for (auto& t : these) cur_note_.cites.push_back(t);
    } else {
      prev_text_ = Unit{these, 0};
    }
    return infos;
  }

 private:
  using IdLocator = std::pair<std::string, std::string>;
  // The cites of one "unit": a note (all its clusters), or an in-text cluster.
  struct Unit {
    std::vector<IdLocator> cites;
    int note = -1;
  };

  CiteInfo cite(const Cluster& cl, std::size_t k) {
    const auto& ci = cl.items[k];
    CiteInfo info;
    info.locator = ci.locator;
    info.label = ci.locator.empty() ? ci.label : (ci.label.empty() ? "page" : ci.label);
    info.note_index = cl.note_index;
    if (!first_note_.count(ci.id)) {
      info.position = Position::First;
      first_note_[ci.id] = cl.note_index;
    } else {
      IdLocator in_cluster;
      if (k > 0) in_cluster = {cl.items[k - 1].id, cl.items[k - 1].locator};
      info.position = repeat_position(ci, k > 0 ? &in_cluster : previous_cite(cl.note_index > 0));
      int last = last_note_.count(ci.id) ? last_note_[ci.id] : 0;
      info.near_note = cl.note_index > 0 && last > 0 && cl.note_index - last <= near_note_distance_;
      info.first_note = first_note_[ci.id];
    }
    last_note_[ci.id] = cl.note_index;
    return info;
  }

  // The cite an ibid may refer to, for the first cite of a cluster: the one before in the
  // same note, or the previous unit's only cite.
  const IdLocator* previous_cite(bool in_note) const {
    if (in_note) {
      if (!cur_note_.cites.empty()) return &cur_note_.cites.back();
      if (prev_note_.cites.size() == 1) return &prev_note_.cites.back();
      return nullptr;
    }
    return prev_text_.cites.size() == 1 ? &prev_text_.cites.back() : nullptr;
  }

  // The position of a cite of an item cited before: ibid when it repeats `before`.
  static Position repeat_position(const CitationItem& ci, const IdLocator* before) {
    if (!before || before->first != ci.id) return Position::Subsequent;
    if (ci.locator.empty()) return before->second.empty() ? Position::Ibid : Position::Subsequent;
    return ci.locator == before->second ? Position::Ibid : Position::IbidWithLocator;
  }

  int near_note_distance_ = 5;
  std::map<std::string, int> first_note_;
  std::map<std::string, int> last_note_;
  Unit prev_text_, prev_note_, cur_note_;
};

// A cite's rendering, with the variants cite grouping and collapsing need.
RenderedCite render_cite(const Style& style, const Locale& locale, const Reference& ref,
                         const ItemState& state, const CitationItem& ci, const CiteInfo& info,
                         bool first_in_cluster) {
  RenderRequest req{style, locale, ref, style.citation, info, state, RenderMode::Citation, {}};
  if (ci.suppress_author) req.author = RenderRequest::Author::Suppress;
  if (ci.author_only) req.author = RenderRequest::Author::Only;
  LayoutResult full = render_layout_parts(req);
  if (starts_sentence(ci.prefix, first_in_cluster)) capitalize_leading_ibid(locale, full.rich);
  RenderedCite rc;
  rc.full = with_affixes(ci.prefix, full.rich, ci.suffix);
  rc.prefix_punct = !ci.prefix.empty() && std::strchr(",.;:", ci.prefix[0]) != nullptr;
  rc.author = full.author_text;
  RenderRequest no_author = req;
  no_author.author = RenderRequest::Author::Suppress;
  rc.without_author = with_affixes(ci.prefix, render_layout(no_author), ci.suffix);
  ItemState no_suffix = state;
  no_suffix.year_suffix = 0;
  RenderRequest plain_year{style, locale, ref, style.citation, info, no_suffix, RenderMode::Citation, {}};
  plain_year.author = RenderRequest::Author::Suppress;
  rc.year_text = plain_text(render_layout(plain_year));
  rc.year_suffix = state.year_suffix > 0 ? year_suffix_letters(state.year_suffix) : "";
  rc.citation_number = state.citation_number;
  rc.plain = ci.locator.empty() && ci.prefix.empty() && ci.suffix.empty();
  if (is_empty(rc.full)) rc.full = Rich::leaf("[CSL STYLE ERROR: reference with no printed form.]");
  rc.full = tag_cite(std::move(rc.full), ci.id);
  rc.without_author = tag_cite(std::move(rc.without_author), ci.id);
  return rc;
}

// Everything the processor decided before rendering: the cited items, their states,
// the bibliography order and each cite's position facts (per cluster, per item).
struct Registered {
  Registry reg;
  std::vector<ItemState> states;
  std::vector<std::size_t> bib_order;
  std::vector<std::vector<CiteInfo>> infos;
};

Rich render_cluster(const Style& style, const Locale& locale, const Registered& r, const Cluster& cl,
                    const std::vector<CiteInfo>& infos) {
  std::vector<RenderedCite> cites;
  std::vector<std::size_t> item_of;
  for (std::size_t k = 0; k < cl.items.size(); ++k) {
    auto it = r.reg.index.find(cl.items[k].id);
    if (it == r.reg.index.end()) continue;
    std::size_t i = it->second;
    cites.push_back(render_cite(style, locale, *r.reg.items[i], r.states[i], cl.items[k], infos[k], k == 0));
    item_of.push_back(i);
  }
  if (!style.citation.sort.empty() && cites.size() > 1) {
    std::vector<const Reference*> its;
    std::vector<ItemState> sts;
    for (std::size_t i : item_of) {
      its.push_back(r.reg.items[i]);
      sts.push_back(r.states[i]);
    }
    auto order = sort_items(style, locale, style.citation, its, sts, RenderMode::Citation);
    std::vector<RenderedCite> sorted;
    for (std::size_t k : order) sorted.push_back(cites[k]);
    cites = std::move(sorted);
  }
  return join_cites(style, std::move(cites));
}

// An entry whose first field hangs in the margin (second-field-align).
Rich aligned_entry(const Node& layout, Rich margin, Rich rest) {
  Rich left;
  left.display = "left-margin";
  left.kids.push_back(with_affixes(layout.get("prefix"), std::move(margin), ""));
  Rich right;
  right.display = "right-inline";
  right.kids.push_back(with_affixes("", std::move(rest), layout.get("suffix")));
  Rich entry;
  entry.kids.push_back(std::move(left));
  entry.kids.push_back(std::move(right));
  return entry;
}

void render_bibliography(const Style& style, const Locale& locale, const Registered& r,
                         ProcessorResult& result) {
  const Section& bib = style.bibliography;
  bool second_field = bib.attrs.count("second-field-align") && bib.get("second-field-align") != "false";
  std::string substitute = bib.get("subsequent-author-substitute");
  bool substituting = bib.attrs.count("subsequent-author-substitute") > 0;
  std::string previous_author;
  bool numbered = mentions_citation_number(style, bib.layout);
  for (std::size_t i : r.bib_order) {
    ItemState bib_state = bibliography_state(style, r.states[i]);
    RenderRequest req{style,          locale,    *r.reg.items[i],          bib,
                      default_cite(), bib_state, RenderMode::Bibliography, {}};
    Rich margin;
    LayoutResult lr = render_layout_parts(req, second_field, &margin);
    if (substituting && !lr.author_text.empty() && lr.author_text == previous_author) {
      req.author_substitute = &substitute;
      lr = render_layout_parts(req, second_field, &margin);
      lr.author_text = previous_author;
    }
    previous_author = lr.author_text;
    // citeproc-js leaves out a reference that prints nothing, unless the bibliography is
    // numbered (where the gap would show)
    if (is_empty(lr.rich) && !numbered) continue;
    Rich entry = second_field && !is_empty(margin)
                     ? aligned_entry(bib.layout, std::move(margin), std::move(lr.rich))
                     : layout_wrap(bib.layout, std::move(lr.rich));
    if (second_field) trim_trailing_space(entry);
    result.entries.push_back(std::move(entry));
    result.entry_ids.push_back(r.reg.items[i]->id);
  }
}

}  // namespace

std::vector<std::string> bibliography_order(const Style& style, const Locale& locale,
                                            const std::vector<Reference>& refs) {
  std::vector<const Reference*> items;
  for (const auto& r : refs) items.push_back(&r);
  std::vector<ItemState> states(items.size());
  for (std::size_t i = 0; i < states.size(); ++i) states[i].citation_number = static_cast<int>(i + 1);
  std::vector<std::size_t> order;
  if (style.bibliography.present && !style.bibliography.sort.empty()) {
    order = sort_items(style, locale, style.bibliography, items, states, RenderMode::Bibliography);
  } else {
    for (std::size_t i = 0; i < items.size(); ++i) order.push_back(i);
  }
  std::vector<std::string> ids;
  for (std::size_t i : order) ids.push_back(items[i]->id);
  return ids;
}

ProcessorResult process(const Style& style, const Locale& locale, const std::vector<Reference>& refs,
                        const std::vector<Cluster>& clusters, Diagnostics& diags) {
  Registered r;
  r.reg = register_cited(refs, clusters, diags);
  const auto& items = r.reg.items;
  r.states.resize(items.size());
  r.bib_order = number_items(style, locale, items, r.states);
  PositionTracker positions(style);
  for (const auto& cl : clusters) r.infos.push_back(positions.cluster(cl));

  // Disambiguation compares first-position cites without locators.
  disambiguate(
      style, items, r.states,
      [&](std::size_t i, const ItemState& st) {
        RenderRequest req{style, locale, *items[i], style.citation, default_cite(), st, RenderMode::Citation, {}};
        return plain_text(render_layout(req));
      },
      r.bib_order);

  ProcessorResult result;
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    Rich joined = render_cluster(style, locale, r, clusters[c], r.infos[c]);
    result.citation_empty.push_back(is_empty(joined));
    result.citations.push_back(layout_wrap(style.citation.layout, std::move(joined)));
  }
  if (style.bibliography.present) render_bibliography(style, locale, r, result);
  return result;
}

}  // namespace quire::csl
