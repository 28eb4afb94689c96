#include "bibliography/bibtex_latex.h"

#include "bibliography/bibtex_latex_parser.h"
#include "bibliography/bibtex_unicode.h"

namespace quire::bibliography::bibtex {

std::optional<LatexField> read_latex(std::string_view text, bool* too_deep) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '\r') clean += c;
  const std::string stripped = latex::trim_spaces(clean);
  auto toks = latex::expand_xspace(latex::tokenize(to_u32(stripped)));
  if (!toks) return std::nullopt;
  latex::Parser parser(std::move(*toks));
  return parser.run(too_deep);
}

std::optional<BibInlines> read_latex_inlines(std::string_view text) {
  auto field = read_latex(text);
  if (!field) return std::nullopt;
  return std::move(field->inlines);
}

}  // namespace quire::bibliography::bibtex
