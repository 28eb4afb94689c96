#include "cite/resolve_citations.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "bibliography/bibliography_file.h"
#include "bibliography/csl_json_reader.h"
#include "bibliography/reference.h"
#include "cite/book_style.h"
#include "cite/citation_notes.h"
#include "cite/rich_inlines.h"
#include "csl/output_text.h"
#include "csl/processor.h"
#include "diag/did_you_mean.h"
#include "load/display_path.h"
#include "model/walk.h"

namespace quire::cite {
namespace {

namespace fs = std::filesystem;

// One citation of the book, where it stands.
struct Site {
  model::Citation* citation = nullptr;
  std::size_t entry = 0;
  int note_index = 0;        // 0 in the text; the note's number (book-wide) in a note
  bool author_only = false;  // note styles: an in-text citation whose note holds the rest
};

struct Library {
  std::vector<bibliography::Reference> refs;
  std::vector<std::string> ids;
  std::string first_file;  // where warnings about the library as a whole point
};

Library read_library(const model::Book& book, Diagnostics& diags) {
  Library lib;
  std::map<std::string, std::string> file_of;
  for (const std::string& rel : book.meta.bibliography) {
    const std::string shown = load::display_path(book.root, rel);
    if (lib.first_file.empty()) lib.first_file = shown;
    const auto items = bibliography::read_bibliography_file(
        (fs::path(book.root.empty() ? "." : book.root) / rel).string(), diags);
    if (!items) continue;
    for (bibliography::Reference& r : bibliography::read_csl_json(*items, diags, shown)) {
      const auto [it, fresh] = file_of.emplace(r.id, shown);
      if (!fresh) {
        if (it->second != shown)  // duplicates within one file are reported by its reader
          diags.warning({shown, {}}, "reference '" + r.id + "' is also in '" + it->second + "'; the first one is used",
                        "duplicate-key");
        continue;
      }
      lib.ids.push_back(r.id);
      lib.refs.push_back(std::move(r));
    }
  }
  return lib;
}

std::vector<model::Citation*> citations_in(model::Blocks& blocks) {
  std::vector<model::Citation*> out;
  model::walk(blocks, {{}, [&out](model::Inline& x) {
                         auto* c = std::get_if<model::Citation>(&x.node);
                         if (c != nullptr && !c->crossref) out.push_back(c);
                       }});
  return out;
}

// Entries in reading order (chapter order, each once), and the chapter that places each.
std::vector<std::pair<std::size_t, int>> reading_order(const model::Book& book) {
  std::vector<std::pair<std::size_t, int>> order;
  if (book.chapters.empty()) {
    for (std::size_t i = 0; i < book.entries.size(); ++i) order.emplace_back(i, -1);
    return order;
  }
  std::set<std::size_t> placed;
  for (std::size_t c = 0; c < book.chapters.size(); ++c)
    for (std::size_t e : book.chapters[c].entries)
      if (e < book.entries.size() && placed.insert(e).second) order.emplace_back(e, static_cast<int>(c));
  return order;
}

// The author phrase of an in-text citation when the style's citations print no names
// (numeric styles): "Goodfellow et al.", as pandoc writes it, from the first name list.
std::string author_phrase(const bibliography::Reference& ref, const csl::Locale& locale) {
  for (const char* role : {"author", "editor", "translator"}) {
    auto it = ref.names.find(role);
    if (it == ref.names.end() || it->second.empty()) continue;
    auto family = [](const bibliography::Name& n) {
      if (!n.literal.empty()) return n.literal;
      std::string f = n.non_dropping_particle.empty() ? n.family : n.non_dropping_particle + " " + n.family;
      return f.empty() ? n.given : f;
    };
    const auto& names = it->second;
    if (names.size() == 1) return family(names[0]);
    if (names.size() == 2) return family(names[0]) + " " + locale.term_text("and") + " " + family(names[1]);
    return family(names[0]) + " " + locale.term_text("et-al");
  }
  return {};
}

class Resolver {
 public:
  Resolver(model::Book& book, const BookStyle& style, const Library& lib, Diagnostics& diags)
      : book_(book), style_(style), lib_(lib), known_(lib.ids.begin(), lib.ids.end()), diags_(diags) {}

