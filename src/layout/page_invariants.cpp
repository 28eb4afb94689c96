#include "layout/page_invariants.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "layout/page_fill.h"

namespace quire::layout {

namespace {

std::string box_at(std::size_t k) { return "box " + std::to_string(k); }

}  // namespace

std::vector<std::string> page_violations(const Page& page, const PageGeometry& g) {
  std::vector<std::string> out;
  if (page.blank) {
    if (!page.boxes.empty() || !page.notes.empty() || !page.marks.empty())
      out.push_back("a blank page holds something");
    return out;
  }
  double last = -std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < page.boxes.size(); ++k) {
    const PlacedBox& b = page.boxes[k];
    if (!b.box) {
      out.push_back(box_at(k) + " is not set");
      continue;
    }
    if (b.baseline < last - kPageEps) out.push_back(box_at(k) + " stands above the one before it");
    last = b.baseline;
    if (!page.overfull && b.baseline > goal_for(g, g.text_height - page.notes_top) + kPageEps)
      out.push_back(box_at(k) + " runs into the notes' area on a page not overfull");
  }
  for (const PlacedMark& m : page.marks)
    if (m.y < -kPageEps) out.push_back("a mark lies above the text block");
  double y = page.notes_top;
  for (const PlacedBox& n : page.notes) {
    if (!n.box) {
      out.push_back("a note line is not set");
      continue;
    }
    if (std::abs(n.baseline - (y + n.box->height)) > kPageEps)
      out.push_back("a note line is not stacked under the one before");
    y += advance(*n.box);
  }
  if (std::abs(y - g.text_height) > kPageEps)
    out.push_back("the notes do not end at the foot of the text block");
  return out;
}

template <class List>
std::vector<std::string> step_violations(const List& list, std::size_t from, const Page& page,
                                         const PageCarry& after) {
  std::vector<std::string> out;
  const std::size_t to = after.i;
  if (to < from)
    out.push_back("the list goes back from item " + std::to_string(from) + " to " + std::to_string(to));
  std::unordered_map<const VBox*, std::size_t> on_page;  // how many times
  for (const PlacedBox& b : page.boxes) ++on_page[b.box];
  std::vector<const VBox*> expected;
  for (std::size_t k = from; k < to && k < list.size(); ++k) {
    if (const auto* box = std::get_if<VBox>(&list[k])) {
      expected.push_back(box);
      const std::size_t times = on_page.count(box) ? on_page[box] : 0;
      if (times != 1)
        out.push_back("item " + std::to_string(k) + " is set " + std::to_string(times) + " times");
    } else if (const auto* note = std::get_if<VInsert>(&list[k]); note && !note->lines.empty()) {
      const bool begins = std::any_of(page.notes.begin(), page.notes.end(),
                                      [&](const PlacedBox& n) { return n.box == &note->lines.front(); });
      const bool carried = std::any_of(after.carried.begin(), after.carried.end(),
                                       [&](const NoteChunk& c) { return c.note == note && c.from == 0; });
      if (!begins && !carried)
        out.push_back("the note at item " + std::to_string(k) + " does not begin on its page");
    }
  }
  std::vector<const VBox*> order;
  for (const PlacedBox& b : page.boxes)
    if (std::find(expected.begin(), expected.end(), b.box) != expected.end()) order.push_back(b.box);
  if (out.empty() && order != expected) out.push_back("the list's boxes are not set in list order");
  return out;
}

template std::vector<std::string> step_violations(const VList&, std::size_t, const Page&, const PageCarry&);
template std::vector<std::string> step_violations(const VStream&, std::size_t, const Page&, const PageCarry&);

}  // namespace quire::layout
