#pragma once
// `quire new DIR`: a small book to start from (book.yaml, two entries, references.bib and a
// .gitignore for out/) that builds without a warning, even with --strict.
#include <string>
#include <vector>

#include "diag/diagnostics.h"

namespace quire::driver {

struct ScaffoldOptions {
  std::string dir;
  std::string title;  // "" = from the folder's name ("field-notes" -> "Field Notes")
};

enum class ScaffoldStatus {
  Created,
  Refused,  // DIR is a file or a non-empty folder: nothing of the user's is ever overwritten
  Failed,   // a file could not be written
};

// Creates DIR (and its parents) when needed and writes the book into it; `created` receives
// the paths written. Problems are reported into `diags`.
ScaffoldStatus scaffold_book(const ScaffoldOptions& options, Diagnostics& diags, std::vector<std::string>& created);

// "field-notes" -> "Field Notes"; "" when the name has no letter or digit.
std::string title_from_folder_name(const std::string& dir);

}  // namespace quire::driver
