#pragma once
// The sentences that credit authors and state the license, shared by the copyright page,
// the entry footers and the package metadata.
#include <string>
#include <string_view>
#include <vector>

#include <tinyxml2.h>

#include "model/book.h"

namespace quire::epub {

// "Ada Writer", "Ada Writer and Bo Editor", "Ada Writer, Bo Editor and Cy Reader".
std::string join_names(const std::vector<std::string>& names);

// "© 2023 Ada Writer and Bo Editor" ("© 2023" when there are no names).
std::string copyright_notice(int year, const std::vector<std::string>& names);

// "This work is licensed under the … License." — empty when the license has no name.
std::string license_sentence(std::string_view subject, const model::License& license);

// The same sentence appended to `parent`, its "licensed under …" part linking to the license.
void add_license_sentence(tinyxml2::XMLElement* parent, std::string_view subject,
                          const model::License& license);

}  // namespace quire::epub
