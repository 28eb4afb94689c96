#pragma once
// Resolves links between entries (`[FAIR](meta-ai.md#llama)`) to their target entry and
// anchor; a link to a missing entry or anchor is an error with a did-you-mean.
#include "diag/diagnostics.h"
#include "model/book.h"

namespace quire::structure {

// Needs ids assigned (assign_ids) first.
void resolve_links(model::Book& book, Diagnostics& diags);

// True for targets with a URL scheme ("https:", "mailto:"), which stay external.
bool is_external_target(const std::string& target);

}  // namespace quire::structure
