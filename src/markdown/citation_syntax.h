#pragma once
// Recognises pandoc's citation syntax (`[see @a, p. 12; -@b]`, `@a [p. 12]`) in plain text,
// independently of cmark, so the rules can be tested on strings alone.
#include <cstddef>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace quire::markdown {

// A citation found in a run of text: bytes [begin, end) of the run make up `citation`.
// `key_offsets[i]` is where item i's `@` sits in the run, so callers can give each item a
// source position. Items' `pos` is left unset.
struct CitationSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  model::Citation citation;
  std::vector<std::size_t> key_offsets;
};

// Finds citations in `text`, in order and without overlap. Soft line breaks may appear as
// '\n'. `literal_at` holds the sorted offsets of `@` signs the author escaped (`\@`), which
// never start a citation. Prefixes and suffixes are trimmed; a suffix keeps its leading
// comma when no locator was recognised (`[@a, and elsewhere]` -> ", and elsewhere").
std::vector<CitationSpan> find_citations(std::string_view text,
                                         const std::vector<std::size_t>& literal_at = {});

// CSL locator term for a pandoc locator label ("pp." -> "page", "§" -> "section"), or ""
// when `label` is not one.
std::string_view locator_term(std::string_view label);

}  // namespace quire::markdown
