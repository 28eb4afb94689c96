#include "csl/disambiguate.h"

#include <algorithm>
#include <map>
#include <set>

namespace quire::csl {

using bibliography::Name;
using bibliography::Reference;

namespace {

std::string initials_of(const std::string& given) {
  std::string out;
  bool start = true;
  for (char c : given) {
    if (c == ' ' || c == '-' || c == '.') {
      start = true;
      continue;
    }
    if (start) out += c;
    start = false;
  }
  return out;
}

// The options of <citation> that steer disambiguation, read once.
struct Options {
  bool add_names = false;
  bool add_given = false;
  bool add_year = false;
  std::string rule;  // givenname-disambiguation-rule

  explicit Options(const Section& sec)
      : add_names(sec.get("disambiguate-add-names") == "true"),
        add_given(sec.get("disambiguate-add-givenname") == "true"),
        add_year(sec.get("disambiguate-add-year-suffix") == "true"),
        rule(sec.get("givenname-disambiguation-rule")) {
    if (rule.empty()) rule = "by-cite";
  }
  bool global_given_rule() const { return add_given && rule != "by-cite"; }
};

// Each item's state with the text it renders to, kept in step: every change of a state goes
// through update(), which renders the item again.
class Disambiguator {
 public:
  using Render = std::function<std::string(std::size_t, const ItemState&)>;
  Disambiguator(const std::vector<const Reference*>& items, std::vector<ItemState>& states,
                const Render& render)
      : items_(items), states_(states), render_(render), texts_(items.size()) {
    for (std::size_t i = 0; i < items_.size(); ++i) rerender(i);
  }

  // The global givenname-disambiguation-rules: any name that collides with another
  // person's of the same family shows initials or the full given name.
  void expand_colliding_given_names(const std::string& rule) {
    bool primary = rule.rfind("primary-name", 0) == 0;
    bool initials_only = rule.find("with-initials") != std::string::npos;
    std::map<std::string, int> level = given_levels_needed(primary, initials_only);
    for (std::size_t i = 0; i < items_.size(); ++i) {
      for (const auto& [var, list] : items_[i]->names)
        for (std::size_t k = 0; k < list.size(); ++k) {
          if (primary && k > 0) break;
          auto it = level.find(name_key(list[k]));
          if (it != level.end()) states_[i].given_level[it->first] = it->second;
        }
    }
    for (std::size_t i = 0; i < items_.size(); ++i) rerender(i);
  }

  std::vector<std::vector<std::size_t>> ambiguous_groups() const {
    std::map<std::string, std::vector<std::size_t>> by_text;
    for (std::size_t i = 0; i < texts_.size(); ++i) by_text[texts_[i]].push_back(i);
    std::vector<std::vector<std::size_t>> out;
    for (auto& [t, v] : by_text)
      if (v.size() > 1) out.push_back(v);
    return out;
  }

  // One group of cites that rendered alike, through the methods the style allows, in
  // citeproc-js's order.
  void resolve(const std::vector<std::size_t>& group, const Options& opt,
               const std::vector<std::size_t>& bib_order) {
    // citeproc-js first tries the given names of the names already shown: when that alone
    // tells the cites apart, no names are added.
    bool given_enough =
        opt.add_names && opt.add_given && opt.rule == "by-cite" && shown_given_names_suffice(group);
    if (opt.add_names && !given_enough) add_names(group);
    auto amb = still_ambiguous(group);
    if (opt.add_given && !amb.empty()) {
      add_given_names(amb, group);
      amb = still_ambiguous(group);
    }
    if (!amb.empty()) {
      // the condition stays set even where it did not help, as in citeproc-js
      for (std::size_t i : amb) update(i, [](ItemState& s) { s.disambiguate = true; });
      amb = still_ambiguous(group);
    }
    if (opt.add_year && !amb.empty()) add_year_suffixes(amb, bib_order);
  }

 private:
  // Per family name, the given-name level each person needs to differ from the others.
  std::map<std::string, int> given_levels_needed(bool primary, bool initials_only) const {
    std::map<std::string, std::vector<const Name*>> by_family;
    for (const auto* r : items_) {
      for (const auto& [var, list] : r->names) {
        for (std::size_t k = 0; k < list.size(); ++k) {
          if (primary && k > 0) break;
          if (!list[k].literal.empty()) continue;
          by_family[list[k].non_dropping_particle + " " + list[k].family].push_back(&list[k]);
        }
      }
    }
    std::map<std::string, int> level;
    for (auto& [fam, names] : by_family) {
      for (const auto* a : names) {
        for (const auto* b : names) {
          if (a->given == b->given) continue;
          int need = initials_of(a->given) != initials_of(b->given) ? 1 : 2;
          if (initials_only) need = 1;
          level[name_key(*a)] = std::max(level[name_key(*a)], need);
        }
      }
    }
    return level;
  }

