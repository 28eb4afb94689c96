#pragma once
// Suggests the closest known word for a misspelt one ("titel" -> "title").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quire {

std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" — ready to append to a message.
std::string did_you_mean_suffix(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace quire
