#pragma once
// The licenses quire knows how to state: the Creative Commons family by SPDX id.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/book.h"

namespace quire::license {

std::optional<model::License> lookup(std::string_view spdx);

// Every SPDX id `lookup` accepts, for did-you-mean suggestions.
std::vector<std::string> known_ids();

// "licensed under the Creative Commons Attribution-ShareAlike 4.0 International License"
std::string licensed_under(const model::License& l);

}  // namespace quire::license
