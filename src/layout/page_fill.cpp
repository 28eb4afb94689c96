#include "layout/page_fill.h"

#include <algorithm>
#include <cmath>

namespace quire::layout {

namespace {

// What a page one line short costs, as a penalty: enough that a break the layout merely
// discourages (a penalty of 50 inside a code block) still beats leaving the page a line
// short, too little for a widow (10000) ever to.
constexpr double kLineShortCost = 100;

// Cost of ending a page `short_by` pt above its limit, growing with the square of the lines
// left empty, as TeX's badness grows faster than the space it measures.
double shortness_cost(double short_by, double leading) {
  const double lines = std::max(0.0, short_by) / leading;
  return kLineShortCost * lines * lines;
}

}  // namespace

double baseline_limit(const PageGeometry& g) { return g.text_height - g.depth; }

double goal_for(const PageGeometry& g, double notes_height) {
  if (notes_height <= kPageEps) return baseline_limit(g);
  const double area = std::ceil((g.note_skip + notes_height) / g.leading - kPageEps) * g.leading;
  return baseline_limit(g) - area;
}

void SavedCarry::restore(PageCarry& carry, std::vector<Page>& pages) const {
  pages.resize(pages_);
  carry.number = number_;
  carry.held = held_;
  carry.carried = carried_;
}

PageFill::PageFill(const PageGeometry& g, const std::string& chapter) : g_(g) { page_.chapter = chapter; }

double PageFill::next_baseline(const VBox& box) const {
  return any_box_ ? baseline_ + prev_depth_ + glue_ + box.height : std::max(g_.top_skip, box.height);
}

void PageFill::place_box(const VBox& box, double baseline) {
  page_.boxes.push_back({&box, baseline});
  baseline_ = baseline;
  prev_depth_ = box.depth;
  glue_ = 0;
  any_box_ = true;
}

void PageFill::check_overfull(bool by_note) {
  if (baseline_ <= goal_for(g_, notes_h_) + kPageEps) return;
  std::size_t& at = by_note ? overfull_at_.notes : overfull_at_.boxes;
  at = std::min(at, by_note ? notes_.size() : page_.boxes.size());
}

// Inside a table with a header, the header comes first.
void PageFill::repeat_header(const VBox* header) {
  if (!header) return;
  place_box(*header, next_baseline(*header));
  check_overfull();
}

bool PageFill::add_box(const VBox& box, double notes_need) {
  const double b = next_baseline(box);
  if ((flow_ || consumed_) && (notes_full_ || b > goal_for(g_, notes_h_ + notes_need) + kPageEps)) {
    overflow_ = true;
    return false;
  }
  place_box(box, b);
  flow_ = true;
  prev_box_ = true;
  check_overfull();
  return true;
}

void PageFill::place_mark(const Mark& mark, std::size_t index) {
  page_.marks.push_back({mark, 0});
  mark_index_.push_back(index);
  mark_box_.push_back(page_.boxes.size());
}

void PageFill::add_mark(const Mark& mark, std::size_t index) { place_mark(mark, index); }

void PageFill::consider_break(std::size_t at, double penalty) {
  if (!flow_ || penalty >= kNever) return;
  best_.consider(at, penalty + shortness_cost(goal_for(g_, notes_h_) - baseline_, g_.leading), page_cut());
}

// Glue and penalties vanish at the top of a page; glue is a legal break after a box.
void PageFill::add_glue(const VGlue& glue, std::size_t index) {
  if (!flow_) return;
  if (prev_box_) consider_break(index, 0);
  glue_ += glue.size;
  prev_box_ = false;
}

void PageFill::add_penalty(const VPenalty& penalty, std::size_t index) {
  if (!flow_) return;
  consider_break(index, penalty.value);
  prev_box_ = false;
}

bool PageFill::end_at_break(std::size_t index) {
  if (!any_box_) return false;
  best_.take(index, page_cut());
  return true;
}

void PageFill::settle_break(std::size_t stop, std::size_t end) {
  if (stop >= end && !overflow_) {
    best_.take(end, page_cut());
  } else if (overflow_ && !best_.found()) {
    // No legal break before the page is full: break before the box that does not fit.
    best_.take(stop, page_cut());
  }
}

// Marks before boxes that moved to the next page move with them.
std::size_t PageFill::keep_marks(std::size_t end) {
  const PageCut keep = best_.cut;
  std::size_t next = best_.at;
  std::vector<PlacedMark> kept;
  for (std::size_t m = 0; m < page_.marks.size(); ++m) {
    if (mark_box_[m] < keep.boxes ||
        (keep.boxes == page_.boxes.size() && best_.at == end && mark_box_[m] == keep.boxes)) {
      PlacedMark pm = page_.marks[m];
      const std::size_t b = std::min(mark_box_[m], page_.boxes.empty() ? 0 : page_.boxes.size() - 1);
      pm.y = page_.boxes.empty() ? 0 : page_.boxes[b].baseline - page_.boxes[b].box->height;
      kept.push_back(std::move(pm));
    } else if (mark_index_[m] != kNoIndex) {
      next = std::min(next, mark_index_[m]);
    }
  }
  page_.boxes.resize(keep.boxes);
  page_.marks = std::move(kept);
  return next;
}

std::size_t PageFill::cut(std::size_t end, std::vector<NoteChunk>& carried, std::deque<HeldFloat>& held) {
  const std::size_t next = keep_marks(end);
  set_notes(carried);
  for (const HeldFloat& d : deferred_)
    if (d.index < next) held.push_back(d);
  return next;
}

Page PageFill::finish() && {
  page_.overfull = overfull_at_.boxes <= best_.cut.boxes || overfull_at_.notes <= best_.cut.notes;
  for (const auto& pm : page_.marks) {
    if (pm.mark.opening) page_.opening = true;
    if (pm.mark.chapter_start) page_.chapter = pm.mark.chapter;
  }
  return std::move(page_);
}

}  // namespace quire::layout
