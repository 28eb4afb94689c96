#include "structure/anchors.h"

#include <cctype>

#include "model/plain_text.h"
#include "model/walk.h"
#include "util/text.h"

namespace quire::structure {

std::string github_anchor(std::string_view text) {
  std::string out;
  for (unsigned char c : util::trim(text)) {
    if (c >= 0x80) {
      out += static_cast<char>(c);  // letters beyond ASCII are kept, as GitHub keeps them
    } else if (std::isalnum(c) || c == '-' || c == '_') {
      out += static_cast<char>(std::tolower(c));
    } else if (c == ' ') {
      out += '-';
    }
  }
  // Typographic punctuation arrives as UTF-8 (smart quotes, dashes): drop the common ones.
  for (std::string_view p : {"\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026"}) {
    for (auto at = out.find(p); at != std::string::npos; at = out.find(p)) out.erase(at, p.size());
  }
  return out;
}

void assign_ids(model::Book& book) {
  for (auto& entry : book.entries) {
    std::set<std::string> used;
    auto unique = [&used](std::string base) {
      if (base.empty()) base = "section";
      std::string id = base;
      for (int n = 1; used.count(id); ++n) id = base + "-" + std::to_string(n);
      used.insert(id);
      return id;
    };
    // Ids the author gave (`{#sec:x}`, `{#fig:x}`) are kept as written; generated ones avoid them.
    model::walk(entry.body, {[&](model::Block& b) {
                               if (auto* h = std::get_if<model::Heading>(&b.node))
                                 used.insert(h->attr.id);
                               else if (auto* f = std::get_if<model::Figure>(&b.node))
                                 used.insert(f->attr.id);
                             },
                             {}});
    used.erase("");
    int figure = 0;
    model::walk(entry.body, {[&](model::Block& b) {
                               if (auto* h = std::get_if<model::Heading>(&b.node))
                                 h->id = !h->attr.id.empty() ? h->attr.id
                                                             : unique(github_anchor(model::plain_text(h->content)));
                               else if (auto* f = std::get_if<model::Figure>(&b.node))
                                 f->id = !f->attr.id.empty() ? f->attr.id
                                                             : unique("figure-" + std::to_string(++figure));
                             },
                             {}});
  }
}

std::set<std::string> entry_ids(const model::Entry& entry) {
  std::set<std::string> ids;
  auto& body = const_cast<model::Blocks&>(entry.body);  // walk is read-only here
  model::walk(body, {[&](model::Block& b) {
                       if (auto* h = std::get_if<model::Heading>(&b.node)) ids.insert(h->id);
                       else if (auto* f = std::get_if<model::Figure>(&b.node)) ids.insert(f->id);
                     },
                     {}});
  return ids;
}

}  // namespace quire::structure
