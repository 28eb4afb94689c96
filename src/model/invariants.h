#pragma once
// What must hold of a book's model once it is read and once the structure passes have run,
// checked in debug builds (as cmark checks its tree): each function lists what it finds
// broken, so that the checks themselves can be tested on a deliberately broken book.
#include <string>
#include <vector>

#include "model/book.h"

namespace quire::model {

enum class Stage {
  Read,        // as the loader leaves it
  Structured,  // after ordering, ids, note numbering, links and figures
};

// What is broken in `book` at `stage`, one sentence each; empty when nothing is. At Read:
// entries have a path, a slug and a title, slugs are unique, the source positions of sibling
// blocks run in order, and no block or inline starts before the block that holds it. At Structured, besides:
// chapter and part ids are unique, each entry is in one chapter at most, heading and figure
// ids are set and unique in their entry, notes are numbered in order, every note reference
// names a note of its entry (for a book read without errors: `refs_resolved`), and every
// internal link names an entry of the book and an id in it.
std::vector<std::string> invariant_violations(const Book& book, Stage stage, bool refs_resolved = true);

}  // namespace quire::model
