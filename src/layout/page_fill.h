#pragma once
// The phases of making one page, for the page builder alone: what earlier pages left (notes
// carried overleaf, held floats, a table's header) is set first, then the list is scanned
// while the page fills, weighing each legal break, and the page is cut at the best one.
#include <algorithm>
#include <cstddef>
#include <deque>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "layout/page_builder.h"

namespace quire::layout {

// Rounding slack when comparing positions (pt).
inline constexpr double kPageEps = 1e-6;
// The list index of material that does not stand in the list (a float held from earlier).
inline constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

// The lowest baseline a page may hold.
double baseline_limit(const PageGeometry& g);

// The lowest baseline the text may reach when the page's notes take `notes_height`; the
// notes' area is rounded up to whole lines of text so the text keeps its grid.
double goal_for(const PageGeometry& g, double notes_height);

inline double advance(const VBox& b) { return b.height + b.depth; }

// Lines [from, to) of a footnote on one page.
struct NoteChunk {
  const VInsert* note = nullptr;
  std::size_t from = 0;
  std::size_t to = 0;
};

struct HeldFloat {
  const VFloat* f = nullptr;
  std::size_t index = 0;  // where it stands in the list
};

// What the builder carries from one page to the next.
struct PageCarry {
  int number = 1;
  std::string chapter;
  std::deque<HeldFloat> held;         // floats waiting for the top of a page
  std::vector<NoteChunk> carried;     // the rest of notes begun on an earlier page
  const VBox* open_header = nullptr;  // the header of the table the page continues, if any
  std::size_t i = 0;                  // the list's first item not yet on a page
  std::size_t made = 0;               // pages made so far
};

// What a step changes before it knows whether the list reaches far enough to finish its
// page; restored when it does not, so the step can be tried again once there is more.
class SavedCarry {
 public:
  SavedCarry(const PageCarry& carry, const std::vector<Page>& pages)
      : pages_(pages.size()), number_(carry.number), held_(carry.held), carried_(carry.carried) {}
  void restore(PageCarry& carry, std::vector<Page>& pages) const;
  int number() const { return number_; }

 private:
  std::size_t pages_;
  int number_;
  std::deque<HeldFloat> held_;
  std::vector<NoteChunk> carried_;
};

// How much of the page is kept when it ends at some break: its first `boxes` boxes and
// `notes` note chunks.
struct PageCut {
  std::size_t boxes = 0;
  std::size_t notes = 0;
};

// The best break found so far: where in the list the page would end, at what cost, and what
// the page keeps. Of breaks of equal cost the later wins.
struct BestBreak {
  double cost = std::numeric_limits<double>::infinity();
  std::size_t at = kNoIndex;
  PageCut cut;

  bool found() const { return at != kNoIndex; }
  // A legal break at `at` costing `cost`: taken if it is no worse than the best so far.
  void consider(std::size_t at_index, double break_cost, PageCut page_cut) {
    if (break_cost > cost) return;
    cost = break_cost;
    take(at_index, page_cut);
  }
  // The page ends here whatever the cost (a forced break, the list's end, an overfull page).
  void take(std::size_t at_index, PageCut page_cut) {
    at = at_index;
    cut = page_cut;
  }
};

// One page while it fills: what is placed so far and where the text has reached.
class PageFill {
 public:
  PageFill(const PageGeometry& g, const std::string& chapter);

  // Before the list's own material, in this order (page_notes.cpp, page_floats.cpp).
  void continue_notes(std::vector<NoteChunk>& carried);
  void place_held_floats(std::deque<HeldFloat>& held);
  void repeat_header(const VBox* header);

  // The list's items, one call each. add_box is false when the box does not fit: the page
  // is full. `notes_need` is the height of the notes the box refers to that must come with it.
  bool add_box(const VBox& box, double notes_need);
  void add_note(const VInsert& note);
  void add_float(const VFloat& f, std::size_t index, bool others_held);
  void add_mark(const Mark& mark, std::size_t index);
  void add_glue(const VGlue& glue, std::size_t index);
  void add_penalty(const VPenalty& penalty, std::size_t index);
  // A forced page break: true when it ends this page (false: there is nothing to end yet).
  bool end_at_break(std::size_t index);

