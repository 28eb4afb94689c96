#pragma once
// What must hold of the pages the page builder makes, checked in debug builds after every page:
// each function lists what it finds broken, so the checks can be tested on broken pages.
#include <cstddef>
#include <string>
#include <vector>

#include "layout/page_builder.h"

namespace quire::layout {

// What is wrong with one page by itself: a blank page holds nothing; every box is set; the
// boxes run down the page in order; every mark lies inside the text block; the note lines
// stack without gaps from `notes_top` to the foot of the text block; the text stays above the
// notes' area unless the page is `overfull` (its first material set whatever its size).
std::vector<std::string> page_violations(const Page& page, const PageGeometry& g);

// What is wrong with `page`, made of the list's items from `from` up to where `after` (the
// builder's carry once the page is made) goes on: every box of that range is on it exactly
// once, in list order (the ranges of successive pages follow each other, so no line of the
// list is lost or set twice), and every note of the range begins on it or is carried whole.
template <class List>
std::vector<std::string> step_violations(const List& list, std::size_t from, const Page& page,
                                         const PageCarry& after);

}  // namespace quire::layout
