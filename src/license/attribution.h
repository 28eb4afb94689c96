#pragma once
// The sentences that credit authors and state the license, shared by both editions: the
// copyright pages, the entry footers, the package metadata and the PDF's document info.
#include <string>
#include <string_view>
#include <vector>

#include "model/book.h"

namespace quire::license {

// "Ada Writer", "Ada Writer and Bo Editor", "Ada Writer, Bo Editor and Cy Reader".
std::string join_names(const std::vector<std::string>& names);

// "© 2023 Ada Writer and Bo Editor" ("© 2023" when there are no names).
std::string copyright_notice(int year, const std::vector<std::string>& names);

// "This work is licensed under the … License." — empty when the license has no name.
std::string license_sentence(std::string_view subject, const model::License& license);

}  // namespace quire::license