  // Nothing at all placed: no page to make.
  bool empty() const { return !any_box_ && page_.marks.empty() && notes_.empty(); }
  bool overflow() const { return overflow_; }
  bool consumed() const { return consumed_; }
  // Where the page ends, once the scan has stopped at `stop` (the list's end is `end`).
  void settle_break(std::size_t stop, std::size_t end);
  const BestBreak& best() const { return best_; }

  // Cuts the page at its break: marks that precede the boxes cut off go with them, and the
  // notes of the boxes kept are set at the foot, the rest of a split note carried overleaf.
  // Returns the first list index not on the page, which may come before the break when
  // marks go to the next page; floats deferred from before it are held.
  std::size_t cut(std::size_t end, std::vector<NoteChunk>& carried, std::deque<HeldFloat>& held);
  // The page made, its opening and running head settled from its marks.
  Page finish() &&;

 private:
  PageCut page_cut() const { return {page_.boxes.size(), notes_.size()}; }
  // The baseline a box would take as the next thing on the page.
  double next_baseline(const VBox& box) const;
  void place_box(const VBox& box, double baseline);
  void place_float(const VFloat& f, double top, std::size_t index);
  void place_mark(const Mark& mark, std::size_t index);
  void consider_break(std::size_t at, double penalty);
  std::size_t keep_marks(std::size_t end);
  void set_notes(std::vector<NoteChunk>& carried);
  // Records that the page is overfull if it keeps what was just set (a note when `by_note`,
  // else a box) and the text now passes its goal: material set whatever its size.
  void check_overfull(bool by_note = false);

  const PageGeometry& g_;
  Page page_;
  std::vector<std::size_t> mark_index_;  // list index of each placed mark
  std::vector<std::size_t> mark_box_;    // the box each mark precedes
  std::vector<NoteChunk> notes_;
  std::vector<HeldFloat> deferred_;  // floats met on this page that did not fit
  double notes_h_ = 0;
  bool notes_full_ = false;  // a note was split: nothing more fits
  bool any_box_ = false;     // anything at all on the page
  bool flow_ = false;        // a box of the list itself (glue before it vanishes)
  bool prev_box_ = false;
  bool consumed_ = false;  // floats or notes from earlier pages were placed
  bool overflow_ = false;  // the scan stopped at a box that does not fit
  double baseline_ = 0, prev_depth_ = 0, glue_ = 0;
  BestBreak best_;
  // The page is overfull if it keeps this many boxes or note chunks (kNoIndex: never).
  PageCut overfull_at_{kNoIndex, kNoIndex};
};

// A note that continues overleaf leaves at least this many lines with its reference, as
// TeX's \vsplit of an insert keeps a few: a lone first line at the foot reads as a stray.
inline constexpr std::size_t kNoteLinesWithReference = 2;

// The height of lines [from, to) of a note.
double note_height(const VInsert& note, std::size_t from, std::size_t to);

// The height of the notes the box at `j` refers to (the inserts right after it): all of
// them must fit, except that the last may continue overleaf after its first lines.
template <class List>
double notes_needed(const List& list, std::size_t j) {
  const std::size_t n = list.size();
  double need = 0;
  for (std::size_t k = j + 1; k < n && std::holds_alternative<VInsert>(list[k]); ++k) {
    const auto& note = std::get<VInsert>(list[k]);
    const bool last = k + 1 >= n || !std::holds_alternative<VInsert>(list[k + 1]);
    need += last ? note_height(note, 0, std::min(kNoteLinesWithReference, note.lines.size()))
                 : note_height(note, 0, note.lines.size());
  }
  return need;
}

}  // namespace quire::layout
