#include "structure/number_notes.h"

#include <algorithm>
#include <map>

#include "model/walk.h"

namespace quire::structure {
namespace {

void number_entry(model::Entry& entry, Diagnostics& diags) {
  std::map<std::string, int> number_of;
  auto assign = [&](model::Inline& x) {
    auto* ref = std::get_if<model::NoteRef>(&x.node);
    if (!ref) return;
    auto [it, fresh] = number_of.emplace(ref->label, static_cast<int>(number_of.size()) + 1);
    ref->number = it->second;
    const bool defined = std::any_of(entry.notes.begin(), entry.notes.end(),
                                     [&](const model::Note& n) { return n.label == ref->label; });
    if (fresh && !defined)
      diags.error({entry.loc.path, x.pos}, "footnote '" + ref->label + "' is referenced but never defined",
                  "undefined-note");
  };
  model::walk(entry.body, {{}, assign});
  // Notes may reference other notes; number those after the body's.
  for (std::size_t i = 0; i < entry.notes.size(); ++i) model::walk(entry.notes[i].content, {{}, assign});

  std::vector<model::Note> kept;
  for (auto& note : entry.notes) {
    auto it = number_of.find(note.label);
    if (it == number_of.end()) {
      diags.warning({entry.loc.path, note.pos}, "footnote '" + note.label + "' is never referenced",
                    "unused-note");
      continue;
    }
    note.number = it->second;
    kept.push_back(std::move(note));
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
  entry.notes = std::move(kept);
}

}  // namespace

void number_notes(model::Book& book, Diagnostics& diags) {
  for (auto& entry : book.entries) number_entry(entry, diags);
}

}  // namespace quire::structure
