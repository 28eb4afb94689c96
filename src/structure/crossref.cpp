#include "structure/crossref.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "diag/did_you_mean.h"
#include "model/walk.h"

namespace quire::structure {
namespace {

constexpr std::array<std::pair<std::string_view, RefKind>, 5> kPrefixes = {{{"fig", RefKind::Figure},
                                                                             {"tbl", RefKind::Table},
                                                                             {"eq", RefKind::Equation},
                                                                             {"lst", RefKind::Listing},
                                                                             {"sec", RefKind::Section}}};

struct Target {
  RefKind kind;
  std::string number;
  std::string entry_slug;
  std::string anchor;
};

model::Inline text(std::string s, SourcePos pos = {}) { return model::Inline{model::Text{std::move(s)}, pos}; }

// Leading "Table: ", ": " or "Listing: " of a caption paragraph; 0 when it is none.
std::size_t caption_marker(const model::Block& b, std::string_view word) {
  const auto* p = std::get_if<model::Paragraph>(&b.node);
  if (p == nullptr || p->content.empty()) return 0;
  const auto* t = std::get_if<model::Text>(&p->content.front().node);
  if (t == nullptr) return 0;
  const std::string full = std::string(word) + ": ";
  if (!word.empty() && t->text.starts_with(full)) return full.size();
  if (word == "Table" && t->text.starts_with(": ")) return 2;
  return 0;
}

// The paragraph's text after its marker; a trailing `{#tbl:x}` becomes `id`.
model::Inlines caption_of(model::Block& b, std::size_t marker, std::string& id) {
  model::Inlines content = std::move(std::get<model::Paragraph>(b.node).content);
  auto& first = std::get<model::Text>(content.front().node).text;
  first.erase(0, marker);
  if (first.empty()) content.erase(content.begin());
  if (!content.empty()) {
    if (auto* last = std::get_if<model::Text>(&content.back().node)) {
      const std::size_t open = last->text.rfind("{#");
      if (open != std::string::npos && last->text.ends_with("}") &&
          last->text.find(' ', open) == std::string::npos) {
        id = last->text.substr(open + 2, last->text.size() - open - 3);
        last->text.erase(open);
        while (!last->text.empty() && last->text.back() == ' ') last->text.pop_back();
        if (last->text.empty()) content.pop_back();
      }
    }
  }
  return content;
}

// pandoc's `Table: caption` before or after a table, and pandoc-crossref's `Listing: caption`
// before a code block, become the caption of the block they name.
void attach_captions(model::Blocks& blocks) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    auto* code = std::get_if<model::CodeBlock>(&blocks[i].node);
    if (code != nullptr && code->caption.empty()) {
      if (const std::string* c = code->attr.get("caption")) code->caption.push_back(text(*c, blocks[i].pos));
    }
    if (i + 1 >= blocks.size()) continue;
    const std::size_t listing = caption_marker(blocks[i], "Listing");
    auto* next_code = std::get_if<model::CodeBlock>(&blocks[i + 1].node);
    if (listing > 0 && next_code != nullptr && next_code->caption.empty()) {
      std::string id;
      next_code->caption = caption_of(blocks[i], listing, id);
      if (next_code->attr.id.empty()) next_code->attr.id = id;
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
      continue;
    }
    // A caption paragraph and a table side by side, in either order.
    for (const std::size_t at : {i, i + 1}) {
      const std::size_t table_at = at == i ? i + 1 : i;
      auto* table = std::get_if<model::Table>(&blocks[table_at].node);
      const std::size_t marker = caption_marker(blocks[at], "Table");
      if (table == nullptr || marker == 0 || !table->caption.empty()) continue;
      table->caption = caption_of(blocks[at], marker, table->id);
      blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(at));
      break;
    }
  }
}

bool has_kind(const std::string& label, RefKind kind) {
  const auto key = parse_ref_key(label);
  return key && key->kind == kind && !key->capital;
}

