#pragma once
// Rich text -> plain text: formatting dropped, quotes and punctuation kept.
#include <string>

#include "csl/locale.h"
#include "csl/rich_text.h"

namespace quire::csl {

std::string to_text(const Rich& r, const Locale& locale);

}  // namespace quire::csl
