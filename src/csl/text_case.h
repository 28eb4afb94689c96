#pragma once
// CSL text-case and strip-periods on rich text, with Unicode case mapping and the English
// title-case rules (stop words stay lower case).
#include <string>

#include "csl/rich_text.h"

namespace quire::csl {

std::string to_upper(const std::string& s);
std::string to_lower(const std::string& s);
// Upper-cases the first letter only.
std::string capitalize_first(const std::string& s);

// text-case: lowercase | uppercase | capitalize-first | capitalize-all | sentence | title.
// Title case applies only when `english` (the item's language is English or unknown).
void apply_text_case(Rich& r, const std::string& text_case, bool english);

void strip_periods(Rich& r);

}  // namespace quire::csl