// Numbers the labelled objects of the book, chapter by chapter, and collects the labels.
class Numberer {
 public:
  Numberer(model::Book& book, Diagnostics& diags) : book_(book), diags_(diags) {}

  std::map<std::string, Target> run() {
    for (std::size_t c = 0; c < book_.chapters.size(); ++c) {
      const model::Chapter& ch = book_.chapters[c];
      chapter_ = !ch.number.empty() ? ch.number : book_.meta.number_chapters ? "" : std::to_string(c + 1);
      counts_ = {};
      sections_ = {};
      const std::string first_slug =
          ch.entries.empty() || ch.entries.front() >= book_.entries.size() ? "" : book_.entries[ch.entries.front()].slug;
      if (!ch.label.empty())
        define(ch.label, Target{RefKind::Section, chapter_, first_slug, ""}, {ch.loc.path, ch.loc.pos});
      for (const std::size_t e : ch.entries)
        if (e < book_.entries.size()) entry(book_.entries[e]);
    }
    return std::move(targets_);
  }

 private:
  std::string numbered(RefKind kind) {
    const std::string n = std::to_string(++counts_[static_cast<std::size_t>(kind)]);
    return chapter_.empty() ? n : chapter_ + book_.meta.crossref.chapter_delimiter + n;
  }

  void define(const std::string& label, Target target, SourceLoc loc) {
    if (!targets_.emplace(label, std::move(target)).second)
      diags_.error(loc, "the label '" + label + "' is defined twice", "duplicate-label");
  }

  void entry(model::Entry& e) {
    attach_captions(e.body);
    const std::string path = e.loc.path.empty() ? e.path : e.loc.path;
    model::walk(e.body, {.block = [&](model::Block& b) { block(b, e.slug, path); },
                         .inline_ = [&](model::Inline& in) {
                           auto* m = std::get_if<model::Math>(&in.node);
                           if (m == nullptr || !has_kind(m->attr.id, RefKind::Equation)) return;
                           m->number = numbered(RefKind::Equation);
                           define(m->attr.id, Target{RefKind::Equation, m->number, e.slug, m->attr.id},
                                  {path, in.pos});
                         }});
  }

  void block(model::Block& b, const std::string& slug, const std::string& path) {
    const SourceLoc loc{path, b.pos};
    if (auto* f = std::get_if<model::Figure>(&b.node)) {
      // With `number-figures` every figure counts, with the chapter's own number when it has one.
      if (!has_kind(f->attr.id, RefKind::Figure)) {
        if (book_.meta.number_figures) f->number = numbered(RefKind::Figure);
        return;
      }
      f->number = numbered(RefKind::Figure);
      f->delimiter = ":";
      define(f->attr.id, Target{RefKind::Figure, f->number, slug, f->id}, loc);
    } else if (auto* t = std::get_if<model::Table>(&b.node)) {
      if (!has_kind(t->id, RefKind::Table)) return;
      t->number = numbered(RefKind::Table);
      define(t->id, Target{RefKind::Table, t->number, slug, t->id}, loc);
    } else if (auto* c = std::get_if<model::CodeBlock>(&b.node)) {
      if (!has_kind(c->attr.id, RefKind::Listing)) return;
      c->number = numbered(RefKind::Listing);
      define(c->attr.id, Target{RefKind::Listing, c->number, slug, c->attr.id}, loc);
    } else if (auto* h = std::get_if<model::Heading>(&b.node)) {
      section(*h, slug, loc);
    }
  }