  // Tries initials, then full given names, on the names shown; keeps them only if that
  // tells the whole group apart.
  bool shown_given_names_suffice(const std::vector<std::size_t>& group) {
    std::vector<int> saved;
    for (std::size_t i : group) saved.push_back(states_[i].given_level_all);
    for (int level = 1; level <= 2; ++level) {
      for (std::size_t i : group) update(i, [level](ItemState& s) { s.given_level_all = level; });
      if (still_ambiguous(group).empty()) return true;
    }
    for (std::size_t k = 0; k < group.size(); ++k)
      update(group[k], [&](ItemState& s) { s.given_level_all = saved[k]; });
    return false;
  }

  // Adds names one at a time to the cites still ambiguous; each keeps the count that left
  // it with the fewest clashes (names are only added as far as they helped).
  void add_names(const std::vector<std::size_t>& group) {
    std::size_t max_names = 0;
    for (std::size_t i : group)
      for (const auto& [v, l] : items_[i]->names) max_names = std::max(max_names, l.size());
    std::map<std::size_t, std::pair<int, int>> best;  // item -> (clashes, add_names)
    for (std::size_t i : group) best[i] = {clashes(i, group), states_[i].add_names};
    std::vector<std::size_t> open = still_ambiguous(group);
    for (std::size_t k = 1; k <= max_names && !open.empty(); ++k) {
      for (std::size_t i : open) update(i, [k](ItemState& s) { s.add_names = static_cast<int>(k); });
      for (std::size_t i : open) {
        int c = clashes(i, group);
        if (c < best[i].first) best[i] = {c, static_cast<int>(k)};
      }
      std::vector<std::size_t> next;
      for (std::size_t i : open)
        if (clashes(i, group) > 0) next.push_back(i);
      open = next;
    }
    for (std::size_t i : group)
      if (states_[i].add_names != best[i].second)
        update(i, [&](ItemState& s) { s.add_names = best[i].second; });
  }

  // Initials, then full given names, for every name of the ambiguous cites `amb`; each keeps
  // the level that left it with the fewest clashes in its group.
  void add_given_names(const std::vector<std::size_t>& amb, const std::vector<std::size_t>& group) {
    std::map<std::size_t, std::pair<int, int>> best;
    for (std::size_t i : amb) best[i] = {clashes(i, group), states_[i].given_level_all};
    for (int level = 1; level <= 2; ++level) {
      for (std::size_t i : amb) update(i, [level](ItemState& s) { s.given_level_all = level; });
      for (std::size_t i : amb) {
        int c = clashes(i, group);
        if (c < best[i].first) best[i] = {c, level};
      }
    }
    for (std::size_t i : amb) update(i, [&](ItemState& s) { s.given_level_all = best[i].second; });
  }

  // Suffixes follow the bibliography order within each set of identical cites.
  void add_year_suffixes(const std::vector<std::size_t>& amb, const std::vector<std::size_t>& bib_order) {
    std::map<std::string, int> counter;
    for (std::size_t i : bib_order) {
      if (std::find(amb.begin(), amb.end(), i) == amb.end()) continue;
      states_[i].year_suffix = ++counter[texts_[i]];
    }
    for (std::size_t i : amb) rerender(i);
  }

  // The members of `g` that still render like another member.
  std::vector<std::size_t> still_ambiguous(const std::vector<std::size_t>& g) const {
    std::vector<std::size_t> out;
    for (std::size_t i : g) {
      for (std::size_t j : g)
        if (i != j && texts_[i] == texts_[j]) {
          out.push_back(i);
          break;
        }
    }
    return out;
  }

  // How many other cites of `g` cite i still looks like.
  int clashes(std::size_t i, const std::vector<std::size_t>& g) const {
    int c = 0;
    for (std::size_t j : g)
      if (j != i && texts_[j] == texts_[i]) ++c;
    return c;
  }

  template <typename Change>
  void update(std::size_t i, Change change) {
    change(states_[i]);
    rerender(i);
  }
  void rerender(std::size_t i) { texts_[i] = render_(i, states_[i]); }

  const std::vector<const Reference*>& items_;
  std::vector<ItemState>& states_;
  const Render& render_;
  std::vector<std::string> texts_;
};

}  // namespace

void disambiguate(const Style& style, const std::vector<const Reference*>& items,
                  std::vector<ItemState>& states,
                  const std::function<std::string(std::size_t, const ItemState&)>& render,
                  const std::vector<std::size_t>& bib_order) {
  Options opt(style.citation);
  Disambiguator d(items, states, render);
  if (opt.global_given_rule()) d.expand_colliding_given_names(opt.rule);
  for (const auto& group : d.ambiguous_groups()) d.resolve(group, opt, bib_order);
}

}  // namespace quire::csl
