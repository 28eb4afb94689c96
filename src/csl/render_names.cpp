// <names>, <name>, <et-al> and <substitute>.
#include <algorithm>
#include <cctype>

#include "csl/render_context.h"
#include "csl/text_case.h"
#include "util/utf8.h"

namespace quire::csl {

using bibliography::Name;

namespace {

struct NamesParts {
  const Node* name = nullptr;
  const Node* et_al = nullptr;
  const Node* label = nullptr;
  const Node* substitute = nullptr;
  bool label_before = false;
};

NamesParts find_parts(const Node& names) {
  NamesParts p;
  for (const auto& c : names.children) {
    if (c.kind == NodeKind::Name) p.name = &c;
    else if (c.kind == NodeKind::EtAl) p.et_al = &c;
    else if (c.kind == NodeKind::Label) {
      p.label = &c;
      p.label_before = p.name == nullptr;
    } else if (c.kind == NodeKind::Substitute) p.substitute = &c;
  }
  return p;
}

std::string opt(RenderContext& ctx, const Node* name, const std::string& key) {
  static const std::map<std::string, std::string> overrides = {
      {"et-al-min", "names-min"}, {"et-al-use-first", "names-use-first"}, {"et-al-use-last", "names-use-last"}};
  auto o = overrides.find(key);
  if (o != overrides.end()) {
    auto it = ctx.req.name_overrides.find(o->second);
    if (it != ctx.req.name_overrides.end()) return it->second;
  }
  if (name && name->has(key)) return name->get(key);
  std::string inherited_key = key;
  if (key == "delimiter") inherited_key = "name-delimiter";
  if (key == "form") inherited_key = "name-form";
  auto it = ctx.inherited.find(inherited_key);
  if (it != ctx.inherited.end()) return it->second;
  return {};
}

int opt_int(RenderContext& ctx, const Node* name, const std::string& key, int def) {
  std::string v = opt(ctx, name, key);
  if (v.empty()) return def;
  return std::atoi(v.c_str());
}

bool is_romanesque(const std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xe3 && c <= 0xed) return false;  // U+3000..U+DFFF: CJK, kana, hangul
    if (c == 0xea || c == 0xef) return false;
  }
  return true;
}

bool ends_without_space(const std::string& particle) {
  if (particle.empty()) return false;
  char last = particle.back();
  if (last == '\'' || last == '-') return true;
  return particle.size() >= 3 && particle.compare(particle.size() - 3, 3, "\u2019") == 0;
}

std::string first_codepoint(const std::string& w) {
  if (w.empty()) return {};
  unsigned char c = static_cast<unsigned char>(w[0]);
  std::size_t len = util::utf8_sequence_length(c);
  return w.substr(0, std::min(len, w.size()));
}

std::string initial_of(const std::string& w) {
  std::string first = first_codepoint(w);
  std::string rest = w.substr(first.size());
  std::string second = first_codepoint(rest);
  std::string third = first_codepoint(rest.substr(second.size()));
  // "TSerendorjiin" -> "Ts": a digraph written in capitals
  if (!second.empty() && !third.empty() && to_lower(second) != second && to_upper(third) != third)
    return to_upper(first) + to_lower(second);
  return to_upper(first);
}