  // Headings below the chapter's count per level: "2.3.1"; a level-1 heading in the body starts over.
  void section(const model::Heading& h, const std::string& slug, const SourceLoc& loc) {
    if (!h.numbered) return;
    const std::size_t level = static_cast<std::size_t>(std::clamp(h.level, 1, 6)) - 1;
    if (level == 0) {
      sections_ = {};
      if (!h.attr.id.empty()) define(h.attr.id, Target{RefKind::Section, chapter_, slug, h.id}, loc);
      return;
    }
    ++sections_[level];
    for (std::size_t l = level + 1; l < sections_.size(); ++l) sections_[l] = 0;
    std::string n = chapter_;
    for (std::size_t l = 1; l <= level; ++l)
      n += (n.empty() ? "" : l == 1 ? book_.meta.crossref.chapter_delimiter : ".") + std::to_string(sections_[l]);
    if (!h.attr.id.empty() && has_kind(h.attr.id, RefKind::Section))
      define(h.attr.id, Target{RefKind::Section, n, slug, h.id}, loc);
  }

  model::Book& book_;
  Diagnostics& diags_;
  std::map<std::string, Target> targets_;
  std::string chapter_;
  std::array<int, 5> counts_{};
  std::array<int, 6> sections_{};
};

// The trailing number of "2.3" when the rest matches `before`'s, for ranges.
bool follows(const std::string& before, const std::string& after) {
  const std::size_t a = before.find_last_of(".:- ") + 1, b = after.find_last_of(".:- ") + 1;
  if (before.substr(0, a) != after.substr(0, b)) return false;
  const std::string x = before.substr(a), y = after.substr(b);
  const auto number = [](const std::string& d) {
    return !d.empty() && d.size() < 9 && std::all_of(d.begin(), d.end(), ::isdigit);
  };
  return number(x) && number(y) && std::stoi(y) == std::stoi(x) + 1;
}

// Number order of "2.10" and "2.9": part by part, numerically where both parts are numbers.
bool before(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    const std::size_t ie = std::min(a.find_first_of(".:- ", i), a.size());
    const std::size_t je = std::min(b.find_first_of(".:- ", j), b.size());
    const std::string pa = a.substr(i, ie - i), pb = b.substr(j, je - j);
    if (pa != pb) {
      const bool digits = !pa.empty() && !pb.empty() && std::all_of(pa.begin(), pa.end(), ::isdigit) &&
                          std::all_of(pb.begin(), pb.end(), ::isdigit) && pa.size() < 9 && pb.size() < 9;
      return digits ? std::stoi(pa) < std::stoi(pb) : pa < pb;
    }
    i = ie + 1;
    j = je + 1;
  }
  return a.size() - std::min(a.size(), i) < b.size() - std::min(b.size(), j);
}

class Renderer {
 public:
  Renderer(const model::Book& book, const std::map<std::string, Target>& targets, Diagnostics& diags)
      : names_(book.meta.crossref), targets_(targets), diags_(diags) {
    for (const auto& [label, t] : targets) labels_.push_back(label);
  }

  void entry(model::Entry& e) {
    const std::string path = e.loc.path.empty() ? e.path : e.loc.path;
    const model::Visitor v{.inline_ = [&](model::Inline& in) {
      if (auto* c = std::get_if<model::Citation>(&in.node)) citation(*c, path);
    }};
    model::walk(e.body, v);
    for (model::Note& n : e.notes) model::walk(n.content, v);
  }

 private:
  void citation(model::Citation& c, const std::string& path) {
    std::size_t refs = 0;
    for (const model::CiteItem& item : c.items) refs += parse_ref_key(item.key).has_value();
    if (refs == 0) return;
    c.crossref = true;
    c.resolved = true;
    c.rendered = {text(c.source)};
    if (refs != c.items.size()) {
      diags_.error({path, c.items.front().pos},
                   "a citation cannot mix cross-references and cited works: '" + c.source + "'",
                   "mixed-citation");
      return;
    }
    model::Inlines out;
    // Runs of one kind share one prefix: "figs. 2.1–2.3, tbl. 1.1".
    for (std::size_t i = 0; i < c.items.size();) {
      const RefKey first = *parse_ref_key(c.items[i].key);
      // A group ends at a change of kind, a prefix, a `-@` switch or a suffix, as in pandoc-crossref.
      std::size_t j = i + 1;
      while (j < c.items.size() && c.items[j - 1].suffix.empty() &&
             parse_ref_key(c.items[j].key)->kind == first.kind && c.items[j].prefix.empty() &&
             c.items[j].suppress_author == c.items[i].suppress_author)
        ++j;
      if (!out.empty()) out.push_back(text(", "));
      if (!group(c, i, j, first, path, out)) return;
      i = j;
    }
    c.rendered = std::move(out);
  }

