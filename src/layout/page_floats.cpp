// The page builder's floats: set where they stand when they fit, else held for the top of a
// later page while the text goes on.
#include "layout/page_fill.h"

namespace quire::layout {

namespace {

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

}  // namespace

void PageFill::place_float(const VFloat& f, double top, std::size_t index) {
  double y = top;
  for (const auto& part : f.content) {
    if (const auto* m = std::get_if<Mark>(&part)) {
      place_mark(*m, index);
    } else if (const auto* g = std::get_if<VGlue>(&part)) {
      y += g->size;
    } else if (const auto* b = std::get_if<VBox>(&part)) {
      page_.boxes.push_back({b, y + b->height});
      y += advance(*b);
    }
  }
  baseline_ = y - float_last_depth(f);
  prev_depth_ = float_last_depth(f);
  any_box_ = true;
  check_overfull();
}

// Floats held from earlier pages open this one, as many as fit.
void PageFill::place_held_floats(std::deque<HeldFloat>& held) {
  while (!held.empty()) {
    const VFloat& f = *held.front().f;
    const double top = any_box_ ? baseline_ + prev_depth_ + g_.float_skip : 0;
    if (any_box_ && top + float_extent(f) - float_last_depth(f) > goal_for(g_, notes_h_) + kPageEps) break;
    place_float(f, top, kNoIndex);
    held.pop_front();
    glue_ = g_.float_skip;
    consumed_ = true;
  }
}

// A float met in the list: at the top of the page it is set whatever its size; further down
// only when it fits and no float waits before it, else it is held.
void PageFill::add_float(const VFloat& f, std::size_t index, bool others_held) {
  const double top = any_box_ ? baseline_ + prev_depth_ + glue_ : 0;
  const bool fits = top + float_extent(f) - float_last_depth(f) <= goal_for(g_, notes_h_) + kPageEps;
  if ((!flow_ && !any_box_) || (!others_held && deferred_.empty() && fits && !notes_full_)) {
    place_float(f, top, index);
    flow_ = true;
    prev_box_ = true;
  } else {
    // The space before it goes with it: the text closes up.
    deferred_.push_back({&f, index});
  }
  glue_ = 0;
}

}  // namespace quire::layout