  // Formats the sites of one bibliography scope; returns its bibliography.
  std::vector<model::BibEntry> run(const std::vector<Site>& sites) {
    // Per site: its cluster among `clusters` and among `authors` (-1 = none).
    std::vector<csl::Cluster> clusters, authors;
    std::vector<std::pair<int, int>> slots;
    for (const Site& s : sites) {
      csl::Cluster main = cluster_of(s);
      slots.emplace_back(-1, -1);
      if (main.items.empty()) continue;
      if (s.citation->in_text || s.author_only) {
        // "Doe (2020)": the first author alone, then (unless a note holds it) the cite without it.
        csl::CitationItem who = main.items.front();
        who.author_only = true;
        who.suppress_author = false;
        who.locator.clear();
        who.label.clear();
        who.prefix.clear();
        who.suffix.clear();
        slots.back().second = static_cast<int>(authors.size());
        authors.push_back(csl::Cluster{{who}, s.note_index});
        main.items.front().suppress_author = true;
      }
      if (s.author_only) continue;
      slots.back().first = static_cast<int>(clusters.size());
      clusters.push_back(std::move(main));
    }
    const csl::ProcessorResult result =
        csl::process(style_.style, style_.locale, lib_.refs, clusters, diags_);
    csl::ProcessorResult names;
    if (!authors.empty()) {
      // The author stands in the sentence: no brackets or parentheses of the citation layout.
      csl::Style bare = style_.style;
      bare.citation.layout.attrs.erase("prefix");
      bare.citation.layout.attrs.erase("suffix");
      names = csl::process(bare, style_.locale, lib_.refs, authors, diags_);
    }
    for (std::size_t i = 0; i < sites.size(); ++i) {
      const auto [main, author] = slots[i];
      model::Inlines out;
      // A style whose citations print no names (numeric) yields no printed form here.
      const bool printed =
          author >= 0 && static_cast<std::size_t>(author) < names.citations.size() &&
          !names.citation_empty[author] &&
          csl::to_text(names.citations[author], style_.locale).find("[CSL STYLE ERROR") == std::string::npos;
      if (printed)
        out = to_inlines(names.citations[author], style_.locale);
      else if (author >= 0)
        out = author_fallback(sites[i]);
      if (main >= 0 && static_cast<std::size_t>(main) < result.citations.size()) {
        if (!out.empty()) out.push_back(model::Inline{model::Text{" "}, {}});
        for (model::Inline& in : to_inlines(result.citations[main], style_.locale)) out.push_back(std::move(in));
      }
      if (out.empty()) continue;
      sites[i].citation->rendered = std::move(out);
      sites[i].citation->resolved = true;
    }
    std::vector<model::BibEntry> bib;
    for (std::size_t i = 0; i < result.entries.size() && i < result.entry_ids.size(); ++i)
      bib.push_back(model::BibEntry{result.entry_ids[i], to_inlines(result.entries[i], style_.locale)});
    return bib;
  }

  // Reports unknown keys (once per site) and remembers the cited ones.
  void check(const Site& s) {
    model::Citation& c = *s.citation;
    c.references.clear();
    for (const model::CiteItem& item : c.items) {
      if (known_.count(item.key) == 0) {
        std::string why;
        if (book_.meta.bibliography.empty())
          why = "; book.yaml names no bibliography";
        else if (lib_.ids.empty())
          why = "; no reference could be read from the bibliography";
        diags_.error({book_.entries[s.entry].loc.path, item.pos},
                     "unknown citation key '" + item.key + "'" + why + did_you_mean_suffix(item.key, lib_.ids),
                     "unknown-key");
        continue;
      }
      c.references.push_back(item.key);
      used_.insert(item.key);
    }
  }

  const std::set<std::string>& used() const { return used_; }

 private:
  model::Inlines author_fallback(const Site& s) const {
    const std::string& key = s.citation->items.front().key;
    for (const bibliography::Reference& ref : lib_.refs) {
      if (ref.id != key) continue;
      std::string who = author_phrase(ref, style_.locale);
      if (who.empty()) return {};
      return {model::Inline{model::Text{std::move(who)}, {}}};
    }
    return {};
  }