std::string initialize(const std::string& given, const std::string& with, bool initialize_all, bool hyphen) {
  struct Tok {
    std::string text;
    bool period = false;
    bool hyphen_before = false;
  };
  std::vector<Tok> toks;
  Tok cur;
  bool next_hyphen = false;
  auto push = [&](bool period) {
    if (!cur.text.empty()) {
      cur.period = period;
      cur.hyphen_before = next_hyphen;
      next_hyphen = false;
      toks.push_back(cur);
    }
    cur = Tok{};
  };
  for (char c : given) {
    if (c == ' ') push(false);
    else if (c == '.') push(true);
    else if (c == '-') {
      push(false);
      next_hyphen = true;
    } else cur.text += c;
  }
  push(false);
  std::string with_trim = with;
  while (!with_trim.empty() && with_trim.back() == ' ') with_trim.pop_back();
  std::string out;
  for (const auto& t : toks) {
    bool lower_start = std::islower(static_cast<unsigned char>(t.text[0])) != 0;
    bool single = first_codepoint(t.text).size() == t.text.size();
    bool abbrev = t.period || single;
    std::string piece;
    bool full_word = false;
    if (t.hyphen_before && lower_start && initialize_all && !abbrev) {
      // "Abdel-rahman": dropped when initials keep their hyphen; else kept whole after a space,
      // as citeproc-js prints it ("A rahman")
      if (hyphen) continue;
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += " " + t.text + " ";
      continue;
    }
    if (!t.hyphen_before && lower_start && initialize_all && !abbrev) {
      // a lowercase particle inside the given names ("John Bertrand de Cusance") stays a word,
      // set off by spaces even between crowded initials: "J.B. de C."
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += (out.empty() ? "" : " ") + t.text + " ";
      continue;
    }
    if (abbrev) piece = t.text + with;
    else if (initialize_all) piece = initial_of(t.text) + with;
    else {
      piece = t.text + " ";
      full_word = true;
    }
    if (t.hyphen_before && !out.empty()) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (hyphen || full_word) out += "-";
    }
    out += piece;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const Node* part_node(const Node* name_node, const std::string& which) {
  if (!name_node) return nullptr;
  for (const auto& c : name_node->children)
    if (c.kind == NodeKind::NamePart && c.get("name") == which) return &c;
  return nullptr;
}

struct Piece {
  std::string text;
  std::string part;  // "given" | "family" | "" (unformatted)
};

// Name pieces, each in its part's formatting, with the affixes of `affix_part` around them.
Rich pieces(RenderContext& ctx, const Node* name_node, const std::vector<Piece>& list, const std::string& affix_part) {
  Rich out;
  std::string prev;
  for (const auto& p : list) {
    if (p.text.empty()) continue;
    if (!prev.empty() && !ends_without_space(prev)) out.kids.push_back(Rich::leaf(" "));
    prev = p.text;
    Rich r = parse_markup(p.text);
    if (const Node* pn = part_node(name_node, p.part)) {
      Node fmt = *pn;
      fmt.attrs.erase("prefix");
      fmt.attrs.erase("suffix");
      r = decorate(ctx, fmt, std::move(r));
    }
    out.kids.push_back(std::move(r));
  }
  if (is_empty(out)) return {};
  if (const Node* an = part_node(name_node, affix_part)) {
    Node affixes;
    affixes.attrs["prefix"] = an->get("prefix");
    affixes.attrs["suffix"] = an->get("suffix");
    if (affixes.attrs["prefix"].empty()) affixes.attrs.erase("prefix");
    if (affixes.attrs["suffix"].empty()) affixes.attrs.erase("suffix");
    return decorate(ctx, affixes, std::move(out), false);
  }
  return out;
}

// One name, as text parts wrapped in name-part formatting.
Rich render_one_name(RenderContext& ctx, const Node* name_node, const Name& n, bool inverted, int level) {
  if (!n.literal.empty()) return pieces(ctx, name_node, {{n.literal, "family"}}, "family");
  std::string form = opt(ctx, name_node, "form");
  if (form.empty()) form = "long";
  std::string init_with = opt(ctx, name_node, "initialize-with");
  bool has_init = name_node ? name_node->has("initialize-with") || ctx.inherited.count("initialize-with") : !init_with.empty();
  bool initialize_all = opt(ctx, name_node, "initialize") != "false";
  if (level >= 1 && form == "short") {
    form = "long";
    if (level >= 2) has_init = false;
  } else if (level >= 1 && has_init) {
    has_init = false;
  }
  std::string given = n.given;
  if (has_init && !given.empty() && !n.family.empty()) {
    std::string hyphen = ctx.req.style.attrs.count("initialize-with-hyphen") ? ctx.req.style.attrs.at("initialize-with-hyphen") : "true";
    given = initialize(given, init_with, initialize_all, hyphen != "false");
  }
  std::string demote = ctx.req.style.attrs.count("demote-non-dropping-particle")
                           ? ctx.req.style.attrs.at("demote-non-dropping-particle")
                           : "display-and-sort";
  bool roman = is_romanesque(n.family) && is_romanesque(n.given);
  if (n.family.empty()) return pieces(ctx, name_node, {{n.given, "given"}}, "given");
  if (!roman) {
    if (form == "short") return pieces(ctx, name_node, {{n.family, "family"}}, "family");
    Rich r;
    r.kids.push_back(pieces(ctx, name_node, {{n.family, "family"}}, "family"));
    r.kids.push_back(pieces(ctx, name_node, {{n.given, "given"}}, "given"));
    return r;
  }
  if (form == "short" || n.given.empty()) {
    Rich fam = pieces(ctx, name_node, {{n.non_dropping_particle, "family"}, {n.family, "family"}}, "family");
    if (form == "short" || n.suffix.empty()) return fam;
  }
  std::string sort_sep = name_node && name_node->has("sort-separator") ? name_node->get("sort-separator")
                         : ctx.inherited.count("sort-separator") ? ctx.inherited.at("sort-separator")
                                                                 : ", ";
  if (n.static_ordering && !inverted) {
    return join_rich({pieces(ctx, name_node, {{n.non_dropping_particle, "family"}, {n.family, "family"}}, "family"),
                      pieces(ctx, name_node, {{given, "given"}}, "given")},
                     " ");
  }
  if (inverted) {
    Rich family, rest;
    if (demote == "display-and-sort" || (demote == "sort-only" && ctx.sort_mode())) {
      family = pieces(ctx, name_node, {{n.family, "family"}}, "family");
      rest = pieces(ctx, name_node, {{given, "given"}, {n.dropping_particle, "given"}, {n.non_dropping_particle, "family"}}, "given");
    } else {
      family = pieces(ctx, name_node, {{n.non_dropping_particle, "family"}, {n.family, "family"}}, "family");
      rest = pieces(ctx, name_node, {{given, "given"}, {n.dropping_particle, "given"}}, "given");
    }
    std::vector<Rich> parts;
    parts.push_back(std::move(family));
    parts.push_back(std::move(rest));
    if (!n.suffix.empty()) parts.push_back(Rich::leaf(n.suffix));
    return join_rich(std::move(parts), sort_sep);
  }
  Rich g = pieces(ctx, name_node, {{given, "given"}, {n.dropping_particle, "given"}}, "given");
  Rich f = pieces(ctx, name_node, {{n.non_dropping_particle, "family"}, {n.family, "family"}}, "family");
  std::string dp = n.dropping_particle;
  Rich front = join_rich({std::move(g), std::move(f)},
                         ends_without_space(dp.empty() ? given : dp) && !given.empty() ? "" : " ");
  if (n.suffix.empty()) return front;
  return join_rich({std::move(front), Rich::leaf(n.suffix)}, n.comma_suffix ? ", " : " ");
}

struct NameList {
  std::string variable;
  const std::vector<Name>* names;
};

// How many names of a list show: et-al-min and et-al-use-first (their subsequent forms
// in later cites), widened by the names disambiguation added.
struct EtAlCut {
  int shown = 0;
  bool truncate = false;  // names are left out: "et al." or the last name follows
  bool use_last = false;
};

EtAlCut et_al_cut(RenderContext& ctx, const Node* nn, int n) {
  bool subsequent = ctx.req.mode == RenderMode::Citation && ctx.req.cite.position != Position::First;
  int et_al_min = opt_int(ctx, nn, "et-al-min", 0);
  int use_first = opt_int(ctx, nn, "et-al-use-first", 0);
  if (subsequent) {
    if (!opt(ctx, nn, "et-al-subsequent-min").empty()) et_al_min = opt_int(ctx, nn, "et-al-subsequent-min", et_al_min);
    if (!opt(ctx, nn, "et-al-subsequent-use-first").empty())
      use_first = opt_int(ctx, nn, "et-al-subsequent-use-first", use_first);
  }
  EtAlCut cut;
  cut.use_last = opt(ctx, nn, "et-al-use-last") == "true";
  cut.truncate = et_al_min > 0 && n >= et_al_min && use_first < n;
  if (cut.truncate && ctx.req.state.add_names > 0) {
    use_first += ctx.req.state.add_names;
    if (use_first >= n) cut.truncate = false;
  }
  cut.shown = cut.truncate ? use_first : n;
  return cut;
}

// The names a list shows, each at the given-name level disambiguation chose for it.
struct ShownNames {
  std::vector<Rich> rendered;
  std::vector<bool> inverted;  // printed family name first (name-as-sort-order)
};

ShownNames render_shown(RenderContext& ctx, const Node* nn, const std::vector<Name>& names, int shown,
                        const std::string& as_sort) {
  ShownNames out;
  for (int i = 0; i < shown; ++i) {
    bool inv = (as_sort == "all" || (as_sort == "first" && i == 0)) && names[i].literal.empty() && !names[i].given.empty();
    int level = ctx.req.state.given_level_all;
    auto it = ctx.req.state.given_level.find(name_key(names[i]));
    if (it != ctx.req.state.given_level.end()) level = std::max(level, it->second);
    out.rendered.push_back(render_one_name(ctx, nn, names[i], ctx.sort_mode() || inv, level));
    out.inverted.push_back(inv);
  }
  return out;
}

// A name list as a sort key. The et-al mark sorts below any letter, so names decide first:
// "Hinton Geoffrey, et al." comes before "Hinton Geoffrey E., et al.", as in citeproc-js.
Rich sort_key_names(RenderContext& ctx, const Node* nn, const std::vector<Name>& names, ShownNames shown,
                    const EtAlCut& cut) {
  int n = static_cast<int>(names.size());
  Rich r = join_rich(std::move(shown.rendered), " ");
  if (cut.truncate && cut.use_last && n - cut.shown >= 2) {
    // et-al-use-last prints the last name instead of "et al.", and so sorts by it
    r.kids.push_back(Rich::leaf(" "));
    r.kids.push_back(render_one_name(ctx, nn, names[n - 1], true, ctx.req.state.given_level_all));
  } else if (cut.truncate) {
    r.kids.push_back(Rich::leaf(" \x01et al"));
  }
  return r;
}

// The shown names joined with the delimiter, and "and" (with or without the delimiter,
// as delimiter-precedes-last says) before the last when the list is not cut.
Rich join_names(RenderContext& ctx, const Node* nn, ShownNames shown, bool truncate,
                const std::string& delimiter) {
  std::string and_mode = opt(ctx, nn, "and");
  std::string and_text;
  if (and_mode == "text") and_text = ctx.req.locale.term_text("and");
  else if (and_mode == "symbol") and_text = "&";
  int count = static_cast<int>(shown.rendered.size());
  auto delim_before_last = [&](const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    if (mode == "after-inverted-name") return static_cast<bool>(shown.inverted[count - 2]);
    return count > 2;  // contextual
  };
  Rich out;
  for (int i = 0; i < count; ++i) {
    if (i > 0) {
      bool last = i == count - 1;
      if (last && !truncate && !and_text.empty()) {
        if (delim_before_last(opt(ctx, nn, "delimiter-precedes-last")))
          out.kids.push_back(Rich::leaf(delimiter + and_text + " "));
        else
          out.kids.push_back(Rich::leaf(" " + and_text + " "));
      } else {
        out.kids.push_back(Rich::leaf(delimiter));
      }
    }
    out.kids.push_back(std::move(shown.rendered[i]));
  }
  return out;
}

// What follows a cut list: "… Last" (et-al-use-last) or the et-al term.
void append_et_al(RenderContext& ctx, const NamesParts& parts, const std::vector<Name>& names,
                  const EtAlCut& cut, const std::vector<bool>& inverted, const std::string& as_sort,
                  const std::string& delimiter, Rich& out) {
  const Node* nn = parts.name;
  int n = static_cast<int>(names.size());
  if (cut.use_last && n - cut.shown >= 2) {
    out.kids.push_back(Rich::leaf(delimiter + "\u2026 "));
    int level = ctx.req.state.given_level_all;
    out.kids.push_back(render_one_name(ctx, nn, names[n - 1], as_sort == "all", level));
    return;
  }
  std::string term = parts.et_al && parts.et_al->has("term") ? parts.et_al->get("term") : "et-al";
  std::string et_al = ctx.req.locale.term_text(term);
  if (et_al.empty()) return;
  std::string dpe = opt(ctx, nn, "delimiter-precedes-et-al");
  bool with_delim = dpe == "always" || (dpe == "after-inverted-name" && inverted[cut.shown - 1]) ||
                    ((dpe.empty() || dpe == "contextual") && cut.shown >= 2);
  out.kids.push_back(Rich::leaf(with_delim ? delimiter : " "));
  Rich e = Rich::leaf(et_al);
  if (parts.et_al) e = decorate(ctx, *parts.et_al, std::move(e));
  out.kids.push_back(std::move(e));
}

Rich render_name_list(RenderContext& ctx, const NamesParts& parts, const NameList& list, int& count_out) {
  const Node* nn = parts.name;
  const auto& names = *list.names;
  EtAlCut cut = et_al_cut(ctx, nn, static_cast<int>(names.size()));
  if (cut.shown <= 0) {
    count_out = 0;
    return {};
  }
  count_out += cut.shown;
  std::string form = opt(ctx, nn, "form");
  if (form == "count") return {};
  std::string as_sort = ctx.sort_mode() ? "all" : opt(ctx, nn, "name-as-sort-order");
  std::string delimiter = nn && nn->has("delimiter")              ? nn->get("delimiter")
                          : ctx.inherited.count("name-delimiter") ? ctx.inherited.at("name-delimiter")
                                                                  : ", ";
  ShownNames shown = render_shown(ctx, nn, names, cut.shown, as_sort);
  if (ctx.sort_mode()) return sort_key_names(ctx, nn, names, std::move(shown), cut);
  std::vector<bool> inverted = shown.inverted;
  Rich out = join_names(ctx, nn, std::move(shown), cut.truncate, delimiter);
  if (cut.truncate) append_et_al(ctx, parts, names, cut, inverted, as_sort, delimiter, out);
  if (nn) {
    Node fmt = *nn;
    fmt.attrs.erase("text-case");
    return decorate(ctx, fmt, std::move(out), false);
  }
  return out;
}

Rich with_label(RenderContext& ctx, const NamesParts& parts, Rich names, const std::string& term, bool plural) {
  if (!parts.label || is_empty(names)) return names;
  Node label = *parts.label;
  Rich l = render_label(ctx, label, term, plural, true);
  if (is_empty(l)) return names;
  Rich out;
  if (parts.label_before) {
    out.kids.push_back(std::move(l));
    out.kids.push_back(std::move(names));
  } else {
    out.kids.push_back(std::move(names));
    out.kids.push_back(std::move(l));
  }
  return out;
}

bool same_names(const std::vector<Name>& a, const std::vector<Name>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (name_key(a[i]) != name_key(b[i])) return false;
  return true;
}

}  // namespace

