// The page builder's footnotes: the rest of notes begun overleaf, the notes of the boxes on
// the page, and their setting at the foot of the text block.
#include <algorithm>

#include "layout/page_fill.h"

namespace quire::layout {

namespace {

// A note continued overleaf may fill the page but for this many lines of text, so the page
// still reads as text with notes rather than notes alone.
constexpr double kTextLinesUnderCarriedNotes = 3;

}  // namespace

double note_height(const VInsert& note, std::size_t from, std::size_t to) {
  double h = 0;
  for (std::size_t k = from; k < to; ++k) h += advance(note.lines[k]);
  return h;
}

// The rest of a note begun overleaf comes first, leaving the text a few lines.
void PageFill::continue_notes(std::vector<NoteChunk>& carried) {
  const double note_cap = baseline_limit(g_) - g_.top_skip - kTextLinesUnderCarriedNotes * g_.leading;
  for (const NoteChunk& c : carried) {
    std::size_t to = c.from;
    while (to < c.note->lines.size() &&
           (to == c.from ||
            baseline_limit(g_) - goal_for(g_, notes_h_ + note_height(*c.note, c.from, to + 1)) <= note_cap))
      ++to;
    notes_.push_back({c.note, c.from, to});
    notes_h_ += note_height(*c.note, c.from, to);
    check_overfull(true);
    consumed_ = true;
    if (to < c.note->lines.size()) {
      notes_full_ = true;
      break;
    }
  }
  carried.clear();
}

// As much of the note as fits under the text so far (at least its first line); once a note
// is split, nothing more fits.
void PageFill::add_note(const VInsert& note) {
  const std::size_t count = note.lines.size();
  std::size_t to = count;
  if (notes_full_) {
    to = 0;
  } else if (baseline_ > goal_for(g_, notes_h_ + note_height(note, 0, count)) + kPageEps) {
    to = 1;
    while (to + 1 < count && baseline_ <= goal_for(g_, notes_h_ + note_height(note, 0, to + 1)) + kPageEps)
      ++to;
    notes_full_ = true;
  }
  notes_.push_back({&note, 0, to});
  notes_h_ += note_height(note, 0, to);
  check_overfull(true);
}

// The notes of the boxes kept, at the foot of the text block; what does not fit waits.
void PageFill::set_notes(std::vector<NoteChunk>& carried) {
  notes_.resize(best_.cut.notes);
  for (const NoteChunk& c : notes_)
    if (c.to < c.note->lines.size()) carried.push_back({c.note, c.to, c.note->lines.size()});
  double y = g_.text_height;
  for (auto c = notes_.rbegin(); c != notes_.rend(); ++c)
    for (std::size_t k = c->to; k-- > c->from;) {
      const VBox& line = c->note->lines[k];
      page_.notes.push_back({&line, y - line.depth});
      y -= advance(line);
      if (k == 0 && !c->note->dest.empty()) {
        Mark m;
        m.dest = c->note->dest;
        page_.marks.push_back({std::move(m), y});
      }
    }
  std::reverse(page_.notes.begin(), page_.notes.end());
  page_.notes_top = y;
}

}  // namespace quire::layout
