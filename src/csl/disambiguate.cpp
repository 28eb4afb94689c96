#include "csl/disambiguate.h"

#include <algorithm>
#include <map>
#include <set>

namespace quire::csl {

using bibliography::Name;
using bibliography::Reference;

namespace {

std::vector<std::vector<std::size_t>> ambiguous_groups(const std::vector<std::string>& texts,
                                                      const std::vector<std::size_t>& subset) {
  std::map<std::string, std::vector<std::size_t>> by_text;
  for (std::size_t i : subset) by_text[texts[i]].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [t, v] : by_text)
    if (v.size() > 1) out.push_back(v);
  return out;
}

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

}  // namespace

void disambiguate(const Style& style, const std::vector<const Reference*>& items, std::vector<ItemState>& states,
                  const std::function<std::string(std::size_t, const ItemState&)>& render,
                  const std::vector<std::size_t>& bib_order) {
  const auto& sec = style.citation;
  bool add_names = sec.get("disambiguate-add-names") == "true";
  bool add_given = sec.get("disambiguate-add-givenname") == "true";
  bool add_year = sec.get("disambiguate-add-year-suffix") == "true";
  std::string rule = sec.get("givenname-disambiguation-rule");
  if (rule.empty()) rule = "by-cite";
  std::size_t n = items.size();
  std::vector<std::string> texts(n);
  auto render_all = [&] {
    for (std::size_t i = 0; i < n; ++i) texts[i] = render(i, states[i]);
  };
  render_all();

  // Global given-name rules expand any name that collides with another person's.
  if (add_given && rule != "by-cite") {
    bool primary = rule.rfind("primary-name", 0) == 0;
    bool initials_only = rule.find("with-initials") != std::string::npos;
    std::map<std::string, std::vector<const Name*>> by_family;
    for (const auto* r : items) {
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
    for (std::size_t i = 0; i < n; ++i) {
      for (const auto& [var, list] : items[i]->names)
        for (std::size_t k = 0; k < list.size(); ++k) {
          if (primary && k > 0) break;
          auto it = level.find(name_key(list[k]));
          if (it != level.end()) states[i].given_level[it->first] = it->second;
        }
      if (rule == "all-names-with-initials" || rule == "primary-name-with-initials") {
        // the rule only ever shows initials
      }
    }
    render_all();
  }

  std::vector<std::size_t> all(n);
  for (std::size_t i = 0; i < n; ++i) all[i] = i;
  for (auto group : ambiguous_groups(texts, all)) {
    auto still = [&](const std::vector<std::size_t>& g) {
      std::vector<std::size_t> out;
      for (std::size_t i : g) {
        for (std::size_t j : g)
          if (i != j && texts[i] == texts[j]) {
            out.push_back(i);
            break;
          }
      }
      return out;
    };
    // How many other cites of the group each cite still looks like.
    auto clashes = [&](std::size_t i) {
      int c = 0;
      for (std::size_t j : group)
        if (j != i && texts[j] == texts[i]) ++c;
      return c;
    };
    // citeproc-js first tries the given names of the names already shown: when that alone
    // tells the cites apart, no names are added.
    bool given_enough = false;
    if (add_names && add_given && rule == "by-cite") {
      std::vector<int> saved;
      for (std::size_t i : group) saved.push_back(states[i].given_level_all);
      for (int level = 1; level <= 2 && !given_enough; ++level) {
        for (std::size_t i : group) {
          states[i].given_level_all = level;
          texts[i] = render(i, states[i]);
        }
        given_enough = still(group).empty();
      }
      if (!given_enough) {
        for (std::size_t k = 0; k < group.size(); ++k) {
          states[group[k]].given_level_all = saved[k];
          texts[group[k]] = render(group[k], states[group[k]]);
        }
      }
    }
    if (add_names && !given_enough) {
      std::size_t max_names = 0;
      for (std::size_t i : group)
        for (const auto& [v, l] : items[i]->names) max_names = std::max(max_names, l.size());
      std::map<std::size_t, std::pair<int, int>> best;  // item -> (clashes, add_names)
      for (std::size_t i : group) best[i] = {clashes(i), states[i].add_names};
      std::vector<std::size_t> open = still(group);
      for (std::size_t k = 1; k <= max_names && !open.empty(); ++k) {
        for (std::size_t i : open) {
          states[i].add_names = static_cast<int>(k);
          texts[i] = render(i, states[i]);
        }
        for (std::size_t i : open) {
          int c = clashes(i);
          if (c < best[i].first) best[i] = {c, static_cast<int>(k)};
        }
        std::vector<std::size_t> next;
        for (std::size_t i : open)
          if (clashes(i) > 0) next.push_back(i);
        open = next;
      }
      // names are only added as far as they helped
      for (std::size_t i : group) {
        if (states[i].add_names != best[i].second) {
          states[i].add_names = best[i].second;
          texts[i] = render(i, states[i]);
        }
      }
    }
    auto amb = still(group);
    if (add_given && !amb.empty()) {
      std::map<std::size_t, std::pair<int, int>> best;
      for (std::size_t i : amb) best[i] = {clashes(i), states[i].given_level_all};
      for (int level = 1; level <= 2; ++level) {
        for (std::size_t i : amb) {
          states[i].given_level_all = level;
          texts[i] = render(i, states[i]);
        }
        for (std::size_t i : amb) {
          int c = clashes(i);
          if (c < best[i].first) best[i] = {c, level};
        }
      }
      for (std::size_t i : amb) {
        states[i].given_level_all = best[i].second;
        texts[i] = render(i, states[i]);
      }
      amb = still(group);
    }
    if (!amb.empty()) {
      for (std::size_t i : amb) {
        states[i].disambiguate = true;
        texts[i] = render(i, states[i]);
      }
      auto after = still(group);
      if (after.size() == amb.size() && !add_year) {
        // keep the condition: citeproc-js leaves it set
      }
      amb = after;
    }
    if (add_year && !amb.empty()) {
      // suffixes follow the bibliography order within each set of identical cites
      std::map<std::string, int> counter;
      for (std::size_t i : bib_order) {
        if (std::find(amb.begin(), amb.end(), i) == amb.end()) continue;
        states[i].year_suffix = ++counter[texts[i]];
      }
      for (std::size_t i : amb) texts[i] = render(i, states[i]);
    }
  }
}

}  // namespace quire::csl