Rich render_names_inner(RenderContext& ctx, const Node& node);

Rich render_names(RenderContext& ctx, const Node& node) {
  if (ctx.first_names_done || ctx.sort_mode() || !ctx.names_parents.empty()) return render_names_inner(ctx, node);
  ctx.first_names_done = true;
  Rich r = render_names_inner(ctx, node);
  if (is_empty(r)) {
    ctx.first_names_done = false;  // the author is the first names element that prints
    return r;
  }
  ctx.author_text = plain_text(r);
  ctx.author_rich = r;
  using Author = RenderRequest::Author;
  if (ctx.req.author == Author::Suppress) return {};
  if (ctx.req.author_substitute) {
    if (ctx.req.author_substitute->empty()) return {};
    return decorate(ctx, node, Rich::leaf(*ctx.req.author_substitute));
  }
  return r;
}

Rich render_names_inner(RenderContext& ctx, const Node& node) {
  NamesParts parts = find_parts(node);
  auto& parents = ctx.names_parents;
  if (!parts.name && !parts.et_al && !parts.label && !parents.empty()) {
    NamesParts inherited = find_parts(*parents.back());
    parts.name = inherited.name;
    parts.et_al = inherited.et_al;
    parts.label = inherited.label;
    parts.label_before = inherited.label_before;
  }
  std::vector<std::string> vars;
  {
    std::string v = node.get("variable");
    std::size_t i = 0;
    while (i < v.size()) {
      std::size_t sp = v.find(' ', i);
      std::string w = v.substr(i, sp == std::string::npos ? std::string::npos : sp - i);
      if (!w.empty()) vars.push_back(w);
      if (sp == std::string::npos) break;
      i = sp + 1;
    }
  }
  std::vector<NameList> lists;
  for (const auto& v : vars) {
    ctx.vars_called++;
    if (ctx.suppressed.count(v)) continue;
    if (const auto* l = ctx.req.ref.name_list(v)) lists.push_back({v, l});
  }
  if (lists.empty()) {
    if (!parts.substitute) return {};
    parents.push_back(&node);
    Rich result;
    for (const auto& sub : parts.substitute->children) {
      int called = ctx.vars_called, rendered = ctx.vars_rendered;
      Rich r = render_element(ctx, sub);
      if (!is_empty(r)) {
        // what a substitute renders is not rendered again elsewhere in the item
        if (sub.kind == NodeKind::Names || sub.kind == NodeKind::Text || sub.kind == NodeKind::Date ||
            sub.kind == NodeKind::Number) {
          std::string v = sub.get("variable");
          std::size_t i = 0;
          while (i < v.size()) {
            std::size_t sp = v.find(' ', i);
            ctx.suppressed.insert(v.substr(i, sp == std::string::npos ? std::string::npos : sp - i));
            if (sp == std::string::npos) break;
            i = sp + 1;
          }
        }
        if (sub.macro >= 0) {
          // suppress the variables of a substituted macro as well
          std::vector<const Node*> stack = {&ctx.req.style.macros[sub.macro].body};
          while (!stack.empty()) {
            const Node* cur = stack.back();
            stack.pop_back();
            if (cur->has("variable")) ctx.suppressed.insert(cur->get("variable"));
            for (const auto& c : cur->children) stack.push_back(&c);
            for (const auto& b : cur->branches)
              for (const auto& c : b.children) stack.push_back(&c);
          }
        }
        result = std::move(r);
        break;
      }
      ctx.vars_called = called;
      ctx.vars_rendered = rendered;
    }
    parents.pop_back();
    if (is_empty(result)) return {};
    ctx.vars_rendered++;
    return decorate(ctx, node, std::move(result));
  }
  ctx.vars_rendered++;
  // editor and translator naming the same people print once, under "editortranslator"
  std::vector<std::pair<std::string, const std::vector<Name>*>> groups;
  for (std::size_t i = 0; i < lists.size(); ++i) {
    const auto& l = lists[i];
    if ((l.variable == "translator" || l.variable == "editor")) {
      bool merged = false;
      for (auto& g : groups) {
        if ((g.first == "editor" || g.first == "translator") && g.first != l.variable &&
            same_names(*g.second, *l.names)) {
          g.first = "editortranslator";
          merged = true;
        }
      }
      if (merged) continue;
    }
    groups.push_back({l.variable, l.names});
  }
  int count = 0;
  std::vector<Rich> rendered;
  for (const auto& g : groups) {
    int c = 0;
    Rich names = render_name_list(ctx, parts, {g.first, g.second}, c);
    count += c;
    if (!ctx.sort_mode()) names = with_label(ctx, parts, std::move(names), g.first, g.second->size() > 1);
    rendered.push_back(std::move(names));
  }
  std::string form = opt(ctx, parts.name, "form");
  if (form == "count") {
    if (count == 0) return {};
    return decorate(ctx, node, Rich::leaf(std::to_string(count)));
  }
  std::string delimiter = node.has("delimiter") ? node.get("delimiter")
                          : ctx.inherited.count("names-delimiter") ? ctx.inherited.at("names-delimiter")
                                                                   : "";
  Rich out = join_rich(std::move(rendered), ctx.sort_mode() ? " " : delimiter);
  return decorate(ctx, node, std::move(out));
}

}  // namespace quire::csl
