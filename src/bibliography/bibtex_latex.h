#pragma once
// Reads the LaTeX inside one BibTeX field (accents, \emph, {groups}, math, smart quotes)
// into inlines as pandoc's LaTeX reader does, rejecting the texts pandoc rejects.
#include <optional>
#include <string_view>

#include "bibliography/bibtex_inline.h"

namespace quire::bibliography::bibtex {

struct LatexField {
  // True when the text is exactly one paragraph; names and literal lists need that.
  bool single_paragraph = false;
  // The paragraph, or the inlines of all paragraphs flattened as pandoc flattens them.
  BibInlines inlines;
};

// nullopt when the text cannot be read (an unmatched "}" or "$", a command missing its
// argument, nesting beyond the reader's limit): pandoc then ignores the field.
// `too_deep`, when given, tells whether the nesting limit was the reason.
std::optional<LatexField> read_latex(std::string_view text, bool* too_deep = nullptr);

// read_latex(text)->inlines, or nullopt.
std::optional<BibInlines> read_latex_inlines(std::string_view text);

}  // namespace quire::bibliography::bibtex
