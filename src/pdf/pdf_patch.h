#pragma once
// Small insertions into a finished PDF as Cairo 1.16 writes it (the objects, then one classic
// cross-reference table), for what Cairo cannot say itself: the offsets of every object after
// an insertion, and the table's own, are shifted so the file stays consistent.
#include <cstddef>
#include <string>
#include <vector>

namespace quire::pdf {

struct PdfInsertion {
  std::size_t at = 0;      // byte offset in the original file
  std::string text;
  std::size_t remove = 0;  // bytes at `at` that `text` replaces (inside one object)
};

// The offset of every object in use, by object number (0 where there is none); empty when
// the file has no classic table at its end.
std::vector<std::size_t> object_offsets(const std::string& pdf);

// Applies the insertions (all before the cross-reference table, none overlapping). False,
// with `pdf` unchanged, when the file is not laid out as Cairo writes it.
bool insert_into_pdf(std::string& pdf, std::vector<PdfInsertion> insertions);

// Where the catalog's dictionary begins: just after "/Type /Catalog" in the last object that
// says it (Cairo writes the catalog last); npos when there is none.
std::size_t catalog_start(const std::string& pdf);

// Adds `entry` ("/Key value") to the catalog, on a line of its own as Cairo writes them.
// False, with `pdf` unchanged, when there is no catalog or the file is not as Cairo writes it.
bool add_to_catalog(std::string& pdf, const std::string& entry);

}  // namespace quire::pdf
