#pragma once
// Reads a CSL YAML bibliography into the CSL JSON items pandoc writes for it (string
// values read as pandoc Markdown: *emphasis*, ^sup^, [x]{.smallcaps}, smart quotes).
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "diag/diagnostics.h"

namespace quire::bibliography {

// nullopt when the text is not YAML or not a list of references (an error diagnostic
// says why). Duplicate ids are warned about with both positions.
std::optional<nlohmann::json> read_csl_yaml(std::string_view text, const std::string& path,
                                            Diagnostics& diags);

}  // namespace quire::bibliography
