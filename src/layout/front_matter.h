#pragma once
// The front matter as vertical lists: half title, title page, copyright page with the
// license notice, and the table of contents with dot leaders and page numbers.
#include <map>
#include <string>

#include "layout/layout_env.h"
#include "layout/vertical_list.h"
#include "model/book.h"

namespace quire::layout {

// Half title, title page and copyright page, each on its own page.
void title_pages(const model::Book& book, LayoutEnv& env, VList& out);

// The contents on a new recto: parts, chapters and entries with the page numbers found
// under their keys in `numbers` ("part:<id>", "chapter:<id>", "entry:<slug>"), linked to
// their destinations.
void contents(const model::Book& book, LayoutEnv& env, const std::map<std::string, std::string>& numbers,
              VList& out);

// A box of `height` with nothing in it (space that stays at the top of a page).
VBox strut(double height);

}  // namespace quire::layout
