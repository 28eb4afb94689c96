#pragma once
// The syntax of a .bib file: @entries, @string macros with # concatenation, @preamble,
// @comment; a broken entry becomes an error and reading resumes at the next one.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostics.h"
#include "model/source.h"

namespace quire::bibliography::bibtex {

struct BibField {
  std::string name;   // lower case; archiveprefix and primaryclass renamed as pandoc does
  std::string value;  // raw LaTeX after macro expansion and concatenation
  SourcePos pos;
};

struct BibEntry {
  std::string type;  // lower case, e.g. "article"
  std::string key;
  SourcePos pos;                 // of the '@'
  std::vector<BibField> fields;  // in file order; a repeated name keeps only its last value

  const BibField* find(std::string_view name) const;
};

// Brace groups nested deeper than this make the entry an error (the file is not a
// bibliography anyone wrote by hand, and deep recursion later would be unsafe).
inline constexpr int kMaxBraceDepth = 100;

// What @string macros may add to the file's values, all told. "@string{b = a # a}" doubles
// a value per line, so 40 lines would reach terabytes; real files expand to kilobytes.
inline constexpr std::size_t kMaxMacroExpansion = 32u << 20;

std::vector<BibEntry> parse_bib(std::string_view text, const std::string& path,
                                Diagnostics& diags);

}  // namespace quire::bibliography::bibtex
