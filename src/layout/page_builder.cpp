#include "layout/page_builder.h"

#include <algorithm>

#include "layout/page_fill.h"
#include "layout/page_invariants.h"
#include "util/invariant.h"

namespace quire::layout {

namespace {

// At the top of a page a forced break only sets the parity: a break to a recto on what would
// be a verso inserts a blank page first.
void open_on_recto(const PageBreak& brk, PageCarry& carry, std::vector<Page>& pages) {
  if (!brk.recto || carry.number % 2 != 0) return;
  Page blank;
  blank.blank = true;
  blank.chapter = carry.chapter;
  pages.push_back(std::move(blank));
  ++carry.number;
}

// Scans the list from the carry's position while the page fills, weighing each legal break;
// returns the index where it stopped: the list's end, a forced break, or a box that does not fit.
template <class List>
std::size_t scan_list(const List& list, PageFill& fill, PageCarry& carry, std::vector<Page>& pages) {
  const std::size_t n = list.size();
  std::size_t j = carry.i;
  for (; j < n; ++j) {
    const VItem& item = list[j];
    if (const auto* box = std::get_if<VBox>(&item)) {
      if (!fill.add_box(*box, notes_needed(list, j))) break;
    } else if (const auto* note = std::get_if<VInsert>(&item)) {
      fill.add_note(*note);
    } else if (const auto* fl = std::get_if<VFloat>(&item)) {
      fill.add_float(*fl, j, !carry.held.empty());
    } else if (const auto* mark = std::get_if<MarkItem>(&item)) {
      fill.add_mark(**mark, j);
    } else if (const auto* brk = std::get_if<PageBreak>(&item)) {
      if (fill.empty())
        open_on_recto(*brk, carry, pages);
      else if (fill.end_at_break(j))
        break;
    } else if (const auto* g = std::get_if<VGlue>(&item)) {
      fill.add_glue(*g, j);
    } else if (const auto* p = std::get_if<VPenalty>(&item)) {
      fill.add_penalty(*p, j);
    }
    // A table's start and end matter only where the page ends (its header repeats).
  }
  return j;
}

// The header of the table open after the list's items [from, to), given the one open before.
template <class List>
const VBox* header_after(const List& list, std::size_t from, std::size_t to, const VBox* open) {
  for (std::size_t k = from; k < to && k < list.size(); ++k) {
    if (const auto* t = std::get_if<VTableStart>(&list[k])) open = &t->header;
    if (std::holds_alternative<VTableEnd>(list[k])) open = nullptr;
  }
  return open;
}

}  // namespace

double PageBuilder::baseline_limit() const { return layout::baseline_limit(g_); }

std::vector<Page> PageBuilder::build(const VList& list, int first_number, std::size_t max_pages) const {
  std::vector<Page> pages;
  PageCarry carry;
  carry.number = first_number;
  while (pages.size() <= max_pages && step(list, true, carry, pages) == Step::Progress) {
  }
  return pages;
}

// One page (and the blank verso before it, if it opens on a recto) from the list as far as
// it goes: collect what earlier pages left, fill from the list, decide the break, cut there.
// Unless the list is `complete`, a page whose end the list does not yet reach is not made:
// the carry is left as it was, and the builder waits for more.
template <class List>
PageBuilder::Step PageBuilder::step(const List& list, bool complete, PageCarry& carry,
                                    std::vector<Page>& pages) const {
  const std::size_t n = list.size();
  if (carry.i >= n && carry.held.empty() && carry.carried.empty())
    return complete ? Step::Done : Step::NeedMore;
  const std::size_t pages_before = pages.size();
  const SavedCarry saved(carry, pages);

  PageFill fill(g_, carry.chapter);
  fill.continue_notes(carry.carried);
  fill.place_held_floats(carry.held);
  fill.repeat_header(carry.open_header);
  const std::size_t stop = scan_list(list, fill, carry, pages);
  if (stop >= n && !fill.overflow() && !complete) {
    // What comes next may still change this page: try again once there is more.
    saved.restore(carry, pages);
    return Step::NeedMore;
  }
  fill.settle_break(stop, n);
  if (fill.empty()) {
    QUIRE_ASSERT(stop >= carry.i);
    carry.i = stop;
    return Step::Progress;
  }
  [[maybe_unused]] const std::size_t from = carry.i;

  const std::size_t next = fill.cut(n, carry.carried, carry.held);
  carry.open_header = header_after(list, from, next, carry.open_header);
  carry.i = fill.consumed() && next <= carry.i ? carry.i : std::max(next, carry.i + 1);
  pages.push_back(std::move(fill).finish());
  carry.chapter = pages.back().chapter;
  ++carry.number;
  carry.made += pages.size() - pages_before;
  QUIRE_ASSERT(carry.number == saved.number() + static_cast<int>(pages.size() - pages_before));
  for (std::size_t k = pages_before; k < pages.size(); ++k) QUIRE_ASSERT_VALID(page_violations(pages[k], g_));
  QUIRE_ASSERT_VALID(step_violations(list, from, pages.back(), carry));
  return Step::Progress;
}

PageStream::PageStream(const PageBuilder& builder, const VStream& list, int first_number)
    : builder_(builder), list_(list), state_(std::make_unique<PageCarry>()) {
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
