#include "pdf/page_map.h"

#include <algorithm>
#include <map>
#include <optional>
#include <type_traits>
#include <unordered_map>

#include "layout/inline_runs.h"
#include "model/walk.h"

namespace quire::pdf {
namespace {

using model::PagePlace;
using model::PrintPageStart;

// One thing of the vertical list in reading order: a box, or a mark naming a destination.
struct Event {
  const layout::VBox* box = nullptr;
  const std::string* dest = nullptr;
};

// The list flattened: floats and repeated table headers are visited where they stand.
class Flattener {
 public:
  void add(const layout::VStream& list) {
    for (const auto& item : list) std::visit([this](const auto& v) { one(v); }, item);
  }
  std::vector<Event> events;
  std::unordered_map<const layout::VBox*, std::size_t> index;

 private:
  template <typename T>
  void one(const T& v) {
    if constexpr (std::is_same_v<T, layout::VBox>) {
      index.emplace(&v, events.size());
      events.push_back({&v, nullptr});
    } else if constexpr (std::is_same_v<T, layout::MarkItem>) {
      if (!v->dest.empty()) events.push_back({nullptr, &v->dest});
    } else if constexpr (std::is_same_v<T, layout::Mark>) {
      if (!v.dest.empty()) events.push_back({nullptr, &v.dest});
    } else if constexpr (requires { v.content.begin(); }) {
      for (const auto& inner : v.content) std::visit([this](const auto& x) { one(x); }, inner);
    } else if constexpr (requires { v.header.art; }) {
      one(v.header);
    }
    // Footnote insertions sit at the page's foot; the EPUB keeps notes at the entry's end,
    // so a page never starts in them.
  }
};

// Destination names (as block layout gives them) -> the EPUB document and element.
std::map<std::string, PrintPageStart> destinations(const model::Book& book) {
  std::map<std::string, PrintPageStart> out;
  auto entry_target = [&out](const std::string& slug, const std::string& id) {
    PrintPageStart s;
    s.entry_slug = slug;
    s.id = id;
    out[layout::dest_name(slug, id)] = s;
  };
  auto division = [&out](const std::string& dest, const std::string& document, const std::string& id = {}) {
    PrintPageStart s;
    s.division = document;
    s.id = id;
    out[dest] = s;
  };
  auto blocks = [&](const std::string& slug, const model::Blocks& list) {
    model::walk(list, {.block = [&](const model::Block& b) {
                  if (const auto* h = std::get_if<model::Heading>(&b.node)) {
                    if (!h->id.empty()) entry_target(slug, h->id);
                  } else if (const auto* f = std::get_if<model::Figure>(&b.node)) {
                    if (!f->id.empty()) entry_target(slug, f->id);
                  }
                }});
  };
  for (const auto& p : book.parts) division("part-" + p.id, "part:" + p.id);
  for (const auto& ch : book.chapters) {
    division("chapter-" + ch.id, "chapter:" + ch.id);
    division("references-" + ch.id, "references:" + ch.id);
    for (const auto& b : ch.bibliography)
      division("ref-" + ch.id + "-" + b.id, "references:" + ch.id, model::reference_id(b.id));
  }
  division("references", "references");
  for (const auto& b : book.bibliography) division("ref-" + b.id, "references", model::reference_id(b.id));
  for (const auto& e : book.entries) {
    entry_target(e.slug, "");
    blocks(e.slug, e.body);
    for (const auto& b : e.bibliography) {
      PrintPageStart s;
      s.entry_slug = e.slug;
      s.id = model::reference_id(b.id);
      out["ref-" + e.slug + "-" + b.id] = s;
    }
  }
  return out;
}

const layout::TextArt* located(const layout::VBox& box) {
  for (const auto& art : box.art)
    if (const auto* t = std::get_if<layout::TextArt>(&art); t && t->word >= 0 && t->source.pos.line > 0)
      return t;
  return nullptr;
}

class Locator {
 public:
  Locator(const model::Book& book, const Flattener& flat) : flat_(flat), dests_(destinations(book)) {
    for (const auto& e : book.entries) {
      slugs_[e.loc.path] = e.slug;
      slugs_[e.path] = e.slug;
    }
  }

  // Where the material at event `k` begins in the book's terms.
  std::optional<PrintPageStart> at(std::size_t k) const {
    if (const layout::TextArt* t = located(*flat_.events[k].box)) {
      PrintPageStart s;
      if (!entry_of(*t, s)) return std::nullopt;
      s.place = PagePlace::Word;
      s.block = t->source.pos;
      s.word = t->word;
      return s;
    }
    // Not a located line (a heading, a code line, a table row, a caption): before the
    // destination that opens it, or just after the last thing before it that can be named.
    bool passed_box = false;
    for (std::size_t j = k; j-- > 0;) {
      const Event& e = flat_.events[j];
      if (e.dest != nullptr) {
        const auto it = dests_.find(*e.dest);
        if (it == dests_.end()) continue;
        PrintPageStart s = it->second;
        s.place = passed_box ? PagePlace::After : PagePlace::Before;
        return s;
      }
      if (const layout::TextArt* t = located(*e.box)) {
        PrintPageStart s;
        if (!entry_of(*t, s)) return std::nullopt;
        s.place = PagePlace::After;
        s.block = t->source.pos;
        return s;
      }
      passed_box = true;
    }
    return std::nullopt;
  }

 private:
  bool entry_of(const layout::TextArt& t, PrintPageStart& s) const {
    const auto it = slugs_.find(t.source.path);
    if (it == slugs_.end()) return false;
    s.entry_slug = it->second;
    return true;
  }

  const Flattener& flat_;
  std::map<std::string, PrintPageStart> dests_;
  std::map<std::string, std::string> slugs_;  // entry file -> slug
};

}  // namespace

model::PrintPages page_map(const model::Book& book, const layout::BookPages& pages) {
  Flattener flat;
  flat.add(pages.body);
  const Locator locator(book, flat);
  model::PrintPages out;
  const std::size_t front = pages.front_pages.size();
  std::vector<std::string> waiting;  // blank pages: they start where the next page does
  std::size_t reached = 0;           // events before this one are on earlier pages
  for (std::size_t i = 0; i < pages.body_pages.size(); ++i) {
    const layout::Page& page = pages.body_pages[i];
    const std::string label =
        front + i < pages.pages.size() ? pages.pages[front + i].label : std::to_string(i + 1);
    // The page's earliest box not seen before: a table header set again, or a figure held
    // over from the page before, does not say where the page's text begins.
    std::optional<std::size_t> first;
    std::size_t last = reached;
    for (const auto& placed : page.boxes) {
      const auto it = flat.index.find(placed.box);
      if (it == flat.index.end()) continue;
      if (it->second >= reached && (!first || it->second < *first)) first = it->second;
      last = std::max(last, it->second + 1);
    }
    reached = last;
    std::optional<PrintPageStart> start;
    if (first) start = locator.at(*first);
    if (!start) {
      waiting.push_back(label);
      continue;
    }
    for (const std::string& blank : waiting) {
      PrintPageStart s = *start;
      s.label = blank;
      out.pages.push_back(std::move(s));
    }
    waiting.clear();
    start->label = label;
    out.pages.push_back(std::move(*start));
  }
  return out;
}

}  // namespace quire::pdf
