#pragma once
// Rich text -> the HTML citeproc-js writes (<i>, <b>, small-caps spans, <sup>, escaped text).
#include <string>

#include "csl/locale.h"
#include "csl/rich_text.h"

namespace quire::csl {

std::string to_html(const Rich& r, const Locale& locale);

// Escapes text as citeproc-js does (&#38; &#60; &#62;).
std::string escape_html(const std::string& s);

}  // namespace quire::csl
