#include "structure/number_notes.h"

#include <algorithm>
#include <map>

#include "model/walk.h"

namespace quire::structure {
namespace {

// Numbers the entry's notes from `first` on; returns how many numbers it used.
int number_entry(model::Entry& entry, int first, Diagnostics& diags) {
  std::map<std::string, int> number_of;
  auto assign = [&](model::Inline& x) {
    auto* ref = std::get_if<model::NoteRef>(&x.node);
    if (!ref) return;
    auto [it, fresh] = number_of.emplace(ref->label, first + static_cast<int>(number_of.size()));
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
  return static_cast<int>(number_of.size());
}

}  // namespace

void number_notes(model::Book& book, Diagnostics& diags) {
  std::vector<bool> done(book.entries.size(), false);
  for (const auto& chapter : book.chapters) {
    int next = 1;
    for (const std::size_t e : chapter.entries) {
      if (e >= book.entries.size() || done[e]) continue;
      next += number_entry(book.entries[e], next, diags);
      done[e] = true;
    }
  }
  // Entries no chapter takes are numbered on their own.
  for (std::size_t e = 0; e < book.entries.size(); ++e)
    if (!done[e]) number_entry(book.entries[e], 1, diags);
}

}  // namespace quire::structure
