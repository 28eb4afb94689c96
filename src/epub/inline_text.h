#pragma once
// The plain text of model inlines, for places that cannot hold markup: alt text,
// navigation labels, document titles.
#include <string>

#include "model/document.h"

namespace quire::epub {

std::string plain_text(const model::Inlines& inlines);

}  // namespace quire::epub
