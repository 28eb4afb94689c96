#include "layout/page_builder.h"

#include <algorithm>

namespace quire::layout {

namespace {

constexpr double kEps = 1e-6;

// Cost of ending a page `short_by` pt above its limit: a page one line short costs as much
// as a penalty of 100, so a break the layout merely discourages (a penalty of 50 inside a
// code block) still beats leaving the page a line short, but a widow (10000) never does.
double shortness_cost(double short_by, double leading) {
  const double lines = std::max(0.0, short_by) / leading;
  return 100.0 * lines * lines;
}

}  // namespace

double PageBuilder::baseline_limit() const { return g_.text_height - g_.depth; }

double PageBuilder::goal_for(const Page&) const { return baseline_limit(); }

std::vector<Page> PageBuilder::build(const VList& list, int first_number) const {
  std::vector<Page> pages;
  int number = first_number;
  std::string chapter;
  std::size_t i = 0;
  const std::size_t n = list.size();
  while (i < n) {
    Page page;
    page.chapter = chapter;
    std::vector<std::size_t> mark_index;  // list index of each placed mark
    std::vector<std::size_t> mark_box;    // the box each mark precedes
    bool any_box = false;
    bool prev_box = false;
    double baseline = 0, prev_depth = 0, glue = 0;
    double best_cost = std::numeric_limits<double>::infinity();
    std::size_t best = n;
    std::size_t best_boxes = 0;
    bool overflow = false;
    const double limit = goal_for(page);

    auto candidate = [&](std::size_t at, double penalty) {
      if (!any_box || penalty >= kNever) return;
      const double cost = penalty + shortness_cost(limit - baseline, g_.leading);
      if (cost <= best_cost) {
        best_cost = cost;
        best = at;
        best_boxes = page.boxes.size();
      }
    };

    std::size_t j = i;
    for (; j < n; ++j) {
      const VItem& item = list[j];
      if (const auto* box = std::get_if<VBox>(&item)) {
        const double b = any_box ? baseline + prev_depth + glue + box->height : std::max(g_.top_skip, box->height);
        if (any_box && b > limit + kEps) {
          overflow = true;
          break;
        }
        page.boxes.push_back({box, b});
        baseline = b;
        prev_depth = box->depth;
        glue = 0;
        any_box = true;
        prev_box = true;
        continue;
      }
      if (const auto* mark = std::get_if<Mark>(&item)) {
        page.marks.push_back({*mark, 0});
        mark_index.push_back(j);
        mark_box.push_back(page.boxes.size());
        continue;
      }
      if (const auto* brk = std::get_if<PageBreak>(&item)) {
        if (!any_box && page.marks.empty()) {
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
          break;
        }
        continue;
      }
      if (!any_box) continue;  // glue and penalties vanish at the top of a page
      if (const auto* g = std::get_if<VGlue>(&item)) {
        if (prev_box) candidate(j, 0);
        glue += g->size;
      } else if (const auto* p = std::get_if<VPenalty>(&item)) {
        candidate(j, p->value);
      }
      prev_box = false;
    }
    if (j >= n && !overflow) {
      best = n;
      best_boxes = page.boxes.size();
    } else if (overflow && best == n) {
      // No legal break before the page is full: break before the box that does not fit.
      best = j;
      best_boxes = page.boxes.size();
    }
    if (!any_box && page.marks.empty()) {
      i = j;
      continue;
    }

    // Marks before boxes that moved to the next page move with them.
    std::size_t next = best;
    std::vector<PlacedMark> kept;
    for (std::size_t m = 0; m < page.marks.size(); ++m) {
      if (mark_box[m] < best_boxes || (best_boxes == page.boxes.size() && best == n && mark_box[m] == best_boxes)) {
        PlacedMark pm = page.marks[m];
        const std::size_t b = std::min(mark_box[m], page.boxes.empty() ? 0 : page.boxes.size() - 1);
        pm.y = page.boxes.empty() ? 0 : page.boxes[b].baseline - page.boxes[b].box->height;
        kept.push_back(std::move(pm));
      } else {
        next = std::min(next, mark_index[m]);
      }
    }
    page.boxes.resize(best_boxes);
    page.marks = std::move(kept);
    for (const auto& pm : page.marks) {
      if (pm.mark.opening) page.opening = true;
      if (pm.mark.chapter_start) page.chapter = pm.mark.chapter;
    }
    chapter = page.chapter;
    pages.push_back(std::move(page));
    ++number;
    i = std::max(next, i + 1);
  }
  return pages;
}

}  // namespace quire::layout