  csl::Cluster cluster_of(const Site& s) const {
    csl::Cluster cl;
    cl.note_index = s.note_index;
    for (const model::CiteItem& item : s.citation->items) {
      if (known_.count(item.key) == 0) continue;
      csl::CitationItem ci;
      ci.id = item.key;
      ci.locator = item.locator;
      ci.label = item.label;
      ci.prefix = item.prefix;
      // "[see @a]": the reader trims the prefix; the processor joins affixes verbatim.
      if (!ci.prefix.empty() && ci.prefix.back() != ' ') ci.prefix += ' ';
      ci.suffix = item.suffix;
      ci.suppress_author = item.suppress_author;
      cl.items.push_back(std::move(ci));
    }
    return cl;
  }

  model::Book& book_;
  const BookStyle& style_;
  const Library& lib_;
  std::set<std::string> known_;
  std::set<std::string> used_;
  Diagnostics& diags_;
};

void warn_unused(const Library& lib, const std::set<std::string>& used, Diagnostics& diags) {
  std::vector<std::string> unused;
  for (const std::string& id : lib.ids)
    if (used.count(id) == 0) unused.push_back(id);
  if (unused.empty()) return;
  // One warning for all: a shared export often holds many works a book never cites.
  std::string list;
  const std::size_t shown = std::min<std::size_t>(unused.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) list += (i ? ", " : "") + unused[i];
  if (unused.size() > shown) list += " and " + std::to_string(unused.size() - shown) + " more";
  diags.warning({lib.first_file, {}},
                unused.size() == 1 ? "1 reference is never cited: " + list
                                   : std::to_string(unused.size()) + " references are never cited: " + list,
                "unused-reference");
}

}  // namespace

void resolve_citations(model::Book& book, const std::string& styles_dir, Diagnostics& diags) {
  bool any = false;
  for (model::Entry& e : book.entries) {
    any = any || !citations_in(e.body).empty();
    for (model::Note& n : e.notes) any = any || !citations_in(n.content).empty();
  }
  if (!any && book.meta.bibliography.empty()) return;

  const Library lib = read_library(book, diags);
  std::optional<BookStyle> style;
  if (any) style = load_book_style(book, styles_dir, diags);

  const auto order = reading_order(book);
  std::set<std::size_t> placed;
  for (const auto& [e, c] : order) placed.insert(e);

  // Sites per entry in reading order: the text, then the notes in number order.
  const bool note_style = style && style->style.cls == "note";
  std::map<std::size_t, std::vector<Site>> sites;
  int note_base = 0;
  auto collect = [&](std::size_t e) {
    model::Entry& entry = book.entries[e];
    std::set<const model::Citation*> author_only;
    if (note_style) author_only = move_citations_to_notes(entry);
    std::vector<Site>& out = sites[e];
    for (model::Citation* c : citations_in(entry.body)) out.push_back(Site{c, e, 0, author_only.count(c) != 0});
    int last = 0;
    for (model::Note& n : entry.notes) {
      for (model::Citation* c : citations_in(n.content)) out.push_back(Site{c, e, note_base + n.number, false});
      last = std::max(last, n.number);
    }
    note_base += last;
  };
  for (const auto& [e, c] : order) collect(e);
  for (std::size_t e = 0; e < book.entries.size(); ++e)
    if (placed.count(e) == 0) collect(e);  // outside the book's chapters: keys are still checked

  const BookStyle none;
  Resolver resolver(book, style ? *style : none, lib, diags);
  for (const auto& [e, list] : sites)
    for (const Site& s : list) resolver.check(s);
  if (any && lib.ids.empty()) return;
  warn_unused(lib, resolver.used(), diags);
  if (!style) return;

  const std::string& placement = book.meta.bibliography_placement;
  if (placement == "entry") {
    for (const auto& [e, c] : order) book.entries[e].bibliography = resolver.run(sites[e]);
  } else if (placement == "chapter" && !book.chapters.empty()) {
    std::map<int, std::vector<Site>> by_chapter;
    for (const auto& [e, c] : order)
      for (const Site& s : sites[e]) by_chapter[c].push_back(s);
    for (auto& [c, list] : by_chapter)
      if (c >= 0) book.chapters[static_cast<std::size_t>(c)].bibliography = resolver.run(list);
  } else {
    std::vector<Site> all;
    for (const auto& [e, c] : order)
      for (const Site& s : sites[e]) all.push_back(s);
    book.bibliography = resolver.run(all);
  }
}

}  // namespace quire::cite
