#pragma once
// Rich text -> plain text: formatting dropped, quotes and punctuation kept.
#include <string>

#include "cite/locale.h"
#include "cite/rich_text.h"

namespace quire::cite {

std::string to_text(const Rich& r, const Locale& locale);

}  // namespace quire::cite
