#pragma once
// The license sentence in XHTML, its "licensed under …" part a link to the license, for the
// copyright page and the entry footers.
#include <tinyxml2.h>

#include <string_view>

#include "model/book.h"

namespace quire::epub {

// license::license_sentence appended to `parent`; nothing when the license has no name.
void add_license_sentence(tinyxml2::XMLElement* parent, std::string_view subject,
                          const model::License& license);

}  // namespace quire::epub
