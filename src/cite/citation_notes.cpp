#include "cite/citation_notes.h"

#include <algorithm>
#include <map>
#include <string>

#include "model/walk.h"

namespace quire::cite {
namespace {

struct Mover {
  model::Entry& entry;
  std::vector<model::Note> added;
  int next = 1;

  std::string fresh_label() {
    for (;; ++next) {
      std::string label = "cite-" + std::to_string(next);
      const bool taken = std::any_of(entry.notes.begin(), entry.notes.end(),
                                     [&](const model::Note& n) { return n.label == label; });
      if (!taken) {
        ++next;
        return label;
      }
    }
  }

  void inlines(model::Inlines& in) {
    model::Inlines out;
    for (model::Inline& x : in) {
      auto* c = std::get_if<model::Citation>(&x.node);
      if (c == nullptr || c->crossref) {
        std::visit([this](auto& node) { children(node); }, x.node);
        out.push_back(std::move(x));
        continue;
      }
      const std::string label = fresh_label();
      model::Citation in_note = *c;
      in_note.in_text = false;
      if (c->in_text && !in_note.items.empty()) in_note.items.front().suppress_author = true;
      model::Note note{label, 0, {model::Block{model::Paragraph{{model::Inline{in_note, x.pos}}}, x.pos}}, x.pos};
      const SourcePos pos = x.pos;
      if (c->in_text) out.push_back(std::move(x));  // the author's name stays in the sentence
      out.push_back(model::Inline{model::NoteRef{label, 0}, pos});
      added.push_back(std::move(note));
    }
    in = std::move(out);
  }

  void children(model::Emph& e) { inlines(e.content); }
  void children(model::Strong& e) { inlines(e.content); }
  void children(model::Strikeout& e) { inlines(e.content); }
  void children(model::Link& e) { inlines(e.content); }
  template <typename T>
  void children(T&) {}
};

// The numbering pass's rule: notes numbered in order of first reference, text first.
void renumber(model::Entry& entry) {
  std::map<std::string, int> number_of;
  auto assign = [&](model::Inline& x) {
    if (auto* ref = std::get_if<model::NoteRef>(&x.node))
      ref->number = number_of.emplace(ref->label, static_cast<int>(number_of.size()) + 1).first->second;
  };
  model::walk(entry.body, {{}, assign});
  for (std::size_t i = 0; i < entry.notes.size(); ++i) model::walk(entry.notes[i].content, {{}, assign});
  for (model::Note& n : entry.notes)
    if (auto it = number_of.find(n.label); it != number_of.end()) n.number = it->second;
  std::stable_sort(entry.notes.begin(), entry.notes.end(),
                   [](const model::Note& a, const model::Note& b) { return a.number < b.number; });
}

}  // namespace

std::set<const model::Citation*> move_citations_to_notes(model::Entry& entry) {
  Mover mover{entry, {}, 1};
  model::walk(entry.body, {[&mover](model::Block& b) {
                             if (auto* p = std::get_if<model::Paragraph>(&b.node)) mover.inlines(p->content);
                             else if (auto* h = std::get_if<model::Heading>(&b.node)) mover.inlines(h->content);
                             else if (auto* t = std::get_if<model::Table>(&b.node)) {
                               for (auto& cell : t->header) mover.inlines(cell);
                               for (auto& row : t->rows)
                                 for (auto& cell : row) mover.inlines(cell);
                             } else if (auto* f = std::get_if<model::Figure>(&b.node)) {
                               mover.inlines(f->caption);
                             }
                           },
                           {}});
  if (mover.added.empty()) return {};
  for (model::Note& n : mover.added) entry.notes.push_back(std::move(n));
  renumber(entry);
  // What is left in the text are in-text citations; collected once no vector moves again.
  std::set<const model::Citation*> kept;
  model::walk(entry.body, {{}, [&kept](model::Inline& x) {
                             if (auto* c = std::get_if<model::Citation>(&x.node)) kept.insert(c);
                           }});
  return kept;
}

}  // namespace quire::cite
