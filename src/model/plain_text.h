#pragma once
// The plain text of inlines (for ids, titles in navigation, metadata), without markup.
#include <string>

#include "model/document.h"

namespace quire::model {

std::string plain_text(const Inlines& inlines);

}  // namespace quire::model
