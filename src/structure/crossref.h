#pragma once
// Cross-references in pandoc-crossref's syntax: numbers the labelled figures, tables,
// equations, listings and sections of each chapter ("2.3") and turns `@fig:x` citations
// into linked references ("fig. 2.3").
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

enum class RefKind { Figure, Table, Equation, Listing, Section };

// What a citation key names when it is a cross-reference: `fig:x`, `Fig:x` (capitalised
// prefix) or Quarto's `fig-x`.
struct RefKey {
  RefKind kind;
  std::string label;  // as the target writes it: "fig:x" for both `@fig:x` and `@Fig:x`
  bool capital = false;
};
std::optional<RefKey> parse_ref_key(std::string_view key);

// Numbers labelled objects, attaches `Table:`/`Listing:` caption paragraphs to their table or
// code block, and renders every cross-reference. Runs after the id pass, before citations.
// Unknown and doubly defined labels and groups mixing citations with references are errors.
void resolve_crossrefs(model::Book& book, Diagnostics& diags);

}  // namespace quire::structure
