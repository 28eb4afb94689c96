#pragma once
// A compact, deterministic text rendering of the document model, one block per line and
// nested blocks indented, for golden tests and debugging (`Para [Text "a", Emph [Text "b"]]`).
#include <string>

#include "model/document.h"

namespace quire::model {

std::string dump(const Blocks& blocks);
std::string dump(const Inlines& inlines);  // one line, no trailing newline

}  // namespace quire::model