  bool group(const model::Citation& c, std::size_t from, std::size_t to, const RefKey& first,
             const std::string& path, model::Inlines& out) {
    std::vector<const Target*> found;
    for (std::size_t k = from; k < to; ++k) {
      const auto key = parse_ref_key(c.items[k].key);
      const auto t = targets_.find(key->label);
      if (t == targets_.end() || t->second.kind != key->kind) {
        diags_.error({path, c.items[k].pos},
                     "unknown label '" + key->label + "'" + did_you_mean_suffix(key->label, labels_),
                     "unknown-label");
        return false;
      }
      found.push_back(&t->second);
    }
    // In number order, so that neighbours compact to ranges.
    std::stable_sort(found.begin(), found.end(), [](const Target* a, const Target* b) { return before(a->number, b->number); });
    const model::CiteItem& head = c.items[from];
    // The author's own prefix replaces the default one: `[Figure @fig:x]`.
    std::string word = !head.prefix.empty()       ? head.prefix
                       : head.suppress_author ? ""
                                              : prefix(first.kind, found.size() > 1);
    if (first.capital && head.prefix.empty() && !word.empty())
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    if (!word.empty()) out.push_back(text(word + "\u00A0", head.pos));
    for (std::size_t k = 0; k < found.size();) {
      std::size_t end = k;
      while (end + 1 < found.size() && follows(found[end]->number, found[end + 1]->number)) ++end;
      if (k > 0) out.push_back(text(", "));
      out.push_back(link(*found[k]));
      if (end >= k + 2) {
        out.push_back(text("\u2013"));
        out.push_back(link(*found[end]));
        k = end + 1;
      } else {
        ++k;
      }
    }
    const std::string& suffix = c.items[to - 1].suffix;
    if (!suffix.empty()) out.push_back(text(suffix.starts_with(",") ? suffix : " " + suffix));
    return true;
  }

  static model::Inline link(const Target& t) {
    model::Link l;
    l.content = {text(t.number)};
    l.target = "#" + t.anchor;
    l.internal = true;
    l.entry_slug = t.entry_slug;
    l.anchor = t.anchor;
    return model::Inline{std::move(l), {}};
  }

  std::string prefix(RefKind kind, bool plural) const {
    switch (kind) {
      case RefKind::Figure: return plural ? names_.figures : names_.figure;
      case RefKind::Table: return plural ? names_.tables : names_.table;
      case RefKind::Equation: return plural ? names_.equations : names_.equation;
      case RefKind::Listing: return plural ? names_.listings : names_.listing;
      case RefKind::Section: return plural ? names_.sections : names_.section;
    }
    return {};
  }

  const model::CrossrefNames& names_;
  const std::map<std::string, Target>& targets_;
  Diagnostics& diags_;
  std::vector<std::string> labels_;
};

}  // namespace

std::optional<RefKey> parse_ref_key(std::string_view key) {
  for (const auto& [word, kind] : kPrefixes) {
    if (key.size() <= word.size() + 1 || (key[word.size()] != ':' && key[word.size()] != '-')) continue;
    const std::string head(key.substr(0, word.size()));
    std::string lower = head;
    lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    if (lower != word) continue;
    RefKey out{kind, std::string(word) + std::string(key.substr(word.size())), head[0] != lower[0]};
    return out;
  }
  return std::nullopt;
}

void resolve_crossrefs(model::Book& book, Diagnostics& diags) {
  const std::map<std::string, Target> targets = Numberer(book, diags).run();
  Renderer renderer(book, targets, diags);
  for (model::Entry& e : book.entries) renderer.entry(e);
}

}  // namespace quire::structure
