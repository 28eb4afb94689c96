#pragma once
// The whole book laid out into pages: front matter (roman folios), then the body (arabic
// from 1 on a recto), chapters opening on rectos, each entry on a new page, running heads
// and folios decided per page, and the contents filled with the body's page numbers.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "layout/page_builder.h"
#include "layout/paragraph_lines.h"
#include "model/book.h"
#include "typeset/print_style.h"

namespace quire::layout {

struct PrintedPage {
  const Page* page = nullptr;
  std::string label{};         // the PDF page label: "iii", "12"
  std::string folio{};         // the printed page number, "" for none
  bool folio_at_foot = false;  // openings: centred below the text block
  std::string head{};          // the running head, "" for none
  bool recto = true;
};

struct BookPages {
  // The lists own the boxes the pages point to.
  VList front;
  VStream body;
  std::vector<Page> front_pages;
  std::vector<Page> body_pages;
  std::vector<PrintedPage> pages;
  std::map<std::string, std::string> numbers;  // contents key -> page label
  int contents_passes = 0;
};

// For each printed page, the boxes no later page shows (a table's header is shown again on
// every page it continues onto), so that a writer drawing the pages in order can free their
// art as it goes: the lines of a long book are most of its memory.
std::vector<std::vector<VBox*>> boxes_last_shown(BookPages& pages);

// Lowercase roman numerals: 1 -> "i", 14 -> "xiv".
std::string roman(int n);

// nullptr, with an error, when the body runs past `limits: total-pages` (book.limits); it
// stops as soon as that is certain. With `more_setters` (each for one more thread; see
// layout_threads.h) the entries are laid out side by side, with the same result.
// `entries_set`, when given, is told on the calling thread how many of the body's entries are
// set so far (in book order), and of how many.
// `body_page`, when given, is handed each page of the body, in order, on the calling thread,
// as soon as it is final, while later entries are still being set: the body's pages can be
// drawn before the front matter, which needs their numbers, is laid out. When it returns,
// the page's boxes keep of their art only where their text came from (TextArt's source and
// word), except a table's header, which is set again overleaf.
using EntriesSet = std::function<void(std::size_t done, std::size_t total)>;
using BodyPageReady = std::function<void(const PrintedPage& page)>;
std::unique_ptr<BookPages> layout_book(const model::Book& book, const typeset::PrintStyle& style,
                                       ParagraphSetter& setter, Diagnostics& diags,
                                       const std::vector<ParagraphSetter*>& more_setters = {},
                                       const EntriesSet& entries_set = {}, const BodyPageReady& body_page = {});

}  // namespace quire::layout
