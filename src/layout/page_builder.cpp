#include "layout/page_builder.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace quire::layout {

namespace {

constexpr double kEps = 1e-6;
constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);

// Cost of ending a page `short_by` pt above its limit: a page one line short costs as much
// as a penalty of 100, so a break the layout merely discourages (a penalty of 50 inside a
// code block) still beats leaving the page a line short, but a widow (10000) never does.
double shortness_cost(double short_by, double leading) {
  const double lines = std::max(0.0, short_by) / leading;
  return 100.0 * lines * lines;
}

double advance(const VBox& b) { return b.height + b.depth; }

// The height of lines [from, to) of a note.
double note_height(const VInsert& note, std::size_t from, std::size_t to) {
  double h = 0;
  for (std::size_t k = from; k < to; ++k) h += advance(note.lines[k]);
  return h;
}

// From the top of a float's first box to the bottom of its last.
double float_extent(const VFloat& f) {
  double h = 0;
  for (const auto& part : f.content) {
    if (const auto* b = std::get_if<VBox>(&part)) h += advance(*b);
    if (const auto* g = std::get_if<VGlue>(&part)) h += g->size;
  }
  return h;
}

double float_last_depth(const VFloat& f) {
  for (auto it = f.content.rbegin(); it != f.content.rend(); ++it)
    if (const auto* b = std::get_if<VBox>(&*it)) return b->depth;
  return 0;
}

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

}  // namespace

double PageBuilder::baseline_limit() const { return g_.text_height - g_.depth; }

double PageBuilder::goal_for(double notes_height) const {
  if (notes_height <= kEps) return baseline_limit();
  const double area = std::ceil((g_.note_skip + notes_height) / g_.leading - kEps) * g_.leading;
  return baseline_limit() - area;
}

// What the builder carries from one page to the next.
struct PageBuilder::State {
  int number = 1;
  std::string chapter;
  std::deque<HeldFloat> held;         // floats waiting for the top of a page
  std::vector<NoteChunk> carried;     // the rest of notes begun on an earlier page
  const VBox* open_header = nullptr;  // the header of the table the page continues, if any
  std::size_t i = 0;                  // the list's first item not yet on a page
  std::size_t made = 0;               // pages made so far
};

std::vector<Page> PageBuilder::build(const VList& list, int first_number, std::size_t max_pages) const {
  std::vector<Page> pages;
  State state;
  state.number = first_number;
  while (pages.size() <= max_pages && step(list, true, state, pages) == Step::Progress) {
  }
  return pages;
}

