#pragma once
// The body's pages are drawn while the book is still being laid out, before the front
// matter, whose contents need their numbers; Cairo 1.16 lists pages in the order they were
// drawn and labels them one by one. These put the finished file's pages in reading order and
// give them their labels as ranges, the way the PDF's page-label tree is meant to be used.
#include <cstddef>
#include <string>
#include <vector>

namespace quire::pdf {

// Moves the last `count` pages of the page tree to its front, keeping their order, and the
// structure elements on those pages (Cairo's links) to the front of the structure tree, so
// its reading order follows the pages'. Only the order of references changes, so the bytes
// keep their length and no offset moves. False, with `pdf` unchanged, when the page tree is
// not a single /Kids array as Cairo writes it or holds fewer pages.
bool move_last_pages_first(std::string& pdf, std::size_t count);

// The /PageLabels number tree for pages labelled `labels` in order: a run of lowercase roman
// or decimal numbers counting up by one is a single range with its style and start; any other
// label is a range of its own with the label as its prefix.
std::string page_labels_tree(const std::vector<std::string>& labels);

// `pdf` with `tree` as /PageLabels in its catalog and the cross-reference table shifted to
// match; unchanged when the catalog is not where Cairo writes it.
std::string add_page_labels(std::string pdf, const std::string& tree);

}  // namespace quire::pdf
