#pragma once
// The page builder: fills pages from a vertical list, choosing each page's break among the
// legal ones by cost (the break's penalty plus how short it leaves the page), so a page
// runs a line short rather than leave a widow, an orphan or a stranded heading.
// Footnotes go to the foot of the page that holds their reference, lowering the page's
// goal by their height (a long one continues on the next page); a float that does not fit
// waits for the top of the next page while the text goes on; a table's header row is set
// again at the top of every page the table continues onto.
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "layout/vertical_list.h"

namespace quire::layout {

struct PlacedBox {
  const VBox* box = nullptr;  // points into the vertical list, which must outlive the page
  double baseline = 0;        // pt below the text block's top edge
};

struct PlacedMark {
  Mark mark;
  double y = 0;  // the top of the box it precedes, pt below the text block's top edge
};

struct Page {
  std::vector<PlacedBox> boxes;
  std::vector<PlacedMark> marks;
  bool blank = false;    // inserted so the next page is a recto: nothing at all is drawn
  bool opening = false;  // a chapter (or part) opens here: no running head
  std::string chapter;   // the chapter current on this page, for the recto's running head
  std::vector<PlacedBox> notes;  // footnote lines at the foot of the text block
  double notes_top = 0;          // the top of the first note line (the rule goes above it)
  // The text runs into the notes' area or past the text block: something too large for its
  // place was set all the same at the top of the page (or a note's first line under its box).
  bool overfull = false;
};

struct PageGeometry {
  double text_height = 531;  // the text block
  double top_skip = 10;      // first baseline below the block's top, at least
  double leading = 13;       // the body's, to weigh how short a page is
  double depth = 3.25;       // the body line's depth below the last baseline
  double note_skip = 13;     // above the notes, holding their rule (TeX's \skip\footins)
  double float_skip = 13;    // between a float at the top of a page and the text below it
};

// A vertical list that grows at its end while it is made into pages: its items never move,
// so the pages made so far may point into it.
using VStream = std::deque<VItem>;

struct PageCarry;  // what the builder carries from one page to the next (page_fill.h)

class PageBuilder {
 public:
  explicit PageBuilder(PageGeometry geometry) : g_(geometry) {}

  // The pages of `list`; the first is numbered `first_number` (odd numbers are rectos). It
  // stops once it has made more than `max_pages`, so a runaway list costs no more than that.
  std::vector<Page> build(const VList& list, int first_number = 1,
                          std::size_t max_pages = std::numeric_limits<std::size_t>::max()) const;

  // The lowest baseline a page may hold.
  double baseline_limit() const;

 private:
  friend class PageStream;
  enum class Step { Progress, NeedMore, Done };
  template <class List>
  Step step(const List& list, bool complete, PageCarry& carry, std::vector<Page>& pages) const;

  PageGeometry g_;
};

// The pages of a list that is still growing (the body, while later entries are being laid
// out), each handed out once nothing that can still come would change it: together they are
// the pages build() makes of the whole list. Items are appended only where a page must end
// anyway (before a page break), never between a box and its notes.
class PageStream {
 public:
  PageStream(const PageBuilder& builder, const VStream& list, int first_number = 1);
  ~PageStream();
  PageStream(const PageStream&) = delete;
  PageStream& operator=(const PageStream&) = delete;

  // The pages made final since the last call; with `complete` (nothing more will come) the
  // rest of them. It stops once it has made more than `max_pages` in all.
  std::vector<Page> take(bool complete, std::size_t max_pages = std::numeric_limits<std::size_t>::max());

 private:
  const PageBuilder& builder_;
  const VStream& list_;
  std::unique_ptr<PageCarry> state_;
};

}  // namespace quire::layout