// One page (and the blank verso before it, if it opens on a recto) from the list as far as
// it goes. Unless the list is `complete`, a page whose end the list does not yet reach is
// not made: the state is left as it was, and the builder waits for more.
template <class List>
PageBuilder::Step PageBuilder::step(const List& list, bool complete, State& s, std::vector<Page>& pages) const {
  int& number = s.number;
  std::string& chapter = s.chapter;
  std::deque<HeldFloat>& held = s.held;
  std::vector<NoteChunk>& carried = s.carried;
  const VBox*& open_header = s.open_header;
  std::size_t& i = s.i;
  const std::size_t n = list.size();
  if (i >= n && held.empty() && carried.empty()) return complete ? Step::Done : Step::NeedMore;
  const std::size_t pages_before = pages.size();
  const int number_before = number;
  const std::deque<HeldFloat> held_before = held;
  const std::vector<NoteChunk> carried_before = carried;
  {
    Page page;
    page.chapter = chapter;
    std::vector<std::size_t> mark_index;  // list index of each placed mark
    std::vector<std::size_t> mark_box;    // the box each mark precedes
    std::vector<NoteChunk> notes;
    std::vector<HeldFloat> deferred;  // floats met on this page that did not fit
    double notes_h = 0;
    bool notes_full = false;  // a note was split: nothing more fits
    bool any_box = false;     // anything at all on the page
    bool flow = false;        // a box of the list itself (glue before it vanishes)
    bool prev_box = false;
    bool consumed = false;  // floats or notes from earlier pages were placed
    double baseline = 0, prev_depth = 0, glue = 0;
    double best_cost = std::numeric_limits<double>::infinity();
    std::size_t best = n;
    std::size_t best_boxes = 0, best_notes = 0;
    bool overflow = false;

    // The rest of a note begun overleaf comes first, leaving the text a few lines.
    const double note_cap = baseline_limit() - g_.top_skip - 3 * g_.leading;
    for (const NoteChunk& c : carried) {
      std::size_t to = c.from;
      while (to < c.note->lines.size() &&
             (to == c.from ||
              baseline_limit() - goal_for(notes_h + note_height(*c.note, c.from, to + 1)) <= note_cap))
        ++to;
      notes.push_back({c.note, c.from, to});
      notes_h += note_height(*c.note, c.from, to);
      consumed = true;
      if (to < c.note->lines.size()) {
        notes_full = true;
        break;
      }
    }
    carried.clear();

    auto place_float = [&](const VFloat& f, double top, std::size_t index) {
      double y = top;
      for (const auto& part : f.content) {
        if (const auto* m = std::get_if<Mark>(&part)) {
          page.marks.push_back({*m, 0});
          mark_index.push_back(index);
          mark_box.push_back(page.boxes.size());
        } else if (const auto* g = std::get_if<VGlue>(&part)) {
          y += g->size;
        } else if (const auto* b = std::get_if<VBox>(&part)) {
          page.boxes.push_back({b, y + b->height});
          y += advance(*b);
        }
      }
      baseline = y - float_last_depth(f);
      prev_depth = float_last_depth(f);
      any_box = true;
    };

    // Floats held from earlier pages open this one, as many as fit.
    while (!held.empty()) {
      const VFloat& f = *held.front().f;
      const double top = any_box ? baseline + prev_depth + g_.float_skip : 0;
      if (any_box && top + float_extent(f) - float_last_depth(f) > goal_for(notes_h) + kEps) break;
      place_float(f, top, kNoIndex);
      held.pop_front();
      glue = g_.float_skip;
      consumed = true;
    }

    // Inside a table with a header, the header comes first.
    if (open_header) {
      const double b = any_box ? baseline + prev_depth + glue + open_header->height
                               : std::max(g_.top_skip, open_header->height);
      page.boxes.push_back({open_header, b});
      baseline = b;
      prev_depth = open_header->depth;
      glue = 0;
      any_box = true;
    }

    auto candidate = [&](std::size_t at, double penalty) {
      if (!flow || penalty >= kNever) return;
      const double cost = penalty + shortness_cost(goal_for(notes_h) - baseline, g_.leading);
      if (cost <= best_cost) {
        best_cost = cost;
        best = at;
        best_boxes = page.boxes.size();
        best_notes = notes.size();
      }
    };

    std::size_t j = i;
    for (; j < n; ++j) {
      const VItem& item = list[j];
      if (const auto* box = std::get_if<VBox>(&item)) {
        const double b =
            any_box ? baseline + prev_depth + glue + box->height : std::max(g_.top_skip, box->height);
        // The notes this box refers to: all of them must fit, except that the last may
        // continue overleaf after its first lines.
        double need = 0;
        for (std::size_t k = j + 1; k < n && std::holds_alternative<VInsert>(list[k]); ++k) {
          const auto& note = std::get<VInsert>(list[k]);
          const bool last = k + 1 >= n || !std::holds_alternative<VInsert>(list[k + 1]);
          need += last ? note_height(note, 0, std::min<std::size_t>(2, note.lines.size()))
                       : note_height(note, 0, note.lines.size());
        }
        if ((flow || consumed) && (notes_full || b > goal_for(notes_h + need) + kEps)) {
          overflow = true;
          break;
        }
        page.boxes.push_back({box, b});
        baseline = b;
        prev_depth = box->depth;
        glue = 0;
        any_box = true;
        flow = true;
        prev_box = true;
        continue;
      }
      if (const auto* note = std::get_if<VInsert>(&item)) {
        const std::size_t count = note->lines.size();
        std::size_t to = count;
        if (notes_full) {
          to = 0;
        } else if (baseline > goal_for(notes_h + note_height(*note, 0, count)) + kEps) {
          to = 1;
          while (to + 1 < count && baseline <= goal_for(notes_h + note_height(*note, 0, to + 1)) + kEps) ++to;
          notes_full = true;
        }
        notes.push_back({note, 0, to});
        notes_h += note_height(*note, 0, to);
        continue;
      }
      if (const auto* fl = std::get_if<VFloat>(&item)) {
        const double top = any_box ? baseline + prev_depth + glue : 0;
        const bool fits = top + float_extent(*fl) - float_last_depth(*fl) <= goal_for(notes_h) + kEps;
        if (!flow && !any_box) {
          place_float(*fl, top, j);
        } else if (held.empty() && deferred.empty() && fits && !notes_full) {
          place_float(*fl, top, j);
        } else {
          // The space before it goes with it: the text closes up.
          deferred.push_back({fl, j});
          glue = 0;
          continue;
        }
        glue = 0;
        flow = true;
        prev_box = true;
        continue;
      }
      if (const auto* mark = std::get_if<MarkItem>(&item)) {
        page.marks.push_back({**mark, 0});
        mark_index.push_back(j);
        mark_box.push_back(page.boxes.size());
        continue;
      }
      if (const auto* brk = std::get_if<PageBreak>(&item)) {
        if (!any_box && page.marks.empty() && notes.empty()) {
          // At the top of a page: only the parity matters.
          if (brk->recto && number % 2 == 0) {
            Page blank;
            blank.blank = true;
            blank.chapter = chapter;
            pages.push_back(std::move(blank));
            ++number;
          }
          continue;
        }
        if (any_box) {
          best = j;
          best_boxes = page.boxes.size();
          best_notes = notes.size();
          break;
        }
        continue;
      }
      if (std::holds_alternative<VTableStart>(item) || std::holds_alternative<VTableEnd>(item)) continue;
      if (!flow) continue;  // glue and penalties vanish at the top of a page
      if (const auto* g = std::get_if<VGlue>(&item)) {
        if (prev_box) candidate(j, 0);
        glue += g->size;
      } else if (const auto* p = std::get_if<VPenalty>(&item)) {
        candidate(j, p->value);
      }
      prev_box = false;
    }
    if (j >= n && !overflow && !complete) {
      // What comes next may still change this page: try again once there is more.
      pages.resize(pages_before);
      number = number_before;
      held = held_before;
      carried = carried_before;
      return Step::NeedMore;
    }
    if (j >= n && !overflow) {
      best = n;
      best_boxes = page.boxes.size();
      best_notes = notes.size();
    } else if (overflow && best == n) {
      // No legal break before the page is full: break before the box that does not fit.
      best = j;
      best_boxes = page.boxes.size();
      best_notes = notes.size();
    }
    if (!any_box && page.marks.empty() && notes.empty()) {
      i = j;
      return Step::Progress;
    }

    // Marks before boxes that moved to the next page move with them.
    std::size_t next = best;
    std::vector<PlacedMark> kept;
    for (std::size_t m = 0; m < page.marks.size(); ++m) {
      if (mark_box[m] < best_boxes ||
          (best_boxes == page.boxes.size() && best == n && mark_box[m] == best_boxes)) {
        PlacedMark pm = page.marks[m];
        const std::size_t b = std::min(mark_box[m], page.boxes.empty() ? 0 : page.boxes.size() - 1);
        pm.y = page.boxes.empty() ? 0 : page.boxes[b].baseline - page.boxes[b].box->height;
        kept.push_back(std::move(pm));
      } else if (mark_index[m] != kNoIndex) {
        next = std::min(next, mark_index[m]);
      }
    }
    page.boxes.resize(best_boxes);
    page.marks = std::move(kept);

    // The notes of the boxes kept, at the foot of the text block; what does not fit waits.
    notes.resize(best_notes);
    for (const NoteChunk& c : notes)
      if (c.to < c.note->lines.size()) carried.push_back({c.note, c.to, c.note->lines.size()});
    double y = g_.text_height;
    for (auto c = notes.rbegin(); c != notes.rend(); ++c)
      for (std::size_t k = c->to; k-- > c->from;) {
        const VBox& line = c->note->lines[k];
        page.notes.push_back({&line, y - line.depth});
        y -= advance(line);
        if (k == 0 && !c->note->dest.empty()) {
          Mark m;
          m.dest = c->note->dest;
          page.marks.push_back({std::move(m), y});
        }
      }
    std::reverse(page.notes.begin(), page.notes.end());
    page.notes_top = y;

    for (const HeldFloat& d : deferred)
      if (d.index < next) held.push_back(d);
    for (std::size_t k = i; k < next && k < n; ++k) {
      if (const auto* t = std::get_if<VTableStart>(&list[k])) open_header = &t->header;
      if (std::holds_alternative<VTableEnd>(list[k])) open_header = nullptr;
    }

    for (const auto& pm : page.marks) {
      if (pm.mark.opening) page.opening = true;
      if (pm.mark.chapter_start) page.chapter = pm.mark.chapter;
    }
    chapter = page.chapter;
    pages.push_back(std::move(page));
    ++number;
    i = consumed && next <= i ? i : std::max(next, i + 1);
  }
  s.made += pages.size() - pages_before;
  return Step::Progress;
}

PageStream::PageStream(const PageBuilder& builder, const VStream& list, int first_number)
    : builder_(builder), list_(list), state_(std::make_unique<PageBuilder::State>()) {
  state_->number = first_number;
}

PageStream::~PageStream() = default;

std::vector<Page> PageStream::take(bool complete, std::size_t max_pages) {
  std::vector<Page> pages;
  while (state_->made <= max_pages &&
         builder_.step(list_, complete, *state_, pages) == PageBuilder::Step::Progress) {
  }
  return pages;
}

}  // namespace quire::layout
