#pragma once
// Finds the entry files of a book and loads each one: front matter into fields, the
// Markdown body into the document model.
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::load {

// Every *.md file under `dir`/entries, recursively, as paths relative to `dir`
// ("entries/a.md"), sorted bytewise so the order never depends on the file system.
// Hidden files and folders (".name") are skipped. A missing entries folder is an error.
std::vector<std::string> find_entry_files(const std::string& dir, Diagnostics& diags);

// Loads `dir`/`rel`. nullopt when the file cannot be used at all (unreadable, outside the
// book through a symlink, larger than `limits.entry_bytes`, not UTF-8, holding a NUL byte);
// front-matter problems are reported and the entry is kept, so that chapter lists naming it
// still resolve.
std::optional<model::Entry> load_entry(const std::string& dir, const std::string& rel,
                                       Diagnostics& diags, const model::Limits& limits = {});

// load_entry for each of `files`, on up to `jobs` threads (0: one per core). Entries and
// diagnostics come out in the order of `files` whatever the number of threads, so the
// result is the same as loading them one after another.
std::vector<std::optional<model::Entry>> load_entries(const std::string& dir, const std::vector<std::string>& files,
                                                      Diagnostics& diags, const model::Limits& limits = {},
                                                      unsigned jobs = 0);

}  // namespace quire::load
